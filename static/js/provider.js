// The provider page: keep the organisation's own listings current (list, freshness,
// "nog actueel", edit with If-Match, new listing) and import HSDS files in batches.
// All API data goes into the page as text (el()/textContent), never as HTML.

import {
  ApiError, announce, api, el, fieldMessageNl, fmt, labelMap, showError, showSignedIn,
  signIn, vocabularies,
} from "./common.js";
import { upkeep } from "./provider-upkeep.js";

const STALE_AFTER_DAYS = 365; // as the API: unconfirmed for over 12 months is stale
const SOON_DAYS = 30; // "binnenkort verouderd": within a month of becoming stale
const IMPORT_BATCH = 25; // records per import request: the progress bar moves per batch

const { token, me } = await signIn("provider", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "provider", me);
const vocab = await vocabularies();
const LABELS = {
  categories: labelMap(vocab, "categories"),
  accessibility: labelMap(vocab, "accessibility"),
  features: labelMap(vocab, "features"),
  delivery: labelMap(vocab, "delivery"),
  cost_options: labelMap(vocab, "cost_options"),
  days: labelMap(vocab, "days"),
  statuses: labelMap(vocab, "statuses"),
};
const codes = (list) => (vocab[list] || []).map((e) => e.code);
const orgId = me.organization?.id || null;
const orgName = me.organization?.name || "";

const $ = (id) => document.getElementById(id);
const app = $("app");
const listView = $("list-view");
const editor = $("editor");
const importSection = $("import");
app.hidden = false;
$("org-name").textContent = orgName || (me.role === "admin" ? "alle organisaties" : "");

// ---------------------------------------------------------------------------------------
// Dutch for the API's own field messages (common.js translates marshmallow's standard ones)
// ---------------------------------------------------------------------------------------
const MESSAGES_NL = [
  [/^Must be later than opens_at\.$/, () => "De eindtijd moet later zijn dan de begintijd."],
  [/^Must not be before valid_from\.$/, () => "De einddatum mag niet voor de begindatum liggen."],
  [/^Must not be below min_age\.$/, () => "De maximumleeftijd mag niet lager zijn dan de minimumleeftijd."],
  [/^Use HH:MM/, () => "Vul een tijd in als uu:mm (00:00-23:59)."],
  [/^Use a Dutch postal code/, () => "Vul een Nederlandse postcode in: 1234 of 1234 AB."],
  [/^Unknown postal code (.*?):/, (m) => `Postcode ${m[1]} is onbekend. Controleer de postcode of vul de coördinaten in.`],
  [/^The venue could not be placed/, () => "De locatie is niet te vinden. Vul een bekende postcode of de coördinaten in."],
  [/^An in-person activity needs a location/, () => "Een activiteit op locatie heeft een adres, postcode of coördinaten nodig."],
  [/^Give both latitude and longitude/, () => "Vul zowel de breedtegraad als de lengtegraad in, of geen van beide."],
  [/^Use an ISO 639-1 code/, () => "Gebruik taalcodes van twee letters, zoals nl of en."],
  [/^Unknown code '(.*)'; one of/, (m) => `Onbekende code '${m[1]}'.`],
  [/^Unknown (\S+) code '(.*)'; one of/, (m) => `Onbekende code '${m[2]}' in taxonomie ${m[1]}.`],
  [/^Give the organisation's id and name/, () => "Geef de eerste keer het id en de naam van de organisatie."],
  [/^A provider token may only import activities of organisation/,
    () => "Hoort bij een andere organisatie: je kunt alleen activiteiten van je eigen organisatie importeren."],
  [/^An activity with this id belongs to another organisation\.$/,
    () => "Er bestaat al een activiteit met dit id van een andere organisatie."],
  [/^An organization \(id and name\) is required\.$/, () => "Een organisatie (id en naam) is verplicht."],
  [/^A record must be an HSDS service object\.$/, () => "Dit record is geen HSDS-service."],
  [/^Does not match the id in the URL\.$/, () => "Het id past niet bij deze activiteit."],
];

const WARNINGS_NL = [
  [/^only the first physical location is kept$/, () => "alleen de eerste fysieke locatie is overgenomen"],
  [/^(.*): coordinates out of range, ignored$/, (m) => `${m[1]}: coördinaten buiten bereik, genegeerd`],
  [/^schedule (.*): only WEEKLY schedules are used$/, (m) => `rooster ${m[1]}: alleen wekelijkse roosters worden gebruikt`],
  [/^schedule (.*): no weekdays in byday, skipped$/, (m) => `rooster ${m[1]}: geen weekdagen in byday, overgeslagen`],
  [/^cost option (.*): option (.*) read as per_session$/, (m) => `kostenoptie ${m[1]}: ${m[2]} gelezen als 'per keer'`],
  [/^cost option (.*): currency (.*) taken as EUR$/, (m) => `kostenoptie ${m[1]}: valuta ${m[2]} gelezen als euro`],
  [/^no wor-categorie attribute: filed under 'other'$/, () => "geen wor-categorie: ingedeeld bij 'Andere mogelijkheden'"],
  [/^location: (.*) is not a Dutch postal code; kept in the address$/, (m) => `locatie: ${m[1]} is geen Nederlandse postcode; bewaard in het adres`],
  [/^no venue: not found in searches by distance$/, () => "geen locatie: niet te vinden bij zoeken op afstand"],
  [/^location: no coordinates could be found/, () => "locatie: geen coördinaten gevonden; niet te vinden bij zoeken op afstand"],
];

function translate(table, message) {
  for (const [re, nl] of table) {
    const m = re.exec(message);
    if (m) return nl(m);
  }
  return null;
}

// A message by its field path: a list that needs at least one entry reads better in words.
function messageNl(message, path = "") {
  if (/^Shorter than minimum length 1\.$/.test(message) || /^Length must be between 1 and \d+\.$/.test(message)) {
    if (path === "categories") return "Kies minstens één categorie.";
    if (/^schedules\.\d+\.days$/.test(path)) return "Kies minstens één dag.";
    if (path === "name") return "Vul een naam in.";
  }
  return translate(MESSAGES_NL, message) ?? fieldMessageNl(message);
}

// Translate an ApiError's field messages in place (before showError shows them).
function dutchErrors(err) {
  if (!(err instanceof ApiError)) return err;
  const walk = (node, path) => {
    if (Array.isArray(node) && node.every((x) => typeof x === "string")) {
      return node.map((m) => messageNl(m, path.join(".")));
    }
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    }
    return node;
  };
  err.errors = Object.fromEntries(Object.entries(err.errors || {}).map(
    ([where, node]) => [where, walk(node, where === "json" || where === "query" ? [] : [where])]));
  return err;
}

// Nested error messages -> [[path, message], ...] (import reports).
function flattenErrors(node, path = []) {
  if (typeof node === "string") return [[path.join("."), messageNl(node, path.join("."))]];
  if (Array.isArray(node)) {
    return node.every((x) => typeof x === "string") ?
      node.map((m) => [path.join("."), messageNl(m, path.join("."))]) :
      node.flatMap((x, i) => flattenErrors(x, [...path, String(i)]));
  }
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) => flattenErrors(v, k ? [...path, k] : path));
  }
  return [];
}

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------
const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
const languageNames = (() => {
  try { return new Intl.DisplayNames(["nl"], { type: "language" }); } catch { return null; }
})();
const languageNl = (code) => {
  try { return languageNames?.of(code) || code; } catch { return code; }
};
const daysNl = (list) => (list || []).map((d) => LABELS.days[d] || d).join(", ");
let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

function freshness(item) {
  const days = item.freshness_days;
  if (item.stale || days === null || days === undefined) {
    return { kind: "stale", label: "Verouderd — graag bevestigen" };
  }
  const left = STALE_AFTER_DAYS - days;
  if (left <= SOON_DAYS) {
    return { kind: "soon", label: left <= 0 ? "Vandaag nog bevestigen" : `Over ${left} ${left === 1 ? "dag" : "dagen"} verouderd` };
  }
  return { kind: "fresh", label: "Actueel" };
}

function ago(days) {
  if (days === null || days === undefined) return "nooit bevestigd";
  if (days <= 0) return "vandaag";
  if (days === 1) return "gisteren";
  if (days < 60) return `${days} dagen geleden`;
  const months = Math.floor(days / 30.4);
  if (months < 24) return `${months} maanden geleden`;
  return `ruim ${Math.floor(days / 365)} jaar geleden`;
}

function placeOf(item) {
  if (item.delivery === "online") return LABELS.delivery.online || "Online";
  if (item.delivery === "at_home") return LABELS.delivery.at_home || "Aan huis";
  const loc = item.location || {};
  return [loc.name, loc.city].filter(Boolean).join(", ") || "Geen locatie";
}

// ---------------------------------------------------------------------------------------
// The list of own listings
// ---------------------------------------------------------------------------------------
let items = [];
let lastSaved = null; // id of the listing just saved, highlighted in the list
const listNotice = $("list-notice");
const listError = $("list-error");
const tbody = $("activities").querySelector("tbody");
const filterForm = $("list-filter");

for (const s of vocab.statuses || []) {
  $("filter-status").append(el("option", { value: s.code, text: s.label }));
}

async function loadItems() {
  const out = [];
  const params = new URLSearchParams({ include_inactive: "true", per_page: "100", sort: "name" });
  if (orgId) params.set("organization", orgId);
  for (let page = 1; page <= 100; page++) {
    params.set("page", String(page));
    const { data } = await api(`activities?${params}`, { token });
    out.push(...data.items);
    if (!data.items.length || out.length >= data.total) break;
  }
  items = out;
}

function filtered() {
  const f = Object.fromEntries(new FormData(filterForm));
  const q = (f.q || "").trim().toLowerCase();
  let rows = items.filter((a) => {
    if (f.status && a.status !== f.status) return false;
    if (f.freshness && freshness(a).kind !== f.freshness) return false;
    if (q) {
      const hay = [a.name, placeOf(a), a.location?.postal_code].filter(Boolean).join(" ").toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  });
  const byName = (a, b) => a.name.localeCompare(b.name, "nl", { numeric: true });
  const never = Number.MAX_SAFE_INTEGER;
  if (f.sort === "name") rows = rows.sort(byName);
  else if (f.sort === "updated") rows = rows.sort((a, b) => (b.updated_at || "").localeCompare(a.updated_at || "") || byName(a, b));
  else rows = rows.sort((a, b) => (b.freshness_days ?? never) - (a.freshness_days ?? never) || byName(a, b));
  return rows;
}

function renderSummary() {
  const stale = items.filter((a) => freshness(a).kind === "stale").length;
  const soon = items.filter((a) => freshness(a).kind === "soon").length;
  const box = $("stale-summary");
  box.replaceChildren();
  if (!stale && !soon) {
    box.hidden = false;
    box.className = "pv-stale-summary ok";
    box.append(el("p", { text: "Al je activiteiten zijn het afgelopen jaar bevestigd. Dank je wel!" }));
    return;
  }
  box.hidden = false;
  box.className = "pv-stale-summary";
  const parts = [];
  if (stale) parts.push(`${stale} ${stale === 1 ? "activiteit is" : "activiteiten zijn"} langer dan 12 maanden niet bevestigd`);
  if (soon) parts.push(`${soon} ${soon === 1 ? "wordt" : "worden"} binnen een maand verouderd`);
  box.append(
    el("p", {}, el("strong", { text: "Graag bevestigen: " }), `${parts.join("; ")}. `,
      "Kijk ze na en klik op “Nog actueel” als alles klopt, of pas ze aan."),
    stale ? el("button", {
      type: "button", class: "secondary", id: "show-stale",
      text: `Toon alleen verouderde (${stale})`,
      onclick: () => {
        $("filter-freshness").value = "stale";
        renderList();
        $("activities").querySelector("tbody a")?.focus();
      },
    }) : null);
}

function rowCells(a) {
  const fr = freshness(a);
  const status = el("span", { class: `pv-status pv-status-${a.status.replace(/\s+/g, "-")}`, text: LABELS.statuses[a.status] || a.status });
  return [
    el("th", { scope: "row" },
      el("a", { href: `#activiteit/${encodeURIComponent(a.id)}`, class: "pv-name", text: a.name }),
      a.alert ? el("span", { class: "pv-sub", text: a.alert }) : null),
    el("td", { "data-label": "Categorieën" }, (a.categories || []).map((c) => LABELS.categories[c] || c).join(", ")),
    el("td", { "data-label": "Plaats" }, placeOf(a)),
    el("td", { "data-label": "Status" }, status),
    el("td", { class: "pv-fresh", "data-label": "Laatst bevestigd" },
      el("span", { class: "pv-date", text: a.assured_date ? fmt.date(a.assured_date) : "Nooit" }),
      el("span", { class: "pv-sub", text: a.assured_date ? ago(a.freshness_days) : "" }),
      el("span", { class: `chip pv-chip ${fr.kind}`, text: fr.label })),
  ];
}

function confirmButton(a) {
  return el("button", {
    type: "button", class: "secondary pv-confirm", text: "Nog actueel",
    "aria-label": `Nog actueel: ${a.name}`,
    onclick: (ev) => confirmListing(a.id, ev.currentTarget),
  });
}

function renderRow(a) {
  const tr = el("tr", { dataset: { id: a.id }, class: a.id === lastSaved ? "pv-just-saved" : null });
  tr.append(...rowCells(a), el("td", { class: "pv-row-actions" },
    confirmButton(a),
    el("a", { href: `#activiteit/${encodeURIComponent(a.id)}`, class: "button secondary", "aria-label": `Bewerken: ${a.name}`, text: "Bewerken" })));
  if (freshness(a).kind === "stale") tr.classList.add("pv-row-stale");
  return tr;
}

function renderList() {
  const rows = filtered();
  tbody.replaceChildren(...rows.map(renderRow));
  if (!rows.length) {
    tbody.append(el("tr", {}, el("td", { colspan: "6", class: "pv-empty" },
      items.length ? "Geen activiteiten met deze filters." : "Je organisatie heeft nog geen activiteiten. Voeg er een toe of importeer een HSDS-bestand.")));
  }
  $("list-count").textContent = rows.length === items.length ?
    `${items.length} ${items.length === 1 ? "activiteit" : "activiteiten"}` :
    `${rows.length} van ${items.length} activiteiten getoond`;
  renderSummary();
}

filterForm.addEventListener("input", renderList);
filterForm.addEventListener("submit", (ev) => { ev.preventDefault(); renderList(); });

function replaceItem(doc) {
  const i = items.findIndex((a) => a.id === doc.id);
  if (i >= 0) items[i] = doc;
  else items.push(doc);
}

async function confirmListing(id, button) {
  const a = items.find((x) => x.id === id);
  if (button.getAttribute("aria-busy") === "true") return;
  // Busy, not disabled: a disabled button would lose the keyboard focus.
  button.setAttribute("aria-busy", "true");
  showError(listError, null);
  try {
    const { data } = await api(`activities/${encodeURIComponent(id)}/confirm`, {
      method: "POST", token, headers: a?.version ? { "If-Match": `"v${a.version}"` } : {},
    });
    replaceItem(data);
    // Update the row in place (it stays visible even when a filter would now hide it);
    // the button keeps the keyboard focus.
    const tr = button.closest("tr");
    tr.classList.remove("pv-row-stale");
    tr.querySelectorAll(":scope > :not(.pv-row-actions)").forEach((n) => n.remove());
    tr.prepend(...rowCells(data));
    renderSummary();
    announce(`“${data.name}” is bevestigd als nog actueel.`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 412) {
      e.message = "Deze activiteit is intussen gewijzigd. De lijst is opnieuw geladen; probeer het nog eens.";
      await refreshList();
    }
    showError(listError, e);
  } finally {
    button.removeAttribute("aria-busy");
  }
}

async function refreshList() {
  try {
    await loadItems();
    renderList();
  } catch (e) {
    showError(listError, e);
  }
}

// ---------------------------------------------------------------------------------------
// The editor (one listing)
// ---------------------------------------------------------------------------------------
const NEW_DOC = () => ({
  name: "", description: "", categories: [], accessibility: [], accessibility_notes: [], features: [],
  delivery: "in_person", location: { name: "", address: "", postal_code: "", city: "", latitude: null, longitude: null },
  url: null, email: null, schedules: [], costs: [], fees_description: null, languages: ["nl"],
  min_age: null, max_age: null, status: "active", application_process: null,
  eligibility_description: null, alert: null,
});

function field(label, input, help = null) {
  const helpId = help ? `${input.id}-help` : null;
  if (helpId) input.setAttribute("aria-describedby", helpId);
  return el("div", { class: "field" },
    el("label", { for: input.id, text: label }), input,
    help ? el("p", { class: "help", id: helpId, text: help }) : null);
}

function textInput(name, value, attrs = {}) {
  return el("input", { id: nextId("f"), name, type: "text", value: value ?? "", ...attrs });
}

function textArea(name, value, attrs = {}) {
  const t = el("textarea", { id: nextId("f"), name, ...attrs });
  t.value = value ?? "";
  return t;
}

function select(name, options, value, attrs = {}) {
  const s = el("select", { id: nextId("f"), name, ...attrs },
    options.map(([code, label]) => el("option", { value: code, text: label })));
  s.value = value ?? "";
  return s;
}

// A group of checkboxes (one fieldset); the inputs share the API field name.
function checkGroup(legend, name, list, checked, help = null) {
  const on = new Set(checked || []);
  return el("fieldset", { class: "field pv-checks" },
    el("legend", { text: legend }),
    help ? el("p", { class: "help", text: help }) : null,
    el("div", { class: "checks" }, list.map((e) => {
      const id = nextId("c");
      return el("label", { for: id },
        el("input", { type: "checkbox", id, name, value: e.code, checked: on.has(e.code) }), e.label);
    })));
}

const INTERVALS = [["1", "Elke week"], ["2", "Om de week"], ["3", "Eens per drie weken"], ["4", "Eens per vier weken"]];

function scheduleRow(s = {}) {
  const days = new Set(s.days || []);
  const intervals = [...INTERVALS];
  const interval = String(s.interval || 1);
  if (!intervals.some(([v]) => v === interval)) intervals.push([interval, `Eens per ${interval} weken`]);
  const row = el("fieldset", { class: "field pv-repeat pv-schedule", id: nextId("row") },
    el("legend", { class: "pv-repeat-title" }),
    el("fieldset", { class: "field pv-days" },
      el("legend", { text: "Dagen" }),
      el("div", { class: "checks" }, (vocab.days || []).map((d) => {
        const id = nextId("d");
        return el("label", { for: id },
          el("input", { type: "checkbox", id, "data-key": "days", value: d.code, checked: days.has(d.code) }), d.label);
      }))),
    el("div", { class: "pv-grid4" },
      field("Begintijd", el("input", { id: nextId("s"), type: "time", "data-key": "opens_at", value: s.opens_at || "" })),
      field("Eindtijd", el("input", { id: nextId("s"), type: "time", "data-key": "closes_at", value: s.closes_at || "" })),
      field("Hoe vaak", select(null, intervals, interval, { "data-key": "interval" })),
      field("Vanaf datum", el("input", { id: nextId("s"), type: "date", "data-key": "valid_from", value: s.valid_from || "" })),
      field("Tot en met datum", el("input", { id: nextId("s"), type: "date", "data-key": "valid_to", value: s.valid_to || "" }))),
    field("Toelichting", el("input", { id: nextId("s"), type: "text", "data-key": "description", value: s.description || "" })),
    el("button", { type: "button", class: "link pv-remove", text: "Deze tijd verwijderen" }));
  return row;
}

function costRow(c = {}) {
  const options = (vocab.cost_options || []).map((o) => [o.code, o.label]);
  return el("fieldset", { class: "field pv-repeat pv-cost", id: nextId("row") },
    el("legend", { class: "pv-repeat-title" }),
    el("div", { class: "pv-grid3" },
      field("Bedrag in euro", el("input", {
        id: nextId("k"), type: "text", inputmode: "decimal", autocomplete: "off", "data-key": "amount",
        value: c.amount === undefined || c.amount === null ? "" : String(c.amount).replace(".", ","),
      })),
      field("Per", select(null, options, c.option || "per_session", { "data-key": "option" })),
      field("Toelichting", el("input", { id: nextId("k"), type: "text", "data-key": "description", value: c.description || "" }))),
    el("button", { type: "button", class: "link pv-remove", text: "Deze kosten verwijderen" }));
}

// A repeatable list of rows (schedules, costs): names follow the API paths, e.g.
// schedules.0.opens_at, so showError() places each message next to its input.
function repeater(container, prefix, title, makeRow, initial, addLabel, emptyText) {
  const list = el("div", { class: "pv-repeat-list" });
  const empty = el("p", { class: "help pv-repeat-empty", text: emptyText });
  const renumber = () => {
    const rows = [...list.children];
    rows.forEach((row, i) => {
      row.name = `${prefix}.${i}`;
      row.querySelector(":scope > legend").textContent = `${title} ${i + 1}`;
      row.querySelectorAll("[data-key]").forEach((input) => {
        input.name = `${prefix}.${i}.${input.dataset.key}`;
      });
      const remove = row.querySelector(":scope > .pv-remove");
      remove.setAttribute("aria-label", `${remove.textContent} (${title.toLowerCase()} ${i + 1})`);
    });
    empty.hidden = rows.length > 0;
  };
  const add = (data, focus) => {
    const row = makeRow(data);
    row.querySelector(":scope > .pv-remove").addEventListener("click", () => {
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber();
      (next?.querySelector("input, select") || addButton).focus();
      announce(`${title} verwijderd.`);
    });
    list.append(row);
    renumber();
    if (focus) row.querySelector("input, select")?.focus();
  };
  const addButton = el("button", { type: "button", class: "secondary", text: addLabel, onclick: () => add({}, true) });
  (initial || []).forEach((d) => add(d, false));
  container.append(list, empty, addButton);
  return list;
}

let editing = null; // {id, etag, doc} of the open listing; id null for a new one

function readRows(list, convert) {
  return [...list.children].map((row) => {
    const out = {};
    const days = [];
    row.querySelectorAll("[data-key]").forEach((input) => {
      if (input.type === "checkbox") {
        if (input.checked) days.push(input.value);
      } else {
        out[input.dataset.key] = input.value;
      }
    });
    if (row.querySelector('[data-key="days"]')) out.days = days;
    return convert(out);
  });
}

const orNull = (v) => (v === undefined || v === null || String(v).trim() === "" ? null : String(v).trim());
const numberOrRaw = (v) => {
  const s = orNull(v);
  if (s === null) return null;
  const n = Number(s.replace(",", "."));
  return Number.isFinite(n) ? n : s; // the API answers "Vul een getal in." for text
};

function renderEditor(doc, etag) {
  const isNew = !doc.id;
  editing = { id: doc.id || null, etag, doc };
  const errorBox = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const loc = doc.location || {};

  // --- what
  const name = textInput("name", doc.name, { autocomplete: "off" });
  const description = textArea("description", doc.description, { rows: "5" });
  const status = select("status", (vocab.statuses || []).map((s) => [s.code, s.label]), doc.status || "active");
  const alert = textInput("alert", doc.alert);

  // --- where
  const deliveryId = nextId("delivery");
  const delivery = el("fieldset", { class: "field" },
    el("legend", { text: "Waar vindt het plaats?" }),
    el("div", { class: "checks" }, (vocab.delivery || []).map((d) => {
      const id = nextId(deliveryId);
      return el("label", { for: id },
        el("input", { type: "radio", id, name: "delivery", value: d.code, checked: (doc.delivery || "in_person") === d.code }), d.label);
    })));
  const lat = el("input", { id: nextId("f"), name: "location.latitude", type: "text", inputmode: "decimal", value: loc.latitude ?? "" });
  const lon = el("input", { id: nextId("f"), name: "location.longitude", type: "text", inputmode: "decimal", value: loc.longitude ?? "" });
  const coordsNote = el("p", { class: "help", "aria-live": "polite" });
  let coordsTouched = false;
  [lat, lon].forEach((i) => i.addEventListener("input", () => { coordsTouched = true; }));
  const placeInputs = [
    textInput("location.address", loc.address, { autocomplete: "off" }),
    textInput("location.postal_code", loc.postal_code, { autocomplete: "off", class: "pv-short" }),
    textInput("location.city", loc.city, { autocomplete: "off" }),
  ];
  // A changed address is placed again by the server from the postal code: drop the old
  // coordinates unless the provider typed coordinates themselves.
  const placeAsRead = [loc.address, loc.postal_code, loc.city].map((x) => (x ?? "").trim());
  placeInputs.forEach((i) => i.addEventListener("input", () => {
    if (coordsTouched) return;
    const same = placeInputs.every((input, n) => input.value.trim() === placeAsRead[n]);
    if (same) {
      lat.value = loc.latitude ?? "";
      lon.value = loc.longitude ?? "";
      coordsNote.textContent = "";
    } else if (lat.value || lon.value) {
      lat.value = "";
      lon.value = "";
      coordsNote.textContent = "Het adres is gewijzigd: de coördinaten worden bij het opslaan opnieuw bepaald uit de postcode.";
    }
  }));
  const venue = el("div", { class: "pv-venue" },
    el("fieldset", { class: "field", name: "location", id: nextId("loc") },
      el("legend", { text: "Locatie" }),
      el("div", { class: "pv-grid2" },
        field("Naam van de locatie", textInput("location.name", loc.name, { autocomplete: "off" }), "Bijvoorbeeld het buurthuis of de sporthal."),
        field("Straat en huisnummer", placeInputs[0]),
        field("Postcode", placeInputs[1], "1234 AB"),
        field("Plaats", placeInputs[2])),
      el("details", { class: "pv-coords", open: loc.latitude == null && loc.postal_code ? true : null },
        el("summary", { text: "Coördinaten (optioneel)" }),
        el("p", { class: "help", text: "Leeg laten: de kaart gebruikt dan de postcode. Vul ze alleen in als de postcode niet bekend is of de plek afwijkt." }),
        el("div", { class: "pv-grid2" }, field("Breedtegraad", lat, "bijv. 51,6166"), field("Lengtegraad", lon, "bijv. 5,5400"))),
      coordsNote),
    checkGroup("Toegankelijkheid van de locatie", "accessibility", vocab.accessibility || [], doc.accessibility),
    field("Toelichting op de toegankelijkheid", textArea("accessibility_notes", (doc.accessibility_notes || []).join("\n"), { rows: "2" }),
      "Eén opmerking per regel, bijvoorbeeld: ingang aan de achterkant, lift aanwezig."));
  const syncDelivery = () => {
    const value = delivery.querySelector("input:checked")?.value;
    venue.hidden = value !== "in_person";
  };
  delivery.addEventListener("change", syncDelivery);

  // --- when, cost, for whom
  const schedulesBox = el("div");
  const costsBox = el("div");
  const languages = textInput("languages", (doc.languages || []).join(", "), { autocomplete: "off" });
  const languagesHelp = el("p", { class: "help", id: `${languages.id}-help` });
  languages.setAttribute("aria-describedby", languagesHelp.id);
  const showLanguages = () => {
    const list = languages.value.split(/[\s,;]+/).filter(Boolean);
    languagesHelp.textContent = `Taalcodes van twee letters, gescheiden door komma's (nl, en, ar, tr, pl, fy).${
      list.length ? ` Nu: ${list.map(languageNl).join(", ")}.` : ""}`;
  };
  languages.addEventListener("input", showLanguages);
  showLanguages();
  const confirmBox = el("input", { type: "checkbox", id: nextId("c"), name: "_confirm", checked: true });

  const form = el("form", { class: "pv-form", novalidate: true, "aria-labelledby": "editor-title" },
    errorBox,
    el("fieldset", { class: "pv-section" },
      el("legend", { text: "Over de activiteit" }),
      field("Naam", name),
      field("Beschrijving", description, "Wat doe je, hoe gaat het eraan toe, wat kan iemand verwachten? Coaches zoeken op deze tekst."),
      checkGroup("Categorieën", "categories", vocab.categories || [], doc.categories, "Kies alles wat past; een wandelgroep is bijvoorbeeld bewegen, natuur én ontmoeten."),
      el("div", { class: "pv-grid2" },
        field("Status", status),
        field("Mededeling", alert, "Bijvoorbeeld: in de zomer geen bijeenkomsten."))),
    el("fieldset", { class: "pv-section" },
      el("legend", { text: "Waar" }),
      delivery, venue),
    el("fieldset", { class: "pv-section" },
      el("legend", { text: "Wanneer" }),
      el("p", { class: "help", text: "Voeg een tijd toe per vast moment. Verschillende tijden op verschillende dagen? Voeg meer tijden toe. Zonder begintijd staat er ‘in overleg’." }),
      schedulesBox),
    el("fieldset", { class: "pv-section" },
      el("legend", { text: "Kosten" }),
      el("p", { class: "help", text: "Geen kosten toegevoegd, of een bedrag van € 0, betekent gratis." }),
      costsBox,
      field("Toelichting op de kosten", textInput("fees_description", doc.fees_description), "Bijvoorbeeld: eerste keer gratis, korting met de Meedoenpas.")),
    el("fieldset", { class: "pv-section" },
      el("legend", { text: "Voor wie" }),
      checkGroup("Laagdrempelig", "features", vocab.features || [], doc.features),
      el("div", { class: "field" }, el("label", { for: languages.id, text: "Talen" }), languages, languagesHelp),
      el("div", { class: "pv-grid2" },
        field("Minimumleeftijd", el("input", { id: nextId("f"), name: "min_age", type: "number", min: "0", max: "120", value: doc.min_age ?? "" }), "Leeg: geen grens."),
        field("Maximumleeftijd", el("input", { id: nextId("f"), name: "max_age", type: "number", min: "0", max: "120", value: doc.max_age ?? "" }), "Leeg: geen grens.")),
      field("Voor wie is het bedoeld?", textArea("eligibility_description", doc.eligibility_description, { rows: "2" }))),
    el("fieldset", { class: "pv-section" },
      el("legend", { text: "Aanmelden en contact" }),
      field("Hoe meld je je aan?", textArea("application_process", doc.application_process, { rows: "2" })),
      el("div", { class: "pv-grid2" },
        field("Webadres", el("input", { id: nextId("f"), name: "url", type: "url", value: doc.url || "", placeholder: "https://" })),
        field("E-mailadres", el("input", { id: nextId("f"), name: "email", type: "email", value: doc.email || "" })))),
    el("div", { class: "pv-save" },
      el("label", { for: confirmBox.id, class: "pv-confirm-check" }, confirmBox,
        " Ik heb alles nagekeken: markeer deze activiteit als nog actueel (vandaag bevestigd)."),
      el("div", { class: "row" },
        el("button", { type: "submit", class: "primary", text: isNew ? "Activiteit toevoegen" : "Wijzigingen opslaan" }),
        el("a", { href: "#", class: "button secondary", text: "Annuleren" }))));

  const schedules = repeater(schedulesBox, "schedules", "Tijd", scheduleRow, doc.schedules, "Tijd toevoegen", "Nog geen vaste tijden.");
  const costs = repeater(costsBox, "costs", "Kosten", costRow, doc.costs, "Kosten toevoegen", "Gratis (geen kosten toegevoegd).");
  syncDelivery();

  const fr = freshness(doc);
  editor.replaceChildren(
    el("p", {}, el("a", { href: "#", class: "pv-back", text: "← Terug naar de lijst" })),
    el("h2", { id: "editor-title", tabindex: "-1", text: isNew ? "Nieuwe activiteit" : `Bewerken: ${doc.name}` }),
    isNew ? el("p", { class: "help", text: `De activiteit komt op naam van ${orgName}.` }) :
      el("p", { class: "pv-meta" },
        el("span", { text: `Laatst bevestigd: ${doc.assured_date ? fmt.date(doc.assured_date) : "nooit"}` }), " ",
        el("span", { class: `chip pv-chip ${fr.kind}`, text: fr.label }), " ",
        el("span", { class: "help", text: `Versie ${doc.version}, laatst gewijzigd ${fmt.date(doc.updated_at)}.` })),
    form);

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    save(form, errorBox, { schedules, costs, confirm: confirmBox });
  });
  return form;
}

// The document to send: the listing as read (unknown fields kept) with the form's values.
function collect(form, lists) {
  const v = (name) => form.elements.namedItem(name)?.value ?? "";
  const base = structuredClone(editing.doc);
  // Checked codes in the listing's own order (new ones after): no spurious changes.
  const checked = (name) => {
    const on = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
    const before = (base[name] || []).filter((c) => on.includes(c));
    return [...before, ...on.filter((c) => !before.includes(c))];
  };
  for (const key of ["version", "created_at", "updated_at", "freshness_days", "stale", "monthly_cost_eur", "distance_km", "score"]) {
    delete base[key];
  }
  const deliveryValue = form.querySelector('input[name="delivery"]:checked')?.value || "in_person";
  const doc = {
    ...base,
    name: v("name").trim(),
    description: v("description").trim(),
    categories: checked("categories"),
    status: v("status"),
    alert: orNull(v("alert")),
    delivery: deliveryValue,
    accessibility: deliveryValue === "in_person" ? checked("accessibility") : [],
    accessibility_notes: v("accessibility_notes").split("\n").map((s) => s.trim()).filter(Boolean),
    features: checked("features"),
    languages: v("languages").split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean),
    min_age: numberOrRaw(v("min_age")),
    max_age: numberOrRaw(v("max_age")),
    eligibility_description: orNull(v("eligibility_description")),
    application_process: orNull(v("application_process")),
    url: orNull(v("url")),
    email: orNull(v("email")),
    fees_description: orNull(v("fees_description")),
    schedules: readRows(lists.schedules, (s) => ({
      days: s.days,
      opens_at: orNull(s.opens_at),
      closes_at: orNull(s.closes_at),
      interval: Number(s.interval || 1),
      valid_from: orNull(s.valid_from),
      valid_to: orNull(s.valid_to),
      description: orNull(s.description),
    })),
    costs: readRows(lists.costs, (c) => ({
      amount: numberOrRaw(c.amount),
      option: c.option,
      description: orNull(c.description),
    })),
  };
  if (deliveryValue === "in_person") {
    doc.location = {
      ...(base.location || {}),
      name: orNull(v("location.name")),
      address: orNull(v("location.address")),
      postal_code: orNull(v("location.postal_code")),
      city: orNull(v("location.city")),
      latitude: numberOrRaw(v("location.latitude")),
      longitude: numberOrRaw(v("location.longitude")),
    };
    if (doc.location.id === undefined) delete doc.location.id;
  } else {
    doc.location = null;
  }
  if (lists.confirm.checked) doc.assured_date = todayIso();
  else if (!doc.id) doc.assured_date = null;
  return doc;
}

// After showError(): list every misplaced field as a link to it (an error summary).
function summarise(form, box) {
  const invalid = [...form.querySelectorAll("[aria-invalid=true]")];
  if (!invalid.length) return;
  const list = el("ul", { class: "pv-error-list" });
  for (const input of invalid) {
    const group = input.tagName === "FIELDSET" ? input : input.closest("fieldset.field");
    const label = group && (input === group || input.type === "checkbox" || input.type === "radio") ?
      group.querySelector(":scope > legend")?.textContent :
      form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent;
    const row = input.closest(".pv-repeat");
    const where = row && row !== input ? row.querySelector(":scope > legend")?.textContent : null;
    const message = document.getElementById(input.getAttribute("aria-describedby") || "")?.textContent || "";
    list.append(el("li", {}, el("a", {
      href: `#${input.id}`,
      onclick: (ev) => { ev.preventDefault(); input.closest("details")?.setAttribute("open", ""); input.focus(); },
      text: `${where ? `${where}, ` : ""}${label || input.name}: ${message}`,
    })));
  }
  box.append(list);
}

async function save(form, errorBox, lists) {
  const button = form.querySelector('button[type="submit"]');
  const doc = collect(form, lists);
  button.disabled = true;
  showError(errorBox, null, form);
  try {
    const isNew = !editing.id;
    const { data } = isNew ?
      await api("activities", { method: "POST", token, body: doc }) :
      await api(`activities/${encodeURIComponent(editing.id)}`, {
        method: "PUT", token, body: doc, headers: { "If-Match": editing.etag },
      });
    replaceItem(data);
    lastSaved = data.id;
    editing = null;
    showList(`“${data.name}” is ${isNew ? "toegevoegd" : "opgeslagen"}.`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 412) {
      showError(errorBox, new Error(
        "Iemand anders heeft deze activiteit gewijzigd sinds je hem opende. Je wijzigingen zijn niet opgeslagen. " +
        "Laad de nieuwste versie en breng je wijziging opnieuw aan."));
      const id = editing.id;
      errorBox.append(el("button", {
        type: "button", class: "secondary pv-reload", text: "Nieuwste versie laden",
        onclick: () => openListing(id),
      }));
    } else {
      showError(errorBox, dutchErrors(e), form);
      summarise(form, errorBox);
    }
  } finally {
    button.disabled = false;
  }
}

async function openListing(id) {
  listView.hidden = true;
  importSection.hidden = true;
  editor.hidden = false;
  editor.replaceChildren(el("p", { role: "status", text: "Activiteit laden…" }));
  try {
    const { data, headers } = await api(`activities/${encodeURIComponent(id)}`, { token });
    if (orgId && data.organization?.id !== orgId) {
      throw new Error("Deze activiteit hoort bij een andere organisatie; je kunt hem niet bewerken.");
    }
    renderEditor(data, headers.get("ETag"));
  } catch (e) {
    const box = el("div", { class: "error", role: "alert", tabindex: "-1" });
    editor.replaceChildren(el("p", {}, el("a", { href: "#", class: "pv-back", text: "← Terug naar de lijst" })), box);
    showError(box, e);
    return;
  }
  $("editor-title").focus();
}

function openNew() {
  listView.hidden = true;
  importSection.hidden = true;
  editor.hidden = false;
  renderEditor(NEW_DOC(), null);
  $("editor-title").focus();
}

function showList(message = null) {
  editor.hidden = true;
  editor.replaceChildren();
  listView.hidden = false;
  importSection.hidden = false;
  renderList();
  if (message) {
    listNotice.hidden = false;
    listNotice.textContent = message;
    if (location.hash) history.pushState(null, "", location.pathname + location.search);
    listNotice.focus();
  } else {
    listNotice.hidden = true;
  }
}

// Routes: #activiteit/<id> edits, #nieuw adds, anything else shows the list.
function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("activiteit/")) openListing(hash.slice("activiteit/".length));
  else if (hash === "nieuw") openNew();
  else if (hash === "import") {
    if (!editor.hidden) showList();
    importSection.focus();
  } else if (!editor.hidden || listView.hidden) showList();
}
window.addEventListener("hashchange", route);

// ---------------------------------------------------------------------------------------
// HSDS import: parsed here, sent in batches so the progress bar shows real progress
// ---------------------------------------------------------------------------------------
const importForm = $("import-form");
const importError = $("import-error");
const importBar = $("import-bar");
const importStatus = $("import-status");
const importResult = $("import-result");
const stopButton = $("import-stop");
let stopRequested = false;

// Service records of an HSDS document, as the server reads them.
function servicesOf(doc) {
  if (Array.isArray(doc)) return doc.flatMap(servicesOf);
  if (!doc || typeof doc !== "object") return [doc];
  if (Array.isArray(doc.contents)) return servicesOf(doc.contents);
  if (Array.isArray(doc.services) && "name" in doc) {
    const org = Object.fromEntries(Object.entries(doc).filter(([k]) => ["id", "name", "description", "website", "email"].includes(k)));
    return doc.services.map((s) => (s && typeof s === "object" ? { organization: org, organization_id: org.id, ...s } : s));
  }
  if (doc.service && typeof doc.service === "object" && "location" in doc) {
    const { service, ...sal } = doc;
    return [{ service_at_locations: [sal], ...service }];
  }
  return [doc];
}

function parseHsds(text) {
  const stripped = text.replace(/^\uFEFF/, "").trim();
  if (!stripped) throw new Error("Het bestand is leeg.");
  try {
    return servicesOf(JSON.parse(stripped));
  } catch (whole) {
    if (!stripped.includes("\n")) throw new Error(`Het bestand is geen geldige JSON: ${whole.message}`);
  }
  const docs = [];
  stripped.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    try {
      docs.push(JSON.parse(line));
    } catch {
      throw new Error(`Regel ${n + 1} is geen geldige JSON. Een bestand is óf één JSON-document, óf NDJSON met één service per regel.`);
    }
  });
  return servicesOf(docs);
}

const recordOrg = (r) => (r && typeof r === "object" ? r.organization?.id || r.organization_id || null : null);

function table(caption, head, rows) {
  return el("div", { class: "table-wrap" }, el("table", { class: "pv-report" },
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows)));
}

function messagesCell(pairs) {
  return el("td", {}, el("ul", { class: "pv-messages" }, pairs.map(([path, message]) =>
    el("li", {}, path ? el("code", { text: path }) : null, path ? ": " : "", message))));
}

function renderImportResult(totals, records, stopped) {
  const foreign = records.filter((r) => orgId && recordOrg(r.record) && recordOrg(r.record) !== orgId);
  const children = [
    el("h3", { id: "import-result-title", tabindex: "-1", text: stopped ? "Import gestopt" : "Import klaar" }),
    el("dl", { class: "pv-totals" },
      [["Nieuw toegevoegd", totals.created, "created"], ["Bijgewerkt", totals.updated, "updated"],
        ["Ongewijzigd", totals.unchanged, "unchanged"], ["Geweigerd", totals.rejected.length, "rejected"]]
        .map(([label, n, key]) => el("div", { class: `pv-total pv-total-${key}`, dataset: { key } },
          el("dt", { text: label }), el("dd", { text: String(n) })))),
  ];
  if (foreign.length) {
    const names = [...new Set(foreign.map((r) => r.record.organization?.name || recordOrg(r.record)))];
    children.push(el("p", { class: "error pv-foreign", role: "note" },
      el("strong", { text: `${foreign.length} ${foreign.length === 1 ? "record hoort" : "records horen"} bij een andere organisatie` }),
      ` (${names.join(", ")}) en ${foreign.length === 1 ? "is" : "zijn"} geweigerd. Je kunt alleen activiteiten van ${orgName} importeren.`));
  }
  if (totals.rejected.length) {
    children.push(table(`Geweigerde records (${totals.rejected.length})`, ["Record", "Id en naam", "Wat klopt er niet"],
      totals.rejected.map((r) => {
        const rec = records[r.at]?.record;
        return el("tr", { class: "pv-rejected" },
          el("td", { class: "num", text: String(r.at + 1) }),
          el("td", {}, el("code", { text: r.id ?? "(geen id)" }), rec?.name ? el("span", { class: "pv-sub", text: String(rec.name) }) : null),
          messagesCell(flattenErrors(r.errors)));
      })));
  }
  if (totals.warnings.length) {
    children.push(table(`Opmerkingen bij geïmporteerde records (${totals.warnings.length})`, ["Record", "Id en naam", "Opmerking"],
      totals.warnings.map((w) => {
        const rec = records[w.at]?.record;
        return el("tr", {},
          el("td", { class: "num", text: w.at >= 0 ? String(w.at + 1) : "" }),
          el("td", {}, el("code", { text: w.id ?? "(geen id)" }), rec?.name ? el("span", { class: "pv-sub", text: String(rec.name) }) : null),
          messagesCell((w.warnings || []).map((m) => ["", translate(WARNINGS_NL, m) ?? m])));
      })));
  }
  if (totals.duplicates.length) { // likely listed already: the admin decides (upkeep)
    children.push(el("p", { class: "notice pv-duplicates", role: "note", text:
      `${totals.duplicates.length} ${totals.duplicates.length === 1 ? "nieuwe activiteit lijkt" : "nieuwe activiteiten lijken"} al op de kaart te staan: ` +
      `${totals.duplicates.map((d) => d.name || d.of).join(", ")}. De beheerder kijkt of ze dubbel zijn.` }));
  }
  importResult.replaceChildren(...children);
  importResult.hidden = false;
}

importForm.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  showError(importError, null);
  importResult.hidden = true;
  const file = $("import-file").files[0];
  if (!file) {
    showError(importError, new Error("Kies eerst een bestand."));
    return;
  }
  let records;
  try {
    records = parseHsds(await file.text()).map((record, i) => ({ record, i }));
  } catch (e) {
    showError(importError, e);
    return;
  }
  if (!records.length) {
    showError(importError, new Error("Er staan geen services in dit bestand."));
    return;
  }
  const start = $("import-start");
  start.disabled = true;
  stopRequested = false;
  stopButton.hidden = false;
  $("import-progress").hidden = false;
  importBar.max = records.length;
  importBar.value = 0;
  importStatus.textContent = `0 van ${records.length} records verwerkt…`;
  const totals = { created: 0, updated: 0, unchanged: 0, rejected: [], warnings: [], duplicates: [] };
  let done = 0;
  let stopped = false;
  try {
    for (let offset = 0; offset < records.length; offset += IMPORT_BATCH) {
      if (stopRequested) { stopped = true; break; }
      const batch = records.slice(offset, offset + IMPORT_BATCH);
      const { data } = await api("import", { method: "POST", token, body: batch.map((r) => r.record) });
      totals.created += data.created || 0;
      totals.updated += data.updated || 0;
      totals.unchanged += data.unchanged || 0;
      // The API numbers records within the request; match by index, else by id.
      const at = (entry) => {
        if (Number.isInteger(entry.index)) return offset + entry.index;
        const hit = batch.find((r) => r.record?.id === entry.id);
        return hit ? hit.i : -1;
      };
      for (const r of data.rejected || []) totals.rejected.push({ ...r, at: at(r) });
      for (const w of data.warnings || []) totals.warnings.push({ ...w, at: at(w) });
      totals.duplicates.push(...(data.duplicates || []));
      done += batch.length;
      importBar.value = done;
      importStatus.textContent = `${done} van ${records.length} records verwerkt…`;
    }
    importStatus.textContent = stopped ?
      `Gestopt: ${done} van ${records.length} records verwerkt.` :
      `Klaar: ${records.length} van ${records.length} records verwerkt.`;
  } catch (e) {
    showError(importError, e);
    importStatus.textContent = `Afgebroken na ${done} van ${records.length} records.`;
    stopped = true;
  } finally {
    start.disabled = false;
    stopButton.hidden = true;
  }
  renderImportResult(totals, records, stopped);
  announce(`Import ${stopped ? "gestopt" : "klaar"}: ${totals.created} nieuw, ${totals.updated} bijgewerkt, ` +
    `${totals.unchanged} ongewijzigd, ${totals.rejected.length} geweigerd.`);
  $("import-result-title").focus();
  if (totals.created || totals.updated) await refreshList();
});
stopButton.addEventListener("click", () => {
  stopRequested = true;
  stopButton.hidden = true;
  importStatus.textContent = "Stoppen na deze portie…";
});

// ---------------------------------------------------------------------------------------
try {
  await loadItems();
} catch (e) {
  showError(listError, e);
}
renderList();
route();
upkeep($("upkeep"), { token, me, onChange: refreshList }); // reviews, reports, completeness
