// The municipality's coverage report: coverage against the 80% target, the gaps (area ×
// category × binding requirement), a map of the wijken coloured by coverage, charts per
// category and per quarter (each with a table), and the CSV download.
// Leaflet (window.L) and Chart.js (window.Chart) come from classic script tags.

import {
  API, ApiError, announce, api, el, fmt, labelMap, showError, showSignedIn, signIn, vocabularies,
} from "./common.js";
import { reportStats } from "./municipality-reports.js";
import { initMonitoring } from "./monitoring.js";

const $ = (id) => document.getElementById(id);

// Colour-blind-safe diverging scale (ColorBrewer PuOr): oranges below the 80% target,
// purples at or above it; grey when too few clients to show a share. Each class has a text.
const BINS = [
  { max: 0.6, color: "#e66101", cls: "b0", text: "minder dan 60%" },
  { max: 0.8, color: "#fdb863", cls: "b1", text: "60% tot 80% (onder het doel)" },
  { max: 0.9, color: "#b2abd2", cls: "b2", text: "80% tot 90% (doel gehaald)" },
  { max: Infinity, color: "#5e3c99", cls: "b3", text: "90% of meer" },
];
const NO_DATA = { color: "#d0d4d9", cls: "none", text: "te weinig intakes (minder dan 5) of geen" };
const MET = "#5e3c99";
const UNMET = "#e66101";

// The report's requirement codes in Dutch (accessibility codes come from the vocabularies).
const CONSTRAINT_NL = {
  free: "gratis",
  cost: "maximale kosten",
  language: "taal",
  days: "dagen",
  part_of_day: "dagdeel",
  delivery: "vorm (op locatie, online, aan huis)",
  age: "leeftijd",
  distance: "afstand",
  none_single: "geen enkele eis alleen",
};

const state = { token: null, me: null, vocab: null, settings: {}, map: null, layer: null, charts: {}, fitted: false, quarters: null };

const binOf = (coverage) => (typeof coverage === "number" ? BINS.find((b) => coverage < b.max) : NO_DATA);
const count = (n) => (typeof n === "number" ? fmt.num(n) : n === null || n === undefined ? "—" : String(n));
// The report hides a share that would give a small count away and gives a bound instead.
const level = (r) => (typeof r?.coverage === "number" ? r.coverage
  : typeof r?.coverage_at_least === "number" ? r.coverage_at_least
    : typeof r?.coverage_at_most === "number" ? r.coverage_at_most : null);
const shareOf = (r) => (typeof r?.coverage === "number" ? fmt.pct(r.coverage)
  : typeof r?.coverage_at_least === "number" ? `≥ ${fmt.pct(r.coverage_at_least)}`
    : typeof r?.coverage_at_most === "number" ? `≤ ${fmt.pct(r.coverage_at_most)}` : "—");
const quarterNl = (q) => q.replace(/^(\d{4})-Q(\d)$/, "$2e kwartaal $1");

function constraintNl(code) {
  const access = labelMap(state.vocab, "accessibility");
  return CONSTRAINT_NL[code] || (access[code] ? access[code].toLowerCase() : code);
}

function municipality() {
  if (state.me.role === "admin") return ($("municipality").value.trim().toUpperCase() || "GM1948");
  return state.me.municipality;
}

function period() {
  return { from: $("from").value, to: $("to").value };
}

function query(extra = {}) {
  const p = new URLSearchParams({ municipality: municipality() });
  const { from, to } = period();
  if (from) p.set("from", from);
  if (to) p.set("to", to);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

function periodText() {
  const { from, to } = period();
  if (from && to) return `van ${fmt.date(from)} tot en met ${fmt.date(to)}`;
  if (from) return `vanaf ${fmt.date(from)}`;
  if (to) return `tot en met ${fmt.date(to)}`;
  return "over de hele periode";
}

// --- headline ------------------------------------------------------------------------
function renderHeadline(r) {
  const target = r.target ?? 0.8;
  const text = $("coverage-text");
  const detail = $("coverage-detail");
  $("coverage-target").style.left = `${target * 100}%`;
  const fill = $("coverage-fill");
  if (level(r) === null) {
    text.textContent = `Te weinig intakes om de dekking te tonen — doel ${fmt.pct(target)}`;
    detail.textContent = `${r.clients === 0 ? "Geen" : count(r.clients)} intakes ${periodText()}. ` +
      "Onder de 5 cliënten tonen we geen percentages.";
    fill.style.width = "0";
    fill.className = "fill";
    return;
  }
  text.replaceChildren(
    el("strong", { text: shareOf(r) }),
    ` van de cliënten vond iets passends — doel ${fmt.pct(target)}`);
  const fillTo = level(r);
  fill.style.width = `${Math.min(100, fillTo * 100)}%`;
  fill.className = `fill ${fillTo >= target ? "met" : "unmet"}`;
  if (typeof r.coverage !== "number") {  // few unmet (or few covered): no exact counts
    detail.textContent = `${fmt.num(r.clients)} intakes ${periodText()}: ` +
      `${typeof r.unmet === "string" ? `minder dan 5 cliënten vonden niets passends` : `minder dan 5 cliënten vonden iets passends`}` +
      " (kleine aantallen tonen we niet, ook niet via het totaal).";
    return;
  }
  const unmet = r.unmet;
  const diff = Math.round((r.coverage - target) * 100);
  const verdict = diff >= 0
    ? (diff === 0 ? "Het doel is precies gehaald." : `Dat is ${diff} procentpunt boven het doel.`)
    : `Dat is ${-diff} procentpunt onder het doel.`;
  detail.textContent = `${fmt.num(r.clients)} intakes ${periodText()}: ${fmt.num(r.covered)} cliënten vonden ` +
    `iets passends, ${fmt.num(unmet)} niet (${fmt.pct(unmet / r.clients)}). ${verdict}`;
}

// --- gaps table ------------------------------------------------------------------------
function supplyText(s) {
  if (!s) return "—";
  const parts = [`${s.cycling} activiteiten`];
  const of = [];
  if (s.wheelchair !== undefined) of.push(`${s.wheelchair} rolstoeltoegankelijk`);
  if (s.free !== undefined) of.push(`${s.free} gratis`);
  if (s.evening !== undefined) of.push(`${s.evening} ’s avonds`);
  if (of.length) parts.push(`waarvan ${of.join(", ")}`);
  if (s.remote) parts.push(`plus ${s.remote} online of aan huis`);
  return parts.join(", ");
}

function renderGaps(r) {
  const cats = labelMap(state.vocab, "categories");
  const body = $("gaps-table").tBodies[0];
  const gaps = [...(r.gaps || [])].sort((a, b) => b.unmet - a.unmet);
  body.replaceChildren(...gaps.map((g) => {
    const near = g.closing?.nearest_that_would_fit_but || [];
    // roles and labels keep the table a table when narrow screens stack its cells
    const cell = (label, attrs, ...children) => el("td", { role: "cell", "data-label": label, ...attrs }, ...children);
    return el("tr", { role: "row", dataset: { area: g.area.code || "", category: g.category } },
      el("th", { scope: "row", role: "rowheader", text: g.area.name }),
      cell("Categorie", { text: g.category_label || cats[g.category] || g.category }),
      cell("Eis die de doorslag gaf", {}, el("ul", { class: "plain" },
        g.constraints.map((c, i) => el("li", { text: `${i ? "of " : ""}${constraintNl(c)}` })))),
      cell("Cliënten zonder passend aanbod", { class: "num", text: count(g.unmet) }),
      cell("Aanbod binnen 5 km", { class: "supply", text: supplyText(g.supply) }),
      cell("Bijna passend", {}, near.length
        ? el("ul", { class: "plain near" }, near.slice(0, 2).map((n) => el("li", { text: n.text })))
        : "—"));
  }));
  if (!gaps.length) {
    body.append(el("tr", { role: "row" }, el("td", { role: "cell", colspan: 6, class: "empty", text: "Geen tekorten van 5 of meer cliënten in deze periode." })));
  }
  const hidden = r.suppressed_cells || 0;
  const threshold = r.small_cell_threshold || 5;
  $("gaps-hidden").textContent = hidden
    ? `Minder dan ${threshold} cliënten: niet getoond. ${hidden} kleinere ${hidden === 1 ? "cel" : "cellen"} ` +
      `(combinaties van wijk, categorie en eis, of kwartalen) ${hidden === 1 ? "valt" : "vallen"} daaronder, ` +
      "zodat niemand in een kleine kern herkenbaar is."
    : `Cellen met minder dan ${threshold} cliënten worden nooit getoond; in deze periode zijn er geen.`;
}

// --- map ---------------------------------------------------------------------------------
function renderLegend() {
  $("legend").replaceChildren(...[...BINS, NO_DATA].map((b) =>
    el("li", {}, el("span", { class: `swatch ${b.cls}`, "aria-hidden": "true" }), b.text)));
}

function ensureMap() {
  if (state.map || !window.L) return state.map;
  const tiles = state.settings.map_tiles;
  const map = L.map("map", { zoomSnap: 0.25, attributionControl: Boolean(tiles), scrollWheelZoom: false });
  if (tiles) {
    L.tileLayer(tiles, { attribution: state.settings.map_attribution || "", maxZoom: 18 }).addTo(map);
  } else {
    map.getContainer().classList.add("no-tiles");
  }
  map.setView([51.6, 5.52], 11);
  state.map = map;
  return map;
}

function popupContent(name, row) {
  return el("div", { class: "popup" },
    el("strong", { text: name }),
    el("br"),
    row && level(row) !== null
      ? `Dekking ${shareOf(row)}`
      : "Te weinig intakes voor een percentage",
    el("br"),
    `${count(row?.clients ?? 0)} intakes, ${count(row?.covered)} vonden iets passends`);
}

async function renderMap(r) {
  const map = ensureMap();
  if (!map) return;
  if (!state.shapes || state.shapes.municipality !== municipality()) {
    const { data } = await api(`areas?municipality=${encodeURIComponent(municipality())}`);
    state.shapes = { municipality: municipality(), data };
  }
  const rows = Object.fromEntries((r.areas || []).map((a) => [a.area.code, a]));
  const features = state.shapes.data.features.filter((f) => rows[f.properties.code]);
  if (state.layer) state.layer.remove();
  state.layer = L.geoJSON({ type: "FeatureCollection", features }, {
    style: (f) => {
      const row = rows[f.properties.code];
      const bin = binOf(level(row));
      return {
        color: "#1c2430", weight: 1.5, fillColor: bin.color, fillOpacity: 0.85,
        dashArray: bin === NO_DATA ? "4 4" : null, className: `area area-${bin.cls}`,
      };
    },
    onEachFeature: (f, layer) => {
      const row = rows[f.properties.code];
      const name = f.properties.name;
      // labels on the map itself, so the colour is never the only carrier of the number
      layer.bindTooltip(el("span", { class: "area-label-text" },
        el("strong", { text: name }), el("br"),
        level(row) !== null ? shareOf(row) : "<5"),
      { permanent: true, direction: "center", className: "area-label", opacity: 1 });
      layer.bindPopup(popupContent(name, row));
    },
  }).addTo(map);
  map.getContainer().dataset.areas = String(features.length);
  if (!state.fitted && features.length) {
    map.invalidateSize();
    map.fitBounds(state.layer.getBounds(), { padding: [8, 8] });
    state.fitted = true;
  }
}

function renderAreasTable(r) {
  const rows = [...(r.areas || [])].sort((a, b) => a.area.name.localeCompare(b.area.name, "nl"));
  $("areas-table").tBodies[0].replaceChildren(...rows.map((a) => {
    const bin = binOf(level(a));
    return el("tr", { dataset: { area: a.area.code } },
      el("th", { scope: "row" }, el("span", { class: `swatch ${bin.cls}`, "aria-hidden": "true" }), a.area.name),
      el("td", { class: "num", text: count(a.clients) }),
      el("td", { class: "num", text: count(a.covered) }),
      el("td", { class: "num", text: count(a.unmet) }),
      el("td", { class: "num", text: shareOf(a) }));
  }));
  if (!rows.length) {
    $("areas-table").tBodies[0].append(el("tr", {}, el("td", { colspan: 5, text: "Geen wijken geladen (socialmap areas import)." })));
  }
}

// --- charts --------------------------------------------------------------------------------
function chart(id, config, label) {
  const canvas = $(id);
  canvas.setAttribute("aria-label", label);
  if (!window.Chart) return;
  Chart.defaults.color = "#1c2430";
  Chart.defaults.font.size = 13;
  state.charts[id]?.destroy();
  state.charts[id] = new Chart(canvas, config);
}

const numeric = (v) => (typeof v === "number" ? v : null);

function renderCategories(r) {
  const rows = r.categories || [];
  const labels = rows.map((c) => c.category_label);
  const summary = rows.map((c) => `${c.category_label}: ${count(c.clients)} intakes, ${
    level(c) !== null ? `${shareOf(c)} vond iets passends` : `${count(c.unmet)} niets passends`}`);
  chart("categories-chart", {
    type: "bar",
    data: {
      labels,
      datasets: [
        { label: "Vond iets passends", data: rows.map((c) => numeric(c.covered)), backgroundColor: MET },
        { label: "Niets passends", data: rows.map((c) => numeric(c.unmet)), backgroundColor: UNMET },
        // a small count hides its complement too: then only the number of intakes is shown
        {
          label: "Intakes (verdeling verborgen: een van beide onder 5)",
          data: rows.map((c) => (numeric(c.covered) === null && numeric(c.unmet) === null ? numeric(c.clients) : null)),
          backgroundColor: "#b8c0cc",
        },
      ],
    },
    options: {
      indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true, title: { display: true, text: "cliënten" }, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { footer: () => "Aantallen onder de 5 worden niet getoond" } } },
    },
  }, `Staafdiagram: intakes per categorie, gesplitst in wel en niets passends. ${summary.join("; ")}.`);
  $("categories-table").tBodies[0].replaceChildren(...rows.map((c) => el("tr", {},
    el("th", { scope: "row", text: c.category_label }),
    el("td", { class: "num", text: count(c.clients) }),
    el("td", { class: "num", text: count(c.covered) }),
    el("td", { class: "num", text: count(c.unmet) }),
    el("td", { class: "num", text: shareOf(c) }))));
}

// The target as a dashed horizontal line across the whole chart, with its label (drawn on
// the canvas, so it shows with a single quarter too).
function targetLine(value, text) {
  return {
    id: "targetLine",
    afterDatasetsDraw(c) {
      const { ctx, chartArea: area, scales: { y } } = c;
      const at = y.getPixelForValue(value);
      ctx.save();
      ctx.strokeStyle = UNMET;
      ctx.lineWidth = 2;
      ctx.setLineDash([8, 5]);
      ctx.beginPath();
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#8a3a00";
      ctx.font = "600 13px system-ui, sans-serif";
      ctx.textAlign = "right";
      ctx.fillText(text, area.right - 4, at - 6);
      ctx.restore();
    },
  };
}

function renderTrend(r) {
  const trend = r.trend || [];
  const target = r.target ?? 0.8;
  const noFit = Object.fromEntries((r.monitoring || []).map((m) => [m.quarter, m.no_fit_outcomes]));
  chart("trend-chart", {
    type: "line",
    data: {
      labels: trend.map((t) => quarterNl(t.quarter)),
      datasets: [
        {
          label: "Dekking", data: trend.map((t) => (level(t) !== null ? level(t) * 100 : null)),
          borderColor: MET, backgroundColor: MET, borderWidth: 3, pointRadius: 5, pointStyle: "circle", spanGaps: false,
        },
      ],
    },
    plugins: [targetLine(target * 100, `doel ${fmt.pct(target)}`)],
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: { offset: true },
        y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` }, title: { display: true, text: "vond iets passends" } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${fmt.num(c.parsed.y)}%` } },
      },
    },
  }, `Lijndiagram: dekking per kwartaal tegen het doel van ${fmt.pct(target)}. ` +
    trend.map((t) => `${quarterNl(t.quarter)}: ${shareOf(t)} van ${count(t.clients)} intakes`).join("; ") + ".");
  $("trend-table").tBodies[0].replaceChildren(...trend.map((t) => el("tr", {},
    el("th", { scope: "row", text: quarterNl(t.quarter) }),
    el("td", { class: "num", text: count(t.clients) }),
    el("td", { class: "num", text: count(t.covered) }),
    el("td", { class: "num", text: shareOf(t) }),
    el("td", { class: "num", text: count(noFit[t.quarter]) }))));
}

// Quarter shortcuts from the whole period's trend (filled once per municipality).
function fillQuarters(r) {
  if (state.quarters === municipality()) return;
  state.quarters = municipality();
  const select = $("quarter");
  select.replaceChildren(el("option", { value: "", text: "Hele periode" }),
    ...(r.trend || []).map((t) => el("option", { value: t.quarter, text: quarterNl(t.quarter) })));
}

function quarterBounds(q) {
  const m = /^(\d{4})-Q(\d)$/.exec(q);
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3;
  const pad = (n) => String(n).padStart(2, "0");
  const last = new Date(Date.UTC(year, first + 3, 0)).getUTCDate();
  return { from: `${year}-${pad(first + 1)}-01`, to: `${year}-${pad(first + 3)}-${pad(last)}` };
}

// --- load ----------------------------------------------------------------------------------
async function load() {
  const report = $("report");
  const error = $("error");
  const form = $("filter");
  report.setAttribute("aria-busy", "true");
  try {
    const { data } = await api(`gaps?${query()}`, { token: state.token });
    showError(error, null, form);
    if (!period().from && !period().to) fillQuarters(data);
    else if (state.quarters !== municipality()) {
      // opened with a period (a shared link): the shortcuts come from the whole period
      api(`gaps?${new URLSearchParams({ municipality: municipality() })}`, { token: state.token })
        .then((r) => fillQuarters(r.data)).catch(() => {});
    }
    renderHeadline(data);
    renderGaps(data);
    renderAreasTable(data);
    renderCategories(data);
    renderTrend(data);
    reportStats($("report-stats"), { token: state.token, municipality: municipality(), ...period() });
    await renderMap(data);
    const u = new URL(location.href);
    for (const k of ["from", "to"]) {
      if (period()[k]) u.searchParams.set(k, period()[k]); else u.searchParams.delete(k);
    }
    history.replaceState(null, "", u);
    announce(level(data) !== null
      ? `Rapport geladen: ${shareOf(data)} van ${fmt.num(data.clients)} cliënten vond iets passends.`
      : "Rapport geladen: te weinig intakes voor een percentage.");
  } catch (e) {
    showError(error, e, form);
  } finally {
    report.removeAttribute("aria-busy");
  }
}

// The CSV is fetched (with the session cookie) and handed over as a file with a good name.
async function downloadCsv() {
  const button = $("download");
  button.disabled = true;
  try {
    const resp = await fetch(`${API}/gaps?${query({ format: "csv" })}`, {
      headers: { Accept: "text/csv" }, credentials: "same-origin",
    });
    if (!resp.ok) {
      let body = {};
      try { body = await resp.json(); } catch { /* not JSON */ }
      throw new ApiError(resp.status, body);
    }
    const blob = await resp.blob();
    const { from, to } = period();
    const when = from || to ? `${from || "begin"}-tot-${to || "nu"}` : "alles";
    const name = `dekking-${municipality()}-${when}.csv`;
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(`${name} gedownload.`);
  } catch (e) {
    showError($("error"), e, $("filter"));
  } finally {
    button.disabled = false;
  }
}

async function main() {
  const { token, me } = await signIn("municipality", $("signin"));
  state.token = token;
  state.me = me;
  showSignedIn($("who"), "municipality", me);
  const params = new URLSearchParams(location.search);
  if (params.get("from")) $("from").value = params.get("from");
  if (params.get("to")) $("to").value = params.get("to");
  if (me.role === "admin") {
    $("municipality-field").hidden = false;
    $("municipality").value = params.get("gemeente") || me.municipality || "GM1948";
  }
  $("app").hidden = false;
  const [vocab, settings] = await Promise.all([
    vocabularies(),
    api("settings").then((r) => r.data).catch(() => ({})),
  ]);
  state.vocab = vocab;
  state.settings = settings;
  $("demo-note").hidden = !settings.demo_signin;
  renderLegend();

  $("filter").addEventListener("submit", (ev) => {
    ev.preventDefault();
    $("quarter").value = "";
    load();
  });
  $("quarter").addEventListener("change", () => {
    const q = $("quarter").value;
    const b = q ? quarterBounds(q) : { from: "", to: "" };
    $("from").value = b.from;
    $("to").value = b.to;
    load();
  });
  $("municipality").addEventListener("change", () => { state.fitted = false; });
  $("download").addEventListener("click", downloadCsv);
  await load();
  const reloadMonitoring = await initMonitoring({ token, municipality });
  $("municipality").addEventListener("change", reloadMonitoring);
}

main();
