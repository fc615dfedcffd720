"""HSDS 3.0 in the Dutch profile: POST /api/v1/import and the /hsds read API.

See ../shared/API-CONTRACT.md ("HSDS 3.0 import", "HTTP") and ../shared/examples/README.md.
"""

import copy
import json

import pytest

from tests.conftest import activity

WALK = "28ec8283-e776-56f4-8102-2802edba9f0f"  # 1 Wandelgroep Stap foar Stap
MEAL = "a46988f0-0823-5838-9554-276cdf5093f4"  # 2 Samen eten in De Skâns
YOUTH = "dbc799cf-9f87-5672-bc81-98d1540c3162"  # 3 Jongerenatelier Kunst & Kletsen
ONLINE = "1f3cf204-3c6d-5a2b-82ee-5c825e5b5727"  # 4 Online koffie-uurtje
AT_HOME = "8554ed63-05f4-5a0c-84bf-4a33b325a18c"  # 5 Maatje aan huis
GARDEN = "fc834ff1-03b4-5663-a54c-307e4f5565a3"  # 6 Moestuin De Griene Hoeke (inactive)
ALL_IDS = [WALK, MEAL, YOUTH, ONLINE, AT_HOME, GARDEN]

ALL_ACCESSIBILITY = {
    "wheelchair",
    "accessible_toilet",
    "hearing_loop",
    "step_free",
    "guide_dog_welcome",
    "dementia_friendly",
    "parking",
    "public_transport",
}
# Fields of the Dutch profile that a round trip through /hsds must keep.
PROFILE_FIELDS = (
    "name",
    "organization",
    "categories",
    "accessibility",
    "accessibility_notes",
    "features",
    "delivery",
    "location",
    "schedules",
    "costs",
    "languages",
    "min_age",
    "max_age",
    "status",
    "assured_date",
)


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture
def examples(shared) -> list[dict]:
    path = shared / "examples" / "dutch_profile_services.json"
    if not path.is_file():
        pytest.skip("the Dutch profile examples are not there")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def hsds_examples(shared):
    folder = shared / "data" / "hsds-3.0" / "examples"
    if not folder.is_dir():
        pytest.skip("the Open Referral HSDS 3.0 examples are not there")
    return folder


@pytest.fixture
def validator(shared):
    """A Draft 2020-12 validator of the HSDS 3.0 service schema, formats checked."""
    jsonschema = pytest.importorskip("jsonschema")
    path = shared / "data" / "hsds-3.0" / "compiled" / "service.json"
    if not path.is_file():
        pytest.skip("the HSDS 3.0 compiled schema is not there")
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def assert_valid(validator, service: dict) -> None:
    errors = sorted(validator.iter_errors(service), key=lambda e: list(e.absolute_path))
    assert not errors, f"service {service.get('id')} is not valid HSDS 3.0:\n" + "\n".join(
        f"  {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors[:10]
    )


def post_import(client, headers, body, content_type="application/json"):
    if not isinstance(body, (str, bytes)):
        body = json.dumps(body)
    return client.post("/api/v1/import", data=body, headers=headers, content_type=content_type)


def ndjson(records) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def import_ok(client, headers, body, content_type="application/json") -> dict:
    response = post_import(client, headers, body, content_type)
    assert response.status_code == 200, response.get_json()
    report = response.get_json()
    assert report["rejected"] == [], report["rejected"]
    return report


def get_activity(client, headers, activity_id) -> dict:
    response = client.get(f"/api/v1/activities/{activity_id}", headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def codes(attributes, taxonomy) -> list[str]:
    return [
        a["taxonomy_term"]["code"]
        for a in attributes or []
        if a.get("taxonomy_term", {}).get("taxonomy") == taxonomy
    ]


def service_ids(doc) -> list[str]:
    """Ids of the services in an Open Referral example document."""
    if isinstance(doc, list):
        return [i for d in doc for i in service_ids(d)]
    if isinstance(doc.get("contents"), list):
        return service_ids(doc["contents"])
    if isinstance(doc.get("services"), list):
        return [s["id"] for s in doc["services"]]
    if isinstance(doc.get("service"), dict):
        return [doc["service"]["id"]]
    return [doc["id"]]


@pytest.fixture
def imported(client, tokens, examples) -> list[dict]:
    """The six Dutch examples, imported by the admin."""
    report = import_ok(client, tokens["admin"], examples)
    assert report["imported"] == 6
    return examples


# --- the Dutch profile examples ------------------------------------------------------------


def test_dutch_examples_import_without_rejections(client, tokens, examples):
    report = import_ok(client, tokens["admin"], examples)
    assert report["imported"] == 6
    assert report["created"] == 6
    for record in examples:
        doc = get_activity(client, tokens["admin"], record["id"])
        assert doc["id"] == record["id"]
        assert doc["name"] == record["name"]
        # a coach reads them by the same id
        assert get_activity(client, tokens["coach"], record["id"])["id"] == record["id"]


def test_example_1_walking_group(client, tokens, imported):
    record = imported[0]
    doc = get_activity(client, tokens["coach"], WALK)
    assert doc["categories"] == ["sport_movement", "nature", "contact_meeting"]
    assert len(doc["schedules"]) == 2
    slots = sorted((s["days"], s["opens_at"], s["closes_at"]) for s in doc["schedules"])
    assert slots == [(["FR"], "14:00", "15:00"), (["TU"], "10:00", "11:30")]
    assert all(s["interval"] == 1 for s in doc["schedules"])
    assert doc["costs"] == []
    assert doc["monthly_cost_eur"] == 0
    assert set(doc["features"]) == {"walk_in", "come_alone_welcome", "buddy_available"}
    assert doc["languages"] == ["nl", "fy"]
    assert doc["delivery"] == "in_person"
    venue = record["service_at_locations"][0]["location"]
    assert set(doc["accessibility"]) == ALL_ACCESSIBILITY
    assert set(doc["accessibility"]) == set(codes(venue["attributes"], "toegankelijkheid"))
    assert doc["accessibility_notes"] == [a["description"] for a in venue["accessibility"]]
    assert doc["location"]["postal_code"] == "9203 KL"
    assert doc["location"]["city"] == "Drachten"
    assert doc["location"]["latitude"] == pytest.approx(venue["latitude"])
    assert doc["location"]["longitude"] == pytest.approx(venue["longitude"])
    assert doc["organization"]["id"] == record["organization"]["id"]
    assert doc["organization"]["name"] == record["organization"]["name"]


def test_example_2_fortnightly_meal_costs_per_session(client, tokens, imported):
    doc = get_activity(client, tokens["coach"], MEAL)
    assert doc["categories"] == ["cooking_food", "contact_meeting"]
    assert [s["days"] for s in doc["schedules"]] == [["TH"]]
    assert doc["schedules"][0]["interval"] == 2
    assert doc["costs"] == [
        {"amount": 4.5, "option": "per_session", "description": doc["costs"][0]["description"]}
    ]
    assert doc["monthly_cost_eur"] == pytest.approx(4.5 * 4.33 / 2, abs=0.01)
    assert "walk_in" not in doc["features"]
    assert doc["languages"] == ["nl", "ar"]
    # the same venue and organisation as #1: upserted, not rejected as a duplicate
    walk = get_activity(client, tokens["coach"], WALK)
    assert doc["location"] == walk["location"]
    assert doc["organization"]["id"] == walk["organization"]["id"]


def test_example_3_youth_age_range_and_stale(client, tokens, imported):
    doc = get_activity(client, tokens["coach"], YOUTH)
    assert (doc["min_age"], doc["max_age"]) == (16, 27)
    assert doc["assured_date"] == "2025-08-14"
    assert doc["stale"] is True
    assert doc["freshness_days"] > 365
    assert doc["costs"][0]["option"] == "per_year"
    assert doc["monthly_cost_eur"] == pytest.approx(25 / 12, abs=0.01)
    assert set(doc["accessibility"]) == {"step_free", "parking", "public_transport"}
    assert doc["accessibility_notes"]
    assert doc["languages"] == ["nl", "en"]
    # a recently confirmed listing is not stale
    assert get_activity(client, tokens["coach"], WALK)["stale"] is False


def test_example_4_online(client, tokens, imported):
    doc = get_activity(client, tokens["coach"], ONLINE)
    assert doc["delivery"] == "online"
    assert doc["location"] is None
    assert doc["accessibility"] == []
    assert doc["url"]
    assert set(doc["categories"]) == {"contact_meeting", "relaxation_meaning"}
    assert doc["monthly_cost_eur"] == 0  # amount 0 means free


def test_example_5_at_home(client, tokens, imported):
    doc = get_activity(client, tokens["coach"], AT_HOME)
    assert doc["delivery"] == "at_home"
    assert doc["location"] is None
    assert [d for s in doc["schedules"] for d in s["days"]] == ["MO", "TU", "WE", "TH", "FR"]
    assert doc["languages"] == ["nl", "fy"]


def test_example_6_inactive_is_not_found_but_readable(client, tokens, imported):
    doc = get_activity(client, tokens["coach"], GARDEN)
    assert doc["status"] == "inactive"
    assert doc["alert"]
    assert set(doc["categories"]) == {"nature", "volunteering"}
    assert "wheelchair" not in doc["accessibility"]
    assert doc["costs"][0]["option"] == "once"
    assert doc["monthly_cost_eur"] == pytest.approx(7.5)
    schedule = doc["schedules"][0]
    assert schedule["valid_from"] and schedule["valid_to"]

    response = client.get("/api/v1/activities?per_page=100", headers=tokens["coach"])
    assert response.status_code == 200
    ids = {item["id"] for item in response.get_json()["items"]}
    assert GARDEN not in ids
    assert ids == set(ALL_IDS) - {GARDEN}
    response = client.get("/api/v1/activities?q=moestuin", headers=tokens["coach"])
    assert GARDEN not in {item["id"] for item in response.get_json()["items"]}


# --- the Open Referral examples ------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "service_full.json",
        "service_list.json",
        "service_at_location_full.json",
        "organization_full.json",
    ],
)
def test_open_referral_examples_import(client, tokens, hsds_examples, name):
    body = (hsds_examples / name).read_text(encoding="utf-8")
    report = import_ok(client, tokens["admin"], body)
    ids = service_ids(json.loads(body))
    assert report["imported"] == len(ids) >= 1
    for service_id in ids:
        doc = get_activity(client, tokens["admin"], service_id)
        assert doc["id"] == service_id
        assert doc["name"]


def test_taxonomy_term_is_rejected_as_not_a_service(client, tokens, hsds_examples):
    body = (hsds_examples / "taxonomy_term.json").read_text(encoding="utf-8")
    term = json.loads(body)
    response = post_import(client, tokens["admin"], body)
    assert response.status_code == 200
    report = response.get_json()
    assert report["imported"] == 0
    assert len(report["rejected"]) == 1
    rejected = report["rejected"][0]
    assert rejected["id"] == term["id"]
    assert rejected["errors"], "a rejected record says why"
    text = json.dumps(rejected["errors"]).lower()
    assert "service" in text or "organization" in text
    response = client.get(f"/api/v1/activities/{term['id']}", headers=tokens["admin"])
    assert response.status_code == 404


# --- NDJSON, rejections, upserts -----------------------------------------------------------


def test_ndjson_body(client, tokens, examples):
    report = import_ok(client, tokens["admin"], ndjson(examples), "application/x-ndjson")
    assert report["imported"] == 6
    for record in examples:
        assert get_activity(client, tokens["admin"], record["id"])["name"] == record["name"]


def test_malformed_ndjson_line_is_a_400_naming_the_line(client, tokens, examples):
    lines = [json.dumps(examples[0]), '{"id": "broken", "name": ', json.dumps(examples[1])]
    response = post_import(
        client, tokens["admin"], "\n".join(lines) + "\n", content_type="application/x-ndjson"
    )
    assert response.status_code == 400
    body = response.get_json()
    assert body["status"] == 400 or body.get("code") == 400
    assert "line 2" in body["message"]
    assert client.get(f"/api/v1/activities/{WALK}", headers=tokens["admin"]).status_code == 404


def _variant(record: dict, new_id: str) -> dict:
    doc = copy.deepcopy(record)
    doc["id"] = new_id
    return doc


def test_valid_records_land_and_invalid_ones_are_listed(client, tokens, examples):
    walk = examples[0]
    good_1 = _variant(walk, "mix-good-1")
    good_2 = _variant(examples[3], "mix-good-2")
    bad_category = _variant(walk, "mix-bad-category")
    bad_category["attributes"][0]["taxonomy_term"]["code"] = "knitting"
    bad_access = _variant(walk, "mix-bad-access")
    bad_access["service_at_locations"][0]["location"]["attributes"][0]["taxonomy_term"]["code"] = (
        "lift"
    )
    no_name = _variant(walk, "mix-no-name")
    del no_name["name"]
    no_org = _variant(walk, "mix-no-org")
    del no_org["organization"]
    del no_org["organization_id"]
    records = [good_1, bad_category, bad_access, good_2, no_name, no_org]

    response = post_import(client, tokens["admin"], ndjson(records), "application/x-ndjson")
    assert response.status_code == 200, response.get_json()
    report = response.get_json()
    assert report["imported"] == 2
    rejected = {r["id"]: r["errors"] for r in report["rejected"]}
    assert set(rejected) == {"mix-bad-category", "mix-bad-access", "mix-no-name", "mix-no-org"}

    category_errors = rejected["mix-bad-category"]
    assert any(k.startswith("attributes") for k in category_errors), category_errors
    assert "knitting" in json.dumps(category_errors)
    access_errors = rejected["mix-bad-access"]
    assert any("location" in k and "attributes" in k for k in access_errors), access_errors
    assert "lift" in json.dumps(access_errors)
    assert "name" in rejected["mix-no-name"]
    assert "organization" in rejected["mix-no-org"]

    for good in ("mix-good-1", "mix-good-2"):
        assert get_activity(client, tokens["admin"], good)["id"] == good
    for bad in rejected:
        assert client.get(f"/api/v1/activities/{bad}", headers=tokens["admin"]).status_code == 404


def test_reimport_updates_and_identical_reimport_is_unchanged(client, tokens, imported):
    changed = copy.deepcopy(imported[0])
    changed["name"] = "Wandelgroep Stap foar Stap (nieuw)"
    report = import_ok(client, tokens["admin"], [changed])
    assert report["updated"] == 1
    assert report["created"] == 0
    assert get_activity(client, tokens["coach"], WALK)["name"] == changed["name"]

    report = import_ok(client, tokens["admin"], [changed])
    assert report["unchanged"] == 1
    assert report["updated"] == 0
    assert report["created"] == 0
    assert report["imported"] == 1


# --- the /hsds read API and the round trip -------------------------------------------------


def test_hsds_services_are_valid_hsds(client, imported, validator):
    response = client.get("/hsds/services")  # no token needed
    assert response.status_code == 200
    page = response.get_json()
    for key in ("total_items", "total_pages", "page_number", "size", "contents"):
        assert key in page
    assert page["total_items"] == 6
    assert page["page_number"] == 1
    assert page["total_pages"] == 1
    assert {s["id"] for s in page["contents"]} == set(ALL_IDS)
    for service in page["contents"]:
        assert_valid(validator, service)
    for service_id in ALL_IDS:
        response = client.get(f"/hsds/services/{service_id}")
        assert response.status_code == 200
        service = response.get_json()
        assert service["id"] == service_id
        assert_valid(validator, service)


def test_hsds_service_unknown_id_is_404(client, imported):
    assert client.get("/hsds/services/no-such-service").status_code == 404


def test_hsds_export_keeps_profile_codes(client, imported):
    service = client.get(f"/hsds/services/{WALK}").get_json()
    assert codes(service["attributes"], "wor-categorie") == [
        "sport_movement",
        "nature",
        "contact_meeting",
    ]
    assert set(codes(service["attributes"], "drempel")) == {
        "walk_in",
        "come_alone_welcome",
        "buddy_available",
    }
    location = service["service_at_locations"][0]["location"]
    assert set(codes(location["attributes"], "toegankelijkheid")) == ALL_ACCESSIBILITY
    assert [lang["code"] for lang in service["languages"]] == ["nl", "fy"]
    assert len(service["schedules"]) == 2

    at_home = client.get(f"/hsds/services/{AT_HOME}").get_json()
    assert codes(at_home["attributes"], "levering") == ["at_home"]
    online = client.get(f"/hsds/services/{ONLINE}").get_json()
    assert online["service_at_locations"][0]["location"]["location_type"] == "virtual"
    meal = client.get(f"/hsds/services/{MEAL}").get_json()
    assert meal["schedules"][0]["interval"] == 2
    assert meal["cost_options"][0]["option"] == "per_session"
    assert meal["cost_options"][0]["amount"] == pytest.approx(4.5)


def test_hsds_search_finds_the_walking_group(client, imported):
    page = client.get("/hsds/services?search=wandel").get_json()
    ids = [s["id"] for s in page["contents"]]
    assert WALK in ids
    assert ids[0] == WALK
    assert page["total_items"] == len(ids)


def test_hsds_pagination(client, imported):
    seen = []
    for number in (1, 2, 3):
        response = client.get(f"/hsds/services?per_page=2&page={number}")
        assert response.status_code == 200
        page = response.get_json()
        assert page["total_items"] == 6
        assert page["total_pages"] == 3
        assert page["page_number"] == number
        assert page["size"] == 2
        assert len(page["contents"]) == 2
        seen += [s["id"] for s in page["contents"]]
    assert sorted(seen) == sorted(ALL_IDS)
    beyond = client.get("/hsds/services?per_page=2&page=4").get_json()
    assert beyond["contents"] == []
    assert beyond["total_items"] == 6


def test_hsds_taxonomy_term_filter(client, imported, examples):
    walk = client.get(f"/hsds/services/{WALK}").get_json()
    nature = next(
        a["taxonomy_term_id"]
        for a in walk["attributes"]
        if a["taxonomy_term"]["taxonomy"] == "wor-categorie"
        and a["taxonomy_term"]["code"] == "nature"
    )
    expected = {r["id"] for r in examples if "nature" in codes(r["attributes"], "wor-categorie")}
    assert expected == {WALK, GARDEN}
    page = client.get(f"/hsds/services?taxonomy_term_id={nature}").get_json()
    assert {s["id"] for s in page["contents"]} == expected
    assert page["total_items"] == len(expected)

    location = walk["service_at_locations"][0]["location"]
    wheelchair = next(
        a["taxonomy_term_id"]
        for a in location["attributes"]
        if a["taxonomy_term"]["code"] == "wheelchair"
    )
    page = client.get(f"/hsds/services?taxonomy_term_id={wheelchair}").get_json()
    assert {s["id"] for s in page["contents"]} == {WALK, MEAL}

    page = client.get("/hsds/services?taxonomy_term_id=no-such-term").get_json()
    assert page["contents"] == []
    assert page["total_items"] == 0


def test_hsds_modified_after(client, imported):
    page = client.get("/hsds/services?modified_after=2000-01-01T00:00:00Z").get_json()
    assert page["total_items"] == 6
    page = client.get("/hsds/services?modified_after=2999-01-01T00:00:00Z").get_json()
    assert page["total_items"] == 0


def test_round_trip_keeps_the_profile_fields(client, tokens, imported, validator):
    before = {i: get_activity(client, tokens["admin"], i) for i in ALL_IDS}
    exported = client.get("/hsds/services?per_page=100").get_json()["contents"]
    assert len(exported) == 6
    for service in exported:
        assert_valid(validator, service)

    report = import_ok(client, tokens["admin"], exported)
    assert report["imported"] == 6
    assert report["created"] == 0
    assert report["unchanged"] + report["updated"] == 6

    for activity_id, old in before.items():
        new = get_activity(client, tokens["admin"], activity_id)
        for key in PROFILE_FIELDS:
            assert new[key] == old[key], f"{activity_id}: {key} changed in the round trip"
        assert new["monthly_cost_eur"] == old["monthly_cost_eur"]

    # and as NDJSON, one exported service per line, all the same
    report = import_ok(client, tokens["admin"], ndjson(exported), "application/x-ndjson")
    assert report["unchanged"] == 6


def test_created_activity_is_valid_hsds(client, tokens, validator):
    response = client.post("/api/v1/activities", json=activity(), headers=tokens["admin"])
    assert response.status_code == 201, response.get_json()
    created = response.get_json()

    page = client.get("/hsds/services").get_json()
    listed = [s for s in page["contents"] if s["id"] == created["id"]]
    assert len(listed) == 1
    assert_valid(validator, listed[0])
    assert listed[0]["name"] == created["name"]

    service = client.get(f"/hsds/services/{created['id']}").get_json()
    assert_valid(validator, service)
    assert codes(service["attributes"], "wor-categorie") == created["categories"]
    location = service["service_at_locations"][0]["location"]
    assert set(codes(location["attributes"], "toegankelijkheid")) == set(created["accessibility"])
    assert location["latitude"] == pytest.approx(51.617)


@pytest.mark.parametrize("body", ["", "  \n", "\x1d", "42", '"services"', "null"])
def test_empty_or_scalar_body_is_a_400(client, tokens, body):
    # found by the fuzzer: these were a 200 that imported nothing
    response = post_import(client, tokens["admin"], body)
    assert response.status_code == 400
    assert response.get_json()["code"] == 400
