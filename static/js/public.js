// The residents' page: search the sociale kaart without signing in, in plain Dutch, with a
// map and a print view. Nothing about the searcher is kept: no token, no cookies, no match
// log; the search words only go to our own server. Leaflet is a classic script (global L).
/* global L */

import { announce, api, el, fmt, labelMap, showError, vocabularies } from "./common.js";
import { reportControl } from "./report.js";

const $ = (id) => document.getElementById(id);
const vocab = await vocabularies();
const settings = await api("settings").then((r) => r.data).catch(() => ({}));
const L_CAT = labelMap(vocab, "categories");
const L_ACC = labelMap(vocab, "accessibility");
const L_DAY = labelMap(vocab, "days");
const L_COST = labelMap(vocab, "cost_options");
const L_CAP = labelMap(vocab, "capacity");
const PER_PAGE = 20;
const ACCESS = ["wheelchair", "step_free", "accessible_toilet", "hearing_loop", "public_transport"];
const state = { page: 1, items: [], total: 0, map: null, layer: null, areas: null };
window.residents = state; // for the browser tests

// --- the form ----------------------------------------------------------------------------
for (const c of vocab.categories) $("category").append(el("option", { value: c.code, text: c.label }));
for (const code of ACCESS) {
  $("access").append(el("label", {}, el("input", { type: "checkbox", name: "accessibility", value: code }), ` ${L_ACC[code] || code}`));
}
for (const d of vocab.days) {
  $("days").append(el("label", {}, el("input", { type: "checkbox", name: "day", value: d.code }), ` ${d.label}`));
}

function query(page) {
  const f = $("search");
  const p = new URLSearchParams();
  const q = f.elements.q.value.trim();
  if (q) p.set("q", q);
  if (f.elements.category.value) p.set("category", f.elements.category.value);
  const place = f.elements.place.value.trim();
  if (place) { p.set("place", place); p.set("radius_km", f.elements.radius_km.value); }
  const access = [...f.querySelectorAll("input[name=accessibility]:checked")].map((i) => i.value);
  if (access.length) p.set("accessibility", access.join(","));
  const cost = f.querySelector("input[name=cost]:checked")?.value;
  if (cost === "free") p.set("free", "true");
  else if (cost) p.set("max_cost", cost);
  const days = [...f.querySelectorAll("input[name=day]:checked")].map((i) => i.value);
  if (days.length) p.set("day", days.join(","));
  if (f.elements.room.checked) p.set("room", "true");
  p.set("page", String(page));
  p.set("per_page", String(PER_PAGE));
  return p;
}

// --- what a listing says, in plain words ----------------------------------------------
const time = (t) => (t || "").slice(0, 5).replace(":", ".");
const joinNl = (xs) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} en ${xs[xs.length - 1]}`);

function whenText(a) {
  const lines = (a.schedules || []).map((s) => {
    const days = joinNl((s.days || []).map((d) => (L_DAY[d] || d).toLowerCase()));
    let text = s.interval === 2 ? `Om de week op ${days}` : `Elke ${days}`;
    if (s.opens_at) text += ` van ${time(s.opens_at)}${s.closes_at ? ` tot ${time(s.closes_at)}` : ""} uur`;
    return text;
  });
  return lines.length ? lines : ["Tijd in overleg: neem contact op."];
}

function costText(a) {
  const costs = (a.costs || []).filter((c) => c.amount > 0);
  if (!costs.length || a.monthly_cost_eur === 0) return "Gratis";
  return costs.map((c) => `${fmt.euro(c.amount)} ${L_COST[c.option] || c.option}`).join(" of ");
}

function placeText(a) {
  if (a.delivery === "online") return "Online, op de computer, tablet of telefoon";
  if (a.delivery === "at_home") return "Bij je thuis";
  const loc = a.location || {};
  return [loc.name, loc.address, [loc.postal_code, loc.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "Plaats onbekend";
}

function accessText(a) {
  if (a.delivery !== "in_person") return "Je hoeft nergens heen";
  const labels = (a.accessibility || []).map((c) => L_ACC[c] || c);
  return labels.length ? labels.join(", ") : "Niet bekend: vraag het na";
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch { return null; }
}

function contact(a) {
  const out = [];
  const email = a.email || a.organization?.email;
  const url = safeUrl(a.url || a.organization?.website || "");
  if (email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) out.push(el("a", { href: `mailto:${email}`, text: email }));
  if (url) out.push(el("a", { href: url, rel: "noopener noreferrer", text: url.replace(/^https?:\/\//, "").replace(/\/$/, "") }));
  return out.length ? out.flatMap((n, i) => (i ? [" · ", n] : [n])) : ["Via de organisatie"];
}

function facts(rows) {
  return el("dl", { class: "facts" }, rows.filter(Boolean).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", {}, v)]));
}

function card(a, n) {
  const cap = a.capacity?.status;
  return el("li", { id: `act-${n}`, tabindex: "-1", dataset: { id: a.id } },
    el("h3", {}, el("span", { class: "num", "aria-hidden": "true", text: String(n) }),
      el("span", {}, el("span", { class: "sr-only", text: `${n}. ` }), a.name)),
    el("p", { class: "org", text: a.organization?.name || "" }),
    a.description ? el("p", { text: a.description }) : null,
    facts([
      ["Soort", (a.categories || []).map((c) => L_CAT[c] || c).join(", ")],
      ["Waar", [placeText(a), a.distance_km != null ? ` (${fmt.km(a.distance_km)})` : ""]],
      ["Wanneer", whenText(a).flatMap((l, i) => (i ? [el("br"), l] : [l]))],
      ["Kosten", costText(a)],
      ["Toegankelijk", accessText(a)],
      cap ? ["Plek", el("span", { class: `chip cap-${cap}`, text: L_CAP[cap] || cap })] : null,
      a.application_process ? ["Aanmelden", a.application_process] : null,
      ["Contact", contact(a)],
    ]),
    reportControl(a, { anonymous: true }));
}

// --- the map ----------------------------------------------------------------------------
function ensureMap() {
  if (state.map || typeof L === "undefined") return state.map;
  const map = L.map("map", { scrollWheelZoom: false });
  map.attributionControl.setPrefix(false);
  if (settings.map_tiles) {
    L.tileLayer(settings.map_tiles, { attribution: settings.map_attribution || "", maxZoom: 19 }).addTo(map);
  }
  map.setView([51.6, 5.5], 10);
  map.createPane("areaLabels").style.zIndex = "450";
  state.areaLayer = L.layerGroup().addTo(map);
  state.layer = L.layerGroup().addTo(map);
  state.map = map;
  return map;
}

async function drawMap() {
  const map = ensureMap();
  if (!map) return;
  if (!settings.map_tiles && !state.areas) {
    state.areas = await api("areas?level=wijk").then((r) => r.data).catch(() => ({ features: [] }));
    if (state.areas.features?.length) {
      L.geoJSON(state.areas, {
        interactive: false,
        style: { color: "#5b6b7a", weight: 1.5, fillColor: "#ffffff", fillOpacity: 0.85 },
        onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name, {
          permanent: true, direction: "center", className: "area-label", interactive: false, pane: "areaLabels",
        }),
      }).addTo(state.areaLayer);
      map.attributionControl.addAttribution("Gebieden: CBS/Kadaster");
    }
  }
  state.layer.clearLayers();
  const points = [];
  state.items.forEach((a, i) => {
    const loc = a.location;
    if (a.delivery !== "in_person" || loc?.latitude == null) return;
    const ll = [loc.latitude, loc.longitude];
    points.push(ll);
    const label = String(i + 1);
    const icon = L.divIcon({ className: "num-marker", html: el("span", { text: label }), iconSize: [28, 28], iconAnchor: [14, 14] });
    const marker = L.marker(ll, { icon, title: `${label}. ${a.name}`, keyboard: true })
      .on("click", () => { const li = $(`act-${i + 1}`); li?.scrollIntoView({ block: "center" }); li?.focus({ preventScroll: true }); })
      .addTo(state.layer);
    marker.getElement()?.setAttribute("aria-label", `${label}: ${a.name}`);
  });
  map.invalidateSize();
  if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [36, 36], maxZoom: 14, animate: false });
}

// --- searching --------------------------------------------------------------------------
async function search(page = 1) {
  const error = $("search-error");
  showError(error, null, $("search"));
  const params = query(page);
  try {
    const { data } = await api(`public/activities?${params}`);
    state.page = page;
    state.total = data.total;
    state.items = page === 1 ? data.items : [...state.items, ...data.items];
    const cards = $("cards");
    if (page === 1) cards.replaceChildren();
    data.items.forEach((a, i) => cards.append(card(a, (page - 1) * PER_PAGE + i + 1)));
    const where = data.place ? ` bij ${data.place}` : "";
    const said = data.total === 0 ? `Niets gevonden${where}. Probeer minder keuzes of een groter gebied.` :
      `${data.total} ${data.total === 1 ? "activiteit" : "activiteiten"} gevonden${where}.`;
    $("count").textContent = said;
    $("more").hidden = state.items.length >= data.total;
    announce(said);
    await drawMap();
    if (page === 1) $("results-title").focus({ preventScroll: true });
  } catch (e) {
    if (e.status === 400 && e.errors?.query?.place) {
      showError(error, new Error("Deze plaats of postcode kennen we niet. Vul een postcode in, zoals 5461, of de naam van je dorp."));
      $("place").setAttribute("aria-invalid", "true");
    } else {
      showError(error, e, $("search"));
    }
  }
}

$("search").addEventListener("submit", (ev) => { ev.preventDefault(); search(1); });
$("more").addEventListener("click", () => search(state.page + 1));
$("print").addEventListener("click", () => window.print());
await search(1);
document.body.dataset.ready = "true";
