// The municipality's view of upkeep: how many "Klopt dit niet?" reports came in for
// listings in the municipality and how fast providers resolved them. Counts under 5 come
// as "<5" from the API and are shown so.

import { api, el, fmt, labelMap, vocabularies } from "./common.js";

const count = (n) => (typeof n === "number" ? fmt.num(n) : String(n));

export async function reportStats(section, { token, municipality, from = "", to = "" }) {
  const vocab = await vocabularies();
  const L_REASON = labelMap(vocab, "report_reasons");
  const p = new URLSearchParams({ municipality });
  if (from) p.set("from", from);
  if (to) p.set("to", to);
  let data;
  try {
    ({ data } = await api(`reports/stats?${p}`, { token }));
  } catch (e) {
    section.replaceChildren(el("h2", { id: "rs-title", text: "Meldingen over het aanbod" }),
      el("p", { class: "error", role: "alert", text: e.message }));
    return;
  }
  const speed = data.median_days_to_resolve == null ?
    "Nog te weinig afgehandelde meldingen (minder dan 5) om een doorlooptijd te tonen." :
    `Aanbieders handelden een melding in de helft van de gevallen binnen ${fmt.num(data.median_days_to_resolve)} dagen af; ${fmt.pct(data.resolved_within_14_days)} binnen 14 dagen.`;
  section.replaceChildren(
    el("h2", { id: "rs-title", text: "Meldingen over het aanbod" }),
    el("p", { class: "help", text: "Coaches en inwoners melden als een activiteit niet meer klopt. Zo ziet u hoe actueel de sociale kaart blijft." }),
    el("p", { id: "rs-speed", text: speed }),
    el("div", { class: "table-wrap" }, el("table", { id: "rs-table" },
      el("caption", { class: "sr-only", text: "Meldingen per soort" }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Wat klopte er niet" }), el("th", { scope: "col", class: "num", text: "Meldingen" }))),
      el("tbody", {},
        data.by_reason.map((r) => el("tr", {}, el("th", { scope: "row", text: L_REASON[r.reason] || r.reason }), el("td", { class: "num", text: count(r.reports) }))),
        el("tr", {}, el("th", { scope: "row", text: "Totaal" }), el("td", { class: "num", text: count(data.reports) })),
        el("tr", {}, el("th", { scope: "row", text: "Nog open" }), el("td", { class: "num", text: count(data.open) })),
        el("tr", {}, el("th", { scope: "row", text: "Aangepast door de aanbieder" }), el("td", { class: "num", text: count(data.fixed) })),
        el("tr", {}, el("th", { scope: "row", text: "Klopte al" }), el("td", { class: "num", text: count(data.not_an_error) }))))));
}
