"""'Klopt dit niet?': a coach or a resident reports a wrong listing; the provider's and the
admin's queue; coaches see 'gemeld' until the provider resolves it; the municipality sees
coarse resolution figures; resident reports are rate-limited and spam-safe."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from api import create_app, services
from api.cli import DEMO_AREAS, _import_areas
from api.upkeep.tables import listing_reports
from tests.conftest import ORG_B, activity

WEB = {"participation": 2, "mental_wellbeing": 5}
MATCH = {"spider_web": WEB, "location": {"latitude": 51.617, "longitude": 5.548}}


@pytest.fixture
def listed(app, client, tokens):
    with app.app_context():
        _import_areas(str(DEMO_AREAS))  # Veghel lies in GM1948
    for doc in (
        activity(id="walk"),
        activity(
            id="other-org", name="Schaakclub", organization=ORG_B, categories=["contact_meeting"]
        ),
    ):
        assert (
            client.post("/api/v1/activities", json=doc, headers=tokens["admin"]).status_code == 201
        )
    return tokens


def report(client, headers=None, **body):
    return client.post(
        "/api/v1/reports",
        json={"activity_id": "walk", "reason": "stopped", **body},
        headers=headers or {},
    )


def test_a_coach_reports_and_the_provider_resolves(client, listed):
    r = report(client, listed["coach"], remark="De groep is gestopt in oktober.")
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["status"] == "open"
    # coaches see it in search, on the listing and in a match
    found = client.get("/api/v1/activities?q=wandelen", headers=listed["coach"]).get_json()
    assert {i["id"]: i["reported"] for i in found["items"]}["walk"] is True
    one = client.get("/api/v1/activities/walk", headers=listed["coach"]).get_json()
    assert one["reported"] is True
    matched = client.post("/api/v1/match", json=MATCH, headers=listed["coach"]).get_json()
    flags = {x["activity"]["id"]: x["activity"]["reported"] for x in matched["results"]}
    assert flags.get("walk") is True
    # the provider's queue, and the admin's; not another provider's
    mine = client.get("/api/v1/reports", headers=listed["provider_a"]).get_json()
    assert [
        (i["activity_id"], i["activity_name"], i["remark"], i["source"]) for i in mine["items"]
    ] == [("walk", "Wandelgroep De Stapvoets", "De groep is gestopt in oktober.", "coach")]
    assert client.get("/api/v1/reports", headers=listed["admin"]).get_json()["total"] == 1
    assert client.get("/api/v1/reports", headers=listed["provider_b"]).get_json()["total"] == 0
    rid = mine["items"][0]["id"]
    assert (
        client.post(
            f"/api/v1/reports/{rid}/resolve",
            json={"resolution": "fixed"},
            headers=listed["provider_b"],
        ).status_code
        == 404
    )
    done = client.post(
        f"/api/v1/reports/{rid}/resolve", json={"resolution": "fixed"}, headers=listed["provider_a"]
    )
    assert done.status_code == 200, done.get_json()
    assert done.get_json()["resolved"][0]["resolution"] == "fixed"
    again = client.post(
        f"/api/v1/reports/{rid}/resolve", json={"resolution": "fixed"}, headers=listed["provider_a"]
    )
    assert again.status_code == 409
    assert (
        client.get("/api/v1/activities/walk", headers=listed["coach"]).get_json()["reported"]
        is False
    )
    assert client.get("/api/v1/reports", headers=listed["provider_a"]).get_json()["total"] == 0
    resolved = client.get(
        "/api/v1/reports?status=resolved", headers=listed["provider_a"]
    ).get_json()
    assert resolved["total"] == 1


def test_a_resident_reports_without_signing_in_and_spam_is_refused(client, listed):
    ok = report(client, reason="wrong_time", remark="Het is nu op woensdag.")
    assert ok.status_code == 201
    queued = client.get("/api/v1/reports", headers=listed["admin"]).get_json()["items"]
    assert queued[0]["source"] == "public" and queued[0]["reason"] == "wrong_time"
    # the honeypot, links, a long remark, an unknown reason, a made-up token
    bot = report(client, website="http://spam.example")
    assert bot.status_code == 422 and "website" in bot.get_json()["errors"]["json"]
    link = report(client, remark="Kijk op www.goedkope-pillen.example nu")
    assert link.status_code == 422 and "remark" in link.get_json()["errors"]["json"]
    assert report(client, remark="x" * 501).status_code == 422
    assert report(client, reason="boring").status_code == 422
    fake = report(client, {"Authorization": "Bearer smk_000000000000_made-up"})
    assert fake.status_code == 401
    assert report(client, activity_id="nope").status_code == 404
    # a municipality does not report
    assert report(client, listed["municipality"]).status_code == 403
    assert client.get("/api/v1/reports", headers=listed["admin"]).get_json()["total"] == 1


def test_resident_reports_are_limited_per_address(tmp_path):
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "REPORT_RATE_LIMIT": "3/hour"}
    )
    try:
        client = app.test_client()
        with app.app_context():
            _, admin = services.get().store.create_token("admin")
        client.post(
            "/api/v1/activities",
            json=activity(id="walk"),
            headers={"Authorization": f"Bearer {admin}"},
        )
        codes = [report(client).status_code for _ in range(5)]
        assert codes == [201, 201, 201, 429, 429]
        assert report(client, {"Authorization": f"Bearer {admin}"}).status_code == 201  # a token
    finally:
        app.extensions["socialmap"].close()


def test_the_municipality_sees_coarse_resolution_times(app, client, listed):
    for _ in range(6):
        assert report(client, listed["coach"], reason="full").status_code == 201
    assert (
        report(client, listed["coach"], activity_id="other-org", reason="other").status_code == 201
    )
    stats = client.get("/api/v1/reports/stats?municipality=GM1948", headers=listed["municipality"])
    assert stats.status_code == 200, stats.get_json()
    body = stats.get_json()
    assert body["reports"] == 7 and body["open"] == 7 and body["resolved"] == 0
    assert {r["reason"]: r["reports"] for r in body["by_reason"]} == {"full": 6, "other": "<5"}
    assert body["median_days_to_resolve"] is None  # fewer than 5 resolved
    # resolve the six (one resolution closes every open report of the listing), 3 days later
    rid = client.get("/api/v1/reports", headers=listed["provider_a"]).get_json()["items"][0]["id"]
    client.post(
        f"/api/v1/reports/{rid}/resolve",
        json={"resolution": "not_an_error"},
        headers=listed["provider_a"],
    )
    with app.app_context():
        with services.get().store.engine.begin() as conn:
            rows = conn.execute(
                select(listing_reports.c.id, listing_reports.c.created_at).where(
                    listing_reports.c.activity_id == "walk"
                )
            ).all()
            for row in rows:
                conn.execute(
                    update(listing_reports)
                    .where(listing_reports.c.id == row.id)
                    .values(resolved_at=row.created_at + timedelta(days=3))
                )
    body = client.get(
        "/api/v1/reports/stats?municipality=GM1948", headers=listed["admin"]
    ).get_json()
    assert body["resolved"] == 6 and body["not_an_error"] == 6 and body["open"] == "<5"
    assert body["median_days_to_resolve"] == 3.0 and body["resolved_within_14_days"] == 1.0
    other = client.get("/api/v1/reports/stats?municipality=GM0080", headers=listed["municipality"])
    assert other.status_code == 403
