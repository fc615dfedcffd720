// The person's own account: details, sign out everywhere, API tokens for their own
// integrations (made, named, scoped and revoked here), and the password.

import { HOME, api, announce, el, fmt, roleNl, showError, showSignedIn, signIn } from "./common.js";

const $ = (id) => document.getElementById(id);
const { me } = await signIn(null, $("signin"));
showSignedIn($("who"), me.role, me);
$("app").hidden = false;

const facts = [
  ["Naam", me.display_name],
  ["E-mailadres", me.email],
  ["Rol", roleNl(me.role) + (me.org_admin ? " (beheert de eigen organisatie)" : "")],
  ["Organisatie", me.organization ? me.organization.name || me.organization.id : null],
  ["Gemeente", me.municipality],
  ["AGB-code", me.agb],
  ["Inloggen", me.sso ? "via de inlogdienst van je organisatie" : "met e-mailadres en wachtwoord"],
  ["Sessie geldig tot", me.expires_at ? new Date(me.expires_at).toLocaleString("nl-NL", { dateStyle: "long", timeStyle: "short" }) : null],
];
$("me").replaceChildren(...facts.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
if (HOME[me.role] && HOME[me.role] !== "/account") {
  $("me").after(el("p", {}, el("a", { href: HOME[me.role], text: `Naar de pagina voor ${roleNl(me.role)}` })));
}
$("invite-link").hidden = !(me.role === "admin" || me.org_admin);
$("password-form").hidden = !me.has_password;
$("username").value = me.email;

$("sign-out-everywhere").addEventListener("click", async () => {
  try {
    await api("account/sessions", { method: "DELETE" });
    location.assign("/inloggen");
  } catch (e) { showError($("token-error"), e); }
});

// --- tokens ----------------------------------------------------------------------------
const SCOPE_NL = { read: "alleen lezen", write: "lezen en wijzigen" };

function tokenStatus(t) {
  if (t.revoked_at) return ["ingetrokken", "status-revoked"];
  if (t.expires_at && new Date(t.expires_at) < new Date()) return ["verlopen", "status-expired"];
  return ["actief", ""];
}

async function loadTokens() {
  const { data } = await api("account/tokens");
  const rows = data.items.map((t) => {
    const [status, cls] = tokenStatus(t);
    const action = el("td");
    if (status === "actief") {
      action.append(el("button", {
        type: "button", class: "secondary", text: "Intrekken", "aria-label": `Token ${t.label} intrekken`,
        onclick: async () => {
          try {
            await api(`account/tokens/${encodeURIComponent(t.id)}`, { method: "DELETE" });
            announce(`Token ${t.label} is ingetrokken.`);
            $("new-token").hidden = true;
            await loadTokens();
          } catch (e) { showError($("token-error"), e); }
        },
      }));
    }
    return el("tr", { class: cls },
      el("td", { text: t.label || t.id }), el("td", { text: SCOPE_NL[t.scope] || t.scope }),
      el("td", { text: fmt.date(t.created_at) }), el("td", { text: t.expires_at ? fmt.date(t.expires_at) : "onbeperkt" }),
      el("td", { text: status }), action);
  });
  $("tokens").tBodies[0].replaceChildren(...(rows.length ? rows :
    [el("tr", {}, el("td", { colspan: "6", text: "Je hebt nog geen tokens." }))]));
}

$("token-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const form = $("token-form");
  const label = $("token-label").value.trim();
  if (!label) {
    showError($("token-error"), new Error("Geef de koppeling een naam."));
    return;
  }
  try {
    const { data } = await api("account/tokens", { method: "POST", body: {
      label, scope: $("token-scope").value, expires_days: Number($("token-days").value) || 90,
    } });
    showError($("token-error"), null, form);
    $("new-token-value").textContent = data.token;
    $("new-token").hidden = false;
    form.reset();
    announce("Token gemaakt. Kopieer het nu.");
    await loadTokens();
  } catch (e) {
    showError($("token-error"), e, form);
  }
});

// --- password --------------------------------------------------------------------------
$("password-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const form = $("password-form");
  $("password-done").hidden = true;
  try {
    await api("account/password", { method: "POST", body: {
      current_password: $("current-password").value, new_password: $("new-password").value,
    } });
    showError($("password-error"), null, form);
    form.reset();
    $("username").value = me.email;
    $("password-done").textContent = "Je wachtwoord is gewijzigd; je andere sessies zijn beëindigd.";
    $("password-done").hidden = false;
  } catch (e) {
    showError($("password-error"), e, form);
  }
});

await loadTokens();
