"""POST/GET /api/v1/referrals and the coach's actions (see README, "Referrals")."""

from datetime import date

import pytest

from api import services
from tests.referral_data import AGB, OTHER_AGB, days_ago, referral, referral_callers

BASE = "/api/v1/referrals"


@pytest.fixture
def who(app, client, tokens) -> dict[str, dict]:
    return referral_callers(app, client, tokens)


def make(client, headers, **changes) -> dict:
    r = client.post(BASE, json=referral(**changes), headers=headers)
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def test_a_referrer_refers_and_the_coach_sees_it_with_the_deadline(client, who):
    made = make(client, who["referrer"], icpc_code="p03", referral_date="2026-11-23")
    assert made["status"] == "requested" and made["status_label"] == "verstuurd"
    assert made["icpc"] == {"code": "P03", "label": "Down, somber of depressief gevoel"}
    assert made["referrer"] == {"type": "huisarts", "label": "Huisarts", "agb": AGB}
    assert made["consent"]["given"] is True
    assert made["contact"]["deadline"] == "2026-11-30"
    assert made["source"] == "json"
    assert made["fhir"]["service_request"] == f"/fhir/ServiceRequest/{made['id']}"

    listed = client.get(BASE, headers=who["coach_a"]).get_json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == made["id"]
    assert (
        client.get(f"{BASE}/{made['id']}", headers=who["coach_a"]).get_json() == listed["items"][0]
    )


def test_newest_first_and_overdue(client, who):
    old = make(client, who["referrer"], referral_date=days_ago(30), client_reference="R-0001")
    new = make(client, who["referrer"], referral_date=days_ago(0), client_reference="R-0002")
    middle = make(client, who["referrer"], referral_date=days_ago(3), client_reference="R-0003")
    items = client.get(BASE, headers=who["coach_a"]).get_json()["items"]
    assert [i["id"] for i in items] == [new["id"], middle["id"], old["id"]]
    by_id = {i["id"]: i["contact"] for i in items}
    assert by_id[old["id"]]["overdue"] is True
    assert by_id[new["id"]]["overdue"] is False


def test_who_sees_which_referrals(client, who):
    to_a = make(client, who["referrer"])
    to_b = make(client, who["referrer"], organization_id="org-b", client_reference="R-0B01")
    by_admin = make(client, who["admin"], referrer_agb=OTHER_AGB, client_reference="R-0Y01")

    def ids(caller):
        r = client.get(BASE, headers=who[caller])
        assert r.status_code == 200, r.get_json()
        return {i["id"] for i in r.get_json()["items"]}

    assert ids("admin") == {to_a["id"], to_b["id"], by_admin["id"]}
    assert ids("coach_a") == {to_a["id"], by_admin["id"]}
    assert ids("coach_b") == {to_b["id"]}
    assert ids("coach") == set()  # a coach token without an organisation
    assert ids("referrer") == {to_a["id"], to_b["id"]}
    assert ids("referrer_y") == {by_admin["id"]}
    assert client.get(f"{BASE}/{to_b['id']}", headers=who["coach_a"]).status_code == 404
    assert client.get(f"{BASE}/{to_a['id']}", headers=who["referrer_y"]).status_code == 404
    for caller in ("provider_a", "municipality"):
        assert client.get(BASE, headers=who[caller]).status_code == 403


def test_status_filter_and_pages(client, who):
    made = [make(client, who["referrer"], client_reference=f"R-{i:04d}") for i in range(5)]
    client.post(f"{BASE}/{made[0]['id']}/accept", headers=who["coach_a"])
    r = client.get(f"{BASE}?status=accepted", headers=who["coach_a"]).get_json()
    assert [i["id"] for i in r["items"]] == [made[0]["id"]]
    r = client.get(f"{BASE}?status=requested&status=accepted", headers=who["coach_a"]).get_json()
    assert r["total"] == 5
    page = client.get(f"{BASE}?per_page=2&page=3", headers=who["coach_a"]).get_json()
    assert page["total"] == 5 and len(page["items"]) == 1
    bad = client.get(f"{BASE}?status=open", headers=who["coach_a"])
    assert bad.status_code == 422 and "status" in bad.get_json()["errors"]["query"]


def test_the_coachs_actions_move_the_task(client, who):
    r = make(client, who["referrer"], referral_date=days_ago(1))
    path = f"{BASE}/{r['id']}"
    step = client.post(f"{path}/receive", headers=who["coach_a"]).get_json()
    assert step["status"] == "received"
    step = client.post(f"{path}/accept", headers=who["coach_a"]).get_json()
    assert step["status"] == "accepted" and "5 werkdagen" in step["business_status"]
    today = date.today().isoformat()
    step = client.post(f"{path}/contact", json={"date": today}, headers=who["coach_a"]).get_json()
    assert step["status"] == "in-progress"
    assert step["contact"] == {
        "deadline": step["contact"]["deadline"],
        "overdue": False,
        "first_contact_date": today,
        "within_deadline": True,
    }
    step = client.post(f"{path}/complete", headers=who["coach_a"]).get_json()
    assert step["status"] == "completed" and step["business_status"] == "Traject afgesloten"
    again = client.post(f"{path}/accept", headers=who["coach_a"])
    assert again.status_code == 409
    assert again.get_json()["message"] == (
        "Deze verwijzing is afgesloten en kan niet meer worden geaccepteerd."
    )


def test_reject_with_a_reason_code(client, who):
    r = make(client, who["referrer"])
    path = f"{BASE}/{r['id']}/reject"
    missing = client.post(path, json={}, headers=who["coach_a"])
    assert missing.status_code == 422
    assert missing.get_json()["errors"]["json"]["reason"] == ["Dit veld is verplicht."]
    unknown = client.post(path, json={"reason": "te druk"}, headers=who["coach_a"])
    assert unknown.status_code == 422
    done = client.post(path, json={"reason": "outside_area"}, headers=who["coach_a"]).get_json()
    assert done["status"] == "rejected"
    assert done["reject_reason"] == {"code": "outside_area", "label": "Buiten het werkgebied"}
    assert done["business_status"] == "Afgewezen: Buiten het werkgebied"
    assert done["contact"]["overdue"] is False


def test_first_contact_defaults_to_today_and_not_before_the_referral(client, who):
    r = make(client, who["referrer"], referral_date=days_ago(2))
    early = client.post(
        f"{BASE}/{r['id']}/contact", json={"date": days_ago(5)}, headers=who["coach_a"]
    )
    assert early.status_code == 422
    assert "verwijsdatum" in early.get_json()["errors"]["json"]["date"][0]
    ok = client.post(f"{BASE}/{r['id']}/contact", json={}, headers=who["coach_a"]).get_json()
    assert ok["contact"]["first_contact_date"] == date.today().isoformat()


def test_the_referrer_cancels_its_own(client, who):
    r = make(client, who["referrer"])
    assert client.post(f"{BASE}/{r['id']}/cancel", headers=who["referrer_y"]).status_code == 404
    done = client.post(f"{BASE}/{r['id']}/cancel", headers=who["referrer"]).get_json()
    assert done["status"] == "cancelled" and done["status_label"] == "ingetrokken"


def test_another_organisations_coach_cannot_act(client, who):
    r = make(client, who["referrer"])
    for action in ("receive", "accept", "complete"):
        assert client.post(f"{BASE}/{r['id']}/{action}", headers=who["coach_b"]).status_code == 404
    assert client.get(f"{BASE}/{r['id']}", headers=who["admin"]).get_json()["status"] == "requested"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"referrer_type": "tandarts"}, "referrer_type", "Onbekende code"),
        ({"icpc_code": "K86"}, "icpc_code", "Onbekende ICPC-1-code"),
        ({"icpc_code": "P30"}, "icpc_code", "Onbekende ICPC-1-code"),
        ({"referral_date": "24-11-2026"}, "referral_date", "JJJJ-MM-DD"),
        ({"referral_date": "2999-01-01"}, "referral_date", "toekomst"),
        ({"consent": {"given": False, "date": "2026-11-20"}}, "consent", "toestemming"),
        ({"consent": {"given": True}}, "consent", "verplicht"),
        ({"reason": "x" * 501}, "reason", "500 tekens"),
        ({"reason": "BSN 123456782"}, "reason", "een BSN"),
        ({"reason": "geboren 12-03-1951"}, "reason", "(geboorte)datum"),
        ({"reason": "mail naar truus@example.nl"}, "reason", "e-mailadres"),
        ({"reason": "bel haar op 0612345678"}, "reason", "telefoonnummer"),
        ({"reason": "woont op 5461 AB 12"}, "reason", "postcode of adres"),
        ({"client_reference": "Truus"}, "client_reference", "nooit een naam"),
        ({"client_reference": "123456782"}, "client_reference", "een BSN"),
        ({"client_reference": "Z"}, "client_reference", "4-40 tekens"),
        ({"municipality": "1948"}, "municipality", "GMxxxx"),
        ({"name": "Truus de Vries"}, "name", "Onbekend veld"),
        ({"organization_id": "no-such-org"}, "organization_id", "Onbekende welzijnsorganisatie"),
    ],
)
def test_field_messages_in_dutch(client, who, changes, field, message):
    r = client.post(BASE, json=referral(**changes), headers=who["referrer"])
    assert r.status_code == 422, r.get_json()
    errors = r.get_json()["errors"]["json"]
    assert message in str(errors[field]), errors
    assert client.get(BASE, headers=who["admin"]).get_json()["total"] == 0


def test_a_missing_field_and_a_broken_body(client, who):
    body = referral()
    del body["client_reference"]
    r = client.post(BASE, json=body, headers=who["referrer"])
    assert r.get_json()["errors"]["json"]["client_reference"] == ["Dit veld is verplicht."]
    r = client.post(BASE, data="{", headers={**who["referrer"], "Content-Type": "application/json"})
    assert r.status_code == 400 and r.get_json()["message"]


def test_a_referrer_refers_only_for_its_own_practice(client, who):
    r = client.post(BASE, json=referral(referrer_agb=OTHER_AGB), headers=who["referrer"])
    assert r.status_code == 403 and "eigen praktijk" in r.get_json()["message"]
    own = client.post(BASE, json=referral(referrer_agb=AGB), headers=who["referrer"])
    assert own.status_code == 201


def test_an_admin_names_the_practice(client, who):
    r = client.post(BASE, json=referral(), headers=who["admin"])
    assert r.status_code == 422 and "referrer_agb" in r.get_json()["errors"]["json"]
    r = client.post(BASE, json=referral(referrer_agb=OTHER_AGB), headers=who["admin"])
    assert r.status_code == 201 and r.get_json()["referrer"]["agb"] == OTHER_AGB


def test_erasure_removes_the_referral_and_its_task_and_keeps_the_count(app, client, who):
    kept = make(client, who["referrer"], municipality="GM1948", client_reference="R-0K01")
    gone = make(client, who["referrer"], municipality="GM1948", client_reference="R-0G01")
    other = make(client, who["referrer"], icpc_code="Z15", client_reference="R-0G02")
    task = gone["fhir"]["task"]
    assert client.delete(f"{BASE}/{gone['id']}", headers=who["coach_b"]).status_code == 404
    assert client.delete(f"{BASE}/{gone['id']}", headers=who["referrer"]).status_code == 403
    assert client.delete(f"{BASE}/{gone['id']}", headers=who["coach_a"]).status_code == 204
    assert client.delete(f"{BASE}/{other['id']}", headers=who["admin"]).status_code == 204
    assert client.get(f"{BASE}/{gone['id']}", headers=who["admin"]).status_code == 404
    assert client.get(task, headers=who["admin"]).status_code == 404
    assert client.delete(f"{BASE}/{gone['id']}", headers=who["admin"]).status_code == 404
    assert [i["id"] for i in client.get(BASE, headers=who["admin"]).get_json()["items"]] == [
        kept["id"]
    ]
    with app.app_context():
        counts = services.get().referrals.counts()
    quarter = f"{date.today().year}-Q{(date.today().month - 1) // 3 + 1}"
    assert counts == [
        {
            "quarter": quarter,
            "municipality": None,
            "referrer_type": "huisarts",
            "icpc_code": "Z15",
            "count": 1,
        },
        {
            "quarter": quarter,
            "municipality": "GM1948",
            "referrer_type": "huisarts",
            "icpc_code": "P03",
            "count": 2,
        },
    ]


def test_the_token_of_a_referrer(client, who):
    me = client.get("/api/v1/me", headers=who["referrer"]).get_json()
    assert me["role"] == "referrer" and me["agb"] == AGB
    assert client.get("/api/v1/activities", headers=who["referrer"]).status_code == 403
