"""/fhir: referrals as HL7 FHIR R4 ServiceRequests and their Tasks. Every resource we answer
is parsed back with fhir.resources; errors are OperationOutcomes."""

from datetime import date

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.operationoutcome import OperationOutcome
from fhir.resources.R4B.servicerequest import ServiceRequest
from fhir.resources.R4B.task import Task

from tests.referral_data import AGB, AGB_SYSTEM, EXT, OTHER_AGB, referral_callers, service_request
from tests.server import Server, cli

FHIR = "application/fhir+json"


@pytest.fixture
def who(app, client, tokens) -> dict[str, dict]:
    return referral_callers(app, client, tokens)


def post(client, headers, resource, content_type=FHIR):
    return client.post(
        "/fhir/ServiceRequest", json=resource, headers={**headers, "Content-Type": content_type}
    )


def outcome(r, status: int) -> OperationOutcome:
    assert r.status_code == status, r.get_data(as_text=True)
    assert r.mimetype == FHIR
    return OperationOutcome.model_validate(r.get_json())


def created(client, headers, resource=None) -> ServiceRequest:
    r = post(client, headers, resource or service_request())
    assert r.status_code == 201, r.get_json()
    assert r.mimetype == FHIR
    sr = ServiceRequest.model_validate(r.get_json())
    assert r.headers["Location"] == f"/fhir/ServiceRequest/{sr.id}"
    return sr


def task_of(client, headers, sr_id: str) -> Task:
    r = client.get(f"/fhir/Task?based-on=ServiceRequest/{sr_id}", headers=headers)
    assert r.status_code == 200 and r.mimetype == FHIR, r.get_data(as_text=True)
    found = Bundle.model_validate(r.get_json())
    assert found.type == "searchset" and found.total == 1
    return Task.model_validate(found.entry[0].resource.model_dump(mode="json"))


def test_a_service_request_becomes_a_referral_with_a_requested_task(client, who):
    sr = created(client, who["referrer"])
    assert sr.status == "active" and sr.intent == "order"
    assert sr.subject.identifier.value == "ZD-9Q2W1" and sr.subject.display is None
    assert sr.reasonCode[0].coding[0].code == "Z12"
    assert sr.reasonCode[0].coding[0].display == "Relatieproblemen met de partner"
    assert sr.requester.identifier.system == AGB_SYSTEM and sr.requester.identifier.value == AGB
    assert sr.performer[0].reference == "Organization/org-a"
    assert sr.note[0].text == "Relatieproblemen, zoekt zinvolle daginvulling."
    assert client.get(f"/fhir/ServiceRequest/{sr.id}", headers=who["coach_a"]).get_json() == (
        sr.model_dump(mode="json", exclude_none=True)
    )

    task = task_of(client, who["coach_a"], sr.id)
    assert task.status == "requested" and task.intent == "order"
    assert task.basedOn[0].reference == f"ServiceRequest/{sr.id}"
    assert task.focus.reference == f"ServiceRequest/{sr.id}"
    assert task.owner.reference == "Organization/org-a"
    assert task.businessStatus.text.startswith("Verwijzing verstuurd")
    single = client.get(f"/fhir/Task/{task.id}", headers=who["referrer"])
    assert single.mimetype == FHIR and Task.model_validate(single.get_json()).id == task.id

    # the JSON API shows the same referral
    referral = client.get(f"/api/v1/referrals/{sr.id}", headers=who["coach_a"]).get_json()
    assert referral["source"] == "fhir" and referral["referrer"]["type"] == "poh_ggz"
    assert referral["icpc"]["code"] == "Z12" and referral["fhir"]["task"] == f"/fhir/Task/{task.id}"


def test_the_coachs_actions_move_the_task_status(client, who):
    sr = created(client, who["referrer"])
    seen = []
    for action, body in (("receive", None), ("accept", None), ("contact", {}), ("complete", None)):
        r = client.post(f"/api/v1/referrals/{sr.id}/{action}", json=body, headers=who["coach_a"])
        assert r.status_code == 200, r.get_json()
        task = task_of(client, who["referrer"], sr.id)
        seen.append((task.status, task.businessStatus.text))
    assert [s for s, _ in seen] == ["received", "accepted", "in-progress", "completed"]
    assert seen[2][1].startswith("Eerste contact met de cliënt op")
    assert task.executionPeriod.start.isoformat() == date.today().isoformat()
    done = client.get(f"/fhir/ServiceRequest/{sr.id}", headers=who["referrer"]).get_json()
    assert done["status"] == "completed"


def test_a_rejected_task_says_why_and_a_cancelled_one_revokes_the_request(client, who):
    rejected = created(client, who["referrer"])
    client.post(
        f"/api/v1/referrals/{rejected.id}/reject",
        json={"reason": "no_capacity"},
        headers=who["coach_a"],
    )
    task = task_of(client, who["referrer"], rejected.id)
    assert task.status == "rejected"
    assert task.statusReason.coding[0].code == "no_capacity"
    assert task.businessStatus.text == "Afgewezen: Geen plek of capaciteit"

    cancelled = created(client, who["referrer"])
    client.post(f"/api/v1/referrals/{cancelled.id}/cancel", headers=who["referrer"])
    assert task_of(client, who["coach_a"], cancelled.id).status == "cancelled"
    sr = client.get(f"/fhir/ServiceRequest/{cancelled.id}", headers=who["coach_a"]).get_json()
    assert sr["status"] == "revoked"


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param(
            {
                "contained": [],
                "supportingInfo": [],
                "extension": [
                    {"url": EXT + "referrer-type", "valueCode": "huisarts"},
                    {"url": EXT + "consent-date", "valueDate": date.today().isoformat()},
                    {"url": EXT + "municipality", "valueCode": "GM1948"},
                ],
            },
            id="consent-extension",
        ),
        pytest.param(
            {
                "reasonCode": [
                    {"coding": [{"system": "http://hl7.org/fhir/sid/icpc-1-nl", "code": "P76"}]}
                ]
            },
            id="dutch-icpc-system",
        ),
        pytest.param(
            {
                "performer": [
                    {"identifier": {"system": "urn:socialmap:organization", "value": "org-a"}}
                ]
            },
            id="performer-identifier",
        ),
        pytest.param(
            {
                "requester": {
                    "type": "PractitionerRole",
                    "identifier": {"system": AGB_SYSTEM, "value": AGB},
                }
            },
            id="practitioner-role",
        ),
        pytest.param({"note": []}, id="no-note"),
    ],
)
def test_the_accepted_variants(client, who, changes):
    sr = created(client, who["referrer"], service_request(**changes))
    assert task_of(client, who["coach_a"], sr.id).status == "requested"


def test_an_admin_refers_for_the_practice_in_the_resource(client, who):
    sr = created(
        client,
        who["admin"],
        service_request(requester={"identifier": {"system": AGB_SYSTEM, "value": OTHER_AGB}}),
    )
    assert sr.requester.identifier.value == OTHER_AGB
    assert task_of(client, who["referrer_y"], sr.id).status == "requested"


@pytest.mark.parametrize(
    ("changes", "where", "says"),
    [
        ({"status": "draft"}, "ServiceRequest.status", "active"),
        ({"intent": "plan"}, "ServiceRequest.intent", "order"),
        ({"subject": {"reference": "Patient/12"}}, "ServiceRequest.subject", "pseudonieme"),
        (
            {"subject": {"display": "Truus de Vries", "identifier": {"value": "ZD-7F3K2"}}},
            "ServiceRequest.subject",
            "geen naam",
        ),
        (
            {
                "subject": {
                    "identifier": {
                        "system": "http://fhir.nl/fhir/NamingSystem/bsn",
                        "value": "123456782",
                    }
                }
            },
            "ServiceRequest.subject",
            "BSN",
        ),
        (
            {"subject": {"identifier": {"value": "Jansen"}}},
            "ServiceRequest.subject.identifier.value",
            "naam",
        ),
        (
            {
                "reasonCode": [
                    {"coding": [{"system": "http://snomed.info/sct", "code": "35489007"}]}
                ]
            },
            "ServiceRequest.reasonCode",
            "ICPC-1",
        ),
        (
            {
                "reasonCode": [
                    {"coding": [{"system": "http://hl7.org/fhir/sid/icpc-1", "code": "K86"}]}
                ]
            },
            "ServiceRequest.reasonCode.coding.code",
            "Onbekende ICPC-code",
        ),
        (
            {"requester": {"identifier": {"system": "urn:oid:2.16.528.1.1007.3.3", "value": "1"}}},
            "ServiceRequest.requester",
            "AGB",
        ),
        (
            {"requester": {"type": "Patient", "identifier": {"system": AGB_SYSTEM, "value": AGB}}},
            "ServiceRequest.requester.type",
            "PractitionerRole",
        ),
        ({"performer": []}, "ServiceRequest.performer", "welzijnsorganisatie"),
        (
            {"performer": [{"reference": "Practitioner/1"}]},
            "ServiceRequest.performer",
            "Organization",
        ),
        ({"authoredOn": "2026-11"}, "ServiceRequest.authoredOn", "volledige datum"),
        ({"authoredOn": "2999-01-01"}, "ServiceRequest.authoredOn", "toekomst"),
        ({"extension": []}, "ServiceRequest.extension", "type verwijzer"),
        (
            {"extension": [{"url": EXT + "referrer-type", "valueCode": "tandarts"}]},
            "ServiceRequest.extension",
            "type verwijzer",
        ),
        ({"contained": [], "supportingInfo": []}, "ServiceRequest.supportingInfo", "toestemming"),
        (
            {
                "contained": [
                    {"resourceType": "Patient", "id": "p", "name": [{"family": "Jansen"}]}
                ],
                "supportingInfo": [],
            },
            "ServiceRequest.contained",
            "Patient",
        ),
        (
            {"note": [{"text": "Geboren 01-02-1950, bel 06-12345678"}]},
            "ServiceRequest.note.text",
            "telefoonnummer",
        ),
        ({"note": [{"text": "x" * 501}]}, "ServiceRequest.note.text", "500 tekens"),
        ({"note": [{"text": "een"}, {"text": "twee"}]}, "ServiceRequest.note", "één note"),
        (
            {"performer": [{"reference": "Organization/no-such-org"}]},
            "ServiceRequest.performer",
            "Onbekende welzijnsorganisatie",
        ),
    ],
)
def test_outside_the_profile_is_a_422_operation_outcome(client, who, changes, where, says):
    result = outcome(post(client, who["referrer"], service_request(**changes)), 422)
    assert any(where in (i.expression or []) and says in i.diagnostics for i in result.issue), (
        result.model_dump(mode="json")
    )
    assert client.get("/api/v1/referrals", headers=who["admin"]).get_json()["total"] == 0


def test_a_consent_that_is_not_active_is_refused(client, who):
    resource = service_request()
    resource["contained"][0]["status"] = "rejected"
    result = outcome(post(client, who["referrer"], resource), 422)
    assert "active" in result.issue[0].diagnostics


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            {"resourceType": "Task", "status": "requested", "intent": "order"},
            id="another-resource",
        ),
        pytest.param([service_request()], id="an-array"),
        pytest.param({**service_request(), "authoredOn": "gisteren"}, id="bad-datetime"),
        pytest.param({**service_request(), "subject": "ZD-9Q2W1"}, id="subject-not-reference"),
        pytest.param({**service_request(), "madeUp": True}, id="unknown-element"),
    ],
)
def test_not_valid_fhir_is_a_400_operation_outcome(client, who, body):
    result = outcome(post(client, who["referrer"], body), 400)
    assert result.issue[0].severity == "error"


def test_not_json_and_the_wrong_content_type(client, who):
    r = client.post(
        "/fhir/ServiceRequest", data="{", headers={**who["referrer"], "Content-Type": FHIR}
    )
    assert "JSON" in outcome(r, 400).issue[0].diagnostics
    r = client.post(
        "/fhir/ServiceRequest",
        data="<ServiceRequest/>",
        headers={**who["referrer"], "Content-Type": "application/fhir+xml"},
    )
    outcome(r, 415)
    assert post(client, who["referrer"], service_request(), "application/json").status_code == 201


def test_roles_and_practices(client, who):
    outcome(post(client, {}, service_request()), 401)
    outcome(post(client, who["coach_a"], service_request()), 403)
    r = post(client, who["referrer_y"], service_request())  # names practice AGB, not its own
    assert "eigen praktijk" in outcome(r, 403).issue[0].diagnostics
    sr = created(client, who["referrer"])
    outcome(client.get(f"/fhir/ServiceRequest/{sr.id}", headers=who["coach_b"]), 404)
    outcome(client.get(f"/fhir/ServiceRequest/{sr.id}", headers=who["provider_a"]), 403)
    empty = client.get(f"/fhir/Task?based-on=ServiceRequest/{sr.id}", headers=who["coach_b"])
    assert Bundle.model_validate(empty.get_json()).total == 0
    task = task_of(client, who["coach_a"], sr.id)
    outcome(client.get(f"/fhir/Task/{task.id}", headers=who["referrer_y"]), 404)
    outcome(client.get("/fhir/Task?based-on=Patient/1", headers=who["coach_a"]), 400)
    everything = client.get("/fhir/Task", headers=who["admin"])
    assert Bundle.model_validate(everything.get_json()).total == 1


def test_a_rate_limited_fhir_call_is_an_operation_outcome(tmp_path):
    from api import create_app, services

    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "v"), "RATE_LIMIT": "2/minute"})
    with app.app_context():
        _, secret = services.get().store.create_token("referrer", agb=AGB)
    client = app.test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    for _ in range(2):
        client.get("/fhir/Task", headers=headers)
    r = client.get("/fhir/Task", headers=headers)
    assert outcome(r, 429).issue[0].code == "throttled"
    app.extensions["socialmap"].close()


def test_over_real_http(tmp_path):
    """socialmap serve (gunicorn), a referrer token made with the CLI, FHIR in and out."""
    referrer = cli(tmp_path, "token", "create", "--role", "referrer", "--agb", AGB)
    referrer = referrer.strip().splitlines()[-1]
    admin = cli(tmp_path, "token", "create", "--role", "admin").strip().splitlines()[-1]
    coach = cli(tmp_path, "token", "create", "--role", "coach", "--organization", "org-a")
    coach = coach.strip().splitlines()[-1]
    server = Server(tmp_path, env={"SOCIALMAP_EMBEDDER": "none"}).start()
    try:
        from tests.conftest import activity

        status, _, _ = server.request("POST", "/api/v1/activities", activity(id="w-1"), admin)
        assert status == 201
        status, body, headers = server.request(
            "POST",
            "/fhir/ServiceRequest",
            service_request(),
            referrer,
            headers={"Content-Type": FHIR},
        )
        assert status == 201, body
        assert headers["Content-Type"].startswith(FHIR)
        sr = ServiceRequest.model_validate(body)
        status, body, _ = server.request("POST", f"/api/v1/referrals/{sr.id}/accept", None, coach)
        assert status == 200 and body["status"] == "accepted"
        status, body, headers = server.request(
            "GET", f"/fhir/Task?based-on=ServiceRequest/{sr.id}", None, referrer
        )
        assert status == 200 and headers["Content-Type"].startswith(FHIR)
        assert Bundle.model_validate(body).entry[0].resource.status == "accepted"
        status, body, _ = server.request("GET", "/fhir/Task/nope", None, referrer)
        assert status == 404 and OperationOutcome.model_validate(body).issue[0].code == "not-found"
    finally:
        server.stop()
