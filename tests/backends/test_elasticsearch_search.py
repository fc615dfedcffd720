"""Elasticsearch search requests and answers without a cluster: the text query, the hybrid
script's parameters, kNN and sort clauses as data, and how a recorded answer becomes hits.

Nothing here ranks: ranking is only tested against a real cluster (test_elasticsearch.py).
"""

import math
import re

import pytest
from geopy.distance import great_circle

from indexers import elasticsearch as es
from indexers.base import SearchQuery
from tests.backends.conftest import ACTIVE, ALIAS, BY_ID, TODAY, TinyEmbedder, make
from tests.backends.fixture_data import VEGHEL


# -- text, ranking inputs and order as data ------------------------------------------------------
def test_text_query_sums_words_and_is_named():
    assert es.text_query("Samen koken samen") == {
        "bool": {
            "should": [
                {"match": {"text": {"query": "samen", "boost": 2}}},
                {"match": {"text": {"query": "koken"}}},
            ],
            "minimum_should_match": 1,
            "_name": "text",
        }
    }
    assert es.ceiling_search("koken") == {
        "size": 1,
        "_source": False,
        "track_total_hits": False,
        "query": {"match": {"text": {"query": "koken"}}},
    }


def test_hybrid_search_body():
    q = SearchQuery(text="koken eten", latitude=VEGHEL[0], longitude=VEGHEL[1], limit=7, offset=14)
    filters = es.filter_clauses(q, TODAY)
    params = es.hybrid_params(q, 3.5, [0.5, 0.5, 0.5, 0.5], 0.8, 0.7, 0.15)
    assert params == {
        "ideal": 3.5,
        "required": True,
        "threshold": 0.15,
        "text_weight": 0.7,
        "top_cosine": 0.8,
        "floor": es.SCORE_FLOOR,
        "query_vector": [0.5, 0.5, 0.5, 0.5],
        "origin": f"{VEGHEL[0]},{VEGHEL[1]}",
        "scale": "5.0km",
        "offset": "0km",
        "decay": math.exp(-1),
        "missing_near": 0.5,
    }
    body = es.search_body(q, filters, params, with_vectors=True)
    assert body == {
        "query": {
            "script_score": {
                "query": {"bool": {"filter": filters, "should": [es.text_query("koken eten")]}},
                "script": {"source": es.HYBRID_SCRIPT, "params": params},
                "min_score": es.SCORE_FLOOR,
            }
        },
        "sort": [{"_score": "desc"}, es.geo_sort(q), {"id": "asc"}],
        "from": 14,
        "size": 7,
        "track_total_hits": True,
        "track_scores": True,
        "_source": {"excludes": ["embedding"]},
    }
    # matching scores every listing that passes the filters: nothing is dropped
    loose = SearchQuery(text="koken", text_required=False)
    loose_params = es.hybrid_params(loose, 1.0, None, 1.0, 0.7, 0.15)
    assert "query_vector" not in loose_params and "origin" not in loose_params
    assert loose_params["required"] is False
    body = es.search_body(loose, [ACTIVE], loose_params)
    assert "min_score" not in body["query"]["script_score"]
    assert body["_source"] == {"excludes": ["embedding", "vector"]}


def test_every_script_param_is_given_or_guarded():
    used = set(re.findall(r"params\.(\w+)", es.HYBRID_SCRIPT)) - {"containsKey"}
    guarded = set(re.findall(r"params\.containsKey\('(\w+)'\)", es.HYBRID_SCRIPT))
    base = set(es.hybrid_params(SearchQuery(text="x"), 1.0, None, 1.0, 0.7, 0.15))
    full = set(
        es.hybrid_params(
            SearchQuery(text="x", latitude=1.0, longitude=2.0), 1.0, [1.0], 1.0, 0.7, 0.15
        )
    )
    assert used <= full
    assert used - base <= {"query_vector", "origin", "scale", "offset", "decay", "missing_near"}
    assert guarded == {"query_vector", "origin"}
    assert "doc['embedding']" in es.HYBRID_SCRIPT and "decayGeoExp" in es.HYBRID_SCRIPT


def test_top_cosine_is_a_knn_search():
    assert es.top_cosine_search([1.0, 0.0], []) == {
        "size": 1,
        "_source": False,
        "track_total_hits": False,
        "knn": {"field": "embedding", "query_vector": [1.0, 0.0], "k": 1, "num_candidates": 100},
    }


@pytest.mark.parametrize(
    "kwargs,expected",
    [
        ({"sort": "name"}, [{"name_sort": "asc"}, {"id": "asc"}]),
        (
            {"sort": "name", "text": "x", "latitude": 1, "longitude": 2},
            [{"name_sort": "asc"}, {"id": "asc"}],
        ),
        ({}, [{"name_sort": "asc"}, {"id": "asc"}]),
        ({"latitude": 1, "longitude": 2}, ["geo", {"name_sort": "asc"}, {"id": "asc"}]),
        (
            {"sort": "distance", "text": "x", "latitude": 1, "longitude": 2},
            ["geo", {"name_sort": "asc"}, {"id": "asc"}],
        ),
        ({"text": "x"}, [{"_score": "desc"}, {"id": "asc"}]),
        ({"text": "x", "latitude": 1, "longitude": 2}, [{"_score": "desc"}, "geo", {"id": "asc"}]),
    ],
)
def test_sort_orders(kwargs, expected):
    q = SearchQuery(**kwargs)
    geo = {
        "_geo_distance": {
            "location": {"lat": 1, "lon": 2},
            "order": "asc",
            "unit": "km",
            "distance_type": "arc",
        }
    }
    assert es.sort_clause(q) == [geo if e == "geo" else e for e in expected]


# -- reading a response (plumbing, not ranking) ---------------------------------------------
def test_search_turns_the_answer_into_the_contract(cluster):
    embedder = TinyEmbedder()
    walk = BY_ID["walk"]
    walk_vector = embedder.encode(["walk"])[0]
    cluster.on(
        "GET|POST",
        rf"/{ALIAS}/_msearch",
        (
            200,
            {
                "responses": [
                    {"hits": {"max_score": 2.0, "hits": []}, "status": 200},  # "wandel"
                    {"hits": {"max_score": 1.5, "hits": []}, "status": 200},  # "aa"
                    {"hits": {"max_score": 0.9, "hits": []}, "status": 200},  # kNN: cosine 0.8
                    {"hits": {"max_score": 0.9, "hits": []}, "status": 200},
                ]
            },
        ),
    )
    cluster.on(
        "GET|POST",
        rf"/{ALIAS}/_search",
        (
            200,
            {
                "hits": {
                    "total": {"value": 3, "relation": "eq"},
                    "hits": [
                        {
                            "_id": "walk",
                            "_score": 0.61,
                            "matched_queries": {"text": 1.75},
                            "_source": {"document": walk, "vector": es.encode_vector(walk_vector)},
                        },
                        {
                            "_id": "online",
                            "_score": es.SCORE_FLOOR,
                            "matched_queries": {},
                            "_source": {"document": BY_ID["online"]},
                        },
                    ],
                }
            },
        ),
    )
    backend = make(cluster, embedder)
    q = SearchQuery(text="wandel Aa", latitude=VEGHEL[0] + 0.01, longitude=VEGHEL[1])
    results = backend.search(q)
    assert results.total == 3
    first, second = results.hits
    assert first.id == "walk" and first.document == walk and first.score == 0.61
    assert first.text_score == pytest.approx(1.75 / 3.5)
    query_vector = embedder.encode(["wandel Aa"])[0]
    assert first.vector_score == pytest.approx(float(walk_vector @ query_vector))
    expected_km = great_circle(
        (q.latitude, q.longitude), (walk["location"]["latitude"], walk["location"]["longitude"])
    ).km
    assert first.distance_km == pytest.approx(expected_km, rel=1e-6)
    assert second.score == 0.0 and second.text_score == 0.0 and second.distance_km is None
    (msearch,) = cluster.find(rf"/{ALIAS}/_msearch")
    bodies = msearch.ndjson()[1::2]
    assert bodies[:2] == [es.ceiling_search("wandel"), es.ceiling_search("aa")]
    assert bodies[2]["knn"]["filter"] == es.filter_clauses(q)
    assert bodies[3]["knn"]["filter"][-1] == {
        "bool": {"should": es.text_query(q.text)["bool"]["should"]}
    }
    (search,) = cluster.find(rf"/{ALIAS}/_search")
    assert search.params == {"include_named_queries_score": "true"}
    params = search.body["query"]["script_score"]["script"]["params"]
    assert params["ideal"] == 3.5
    assert params["top_cosine"] == pytest.approx(0.8)
    assert params["query_vector"] == pytest.approx(query_vector.tolist())


def test_search_without_text_scores_by_distance(cluster):
    cluster.on(
        "GET|POST",
        rf"/{ALIAS}/_search",
        (
            200,
            {
                "hits": {
                    "total": {"value": 2, "relation": "eq"},
                    "hits": [
                        {"_id": "walk", "_score": None, "_source": {"document": BY_ID["walk"]}},
                        {"_id": "buddy", "_score": None, "_source": {"document": BY_ID["buddy"]}},
                    ],
                }
            },
        ),
    )
    results = make(cluster).search(SearchQuery(latitude=VEGHEL[0], longitude=VEGHEL[1]))
    walk, buddy = results.hits
    assert walk.distance_km == pytest.approx(0.0, abs=1e-9) and walk.score == pytest.approx(1.0)
    assert buddy.distance_km is None and buddy.score == 0.5
    assert not cluster.find(rf"/{ALIAS}/_msearch")
    (search,) = cluster.find(rf"/{ALIAS}/_search")
    assert search.params == {}
    assert search.body["query"] == {"bool": {"filter": [ACTIVE]}}
