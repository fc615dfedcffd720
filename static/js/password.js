// Choosing a password with the link from an invitation or reset mail. The link's code is
// after "#" in the address (never sent to a server by the browser); it is used once.

import { api, announce, el, fmt, showError } from "./common.js";

const $ = (id) => document.getElementById(id);
const code = new URLSearchParams(location.hash.slice(1)).get("code") || "";
// the code leaves the address bar (and the history) at once
history.replaceState(null, "", location.pathname);

const state = $("link-state");

function dead() {
  state.replaceChildren(el("div", { class: "error" },
    el("p", { text: "Deze link werkt niet (meer): hij is al gebruikt, verlopen of onvolledig." })),
  el("p", {}, "Vraag een nieuwe link aan via ",
    el("a", { href: "/inloggen#vergeten", text: "wachtwoord vergeten" }),
    ", of vraag degene die je uitnodigde om een nieuwe uitnodiging."));
}

let link = null;
if (!code) {
  dead();
} else {
  try {
    ({ data: link } = await api("password/link", { method: "POST", body: { code } }));
  } catch (e) {
    if (e.status === 410) dead();
    else showError($("password-error"), e);
  }
}

if (link) {
  const welcome = link.purpose === "invitation"
    ? `Welkom, ${link.display_name}. Kies een wachtwoord voor je account ${link.email}.`
    : `Kies een nieuw wachtwoord voor ${link.email}.`;
  state.replaceChildren(el("p", { text: welcome }),
    el("p", { class: "help", text: `Deze link is geldig tot ${fmt.date(link.expires_at)}.` }));
  $("username").value = link.email;
  $("password-form").hidden = false;
  $("new-password").focus();
}

$("password-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const box = $("password-error");
  const password = $("new-password").value;
  if (password !== $("repeat-password").value) {
    showError(box, new Error("De twee wachtwoorden zijn niet gelijk."));
    return;
  }
  try {
    await api("password", { method: "POST", body: { code, password } });
    showError(box, null);
    $("password-form").hidden = true;
    state.replaceChildren(el("div", { class: "notice" },
      el("p", { text: "Je wachtwoord is opgeslagen." }),
      el("p", {}, el("a", { href: `/inloggen?${new URLSearchParams({ email: link.email, ingesteld: "1" })}`, text: "Nu inloggen" }))));
    announce("Je wachtwoord is opgeslagen.");
  } catch (e) {
    if (e.status === 410) { $("password-form").hidden = true; dead(); return; }
    showError(box, e, $("password-form"));
  }
});
