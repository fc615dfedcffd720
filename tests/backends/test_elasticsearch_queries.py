"""The Elasticsearch backend without a cluster: mapping, documents, queries as data, bulk and
alias actions, how the settings reach the client and how the client's errors reach callers.

Requests go to a recorded-response node (an ``elastic_transport`` node class that answers
from tests/backends/es_recorded/, bodies in the shape Elasticsearch 8/9 answers, or from a
small function for bulk requests), to a local HTTP server that answers ``_count`` and keeps
the request headers, or, for an unreachable cluster, to a closed local port.
Nothing here ranks: ranking is only tested against a real cluster (test_elasticsearch.py).
"""

import copy
import hashlib
import json
import logging
import math
import re
import shutil
import socket
import threading
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import certifi
import numpy as np
import pytest
from bm25s.stopwords import STOPWORDS_DUTCH
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node import NodeApiResponse
from elasticsearch import Elasticsearch
from geopy.distance import great_circle

from indexers import BACKENDS, backend_class
from indexers import elasticsearch as es
from indexers.analysis import DECOMPOUND_FILE, MIN_COMPOUND_LENGTH
from indexers.base import BackendUnavailable, SearchQuery
from matcher import activity as act
from tests.backends.fixture_data import DOCS, VEGHEL

RECORDED = Path(__file__).parent / "es_recorded"
ALIAS = "socialmap-test"
TODAY = date(2026, 1, 15)
BY_ID = {d["id"]: d for d in DOCS}
SHARDS = {"total": 1, "successful": 1, "skipped": 0, "failed": 0}
API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="  # not a real one


def recorded(name: str) -> dict:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))


class TinyEmbedder:
    """Deterministic unit vectors from a hash of the text (4 dimensions); counts its texts."""

    name = "tiny-test"
    dim = 4

    def __init__(self):
        self.texts = 0

    def encode(self, texts):
        self.texts += len(texts)
        out = []
        for t in texts:
            raw = hashlib.sha256(t.encode()).digest()[:4]
            v = np.array([b + 1 for b in raw], dtype=np.float32)
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32).reshape(len(texts), self.dim)


# -- the recorded-response node ------------------------------------------------------------
@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object

    def ndjson(self) -> list[dict]:
        return self.body if isinstance(self.body, list) else [self.body]


def _decode(body: bytes | None):
    if not body:
        return None
    text = body.decode()
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    return lines[0] if len(lines) == 1 and not text.endswith("\n") else lines


def bulk_ok(request: Request) -> tuple[int, dict]:
    """What Elasticsearch answers to a bulk request that fully succeeds."""
    items, lines = [], request.ndjson()
    i = 0
    while i < len(lines):
        ((op, meta),) = lines[i].items()
        i += 1 if op == "delete" else 2
        status = 200 if op == "delete" else 201
        result = "deleted" if op == "delete" else "created"
        items.append(
            {op: {"_index": meta["_index"], "_id": meta["_id"], "status": status, "result": result}}
        )
    return 200, {"errors": False, "took": 1, "items": items}


class Cluster:
    """Routes (method, path pattern) to recorded answers and records every request."""

    def __init__(self):
        self.requests: list[Request] = []
        self.routes: list[tuple[str, re.Pattern, object]] = []

    def on(self, methods: str, pattern: str, answer) -> "Cluster":
        """``answer``: (status, body), a recorded file name (status from the file), or a
        function of the request; later routes win."""
        self.routes.insert(0, (methods, re.compile(pattern + r"$"), answer))
        return self

    def answer(self, request: Request) -> tuple[int, object]:
        for methods, pattern, answer in self.routes:
            if request.method in methods.split("|") and pattern.match(request.path):
                if callable(answer):
                    return answer(request)
                if isinstance(answer, str):
                    body = recorded(answer)
                    return int(body.get("status", 200 if body.get("found", True) else 404)), body
                return answer
        raise AssertionError(f"no recorded answer for {request.method} {request.path}")

    def client(self) -> Elasticsearch:
        cluster = self

        class RecordedNode(BaseNode):
            def perform_request(self, method, target, body=None, headers=None, **kw):
                parts = urlsplit(target)
                request = Request(method, parts.path, dict(parse_qsl(parts.query)), _decode(body))
                cluster.requests.append(request)
                status, payload = cluster.answer(request)
                meta = ApiResponseMeta(
                    status=status,
                    http_version="1.1",
                    headers=HttpHeaders(
                        {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}
                    ),
                    duration=0.0,
                    node=self.config,
                )
                return NodeApiResponse(meta, json.dumps(payload).encode())

        return Elasticsearch("http://recorded.invalid:9200", node_class=RecordedNode, max_retries=0)

    def paths(self, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]

    def find(self, pattern: str) -> list[Request]:
        return [r for r in self.requests if re.fullmatch(pattern, r.path)]


def existing_index(embedder=None, name=f"{ALIAS}-initial"):
    return 200, {name: {"mappings": es.index_mappings(embedder)}}


@pytest.fixture
def cluster():
    c = Cluster()
    c.on("GET", rf"/{ALIAS}/_mapping", existing_index(TinyEmbedder()))
    c.on("PUT|POST", r"/_bulk", bulk_ok)
    c.on(
        "POST|GET",
        rf"/{ALIAS}/_mget",
        lambda r: (
            200,
            {
                "docs": [
                    {"_index": f"{ALIAS}-initial", "_id": i, "found": False} for i in r.body["ids"]
                ]
            },
        ),
    )
    c.on("PUT", rf"/{ALIAS}-\w+", lambda r: (200, {"acknowledged": True, "index": r.path[1:]}))
    c.on("POST|GET", rf"/{ALIAS}[-\w]*/_refresh", (200, {"_shards": {"total": 1}}))
    c.on("POST|PUT", r"/_aliases", (200, {"acknowledged": True}))
    c.on("DELETE", rf"/{ALIAS}-\w+", (200, {"acknowledged": True}))
    return c


def make(cluster, embedder=None, **kw):
    return es.ElasticsearchBackend(embedder=embedder, client=cluster.client(), index=ALIAS, **kw)


# -- settings and mapping ------------------------------------------------------------------
def test_analyzer_mirrors_the_embedded_analysis():
    analysis = es.index_settings()["analysis"]
    assert analysis["analyzer"]["socialmap_dutch"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": [
            "lowercase",
            "asciifolding",
            "socialmap_nl_stop",
            "socialmap_nl_length",
            "socialmap_nl_decompound",
            "socialmap_nl_stemmer",
        ],
    }
    filters = analysis["filter"]
    assert filters["socialmap_nl_stop"] == {"type": "stop", "stopwords": sorted(STOPWORDS_DUTCH)}
    assert filters["socialmap_nl_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert filters["socialmap_nl_length"] == {"type": "length", "min": 2}


def test_decompounder_word_list_is_the_data_file_inline():
    lines = DECOMPOUND_FILE.read_text(encoding="utf-8").splitlines()
    words = {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    decompound = es.index_settings()["analysis"]["filter"]["socialmap_nl_decompound"]
    assert decompound["type"] == "dictionary_decompounder"
    assert sorted(decompound["word_list"]) == sorted(words)
    assert "word_list_path" not in decompound  # the cluster cannot read our files
    assert {"wandel", "koor", "tuin"} <= set(decompound["word_list"])
    assert decompound["min_word_size"] == MIN_COMPOUND_LENGTH
    assert decompound["min_subword_size"] <= min(map(len, words))
    assert decompound["max_subword_size"] >= max(map(len, words))
    assert decompound["only_longest_match"] is False


def test_one_shard_and_bm25_like_the_embedded_index():
    settings = es.index_settings()
    assert settings["number_of_shards"] == 1
    assert settings["similarity"]["socialmap_bm25"] == {"type": "BM25", "k1": 1.5, "b": 0.75}
    assert "number_of_replicas" not in settings
    assert es.index_settings(replicas=0)["number_of_replicas"] == 0


def test_field_types():
    mappings = es.index_mappings(TinyEmbedder())
    props = mappings["properties"]
    assert mappings["dynamic"] == "strict"
    assert mappings["_meta"] == {"socialmap_schema": 1, "embedder": "tiny-test", "dims": 4}
    assert props["text"] == {
        "type": "text",
        "analyzer": "socialmap_dutch",
        "similarity": "socialmap_bm25",
    }
    assert props["location"] == {"type": "geo_point"}
    assert props["embedding"] == {
        "type": "dense_vector",
        "dims": 4,
        "element_type": "float",
        "index": True,
        "similarity": "cosine",
        "index_options": {"type": "flat"},
    }
    assert props["vector"] == {"type": "binary"}
    assert props["document"] == {"type": "object", "enabled": False}
    for name in (
        "status",
        "organization_id",
        "categories",
        "accessibility",
        "features",
        "languages",
        "delivery",
        "id",
        "version",
    ):
        assert props[name] == {"type": "keyword"}, name
    assert props["name_sort"] == {"type": "keyword", "normalizer": "socialmap_sort"}
    assert props["monthly_cost"] == {"type": "double"}
    assert props["min_age"] == props["max_age"] == {"type": "integer"}
    assert props["in_person"] == props["has_schedule"] == {"type": "boolean"}
    assert props["schedules"] == {
        "type": "nested",
        "properties": {
            "slots": {"type": "keyword"},
            "valid_to": {"type": "date", "format": "date"},
        },
    }
    hnsw = es.index_mappings(TinyEmbedder(), vector_index_type="int8_hnsw")
    assert hnsw["properties"]["embedding"]["index_options"] == {"type": "int8_hnsw"}


def test_mapping_without_embedder_has_no_vectors():
    mappings = es.index_mappings(None)
    assert "embedding" not in mappings["properties"] and "vector" not in mappings["properties"]
    assert mappings["_meta"]["embedder"] == "none"


# -- documents -----------------------------------------------------------------------------
def test_document_body_precomputes_every_filter():
    body = {d["id"]: es.document_body(d) for d in DOCS}
    walk = body["walk"]
    assert walk["id"] == "walk" and walk["version"] == "1"
    assert walk["document"] == BY_ID["walk"]
    assert walk["text"].startswith("Wandelgroep De Stapvoets\nWandelgroep De Stapvoets\n")
    assert walk["text"].endswith(act.search_text(BY_ID["walk"]))
    assert walk["name_sort"] == "Wandelgroep De Stapvoets"
    assert walk["location"] == {"lat": 51.6170, "lon": 5.5480}
    assert walk["schedules"] == [{"slots": ["TU_morning"]}]
    assert walk["has_schedule"] is True and walk["in_person"] is True
    assert walk["min_age"] == -1 and walk["max_age"] == 999
    assert walk["accessibility"] == ["wheelchair", "step_free", "accessible_toilet"]
    assert walk["features"] == ["walk_in", "come_alone_welcome"]
    assert body["cook"]["monthly_cost"] == pytest.approx(8.66)
    assert body["youth"]["monthly_cost"] == 2.0
    assert body["walk"]["monthly_cost"] == 0.0
    assert (body["youth"]["min_age"], body["youth"]["max_age"]) == (16, 27)
    assert body["choir"]["organization_id"] == "org-b"
    assert body["garden"]["status"] == "inactive"
    assert body["taal"]["languages"] == ["nl", "ar", "ti"]
    online = body["online"]
    assert online["delivery"] == "online" and online["in_person"] is False
    assert "location" not in online
    assert body["buddy"]["schedules"] == [
        {
            "slots": sorted(
                f"{d}_{p}"
                for d in ["MO", "TU", "WE", "TH", "FR"]
                for p in ["morning", "afternoon", "evening"]
            )
        }
    ]
    assert body["summer"]["schedules"] == [{"slots": ["SU_morning"], "valid_to": "2024-09-01"}]
    assert "embedding" not in walk and "vector" not in walk


def test_schedule_tokens_agree_with_the_matcher_slots():
    for doc in DOCS:
        current = act.current_schedules(doc, TODAY)
        tokens = {t for s in current for t in es.schedule_slots(s)}
        assert tokens == {f"{d}_{p}" for d, p in act.slots(doc, TODAY)}, doc["id"]


def test_document_body_carries_the_vector_twice():
    v = TinyEmbedder().encode(["x"])[0]
    body = es.document_body(BY_ID["walk"], v, "hash")
    assert body["embedding"] == pytest.approx(v.tolist())
    assert np.array_equal(es.decode_vector(body["vector"]), v)
    assert body["text_hash"] == "hash"


# -- filters as data -------------------------------------------------------------------------
ACTIVE = {"term": {"status": "active"}}
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
    assert len(clauses) == 14
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


# -- bulk writes and the alias ------------------------------------------------------------------
def test_bulk_actions():
    body = es.document_body(BY_ID["walk"])
    assert es.index_action(body, ALIAS) == {
        "_op_type": "index",
        "_index": ALIAS,
        "_id": "walk",
        "_source": body,
    }
    assert es.delete_action("walk", ALIAS) == {"_op_type": "delete", "_index": ALIAS, "_id": "walk"}


def test_first_use_creates_the_index_behind_the_alias(cluster):
    cluster.on("GET", rf"/{ALIAS}/_mapping", "index_not_found_404.json")
    backend = make(cluster, TinyEmbedder())
    assert backend.index(copy.deepcopy(DOCS[:2])) == 2
    (create,) = [r for r in cluster.requests if r.method == "PUT" and r.path != "/_bulk"]
    assert create.path == f"/{ALIAS}-initial"
    assert create.body["aliases"] == {ALIAS: {}}
    assert create.body["mappings"] == es.index_mappings(backend.embedder)
    assert create.body["settings"] == es.index_settings()


def test_creating_an_index_another_process_created_is_fine(cluster):
    cluster.on("GET", rf"/{ALIAS}/_mapping", "index_not_found_404.json")
    cluster.on("PUT", rf"/{ALIAS}-initial", "resource_already_exists_400.json")
    backend = make(cluster)
    backend.index(copy.deepcopy(DOCS[:1]))
    assert cluster.find(r"/_bulk")


def test_index_bulk_request(cluster):
    embedder = TinyEmbedder()
    backend = make(cluster, embedder)
    seen = []
    assert backend.index(copy.deepcopy(DOCS), progress=seen.append) == len(DOCS)
    (bulk,) = cluster.find(r"/_bulk")
    assert bulk.params == {"refresh": "wait_for", "require_alias": "true"}
    lines = bulk.ndjson()
    actions, sources = lines[0::2], lines[1::2]
    assert [a["index"]["_id"] for a in actions] == [d["id"] for d in DOCS]
    assert {a["index"]["_index"] for a in actions} == {ALIAS}
    cook = sources[2]
    assert cook["monthly_cost"] == pytest.approx(8.66) and cook["document"]["id"] == "cook"
    assert cook["schedules"] == [{"slots": ["WE_afternoon"]}]
    assert len(cook["embedding"]) == 4
    expected = embedder.encode([act.search_text(BY_ID["cook"])])[0]
    assert np.array_equal(es.decode_vector(cook["vector"]), expected)
    assert sum(seen) == len(DOCS)


def test_unchanged_texts_are_not_embedded_again(cluster):
    embedder = TinyEmbedder()
    backend = make(cluster, embedder)
    walk, choir = copy.deepcopy(DOCS[0]), copy.deepcopy(DOCS[1])
    stored = {
        "text_hash": backend.aliased_index.text_hash(walk),
        "vector": es.encode_vector([1, 0, 0, 0]),
    }
    cluster.on(
        "POST|GET",
        rf"/{ALIAS}/_mget",
        (
            200,
            {
                "docs": [
                    {"_index": f"{ALIAS}-initial", "_id": "walk", "found": True, "_source": stored},
                    {
                        "_index": f"{ALIAS}-initial",
                        "_id": "choir",
                        "found": True,
                        "_source": {"text_hash": "old", "vector": stored["vector"]},
                    },
                ]
            },
        ),
    )
    walk["status"] = "inactive"  # not part of the embedded text
    assert backend.index([walk, choir]) == 1
    assert embedder.texts == 1
    sources = cluster.find(r"/_bulk")[0].ndjson()[1::2]
    assert sources[0]["vector"] == stored["vector"] and sources[0]["status"] == "inactive"
    assert sources[1]["vector"] != stored["vector"]


def test_index_built_for_another_embedder_turns_vectors_off(cluster, caplog):
    cluster.on("GET", rf"/{ALIAS}/_mapping", existing_index(None))
    embedder = TinyEmbedder()
    backend = make(cluster, embedder)
    assert backend.index(copy.deepcopy(DOCS[:1])) == 0
    assert embedder.texts == 0
    assert "socialmap reindex" in caplog.text
    source = cluster.find(r"/_bulk")[0].ndjson()[1]
    assert "embedding" not in source


def test_delete_ignores_listings_that_are_not_there(cluster):
    def answer(request):
        ((op, meta),) = request.ndjson()[0].items()
        return 200, {
            "errors": True,
            "items": [
                {
                    op: {
                        "_index": meta["_index"],
                        "_id": meta["_id"],
                        "status": 404,
                        "result": "not_found",
                    }
                }
            ],
        }

    cluster.on("PUT|POST", r"/_bulk", answer)
    make(cluster).delete(["nope"])
    (bulk,) = cluster.find(r"/_bulk")
    assert bulk.ndjson() == [{"delete": {"_index": ALIAS, "_id": "nope"}}]
    assert bulk.params == {"refresh": "wait_for", "require_alias": "true"}


def test_refused_documents_fail_the_write_with_their_reason(cluster):
    cluster.on("PUT|POST", r"/_bulk", "bulk_parse_error.json")
    with pytest.raises(es.IndexingFailed, match=r"1 document\(s\).*index walk: .*monthly_cost"):
        make(cluster).index(copy.deepcopy(DOCS[:1]))


def test_index_deleted_under_us_is_created_and_written_again(cluster):
    answers = iter([(200, recorded("bulk_no_alias_404.json"))])
    cluster.on("PUT|POST", r"/_bulk", lambda r: next(answers, None) or bulk_ok(r))
    backend = make(cluster)
    backend.index(copy.deepcopy(DOCS[:1]))
    assert len(cluster.find(r"/_bulk")) == 2
    assert len(cluster.find(rf"/{ALIAS}/_mapping")) == 2  # checked again before the retry


def test_rebuild_swaps_the_alias_when_complete(cluster):
    cluster.on("GET", rf"/_alias/{ALIAS}", (200, {f"{ALIAS}-old": {"aliases": {ALIAS: {}}}}))
    embedder = TinyEmbedder()
    backend = make(cluster, embedder)
    seen = []
    assert backend.rebuild(iter(copy.deepcopy(DOCS)), progress=seen.append) == len(DOCS)
    assert sum(seen) == len(DOCS)
    steps = [(r.method, r.path) for r in cluster.requests]
    (create,) = [r for r in cluster.requests if r.method == "PUT" and r.path != "/_bulk"]
    new = create.path[1:]
    assert re.fullmatch(rf"{ALIAS}-\d{{20}}", new)
    assert "aliases" not in create.body  # searches keep the old index meanwhile
    bulk = cluster.find(r"/_bulk")[0]
    assert {line["index"]["_index"] for line in bulk.ndjson()[0::2]} == {new}
    assert "require_alias" not in bulk.params
    (swap,) = cluster.find(r"/_aliases")
    assert swap.body == {
        "actions": [
            {"remove": {"index": f"{ALIAS}-old", "alias": ALIAS}},
            {"add": {"index": new, "alias": ALIAS}},
        ]
    }
    order = [
        steps.index(("PUT", f"/{new}")),
        steps.index(("PUT", "/_bulk"))
        if ("PUT", "/_bulk") in steps
        else steps.index(("POST", "/_bulk")),
        next(i for i, s in enumerate(steps) if s[1] == f"/{new}/_refresh"),
        next(i for i, s in enumerate(steps) if s[1] == "/_aliases"),
        steps.index(("DELETE", f"/{ALIAS}-old")),
    ]
    assert order == sorted(order)
    assert es.alias_swap_actions(ALIAS, "b", []) == [{"add": {"index": "b", "alias": ALIAS}}]


def test_failed_rebuild_leaves_the_alias_alone(cluster):
    cluster.on("PUT|POST", r"/_bulk", "bulk_parse_error.json")
    backend = make(cluster)
    with pytest.raises(es.IndexingFailed):
        backend.rebuild(copy.deepcopy(DOCS[:1]))
    new = [r for r in cluster.requests if r.method == "PUT" and r.path != "/_bulk"][0].path
    assert [r.path for r in cluster.requests if r.method == "DELETE"] == [new]
    assert not cluster.find(r"/_aliases")


def test_clear_is_an_empty_rebuild(cluster):
    cluster.on("GET", rf"/_alias/{ALIAS}", (200, {f"{ALIAS}-old": {"aliases": {ALIAS: {}}}}))
    make(cluster).clear()
    assert not cluster.find(r"/_bulk")
    assert cluster.find(r"/_aliases") and ("DELETE", f"/{ALIAS}-old") in [
        (r.method, r.path) for r in cluster.requests
    ]


def test_refresh_makes_writes_visible(cluster):
    make(cluster).refresh()
    assert cluster.find(rf"/{ALIAS}/_refresh")


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


# -- errors ----------------------------------------------------------------------------------------
@pytest.fixture
def closed_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_unreachable_cluster_is_backend_unavailable(closed_port):
    backend = es.ElasticsearchBackend(
        url=f"http://elastic:s3cret@127.0.0.1:{closed_port}", index=ALIAS, max_retries=0
    )
    for call in (
        lambda: backend.search(SearchQuery(text="wandel")),
        lambda: backend.index(copy.deepcopy(DOCS[:1])),
        backend.count,
        lambda: backend.get("walk"),
        backend.ids,
        backend.refresh,
        lambda: backend.delete(["walk"]),
        backend.clear,
    ):
        with pytest.raises(BackendUnavailable) as e:
            call()
        message = str(e.value)
        assert f"Elasticsearch at http://127.0.0.1:{closed_port} cannot be reached" in message
        assert "Connection refused" in message
        assert "s3cret" not in message and "elastic:" not in message
    backend.close()


def test_refused_credentials(cluster):
    cluster.on("GET", rf"/{ALIAS}/_mapping", "security_exception_401.json")
    with pytest.raises(BackendUnavailable, match="refused the credentials.*HTTP 401"):
        make(cluster).search(SearchQuery())


def test_cluster_without_master_is_unavailable(cluster):
    cluster.on("GET|POST", rf"/{ALIAS}/_count", "master_not_discovered_503.json")
    with pytest.raises(
        BackendUnavailable, match=r"could not answer while counting \(HTTP 503: master_not_disc"
    ):
        make(cluster).count()


def test_missing_index_reads_as_empty(cluster):
    for pattern in (rf"/{ALIAS}/_search", rf"/{ALIAS}/_count", rf"/{ALIAS}/_refresh"):
        cluster.on("GET|POST", pattern, "index_not_found_404.json")
    cluster.on("GET|POST", rf"/{ALIAS}/_msearch", (200, recorded("msearch_index_not_found.json")))
    cluster.on("GET", rf"/{ALIAS}/_doc/\w+", "index_not_found_404.json")
    backend = make(cluster)
    assert backend.search(SearchQuery()).total == 0
    assert backend.search(SearchQuery(text="wandel")).hits == []
    assert backend.count() == 0
    assert backend.get("walk") is None
    assert backend.ids() == {}
    backend.refresh()
    backend.delete([])  # nothing to send


def test_missing_listing_is_none(cluster):
    cluster.on("GET", rf"/{ALIAS}/_doc/nope", "doc_not_found_404.json")
    cluster.on(
        "GET",
        rf"/{ALIAS}/_doc/walk",
        (
            200,
            {
                "_index": f"{ALIAS}-initial",
                "_id": "walk",
                "found": True,
                "_source": {"document": BY_ID["walk"]},
            },
        ),
    )
    backend = make(cluster)
    assert backend.get("nope") is None
    assert backend.get("walk") == BY_ID["walk"]
    (request,) = [r for r in cluster.requests if r.path.endswith("/walk")]
    assert request.params == {"_source_includes": "document"}


def test_ids_lists_version_markers(cluster):
    cluster.on(
        "GET|POST",
        rf"/{ALIAS}/_search",
        (
            200,
            {
                "_scroll_id": "s1",
                "_shards": SHARDS,
                "hits": {
                    "total": {"value": 2, "relation": "eq"},
                    "hits": [
                        {"_id": "walk", "_source": {"version": "3"}},
                        {"_id": "choir", "_source": {"version": "1"}},
                    ],
                },
            },
        ),
    )
    cluster.on(
        "GET|POST",
        r"/_search/scroll",
        (200, {"_scroll_id": "s1", "_shards": SHARDS, "hits": {"hits": []}}),
    )
    cluster.on("DELETE", r"/_search/scroll", (200, {"succeeded": True, "num_freed": 1}))
    assert make(cluster).ids() == {"walk": "3", "choir": "1"}


def test_configuration_errors_are_clear():
    with pytest.raises(BackendUnavailable, match="SOCIALMAP_ELASTICSEARCH_URL"):
        es.ElasticsearchBackend(url=None)
    with pytest.raises(BackendUnavailable, match="not usable.*port"):
        es.ElasticsearchBackend(url="http://search.example")


@pytest.fixture
def ca_bundle(tmp_path):
    """A CA bundle of our own (certifi's certificates, as a private CA's file would be)."""
    path = tmp_path / "private-ca.pem"
    shutil.copyfile(certifi.where(), path)
    return str(path)


def test_ca_bundle_reaches_the_connections(ca_bundle, caplog):
    backend = es.ElasticsearchBackend(
        url="https://search.example:9200", index=ALIAS, ca_certs=ca_bundle
    )
    (node,) = backend.client.transport.node_pool.all()
    assert node.config.ca_certs == ca_bundle and node.config.verify_certs
    assert node.pool.ca_certs == ca_bundle and node.pool.cert_reqs == "CERT_REQUIRED"
    backend.close()
    with caplog.at_level(logging.WARNING):
        plain = es.ElasticsearchBackend(url="http://search.example:9200", ca_certs=ca_bundle)
    assert "SOCIALMAP_ELASTICSEARCH_CA_CERTS is set but http://search.example:9200" in caplog.text
    (node,) = plain.client.transport.node_pool.all()
    assert node.config.ca_certs is None  # TLS options are for https only
    plain.close()


def test_unusable_ca_bundle_is_a_clear_error(tmp_path):
    missing = tmp_path / "missing.pem"
    with pytest.raises(BackendUnavailable) as e:
        es.ElasticsearchBackend(url="https://search.example:9200", ca_certs=str(missing))
    assert str(e.value) == (
        f"SOCIALMAP_ELASTICSEARCH_CA_CERTS ({missing}) is not a usable CA bundle: "
        "No such file or directory"
    )
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("not a certificate\n")
    with pytest.raises(
        BackendUnavailable, match=r"SOCIALMAP_ELASTICSEARCH_CA_CERTS \(.*ca\.pem\) is not a usable"
    ):
        es.ElasticsearchBackend(url="https://search.example:9200", ca_certs=str(not_pem))


def test_api_key_becomes_the_authorization_header():
    backend = es.ElasticsearchBackend(url="https://search.example:9200", api_key=API_KEY)
    assert backend.client._headers["authorization"] == f"ApiKey {API_KEY}"
    backend.close()


# -- registry and configuration -----------------------------------------------------------------
def test_registered_with_capabilities():
    assert BACKENDS["elasticsearch"] == "indexers.elasticsearch:ElasticsearchBackend"
    cls = backend_class("elasticsearch")
    assert cls is es.ElasticsearchBackend
    assert cls.multi_process and cls.multi_machine
    assert cls.supports_text and cls.supports_vectors and cls.supports_geo


def make_es_app(tmp_path, url: str, **config):
    from api import create_app

    return create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "BACKEND": "elasticsearch",
            "ELASTICSEARCH_URL": url,
            "EMBEDDER": "none",
            **config,
        }
    )


@pytest.fixture
def es_app(tmp_path, closed_port):
    app = make_es_app(tmp_path, f"http://elastic:s3cret@127.0.0.1:{closed_port}", TEXT_WEIGHT=0.6)
    yield app
    app.extensions["socialmap"].close()


@pytest.fixture
def counting_server():
    """A local HTTP server answering ``_count`` as a cluster does; yields its URL and the
    headers of every request it got."""
    headers: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            headers.append({k.lower(): v for k, v in self.headers.items()})
            body = json.dumps({"count": 3, "_shards": SHARDS}).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("x-elastic-product", "Elasticsearch")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", headers
    server.shutdown()
    server.server_close()
    thread.join()


def test_services_build_the_backend_from_config(es_app, closed_port):
    from api import services

    with es_app.app_context():
        backend = services.get().backend
    assert isinstance(backend, es.ElasticsearchBackend)
    assert backend.where == f"http://127.0.0.1:{closed_port}"
    assert backend.text_weight == 0.6 and backend.alias == es.DEFAULT_ALIAS


def test_api_key_setting_is_sent_and_never_logged(tmp_path, counting_server, caplog):
    from api import services

    url, headers = counting_server
    app = make_es_app(tmp_path, url, ELASTICSEARCH_API_KEY=API_KEY)
    with caplog.at_level(logging.DEBUG), app.app_context():
        assert services.get().backend.count() == 3
    app.extensions["socialmap"].close()
    (sent,) = headers
    assert sent["authorization"] == f"ApiKey {API_KEY}"
    assert caplog.records and API_KEY not in caplog.text


def test_ca_certs_setting_reaches_the_client(tmp_path, ca_bundle):
    from api import services

    app = make_es_app(tmp_path, "https://search.example:9200", ELASTICSEARCH_CA_CERTS=ca_bundle)
    with app.app_context():
        (node,) = services.get().backend.client.transport.node_pool.all()
    app.extensions["socialmap"].close()
    assert node.config.ca_certs == ca_bundle and node.config.verify_certs


def test_missing_ca_bundle_answers_503_naming_the_setting(tmp_path):
    from api import services

    missing = tmp_path / "missing.pem"
    app = make_es_app(
        tmp_path,
        "https://search.example:9200",
        ELASTICSEARCH_CA_CERTS=str(missing),
        ELASTICSEARCH_API_KEY=API_KEY,
    )
    with app.app_context():
        _, secret = services.get().store.create_token("coach")
        with pytest.raises(BackendUnavailable, match="SOCIALMAP_ELASTICSEARCH_CA_CERTS"):
            services.get().backend  # noqa: B018 - built on first use, as `socialmap serve` does
    response = app.test_client().get(
        "/api/v1/activities?q=wandel", headers={"Authorization": f"Bearer {secret}"}
    )
    app.extensions["socialmap"].close()
    assert response.status_code == 503
    message = response.get_json()["message"]
    assert f"SOCIALMAP_ELASTICSEARCH_CA_CERTS ({missing}) is not a usable CA bundle" in message
    assert API_KEY not in message
    assert "Traceback" not in response.get_data(as_text=True)


def test_unreachable_cluster_answers_503(es_app):
    from api import services

    with es_app.app_context():
        _, secret = services.get().store.create_token("coach")
    client = es_app.test_client()
    response = client.get(
        "/api/v1/activities?q=wandel", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 503
    body = response.get_json()
    assert body["code"] == 503
    assert "cannot be reached" in body["message"] and "s3cret" not in body["message"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_reindex_command_rebuilds_behind_the_alias(es_app, cluster):
    from api import services
    from api.cli import cli

    cluster.on("GET", rf"/_alias/{ALIAS}", (200, {f"{ALIAS}-old": {"aliases": {ALIAS: {}}}}))
    with es_app.app_context():
        services.get()._backend = make(cluster)
    result = es_app.test_cli_runner().invoke(cli, args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "indexed 0 activities" in result.output
    (swap,) = cluster.find(r"/_aliases")
    assert swap.body["actions"][0] == {"remove": {"index": f"{ALIAS}-old", "alias": ALIAS}}
    assert ("DELETE", f"/{ALIAS}-old") in [(r.method, r.path) for r in cluster.requests]


@pytest.mark.parametrize(
    "status,error,expected",
    [
        (503, "master_not_discovered_503.json", BackendUnavailable),
        (400, None, RuntimeError),
    ],
)
def test_failed_word_search_is_reported(cluster, status, error, expected):
    body = recorded(error)["error"] if error else {"type": "parsing_exception", "reason": "bad"}
    cluster.on(
        "GET|POST",
        rf"/{ALIAS}/_msearch",
        (200, {"responses": [{"error": body, "status": status}]}),
    )
    with pytest.raises(expected, match=f"HTTP {status}"):
        make(cluster).search(SearchQuery(text="wandel"))
