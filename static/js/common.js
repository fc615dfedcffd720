// Shared by every page: the API client with the user's token, sign-in, Dutch messages,
// vocabularies and small DOM helpers. Plain ES module, no build step.

export const API = "/api/v1";

// --- tokens (sessionStorage: gone when the tab closes) ---------------------------------
const KEY = (role) => `socialmap.token.${role}`;
export const getToken = (role) => sessionStorage.getItem(KEY(role));
export const setToken = (role, token) => sessionStorage.setItem(KEY(role), token);
export const clearToken = (role) => sessionStorage.removeItem(KEY(role));

// --- Dutch messages ------------------------------------------------------------------
const STATUS_NL = {
  400: "Het verzoek klopt niet.",
  401: "Je token is ongeldig of verlopen. Log opnieuw in.",
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

// fetch() against the API: JSON in and out, Bearer token, errors as ApiError (Dutch text).
export async function api(path, { method = "GET", body, token, raw, headers = {}, signal } = {}) {
  const h = { Accept: "application/json", ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  let payload = body;
  if (body !== undefined && !raw) {
    h["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let resp;
  try {
    resp = await fetch(path.startsWith("/") ? path : `${API}/${path}`, { method, headers: h, body: payload, signal });
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
const ROLE_NL = { coach: "welzijnscoach", provider: "aanbieder", municipality: "gemeente", admin: "beheerder", referrer: "verwijzer" };
export const roleNl = (role) => ROLE_NL[role] || role;

// Resolves with {token, me} once the user is signed in for `role` (admin is accepted too).
// Renders into `container` (a sign-in form) until then; a stored token is reused.
export async function signIn(role, container, { onSignOut } = {}) {
  const stored = getToken(role);
  if (stored) {
    try {
      const { data } = await api("me", { token: stored });
      if (data.role === role || data.role === "admin") return { token: stored, me: data };
    } catch { /* fall through to the form */ }
    clearToken(role);
  }
  return new Promise((resolve) => renderSignIn(role, container, resolve));
}

async function renderSignIn(role, container, resolve) {
  const error = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const input = el("input", { id: "token", name: "token", type: "password", autocomplete: "off", required: true, spellcheck: "false" });
  const form = el("form", { class: "signin card", "aria-labelledby": "signin-title" },
    el("h2", { id: "signin-title", text: `Inloggen als ${roleNl(role)}` }),
    el("div", { class: "field" },
      el("label", { for: "token", text: "API-token" }),
      input,
      el("p", { class: "help", text: "Je krijgt een token van de beheerder van de sociale kaart (socialmap token create)." })),
    error,
    el("button", { type: "submit", class: "primary", text: "Inloggen" }));
  const done = (token, me) => {
    setToken(role, token);
    container.replaceChildren();
    resolve({ token, me });
  };
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const token = input.value.trim();
    try {
      const { data } = await api("me", { token });
      if (data.role !== role && data.role !== "admin") {
        showError(error, new Error(`Dit token hoort bij de rol ${roleNl(data.role)}, niet bij ${roleNl(role)}.`));
        return;
      }
      done(token, data);
    } catch (e) {
      showError(error, e);
    }
  });
  container.replaceChildren(form);
  input.focus();

  // Demo sign-in, when the server offers it (make run).
  try {
    const { data } = await api("demo");
    const demo = el("div", { class: "demo-signin" }, el("h3", { text: "Demo" }),
      el("p", { class: "help", text: "De demo draait op een fictieve sociale kaart van Meierijstad." }));
    let orgSelect = null;
    if (role === "provider") {
      orgSelect = el("select", { id: "demo-org", name: "organization" },
        data.organizations.map((o) => el("option", { value: o.id, text: `${o.name} (${o.activities})` })));
      demo.append(el("div", { class: "field" }, el("label", { for: "demo-org", text: "Organisatie" }), orgSelect));
    }
    demo.append(el("button", {
      type: "button", class: "secondary", id: "demo-signin",
      text: `Inloggen als demo-${roleNl(role)}`,
      onclick: async () => {
        try {
          const body = { role, ...(orgSelect ? { organization: orgSelect.value } : {}) };
          const { data: t } = await api("demo", { method: "POST", body });
          const { data: me } = await api("me", { token: t.token });
          done(t.token, me);
        } catch (e) { showError(error, e); }
      },
    }));
    form.append(demo);
  } catch { /* no demo on this server */ }
}

// The header's "signed in as ... / uitloggen" line.
export function showSignedIn(slot, role, me) {
  const who = me.organization ? `${roleNl(me.role)} · ${me.organization.name}` :
    me.municipality ? `${roleNl(me.role)} · ${me.municipality}` :
      me.agb ? `${roleNl(me.role)} · AGB ${me.agb}` : roleNl(me.role);
  slot.replaceChildren(
    el("span", { text: `Ingelogd als ${who}` }), " ",
    el("button", { type: "button", class: "link", text: "Uitloggen", onclick: () => { clearToken(role); location.reload(); } }));
}
