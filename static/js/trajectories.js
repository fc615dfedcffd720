// The coach's referrals and trajectories: the organisation's new referrals with the
// 5-working-day deadline, the check-ins due, the trajectories, and one trajectory with its
// conversations, spider web, matches, chosen activities, check-ins, close and the letters
// to the GP. Plain ES module on the JSON API.

import {
  announce, api, el, fmt, labelMap, showError, showSignedIn, signIn, vocabularies,
} from "./common.js";
import { downloadPdf, lettersOf, showLetter } from "./letters.js";

const { token, me } = await signIn("coach", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "coach", me);
document.getElementById("app").hidden = false;

const $ = (id) => document.getElementById(id);
const vocab = await vocabularies();
const L = (list) => labelMap(vocab, list);
const KINDS = L("conversation_kinds");
const CLOSE = L("close_reasons");
const RESULTS = L("checkin_results");
const STOPS = L("stop_reasons");
const DIMENSIONS = vocab.dimensions;
const STATE_NL = { due: "nu te doen", overdue: "te laat", upcoming: "gepland", done: "gedaan", skipped: "niet meer nodig" };
const today = () => new Date().toISOString().slice(0, 10);
const day = (iso) => (iso ? new Date(`${iso}T12:00:00`).toLocaleDateString("nl-NL", { day: "numeric", month: "short", year: "numeric" }) : "—");
const options = (labels, selected) => Object.entries(labels).map(([code, label]) =>
  el("option", { value: code, text: label, selected: code === selected }));

const state = { trajectory: null };
window.trajectories = state;  // for the browser tests

function badge(text, cls = "") {
  return el("span", { class: `badge ${cls}`, text });
}

// --- overview -----------------------------------------------------------------------------
async function loadNew() {
  const { data } = await api("referrals?status=requested&status=received&status=accepted&per_page=100", { token });
  const body = $("new-table").querySelector("tbody");
  body.replaceChildren(...data.items.map((r) => el("tr", { dataset: { referral: r.id } },
    el("td", { text: day(r.referral_date) }),
    el("td", {}, el("strong", { text: r.client_reference })),
    el("td", { text: `${r.icpc.code} ${r.icpc.label}` }),
    el("td", { text: r.referrer.label }),
    el("td", {}, day(r.contact.deadline), " ",
      r.contact.overdue ? badge("termijn verstreken", "overdue") : null),
    el("td", { text: r.status_label }),
    el("td", {}, r.trajectory_id
      ? el("button", { type: "button", class: "secondary", text: "Open traject", onclick: () => openTrajectory(r.trajectory_id) })
      : el("button", { type: "button", class: "primary", text: "Start traject", onclick: () => startTrajectory(r) })))));
  $("new-empty").hidden = data.items.length > 0;
}

async function startTrajectory(referral) {
  try {
    const { data } = await api("trajectories", { method: "POST", body: { referral_id: referral.id }, token });
    announce(`Traject gestart voor ${referral.client_reference}.`);
    await Promise.all([loadNew(), loadList()]);
    openTrajectory(data.id);
  } catch (e) {
    showError($("new-error"), e);
  }
}

async function loadDue() {
  const { data } = await api("followup", { token });
  $("due-table").querySelector("tbody").replaceChildren(...data.items.map((i) => el("tr", {},
    el("td", {}, el("button", { type: "button", class: "link", text: i.client_reference, onclick: () => openTrajectory(i.trajectory_id) })),
    el("td", { text: i.activity_name }),
    el("td", { class: "num", text: String(i.month) }),
    el("td", { text: day(i.due) }),
    el("td", {}, badge(STATE_NL[i.state], i.state)))));
  $("due-empty").hidden = data.items.length > 0;
}

async function loadList() {
  const status = $("status-filter").value;
  const { data } = await api(`trajectories?per_page=100${status ? `&status=${status}` : ""}`, { token });
  $("trajectories-table").querySelector("tbody").replaceChildren(...data.items.map((t) => el("tr", {},
    el("td", {}, el("button", { type: "button", class: "link", text: t.referral.client_reference, onclick: () => openTrajectory(t.id) })),
    el("td", { text: day(t.opened_on) }),
    el("td", { class: "num", text: String(t.conversations.length) }),
    el("td", { text: t.activities.map((a) => a.name).join(", ") || "—" }),
    el("td", {}, badge(t.status_label, t.status)))));
  $("list-more").textContent = data.total > data.items.length ? `De nieuwste ${data.items.length} van ${data.total}.` : "";
}

// --- one trajectory -----------------------------------------------------------------------
async function openTrajectory(id) {
  const { data } = await api(`trajectories/${encodeURIComponent(id)}`, { token });
  history.replaceState(null, "", `?traject=${encodeURIComponent(id)}`);
  renderDetail(data);
  $("detail-title").focus();
}

function field(id, labelText, input, help) {
  input.id = id;
  return el("div", { class: "field" }, el("label", { for: id, text: labelText }), input,
    help ? el("p", { class: "help", text: help }) : null);
}

function formBox(title, id, children, onSubmit, submitText) {
  const error = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const form = el("form", { class: "inline-form", id, novalidate: true }, ...children,
    el("button", { type: "submit", class: "primary", text: submitText }));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await onSubmit(form);
      showError(error, null, form);
    } catch (e) {
      showError(error, e, form);
    }
  });
  return el("div", {}, title ? el("h4", { text: title }) : null, form, error);
}

async function update(path, body, method = "POST", message = "Opgeslagen.") {
  const { data } = await api(`trajectories/${encodeURIComponent(state.trajectory.id)}${path}`, { method, body, token });
  announce(message);
  renderDetail(data);
  loadDue();
  loadList();
  loadNew();
  return data;
}

function conversationsCard(t) {
  const rows = t.conversations.map((c) => el("tr", {},
    el("td", { text: day(c.date) }), el("td", { text: c.kind_label }), el("td", { class: "num", text: String(c.minutes) })));
  const card = el("section", { class: "card", "aria-labelledby": "conv-title" },
    el("h3", { id: "conv-title", text: `Gesprekken (${t.conversations.length}, samen ${t.conversation_minutes} minuten)` }),
    el("div", { class: "table-wrap" }, el("table", { id: "conversations-table" },
      el("caption", { class: "sr-only", text: "Gesprekken met de cliënt" }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Datum" }), el("th", { scope: "col", text: "Soort" }),
        el("th", { scope: "col", class: "num", text: "Minuten" }))),
      el("tbody", {}, rows))));
  if (t.status === "open") {
    card.append(formBox("Gesprek vastleggen", "conversation-form", [
      field("conv-date", "Datum", el("input", { type: "date", name: "date", value: today(), max: today() })),
      field("conv-minutes", "Minuten", el("input", { type: "number", name: "minutes", min: "1", max: "480", step: "5", value: "45", inputmode: "numeric" })),
      field("conv-kind", "Soort gesprek", el("select", { name: "kind" }, options(KINDS, "phone"))),
    ], (form) => update("/conversations", {
      date: form.date.value, minutes: Number(form.minutes.value), kind: form.kind.value,
    }, "POST", "Gesprek vastgelegd."), "Gesprek vastleggen"));
  }
  return card;
}

function webCard(t) {
  const intake = t.snapshots.intake?.scores || {};
  const close = t.snapshots.close?.scores || {};
  const fmtScore = (v) => (v === undefined || v === null ? "—" : fmt.num(v));
  const change = (d) => (t.spider_web_change[d] === undefined ? "—" :
    `${t.spider_web_change[d] > 0 ? "+" : ""}${fmt.num(t.spider_web_change[d])}`);
  return el("section", { class: "card", "aria-labelledby": "web-title" },
    el("h3", { id: "web-title", text: "Spinnenweb Positieve Gezondheid" }),
    el("p", { class: "help", text: t.snapshots.intake ? `Intake van ${day(t.snapshots.intake.date)}.` :
      "Nog geen intake: vul het spinnenweb in bij het intakegesprek." }),
    el("div", { class: "table-wrap" }, el("table", { id: "web-table" },
      el("caption", { class: "sr-only", text: "Scores bij intake en afsluiting" }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Dimensie" }), el("th", { scope: "col", class: "num", text: "Intake" }),
        el("th", { scope: "col", class: "num", text: "Afsluiting" }), el("th", { scope: "col", class: "num", text: "Verandering" }))),
      el("tbody", {}, DIMENSIONS.map((d) => el("tr", {}, el("td", { text: d.label }),
        el("td", { class: "num", text: fmtScore(intake[d.code]) }), el("td", { class: "num", text: fmtScore(close[d.code]) }),
        el("td", { class: "num", text: change(d.code) })))))),
    t.status === "open" ? el("p", {}, el("a", { class: "button", id: "to-intake", href: `/coach?traject=${encodeURIComponent(t.id)}`,
      text: t.snapshots.intake ? "Naar het intakegesprek (spinnenweb ingevuld)" : "Naar het intakegesprek" })) : null,
    el("p", { class: "help", text: `Zoekopdrachten voor dit traject: ${t.matches.length}.` }));
}

function checkinForm(t, a, c) {
  const reason = el("select", { name: "reason" }, el("option", { value: "", text: "— kies een reden —" }), options(STOPS));
  const reasonField = field(`reason-${a.id}-${c.month}`, "Reden van stoppen", reason);
  reasonField.hidden = true;
  const result = el("select", { name: "result" }, options(RESULTS, "participating"));
  result.addEventListener("change", () => { reasonField.hidden = result.value !== "stopped"; });
  const box = formBox(null, `checkin-${a.id}-${c.month}`, [
    field(`result-${a.id}-${c.month}`, `Check-in na ${c.month} maanden`, result),
    reasonField,
    field(`cdate-${a.id}-${c.month}`, "Datum", el("input", { type: "date", name: "date", value: today(), max: today() })),
  ], (form) => update(`/activities/${encodeURIComponent(a.id)}/checkins`, {
    month: c.month, date: form.date.value, result: form.result.value,
    ...(form.result.value === "stopped" ? { reason: form.reason.value || null } : {}),
  }, "POST", "Check-in vastgelegd."), "Check-in vastleggen");
  box.className = "checkin-form";
  return box;
}

function activitiesCard(t) {
  const card = el("section", { class: "card", "aria-labelledby": "act-title" },
    el("h3", { id: "act-title", text: "Gekozen activiteiten en check-ins" }));
  if (!t.activities.length) {
    card.append(el("p", { class: "help", text: "Nog niets gekozen. Kies samen met de cliënt bij het intakegesprek; de keuze komt hier terecht." }));
  }
  for (const a of t.activities) {
    card.append(el("h4", { text: `${a.name} (gekozen op ${day(a.chosen_on)})` }));
    card.append(el("ul", { class: "checkins" }, a.checkins.map((c) => el("li", {},
      `Na ${c.month} maanden (${day(c.due)}): `,
      c.result ? `${c.result_label}${c.reason ? ` — ${c.reason.label}` : ""} op ${day(c.date)}` : badge(STATE_NL[c.state], c.state)))));
    const next = a.checkins.find((c) => !c.result && c.state !== "skipped");
    if (next) card.append(checkinForm(t, a, next));
  }
  return card;
}

function closeCard(t) {
  const card = el("section", { class: "card", "aria-labelledby": "close-title" },
    el("h3", { id: "close-title", text: t.status === "open" ? "Traject afsluiten" : "Afgesloten" }));
  if (t.status !== "open") {
    card.append(el("p", { text: `Afgesloten op ${day(t.closed_on)}: ${t.close_reason.label}.` }));
    return card;
  }
  const intake = t.snapshots.intake?.scores || {};
  const web = el("fieldset", {}, el("legend", { text: "Spinnenweb bij afsluiting (0-10)" }),
    el("div", { class: "web-inputs" }, DIMENSIONS.map((d) => field(`close-${d.code}`, d.label,
      el("input", { type: "number", name: `spider_web.${d.code}`, min: "0", max: "10", step: "1",
        value: String(intake[d.code] ?? 5), inputmode: "numeric" })))));
  card.append(formBox(null, "close-form", [
    field("close-reason", "Reden", el("select", { name: "reason" }, options(CLOSE, "activity_found"))),
    field("close-date", "Datum", el("input", { type: "date", name: "date", value: today(), max: today() })),
    web,
  ], (form) => update("/close", {
    reason: form.reason.value, date: form.date.value,
    spider_web: Object.fromEntries(DIMENSIONS.map((d) => [d.code, Number(form[`spider_web.${d.code}`].value)])),
  }, "POST", "Traject afgesloten."), "Traject afsluiten"));
  return card;
}

function lettersCard(t) {
  const view = el("div", { id: "letter-view", hidden: true });
  const error = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const base = lettersOf(t.referral.id);
  const card = el("section", { class: "card letter-card", "aria-labelledby": "letters-title" },
    el("h3", { id: "letters-title", text: "Terugkoppeling aan de huisarts" }),
    t.steps.length ? el("ul", { class: "letters" }, t.steps.map((s) => el("li", {},
      `${s.label} (${day(s.date)}): `,
      el("button", { type: "button", class: "link", text: "bekijk brief",
        onclick: () => showLetter(view, `${base}/${s.step}`, token).catch((e) => showError(error, e)) }), " · ",
      el("button", { type: "button", class: "link", text: "PDF",
        onclick: () => downloadPdf(`${base}/${s.step}`, token, `terugkoppeling-${t.referral.client_reference}-${s.step}.pdf`)
          .catch((e) => showError(error, e)) }))))
      : el("p", { class: "help", text: "Nog geen terugkoppeling: die volgt na het eerste gesprek." }),
    error, view);
  return card;
}

function eraseCard(t) {
  return el("section", { class: "card no-print", "aria-labelledby": "erase-title" },
    el("h3", { id: "erase-title", text: "Wissen op verzoek van de cliënt" }),
    el("p", { class: "help", text: "Wist het traject en de verwijzing (AVG). Alleen anonieme tellingen voor de monitoring blijven." }),
    el("button", { type: "button", class: "secondary", id: "erase", text: "Traject en verwijzing wissen", onclick: async () => {
      if (!window.confirm(`Traject ${t.referral.client_reference} en de verwijzing definitief wissen?`)) return;
      await api(`trajectories/${encodeURIComponent(t.id)}`, { method: "DELETE", token });
      announce("Traject gewist.");
      showOverview();
      loadNew(); loadDue(); loadList();
    } }));
}

function renderDetail(t) {
  state.trajectory = t;
  const r = t.referral;
  $("detail").replaceChildren(
    el("div", { class: "card detail-head-card" },
      el("div", { class: "detail-head" },
        el("h2", { id: "detail-title", tabindex: "-1", text: `Traject ${r.client_reference}` }),
        badge(t.status_label, t.status)),
      el("p", { text: `Verwezen op ${day(r.referral_date)} door ${r.referrer_type.label.toLowerCase()}; ` +
        `${r.icpc.code} ${r.icpc.label}. Traject gestart op ${day(t.opened_on)}. Verwijzing: ${r.status_label}.` }),
      el("button", { type: "button", class: "link no-print", text: "← Terug naar het overzicht", onclick: showOverview })),
    el("div", { class: "detail-grid" }, conversationsCard(t), webCard(t)),
    el("div", { class: "detail-grid" }, activitiesCard(t), closeCard(t)),
    lettersCard(t),
    eraseCard(t));
  $("detail").hidden = false;
  $("overview").hidden = true;
}

function showOverview() {
  $("detail").hidden = true;
  $("overview").hidden = false;
  history.replaceState(null, "", location.pathname);
  window.scrollTo(0, 0);
}

$("status-filter").addEventListener("change", loadList);
await Promise.all([loadNew(), loadDue(), loadList()]);
document.body.dataset.loaded = "true";
const wanted = new URLSearchParams(location.search).get("traject");
if (wanted) openTrajectory(wanted).catch(() => history.replaceState(null, "", location.pathname));
