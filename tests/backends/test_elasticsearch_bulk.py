"""Elasticsearch writes against the recorded-response cluster: bulk actions, creating the
index behind the alias, reusing stored vectors, refused documents, and rebuilds that swap
the alias only when complete.
"""

import copy
import re

import numpy as np
import pytest

from indexers import elasticsearch as es
from matcher import activity as act
from tests.backends.conftest import (
    ALIAS,
    BY_ID,
    TinyEmbedder,
    bulk_ok,
    existing_index,
    make,
    recorded,
)
from tests.backends.fixture_data import DOCS


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
