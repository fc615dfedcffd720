"""The search backend contract: what every backend (embedded, Elasticsearch) implements.

A backend holds activity documents (the API's activity dicts) and answers ``SearchQuery``
with ``SearchResults``: the documents that pass every filter, each with its text
relevance, semantic similarity and distance, so the matcher can rank on the same inputs
whichever backend is configured. The store, not the index, is the source of truth: an index
can always be rebuilt from it.
"""

import logging
import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, TimeoutError
from dataclasses import dataclass, field

import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prior:
    """A first cut for a query that asks for many candidates (a match asks for thousands):
    keep the ``size`` best by

        w_category × the highest of its categories' weights (none declared: "other")
      + w_words × (0.6 × text relevance + 0.4 × min(1, max(0, cosine) / cosine_full))
      + w_distance × exp(-distance / distance_scale)   (``remote`` without a place)

    in the order of that score, ties in the backend's own order; with ``size`` or fewer
    listings found, all of them in the backend's order. A backend computes it over its
    columns where it can (embedded) or over the hits (``apply``)."""

    size: int
    category_weights: dict[str, float]
    w_category: float
    w_words: float
    w_distance: float
    cosine_full: float
    distance_scale: float
    remote: float
    words_only: bool = False  # the score is text relevance + cosine, and nothing else

    @classmethod
    def words(cls, size: int) -> "Prior":
        """The ``size`` listings the query's words reach best (text relevance + cosine)."""
        return cls(size, {}, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, words_only=True)

    def of_hit(self, hit: "Hit") -> float:
        if self.words_only:
            return hit.text_score + hit.vector_score
        cats = hit.categories or ("other",)
        weights = self.category_weights
        cat = max(weights.get(c, 0.0) for c in cats)
        words = 0.6 * hit.text_score + 0.4 * min(1.0, max(0.0, hit.vector_score) / self.cosine_full)
        d = hit.distance_km
        near = self.remote if d is None else math.exp(-d / self.distance_scale)
        return self.w_category * cat + self.w_words * words + self.w_distance * near

    def apply(self, hits: list["Hit"]) -> list["Hit"]:
        if len(hits) <= self.size:
            return hits
        return sorted(hits, key=self.of_hit, reverse=True)[: self.size]


@dataclass
class SearchQuery:
    """Filters and ranking inputs; every list filter is ignored when empty.

    ``accessibility`` codes apply to the venue: online and at-home activities have none and
    pass. ``radius_km`` limits in-person activities only; remote ones pass when
    ``remote_ignores_radius``. Days and parts of day are combined per schedule.
    """

    text: str | None = None
    semantic_text: str | None = None  # what the embedder compares, when not ``text``
    latitude: float | None = None
    longitude: float | None = None
    radius_km: float | None = None
    categories: list[str] = field(default_factory=list)  # any of
    exclude_categories: list[str] = field(default_factory=list)  # none of
    accessibility: list[str] = field(default_factory=list)  # all of
    features: list[str] = field(default_factory=list)  # all of
    free_only: bool = False
    max_cost_per_month: float | None = None
    days: list[str] = field(default_factory=list)  # any of
    parts_of_day: list[str] = field(default_factory=list)  # any of
    languages: list[str] = field(default_factory=list)  # any of
    age: int | None = None
    delivery: list[str] = field(default_factory=list)  # any of
    capacity: list[str] = field(default_factory=list)  # any of; "unknown": no state given
    active_only: bool = True  # also hides a confirmed duplicate (``duplicate_of``)
    organization_id: str | None = None
    remote_ignores_radius: bool = True
    text_required: bool = True  # with text: only listings that match it (search);
    # False scores every listing that passes the filters (matching)
    sort: str = "relevance"  # relevance (text when given, else distance), distance, name
    offset: int = 0
    limit: int = 20
    prior: Prior | None = None  # after the filters and within ``limit``: the first cut


class Hit:
    """One found activity.

    ``document`` may be read on first use (``load``): the embedded backend keeps listings
    as stored JSON, and a match looks at thousands of candidates but reads only the few
    hundred it scores. ``categories`` can be given apart, so that the first cut needs no
    document at all.
    """

    __slots__ = (
        "id",
        "score",
        "text_score",
        "vector_score",
        "distance_km",
        "_document",
        "_load",
        "_categories",
        "key",
        "reading",
    )

    def __init__(
        self,
        id: str,
        document: dict | None = None,
        score: float = 0.0,  # the ranking score of this answer, in [0, 1]
        text_score: float = 0.0,  # text relevance in [0, 1]: the share of the best BM25
        # evidence each query term reaches anywhere in the index
        vector_score: float = 0.0,  # cosine similarity of the query text and the activity
        distance_km: float | None = None,
        *,
        load: Callable[[], dict] | None = None,
        categories: tuple[str, ...] | None = None,
        key: object = None,
        reading: bytes | str | None = None,
    ):
        if document is None and load is None:
            raise ValueError("a hit needs its document or a way to load it")
        self.id = id
        self.score = score
        self.text_score = text_score
        self.vector_score = vector_score
        self.distance_km = distance_km
        self._document = document
        self._load = load
        self._categories = categories
        # what identifies this version of the listing (equal while it is unchanged), so
        # that what matching reads of it can be kept between matches; None: not known
        self.key = key
        # what matching read of its words when it was written (matcher.facts.reading_of)
        self.reading = reading

    @property
    def document(self) -> dict:
        if self._document is None:
            self._document = self._load()
        return self._document

    @property
    def categories(self) -> tuple[str, ...]:
        if self._categories is None:
            self._categories = tuple(self.document.get("categories") or ())
        return self._categories

    def __repr__(self) -> str:
        return f"Hit({self.id!r}, score={self.score:.3f}, distance_km={self.distance_km})"


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int


class BackendUnavailable(RuntimeError):
    """The search engine cannot be reached; the API answers 503."""


class SearchBackend:
    """Base class of the search backends.

    Capability flags let callers adapt without ``if backend == ...``.
    """

    name = "base"
    supports_text = True
    supports_vectors = True
    supports_geo = True
    multi_process = False  # several processes may share one index
    multi_machine = False  # several machines may share one index

    def __init__(self, embedder=None, embed_timeout: float | None = None, **options):
        self.embedder = embedder
        self.embed_timeout = embed_timeout  # seconds for one query's embedding; None: no limit
        self._query_vectors: OrderedDict = OrderedDict()
        self._embed_pool: ThreadPoolExecutor | None = None
        self._cache_lock = threading.Lock()

    def index(self, documents: list[dict], progress=None) -> int:
        """Add or replace documents by ``id``; returns how many were (re)embedded."""
        raise NotImplementedError(f"{self.name} backend does not implement index()")

    def delete(self, ids: list[str]) -> None:
        raise NotImplementedError(f"{self.name} backend does not implement delete()")

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError(f"{self.name} backend does not implement search()")

    def get(self, activity_id: str) -> dict | None:
        raise NotImplementedError(f"{self.name} backend does not implement get()")

    def ids(self) -> dict[str, str]:
        """Every indexed id with its document's version marker (for consistency checks)."""
        raise NotImplementedError(f"{self.name} backend does not implement ids()")

    def refresh(self) -> None:
        """Make every write so far visible to the next search in this process."""

    def warm(self) -> None:
        """Get ready for the first search (a server's worker calls this as it starts, in a
        thread of its own): the index in memory, where the backend keeps one."""

    def clear(self) -> None:
        raise NotImplementedError(f"{self.name} backend does not implement clear()")

    def count(self) -> int:
        raise NotImplementedError(f"{self.name} backend does not implement count()")

    def embed_query(self, text: str) -> np.ndarray | None:
        """The query's embedding; recent queries are remembered (coaches repeat words)."""
        if not self.embedder or not text:
            return None
        key = (self.embedder.name, text.strip().lower())
        cache = self._query_vectors
        with self._cache_lock:  # worker threads share the cache
            if key in cache:
                cache.move_to_end(key)
                return cache[key]
        vector = self._encode_with_timeout(text)
        if vector is None:
            return None  # not cached: the next query tries again
        with self._cache_lock:
            cache[key] = vector
            if len(cache) > 2048:
                cache.popitem(last=False)
        return vector

    def _encode_with_timeout(self, text: str) -> np.ndarray | None:
        """The embedding, or None when it takes longer than ``embed_timeout``: the search
        then ranks on words, distance and filters alone instead of keeping the coach waiting."""
        if not self.embed_timeout:
            return self.embedder.encode([text])[0]
        if self._embed_pool is None:
            self._embed_pool = ThreadPoolExecutor(1, thread_name_prefix="embed")
        future = self._embed_pool.submit(self.embedder.encode, [text])
        try:
            return future.result(timeout=self.embed_timeout)[0]
        except TimeoutError:
            log.warning(
                "query embedding took over %.1f s: ranking without meaning", self.embed_timeout
            )
            return None

    def close(self) -> None:
        """Release files and connections."""
