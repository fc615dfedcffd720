// The admin's page: possible duplicates with the evidence (keep both, merge, dismiss) and
// every organisation's report queue.

import { announce, api, el, fmt, showError, showSignedIn, signIn } from "./common.js";
import { reportQueue } from "./upkeep.js";

const { token, me } = await signIn("admin", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "admin", me);
const $ = (id) => document.getElementById(id);
$("app").hidden = false;

const pct = (x) => (x == null ? "onbekend" : fmt.pct(x));

function evidence(ev) {
  const place = ev.place == null ? "plaats onbekend" :
    ev.distance_km != null ? `plaats ${pct(ev.place)} (${fmt.km(ev.distance_km)} uit elkaar)` : `plaats ${pct(ev.place)}`;
  return el("ul", { class: "evidence", "aria-label": "Waarom dit dubbel lijkt" },
    [`naam ${pct(ev.name)}`, place, `tijd ${pct(ev.time)}`, `tekst ${pct(ev.text)}`, `betekenis ${pct(ev.meaning)}`]
      .map((t) => el("li", { class: "chip", text: t })),
    el("li", { class: "chip good", text: `samen ${pct(ev.score)}` }));
}

function side(listing, letter) {
  if (!listing.exists) return el("section", {}, el("h3", { text: `${letter}: ${listing.id}` }), el("p", { text: "Bestaat niet meer." }));
  return el("section", { "aria-label": `Activiteit ${letter}` },
    el("h3", { text: `${letter}: ${listing.name}` }),
    el("dl", { class: "facts" },
      el("dt", { text: "Organisatie" }), el("dd", { text: listing.organization }),
      el("dt", { text: "Id" }), el("dd", {}, el("code", { text: listing.id })),
      el("dt", { text: "Waar" }), el("dd", { text: listing.place || "onbekend" }),
      el("dt", { text: "Wanneer" }), el("dd", { text: (listing.when || []).join("; ") }),
      el("dt", { text: "Kosten" }), el("dd", { text: listing.cost || "" }),
      el("dt", { text: "Bevestigd" }), el("dd", { text: listing.assured_date ? fmt.date(listing.assured_date) : "nooit" })),
    listing.description ? el("p", { class: "help", text: listing.description }) : null);
}

function pairItem(p) {
  const keepName = `keep-${p.id}`;
  const keep = el("fieldset", { class: "field" }, el("legend", { text: "Welke bewaren of tonen?" }),
    el("div", { class: "checks" },
      el("label", {}, el("input", { type: "radio", name: keepName, value: p.a.id, checked: true }), ` A: ${p.a.name || p.a.id}`),
      el("label", {}, el("input", { type: "radio", name: keepName, value: p.b.id }), ` B: ${p.b.name || p.b.id}`)));
  const decide = (action, text, cls) => el("button", {
    type: "button", class: cls, text, dataset: { action },
    onclick: async (ev) => {
      ev.target.disabled = true;
      const chosen = keep.querySelector("input:checked")?.value;
      try {
        await api(`duplicates/${encodeURIComponent(p.id)}/decision`, { method: "POST", token, body: { action, keep: chosen } });
        announce({ merge: "Samengevoegd.", keep_both: "Allebei gehouden; zoeken toont er één.", dismiss: "Geen dubbele." }[action]);
        await loadPairs();
      } catch (e) { showError($("dup-error"), e); ev.target.disabled = false; }
    },
  });
  return el("li", { class: "card", dataset: { pair: p.id } },
    evidence(p.evidence),
    el("div", { class: "pair-sides" }, side(p.a, "A"), side(p.b, "B")),
    keep,
    el("div", { class: "actions" },
      decide("merge", "Samenvoegen", "primary"),
      decide("keep_both", "Allebei houden, één tonen", "secondary"),
      decide("dismiss", "Geen dubbele", "secondary")));
}

async function loadPairs() {
  try {
    const { data } = await api("duplicates", { token });
    $("dup-count").textContent = data.total === 0 ? "Er zijn geen mogelijke dubbele activiteiten." :
      `${data.total} ${data.total === 1 ? "paar" : "paren"} om te bekijken.`;
    $("pairs").replaceChildren(...data.items.map(pairItem));
  } catch (e) { showError($("dup-error"), e); }
}

await loadPairs();
await reportQueue($("reports"), { token });
document.body.dataset.ready = "true";
