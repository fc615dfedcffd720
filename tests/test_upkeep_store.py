"""The upkeep tables on every store the suite runs (SQLite, and PostgreSQL when
SOCIALMAP_TEST_DATABASE_URL is set): the migration, a digest with its link, a report and its
resolution figures, a duplicate pair and its merge."""

from datetime import date, timedelta

import pytest

from api import create_app, services
from api.upkeep import duplicates, reviews
from tests.conftest import ORG_A, activity
from tests.test_store import database_url  # noqa: F401  (the fixture: sqlite and postgresql)


@pytest.fixture
def store_app(tmp_path, database_url):  # noqa: F811
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "DATABASE_URL": database_url,
            "EMBEDDER": "none",
        }
    )
    yield app
    app.extensions["socialmap"].close()


def test_upkeep_on_the_store(store_app):
    client = store_app.test_client()
    with store_app.app_context():
        _, admin = services.get().store.create_token("admin")
    admin = {"Authorization": f"Bearer {admin}"}
    org = {**ORG_A, "email": "info@org-a.example"}
    due = (date.today() - timedelta(days=340)).isoformat()
    for doc in (
        activity(id="walk", organization=org, assured_date=due),
        activity(id="walk-again", organization=org, name="Wandelgroep Stapvoets"),
    ):
        assert client.post("/api/v1/activities", json=doc, headers=admin).status_code == 201
    with store_app.app_context():
        run = reviews.send_digests("http://kaart.test")
        assert (run.digests, run.listings) == (1, 1)
        assert reviews.send_digests("http://kaart.test").digests == 0  # once a week
        body = services.get().outbox.list()[0]
        assert body["to_address"] == "info@org-a.example"
    # the report, its resolution and the figures
    r = client.post("/api/v1/reports", json={"activity_id": "walk", "reason": "full"})
    assert r.status_code == 201
    rid = r.get_json()["id"]
    assert client.get("/api/v1/activities/walk", headers=admin).get_json()["reported"] is True
    done = client.post(
        f"/api/v1/reports/{rid}/resolve", json={"resolution": "fixed"}, headers=admin
    )
    assert done.status_code == 200
    assert client.get("/api/v1/reports?status=resolved", headers=admin).get_json()["total"] == 1
    # the pair (no embedder: name, place, time and text) and its merge
    (pair,) = client.get("/api/v1/duplicates", headers=admin).get_json()["items"]
    assert pair["evidence"]["meaning"] is None
    d = client.post(
        f"/api/v1/duplicates/{pair['id']}/decision",
        json={"action": "merge", "keep": "walk"},
        headers=admin,
    )
    assert d.status_code == 200, d.get_json()
    with store_app.app_context():
        assert duplicates.merged_map() == {"walk-again": "walk"}
