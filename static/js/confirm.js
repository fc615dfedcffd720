// The page a "nog actueel" link from the review digest opens: it shows the activity and one
// button that confirms it. Opening the link changes nothing (mail scanners open links too);
// the button does, once.

import { api, el, fmt } from "./common.js";

const box = document.getElementById("box");
const token = decodeURIComponent(location.pathname.split("/").pop() || "");
const path = `reviews/links/${encodeURIComponent(token)}`;

const REFUSED = {
  used: "Deze link is al gebruikt. De activiteit is bevestigd; je hoeft niets meer te doen.",
  expired: "Deze link is verlopen. Bevestig de activiteit op de pagina voor aanbieders.",
  invalid: "Deze link werkt niet. Kopieer de hele link uit de e-mail, of bevestig de activiteit op de pagina voor aanbieders.",
};

function refused(e) {
  const reason = e.errors?.token?.[0] || (e.status === 404 ? "invalid" : "expired");
  box.replaceChildren(
    el("p", { class: reason === "used" ? "notice" : "error", role: "alert", text: REFUSED[reason] || e.message }),
    el("p", {}, el("a", { href: "/aanbieder", text: "Naar de pagina voor aanbieders" })));
}

function facts(a) {
  return el("dl", { class: "facts" },
    el("dt", { text: "Activiteit" }), el("dd", { text: a.name }),
    el("dt", { text: "Organisatie" }), el("dd", { text: a.organization }),
    el("dt", { text: "Laatst bevestigd" }), el("dd", { text: a.assured_date ? fmt.date(a.assured_date) : "nog nooit" }));
}

try {
  const { data } = await api(path);
  const button = el("button", { type: "button", class: "primary big", id: "confirm", text: "Ja, dit klopt nog" });
  box.replaceChildren(
    facts(data.activity),
    el("p", { text: "Klopt alles nog: de dagen, de tijden, de plaats en de kosten? Klik dan op de knop. Coaches en inwoners zien dan dat de gegevens actueel zijn." }),
    button,
    el("p", { class: "help" }, "Is er iets veranderd? ", el("a", { href: "/aanbieder", text: "Pas de activiteit aan op de pagina voor aanbieders" }), "."));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const { data: done } = await api(path, { method: "POST" });
      box.replaceChildren(
        el("p", { class: "notice", role: "status", id: "confirmed", text: `Dank je wel. “${done.activity.name}” is bevestigd op ${fmt.date(done.activity.assured_date)}.` }),
        facts(done.activity));
    } catch (e) {
      refused(e);
    }
  });
  button.focus();
} catch (e) {
  refused(e);
}
document.body.dataset.ready = "true";
