"""How Elasticsearch's errors reach callers: an unreachable cluster, refused credentials, a
cluster without a master, missing indices and listings (read as empty), failed word
searches; and reading the listings' version markers by scroll.
"""

import copy

import pytest

from indexers import elasticsearch as es
from indexers.base import BackendUnavailable, SearchQuery
from tests.backends.conftest import ALIAS, BY_ID, SHARDS, make, recorded
from tests.backends.fixture_data import DOCS

# -- errors ----------------------------------------------------------------------------------------


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
