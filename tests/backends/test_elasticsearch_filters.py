"""Elasticsearch filter clauses as data: each search filter on its own, none, all of them
combined in one filter list, and schedule slots agreeing with the matcher's request mask.
"""

import pytest

from indexers import elasticsearch as es
from indexers.base import SearchQuery
from matcher import activity as act
from tests.backends.conftest import ACTIVE, TODAY
from tests.backends.fixture_data import VEGHEL

# -- filters as data -------------------------------------------------------------------------
NEAR_VEGHEL = {
    "bool": {
        "filter": [
            {"term": {"in_person": True}},
            {"geo_distance": {"distance": "5km", "location": {"lat": VEGHEL[0], "lon": VEGHEL[1]}}},
        ]
    }
}


def schedule_filter(tokens):
    return {
        "bool": {
            "should": [
                {"term": {"has_schedule": False}},
                {
                    "nested": {
                        "path": "schedules",
                        "query": {
                            "bool": {
                                "filter": [
                                    {"terms": {"schedules.slots": tokens}},
                                    {
                                        "bool": {
                                            "should": [
                                                {
                                                    "bool": {
                                                        "must_not": [
                                                            {
                                                                "exists": {
                                                                    "field": "schedules.valid_to"
                                                                }
                                                            }
                                                        ]
                                                    }
                                                },
                                                {
                                                    "range": {
                                                        "schedules.valid_to": {"gte": "2026-01-15"}
                                                    }
                                                },
                                            ],
                                            "minimum_should_match": 1,
                                        }
                                    },
                                ]
                            }
                        },
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


FILTER_CASES = {
    "categories": (
        {"categories": ["cooking_food", "other"]},
        [{"terms": {"categories": ["cooking_food", "other"]}}],
    ),
    "exclude_categories": (
        {"exclude_categories": ["sport_movement"]},
        [{"bool": {"must_not": [{"terms": {"categories": ["sport_movement"]}}]}}],
    ),
    "accessibility": (
        {"accessibility": ["wheelchair", "hearing_loop"]},
        [
            {
                "bool": {
                    "should": [
                        {"term": {"in_person": False}},
                        {
                            "bool": {
                                "filter": [
                                    {"term": {"accessibility": "wheelchair"}},
                                    {"term": {"accessibility": "hearing_loop"}},
                                ]
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            }
        ],
    ),
    "features": (
        {"features": ["walk_in", "plain_language"]},
        [{"term": {"features": "walk_in"}}, {"term": {"features": "plain_language"}}],
    ),
    "free": ({"free_only": True}, [{"term": {"monthly_cost": 0}}]),
    "max_cost": (
        {"max_cost_per_month": 8.66},
        [{"range": {"monthly_cost": {"lte": 8.66 + 1e-9}}}],
    ),
    "days": (
        {"days": ["WE"]},
        [schedule_filter(["WE_morning", "WE_afternoon", "WE_evening"])],
    ),
    "parts_of_day": (
        {"parts_of_day": ["evening"]},
        [schedule_filter([f"{d}_evening" for d in ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]])],
    ),
    "days_and_parts": (
        {"days": ["TU", "FR"], "parts_of_day": ["afternoon"]},
        [schedule_filter(["TU_afternoon", "FR_afternoon"])],
    ),
    "languages": ({"languages": ["en", "ti"]}, [{"terms": {"languages": ["en", "ti"]}}]),
    "age": (
        {"age": 20},
        [{"range": {"min_age": {"lte": 20}}}, {"range": {"max_age": {"gte": 20}}}],
    ),
    "delivery": (
        {"delivery": ["at_home", "online"]},
        [{"terms": {"delivery": ["at_home", "online"]}}],
    ),
    "organization": ({"organization_id": "org-b"}, [{"term": {"organization_id": "org-b"}}]),
    "radius_keeps_remote": (
        {"latitude": VEGHEL[0], "longitude": VEGHEL[1], "radius_km": 5},
        [
            {
                "bool": {
                    "should": [NEAR_VEGHEL, {"term": {"in_person": False}}],
                    "minimum_should_match": 1,
                }
            }
        ],
    ),
    "radius_strict": (
        {
            "latitude": VEGHEL[0],
            "longitude": VEGHEL[1],
            "radius_km": 5,
            "remote_ignores_radius": False,
        },
        [NEAR_VEGHEL],
    ),
    "radius_without_place": ({"radius_km": 5}, []),
    "place_without_radius": ({"latitude": VEGHEL[0], "longitude": VEGHEL[1]}, []),
}


@pytest.mark.parametrize("case", FILTER_CASES)
def test_each_filter_as_data(case):
    kwargs, expected = FILTER_CASES[case]
    assert es.filter_clauses(SearchQuery(**kwargs), TODAY) == [ACTIVE, *expected]


def test_inactive_and_no_filters():
    assert es.filter_clauses(SearchQuery(), TODAY) == [ACTIVE]
    assert es.filter_clauses(SearchQuery(active_only=False), TODAY) == []
    body = es.search_body(SearchQuery(active_only=False), [])
    assert body["query"] == {"match_all": {}}


def test_all_filters_combine_in_one_filter_list():
    kwargs = {}
    for k, _ in FILTER_CASES.values():
        kwargs.update(k)
    kwargs.update(days=["TU", "FR"], parts_of_day=["afternoon"], remote_ignores_radius=True)
    q = SearchQuery(**kwargs)
    clauses = es.filter_clauses(q, TODAY)
    for name in (
        "categories",
        "exclude_categories",
        "accessibility",
        "features",
        "free",
        "max_cost",
        "days_and_parts",
        "languages",
        "age",
        "delivery",
        "organization",
        "radius_keeps_remote",
    ):
        for clause in FILTER_CASES[name][1]:
            assert clause in clauses, name
    assert clauses[0] == ACTIVE
    assert len(clauses) == 15
    body = es.search_body(q, clauses)
    assert body["query"] == {"bool": {"filter": clauses}}
    # the best-cosine kNN search is limited by the same filters
    assert es.top_cosine_search([0.5] * 4, clauses)["knn"]["filter"] == clauses


@pytest.mark.parametrize(
    "days,parts",
    [([], ["evening"]), (["TU"], []), (["TU", "SA"], ["morning", "evening"]), ([], [])],
)
def test_slot_tokens_are_the_matcher_request_mask(days, parts):
    mask = act.request_slot_mask(days, parts)
    tokens = set(es.slot_tokens(days, parts))
    from matcher.vocab import DAYS, PARTS_OF_DAY

    expected = {
        f"{d}_{p}"
        for i, d in enumerate(DAYS)
        for j, p in enumerate(PARTS_OF_DAY)
        if mask & (1 << (i * 3 + j))
    }
    assert tokens == expected
