"""Match and search answers pass each presented activity on as it is (PresentedActivity):
it must be what ActivitySchema would dump, for every listing of the demo map as the
importer stores it and for one written through the API."""

import json

from api import listings, services
from api.activities.resources import present
from api.activities.schemas import ActivitySchema, PresentedActivity
from api.imports import parse_hsds
from matcher.hsds import iter_services
from matcher.paths import DATA_DIR
from tests.conftest import activity

DEMO = DATA_DIR / "demo" / "meierijstad.json"


def test_a_presented_activity_is_what_the_schema_dumps(app, client, tokens):
    written = client.post(
        "/api/v1/activities",
        json=activity(id="through-the-api", name="Wandelen met uitleg"),
        headers=tokens["provider_a"],
    )
    assert written.status_code == 201, written.get_json()
    with app.app_context():
        listings.import_records(iter_services(parse_hsds(DEMO.read_text("utf-8"))), "test")
        docs = [s.doc for s in services.get().store.iter_activities()]
    assert len(docs) > 250 and "through-the-api" in {d["id"] for d in docs}
    schema, field = ActivitySchema(), PresentedActivity()
    for i, doc in enumerate(docs):
        shown = present(doc, 1.2345 if i % 2 else None, 0.5 if i % 3 else None)
        shown["reported"] = i % 5 == 0
        expected = schema.dump(shown)
        got = field._serialize(shown, "activity", {})
        assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True), doc["id"]
    # a key the schema does not know is not passed on
    assert "internal" not in field._serialize({**present(docs[0]), "internal": 1}, "a", {})
    assert field._serialize(None, "a", {}) is None


def test_the_match_and_search_answers_document_the_activity_schema(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    result = schemas["Result"]["properties"]["activity"]
    listing = schemas["ActivityList"]["properties"]["items"]["items"]
    assert "Activity" in json.dumps(result) and "Activity" in json.dumps(listing)
