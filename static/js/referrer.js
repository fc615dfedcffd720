// The referrer's page (a GP practice): its own referrals, where each stands (the FHIR
// Task's status and businessStatus) and the letters of the steps so far (the Task's output),
// shown in the page and as PDF. Nothing else: the social map is not the referrer's.

import { api, el, showError, showSignedIn, signIn } from "./common.js";
import { downloadPdf, showLetter } from "./letters.js";

const { token, me } = await signIn("referrer", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "referrer", me);
document.getElementById("app").hidden = false;

const $ = (id) => document.getElementById(id);
const day = (iso) => (iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString("nl-NL", { day: "numeric", month: "short", year: "numeric" }) : "—");
window.referrer = { tasks: {} };  // for the browser tests

async function load() {
  const [{ data: referrals }, { data: bundle }] = await Promise.all([
    api("referrals?per_page=200", { token }),
    api("/fhir/Task", { token, headers: { Accept: "application/fhir+json" } }),
  ]);
  const tasks = Object.fromEntries((bundle.entry || []).map((e) =>
    [e.resource.basedOn[0].reference.replace("ServiceRequest/", ""), e.resource]));
  window.referrer.tasks = tasks;
  $("referrals-table").querySelector("tbody").replaceChildren(...referrals.items.map((r) => {
    const task = tasks[r.id];
    const letters = (task?.output || []).map((o) => el("li", {},
      el("button", { type: "button", class: "link", text: o.type.coding[0].display,
        onclick: () => open(o.valueUrl, o.type.coding[0].display) }), " · ",
      el("button", { type: "button", class: "link", text: "PDF", "aria-label": `${o.type.coding[0].display}: PDF downloaden`,
        onclick: () => downloadPdf(o.valueUrl, token, `terugkoppeling-${r.client_reference}-${o.type.coding[0].code}.pdf`)
          .catch((e) => showError($("error"), e)) })));
    return el("tr", { dataset: { referral: r.id } },
      el("td", { text: day(r.referral_date) }),
      el("td", {}, el("strong", { text: r.client_reference })),
      el("td", { text: `${r.icpc.code} ${r.icpc.label}` }),
      el("td", { text: r.status_label }),
      el("td", { class: "business", text: task?.businessStatus?.text || r.business_status }),
      el("td", {}, letters.length ? el("ul", { class: "letters" }, letters) : "—"));
  }));
  $("empty").hidden = referrals.items.length > 0;
  $("more").textContent = referrals.total > referrals.items.length ? `De nieuwste ${referrals.items.length} van ${referrals.total}.` : "";
}

async function open(url, title) {
  try {
    await showLetter($("letter-view"), url, token);
    $("letter-title").textContent = `Terugkoppeling: ${title.toLowerCase()}`;
    $("letter-card").hidden = false;
    $("letter-title").focus();
    $("letter-card").scrollIntoView({ block: "start" });
  } catch (e) {
    showError($("error"), e);
  }
}

load().catch((e) => showError($("error"), e));
