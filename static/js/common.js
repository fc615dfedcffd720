// Shared by every page: the API client with the user's token, sign-in, Dutch messages,
// vocabularies and small DOM helpers. Plain ES module, no build step.

export const API = "/api/v1";

// --- the session (a cookie the page never sees) and its CSRF token ---------------------
let csrfToken = null;

// What GET /api/v1/session says: {signed_in, account, csrf_token, identity_providers, ...}.
export async function session() {
  const { data } = await api("session");
  csrfToken = data.csrf_token;
  return data;
}

// --- Dutch messages ------------------------------------------------------------------
const STATUS_NL = {
  400: "Het verzoek klopt niet.",
  401: "Je bent niet (meer) ingelogd. Log opnieuw in.",
  403: "Dit mag je met deze rol niet doen.",
  404: "Niet gevonden.",
  409: "Dit bestaat al.",
  412: "Iemand anders heeft dit intussen gewijzigd. Laad opnieuw en probeer het nog eens.",
  413: "Dit is te groot om in één keer te versturen.",
  415: "Dit bestandstype wordt niet ondersteund.",
  422: "Niet alle velden zijn goed ingevuld.",
  429: "Te veel verzoeken achter elkaar. Probeer het over een minuut opnieuw.",
  500: "Er ging iets mis op de server. Probeer het later opnieuw.",
  503: "De zoekdienst is even niet beschikbaar. Probeer het later opnieuw.",
};

// marshmallow's English field messages, in Dutch; anything else is shown as it is.
const FIELD_NL = [
  [/^Missing data for required field\.$/, () => "Dit veld is verplicht."],
  [/^Field may not be null\.$/, () => "Dit veld mag niet leeg zijn."],
  [/^Not a valid string\.$/, () => "Vul tekst in."],
  [/^Not a valid (integer|number)\.$/, () => "Vul een getal in."],
  [/^Not a valid boolean\.$/, () => "Kies ja of nee."],
  [/^Not a valid (date|datetime|time)\.$/, () => "Geen geldige datum of tijd."],
  [/^Not a valid URL\.$/, () => "Geen geldig webadres."],
  [/^Not a valid email address\.$/, () => "Geen geldig e-mailadres."],
  [/^Not a valid list\.$/, () => "Verwacht een lijst."],
  [/^Unknown field\.$/, () => "Onbekend veld."],
  [/^Must be one of: (.*)\.$/, (m) => `Kies een van: ${m[1]}.`],
  [/^Must be greater than or equal to (\S+) and less than or equal to (\S+)\.$/,
    (m) => `Moet tussen ${m[1]} en ${m[2]} liggen.`],
  [/^Must be greater than or equal to (\S+)\.$/, (m) => `Moet minstens ${m[1]} zijn.`],
  [/^Must be less than or equal to (\S+)\.$/, (m) => `Mag hoogstens ${m[1]} zijn.`],
  [/^Length must be between (\d+) and (\d+)\.$/, (m) => `Tussen ${m[1]} en ${m[2]} tekens.`],
  [/^Shorter than minimum length (\d+)\.$/, (m) => `Minstens ${m[1]} tekens.`],
  [/^Longer than maximum length (\d+)\.$/, (m) => `Hoogstens ${m[1]} tekens.`],
];

export function fieldMessageNl(message) {
  for (const [re, nl] of FIELD_NL) {
    const m = re.exec(message);
    if (m) return nl(m);
  }
  return message;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(STATUS_NL[status] || (status >= 500 ? STATUS_NL[500] : `Fout ${status}.`));
    this.status = status;
    this.body = body || {};
    this.detail = this.body.message || "";
    this.errors = this.body.errors || {};
  }

  // Field errors flattened to {"location.name": ["Dutch message", ...]} (location "json" dropped).
  fields() {
    const out = {};
    const walk = (node, path) => {
      if (Array.isArray(node) && node.every((x) => typeof x === "string")) {
        out[path.join(".")] = node.map(fieldMessageNl);
      } else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      }
    };
    for (const [where, node] of Object.entries(this.errors)) walk(node, where === "json" || where === "query" ? [] : [where]);
    return out;
  }
}

// fetch() against the API: JSON in and out, the session cookie with its CSRF token on
// writes (or a Bearer token when one is given), errors as ApiError (Dutch text).
// csrf: false for a request of someone who is not signed in and should get no cookie (a
// resident's report on the public page); the server asks the token only of sessions.
export async function api(path, { method = "GET", body, token, raw, headers = {}, signal, csrf = true } = {}) {
  const h = { Accept: "application/json", ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  else if (csrf && method !== "GET" && method !== "HEAD") {
    if (!csrfToken) await session();
    h["X-CSRFToken"] = csrfToken;
  }
  let payload = body;
  if (body !== undefined && !raw) {
    h["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let resp;
  try {
    resp = await fetch(path.startsWith("/") ? path : `${API}/${path}`,
      { method, headers: h, body: payload, signal, credentials: "same-origin" });
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new ApiError(0, { message: "De server is niet bereikbaar. Controleer de verbinding." });
  }
  const text = await resp.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { message: text }; }
  }
  if (!resp.ok) {
    const err = new ApiError(resp.status, data);
    err.headers = resp.headers;
    if (resp.status === 0) err.message = data.message;
    throw err;
  }
  return { data, headers: resp.headers, status: resp.status };
}

// --- vocabularies (Dutch labels for every code) ----------------------------------------
let vocabPromise = null;
export function vocabularies() {
  if (!vocabPromise) vocabPromise = api("vocabularies").then((r) => r.data);
  return vocabPromise;
}
export async function labelOf(list, code) {
  const v = await vocabularies();
  const hit = (v[list] || []).find((e) => e.code === code);
  return hit ? hit.label : code;
}
export function labelMap(vocab, list) {
  return Object.fromEntries((vocab[list] || []).map((e) => [e.code, e.label]));
}

// --- DOM helpers (text only: never put API data into innerHTML) -----------------------
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// A polite screen-reader announcement (the page has <div id="announce" aria-live="polite">).
export function announce(message) {
  const live = document.getElementById("announce");
  if (live) {
    live.textContent = "";
    setTimeout(() => { live.textContent = message; }, 50);
  }
}

// Show an ApiError in a box (role=alert) and field messages next to the form's inputs:
// an input named "location.city" gets the messages for that field.
export function showError(box, err, form = null) {
  box.replaceChildren();
  if (form) {
    form.querySelectorAll(".field-error").forEach((n) => n.remove());
    form.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
  }
  if (!err) { box.hidden = true; return; }
  box.hidden = false;
  const message = err instanceof ApiError ? err.message : String(err.message || err);
  box.append(el("p", { text: message }));
  const fields = err instanceof ApiError ? err.fields() : {};
  const unplaced = [];
  for (const [name, messages] of Object.entries(fields)) {
    const input = form && findInput(form, name);
    if (input) {
      const id = `${input.id || input.name}-error`;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", id);
      const wrap = input.closest(".field") || input.parentElement;
      wrap.append(el("p", { class: "field-error", id, text: messages.join(" ") }));
    } else {
      unplaced.push(el("li", {}, el("code", { text: name || "algemeen" }), ": ", messages.join(" ")));
    }
  }
  if (unplaced.length) box.append(el("ul", {}, unplaced));
  box.focus?.();
}

function findInput(form, name) {
  let input = form.querySelector(`[name="${CSS.escape(name)}"]`);
  while (!input && name.includes(".")) {
    name = name.slice(0, name.lastIndexOf("."));
    input = form.querySelector(`[name="${CSS.escape(name)}"]`);
  }
  return input;
}

// --- formatting (Dutch) -------------------------------------------------------------
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const dec1 = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
export const fmt = {
  euro: (n) => euro.format(n),
  km: (n) => `${dec1.format(n)} km`,
  num: (n) => dec1.format(n),
  pct: (n) => pct.format(n),
  date: (iso) => (iso ? new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" }) : ""),
};

// --- sign-in ---------------------------------------------------------------------------
const ROLE_NL = {
  coach: "welzijnscoach", provider: "aanbieder", municipality: "gemeente", admin: "beheerder",
  referrer: "verwijzer",
};
export const roleNl = (role) => ROLE_NL[role] || role;
export const HOME = { coach: "/coach", provider: "/aanbieder", municipality: "/gemeente", admin: "/account", referrer: "/verwijzer" };

// The signed-in person as the pages used to get it from /api/v1/me.
function meOf(account, expires) {
  return { ...account, expires_at: expires };
}

// Resolves with {token: null, me} once someone is signed in for `role` (admin is accepted
// too; role null: anyone). Not signed in: to the sign-in page, and back here afterwards.
// Signed in with another role: says so in `container` and never resolves.
export async function signIn(role, container) {
  const s = await session();
  if (!s.signed_in) {
    const next = location.pathname + location.search + location.hash;
    location.replace(`/inloggen?${new URLSearchParams({ next, ...(role ? { rol: role } : {}) })}`);
    return new Promise(() => {});
  }
  const me = meOf(s.account, s.expires_at);
  if (!role || me.role === role || me.role === "admin") return { token: null, me };
  container.replaceChildren(el("div", { class: "card signin", role: "status" },
    el("h2", { text: `Deze pagina is voor de rol ${roleNl(role)}` }),
    el("p", { text: `Je bent ingelogd als ${me.display_name} (${roleNl(me.role)}).` }),
    el("p", {}, el("a", { href: HOME[me.role] || "/account", text: "Naar je eigen pagina" }), " · ",
      el("button", { type: "button", class: "link", text: "Uitloggen", onclick: signOut }))));
  return new Promise(() => {});
}

export async function signOut() {
  try { await api("session", { method: "DELETE" }); } catch { /* signed out anyway */ }
  location.assign("/inloggen");
}

// The header's "signed in as ... / mijn account / uitloggen" line.
export function showSignedIn(slot, role, me) {
  const where = me.organization ? me.organization.name || me.organization.id :
    me.municipality || (me.agb ? `AGB ${me.agb}` : null);
  const who = [me.display_name, roleNl(me.role), where].filter(Boolean).join(" · ");
  slot.replaceChildren(
    el("span", { text: `Ingelogd als ${who}` }), " ",
    el("a", { href: "/account", text: "Mijn account" }), " ",
    el("button", { type: "button", class: "link", text: "Uitloggen", onclick: signOut }));
}
