// The report queue ("Klopt dit niet?" reports), shared by the provider's and the admin's
// pages: what was reported, when, by whom (coach or resident), and two ways to resolve it.
// The remark is shown as text, never as a link.

import { api, announce, el, fmt, labelMap, showError, vocabularies } from "./common.js";

const SOURCE_NL = { coach: "een coach", public: "een inwoner", provider: "een aanbieder", admin: "de beheerder" };

export async function reportQueue(container, { token, organization = null, onResolved = null } = {}) {
  const vocab = await vocabularies();
  const L_REASON = labelMap(vocab, "report_reasons");
  const error = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const list = el("ul", { class: "pairs", id: "report-list" });
  const status = el("p", { role: "status", id: "report-count" });
  container.replaceChildren(
    el("h2", { id: "reports-title", text: "Meldingen: klopt dit niet?" }),
    el("p", { class: "help", text: "Coaches en inwoners kunnen melden dat een activiteit niet meer klopt. Coaches zien 'gemeld als mogelijk onjuist' tot je de melding afhandelt." }),
    status, error, list);

  async function load() {
    const q = organization ? `?organization=${encodeURIComponent(organization)}` : "";
    try {
      const { data } = await api(`reports${q}`, { token });
      status.textContent = data.total === 0 ? "Er zijn geen open meldingen." :
        `${data.total} open ${data.total === 1 ? "melding" : "meldingen"}.`;
      list.replaceChildren(...data.items.map(row));
    } catch (e) { showError(error, e); }
  }

  function row(r) {
    const resolve = (resolution, text) => el("button", {
      type: "button", class: resolution === "fixed" ? "primary" : "secondary", text,
      onclick: async (ev) => {
        ev.target.disabled = true;
        try {
          await api(`reports/${encodeURIComponent(r.id)}/resolve`, { method: "POST", token, body: { resolution } });
          announce(`Melding over ${r.activity_name || r.activity_id} afgehandeld.`);
          await load();
          if (onResolved) onResolved(r);
        } catch (e) { showError(error, e); ev.target.disabled = false; }
      },
    });
    return el("li", { class: "card", dataset: { report: r.id, activity: r.activity_id } },
      el("h3", { text: r.activity_name || `${r.activity_id} (verwijderd)` }),
      el("dl", { class: "facts" },
        el("dt", { text: "Wat klopt niet" }), el("dd", { text: L_REASON[r.reason] || r.reason }),
        el("dt", { text: "Toelichting" }), el("dd", { text: r.remark || "—" }),
        el("dt", { text: "Gemeld door" }), el("dd", { text: `${SOURCE_NL[r.source] || r.source} op ${fmt.date(r.created_at)}` })),
      el("div", { class: "actions" },
        resolve("fixed", "Aangepast: klopt nu"),
        resolve("not_an_error", "Klopte al: geen fout")));
  }

  await load();
  return { reload: load };
}
