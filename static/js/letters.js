// The terugkoppeling letters to the GP, shared by the coach's trajectory page and the
// referrer's page: a letter shown inside the page (printable), and its PDF downloaded.
// The letter is the API's HTML page; only its <article class="letter"> is taken over, as
// inert nodes parsed by DOMParser (the server escapes every value; no script is run).

import { API, ApiError, el } from "./common.js";

async function fetchWith(url, token, accept) {
  let resp;
  try {
    const headers = { Accept: accept, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
    resp = await fetch(url, { headers, credentials: "same-origin" });  // the session cookie
  } catch {
    throw new ApiError(0, { message: "De server is niet bereikbaar. Controleer de verbinding." });
  }
  if (!resp.ok) {
    let body = {};
    try { body = await resp.json(); } catch { /* not JSON */ }
    throw new ApiError(resp.status, body);
  }
  return resp;
}

// Show the letter at `url` (an API path) in `box`, with a print button.
export async function showLetter(box, url, token) {
  const resp = await fetchWith(url, token, "text/html");
  const doc = new DOMParser().parseFromString(await resp.text(), "text/html");
  const article = doc.querySelector("article.letter");
  box.replaceChildren(
    el("div", { class: "no-print letter-actions" },
      el("button", { type: "button", class: "secondary", text: "Brief afdrukken", onclick: () => window.print() })),
    el("div", { class: "letter-view" }, document.importNode(article, true)));
  box.hidden = false;
}

// Download the PDF of the letter at `url` as a file.
export async function downloadPdf(url, token, filename) {
  const sep = url.includes("?") ? "&" : "?";
  const resp = await fetchWith(`${url}${sep}format=pdf`, token, "application/pdf");
  const blob = await resp.blob();
  const href = URL.createObjectURL(blob);
  const a = el("a", { href, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const lettersOf = (referralId) => `${API}/referrals/${encodeURIComponent(referralId)}/letters`;
