// The provider page's upkeep: what is due for review (the weekly digest's listings), the
// report queue ("Klopt dit niet?"), each listing's completeness with what is missing (what
// coaches filter on most first) and its capacity (plek vrij, bijna vol, vol, wachtlijst).

import { announce, api, el, fmt, labelMap, showError, vocabularies } from "./common.js";
import { reportQueue } from "./upkeep.js";

const STAGE_NL = { first: "Bijna een jaar niet bevestigd", second: "Een jaar of langer niet bevestigd" };

export async function upkeep(section, { token, me, onChange = null }) {
  const vocab = await vocabularies();
  const L_CAP = labelMap(vocab, "capacity");
  const org = me.organization?.id || null;
  const q = org ? `?organization=${encodeURIComponent(org)}` : "";
  const error = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const due = el("div", { id: "due" });
  const reports = el("div", { id: "provider-reports" });
  const complete = el("div", { id: "completeness" });
  section.replaceChildren(
    el("h2", { id: "upkeep-title", text: "Onderhoud" }),
    error,
    el("section", { class: "upkeep-section", "aria-labelledby": "due-title" }, due),
    el("section", { class: "upkeep-section", "aria-labelledby": "reports-title" }, reports),
    el("section", { class: "upkeep-section", "aria-labelledby": "complete-title" }, complete));

  // shown with the list, not beside the editor
  const listView = document.getElementById("list-view");
  if (listView) {
    section.hidden = listView.hidden;
    new MutationObserver(() => { section.hidden = listView.hidden; })
      .observe(listView, { attributes: true, attributeFilter: ["hidden"] });
  }

  async function loadDue() {
    try {
      const { data } = await api(`reviews${q}`, { token });
      const mail = data.organization?.email;
      const rows = data.items.map((i) => el("tr", { dataset: { id: i.id } },
        el("th", { scope: "row", text: i.name }),
        el("td", { text: STAGE_NL[i.stage] }),
        el("td", { text: i.assured_date ? fmt.date(i.assured_date) : "nooit" }),
        el("td", {}, el("button", {
          type: "button", class: "secondary", text: "Nog actueel", "aria-label": `Nog actueel: ${i.name}`,
          onclick: async (ev) => {
            ev.target.disabled = true;
            try {
              await api(`activities/${encodeURIComponent(i.id)}/confirm`, { method: "POST", token });
              announce(`${i.name} is bevestigd.`);
              await loadDue();
              if (onChange) await onChange();
            } catch (e) { showError(error, e); ev.target.disabled = false; }
          },
        }))));
      due.replaceChildren(...[
        el("h3", { id: "due-title", text: "Te bevestigen" }),
        el("p", { class: "help", text: mail ?
          `Elke week krijgt ${mail} een e-mail met de activiteiten die bijna een jaar niet zijn bevestigd, met een link 'Nog actueel' per activiteit.` :
          "Je organisatie heeft nog geen e-mailadres op de sociale kaart. Zonder e-mailadres krijg je geen herinneringen. Vul hieronder een e-mailadres in." }),
        org ? contactForm(mail) : null,
        data.last_digest ? el("p", { class: "help", text: `Laatste herinnering: week ${data.last_digest.week.split("-W")[1]}, ${data.last_digest.listings} ${data.last_digest.listings === 1 ? "activiteit" : "activiteiten"}.` }) : null,
        data.items.length ? el("div", { class: "table-wrap" }, el("table", { id: "due-table" },
          el("caption", { class: "sr-only", text: "Activiteiten die bevestigd moeten worden" }),
          el("thead", {}, el("tr", {}, ["Activiteit", "Waarom", "Laatst bevestigd", "Actie"].map((h) => el("th", { scope: "col", text: h })))),
          el("tbody", {}, rows))) : el("p", { text: "Alles is het afgelopen jaar bevestigd." }),
      ].filter(Boolean));
    } catch (e) { showError(error, e); }
  }

  function contactForm(mail) {
    const input = el("input", { id: "contact-email", name: "email", type: "email", autocomplete: "email", value: mail || "", required: true });
    const box = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
    const form = el("form", { class: "row", id: "contact-form", novalidate: true },
      el("div", { class: "field grow" }, el("label", { for: "contact-email", text: "E-mailadres voor herinneringen" }), input),
      el("div", { class: "field" }, el("button", { type: "submit", class: "secondary", text: "Opslaan" })),
      box);
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      showError(box, null, form);
      try {
        await api("reviews/contact", { method: "PUT", token, body: { email: input.value.trim() } });
        announce("Het e-mailadres voor herinneringen is opgeslagen.");
        await loadDue();
        document.getElementById("contact-email")?.focus();
      } catch (e) { showError(box, e, form); }
    });
    return form;
  }

  async function setCapacity(id, status, name) {
    const body = { capacity: status ? { status } : null };
    await api(`activities/${encodeURIComponent(id)}`, { method: "PATCH", token, body });
    announce(`Plek bij ${name}: ${status ? L_CAP[status] : "niet opgegeven"}.`);
  }

  async function loadComplete() {
    try {
      const [{ data }, { data: list }] = await Promise.all([
        api(`completeness${q}`, { token }),
        api(`activities${org ? `?organization=${encodeURIComponent(org)}&` : "?"}include_inactive=true&per_page=100&sort=name`, { token }),
      ]);
      const caps = Object.fromEntries(list.items.map((a) => [a.id, a.capacity?.status || ""]));
      const rows = data.items.map((i, n) => {
        const select = el("select", { id: `cap-${n}`, name: "capacity", "aria-label": `Plek bij ${i.name}` },
          el("option", { value: "", text: "Niet opgegeven" }),
          (vocab.capacity || []).map((c) => el("option", { value: c.code, text: c.label, selected: caps[i.id] === c.code })));
        select.addEventListener("change", async () => {
          try { await setCapacity(i.id, select.value, i.name); } catch (e) { showError(error, e); }
        });
        return el("tr", { dataset: { id: i.id } },
          el("th", { scope: "row", text: i.name }),
          el("td", {}, el("span", { class: "meter", text: fmt.pct(i.score) })),
          el("td", {}, i.missing.length ? el("ul", { class: "missing" }, i.missing.map((m) =>
            el("li", { text: m.filtered ? `${m.label} (coaches zochten er ${m.filtered} keer op)` : m.label }))) : "Compleet"),
          el("td", {}, select));
      });
      complete.replaceChildren(...[
        el("h3", { id: "complete-title", text: "Compleetheid en plek" }),
        el("p", { class: "help", text: "Coaches zoeken op toegankelijkheid, kosten, tijden, talen, doelgroep en contact. Wat ontbreekt staat hieronder; wat coaches het vaakst vragen staat bovenaan." }),
        data.average != null ? el("p", { text: `Gemiddeld ${fmt.pct(data.average)} compleet.` }) : null,
        el("div", { class: "table-wrap" }, el("table", { id: "complete-table" },
          el("caption", { class: "sr-only", text: "Compleetheid per activiteit" }),
          el("thead", {}, el("tr", {}, ["Activiteit", "Compleet", "Wat ontbreekt", "Plek"].map((h) => el("th", { scope: "col", text: h })))),
          el("tbody", {}, rows))),
      ].filter(Boolean));
    } catch (e) { showError(error, e); }
  }

  await Promise.all([loadDue(), loadComplete(), reportQueue(reports, { token, organization: org, onResolved: onChange })]);
  // the queue's heading is an h2 in the shared module; here it sits under "Onderhoud"
  reports.querySelector("h2")?.replaceWith(el("h3", { id: "reports-title", text: "Meldingen: klopt dit niet?" }));
  return { reload: () => Promise.all([loadDue(), loadComplete()]) };
}
