"""The shared backend suite against the embedded backend (always runs)."""

import numpy as np
import pytest

from indexers.embedded import EmbeddedBackend
from indexers.embedders import load_embedder
from tests.backends.suite import BackendBehaviour, PersistentBackendBehaviour


class TestEmbeddedBackend(BackendBehaviour, PersistentBackendBehaviour):
    @pytest.fixture
    def make_backend(self):
        return lambda path: EmbeddedBackend(embedder=load_embedder("use-multilingual"), path=path)


class TestEmbeddedBackendFromSnapshots(BackendBehaviour, PersistentBackendBehaviour):
    """The same behaviour when every build is saved as a snapshot and mapped from it, and
    every write builds again from the mapped one."""

    @pytest.fixture
    def make_backend(self, monkeypatch):
        from indexers import embedded

        monkeypatch.setattr(embedded, "SNAPSHOT_MIN", 1)
        monkeypatch.setattr(embedded, "DELTA_MIN", 0)
        monkeypatch.setattr(embedded, "DELTA_SHARE", 0.0)
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


def _answers(backend, text="wandel koffie"):
    from indexers.base import SearchQuery

    return [
        (h.id, h.score, h.text_score, h.vector_score, h.document["name"], h.categories)
        for h in backend.search(SearchQuery(text=text, limit=50)).hits
    ]


def _docs(n: int) -> list[dict]:
    from tests.conftest import activity

    names = ["Wandelgroep", "Koffieochtend", "Koor Zing Mee", "Samen koken", "Wandelen en koffie"]
    return [
        {
            **activity(
                id=f"s{i}", name=f"{names[i % 5]} {i}", description=f"Elke week, groep {i}."
            ),
            "version": 1,
            **({"languages": ["nl", "ar"]} if i % 3 == 0 else {}),
        }
        for i in range(n)
    ]


def test_a_restart_maps_the_snapshot_and_builds_nothing(tmp_path, monkeypatch):
    """Past SNAPSHOT_MIN listings the build is saved; a restart maps it: no BM25 build, no
    listing parsed, analysed or read again, and the very same answers."""
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend
    from indexers.embedders import load_embedder

    monkeypatch.setattr(embedded, "SNAPSHOT_MIN", 5)
    embedder = load_embedder("use-multilingual")
    first = EmbeddedBackend(embedder=embedder, path=tmp_path)
    first.index(_docs(12))
    built = _answers(first)
    arabic = [h.id for h in first.search(SearchQuery(languages=["ar"], limit=50)).hits]
    first.close()
    assert (tmp_path / "index" / "snapshot").exists()

    work = []
    for name in ("_facts", "analyze", "reading_of"):
        real = getattr(embedded, name)
        monkeypatch.setattr(embedded, name, lambda *a, _r=real, _n=name: work.append(_n) or _r(*a))
    real_index = embedded.bm25s.BM25.index
    monkeypatch.setattr(
        embedded.bm25s.BM25,
        "index",
        lambda self, *a, **k: work.append("bm25") or real_index(self, *a, **k),
    )
    again = EmbeddedBackend(embedder=embedder, path=tmp_path)
    assert _answers(again) == built
    assert [h.id for h in again.search(SearchQuery(languages=["ar"], limit=50)).hits] == arabic
    assert work == ["analyze"]  # the query's words only
    assert isinstance(again._base.vectors, np.memmap)  # mapped, not read into this process
    again.close()


def test_writes_after_the_snapshot_are_read_over_it(tmp_path, monkeypatch):
    """A restart maps the saved build and reads what was written since over it: changed,
    new and deleted listings are as written, the rest as saved."""
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend

    monkeypatch.setattr(embedded, "SNAPSHOT_MIN", 5)
    docs = _docs(12)
    first = EmbeddedBackend(path=tmp_path)
    first.index(docs)
    first.search(SearchQuery())  # builds and saves
    first.index([{**docs[0], "name": "Schaakclub De Toren", "version": 2}])
    first.index([{**docs[1], "id": "new", "name": "Schaken voor beginners"}])
    first.delete(["s2"])
    expected = _answers(first, "schaak wandel")
    first.close()

    again = EmbeddedBackend(path=tmp_path)
    assert again.count() == 12
    assert again.get("s2") is None and again.get("s0")["name"] == "Schaakclub De Toren"
    assert _answers(again, "schaak wandel") == expected
    hits = [h.id for h in again.search(SearchQuery(text="schaak", limit=5)).hits]
    assert set(hits[:2]) == {"s0", "new"}
    assert "s2" not in again.ids() and again.ids()["s0"] == "2"
    assert again._base.n == 12 and again._gone == {"s0", "s2"}  # the saved build, read over
    again.close()


def test_a_broken_or_outdated_snapshot_is_built_again(tmp_path, monkeypatch):
    """A snapshot is derived data: a missing file, one of another day or another vocabulary
    is ignored and the index is built from the index file, with the same answers."""
    from datetime import date, timedelta

    from indexers import embedded
    from indexers.embedded import EmbeddedBackend

    monkeypatch.setattr(embedded, "SNAPSHOT_MIN", 5)
    first = EmbeddedBackend(path=tmp_path)
    first.index(_docs(12))
    built = _answers(first)
    first.close()
    index = tmp_path / "index"
    (folder,) = [p for p in index.glob("snapshot-*")]
    (folder / "column.lat.npy").unlink()

    again = EmbeddedBackend(path=tmp_path)
    assert _answers(again) == built
    assert again._base.seen == again._seen  # built, and saved anew
    again.close()
    assert (index / (index / "snapshot").read_text() / "column.lat.npy").exists()

    class Tomorrow(date):
        @classmethod
        def today(cls):
            return date.today() + timedelta(days=1)

    monkeypatch.setattr(embedded, "date", Tomorrow)
    made = []
    real = embedded._facts
    monkeypatch.setattr(embedded, "_facts", lambda doc, day: made.append(1) or real(doc, day))
    later = EmbeddedBackend(path=tmp_path)
    assert _answers(later) == built
    assert len(made) == 12 and later._base.day == Tomorrow.today().isoformat()
    later.close()


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


def test_a_worker_takes_the_build_another_worker_saved(tmp_path, monkeypatch):
    """After many writes one worker builds and saves; the next worker to catch up maps that
    build and reads only what came after it, instead of building again."""
    from indexers import embedded
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend

    monkeypatch.setattr(embedded, "SNAPSHOT_MIN", 5)
    monkeypatch.setattr(embedded, "DELTA_MIN", 3)
    monkeypatch.setattr(embedded, "DELTA_SHARE", 0.0)
    docs = _docs(12)
    first, second = EmbeddedBackend(path=tmp_path), EmbeddedBackend(path=tmp_path)
    first.index(docs)
    first.search(SearchQuery())
    second.search(SearchQuery())  # both map the first build
    first.index([{**d, "name": f"Schaakclub {d['id']}", "version": 2} for d in docs[:6]])
    first.search(SearchQuery())  # six changed, past DELTA_MIN: built and saved
    first.index([{**docs[7], "name": "Dammen op dinsdag", "version": 2}])
    builds = []
    real = embedded.bm25s.BM25.index
    monkeypatch.setattr(
        embedded.bm25s.BM25, "index", lambda self, *a, **k: builds.append(1) or real(self, *a, **k)
    )
    assert _answers(second, "schaak dammen") == _answers(first, "schaak dammen")
    assert builds == []
    assert second._base.seen == first._base.seen and set(second._raw) == {"s7"}
    first.close()
    second.close()
