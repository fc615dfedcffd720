"""HL7 FHIR R4 for referrals: a ServiceRequest in, a Task per referral out (the referral
workflow of the HL7 SDOH Clinical Care guide), validated both ways with ``fhir.resources``.

``fhir.resources`` 8 ships FHIR R4B (4.3.0) models; ServiceRequest, Task, Consent, Bundle and
OperationOutcome are the R4 (4.0.1) resources unchanged in R4B, so an R4 resource parses and
what we send is valid R4. The profile we accept is in the README ("FHIR").
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING

from pydantic import ValidationError

from trajectory import icpc
from trajectory.identifiers import client_reference_problem, describe, identifiers_in
from trajectory.referrals import REFERRER_TYPES, REJECT_REASONS, business_status
from trajectory.trajectories import business_status as trajectory_status
from trajectory.trajectories import feedback_steps

if TYPE_CHECKING:
    from fhir.resources.R4B.servicerequest import ServiceRequest


@cache
def _models() -> SimpleNamespace:
    """The FHIR models, loaded on first use (about 0.2 s: not on every start)."""
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.operationoutcome import OperationOutcome
    from fhir.resources.R4B.servicerequest import ServiceRequest
    from fhir.resources.R4B.task import Task

    return SimpleNamespace(
        Bundle=Bundle, OperationOutcome=OperationOutcome, ServiceRequest=ServiceRequest, Task=Task
    )


FHIR_VERSION = "4.0.1"
MEDIA_TYPE = "application/fhir+json"
AGB_SYSTEM = "http://fhir.nl/fhir/NamingSystem/agb-z"
BSN_SYSTEM = "http://fhir.nl/fhir/NamingSystem/bsn"
# Our own systems and extensions: URNs until the project has a canonical web address.
ORGANIZATION_SYSTEM = "urn:socialmap:organization"
CLIENT_REFERENCE_SYSTEM = "urn:socialmap:client-reference"
EXT_REFERRER_TYPE = "urn:socialmap:fhir:StructureDefinition:referrer-type"
EXT_CONSENT_DATE = "urn:socialmap:fhir:StructureDefinition:consent-date"
EXT_MUNICIPALITY = "urn:socialmap:fhir:StructureDefinition:municipality"
REJECT_REASON_SYSTEM = "urn:socialmap:fhir:CodeSystem:reject-reason"
REFERRER_TYPE_SYSTEM = "urn:socialmap:fhir:CodeSystem:referrer-type"
TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code"
MUNICIPALITY = re.compile(r"^GM\d{4}$")
AGB = re.compile(r"^\d{8}$")


@dataclass(frozen=True)
class Issue:
    """One OperationOutcome issue: what is wrong (Dutch for people), and where."""

    diagnostics: str
    expression: str | None = None
    code: str = "invalid"  # FHIR issue-type


@dataclass
class FhirRefused(Exception):
    """The resource is refused: 400 when it is not valid FHIR R4, 422 when it is valid FHIR
    but outside the profile we accept."""

    status: int
    issues: list[Issue] = field(default_factory=list)


def _issues_from(error: ValidationError) -> list[Issue]:
    out = []
    for e in error.errors():
        path = ".".join(str(p) for p in e["loc"] if p != "resource_type") or None
        out.append(
            Issue(
                " ".join(str(e["msg"]).split()),
                f"ServiceRequest.{path}" if path else "ServiceRequest",
                "structure",
            )
        )
    return out


def parse_service_request(doc: object) -> dict:
    """A referral's fields from a FHIR R4 ServiceRequest of our profile.

    Returns the same fields as the JSON API takes (``client_reference``, ``icpc_code``,
    ``referrer_type``, ``referrer_agb``, ``organization_id``, ``referral_date``,
    ``consent``, ``reason``, ``municipality``); raises ``FhirRefused`` with every problem.
    """
    if not isinstance(doc, dict) or doc.get("resourceType") != "ServiceRequest":
        raise FhirRefused(
            400, [Issue("Stuur een FHIR R4 ServiceRequest (resourceType 'ServiceRequest').")]
        )
    try:
        sr = _models().ServiceRequest.model_validate(doc)
    except ValidationError as e:
        raise FhirRefused(400, _issues_from(e)) from None
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        # the library's own checks can fail this way on odd input (an unknown resourceType
        # in contained raises KeyError): still not valid FHIR, never a 500
        raise FhirRefused(
            400, [Issue(f"Geen geldige FHIR R4-resource ({type(e).__name__}).", None, "structure")]
        ) from None
    issues: list[Issue] = []

    def refuse(message: str, where: str, code: str = "value") -> None:
        issues.append(Issue(message, f"ServiceRequest.{where}", code))

    if sr.status != "active":
        refuse("Een verwijzing heeft status 'active'.", "status")
    if sr.intent != "order":
        refuse("Een verwijzing heeft intent 'order'.", "intent")

    out: dict = {}
    out["client_reference"] = _subject(sr, refuse)
    out["icpc_code"] = _reason_code(sr, refuse)
    out["referrer_agb"] = _requester(sr, refuse)
    out["organization_id"] = _performer(sr, refuse)
    out["referral_date"] = _authored_on(doc, refuse)
    extensions = {e.url: e for e in sr.extension or []}
    referrer_type = extensions.get(EXT_REFERRER_TYPE)
    if referrer_type is None or referrer_type.valueCode not in REFERRER_TYPES:
        refuse(
            f"Geef het type verwijzer in de extensie {EXT_REFERRER_TYPE} (valueCode, een van: "
            f"{', '.join(REFERRER_TYPES)}).",
            "extension",
            "required" if referrer_type is None else "value",
        )
    else:
        out["referrer_type"] = referrer_type.valueCode
    municipality = extensions.get(EXT_MUNICIPALITY)
    out["municipality"] = None
    if municipality is not None:
        if not MUNICIPALITY.fullmatch(str(municipality.valueCode or "")):
            refuse("Een gemeente is een CBS-code GMxxxx (valueCode).", "extension")
        else:
            out["municipality"] = municipality.valueCode
    out["consent"] = _consent(sr, extensions.get(EXT_CONSENT_DATE), refuse)
    out["reason"] = _note(sr, refuse)
    if issues:
        raise FhirRefused(422, issues)
    return out


def _subject(sr: "ServiceRequest", refuse) -> str | None:
    subject = sr.subject
    if subject.reference or subject.display:
        refuse(
            "De cliënt is alleen een pseudonieme identifier (subject.identifier): geen "
            "reference naar een Patient en geen naam (display).",
            "subject",
            "security",
        )
    ident = subject.identifier
    if ident is None or not ident.value:
        refuse("Geef de pseudonieme cliëntreferentie in subject.identifier.value.", "subject")
        return None
    if ident.system and "bsn" in ident.system.lower():
        refuse("Stuur nooit een BSN; gebruik een pseudonieme referentie.", "subject", "security")
        return None
    problem = client_reference_problem(ident.value)
    if problem:
        refuse(problem, "subject.identifier.value")
        return None
    return ident.value


def _reason_code(sr: "ServiceRequest", refuse) -> str | None:
    codings = [
        c
        for concept in sr.reasonCode or []
        for c in concept.coding or []
        if c.system in icpc.systems()
    ]
    if len(codings) != 1:
        refuse(
            "Geef precies één ICPC-1-code (P of Z) in reasonCode.coding, system "
            f"{' of '.join(icpc.systems())}.",
            "reasonCode",
            "required" if not codings else "value",
        )
        return None
    found = icpc.lookup(codings[0].code or "")
    if found is None:
        refuse(
            f"Onbekende ICPC-code {codings[0].code!r}: alleen de hoofdstukken P en Z.",
            "reasonCode.coding.code",
            "code-invalid",
        )
        return None
    return found.code


def _requester(sr: "ServiceRequest", refuse) -> str | None:
    requester = sr.requester
    ident = requester.identifier if requester else None
    if requester is not None and requester.type not in (None, "Organization", "PractitionerRole"):
        refuse("De verwijzer is een Organization of PractitionerRole.", "requester.type")
    if ident is None or ident.system != AGB_SYSTEM or not AGB.fullmatch(ident.value or ""):
        refuse(
            f"Geef de AGB-code van de praktijk (8 cijfers) in requester.identifier, system "
            f"{AGB_SYSTEM}.",
            "requester",
            "required",
        )
        return None
    return ident.value


def _performer(sr: "ServiceRequest", refuse) -> str | None:
    performers = sr.performer or []
    if len(performers) != 1:
        refuse("Geef precies één welzijnsorganisatie in performer.", "performer", "required")
        return None
    p = performers[0]
    if p.reference and p.reference.startswith("Organization/"):
        return p.reference.removeprefix("Organization/") or None
    if p.identifier and p.identifier.system == ORGANIZATION_SYSTEM and p.identifier.value:
        return p.identifier.value
    refuse(
        "De welzijnsorganisatie is 'Organization/{id}' of een identifier met system "
        f"{ORGANIZATION_SYSTEM}.",
        "performer",
    )
    return None


def _authored_on(doc: dict, refuse) -> date | None:
    raw = str(doc.get("authoredOn") or "")
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        refuse("Geef de verwijsdatum als volledige datum in authoredOn.", "authoredOn", "required")
        return None


def _consent(sr: "ServiceRequest", extension, refuse) -> dict | None:
    """AVG consent: a contained active Consent named in supportingInfo, or the extension."""
    when = None
    if extension is not None:
        when = extension.valueDate or extension.valueDateTime
    contained = {r.id: r for r in sr.contained or [] if r.id}
    for resource in sr.contained or []:
        if resource.get_resource_type() != "Consent":
            refuse(
                f"Een ingesloten {resource.get_resource_type()} wordt niet aangenomen (alleen "
                "Consent): stuur geen gegevens over de cliënt mee.",
                "contained",
                "security",
            )
    for info in sr.supportingInfo or []:
        target = contained.get((info.reference or "").removeprefix("#"))
        if target is not None and target.get_resource_type() == "Consent":
            if target.status != "active":
                refuse("De toestemming (Consent) heeft status 'active'.", "contained.status")
                return None
            when = when or target.dateTime
    if isinstance(when, datetime):
        when = when.date()
    if not isinstance(when, date):
        refuse(
            "Leg de AVG-toestemming vast: een Consent (status active, dateTime) in contained "
            f"en supportingInfo, of de extensie {EXT_CONSENT_DATE} (valueDate).",
            "supportingInfo",
            "required",
        )
        return None
    return {"given": True, "date": when}


def _note(sr: "ServiceRequest", refuse) -> str | None:
    notes = [n.text for n in sr.note or [] if n.text]
    if len(notes) > 1:
        refuse("Geef de reden in één note.", "note")
        return None
    if not notes:
        return None
    text = notes[0]
    if len(text) > 500:
        refuse("De reden is ten hoogste 500 tekens.", "note.text")
        return None
    kinds = identifiers_in(text)
    if kinds:
        refuse(describe(kinds), "note.text", "security")
        return None
    return text


# -- out ----------------------------------------------------------------------------------


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def _requester_ref(referral: dict) -> dict:
    return {
        "type": "Organization",
        "identifier": {"system": AGB_SYSTEM, "value": referral["referrer_agb"]},
    }


def service_request(referral: dict) -> dict:
    """The stored referral as a FHIR R4 ServiceRequest (validated)."""
    status = {"completed": "completed", "cancelled": "revoked"}.get(referral["status"], "active")
    icpc_code = icpc.lookup(referral["icpc_code"])
    doc = {
        "resourceType": "ServiceRequest",
        "id": referral["id"],
        "meta": {"lastUpdated": _iso(referral["updated_at"])},
        "extension": [
            {"url": EXT_REFERRER_TYPE, "valueCode": referral["referrer_type"]},
            {"url": EXT_CONSENT_DATE, "valueDate": referral["consent_date"].isoformat()},
        ],
        "status": status,
        "intent": "order",
        "category": [{"text": "Welzijn op Recept"}],
        "subject": {
            "identifier": {"system": CLIENT_REFERENCE_SYSTEM, "value": referral["client_reference"]}
        },
        "authoredOn": referral["referral_date"].isoformat(),
        "requester": _requester_ref(referral),
        "performer": [
            {"reference": f"Organization/{referral['organization_id']}", "type": "Organization"}
        ],
        "reasonCode": [
            {
                "coding": [
                    {
                        "system": icpc.ICPC_SYSTEM,
                        "code": referral["icpc_code"],
                        "display": icpc_code.label if icpc_code else None,
                    }
                ]
            }
        ],
    }
    if referral.get("municipality"):
        doc["extension"].append({"url": EXT_MUNICIPALITY, "valueCode": referral["municipality"]})
    if referral.get("reason"):
        doc["note"] = [{"text": referral["reason"]}]
    return _valid(_models().ServiceRequest, doc)


FEEDBACK_SYSTEM = "urn:socialmap:fhir:CodeSystem:feedback-step"


def task(referral: dict, trajectory: dict | None = None) -> dict:
    """The referral's Task (SDOH Clinical Care): its status moves with the coach's actions;
    once a trajectory runs, ``businessStatus`` says where it stands and ``output`` holds a
    terugkoppeling letter for each step that matters (contact, activity chosen, still taking
    part at 3 months, closed)."""
    first_contact = referral.get("first_contact_date")
    steps = feedback_steps(trajectory, first_contact)
    status_text = trajectory_status(steps, trajectory) or business_status(
        referral["status"], referral.get("reject_reason"), first_contact
    )
    doc = {
        "resourceType": "Task",
        "id": referral["task_id"],
        "meta": {"lastUpdated": _iso(referral["updated_at"])},
        "basedOn": [{"reference": f"ServiceRequest/{referral['id']}"}],
        "status": referral["status"],
        "businessStatus": {"text": status_text},
        "intent": "order",
        "code": {"coding": [{"system": TASK_CODE_SYSTEM, "code": "fulfill"}]},
        "focus": {"reference": f"ServiceRequest/{referral['id']}"},
        "for": {
            "identifier": {"system": CLIENT_REFERENCE_SYSTEM, "value": referral["client_reference"]}
        },
        "authoredOn": _iso(referral["created_at"]),
        "lastModified": _iso(referral["updated_at"]),
        "requester": _requester_ref(referral),
        "owner": {
            "reference": f"Organization/{referral['organization_id']}",
            "type": "Organization",
        },
    }
    if referral.get("reject_reason"):
        doc["statusReason"] = {
            "coding": [
                {
                    "system": REJECT_REASON_SYSTEM,
                    "code": referral["reject_reason"],
                    "display": REJECT_REASONS[referral["reject_reason"]],
                }
            ],
            "text": REJECT_REASONS[referral["reject_reason"]],
        }
    contact = next((s.day for s in steps if s.code == "contact"), first_contact)
    if contact:
        doc["executionPeriod"] = {"start": contact.isoformat()}
        if trajectory and trajectory.get("closed_on"):
            doc["executionPeriod"]["end"] = trajectory["closed_on"].isoformat()
    if steps:
        doc["output"] = [
            {
                "type": {
                    "coding": [{"system": FEEDBACK_SYSTEM, "code": s.code, "display": s.label}],
                    "text": f"Terugkoppeling: {s.label.lower()} ({s.day:%d-%m-%Y})",
                },
                "valueUrl": f"/api/v1/referrals/{referral['id']}/letters/{s.code}",
            }
            for s in steps
        ]
    return _valid(_models().Task, doc)


def bundle(resources: list[dict], base_url: str) -> dict:
    """A searchset Bundle of the given resources."""
    doc = {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(resources),
        "entry": [
            {
                "fullUrl": f"{base_url}/{r['resourceType']}/{r['id']}",
                "resource": r,
                "search": {"mode": "match"},
            }
            for r in resources
        ],
    }
    return _valid(_models().Bundle, doc)


ISSUE_CODES = {400: "invalid", 401: "login", 403: "forbidden", 404: "not-found", 409: "conflict"}


def operation_outcome(issues: list[Issue]) -> dict:
    doc = {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error",
                "code": i.code,
                "diagnostics": i.diagnostics,
                **({"expression": [i.expression]} if i.expression else {}),
            }
            for i in issues
        ],
    }
    return _valid(_models().OperationOutcome, doc)


def _valid(model, doc: dict) -> dict:
    """The resource as the library serialises it: an invalid one is our bug, and raises."""
    return json.loads(model.model_validate(_drop_none(doc)).model_dump_json())


def _drop_none(value):
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value
