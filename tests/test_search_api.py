"""GET /api/v1/activities through HTTP: every filter by its query parameter."""

import copy

import pytest

from tests.backends.fixture_data import DOCS


@pytest.fixture
def loaded(client, tokens):
    for doc in copy.deepcopy(DOCS):
        assert (
            client.post("/api/v1/activities", json=doc, headers=tokens["admin"]).status_code == 201
        )
    return client


def found(client, headers, query: str) -> set[str]:
    r = client.get(f"/api/v1/activities?per_page=100&{query}", headers=headers)
    assert r.status_code == 200, r.json
    return {item["id"] for item in r.json["items"]}


@pytest.mark.parametrize(
    "query,expected",
    [
        ("category=cooking_food", {"cook"}),
        ("category=cooking_food,other", {"cook", "debt", "taal"}),
        ("wheelchair=true", {"walk", "cook", "youth", "debt", "far", "online", "buddy"}),
        ("accessibility=hearing_loop", {"choir", "debt", "online", "buddy"}),
        ("accessibility=wheelchair,hearing_loop", {"debt", "online", "buddy"}),
        ("features=walk_in", {"walk", "debt"}),
        ("free=true", {"walk", "online", "buddy", "debt", "far", "taal", "summer"}),
        (
            "max_cost=5",
            {"walk", "online", "buddy", "debt", "far", "taal", "summer", "youth", "choir"},
        ),
        ("day=WE", {"cook", "taal", "buddy"}),
        ("day=tu&part_of_day=afternoon", {"billiards", "buddy"}),
        ("part_of_day=evening", {"choir", "online", "youth", "buddy"}),
        ("language=ar", {"cook", "taal"}),
        ("age=70&category=creative_cultural", {"choir"}),
        ("age=20&category=creative_cultural", {"choir", "youth"}),
        ("delivery=online,at_home", {"online", "buddy"}),
        ("organization=org-b", {"choir"}),
        (
            "lat=51.617&lon=5.548&radius_km=5&delivery=in_person",
            {"walk", "cook", "youth", "debt", "billiards", "taal"},
        ),
        ("postal_code=5461&radius_km=3&delivery=in_person", {"walk", "youth", "debt", "taal"}),
    ],
)
def test_each_filter(loaded, tokens, query, expected):
    assert found(loaded, tokens["coach"], query) == expected


def test_walking_query_near_veghel_returns_walking_activities(loaded, tokens):
    r = loaded.get("/api/v1/activities?q=wandelen&lat=51.616&lon=5.549", headers=tokens["coach"])
    items = r.json["items"]
    assert [i["id"] for i in items[:2]] == ["walk", "far"]
    assert items[0]["distance_km"] < items[1]["distance_km"]
    assert r.json["total"] == len(items)


def test_without_text_results_are_sorted_by_distance(loaded, tokens):
    items = loaded.get(
        "/api/v1/activities?lat=51.6&lon=5.6&delivery=in_person", headers=tokens["coach"]
    ).json["items"]
    distances = [i["distance_km"] for i in items]
    assert distances == sorted(distances) and items[0]["id"] == "cook"


def test_items_carry_freshness_and_stale_flag(loaded, tokens):
    items = {
        i["id"]: i
        for i in loaded.get("/api/v1/activities?per_page=100", headers=tokens["coach"]).json[
            "items"
        ]
    }
    assert items["billiards"]["stale"] is True and items["billiards"]["freshness_days"] > 365
    assert items["walk"]["stale"] is False and items["walk"]["freshness_days"] >= 0
    assert items["cook"]["monthly_cost_eur"] == pytest.approx(8.66)


def test_inactive_only_for_providers_and_admins(loaded, tokens):
    assert "garden" not in found(loaded, tokens["coach"], "include_inactive=true")
    assert "garden" in found(loaded, tokens["admin"], "include_inactive=true")


def test_paging(loaded, tokens):
    first = loaded.get("/api/v1/activities?sort=name&per_page=4&page=1", headers=tokens["coach"])
    second = loaded.get("/api/v1/activities?sort=name&per_page=4&page=2", headers=tokens["coach"])
    assert first.json["total"] == second.json["total"] == len(DOCS) - 1
    assert not {i["id"] for i in first.json["items"]} & {i["id"] for i in second.json["items"]}


def test_unknown_postal_code_is_a_clear_400(loaded, tokens):
    r = loaded.get("/api/v1/activities?postal_code=9999", headers=tokens["coach"])
    assert r.status_code == 400
    assert "postal_code" in r.json["errors"]["query"]


def test_an_edit_shows_in_the_next_search(loaded, tokens):
    r = loaded.patch(
        "/api/v1/activities/choir",
        json={"name": "Seniorenkoor Zilverstem"},
        headers=tokens["provider_b"],
    )
    assert r.status_code == 200
    top = loaded.get("/api/v1/activities?q=zilverstem", headers=tokens["coach"]).json["items"]
    assert top[0]["id"] == "choir"
