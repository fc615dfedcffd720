// "Klopt dit niet?": a small form under a listing to report it as stopped, full, at another
// time or place, or otherwise wrong. Used on the coach's page (with the coach's token) and
// on the residents' page (no token). Text only: a remark is never shown as a link.

import { ApiError, api, el, showError, vocabularies } from "./common.js";

let counter = 0;

// The chip a coach sees on a listing with an open report.
export function reportedChip(activity) {
  if (!activity.reported) return null;
  return el("p", { class: "reported" },
    el("span", { class: "chip reported-chip", text: "Gemeld als mogelijk onjuist" }), " ",
    "Iemand heeft gemeld dat hier iets niet klopt. De aanbieder kijkt ernaar; vraag het na voor je verwijst.");
}

// <details> with the report form; `token` is the coach's, or null for a resident.
// anonymous: a resident on the public page, who has no session and gets no cookie
export function reportControl(activity, { token = null, onDone = null, anonymous = false } = {}) {
  const n = ++counter;
  const id = (s) => `report-${n}-${s}`;
  const details = el("details", { class: "report no-print", dataset: { activity: activity.id } });
  details.append(el("summary", { text: "Klopt dit niet?" }));
  const error = el("div", { class: "error", role: "alert", tabindex: "-1", hidden: true });
  const done = el("p", { class: "notice", role: "status", hidden: true });
  const form = el("form", { class: "report-form", novalidate: true });
  const reasons = el("fieldset", { class: "field" }, el("legend", { text: "Wat klopt er niet?" }));
  const remark = el("textarea", { id: id("remark"), name: "remark", maxlength: "500", rows: "3" });
  // a field people never see: bots fill it in, and the server refuses their report
  const trap = el("div", { class: "hp", "aria-hidden": "true" },
    el("label", { for: id("website"), text: "Laat dit veld leeg" }),
    el("input", { id: id("website"), name: "website", type: "text", tabindex: "-1", autocomplete: "off" }));
  form.append(reasons,
    el("div", { class: "field" },
      el("label", { for: id("remark"), text: "Toelichting (mag leeg blijven)" }), remark,
      el("p", { class: "help", text: token ? "Hoogstens 500 tekens. Zet er geen namen van cliënten in." :
        "Hoogstens 500 tekens, zonder links. Zet er geen naam of adres in: we bewaren niets over jou." })),
    trap, error,
    el("button", { type: "submit", class: "secondary", text: "Melding versturen" }));
  details.append(form, done);
  vocabularies().then((v) => {
    for (const [i, r] of (v.report_reasons || []).entries()) {
      const input = el("input", { type: "radio", name: "reason", value: r.code, id: id(r.code), required: true });
      if (i === 0) input.checked = true;
      reasons.append(el("label", { class: "radio", for: id(r.code) }, input, " ", r.label));
    }
  });
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    showError(error, null, form);
    try {
      const body = {
        activity_id: activity.id,
        reason: form.querySelector("input[name=reason]:checked")?.value || "other",
        remark: remark.value.trim() || null,
        website: form.elements.namedItem("website").value,
      };
      await api("reports", { method: "POST", body, token, csrf: !anonymous });
      form.hidden = true;
      done.hidden = false;
      done.textContent = "Bedankt voor je melding. De aanbieder krijgt hem te zien en past de activiteit aan als dat nodig is.";
      done.focus?.();
      if (onDone) onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && e.errors?.json?.remark) {
        showError(error, new Error("Haal links en webadressen uit je toelichting."));
      } else if (e instanceof ApiError && e.status === 429) {
        showError(error, new Error("Er zijn vanaf dit adres al veel meldingen gedaan. Probeer het later nog eens."));
      } else {
        showError(error, e, form);
      }
    } finally {
      button.disabled = false;
    }
  });
  return details;
}
