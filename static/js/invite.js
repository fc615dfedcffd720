// Inviting people: an admin invites anyone; an organisation's or municipality's own admin
// invites colleagues of its own organisation (role and organisation fixed).

import { api, announce, el, fmt, roleNl, showError, showSignedIn, signIn } from "./common.js";

const $ = (id) => document.getElementById(id);
const { me } = await signIn(null, $("signin"));
showSignedIn($("who"), me.role, me);

const admin = me.role === "admin";
if (!admin && !me.org_admin) {
  $("signin").replaceChildren(el("div", { class: "card", role: "status" },
    el("p", { text: "Alleen een beheerder, of de eigen beheerder van een organisatie, nodigt mensen uit." }),
    el("p", {}, el("a", { href: "/account", text: "Naar mijn account" }))));
} else {
  $("app").hidden = false;
  setUp();
}

function setUp() {
  const roles = admin ? ["coach", "provider", "municipality", "referrer", "admin"] : [me.role];
  $("invite-role").replaceChildren(...roles.map((r) => el("option", { value: r, text: roleNl(r) })));
  if (!admin) {
    $("invite-role").disabled = true;
    for (const [id, value] of [["invite-organization", me.organization?.id], ["invite-municipality", me.municipality], ["invite-agb", me.agb]]) {
      $(id).value = value || "";
      $(id).readOnly = true;
    }
  }
  const showFields = () => {
    const role = $("invite-role").value;
    $("field-organization").hidden = !["provider", "coach"].includes(role);
    $("field-municipality").hidden = role !== "municipality";
    $("field-agb").hidden = role !== "referrer";
    $("field-org-admin").hidden = role === "admin";
  };
  $("invite-role").addEventListener("change", showFields);
  showFields();
  api("demo").then(({ data }) => {  // known organisations, when the demo offers them
    $("organizations").replaceChildren(...data.organizations.map((o) => el("option", { value: o.id, text: o.name })));
  }).catch(() => {});
  $("invite-form").addEventListener("submit", invite);
  loadPeople();
}

async function invite(ev) {
  ev.preventDefault();
  const form = $("invite-form");
  const role = $("invite-role").value;
  const value = (id) => $(id).value.trim() || null;
  const body = {
    display_name: $("invite-name").value.trim(),
    email: $("invite-email").value.trim(),
    role,
    organization_id: ["provider", "coach"].includes(role) ? value("invite-organization") : null,
    municipality: role === "municipality" ? (value("invite-municipality") || "").toUpperCase() || null : null,
    agb: role === "referrer" ? value("invite-agb") : null,
    org_admin: role !== "admin" && $("invite-org-admin").checked,
  };
  if (!admin) Object.assign(body, { organization_id: me.organization?.id || null, municipality: me.municipality, agb: me.agb });
  $("invite-done").hidden = true;
  try {
    const { data } = await api("accounts", { method: "POST", body });
    showError($("invite-error"), null, form);
    form.reset();
    if (!admin) setUpFixed();
    $("invite-done").textContent = `Uitnodiging verstuurd naar ${data.email}; de link is geldig tot ${fmt.date(data.invitation_expires_at)}.`;
    $("invite-done").hidden = false;
    announce("Uitnodiging verstuurd.");
    loadPeople();
  } catch (e) {
    if (e.status === 409) showError($("invite-error"), new Error("Er is al een account met dit e-mailadres."));
    else showError($("invite-error"), e, form);
  }
}

function setUpFixed() {
  $("invite-organization").value = me.organization?.id || "";
  $("invite-municipality").value = me.municipality || "";
  $("invite-agb").value = me.agb || "";
}

function statusOf(a) {
  if (a.disabled) return "uitgeschakeld";
  if (a.sso) return "logt in via organisatie";
  return a.has_password ? "actief" : "uitgenodigd";
}

async function loadPeople() {
  try {
    const { data } = await api("accounts");
    $("people").tBodies[0].replaceChildren(...data.items.map((a) => {
      const status = el("td", { text: statusOf(a) + (a.org_admin ? " · beheert organisatie" : "") });
      if (!a.has_password && !a.sso && !a.disabled) {
        status.append(" ", el("button", {
          type: "button", class: "link", text: "opnieuw uitnodigen",
          "aria-label": `${a.display_name} opnieuw uitnodigen`,
          onclick: async () => {
            try {
              await api(`accounts/${encodeURIComponent(a.id)}/invitation`, { method: "POST" });
              announce(`Nieuwe uitnodiging verstuurd naar ${a.email}.`);
            } catch (e) { showError($("people-error"), e); }
          },
        }));
      }
      return el("tr", {},
        el("td", { text: a.display_name }), el("td", { text: a.email }), el("td", { text: roleNl(a.role) }),
        el("td", { text: a.organization?.name || a.organization?.id || a.municipality || a.agb || "" }), status);
    }));
  } catch (e) {
    showError($("people-error"), e);
  }
}
