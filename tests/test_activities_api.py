"""Listing upkeep through /api/v1/activities: create, read, replace, patch, delete, confirm,
conditional writes, the audit history and the answers to bad input."""

import copy
import json
from datetime import date, timedelta

import pytest

from tests.conftest import ORG_B, activity

BASE = "/api/v1/activities"


def days_ago(n: int) -> str:
    return (date.today() - timedelta(days=n)).isoformat()


def without_nulls(value):
    """A document with keys whose value is None left out (how POST/PUT say 'absent')."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def field_paths(errors) -> set[str]:
    """Dotted paths of the field errors in an error envelope, e.g. 'json.location.latitude'."""
    out = set()

    def walk(node, prefix):
        if isinstance(node, dict):
            for key, sub in node.items():
                walk(sub, f"{prefix}.{key}" if prefix else str(key))
        else:
            out.add(prefix)

    walk(errors or {}, "")
    return out


def assert_error(r, statuses, field: str | None = None) -> dict:
    """A JSON error envelope with one of ``statuses``; ``field`` among its field errors."""
    statuses = (statuses,) if isinstance(statuses, int) else statuses
    assert r.status_code in statuses, (r.status_code, r.get_data(as_text=True)[:500])
    assert r.is_json, r.get_data(as_text=True)[:500]
    body = r.get_json()
    assert isinstance(body, dict)
    assert body.get("code") == r.status_code
    assert isinstance(body.get("status"), str) and body["status"]
    assert isinstance(body.get("message"), str) and body["message"]
    if field is not None:
        assert "errors" in body, body
        paths = field_paths(body["errors"])
        assert any(f".{field}." in f".{p}." for p in paths), (field, paths)
    return body


@pytest.fixture
def admin(tokens):
    return tokens["admin"]


@pytest.fixture
def create(client, admin):
    """POST a listing as admin (or ``headers``); returns the response."""

    def make(headers=None, **changes):
        r = client.post(BASE, json=activity(**changes), headers=headers or admin)
        assert r.status_code == 201, r.get_json()
        return r

    return make


@pytest.fixture
def listing(create) -> dict:
    """org-a's listing 'act-1', as the API returned it."""
    return create(id="act-1").get_json()


def read(client, admin, activity_id="act-1"):
    return client.get(f"{BASE}/{activity_id}", headers=admin)


def stored(client, admin, activity_id="act-1"):
    """(document, ETag) as admin reads it; freshness is left out (it follows the date)."""
    r = read(client, admin, activity_id)
    doc = r.get_json() if r.status_code == 200 else None
    return doc, r.headers.get("ETag")


# -- create -----------------------------------------------------------------------------


def test_create_answers_201_with_etag_and_keeps_the_given_id(client, admin):
    r = client.post(BASE, json=activity(id="wandel-1"), headers=admin)
    assert r.status_code == 201, r.get_json()
    assert r.headers.get("ETag")
    body = r.get_json()
    assert body["id"] == "wandel-1"
    assert body["name"] == "Wandelgroep De Stapvoets"
    assert body["organization"]["id"] == "org-a"

    got = read(client, admin, "wandel-1")
    assert got.status_code == 200
    assert got.headers["ETag"] == r.headers["ETag"]
    assert got.get_json()["categories"] == ["sport_movement", "nature", "contact_meeting"]


def test_create_without_id_generates_distinct_ids(client, admin):
    first = client.post(BASE, json=activity(), headers=admin)
    second = client.post(BASE, json=activity(), headers=admin)
    assert first.status_code == second.status_code == 201
    ids = {first.get_json()["id"], second.get_json()["id"]}
    assert len(ids) == 2 and all(ids)
    for activity_id in ids:
        assert read(client, admin, activity_id).status_code == 200


def test_admin_must_name_the_organisation(client, admin):
    doc = activity(id="no-org")
    del doc["organization"]
    r = client.post(BASE, json=doc, headers=admin)
    assert_error(r, 422, "organization")
    assert read(client, admin, "no-org").status_code == 404


def test_provider_organisation_is_filled_in_once_known(client, admin, tokens):
    provider = tokens["provider_b"]
    doc = activity(id="b-1")
    del doc["organization"]

    # org-b is not known yet: its name must be given the first time
    assert_error(client.post(BASE, json=doc, headers=provider), 422, "organization")

    first = client.post(BASE, json=activity(id="b-0", organization=ORG_B), headers=provider)
    assert first.status_code == 201, first.get_json()

    r = client.post(BASE, json=doc, headers=provider)
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["organization"] == ORG_B
    assert stored(client, admin, "b-1")[0]["organization"] == ORG_B


def test_duplicate_id_is_409_and_leaves_the_original(client, admin, listing):
    before = stored(client, admin)
    r = client.post(BASE, json=activity(id="act-1", name="Iets anders"), headers=admin)
    assert_error(r, 409)
    assert stored(client, admin) == before


# -- derived fields on read -------------------------------------------------------------


@pytest.mark.parametrize(
    ("age_days", "stale"),
    [
        pytest.param(0, False, id="today"),
        pytest.param(10, False, id="10-days"),
        pytest.param(365, False, id="365-days"),
        pytest.param(366, True, id="366-days"),
        pytest.param(800, True, id="800-days"),
    ],
)
def test_freshness_and_stale(client, admin, create, age_days, stale):
    create(id="fresh", assured_date=days_ago(age_days))
    body = read(client, admin, "fresh").get_json()
    assert body["freshness_days"] == age_days
    assert body["stale"] is stale


def test_never_confirmed_listing_is_stale(client, admin, create):
    create(id="never", assured_date=None)
    body = read(client, admin, "never").get_json()
    assert body["freshness_days"] is None
    assert body["stale"] is True


@pytest.mark.parametrize(
    ("costs", "interval", "monthly"),
    [
        pytest.param([], 1, 0.0, id="no-cost-option"),
        pytest.param([{"amount": 0, "option": "per_session"}], 1, 0.0, id="amount-0"),
        pytest.param([{"amount": 2, "option": "per_session"}], 1, 8.66, id="per-session"),
        pytest.param([{"amount": 2, "option": "per_session"}], 2, 4.33, id="per-session-biweekly"),
        pytest.param([{"amount": 10, "option": "per_month"}], 1, 10.0, id="per-month"),
        pytest.param([{"amount": 24, "option": "per_year"}], 1, 2.0, id="per-year"),
        pytest.param([{"amount": 7.5, "option": "once"}], 1, 7.5, id="once"),
    ],
)
def test_monthly_cost(client, admin, create, costs, interval, monthly):
    schedules = [{"days": ["TU"], "opens_at": "10:00", "closes_at": "11:00", "interval": interval}]
    create(id="cost", costs=costs, schedules=schedules)
    body = read(client, admin, "cost").get_json()
    assert body["monthly_cost_eur"] == pytest.approx(monthly, abs=0.01)


def test_search_items_carry_the_derived_fields(client, tokens, create):
    create(id="old", assured_date=days_ago(400))
    r = client.get(BASE, headers=tokens["coach"])
    assert r.status_code == 200, r.get_json()
    (item,) = [i for i in r.get_json()["items"] if i["id"] == "old"]
    assert item["stale"] is True
    assert item["freshness_days"] == 400
    assert item["monthly_cost_eur"] == 0.0


# -- PUT --------------------------------------------------------------------------------


def test_put_the_get_body_back_unchanged(client, admin, listing):
    got = read(client, admin)
    body = got.get_json()
    assert {"version", "created_at", "updated_at", "freshness_days", "stale"} <= set(body)

    r = client.put(f"{BASE}/act-1", json=body, headers={**admin, "If-Match": got.headers["ETag"]})
    assert r.status_code == 200, r.get_json()
    after = r.get_json()
    assert after["version"] == body["version"] + 1
    changing = ("version", "updated_at")
    assert {k: v for k, v in after.items() if k not in changing} == {
        k: v for k, v in body.items() if k not in changing
    }


def test_put_replaces_the_whole_listing(client, admin, listing):
    doc = activity(name="Wandelgroep Nieuw", features=[])
    del doc["accessibility"]
    r = client.put(f"{BASE}/act-1", json=doc, headers=admin)
    assert r.status_code == 200, r.get_json()
    body, _ = stored(client, admin)
    assert body["name"] == "Wandelgroep Nieuw"
    assert body["features"] == []
    assert body["accessibility"] == []
    assert body["id"] == "act-1"


def test_put_with_another_id_in_the_body_is_refused(client, admin, listing):
    before = stored(client, admin)
    r = client.put(f"{BASE}/act-1", json=activity(id="act-2"), headers=admin)
    assert_error(r, (400, 409, 422), "id")
    assert stored(client, admin) == before
    assert read(client, admin, "act-2").status_code == 404


def test_put_unknown_id_is_404(client, admin):
    r = client.put(f"{BASE}/nope", json=activity(), headers=admin)
    assert_error(r, 404)


# -- PATCH ------------------------------------------------------------------------------


def test_patch_changes_only_the_named_fields(client, admin, listing):
    r = client.patch(f"{BASE}/act-1", json={"name": "Wandelclub"}, headers=admin)
    assert r.status_code == 200, r.get_json()
    body, _ = stored(client, admin)
    assert body["name"] == "Wandelclub"
    for key in ("description", "categories", "accessibility", "location", "schedules"):
        assert body[key] == listing[key]


def test_patch_null_removes_a_field(client, admin, create):
    create(id="act-1", min_age=55, alert="Let op: in juli geen wandeling.")
    r = client.patch(f"{BASE}/act-1", json={"min_age": None, "alert": None}, headers=admin)
    assert r.status_code == 200, r.get_json()
    body, _ = stored(client, admin)
    assert body.get("min_age") is None
    assert body.get("alert") is None
    assert body["name"] == "Wandelgroep De Stapvoets"


def test_patch_merges_nested_objects(client, admin, listing):
    r = client.patch(
        f"{BASE}/act-1",
        data=json.dumps({"location": {"name": "Zaal 2", "city": None}}),
        headers={**admin, "Content-Type": "application/merge-patch+json"},
    )
    assert r.status_code == 200, r.get_json()
    loc = stored(client, admin)[0]["location"]
    assert loc["name"] == "Zaal 2"
    assert loc.get("city") is None
    assert loc["postal_code"] == "5461 AB"
    assert (loc["latitude"], loc["longitude"]) == (51.617, 5.548)


def test_patch_replaces_lists_whole(client, admin, listing):
    r = client.patch(f"{BASE}/act-1", json={"categories": ["nature"]}, headers=admin)
    assert r.status_code == 200, r.get_json()
    assert stored(client, admin)[0]["categories"] == ["nature"]


def test_patch_unknown_id_is_404(client, admin):
    assert_error(client.patch(f"{BASE}/nope", json={"name": "x"}, headers=admin), 404)


# -- conditional writes -----------------------------------------------------------------

WRITES = {
    "put": ("PUT", "", activity(name="Wandelgroep Nieuw")),
    "patch": ("PATCH", "", {"name": "Wandelgroep Nieuw"}),
    "confirm": ("POST", "/confirm", None),
    "delete": ("DELETE", "", None),
}


def _write(client, headers, kind):
    method, suffix, body = WRITES[kind]
    kwargs = {"json": copy.deepcopy(body)} if body is not None else {}
    return client.open(f"{BASE}/act-1{suffix}", method=method, headers=headers, **kwargs)


@pytest.mark.parametrize("kind", list(WRITES))
def test_write_with_current_etag_succeeds_and_changes_it(client, admin, create, kind):
    create(id="act-1", assured_date=days_ago(30))
    etag = read(client, admin).headers["ETag"]

    r = _write(client, {**admin, "If-Match": etag}, kind)
    assert r.status_code in (200, 204), r.get_data(as_text=True)
    if kind == "delete":
        assert read(client, admin).status_code == 404
        return
    assert r.headers.get("ETag") and r.headers["ETag"] != etag
    assert read(client, admin).headers["ETag"] == r.headers["ETag"]


@pytest.mark.parametrize("kind", list(WRITES))
def test_write_with_stale_etag_is_412_and_changes_nothing(client, admin, create, kind):
    create(id="act-1", assured_date=days_ago(30))
    old_etag = read(client, admin).headers["ETag"]
    assert client.patch(f"{BASE}/act-1", json={"alert": "Nieuw"}, headers=admin).status_code == 200
    before = stored(client, admin)
    assert before[1] != old_etag

    r = _write(client, {**admin, "If-Match": old_etag}, kind)
    assert_error(r, 412)
    assert stored(client, admin) == before


@pytest.mark.parametrize("kind", list(WRITES))
def test_write_without_if_match_is_allowed(client, admin, create, kind):
    create(id="act-1", assured_date=days_ago(30))
    r = _write(client, admin, kind)
    assert r.status_code in (200, 204), r.get_data(as_text=True)


def test_if_match_star_is_allowed(client, admin, listing):
    r = client.patch(f"{BASE}/act-1", json={"name": "Ster"}, headers={**admin, "If-Match": "*"})
    assert r.status_code == 200, r.get_json()


@pytest.mark.parametrize("kind", list(WRITES))
@pytest.mark.parametrize("if_match", ['""', '"", W/"x"', '"v"', '"vx"'])
def test_if_match_naming_no_version_is_412(client, admin, create, kind, if_match):
    # found by the fuzzer: an empty entity tag ("") was a 500
    create(id="act-1", assured_date=days_ago(30))
    before = stored(client, admin)
    assert_error(_write(client, {**admin, "If-Match": if_match}, kind), 412)
    assert stored(client, admin) == before


def test_two_writers_with_the_same_etag_second_loses(client, admin, tokens, listing):
    etag = read(client, admin).headers["ETag"]
    first = client.patch(
        f"{BASE}/act-1", json={"name": "Eerste"}, headers={**admin, "If-Match": etag}
    )
    second = client.patch(
        f"{BASE}/act-1",
        json={"name": "Tweede"},
        headers={**tokens["provider_a"], "If-Match": etag},
    )
    assert first.status_code == 200
    assert_error(second, 412)
    assert stored(client, admin)[0]["name"] == "Eerste"


# -- delete, confirm, history -----------------------------------------------------------


def test_delete_then_get_is_404(client, admin, listing):
    r = client.delete(f"{BASE}/act-1", headers=admin)
    assert r.status_code == 204
    assert_error(read(client, admin), 404)
    assert_error(client.delete(f"{BASE}/act-1", headers=admin), 404)
    search = client.get(BASE, headers=admin).get_json()
    assert "act-1" not in [i["id"] for i in search["items"]]


def test_confirm_sets_assured_date_to_today(client, admin, tokens, create):
    create(id="act-1", assured_date=days_ago(500))
    assert read(client, admin).get_json()["stale"] is True

    r = client.post(f"{BASE}/act-1/confirm", headers=tokens["provider_a"])
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["assured_date"] == date.today().isoformat()
    body = read(client, admin).get_json()
    assert body["assured_date"] == date.today().isoformat()
    assert body["stale"] is False
    assert body["freshness_days"] == 0


def test_confirm_unknown_id_is_404(client, admin):
    assert_error(client.post(f"{BASE}/nope/confirm", headers=admin), 404)


def test_history_lists_create_update_confirm_with_actor_and_changes(client, admin, tokens, create):
    create(id="act-1", assured_date=days_ago(100))
    provider = tokens["provider_a"]
    assert (
        client.patch(f"{BASE}/act-1", json={"name": "Nieuw"}, headers=provider).status_code == 200
    )
    assert client.post(f"{BASE}/act-1/confirm", headers=provider).status_code == 200

    r = client.get(f"{BASE}/act-1/history", headers=admin)
    assert r.status_code == 200, r.get_json()
    items = r.get_json()["items"]
    by_action = {e["action"]: e for e in items}
    assert sorted(by_action) == ["confirm", "create", "update"]
    assert len(items) == 3
    for entry in items:
        assert entry["actor"] and entry["at"]
    # admin created; the provider updated and confirmed
    assert by_action["create"]["actor"] != by_action["update"]["actor"]
    assert by_action["update"]["actor"] == by_action["confirm"]["actor"]
    assert set(by_action["update"]["changes"]) == {"name"}
    assert by_action["update"]["changes"]["name"] == ["Wandelgroep De Stapvoets", "Nieuw"]
    assert set(by_action["confirm"]["changes"]) == {"assured_date"}
    assert "name" in by_action["create"]["changes"]


def test_history_records_delete(client, admin, listing):
    assert client.delete(f"{BASE}/act-1", headers=admin).status_code == 204
    items = client.get(f"{BASE}/act-1/history", headers=admin).get_json()["items"]
    assert sorted(e["action"] for e in items) == ["create", "delete"]


# -- bad input --------------------------------------------------------------------------

# (id, change to the base listing (None = field absent / removed by a merge patch), field
# that the errors must name)
BAD_FIELDS = [
    ("name-number", {"name": 5}, "name"),
    ("name-empty", {"name": ""}, "name"),
    (
        "latitude-text",
        {"location": {"latitude": "north", "longitude": 5.548, "postal_code": "5461"}},
        "location.latitude",
    ),
    ("unknown-category", {"categories": ["dancing"]}, "categories"),
    ("categories-empty", {"categories": []}, "categories"),
    ("categories-not-a-list", {"categories": "nature"}, "categories"),
    ("unknown-accessibility", {"accessibility": ["lift"]}, "accessibility"),
    ("unknown-field", {"categorie": ["nature"]}, "categorie"),
    (
        "latitude-95",
        {"location": {"latitude": 95, "longitude": 5.548, "postal_code": "5461"}},
        "location.latitude",
    ),
    (
        "longitude-200",
        {"location": {"latitude": 51.6, "longitude": 200, "postal_code": "5461"}},
        "location.longitude",
    ),
    ("location-not-an-object", {"location": [51.6, 5.5]}, "location"),
    ("min-age-above-max-age", {"min_age": 70, "max_age": 60}, "age"),
    (
        "closes-before-opens",
        {"schedules": [{"days": ["TU"], "opens_at": "11:00", "closes_at": "10:00"}]},
        "schedules.0.closes_at",
    ),
    ("bad-time", {"schedules": [{"days": ["TU"], "opens_at": "25:00"}]}, "schedules.0.opens_at"),
    ("bad-day", {"schedules": [{"days": ["XX"]}]}, "schedules.0.days"),
    ("cost-amount-text", {"costs": [{"amount": "veel", "option": "once"}]}, "costs.0.amount"),
    ("cost-option-unknown", {"costs": [{"amount": 2, "option": "weekly"}]}, "costs.0.option"),
    ("bad-date", {"assured_date": "2026-13-45"}, "assured_date"),
    ("in-person-without-location", {"location": None}, "location"),
    (
        "unknown-postal-code",
        {"location": {"postal_code": "9999", "latitude": None, "longitude": None}},
        "location.postal_code",
    ),
]


def _bad_request(client, admin, method: str, change: dict):
    if method == "PATCH":
        return client.patch(f"{BASE}/act-1", json=change, headers=admin)
    body = without_nulls(activity(**change))
    if method == "POST":
        return client.post(BASE, json={**body, "id": "act-new"}, headers=admin)
    return client.put(f"{BASE}/act-1", json=body, headers=admin)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
@pytest.mark.parametrize(("change", "field"), [pytest.param(c, f, id=i) for i, c, f in BAD_FIELDS])
def test_bad_field_is_422_naming_the_field(client, admin, listing, method, change, field):
    before = stored(client, admin)
    r = _bad_request(client, admin, method, change)
    if field == "age":  # either end of the range may carry the message
        body = assert_error(r, 422)
        assert {"json.min_age", "json.max_age"} & field_paths(body.get("errors")), body
    else:
        assert_error(r, 422, field)
    assert stored(client, admin) == before
    assert read(client, admin, "act-new").status_code == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("{not json", id="malformed"),
        pytest.param('{"name": "x",}', id="trailing-comma"),
        pytest.param(json.dumps([activity()]), id="list"),
        pytest.param('"a string"', id="string"),
        pytest.param("null", id="null"),
    ],
)
def test_body_that_is_not_a_json_object_is_4xx(client, admin, listing, method, raw):
    before = stored(client, admin)
    path = BASE if method == "POST" else f"{BASE}/act-1"
    r = client.open(
        path,
        method=method,
        data=raw,
        headers={**admin, "Content-Type": "application/json"},
    )
    body = assert_error(r, (400, 422))
    assert body.get("errors"), body
    assert stored(client, admin) == before


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_known_postal_code_without_coordinates_is_placed(client, admin, listing, method):
    change = {"location": {"postal_code": "5461", "latitude": None, "longitude": None}}
    if method == "PATCH":
        r = client.patch(f"{BASE}/act-1", json=change, headers=admin)
    else:
        body = activity(location={"name": "Buurthuis", "postal_code": "5461"})
        if method == "POST":
            r = client.post(BASE, json={**body, "id": "act-pc"}, headers=admin)
        else:
            r = client.put(f"{BASE}/act-1", json=body, headers=admin)
    assert r.status_code in (200, 201), r.get_json()
    loc = r.get_json()["location"]
    assert loc["latitude"] == pytest.approx(51.62, abs=0.01)
    assert loc["longitude"] == pytest.approx(5.54, abs=0.01)
    stored_loc = stored(client, admin, r.get_json()["id"])[0]["location"]
    assert (stored_loc["latitude"], stored_loc["longitude"]) == (loc["latitude"], loc["longitude"])


def test_online_listing_needs_no_location(client, admin):
    doc = activity(id="online-1", delivery="online", url="https://example.org/koffie")
    del doc["location"]
    r = client.post(BASE, json=doc, headers=admin)
    assert r.status_code == 201, r.get_json()


OVERSIZED = "Lange beschrijving. " * (300 * 1024 // 20)  # ~300 KiB


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_body_over_the_size_limit_is_413(app, client, admin, listing, method):
    assert app.config["MAX_ACTIVITY_BYTES"] == 256 * 1024
    before = stored(client, admin)
    if method == "PATCH":
        r = client.patch(f"{BASE}/act-1", json={"description": OVERSIZED}, headers=admin)
    elif method == "PUT":
        r = client.put(f"{BASE}/act-1", json=activity(description=OVERSIZED), headers=admin)
    else:
        r = client.post(BASE, json=activity(id="big", description=OVERSIZED), headers=admin)
    assert_error(r, 413)
    assert stored(client, admin) == before
    assert read(client, admin, "big").status_code == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_valid_fields_over_the_size_limit_are_413(client, admin, listing, method):
    """Each field within its own limit, the whole listing over 256 KiB."""
    notes = ["Drempelvrije ingang aan de achterkant. " * 25] * 300
    if method == "PATCH":
        r = client.patch(f"{BASE}/act-1", json={"accessibility_notes": notes}, headers=admin)
    elif method == "PUT":
        r = client.put(f"{BASE}/act-1", json=activity(accessibility_notes=notes), headers=admin)
    else:
        r = client.post(BASE, json=activity(id="big", accessibility_notes=notes), headers=admin)
    assert_error(r, 413)
    assert read(client, admin, "big").status_code == 404
    assert stored(client, admin)[0]["accessibility_notes"] == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        pytest.param("lat=100&lon=5.5", "lat", id="lat-100"),
        pytest.param("lat=51.6&lon=200", "lon", id="lon-200"),
        pytest.param("lat=north&lon=5.5", "lat", id="lat-text"),
        pytest.param("lat=51.6", "lat", id="lat-without-lon"),
        pytest.param("category=dancing", "category", id="category-dancing"),
        pytest.param("day=XX", "day", id="day-XX"),
        pytest.param("per_page=1000", "per_page", id="per-page-1000"),
        pytest.param("per_page=0", "per_page", id="per-page-0"),
        pytest.param("page=0", "page", id="page-0"),
        pytest.param("radius_km=-1&lat=51.6&lon=5.5", "radius_km", id="radius-negative"),
        pytest.param("age=old", "age", id="age-text"),
        pytest.param("sort=random", "sort", id="sort-unknown"),
        pytest.param("language=dutch!", "language", id="language-bad"),
    ],
)
def test_bad_search_parameter_is_422_naming_it(client, tokens, query, field):
    r = client.get(f"{BASE}?{query}", headers=tokens["coach"])
    assert_error(r, 422, field)


def test_good_search_parameters_are_accepted(client, tokens, listing):
    r = client.get(
        f"{BASE}?lat=51.62&lon=5.54&radius_km=5&category=nature&day=tu&per_page=100",
        headers=tokens["coach"],
    )
    assert r.status_code == 200, r.get_json()
    assert "act-1" in [i["id"] for i in r.get_json()["items"]]
