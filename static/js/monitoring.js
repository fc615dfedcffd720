// The municipality page's monitoring of Welzijn op Recept (GET /api/v1/monitoring): the
// headline figures of a quarter, the trend over four quarters, the spider-web change per
// dimension and the breakdowns (referrer type, ICPC code, close reason, category, stop
// reason), each chart with a table. Hidden cells show as "<5" or "—". Chart.js is the
// page's classic script (window.Chart).

import { API, ApiError, announce, api, el, fmt, showError } from "./common.js";

const $ = (id) => document.getElementById(id);
const charts = {};
const count = (n) => (typeof n === "number" ? fmt.num(n) : n === null || n === undefined ? "—" : String(n));
const numeric = (v) => (typeof v === "number" ? v : null);
const quarterNl = (q) => q.replace(/^(\d{4})-Q(\d)$/, "$2e kwartaal $1");
const TREND = [
  ["referrals", "Verwijzingen", "#0b5e55"],
  ["clients_in_trajectory", "Cliënten in een traject", "#5e3c99"],
  ["closed_trajectories", "Afgesloten trajecten", "#b2abd2"],
  ["participating_after_3_months", "Neemt na 3 maanden nog deel", "#fdb863"],
  ["dropouts", "Uitval", "#e66101"],
];
const BREAKDOWNS = [
  ["inflow", "by_referrer_type", "Verwijzingen per soort verwijzer"],
  ["inflow", "by_icpc", "Verwijzingen per ICPC-code"],
  ["throughput", "closed_by_reason", "Afgesloten trajecten per reden"],
  ["outflow", "chosen_by_category", "Gekozen activiteiten per categorie"],
  ["outflow", "dropouts_by_reason", "Uitval per reden van stoppen"],
];

function chart(id, config, label) {
  const canvas = $(id);
  canvas.setAttribute("aria-label", label);
  if (!window.Chart) return;
  charts[id]?.destroy();
  charts[id] = new window.Chart(canvas, config);
}

function tiles(r) {
  const t = r.throughput;
  const o = r.outflow;
  const minutes = t.conversation_minutes_mean === null ? "—" : `${fmt.num(t.conversation_minutes_mean)} min`;
  const items = [
    ["Verwijzingen", count(r.inflow.referrals)],
    ["Cliënten in een traject", count(t.clients_in_trajectory)],
    ["Gesprekken", count(t.conversations)],
    ["Gemiddelde gespreksduur", minutes],
    ["Totale gesprekstijd", t.conversation_minutes_total === null ? "—" : `${fmt.num(Math.round(t.conversation_minutes_total / 60))} uur`],
    ["Gesprekken per afgesloten traject", t.conversations_per_trajectory_mean === null ? "—" : fmt.num(t.conversations_per_trajectory_mean)],
    ["Afgesloten trajecten", count(t.closed_trajectories)],
    ["Gekozen activiteiten", count(o.chosen_activities)],
    ["Deelnemers via WoR", count(o.participants)],
    ["Neemt na 3 maanden nog deel", count(o.participating_after_3_months)],
    ["Neemt na 6 maanden nog deel", count(o.participating_after_6_months)],
    ["Uitval", count(o.dropouts)],
  ];
  $("monitoring-tiles").replaceChildren(el("dl", { class: "tile-list" },
    items.map(([k, v]) => el("div", { class: "tile" }, el("dt", { text: k }), el("dd", { text: v })))));
  $("monitoring-hidden").textContent = r.suppressed_cells
    ? `${r.suppressed_cells} ${r.suppressed_cells === 1 ? "cel is" : "cellen zijn"} weggelaten (minder dan ${r.small_cell_threshold} cliënten, of af te leiden uit het totaal).`
    : "Geen cellen weggelaten.";
}

function trend(r) {
  chart("monitoring-trend-chart", {
    type: "bar",
    data: {
      labels: r.trend.map((q) => quarterNl(q.quarter)),
      datasets: TREND.map(([key, label, color]) => ({ label, data: r.trend.map((q) => numeric(q[key])), backgroundColor: color })),
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { position: "bottom" } } },
  }, `Staafdiagram per kwartaal: ${r.trend.map((q) => `${quarterNl(q.quarter)}: ${count(q.referrals)} verwijzingen, ${count(q.clients_in_trajectory)} cliënten in een traject`).join("; ")}.`);
  const table = $("monitoring-trend-table");
  table.tHead.replaceChildren(el("tr", {}, el("th", { scope: "col", text: "Kwartaal" }),
    TREND.map(([, label]) => el("th", { scope: "col", class: "num", text: label }))));
  table.tBodies[0].replaceChildren(...r.trend.map((q) => el("tr", {}, el("th", { scope: "row", text: quarterNl(q.quarter) }),
    TREND.map(([key]) => el("td", { class: "num", text: count(q[key]) })))));
}

function web(r) {
  const rows = r.spider_web_change;
  chart("monitoring-web-chart", {
    type: "bar",
    data: { labels: rows.map((d) => d.label),
      datasets: [{ label: "Gemiddelde verandering", data: rows.map((d) => d.mean_change), backgroundColor: "#0b5e55" }] },
    options: { indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { suggestedMin: 0, title: { display: true, text: "punten (0-10)" } } }, plugins: { legend: { display: false } } },
  }, `Staafdiagram: gemiddelde verandering per dimensie. ${rows.map((d) => `${d.label}: ${d.mean_change === null ? "weggelaten" : fmt.num(d.mean_change)}`).join("; ")}.`);
  $("monitoring-web-table").tBodies[0].replaceChildren(...rows.map((d) => el("tr", {},
    el("th", { scope: "row", text: d.label }), el("td", { class: "num", text: count(d.trajectories) }),
    el("td", { class: "num", text: d.mean_change === null ? "—" : `${d.mean_change > 0 ? "+" : ""}${fmt.num(d.mean_change)}` }))));
}

function breakdowns(r) {
  $("monitoring-breakdowns").replaceChildren(...BREAKDOWNS.map(([section, key, title], i) => {
    const rows = r[section][key];
    const id = `monitoring-${key}`;
    const card = el("section", { class: "card", "aria-labelledby": `${id}-title` },
      el("h3", { id: `${id}-title`, text: title }),
      rows.length ? el("div", { class: "chart-box" }, el("canvas", { id: `${id}-chart`, role: "img" })) :
        el("p", { class: "help", text: "Niets in dit kwartaal." }),
      el("div", { class: "table-wrap" }, el("table", { id: `${id}-table` },
        el("caption", { class: "sr-only", text: title }),
        el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "" + (i < 2 ? "Soort" : "Wat") }), el("th", { scope: "col", class: "num", text: "Aantal" }))),
        el("tbody", {}, rows.map((c) => el("tr", {}, el("th", { scope: "row", text: c.label }), el("td", { class: "num", text: count(c.count) })))))));
    return card;
  }));
  for (const [section, key, title] of BREAKDOWNS) {
    const rows = r[section][key];
    if (!rows.length) continue;
    chart(`monitoring-${key}-chart`, {
      type: "bar",
      data: { labels: rows.map((c) => (c.label.length > 38 ? `${c.label.slice(0, 36)}…` : c.label)),
        datasets: [{ label: "Aantal", data: rows.map((c) => numeric(c.count)), backgroundColor: "#5e3c99" }] },
      options: { indexAxis: "y", animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
    }, `Staafdiagram: ${title.toLowerCase()}. ${rows.map((c) => `${c.label}: ${count(c.count)}`).join("; ")}.`);
  }
}

function quarters() {
  const out = [];
  const now = new Date();
  let year = now.getFullYear();
  let q = Math.floor(now.getMonth() / 3) + 1;
  for (let i = 0; i < 8; i += 1) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) { q = 4; year -= 1; }
  }
  return out;
}

export async function initMonitoring({ token, municipality }) {
  const select = $("monitoring-quarter");
  const wanted = new URLSearchParams(location.search).get("kwartaal");
  select.replaceChildren(...quarters().map((q) => el("option", { value: q, text: quarterNl(q), selected: q === wanted })));
  const query = (extra = {}) => new URLSearchParams({ municipality: municipality(), quarter: select.value.replace("-", ""), ...extra });

  async function load() {
    try {
      const { data } = await api(`monitoring?${query()}`, { token });
      showError($("monitoring-error"), null);
      tiles(data);
      trend(data);
      web(data);
      breakdowns(data);
      document.getElementById("monitoring").dataset.quarter = data.quarter;
      announce(`Monitoring ${quarterNl(data.quarter)} geladen.`);
    } catch (e) {
      showError($("monitoring-error"), e);
    }
  }

  $("monitoring-download").addEventListener("click", async () => {
    try {
      const resp = await fetch(`${API}/monitoring?${query({ format: "csv" })}`, {
        headers: { Accept: "text/csv", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        credentials: "same-origin",  // the session cookie
      });
      if (!resp.ok) throw new ApiError(resp.status, await resp.json().catch(() => ({})));
      const url = URL.createObjectURL(await resp.blob());
      const a = el("a", { href: url, download: `monitoring-${municipality()}-${select.value}.csv`, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      showError($("monitoring-error"), e);
    }
  });
  select.addEventListener("change", load);
  await load();
  return load;
}
