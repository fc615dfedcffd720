"""Completeness per listing, what is missing sorted by how often coaches filtered on it; and
the public search for residents: no token, nothing about the searcher kept."""

from sqlalchemy import func, select

from api import services
from api.cli import DEMO_AREAS, _import_areas
from api.store import match_log
from tests.conftest import activity

WEB = {"participation": 2}


def logged_matches(app) -> int:
    with app.app_context(), services.get().store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(match_log)).scalar()


def test_completeness_sorted_by_what_coaches_filter_on(app, client, tokens):
    bare = activity(
        id="bare",
        name="Inloop",
        accessibility=[],
        schedules=[{"days": ["MO"]}],
        costs=[],
        languages=["nl"],
    )
    full = activity(
        id="full",
        costs=[{"amount": 0, "option": "per_session"}],
        min_age=18,
        email="info@welzijn.example",
    )
    for doc in (bare, full):
        assert (
            client.post("/api/v1/activities", json=doc, headers=tokens["admin"]).status_code == 201
        )
    # coaches asked for free activities three times, for a day twice, for wheelchair once
    for requirements in (
        {"free_only": True},
        {"free_only": True, "days": ["MO"]},
        {"free_only": True, "days": ["TU"], "wheelchair": True},
    ):
        body = {
            "spider_web": WEB,
            "location": {"postal_code": "5461"},
            "requirements": requirements,
        }
        assert client.post("/api/v1/match", json=body, headers=tokens["coach"]).status_code == 200
    r = client.get("/api/v1/completeness", headers=tokens["provider_a"])
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    items = {i["id"]: i for i in body["items"]}
    assert items["full"]["score"] == 1.0 and items["full"]["missing"] == []
    missing = [m["field"] for m in items["bare"]["missing"]]
    assert missing == ["cost", "schedule", "accessibility", "audience", "contact"]
    assert [m["filtered"] for m in items["bare"]["missing"]][:3] == [3, 2, 1]
    assert items["bare"]["score"] == round(1 / 6, 2)
    assert body["items"][0]["id"] == "bare"  # least complete first
    assert (
        client.get(
            "/api/v1/completeness?organization=org-b", headers=tokens["provider_a"]
        ).status_code
        == 403
    )
    assert client.get("/api/v1/completeness", headers=tokens["coach"]).status_code == 403


def test_residents_search_without_a_token_and_leave_no_trace(app, client, tokens):
    docs = [
        activity(id="walk"),
        activity(
            id="paid",
            name="Yoga",
            description="Yoga voor iedereen.",
            categories=["relaxation_meaning"],
            costs=[{"amount": 5, "option": "per_session"}],
            accessibility=[],
            schedules=[{"days": ["WE"], "opens_at": "19:00"}],
        ),
        activity(
            id="full",
            name="Wandelgroep Erp",
            capacity={"status": "full"},
            location={**activity()["location"], "latitude": 51.60, "longitude": 5.60},
        ),
    ]
    for doc in docs:
        assert (
            client.post("/api/v1/activities", json=doc, headers=tokens["admin"]).status_code == 201
        )
    with app.app_context():
        _import_areas(str(DEMO_AREAS))  # for place names
    logged = logged_matches(app)

    def found(query):
        r = client.get(f"/api/v1/public/activities?{query}")
        assert r.status_code == 200, r.get_json()
        return [i["id"] for i in r.get_json()["items"]]

    assert sorted(found("")) == ["full", "paid", "walk"]
    assert found("q=wandelen&room=true") == ["walk"]
    assert sorted(found("free=true&wheelchair=true&day=TU")) == ["full", "walk"]
    assert found("free=true&wheelchair=true&day=TU&room=true") == ["walk"]
    assert found("category=relaxation_meaning") == ["paid"]
    assert sorted(found("place=5461&radius_km=1")) == ["paid", "walk"]
    assert "full" in found("place=Erp&radius_km=3")
    r = client.get("/api/v1/public/activities?place=Nergenshuizen")
    assert r.status_code == 400 and "place" in r.get_json()["errors"]["query"]
    item = client.get("/api/v1/public/activities?q=yoga").get_json()["items"][0]
    assert "version" not in item and "reported" not in item
    assert logged_matches(app) == logged  # no match log, nothing about the resident


def test_the_public_page_has_no_tracking(client):
    page = client.get("/activiteiten")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    page.close()  # a static file: the response holds it open until closed
    assert '<html lang="nl"' in html
    for tracker in ("google", "analytics", "matomo", "plausible", "facebook", "hotjar"):
        assert tracker not in html.lower()
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
