"""The shared backend suite against the embedded backend (always runs)."""

import pytest

from indexers.embedded import EmbeddedBackend
from indexers.embedders import load_embedder
from tests.backends.suite import BackendBehaviour, PersistentBackendBehaviour


class TestEmbeddedBackend(BackendBehaviour, PersistentBackendBehaviour):
    @pytest.fixture
    def make_backend(self):
        return lambda path: EmbeddedBackend(embedder=load_embedder("use-multilingual"), path=path)


class TestEmbeddedBackendWithoutEmbedder(BackendBehaviour):
    """Text, geo and filters work with vectors switched off (SOCIALMAP_EMBEDDER=none)."""

    @pytest.fixture
    def make_backend(self):
        return lambda path: EmbeddedBackend(embedder=None, path=path)


def test_a_restart_reads_stored_tokens_instead_of_analysing_again(tmp_path, monkeypatch):
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from tests.conftest import activity

    first = EmbeddedBackend(path=tmp_path)
    first.index([{**activity(id=f"t{i}"), "version": 1} for i in range(3)])
    first.close()
    calls = []
    real = embedded.analyze
    monkeypatch.setattr(embedded, "analyze", lambda text: calls.append(text) or real(text))
    again = EmbeddedBackend(path=tmp_path)
    hits = again.search(SearchQuery(text="wandelgroep")).hits
    assert len(hits) == 3
    assert calls == ["wandelgroep"]  # only the query was analysed, no listing
    again.close()


def test_a_new_analyzer_redoes_the_stored_tokens(tmp_path, monkeypatch):
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from tests.conftest import activity

    first = EmbeddedBackend(path=tmp_path)
    first.index([{**activity(id="t1"), "version": 1}])
    first.close()
    monkeypatch.setattr(embedded, "analyzer_version", lambda: "a-newer-one")
    again = EmbeddedBackend(path=tmp_path)
    (tokens,) = again._conn.execute("SELECT tokens FROM docs").fetchone()
    assert tokens is None  # to be redone from the document
    assert [h.id for h in again.search(SearchQuery(text="wandelgroep")).hits] == ["t1"]
    again.close()
