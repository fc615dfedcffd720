"""Capacity (plek vrij, bijna vol, vol, wachtlijst, with a date): in a listing, through the
HSDS profile as service_capacity and back, as a search filter, and in matching: a full
activity sinks and the coach is told why; without any capacity the ranking is unchanged."""

from datetime import date

from matcher.hsds import from_hsds, to_hsds
from tests.conftest import activity
from tests.test_hsds import assert_valid, validator  # noqa: F401  (a fixture)

WEB = {"participation": 2, "mental_wellbeing": 4, "bodily_functions": 5}
MATCH = {
    "spider_web": WEB,
    "wishes": "samen wandelen in de natuur",
    "location": {"latitude": 51.617, "longitude": 5.548},
}
WALKS = [
    activity(
        id=f"walk-{n}", name=name, location={**activity()["location"], "latitude": 51.617 + n / 500}
    )
    for n, name in enumerate(
        ["Wandelgroep De Stapvoets", "Wandelclub Het Groene Pad", "Natuurwandeling Aa-dal"]
    )
]


def post_all(client, tokens, docs):
    for doc in docs:
        r = client.post("/api/v1/activities", json=doc, headers=tokens["admin"])
        assert r.status_code == 201, r.get_json()


def ranked(client, tokens):
    r = client.post("/api/v1/match", json=MATCH, headers=tokens["coach"])
    assert r.status_code == 200, r.get_json()
    return [(x["activity"]["id"], x["score"], x["reasons"]) for x in r.get_json()["results"]]


def test_a_listing_keeps_its_capacity_with_a_date(client, tokens):
    post_all(client, tokens, [activity(id="c", capacity={"status": "waitlist", "maximum": 12})])
    doc = client.get("/api/v1/activities/c", headers=tokens["coach"]).get_json()
    assert doc["capacity"] == {
        "status": "waitlist",
        "maximum": 12,
        "date": date.today().isoformat(),
    }
    bad = client.patch(
        "/api/v1/activities/c", json={"capacity": {"status": "overvol"}}, headers=tokens["admin"]
    )
    assert bad.status_code == 422 and "capacity" in bad.get_json()["errors"]["json"]
    bad = client.patch(
        "/api/v1/activities/c",
        json={"capacity": {"status": "limited", "available": 13}},
        headers=tokens["admin"],
    )
    assert bad.status_code == 422
    gone = client.patch("/api/v1/activities/c", json={"capacity": None}, headers=tokens["admin"])
    assert gone.status_code == 200 and "capacity" not in gone.get_json()


def test_hsds_round_trip_of_capacity(validator):  # noqa: F811
    for cap in (
        {"status": "full", "date": "2026-11-20"},
        {"status": "limited", "date": "2026-11-20", "available": 2, "maximum": 15},
        {"status": "waitlist", "date": "2026-10-01", "note": "Wachtlijst van ongeveer 2 maanden"},
    ):
        doc = activity(id="x", capacity=cap)
        service = to_hsds(doc)
        assert_valid(validator, service)
        (entry,) = service["service_capacity"]
        assert entry["status"] == cap["status"] and entry["updated"].startswith(cap["date"])
        assert entry["unit"]["name"] == "plaatsen"
        back, warnings = from_hsds(service)
        assert back["capacity"] == cap and warnings == []
    # HSDS 3.1 numbers alone, without our status: read as a state
    plain = to_hsds(activity(id="y"))
    plain["service_capacity"] = [
        {"id": "c1", "available": 0, "maximum": 10, "updated": "2026-12-01T09:00:00Z"}
    ]
    assert from_hsds(plain)[0]["capacity"] == {
        "status": "full",
        "date": "2026-12-01",
        "maximum": 10,
    }
    plain["service_capacity"][0]["available"] = 1
    assert from_hsds(plain)[0]["capacity"]["status"] == "limited"
    assert "capacity" not in from_hsds(to_hsds(activity(id="z")))[0]


def test_search_filters_on_capacity(client, tokens):
    post_all(
        client,
        tokens,
        [
            activity(id="room", capacity={"status": "available"}),
            activity(id="full", capacity={"status": "full"}),
            activity(id="unknown"),
        ],
    )

    def found(query):
        r = client.get(f"/api/v1/activities?{query}", headers=tokens["coach"])
        assert r.status_code == 200, r.get_json()
        return sorted(i["id"] for i in r.get_json()["items"])

    assert found("capacity=available,limited,unknown") == ["room", "unknown"]
    assert found("capacity=full,waitlist") == ["full"]
    assert found("") == ["full", "room", "unknown"]
    assert client.get("/api/v1/activities?capacity=vol", headers=tokens["coach"]).status_code == 422


def test_a_full_activity_sinks_in_a_match_with_its_reason(client, tokens):
    post_all(client, tokens, WALKS)
    before = ranked(client, tokens)
    top = before[0][0]
    r = client.patch(
        f"/api/v1/activities/{top}",
        json={"capacity": {"status": "full", "date": "2026-11-02"}},
        headers=tokens["admin"],
    )
    assert r.status_code == 200
    after = ranked(client, tokens)
    order = [x[0] for x in after]
    assert order.index(top) > 0, order
    reasons = dict((x[0], x[2]) for x in after)[top]
    assert "let op: vol (sinds november 2026)" in reasons
    score_before = dict((x[0], x[1]) for x in before)[top]
    assert dict((x[0], x[1]) for x in after)[top] < score_before
    # "plek vrij" changes nothing; no capacity at all ranks exactly as before
    client.patch(
        f"/api/v1/activities/{top}",
        json={"capacity": {"status": "available"}},
        headers=tokens["admin"],
    )
    same = ranked(client, tokens)
    assert [(x[0], x[1]) for x in same] == [(x[0], x[1]) for x in before]
    client.patch(f"/api/v1/activities/{top}", json={"capacity": None}, headers=tokens["admin"])
    assert ranked(client, tokens) == before
