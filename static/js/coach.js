// The coach's intake page: the Positive Health spider web (radar chart + sliders), the
// client's wishes and needs, explained results on cards and a map, the choice and a
// printable welzijnsrecept. Chart.js, its drag plugin and Leaflet are classic scripts
// loaded before this module (globals Chart, ChartJSDragDataPlugin, L).
/* global Chart, ChartJSDragDataPlugin, L */

import {
  ApiError, announce, api, el, fmt, labelMap, showError, showSignedIn, signIn, vocabularies,
} from "./common.js";
import { reportControl, reportedChip } from "./report.js";

const { token, me } = await signIn("coach", document.getElementById("signin"));
showSignedIn(document.getElementById("who"), "coach", me);
const app = document.getElementById("app");
app.hidden = false;

const $ = (id) => document.getElementById(id);
const vocab = await vocabularies();
const settings = await api("settings").then((r) => r.data).catch(() => ({}));

const L_CAT = labelMap(vocab, "categories");
const L_ACC = labelMap(vocab, "accessibility");
const L_DAY = labelMap(vocab, "days");
const L_PART = labelMap(vocab, "parts_of_day");
const L_COST = labelMap(vocab, "cost_options");
const L_FEAT = Object.fromEntries((vocab.features || []).map((e) => [e.code, e.reason || e.label]));
const DIMENSIONS = vocab.dimensions;
const LANGUAGES = {
  nl: "Nederlands", en: "Engels", ar: "Arabisch", tr: "Turks", pl: "Pools", ti: "Tigrinya",
  de: "Duits", fy: "Fries", fr: "Frans", es: "Spaans", uk: "Oekraïens", so: "Somalisch",
  fa: "Perzisch", ur: "Urdu", ru: "Russisch",
};
const OFFERED_LANGUAGES = ["nl", "en", "ar", "tr", "pl", "ti", "de", "uk"];
const REASON_NL = {
  distance: "afstand", cost: "kosten", time: "tijd", accessibility: "toegankelijkheid",
  language: "taal", interest: "interesse", other: "anders",
};
const DEFAULT_SCORE = 5;

// Page state; exposed on window for the browser tests (no client data is kept elsewhere).
const state = { match: null, request: null, shown: [], outcome: null, chart: null, map: null, trajectory: null };
window.coach = state;

const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
const joinNl = (items) => (items.length <= 1 ? items.join("") :
  `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`);
const time = (t) => (t || "").slice(0, 5).replace(":", ".");

// --- 1. the spider web: sliders and radar chart, kept in sync -------------------------
const sliders = {};
const outputs = {};

function buildSliders() {
  const box = $("sliders");
  for (const dim of DIMENSIONS) {
    const id = `dim-${dim.code}`;
    const input = el("input", {
      type: "range", id, name: `spider_web.${dim.code}`, min: "0", max: "10", step: "1",
      value: String(DEFAULT_SCORE), "aria-describedby": `${id}-help`,
      "aria-valuetext": `${DEFAULT_SCORE} van 10`,
    });
    const out = el("output", { id: `${id}-out`, for: id, class: "score", text: String(DEFAULT_SCORE) });
    input.addEventListener("input", () => setScore(dim.code, Number(input.value), "slider"));
    sliders[dim.code] = input;
    outputs[dim.code] = out;
    box.append(el("div", { class: "field dim", dataset: { dim: dim.code } },
      el("div", { class: "dim-head" }, el("label", { for: id, text: dim.label }), out),
      input,
      el("p", { class: "help", id: `${id}-help`, text: dim.aspects.join(", ") })));
  }
  const focus = $("focus-checks");
  for (const dim of DIMENSIONS) {
    const box2 = el("input", { type: "checkbox", name: "focus", value: dim.code, id: `focus-${dim.code}` });
    box2.addEventListener("change", paintFocus);
    focus.append(el("label", { for: `focus-${dim.code}` }, box2, dim.label));
  }
}

function setScore(code, value, from) {
  const v = Math.max(0, Math.min(10, Math.round(value)));
  if (from !== "slider") sliders[code].value = String(v);
  sliders[code].setAttribute("aria-valuetext", `${v} van 10`);
  outputs[code].textContent = String(v);
  const i = DIMENSIONS.findIndex((d) => d.code === code);
  if (state.chart && from !== "chart") {
    state.chart.data.datasets[0].data[i] = v;
    state.chart.update("none");
  }
  describeChart();
}

function scores() {
  return Object.fromEntries(DIMENSIONS.map((d) => [d.code, Number(sliders[d.code].value)]));
}

function focusCodes() {
  return [...document.querySelectorAll('#focus-checks input:checked')].map((i) => i.value);
}

function describeChart() {
  const s = scores();
  $("radar").setAttribute("aria-label", "Spinnenweb: " +
    DIMENSIONS.map((d) => `${d.label} ${s[d.code]}`).join(", ") +
    ". Pas de scores aan met de schuifjes.");
}

function paintFocus() {
  const focus = new Set(focusCodes());
  for (const d of DIMENSIONS) {
    sliders[d.code].closest(".dim").classList.toggle("is-focus", focus.has(d.code));
  }
  if (!state.chart) return;
  const ds = state.chart.data.datasets[0];
  ds.pointBackgroundColor = DIMENSIONS.map((d) => (focus.has(d.code) ? "#8a4b00" : "#0b5e55"));
  ds.pointRadius = DIMENSIONS.map((d) => (focus.has(d.code) ? 9 : 7));
  state.chart.options.scales.r.pointLabels.font = (ctx) => ({
    size: 13, weight: focus.has(DIMENSIONS[ctx.index]?.code) ? "bold" : "normal",
  });
  state.chart.update("none");
}

function buildChart() {
  if (typeof Chart === "undefined") return;  // the sliders alone still work
  if (typeof ChartJSDragDataPlugin !== "undefined") Chart.register(ChartJSDragDataPlugin.default);
  const s = scores();
  state.chart = new Chart($("radar"), {
    type: "radar",
    data: {
      // two-word labels on two lines, so they fit beside the web on a tablet
      labels: DIMENSIONS.map((d) => (d.label.includes(" ") ?
        [d.label.slice(0, d.label.indexOf(" ")), d.label.slice(d.label.indexOf(" ") + 1)] : d.label)),
      datasets: [{
        label: "Score",
        data: DIMENSIONS.map((d) => s[d.code]),
        backgroundColor: "rgba(11, 94, 85, 0.18)",
        borderColor: "#0b5e55",
        borderWidth: 2,
        pointBackgroundColor: "#0b5e55",
        pointBorderColor: "#fff",
        pointBorderWidth: 2,
        pointRadius: 7,
        pointHoverRadius: 10,
        pointHitRadius: 14,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: 1,
      animation: false,
      layout: { padding: 4 },
      scales: {
        r: {
          min: 0, max: 10, beginAtZero: true,
          ticks: { stepSize: 2, backdropColor: "rgba(255,255,255,0.85)", color: "#4a5566", font: { size: 10 } },
          pointLabels: { font: { size: 13 }, color: "#1c2430" },
          grid: { color: "#c9d1db" }, angleLines: { color: "#c9d1db" },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => DIMENSIONS[items[0].dataIndex].label,
            label: (ctx) => `${ctx.raw} van 10`,
          },
        },
        dragData: {
          round: 0,
          showTooltip: true,
          onDrag: (e, datasetIndex, index, value) => {
            if (value < 0 || value > 10) return false;
            setScore(DIMENSIONS[index].code, value, "chart");
            return true;
          },
          onDragEnd: (e, datasetIndex, index, value) => {
            const v = Math.max(0, Math.min(10, Math.round(value)));
            state.chart.data.datasets[0].data[index] = v;
            setScore(DIMENSIONS[index].code, v, "chart");
            state.chart.update("none");
          },
        },
      },
    },
  });
  describeChart();
}

// --- 2./3. the other fields -------------------------------------------------------------
function checks(boxId, name, entries) {
  const box = $(boxId);
  for (const [value, label] of entries) {
    const id = `${boxId}-${value}`;
    box.append(el("label", { for: id },
      el("input", { type: "checkbox", id, name, value }), label));
  }
}

function buildRequirementFields() {
  // accessibility: one boolean per code, named after the API field
  const acc = $("access-checks");
  for (const a of vocab.accessibility) {
    const id = `req-${a.code}`;
    acc.append(el("label", { for: id },
      el("input", { type: "checkbox", id, name: `requirements.${a.code}`, value: "true" }), a.label));
  }
  checks("day-checks", "requirements.days", vocab.days.map((d) => [d.code, cap(d.label)]));
  checks("part-checks", "requirements.parts_of_day",
    vocab.parts_of_day.map((p) => [p.code, `${cap(p.label)}${p.code === "morning" ? " (voor 12 uur)" :
      p.code === "afternoon" ? " (12-18 uur)" : " (vanaf 18 uur)"}`]));
  checks("delivery-checks", "requirements.delivery", vocab.delivery.map((d) => [d.code, d.label]));
  checks("language-checks", "requirements.languages", OFFERED_LANGUAGES.map((c) => [c, LANGUAGES[c]]));
  const maxCost = $("max_cost");
  maxCost.addEventListener("input", () => { if (maxCost.value !== "") $("cost-max").checked = true; });
}

const checked = (name) => [...document.querySelectorAll(`#intake input[name="${name}"]:checked`)].map((i) => i.value);

function buildRequest() {
  const form = $("intake");
  const requirements = {};
  for (const a of vocab.accessibility) {
    if (form.elements[`requirements.${a.code}`].checked) requirements[a.code] = true;
  }
  const cost = form.elements.cost.value;
  if (cost === "free") requirements.free_only = true;
  const maxCost = $("max_cost").value.trim();
  if (cost === "max" || (cost === "any" && maxCost !== "")) {
    requirements.max_cost_eur_per_month = maxCost === "" ? null : Number(maxCost.replace(",", "."));
  }
  for (const key of ["days", "parts_of_day", "delivery", "languages"]) {
    const values = checked(`requirements.${key}`);
    if (values.length) requirements[key] = values;
  }
  const body = {
    spider_web: scores(),
    focus: focusCodes(),
    wishes: $("wishes").value.trim(),
    location: { postal_code: $("postal_code").value.trim() },
    requirements,
    limit: 10,
  };
  const km = $("max_distance_km").value.trim();
  if (km !== "") body.max_distance_km = Number(km.replace(",", "."));
  const age = $("age").value.trim();
  if (age !== "") body.age = Number(age);
  if (state.trajectory) body.trajectory_id = state.trajectory.id;
  return body;
}

// Field messages the API gives in English and common.js does not know, in Dutch.
const EXTRA_NL = [
  [/^Use a Dutch postal code/, () => "Vul een Nederlandse postcode in: 1234 of 1234 AB."],
  [/^unknown postal code: (.*)$/i, (m) => `Postcode ${m[1]} is onbekend. Kies een postcode in het werkgebied (Meierijstad).`],
  [/^Give coordinates or a postal code\.$/, () => "Vul een postcode in."],
  [/^A score is 0-10\.$/, () => "Een score is 0 tot en met 10."],
];
function dutchFieldErrors(err) {
  const walk = (node) => {
    if (Array.isArray(node)) {
      return node.map((m) => {
        if (typeof m !== "string") return walk(m);
        for (const [re, nl] of EXTRA_NL) {
          const hit = re.exec(m);
          if (hit) return nl(hit);
        }
        return m;
      });
    }
    if (node && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  if (err instanceof ApiError) err.errors = walk(err.errors);
  return err;
}

// --- formatting of an activity ----------------------------------------------------------
function scheduleText(s) {
  const days = (s.days || []).map((d) => L_DAY[d] || d);
  let when;
  const every = s.interval && s.interval > 1;
  if (!days.length) when = s.description || "";
  else if (s.interval === 2) when = `om de week op ${joinNl(days)}`;
  else if (every) when = `elke ${s.interval} weken op ${joinNl(days)}`;
  else when = `elke ${joinNl(days)}`;
  if (s.opens_at) when += `, ${time(s.opens_at)}${s.closes_at ? `–${time(s.closes_at)}` : ""} uur`;
  if (s.valid_from && s.valid_to) when += ` (van ${fmt.date(s.valid_from)} tot en met ${fmt.date(s.valid_to)})`;
  else if (s.valid_to) when += ` (tot en met ${fmt.date(s.valid_to)})`;
  else if (s.valid_from) when += ` (vanaf ${fmt.date(s.valid_from)})`;
  return cap(when);
}

function scheduleLines(a) {
  const lines = (a.schedules || []).map(scheduleText).filter(Boolean);
  return lines.length ? lines : ["Tijden op afspraak: neem contact op."];
}

function costText(a) {
  const costs = (a.costs || []).filter((c) => c.amount > 0);
  if (!costs.length || a.monthly_cost_eur === 0) return "Gratis";
  const parts = costs.map((c) => `${fmt.euro(c.amount)} ${L_COST[c.option] || c.option}`);
  let text = parts.join(" of ");
  if (a.monthly_cost_eur && costs.some((c) => c.option === "per_session")) {
    text += ` (ongeveer ${fmt.euro(a.monthly_cost_eur)} per maand)`;
  }
  return text;
}

function placeText(a) {
  if (a.delivery === "online") return "Online (op de computer, tablet of telefoon)";
  if (a.delivery === "at_home") return "Bij de cliënt thuis";
  const loc = a.location || {};
  const street = [loc.address, [loc.postal_code, loc.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return [loc.name, street].filter(Boolean).join(", ") || "Plaats onbekend";
}

function accessText(a) {
  if (a.delivery !== "in_person") return "Geen locatie nodig";
  const labels = (a.accessibility || []).map((c) => L_ACC[c] || c);
  return labels.length ? labels.join(", ") : "Niets bekend over toegankelijkheid";
}

function languagesText(a) {
  return (a.languages || []).map((c) => LANGUAGES[c] || c.toUpperCase()).join(", ");
}

// Links only to http(s) web pages and mail addresses made by us: never javascript: URLs.
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch { return null; }
}

function contactNodes(a) {
  const nodes = [];
  const email = a.email || a.organization?.email;
  const url = safeUrl(a.url || a.organization?.website || "");
  if (email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) {
    nodes.push(el("a", { href: `mailto:${email}`, text: email }));
  }
  if (url) nodes.push(el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text: url.replace(/^https?:\/\//, "").replace(/\/$/, "") }));
  if (!nodes.length) return ["Via de organisatie"];
  return nodes.flatMap((n, i) => (i ? [" · ", n] : [n]));
}

function freshnessNodes(a) {
  if (a.stale) {
    return [el("span", { class: "chip stale", text: "Al lang niet bevestigd" }), " ",
      a.assured_date ? `laatst bevestigd op ${fmt.date(a.assured_date)}; vraag na of het nog doorgaat.` :
        "nooit bevestigd door de aanbieder; vraag na of het nog doorgaat."];
  }
  return [a.assured_date ? `Bevestigd op ${fmt.date(a.assured_date)}` : "Onbekend"];
}

function dl(rows) {
  return el("dl", { class: "facts" }, rows.filter(Boolean).flatMap(([k, v]) =>
    [el("dt", { text: k }), el("dd", {}, v)]));
}

// --- results -----------------------------------------------------------------------------
function card(item, n, kind) {
  const a = item.activity;
  const idBase = `act-${n}`;
  const verb = kind === "alternative" ? "Toch kiezen" : "Kiezen";
  const box = el("input", {
    type: "checkbox", name: "chosen", value: a.id, id: `${idBase}-choose`, "aria-label": `${verb}: ${a.name}`,
  });
  box.addEventListener("change", countChosen);
  const dims = (item.dimensions || []).map((d) => DIMENSIONS.find((x) => x.code === d)?.label || d);
  const why = (item.reasons || []);
  const li = el("li", { class: `card result ${kind}`, id: idBase, tabindex: "-1", dataset: { id: a.id, n: String(n) } },
    el("div", { class: "result-head" },
      el("span", { class: `badge ${kind}`, "aria-hidden": "true", text: String(n) }),
      el("div", { class: "titles" },
        el("h3", { id: `${idBase}-title` }, el("span", { class: "sr-only", text: `${n}. ` }), a.name),
        el("p", { class: "org", text: a.organization?.name || "" })),
      el("label", { class: "choose", for: `${idBase}-choose` }, box, el("span", { text: verb }))),
    a.alert ? el("p", { class: "warn", text: a.alert }) : null,
    reportedChip(a),
    kind === "alternative" && item.gives?.length ? el("div", { class: "gives" },
      el("p", { class: "gives-title", text: "Wat zou moeten wijken:" }),
      el("ul", { class: "chips" }, item.gives.map((g) => el("li", { class: "chip give", text: g })))) : null,
    dims.length ? el("p", { class: "works-on" }, el("strong", { text: "Werkt aan: " }), dims.join(", ")) : null,
    why.length ? el("div", { class: "why" },
      el("p", { class: "why-title", text: kind === "alternative" ? "Wat wel past:" : "Waarom dit past:" }),
      el("ul", { class: "chips reasons" }, why.map((r) => el("li", { class: `chip${r.includes("→") ? " good" : ""}`, text: r })))) : null,
    a.description ? el("p", { class: "desc", text: a.description }) : null,
    dl([
      ["Wat", (a.categories || []).map((c) => L_CAT[c] || c).join(", ")],
      ["Waar", [placeText(a), item.distance_km != null ? el("span", { class: "distance", text: ` · ${fmt.km(item.distance_km)}` }) : ""]],
      ["Wanneer", scheduleLines(a).map((l, i) => (i ? [el("br"), l] : l)).flat()],
      ["Kosten", costText(a)],
      ["Toegankelijk", accessText(a)],
      (a.languages || []).some((c) => c !== "nl") ? ["Taal", languagesText(a)] : null,
      a.application_process ? ["Aanmelden", a.application_process] : null,
      ["Contact", contactNodes(a)],
      ["Actueel", freshnessNodes(a)],
    ]),
    reportControl(a, { token }));
  li.addEventListener("mouseenter", () => highlightMarker(n, true));
  li.addEventListener("mouseleave", () => highlightMarker(n, false));
  li.addEventListener("focusin", () => highlightMarker(n, true));
  li.addEventListener("focusout", () => highlightMarker(n, false));
  return li;
}

function renderResults(data) {
  state.match = data;
  const req = state.request;
  const covered = data.covered;
  state.shown = covered ? data.results : data.alternatives;
  const kind = covered ? "result" : "alternative";
  $("results").hidden = false;
  $("results-title").textContent = covered ? "Passende activiteiten" : "Niets gevonden dat aan alles voldoet";
  const where = `postcode ${req.location.postal_code}${data.area ? ` (${data.area.name})` : ""}`;
  const km = fmt.km(req.max_distance_km ?? 5);
  const summary = $("summary");
  summary.replaceChildren();
  let said;
  if (covered) {
    said = `${data.results.length} passende ${data.results.length === 1 ? "activiteit" : "activiteiten"} rond ${where}, binnen ${km}, de beste eerst.`;
    summary.append(el("p", { class: "lead", text: said }));
  } else {
    said = `Er is niets gevonden dat aan alle wensen voldoet rond ${where}, binnen ${km}.`;
    summary.append(el("div", { class: "notice nothing" },
      el("p", { class: "lead", text: said }),
      el("p", { text: data.alternatives.length ?
        `Hieronder ${data.alternatives.length === 1 ? "staat de activiteit die het dichtst in de buurt komt" : `staan ${data.alternatives.length} activiteiten die het dichtst in de buurt komen`}, met wat daarvoor zou moeten wijken. Bespreek ze met de cliënt, of leg vast dat er geen passend aanbod is.` :
        "Ook met wat meer ruimte is er niets in de buurt. Leg vast dat er geen passend aanbod is: zo ziet de gemeente waar aanbod ontbreekt." })));
  }
  const first = data.first_need;
  if (first?.category && !first.served) {
    summary.append(el("p", { class: "warn", text:
      `Voor ${first.label || L_CAT[first.category]}, waar de cliënt het meeste baat bij lijkt te hebben, is binnen deze wensen niets gevonden. Dit telt mee in het dekkingsrapport van de gemeente.` }));
  }
  const cards = $("cards");
  cards.replaceChildren(...state.shown.map((item, i) => card(item, i + 1, kind)));
  $("results").classList.toggle("no-cards", !state.shown.length);
  $("results").classList.toggle("not-covered", !covered);
  $("choose-bar").hidden = !state.shown.length;
  countChosen();
  // nothing fits: the no-fit outcome is the natural next step
  $("nofit").open = !covered;
  $("nofit-reason").value = "";
  resetOutcome();
  drawMap(data);
  $("results-title").focus({ preventScroll: true });
  $("results").scrollIntoView({ block: "start" });
}

function resetOutcome() {
  state.outcome = null;
  delete document.body.dataset.outcome;
  $("outcome-done").hidden = true;
  $("make-recipe").disabled = false;
  $("nofit-submit").disabled = false;
  $("nofit-reason").disabled = false;
  showError($("outcome-error"), null);
  showError($("nofit-error"), null);
}

function chosenIds() {
  return [...document.querySelectorAll('#cards input[name="chosen"]:checked')].map((i) => i.value);
}

function countChosen() {
  const n = chosenIds().length;
  $("chosen-count").textContent = n === 0 ? "Nog niets gekozen." :
    `${n} ${n === 1 ? "activiteit" : "activiteiten"} gekozen.`;
  document.querySelectorAll("#cards li.result").forEach((li) => {
    li.classList.toggle("is-chosen", li.querySelector('input[name="chosen"]').checked);
  });
}

// --- the map -----------------------------------------------------------------------------
const areaCache = new Map();
let markerLayer = null;
let venueLayer = null;
const markersByNumber = new Map();

async function areasOf(municipality) {
  const key = municipality || "";
  if (!areaCache.has(key)) {
    const q = municipality ? `?municipality=${encodeURIComponent(municipality)}&level=wijk` : "?level=wijk";
    areaCache.set(key, api(`areas${q}`).then((r) => r.data).catch(() => null));
  }
  return areaCache.get(key);
}

function ensureMap() {
  if (state.map || typeof L === "undefined") return state.map;
  const map = L.map("map", { scrollWheelZoom: false, zoomSnap: 0.25 });
  map.attributionControl.setPrefix(false);
  if (settings.map_tiles) {
    L.tileLayer(settings.map_tiles, { attribution: settings.map_attribution || "", maxZoom: 19 }).addTo(map);
  }
  map.setView([51.6, 5.5], 11);
  state.map = map;
  // the map's box changes size as the cards and the sticky column settle: refit then
  new ResizeObserver(() => {
    map.invalidateSize({ animate: false });
    if (state.fit) map.fitBounds(state.fit, { padding: [48, 48], maxZoom: 15, animate: false });
  }).observe(document.getElementById("map"));
  // area names below the markers, so a marker is never hidden under a label
  map.createPane("areaLabels").style.zIndex = "450";
  // the client's place above the activity markers, so it is never hidden under them
  map.createPane("client").style.zIndex = "650";
  state.areaLayer = L.layerGroup().addTo(map);
  markerLayer = L.layerGroup().addTo(map);
  venueLayer = L.layerGroup().addTo(map);
  map.on("zoomend", placeMarkers);
  return map;
}

async function drawMap(data) {
  const map = ensureMap();
  if (!map) return;
  markerLayer.clearLayers();
  venueLayer.clearLayers();
  markersByNumber.clear();
  state.venues = [];
  const place = data.place;
  const radiusKm = state.request.max_distance_km ?? 5;
  const points = [];
  if (!settings.map_tiles) {
    const shapes = await areasOf(data.area?.municipality);
    if (state.match !== data) return;  // a newer search came in meanwhile
    state.areaLayer.clearLayers();
    if (shapes?.features?.length) {
      L.geoJSON(shapes, {
        interactive: false,
        style: (f) => ({
          color: "#5b6b7a", weight: 1.5, fillColor: f.properties.code === data.area?.code ? "#fdfcf4" : "#ffffff",
          fillOpacity: 0.85,
        }),
        onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name, {
          permanent: true, direction: "center", className: "area-label", interactive: false, pane: "areaLabels",
        }),
      }).addTo(state.areaLayer);
      if (!state.areaAttribution) map.attributionControl.addAttribution("Gebieden: CBS/Kadaster");
      state.areaAttribution = true;
    }
  }
  if (place) {
    const ll = [place.latitude, place.longitude];
    points.push(ll);
    const radius = L.circle(ll, {
      radius: radiusKm * 1000, color: "#0b5e55", weight: 2, dashArray: "6 6", fill: false, interactive: false,
      className: "client-radius",
    }).addTo(markerLayer);
    state.radiusBounds = radius.getBounds();
    L.circleMarker(ll, {
      radius: 8, color: "#1c2430", weight: 3, fillColor: "#ffbf47", fillOpacity: 1, className: "client-place",
      pane: "client",
    }).bindTooltip(`Cliënt: postcode ${state.request.location.postal_code}`).addTo(markerLayer);
  }
  const venues = [];
  state.shown.forEach((item, i) => {
    const loc = item.activity.location;
    if (item.activity.delivery !== "in_person" || loc?.latitude == null) return;
    venues.push({ ll: [loc.latitude, loc.longitude], n: i + 1, item });
    points.push([loc.latitude, loc.longitude]);
  });
  state.venues = venues;
  state.markerKind = data.covered ? "result" : "alternative";
  // with no venue on the map (nothing found, or only online): show the whole radius
  // and the whole radius when there is little to show or something lies beyond it
  const beyond = state.shown.some((x) => x.distance_km != null && x.distance_km > radiusKm);
  if (place && (points.length < 3 || beyond)) {
    points.push(state.radiusBounds.getNorthWest(), state.radiusBounds.getSouthEast());
  }
  map.invalidateSize();
  state.fit = points.length ? L.latLngBounds(points) : null;
  if (state.fit) map.fitBounds(state.fit, { padding: [48, 48], maxZoom: 15, animate: false });
  placeMarkers();
}

// Numbered markers; activities that would overlap at this zoom share one ("1, 3"), so
// every number stays readable. Redone after each zoom.
function placeMarkers() {
  const map = state.map;
  if (!map || !state.venues) return;
  venueLayer.clearLayers();
  markersByNumber.clear();
  const groups = [];
  for (const v of state.venues) {
    const p = map.latLngToLayerPoint(v.ll);
    const near = groups.find((g) => g.p.distanceTo(p) < 30);
    if (near) near.items.push(v);
    else groups.push({ p, ll: v.ll, items: [v] });
  }
  for (const { ll, items } of groups) {
    const label = items.map((x) => x.n).join(", ");
    const names = items.map((x) => `${x.n}. ${x.item.activity.name}`);
    const width = Math.max(28, 14 + label.length * 8);
    const icon = L.divIcon({
      className: `num-marker ${state.markerKind}`, html: el("span", { text: label }),
      iconSize: [width, 28], iconAnchor: [width / 2, 14],
    });
    const marker = L.marker(ll, { icon, title: names.join("; "), keyboard: true, riseOnHover: true })
      .bindTooltip(el("div", {}, names.map((t) => el("div", { text: t }))), { direction: "top", offset: [0, -12] })
      .on("click", () => goToCard(items[0].n))
      .addTo(venueLayer);
    // the accessible name starts with the visible number(s), then what they are
    marker.getElement()?.setAttribute("aria-label", `${label}: ${items.map((x) => x.item.activity.name).join("; ")}`);
    for (const x of items) markersByNumber.set(x.n, marker);
  }
}

function goToCard(n) {
  const li = $(`act-${n}`);
  if (!li) return;
  li.scrollIntoView({ block: "center", behavior: "smooth" });
  li.focus({ preventScroll: true });
  li.classList.add("flash");
  setTimeout(() => li.classList.remove("flash"), 1500);
}

function highlightMarker(n, on) {
  markersByNumber.get(n)?.getElement()?.classList.toggle("hot", on);
}

// --- search --------------------------------------------------------------------------------
async function search(ev) {
  ev.preventDefault();
  const form = $("intake");
  const box = $("intake-error");
  const body = buildRequest();
  if (!body.location.postal_code) {
    showError(box, new ApiError(422, { errors: { json: { location: { postal_code: ["Vul de postcode van de cliënt in."] } } } }), form);
    $("postal_code").focus();
    return;
  }
  showError(box, null, form);
  const button = $("search");
  button.disabled = true;
  button.textContent = "Zoeken…";
  $("results").setAttribute("aria-busy", "true");
  announce("Zoeken naar passende activiteiten…");
  try {
    state.request = body;
    if (state.trajectory && !state.trajectory.snapshots.intake) {
      // the first spider web of a trajectory is its intake (the change to the close is an outcome)
      const { data: t } = await api(`trajectories/${encodeURIComponent(state.trajectory.id)}/snapshots/intake`,
        { method: "PUT", body: { scores: body.spider_web }, token });
      state.trajectory = t;
    }
    const { data } = await api("match", { method: "POST", body, token });
    renderResults(data);
  } catch (e) {
    showError(box, dutchFieldErrors(e), form);
    const bad = form.querySelector('[aria-invalid="true"]');
    if (bad) bad.focus();
  } finally {
    button.disabled = false;
    button.textContent = "Zoek passende activiteiten";
    $("results").removeAttribute("aria-busy");
  }
}

// --- outcome: chosen → welzijnsrecept; or no fit ---------------------------------------------
function lockChoice(message) {
  document.querySelectorAll('#cards input[name="chosen"]').forEach((i) => { i.disabled = true; });
  $("make-recipe").disabled = true;
  $("nofit-submit").disabled = true;
  $("nofit-reason").disabled = true;
  const done = $("outcome-done");
  done.hidden = false;
  done.textContent = message;
}

async function makeRecipe() {
  const box = $("outcome-error");
  const ids = chosenIds();
  if (!ids.length) {
    showError(box, new Error("Kies eerst minstens één activiteit (vink \u201cKiezen\u201d aan bij een kaartje)."));
    return;
  }
  showError(box, null);
  const button = $("make-recipe");
  button.disabled = true;
  try {
    const { data } = await api(`match/${encodeURIComponent(state.match.match_id)}/outcome`,
      { method: "POST", body: { chosen: ids }, token });
    state.outcome = data;
    document.body.dataset.outcome = "chosen";
    lockChoice(`Vastgelegd: ${ids.length} ${ids.length === 1 ? "activiteit" : "activiteiten"} gekozen. ` +
      (data.trajectory_id ? "De keuze staat ook in het traject. " : "") + "Het welzijnsrecept staat hieronder.");
    showRecipe(ids);
  } catch (e) {
    button.disabled = false;
    if (e instanceof ApiError && e.status === 409) {
      e.message = "Voor deze zoekopdracht is al een uitkomst vastgelegd. Zoek opnieuw voor een nieuwe keuze.";
    }
    showError(box, e);
  }
}

async function noFit(ev) {
  ev.preventDefault();
  const box = $("nofit-error");
  const reason = $("nofit-reason").value.trim();
  const button = $("nofit-submit");
  button.disabled = true;
  try {
    const { data } = await api(`match/${encodeURIComponent(state.match.match_id)}/outcome`,
      { method: "POST", body: { no_fit: true, ...(reason ? { reason } : {}) }, token });
    state.outcome = data;
    document.body.dataset.outcome = "no_fit";
    showError(box, null, $("nofit-form"));
    lockChoice(`Vastgelegd: geen passend aanbod (soort reden: ${REASON_NL[data.reason] || data.reason || "anders"}). Dit telt mee in het dekkingsrapport van de gemeente.`);
    $("outcome-done").focus?.();
    announce($("outcome-done").textContent);
  } catch (e) {
    button.disabled = false;
    if (e instanceof ApiError && e.status === 409) {
      e.message = "Voor deze zoekopdracht is al een uitkomst vastgelegd.";
    }
    showError(box, e, $("nofit-form"));
  }
}

function showRecipe(ids) {
  const items = ids.map((id) => state.shown.find((x) => x.activity.id === id)).filter(Boolean);
  const today = fmt.date(new Date().toISOString().slice(0, 10));
  const sheet = $("sheet");
  sheet.replaceChildren(
    el("header", { class: "sheet-head" },
      el("p", { class: "sheet-brand", text: "Welzijn op Recept" }),
      el("h2", { id: "recipe-title", tabindex: "-1", text: "Welzijnsrecept" }),
      el("p", { text: `Samen uitgezocht op ${today}. Je bent welkom bij:` })),
    el("ol", { class: "sheet-items" }, items.map((item) => {
      const a = item.activity;
      // for the client: what it works on, and the practical fit (not the scores or km)
      const dims = (item.dimensions || []).map((d) => DIMENSIONS.find((x) => x.code === d)?.label || d);
      const why = (item.reasons || []).filter((r) => !r.includes("→") && !/^\d+(,\d+)? km$/.test(r));
      return el("li", { class: "sheet-item" },
        el("h3", { text: a.name }),
        a.organization?.name ? el("p", { class: "org", text: a.organization.name }) : null,
        a.description ? el("p", { text: a.description }) : null,
        dl([
          ["Waar", [placeText(a), item.distance_km != null ? ` (${fmt.km(item.distance_km)})` : ""]],
          ["Wanneer", scheduleLines(a).map((l, i) => (i ? [el("br"), l] : l)).flat()],
          ["Kosten", costText(a)],
          a.delivery === "in_person" ? ["Toegankelijk", accessText(a)] : null,
          a.application_process ? ["Aanmelden", a.application_process] : null,
          ["Contact", contactNodes(a)],
          dims.length ? ["Werkt aan", dims.join(", ")] : null,
          why.length ? ["Waarom dit bij je past", why.join(" · ")] : null,
          item.gives?.length ? ["Let op", item.gives.join(" · ")] : null,
          a.stale ? ["Let op", "Deze activiteit is al lang niet bevestigd: vraag eerst na of het nog doorgaat."] : null,
        ]));
    })),
    el("footer", { class: "sheet-foot" },
      el("p", { text: "Vragen, of lukt het niet? Neem contact op met je welzijnscoach." }),
      el("div", { class: "write-lines" },
        el("p", {}, "Welzijnscoach: ", el("span", { class: "line" })),
        el("p", {}, "Telefoon: ", el("span", { class: "line" })),
        el("p", {}, "Volgende afspraak: ", el("span", { class: "line" })))));
  $("recipe").hidden = false;
  document.body.classList.add("has-recipe");
  $("recipe-title").focus();
  $("recipe").scrollIntoView({ block: "start" });
  announce("Het welzijnsrecept staat klaar. De keuze is vastgelegd.");
}

// --- a trajectory's intake: the page starts from it ----------------------------------------
async function startFromTrajectory() {
  const id = new URLSearchParams(location.search).get("traject");
  if (!id) return;
  let t;
  try {
    ({ data: t } = await api(`trajectories/${encodeURIComponent(id)}`, { token }));
  } catch {
    return;  // not this organisation's, or gone: a plain intake
  }
  if (t.status !== "open") return;
  state.trajectory = t;
  const r = t.referral;
  const back = `/coach/trajecten?traject=${encodeURIComponent(t.id)}`;
  $("app").prepend(el("p", { class: "notice no-print-recipe", id: "trajectory-banner" },
    `Intake voor traject ${r.client_reference} (verwezen op ${fmt.date(r.referral_date)}; ${r.icpc.code} ${r.icpc.label}). `,
    t.snapshots.intake ? "Het spinnenweb is ingevuld met de intake; " : "Het spinnenweb wordt bij het zoeken de intake van het traject; ",
    "de gekozen activiteiten komen in het traject. ",
    el("a", { href: back, text: "Terug naar het traject" })));
  for (const [code, v] of Object.entries(t.snapshots.intake?.scores || {})) {
    if (sliders[code]) setScore(code, v, "trajectory");
  }
}

// --- wiring ----------------------------------------------------------------------------------
buildSliders();
buildRequirementFields();
buildChart();
paintFocus();
await startFromTrajectory();
$("intake").addEventListener("submit", search);
$("make-recipe").addEventListener("click", makeRecipe);
$("nofit-form").addEventListener("submit", noFit);
$("print").addEventListener("click", () => window.print());
$("back").addEventListener("click", () => { $("results-title").focus(); $("results").scrollIntoView(); });
$("new-intake").addEventListener("click", () => {
  // a fresh page forgets everything about this client; the token stays for the session
  window.location.reload();
});
