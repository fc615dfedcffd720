"""The shared backend suite against a real Elasticsearch cluster.

Runs when ``SOCIALMAP_ELASTICSEARCH_URL`` names a cluster (8.14 or newer, the client of
the same major version), e.g. ``http://localhost:9200`` or
``https://elastic:password@localhost:9200`` (with ``SOCIALMAP_ELASTICSEARCH_CA_CERTS`` for
a cluster's own CA, ``SOCIALMAP_ELASTICSEARCH_API_KEY`` instead of the password); each test
works in its own ``socialmap-test-*`` indices and deletes them. Without it the module is
skipped: the engine-free tests are in test_elasticsearch_*.py.
"""

import copy
import os
import uuid

import pytest

from indexers.base import SearchQuery
from tests.backends.fixture_data import DOCS
from tests.backends.suite import BackendBehaviour, PersistentBackendBehaviour, ids

URL = os.environ.get("SOCIALMAP_ELASTICSEARCH_URL")
CA_CERTS = os.environ.get("SOCIALMAP_ELASTICSEARCH_CA_CERTS")  # a private CA, for https
API_KEY = os.environ.get("SOCIALMAP_ELASTICSEARCH_API_KEY")

pytestmark = pytest.mark.skipif(
    not URL,
    reason="needs a cluster: set SOCIALMAP_ELASTICSEARCH_URL to run the shared backend "
    "suite against Elasticsearch",
)


@pytest.fixture
def alias():
    """A fresh alias per test; its indices are deleted afterwards."""
    from elasticsearch import Elasticsearch

    name = f"socialmap-test-{uuid.uuid4().hex[:12]}"
    yield name
    client = Elasticsearch(URL, ca_certs=CA_CERTS, api_key=API_KEY)
    # by name: clusters refuse wildcard deletes (action.destructive_requires_name)
    for index in client.indices.get(index=f"{name}-*", allow_no_indices=True):
        client.indices.delete(index=index, ignore_unavailable=True)
    client.close()


def _factory(alias, embedder_spec):
    from indexers.elasticsearch import ElasticsearchBackend
    from indexers.embedders import load_embedder

    return lambda path: ElasticsearchBackend(
        embedder=load_embedder(embedder_spec),
        url=URL,
        index=alias,
        ca_certs=CA_CERTS,
        api_key=API_KEY,
    )


class TestElasticsearchBackend(BackendBehaviour, PersistentBackendBehaviour):
    @pytest.fixture
    def make_backend(self, alias):
        return _factory(alias, "use-multilingual")


class TestElasticsearchBackendWithoutEmbedder(BackendBehaviour):
    """Text, geo and filters with vectors switched off (SOCIALMAP_EMBEDDER=none)."""

    @pytest.fixture
    def make_backend(self, alias):
        return _factory(alias, "none")


class TestElasticsearchSpecifics:
    @pytest.fixture
    def backend(self, alias, tmp_path):
        b = _factory(alias, "none")(tmp_path)
        b.index(copy.deepcopy(DOCS))
        yield b
        b.close()

    def test_analyzer_folds_decompounds_and_stems(self, backend):
        tokens = backend.client.indices.analyze(
            index=backend.alias, analyzer="socialmap_dutch", text="Wandelgroep Taalcafé"
        )["tokens"]
        terms = {t["token"] for t in tokens}
        assert {"wandel", "groep"} <= terms
        assert any(t.startswith("taalcaf") for t in terms)

    def test_rebuild_swaps_the_alias_and_deletes_the_old_index(self, backend):
        (before,) = backend.client.indices.get_alias(name=backend.alias)
        backend.rebuild(copy.deepcopy(DOCS[:3]))
        (after,) = backend.client.indices.get_alias(name=backend.alias)
        assert after != before
        assert not backend.client.indices.exists(index=before)
        assert backend.count() == 3
        assert set(backend.ids()) == {"walk", "choir", "cook"}

    def test_text_score_is_the_share_of_the_best_evidence(self, backend):
        hits = backend.search(SearchQuery(text="koor", limit=100)).hits
        assert hits[0].id == "choir" and hits[0].text_score == pytest.approx(1.0, abs=1e-5)
        assert all(0 <= h.text_score <= 1 for h in hits)

    def test_deleted_index_reads_empty_and_comes_back_on_write(self, backend):
        for name in backend.client.indices.get_alias(name=backend.alias):
            backend.client.indices.delete(index=name)
        assert backend.search(SearchQuery()).total == 0
        backend.index(copy.deepcopy(DOCS[:1]))
        assert ids(backend.search(SearchQuery())) == ["walk"]

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"categories": ["contact_meeting"]},
            {"accessibility": ["wheelchair"], "features": ["walk_in"]},
            {"days": ["TU", "WE"], "parts_of_day": ["morning"], "max_cost_per_month": 5},
            {"latitude": 51.6170, "longitude": 5.5480, "radius_km": 8, "age": 20},
            {"text": "wandelen langs het water", "sort": "name"},
            {"languages": ["ar"], "delivery": ["in_person"], "active_only": False},
        ],
    )
    def test_same_listings_as_the_embedded_backend(self, backend, tmp_path, kwargs):
        from indexers.embedded import EmbeddedBackend

        embedded = EmbeddedBackend(embedder=None, path=tmp_path)
        embedded.index(copy.deepcopy(DOCS))
        q = SearchQuery(limit=100, **kwargs)
        assert set(ids(backend.search(q))) == set(ids(embedded.search(q)))
        embedded.close()
