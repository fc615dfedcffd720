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


def test_filter_facts_are_kept_per_listing_and_redone_on_a_new_day(tmp_path, monkeypatch):
    """A rebuild after one change works out that listing's facts only; a new day redoes
    all of them (a schedule may have ended), also when they were stored."""
    from datetime import date, timedelta

    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from tests.conftest import activity

    backend = EmbeddedBackend(path=tmp_path)
    backend.index([{**activity(id=f"f{i}"), "version": 1} for i in range(4)])
    backend.search(SearchQuery())
    made = []
    real = embedded._facts
    monkeypatch.setattr(
        embedded, "_facts", lambda doc, today: made.append(doc["id"]) or real(doc, today)
    )
    backend.index([{**activity(id="f2", name="Anders"), "version": 2}])
    backend.search(SearchQuery())
    assert made == ["f2"]
    backend.close()

    made.clear()
    again = EmbeddedBackend(path=tmp_path)  # a restart the same day: the stored facts
    again.search(SearchQuery())
    assert made == []
    again.close()

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return date.today() + timedelta(days=1)

    monkeypatch.setattr(embedded, "date", Tomorrow)
    later = EmbeddedBackend(path=tmp_path)
    later.search(SearchQuery())
    assert sorted(made) == ["f0", "f1", "f2", "f3"]
    later.close()


def test_a_schedule_that_ended_no_longer_matches_its_day_the_next_day(tmp_path, monkeypatch):
    from datetime import date, timedelta

    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from tests.conftest import activity

    today = date.today()
    ends = [
        {"days": ["TU"], "opens_at": "10:00", "closes_at": "11:00", "valid_to": today.isoformat()}
    ]
    backend = EmbeddedBackend(path=tmp_path)
    backend.index([{**activity(id="ends", schedules=ends), "version": 1}])
    assert [h.id for h in backend.search(SearchQuery(days=["TU"])).hits] == ["ends"]

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return today + timedelta(days=1)

    monkeypatch.setattr(embedded, "date", Tomorrow)
    monkeypatch.setattr(embedded.act, "date", Tomorrow)
    assert backend.search(SearchQuery(days=["TU"])).hits == []  # same process, next day
    backend.close()


def test_a_restart_loads_the_bm25_snapshot_and_ranks_the_same(tmp_path, monkeypatch):
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from tests.conftest import activity

    monkeypatch.setattr(embedded, "BM25_SNAPSHOT_MIN", 2)
    docs = [
        {**activity(id="a", name="Wandelgroep Stapvoets"), "version": 1},
        {**activity(id="b", name="Koor Zing Mee", description="Zingen op dinsdag."), "version": 1},
        {**activity(id="c", name="Wandelen en koffie"), "version": 1},
    ]
    first = EmbeddedBackend(path=tmp_path)
    first.index(docs)
    built = [(h.id, round(h.text_score, 6)) for h in first.search(SearchQuery(text="wandel")).hits]
    first.close()
    assert (tmp_path / "index" / "bm25-snapshot").exists()

    builds = []
    real = embedded.bm25s.BM25.index
    monkeypatch.setattr(
        embedded.bm25s.BM25, "index", lambda self, *a, **k: builds.append(1) or real(self, *a, **k)
    )
    again = EmbeddedBackend(path=tmp_path)
    loaded = [(h.id, round(h.text_score, 6)) for h in again.search(SearchQuery(text="wandel")).hits]
    assert builds == [] and loaded == built  # loaded, not built, and the same answer
    again.index([{**activity(id="d", name="Wandeltocht"), "version": 1}])
    assert "d" in [h.id for h in again.search(SearchQuery(text="wandel")).hits]
    assert builds == []  # a write is scored apart (a delta), not built again
    again.close()


def test_writes_are_scored_apart_with_the_last_builds_statistics(tmp_path, monkeypatch):
    """Between full BM25 builds, a changed listing scores exactly as in a build when its
    words are unchanged, a new word is found at once, and many writes rebuild."""
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from tests.conftest import activity

    backend = EmbeddedBackend(path=tmp_path)
    docs = [
        {
            **activity(id=f"d{i}", name=f"Wandelgroep {i}", description=f"Tekst {i} wandelen."),
            "version": 1,
        }
        for i in range(20)
    ]
    backend.index(docs)
    before = {
        h.id: h.text_score for h in backend.search(SearchQuery(text="wandelgroep tekst")).hits
    }
    builds = []
    real = embedded.bm25s.BM25.index
    monkeypatch.setattr(
        embedded.bm25s.BM25, "index", lambda self, *a, **k: builds.append(1) or real(self, *a, **k)
    )
    backend.index([{**docs[3], "version": 2}])  # same words, a new version
    after = {h.id: h.text_score for h in backend.search(SearchQuery(text="wandelgroep tekst")).hits}
    assert builds == [] and after == pytest.approx(before)
    backend.index([{**activity(id="new", name="Zwerfvuilprikkers"), "version": 1}])
    assert [h.id for h in backend.search(SearchQuery(text="zwerfvuilprikkers")).hits] == ["new"]
    assert builds == []
    monkeypatch.setattr(embedded, "DELTA_MIN", 2)
    monkeypatch.setattr(embedded, "DELTA_SHARE", 0.0)
    backend.index([{**d, "version": 3} for d in docs[:5]])
    backend.search(SearchQuery(text="wandelgroep"))
    assert builds == [1]  # past the delta's size: built again
    backend.close()
