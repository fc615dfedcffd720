// The sign-in page: e-mail and password, "wachtwoord vergeten", the organisations' own
// identity providers (OpenID Connect) and, when the server offers it, demo people.

import { HOME, api, announce, el, roleNl, session, showError, showSignedIn } from "./common.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const next = (() => {
  const n = params.get("next") || "";
  return n.startsWith("/") && !n.startsWith("//") ? n : null;
})();
const go = (account) => location.assign(next || HOME[account.role] || "/");

const SSO_ERRORS = {
  sso: "Inloggen via je organisatie is niet gelukt. Probeer het opnieuw.",
  sso_onbekend: "Deze inlogdienst kennen we niet.",
  sso_onbereikbaar: "De inlogdienst van je organisatie is nu niet bereikbaar.",
  sso_organisatie: "Je inlogdienst gaf geen organisatie door die bij de sociale kaart bekend is.",
  sso_gegevens: "Je inlogdienst gaf geen (bevestigd) e-mailadres door.",
  sso_bestaat: "Er is al een ander account met dit e-mailadres. Vraag de beheerder om hulp.",
  sso_uitgeschakeld: "Je account is uitgeschakeld.",
};

function notice(text) {
  $("notice").textContent = text;
  $("notice").hidden = false;
}

const s = await session();
if (s.signed_in) {
  showSignedIn($("who"), s.account.role, s.account);
  notice(`Je bent al ingelogd als ${s.account.display_name}.`);
}
if (params.get("fout")) {
  showError($("signin-error"), new Error(SSO_ERRORS[params.get("fout")] || SSO_ERRORS.sso));
}
if (params.get("email")) $("email").value = params.get("email");
if (params.get("ingesteld")) notice("Je wachtwoord is opgeslagen. Log nu in.");

// --- e-mail and password ---------------------------------------------------------------
$("signin-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const box = $("signin-error");
  const email = $("email").value.trim();
  const password = $("password").value;
  if (!email || !password) {
    showError(box, new Error("Vul je e-mailadres en wachtwoord in."));
    return;
  }
  $("signin-submit").disabled = true;
  try {
    const { data } = await api("session", { method: "POST", body: { email, password } });
    showError(box, null);
    go(data.account);
  } catch (e) {
    $("password").value = "";
    if (e.status === 401) {
      showError(box, new Error("Dit e-mailadres en wachtwoord horen niet bij elkaar."));
    } else if (e.status === 429) {
      const seconds = Number(e.headers?.get?.("Retry-After")) || 900;
      const minutes = Math.max(1, Math.ceil(seconds / 60));
      showError(box, new Error(
        `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw, of vraag een nieuw wachtwoord aan.`));
    } else {
      showError(box, e, $("signin-form"));
    }
    $("password").focus();
  } finally {
    $("signin-submit").disabled = false;
  }
});

// --- forgotten password ----------------------------------------------------------------
$("forgot-open").addEventListener("click", () => {
  const form = $("forgot-form");
  form.hidden = !form.hidden;
  $("forgot-open").setAttribute("aria-expanded", String(!form.hidden));
  if (!form.hidden) {
    $("forgot-email").value = $("email").value;
    $("forgot-email").focus();
  }
});
if (location.hash === "#vergeten") $("forgot-open").click();

$("forgot-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const email = $("forgot-email").value.trim();
  if (!email) {
    showError($("forgot-error"), new Error("Vul je e-mailadres in."));
    return;
  }
  try {
    await api("password-reset", { method: "POST", body: { email } });
    showError($("forgot-error"), null);
    $("forgot-form").hidden = true;
    notice("Als er een account bij dit adres hoort, is er een mail onderweg met een link om een nieuw wachtwoord te kiezen.");
    announce("Aanvraag verstuurd.");
  } catch (e) {
    showError($("forgot-error"), e, $("forgot-form"));
  }
});

// the forms work from here on (before, a submit would have gone nowhere useful)
$("signin-submit").disabled = false;
$("forgot-submit").disabled = false;

// --- single sign-on --------------------------------------------------------------------
if (s.identity_providers.length) {
  $("sso").hidden = false;
  $("sso-list").replaceChildren(...s.identity_providers.map((p) => el("li", {},
    el("a", { class: "button secondary", href: `${p.url}${next ? `?next=${encodeURIComponent(next)}` : ""}`,
      text: `Inloggen via ${p.name}` }))));
}

// --- demo ------------------------------------------------------------------------------
if (s.demo_signin) {
  try {
    const { data } = await api("demo");
    const role = $("demo-role");
    role.replaceChildren(...data.roles.map((r) => el("option", { value: r, text: roleNl(r) })));
    if (data.roles.includes(params.get("rol"))) role.value = params.get("rol");
    $("demo-org").replaceChildren(...data.organizations.map((o) =>
      el("option", { value: o.id, text: `${o.name} (${o.activities})` })));
    const showOrg = () => { $("demo-org-field").hidden = role.value !== "provider"; };
    role.addEventListener("change", showOrg);
    showOrg();
    $("demo").hidden = false;
    $("demo-signin").addEventListener("click", async () => {
      try {
        const body = { role: role.value, ...(role.value === "provider" ? { organization: $("demo-org").value } : {}) };
        const { data: signedIn } = await api("demo", { method: "POST", body });
        go(signedIn.account);
      } catch (e) { showError($("signin-error"), e); }
    });
  } catch { /* no demo on this server */ }
}
