"""Referrals for the tests: a JSON body, a FHIR R4 ServiceRequest, and the tokens and
welfare organisations they need."""

import copy
from datetime import date, timedelta

from api import services
from tests.conftest import ORG_A, ORG_B, activity

AGB = "01234567"  # the referring practice
OTHER_AGB = "07654321"
ICPC_SYSTEM = "http://hl7.org/fhir/sid/icpc-1"
AGB_SYSTEM = "http://fhir.nl/fhir/NamingSystem/agb-z"
EXT = "urn:socialmap:fhir:StructureDefinition:"


def referral(**changes) -> dict:
    """A valid JSON referral from practice AGB to org-a, made today."""
    today = date.today().isoformat()
    doc = {
        "referrer_type": "huisarts",
        "icpc_code": "P03",
        "referral_date": today,
        "organization_id": ORG_A["id"],
        "consent": {"given": True, "date": today},
        "reason": "Somber sinds het overlijden van de partner; weinig contacten.",
        "client_reference": "ZD-7F3K2",
    }
    doc.update(copy.deepcopy(changes))
    return doc


def service_request(**changes) -> dict:
    """A valid FHIR R4 ServiceRequest of our profile, consent as a contained Consent."""
    today = date.today().isoformat()
    doc = {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "order",
        "subject": {"identifier": {"system": "urn:zorgdomein:ref", "value": "ZD-9Q2W1"}},
        "reasonCode": [{"coding": [{"system": ICPC_SYSTEM, "code": "Z12"}]}],
        "requester": {
            "type": "Organization",
            "identifier": {"system": AGB_SYSTEM, "value": AGB},
            "display": "Huisartsenpraktijk De Linde",
        },
        "performer": [{"reference": f"Organization/{ORG_A['id']}"}],
        "authoredOn": f"{today}T09:30:00+01:00",
        "extension": [{"url": EXT + "referrer-type", "valueCode": "poh_ggz"}],
        "contained": [
            {
                "resourceType": "Consent",
                "id": "avg",
                "status": "active",
                "scope": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                            "code": "patient-privacy",
                        }
                    ]
                },
                "category": [{"coding": [{"system": "http://loinc.org", "code": "59284-0"}]}],
                "dateTime": today,
            }
        ],
        "supportingInfo": [{"reference": "#avg"}],
        "note": [{"text": "Relatieproblemen, zoekt zinvolle daginvulling."}],
    }
    doc.update(copy.deepcopy(changes))
    return doc


def days_ago(n: int) -> str:
    return (date.today() - timedelta(days=n)).isoformat()


def referral_callers(app, client, tokens) -> dict[str, dict]:
    """Headers of the referral roles (coach_a/coach_b: org-a's/org-b's coaches, referrer:
    practice AGB, referrer_y: another practice) plus the conftest ones; org-a and org-b
    exist as organisations (each has a listing in the store)."""
    with app.app_context():
        store = services.get().store
        for org, id_ in ((ORG_A, "ref-org-a"), (ORG_B, "ref-org-b")):
            if store.organization(org["id"]) is None:  # in the store only: nothing to index
                store.create(activity(id=id_, organization=org), "test")
        made = {
            "coach_a": store.create_token("coach", organization_id="org-a"),
            "coach_b": store.create_token("coach", organization_id="org-b"),
            "referrer_y": store.create_token("referrer", agb=OTHER_AGB),
        }
    return {**tokens, **{k: {"Authorization": f"Bearer {s}"} for k, (_, s) in made.items()}}
