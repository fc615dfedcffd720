"""/api/v1/trajectories, /api/v1/followup, the letters to the GP and the FHIR Task's output
(see README, "Trajectories")."""

from datetime import date, timedelta

import pytest
from fhir.resources.R4B.task import Task

from api import create_app, services
from tests.referral_data import referral, referral_callers, service_request
from tests.test_store import database_url  # noqa: F401  (SQLite and PostgreSQL)
from trajectory.trajectories import add_months

T = "/api/v1/trajectories"
WEB = {
    "bodily_functions": 6,
    "mental_wellbeing": 4,
    "meaningfulness": 5,
    "quality_of_life": 5,
    "participation": 2,
    "daily_functioning": 7,
}
LATER = {**WEB, "participation": 6, "mental_wellbeing": 6}


@pytest.fixture
def who(app, client, tokens) -> dict[str, dict]:
    return referral_callers(app, client, tokens)


def refer(client, who, **changes) -> dict:
    r = client.post("/api/v1/referrals", json=referral(**changes), headers=who["referrer"])
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def start(client, who, opened_on: str | None = None, **changes) -> dict:
    made = refer(client, who, municipality="GM1948", **changes)
    body = {"referral_id": made["id"], "intake": WEB}
    if opened_on:
        body["opened_on"] = opened_on
    r = client.post(T, json=body, headers=who["coach_a"])
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def post(client, who, path, body, status=201, caller="coach_a"):
    r = client.post(path, json=body, headers=who[caller])
    assert r.status_code == status, r.get_json()
    return r.get_json()


def test_a_referral_becomes_a_trajectory_with_its_intake(client, who):
    t = start(client, who)
    assert t["status"] == "open" and t["status_label"] == "lopend"
    assert t["referral"]["client_reference"] == "ZD-7F3K2"
    assert t["snapshots"]["intake"]["scores"] == {k: float(v) for k, v in WEB.items()}
    assert t["snapshots"]["close"] is None and t["steps"] == []
    assert t["referral"]["status"] == "accepted"  # taking it on accepts the referral
    listed = client.get(T, headers=who["coach_a"]).get_json()
    assert listed["total"] == 1 and listed["items"][0] == t
    again = client.post(T, json={"referral_id": t["referral"]["id"]}, headers=who["coach_a"])
    assert again.status_code == 409 and "al een traject" in again.get_json()["message"]
    r = client.get(f"/api/v1/referrals/{t['referral']['id']}", headers=who["coach_a"])
    assert r.get_json()["trajectory_id"] == t["id"]


def test_only_the_organisations_coach_sees_or_starts_it(client, who):
    made = refer(client, who)
    other = client.post(T, json={"referral_id": made["id"]}, headers=who["coach_b"])
    assert other.status_code == 422
    assert "referral_id" in other.get_json()["errors"]["json"]
    t = post(client, who, T, {"referral_id": made["id"]})
    assert client.get(f"{T}/{t['id']}", headers=who["coach_b"]).status_code == 404
    assert client.get(T, headers=who["coach_b"]).get_json()["total"] == 0
    assert client.get(T, headers=who["coach"]).get_json()["total"] == 0  # no organisation
    for caller in ("referrer", "municipality", "provider_a"):
        assert client.get(f"{T}/{t['id']}", headers=who[caller]).status_code == 403
    assert client.get(f"{T}/{t['id']}", headers=who["admin"]).status_code == 200


def test_conversations_and_the_first_contact(client, who):
    t = start(client, who)
    path = f"{T}/{t['id']}/conversations"
    today = date.today().isoformat()
    t = post(client, who, path, {"date": today, "minutes": 45, "kind": "phone"})
    assert t["referral"]["status"] == "in-progress"  # the first conversation is the contact
    t = post(client, who, path, {"minutes": 60, "kind": "visit"})
    assert [c["kind_label"] for c in t["conversations"]] == ["Telefonisch", "Huisbezoek"]
    assert t["conversation_minutes"] == 105
    assert [s["step"] for s in t["steps"]] == ["contact"]
    r = client.get(f"/api/v1/referrals/{t['referral']['id']}", headers=who["referrer"]).get_json()
    assert r["contact"]["first_contact_date"] == today


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"minutes": 0, "kind": "phone"}, "minutes", "1 tot 480"),
        ({"minutes": "lang", "kind": "phone"}, "minutes", "getal"),
        ({"minutes": 30, "kind": "email"}, "kind", "Onbekende code"),
        ({"minutes": 30}, "kind", "verplicht"),
        ({"minutes": 30, "kind": "phone", "date": "2999-01-01"}, "date", "toekomst"),
        ({"minutes": 30, "kind": "phone", "notes": "Truus"}, "notes", "Onbekend veld"),
    ],
)
def test_conversation_field_messages(client, who, body, field, message):
    t = start(client, who)
    r = client.post(f"{T}/{t['id']}/conversations", json=body, headers=who["coach_a"])
    assert r.status_code == 422, r.get_json()
    assert message in str(r.get_json()["errors"]["json"][field])
    assert client.get(f"{T}/{t['id']}", headers=who["coach_a"]).get_json()["conversations"] == []


def test_a_match_linked_and_its_chosen_activity_added(app, client, who):
    t = start(client, who)
    with app.app_context():  # a listing to match (the referral orgs' ones are store-only)
        services.get().backend.index([services.get().store.get("ref-org-a").public()])
    match = client.post(
        "/api/v1/match",
        json={
            "spider_web": WEB,
            "location": {"latitude": 51.617, "longitude": 5.548},
            "trajectory_id": t["id"],
        },
        headers=who["coach_a"],
    ).get_json()
    assert match["trajectory_id"] == t["id"] and match["results"]
    first = match["results"][0]["activity"]["id"]
    out = post(
        client,
        who,
        f"/api/v1/match/{match['match_id']}/outcome",
        {"chosen": [first]},
        status=200,
    )
    assert out["trajectory_id"] == t["id"]
    t = client.get(f"{T}/{t['id']}", headers=who["coach_a"]).get_json()
    assert t["matches"] == [match["match_id"]]
    [chosen] = t["activities"]
    assert chosen["activity_id"] == first and chosen["match_id"] == match["match_id"]
    assert chosen["name"] == "Wandelgroep De Stapvoets"
    assert [c["month"] for c in chosen["checkins"]] == [3, 6, 9]
    assert chosen["checkins"][0]["due"] == add_months(date.today(), 3).isoformat()
    assert {c["state"] for c in chosen["checkins"]} == {"upcoming"}
    # another coach's trajectory cannot be linked
    other = client.post(
        "/api/v1/match",
        json={"spider_web": WEB, "location": {"postal_code": "5461"}, "trajectory_id": t["id"]},
        headers=who["coach_b"],
    )
    assert other.status_code == 422 and "trajectory_id" in other.get_json()["errors"]["json"]


def chosen_trajectory(app, client, who, days_ago: int = 0) -> tuple[dict, str]:
    """A trajectory with a conversation and an activity chosen ``days_ago``."""
    day = (date.today() - timedelta(days=days_ago)).isoformat()
    t = start(client, who, opened_on=day, referral_date=day)
    with app.app_context():
        services.get().backend.index([services.get().store.get("ref-org-a").public()])
    post(client, who, f"{T}/{t['id']}/conversations", {"date": day, "minutes": 30, "kind": "phone"})
    t = post(client, who, f"{T}/{t['id']}/activities", {"activity_id": "ref-org-a", "date": day})
    return t, t["activities"][0]["id"]


def test_checkins_and_the_followup_list(app, client, who):
    t, chosen = chosen_trajectory(app, client, who, days_ago=100)
    due = client.get("/api/v1/followup", headers=who["coach_a"]).get_json()
    assert [(i["month"], i["state"]) for i in due["items"]] == [(3, "due")]
    assert due["items"][0]["client_reference"] == "ZD-7F3K2"
    path = f"{T}/{t['id']}/activities/{chosen}/checkins"
    missing = client.post(path, json={"month": 3, "result": "stopped"}, headers=who["coach_a"])
    assert missing.status_code == 422 and "reden" in str(missing.get_json()["errors"])
    t = post(client, who, path, {"month": 3, "result": "participating"})
    assert t["activities"][0]["checkins"][0]["result_label"] == "Neemt nog deel"
    assert [s["step"] for s in t["steps"]] == ["contact", "activity_chosen", "participating_3m"]
    again = client.post(path, json={"month": 3, "result": "unreachable"}, headers=who["coach_a"])
    assert again.status_code == 409
    t = post(client, who, path, {"month": 6, "result": "stopped", "reason": "health"})
    assert t["activities"][0]["checkins"][1]["reason"] == {"code": "health", "label": "Gezondheid"}
    assert t["activities"][0]["checkins"][2]["state"] == "skipped"
    late = client.post(path, json={"month": 9, "result": "participating"}, headers=who["coach_a"])
    assert late.status_code == 409 and "gestopt" in late.get_json()["message"]
    assert client.get("/api/v1/followup", headers=who["coach_a"]).get_json()["total"] == 0
    assert client.get("/api/v1/followup", headers=who["coach_b"]).get_json()["total"] == 0


def test_close_completes_the_task_and_the_letters_follow_each_step(app, client, who):
    t, chosen = chosen_trajectory(app, client, who, days_ago=100)
    post(client, who, f"{T}/{t['id']}/activities/{chosen}/checkins", {"month": 3,
         "result": "participating"})  # fmt: skip
    t = post(
        client,
        who,
        f"{T}/{t['id']}/close",
        {"reason": "activity_found", "spider_web": LATER},
        status=200,
    )
    assert t["status"] == "closed" and t["close_reason"]["code"] == "activity_found"
    assert t["spider_web_change"]["participation"] == 4.0
    assert t["referral"]["status"] == "completed"
    more = client.post(
        f"{T}/{t['id']}/conversations", json={"minutes": 5, "kind": "phone"}, headers=who["coach_a"]
    )
    assert more.status_code == 409

    rid = t["referral"]["id"]
    letters = client.get(f"/api/v1/referrals/{rid}/letters", headers=who["referrer"]).get_json()
    assert [x["step"] for x in letters["items"]] == [
        "contact",
        "activity_chosen",
        "participating_3m",
        "closed",
    ]
    html = client.get(letters["items"][-1]["html"], headers=who["referrer"])
    assert html.status_code == 200 and html.mimetype == "text/html"
    text = html.get_data(as_text=True)
    assert "Terugkoppeling Welzijn op Recept" in text and "ZD-7F3K2" in text
    assert "Meedoen" in text and "+4,0" in text and "Wandelgroep De Stapvoets" in text
    pdf = client.get(letters["items"][1]["pdf"], headers=who["referrer"])
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.data.startswith(b"%PDF-") and len(pdf.data) > 2000
    by_accept = client.get(
        letters["items"][0]["html"], headers={**who["referrer"], "Accept": "application/pdf"}
    )
    assert by_accept.mimetype == "application/pdf"
    assert client.get(
        f"/api/v1/referrals/{rid}/letters", headers=who["referrer_y"]
    ).status_code == (404)

    task_id = client.get(f"/api/v1/referrals/{rid}", headers=who["referrer"]).get_json()["fhir"]
    task = Task.model_validate(client.get(task_id["task"], headers=who["referrer"]).get_json())
    assert task.status == "completed"
    assert task.businessStatus.text.startswith("Traject afgesloten op")
    assert [o.type.coding[0].code for o in task.output] == [
        "contact",
        "activity_chosen",
        "participating_3m",
        "closed",
    ]
    assert task.output[-1].valueUrl == f"/api/v1/referrals/{rid}/letters/closed"


def test_a_step_without_its_letter_yet_is_404(client, who):
    t = start(client, who)
    r = client.get(
        f"/api/v1/referrals/{t['referral']['id']}/letters/closed", headers=who["referrer"]
    )
    assert r.status_code == 404 and "Nog geen terugkoppeling" in r.get_json()["message"]


def test_the_fhir_task_follows_the_trajectory(client, who):
    r = client.post(
        "/fhir/ServiceRequest",
        json=service_request(),
        headers={**who["referrer"], "Content-Type": "application/fhir+json"},
    )
    sr = r.get_json()
    t = post(client, who, T, {"referral_id": sr["id"], "municipality": "GM1948"})
    post(client, who, f"{T}/{t['id']}/conversations", {"minutes": 30, "kind": "walk_in"})
    bundle = client.get(f"/fhir/Task?based-on=ServiceRequest/{sr['id']}", headers=who["referrer"])
    task = Task.model_validate(bundle.get_json()["entry"][0]["resource"])
    assert task.status == "in-progress"
    assert task.businessStatus.text == "Traject loopt: 1 gesprek met de welzijnscoach"
    assert task.output[0].type.coding[0].code == "contact"


def test_erasure_of_a_trajectory_takes_its_referral_and_keeps_the_counts(app, client, who):
    t, _ = chosen_trajectory(app, client, who)
    rid = t["referral"]["id"]
    monitoring = "/api/v1/monitoring?municipality=GM1948"
    before = client.get(monitoring, headers=who["admin"]).get_json()
    assert client.delete(f"{T}/{t['id']}", headers=who["coach_b"]).status_code == 404
    assert client.delete(f"{T}/{t['id']}", headers=who["coach_a"]).status_code == 204
    assert client.get(f"{T}/{t['id']}", headers=who["admin"]).status_code == 404
    assert client.get(f"/api/v1/referrals/{rid}", headers=who["admin"]).status_code == 404
    after = client.get(monitoring, headers=who["admin"]).get_json()
    assert after == before
    with app.app_context():
        actions = [e["action"] for e in services.get().store.audit(limit=50)]
        entries = services.get().store.audit(limit=50)
    assert actions[0] == "traj.erase" and "traj.open" in actions and "referral.contact" in actions
    assert "ZD-7F3K2" not in str(entries)  # no client reference in the audit log
    assert t["id"] not in str(entries) and rid not in str(entries)  # nor the erased ids


def test_erasing_the_referral_erases_its_trajectory(app, client, who):
    t = start(client, who)
    rid = t["referral"]["id"]
    assert client.delete(f"/api/v1/referrals/{rid}", headers=who["coach_a"]).status_code == 204
    assert client.get(f"{T}/{t['id']}", headers=who["admin"]).status_code == 404


def test_retention_erases_closed_trajectories_and_keeps_the_counts(app, client, who, runner):
    old, _ = chosen_trajectory(app, client, who, days_ago=400)
    post(client, who, f"{T}/{old['id']}/close", {"reason": "goal_reached",
         "date": (date.today() - timedelta(days=380)).isoformat()}, status=200)  # fmt: skip
    recent = start(client, who, client_reference="R-0NEW1")
    monitoring = "/api/v1/monitoring?municipality=GM1948&quarter="
    quarter = f"{(date.today() - timedelta(days=400)).year}Q"
    quarter += str(((date.today() - timedelta(days=400)).month - 1) // 3 + 1)
    before = client.get(monitoring + quarter, headers=who["admin"]).get_json()
    app.config["RETENTION_MONTHS"] = 12
    result = runner.invoke(args=["retention", "--dry-run"])
    assert result.exit_code == 0 and "1 closed trajectories" in result.output
    assert client.get(f"{T}/{old['id']}", headers=who["admin"]).status_code == 200
    result = runner.invoke(args=["retention"])
    assert result.exit_code == 0, result.output
    assert client.get(f"{T}/{old['id']}", headers=who["admin"]).status_code == 404
    assert client.get(f"{T}/{recent['id']}", headers=who["admin"]).status_code == 200
    assert client.get(monitoring + quarter, headers=who["admin"]).get_json() == before


def test_the_whole_trajectory_on_this_store(database_url, tmp_path):  # noqa: F811
    """Referral, trajectory, conversations, choice, check-in, close, letters, monitoring and
    erasure on SQLite and on PostgreSQL (with SOCIALMAP_TEST_DATABASE_URL)."""
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "DATABASE_URL": database_url}
    )
    client = app.test_client()
    try:
        who = referral_callers(app, client, _tokens(app))
        t, chosen = chosen_trajectory(app, client, who, days_ago=95)
        base = f"{T}/{t['id']}"
        post(client, who, f"{base}/activities/{chosen}/checkins", {"month": 3,
             "result": "stopped", "reason": "practical"})  # fmt: skip
        t = post(client, who, f"{base}/close", {"reason": "client_stopped", "spider_web": LATER},
                 status=200)  # fmt: skip
        assert t["referral"]["status"] == "completed"
        letters = client.get(
            f"/api/v1/referrals/{t['referral']['id']}/letters", headers=who["referrer"]
        ).get_json()["items"]
        assert [x["step"] for x in letters] == ["contact", "activity_chosen", "closed"]
        monitoring = "/api/v1/monitoring?municipality=GM1948&quarter="
        quarters = {
            date.today() - timedelta(days=95): "referrals",
            date.today(): "dropouts",
        }
        before = {}
        for day, figure in quarters.items():
            q = f"{day.year}Q{(day.month - 1) // 3 + 1}"
            report = client.get(monitoring + q, headers=who["admin"]).get_json()
            before[q] = report
            assert report["inflow" if figure == "referrals" else "outflow"][figure] == "<5"
        assert client.delete(base, headers=who["coach_a"]).status_code == 204
        for q, report in before.items():
            assert client.get(monitoring + q, headers=who["admin"]).get_json() == report
    finally:
        app.extensions["socialmap"].close()


def _tokens(app) -> dict:
    with app.app_context():
        store = services.get().store
        made = {
            "admin": store.create_token("admin"),
            "coach": store.create_token("coach"),
            "municipality": store.create_token("municipality", municipality="GM1948"),
            "referrer": store.create_token("referrer", agb="01234567"),
            "provider_a": store.create_token("provider", organization_id="org-a"),
        }
    return {k: {"Authorization": f"Bearer {secret}"} for k, (_, secret) in made.items()}
