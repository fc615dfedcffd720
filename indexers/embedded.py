"""The embedded search backend: no server, one SQLite file, numpy in memory.

Documents and their embeddings live in ``<data dir>/index/embedded.sqlite``; every write
gets a new sequence number. Each process keeps an in-memory copy (filter arrays, an
embedding matrix, a BM25 index over the Dutch analyzer's terms) and catches up with the
file before every search by reading the rows whose sequence number is newer than the last
one it saw, so all workers on one machine see every write at once. Embeddings are keyed by
a hash of the embedded text and the model: a restart re-embeds nothing and an update
re-embeds only what changed. Single machine only (the file is local).
"""

import gc
import hashlib
import json
import math
import shutil
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial
from pathlib import Path

import bm25s
import numpy as np
import orjson

from indexers import snapshot
from indexers.analysis import analyze, analyzer_version
from indexers.base import Hit, Prior, SearchBackend, SearchQuery, SearchResults
from matcher import activity as act
from matcher.capacity import STATES as CAPACITY_STATES
from matcher.capacity import UNKNOWN as NO_CAPACITY
from matcher.capacity import state as capacity_state
from matcher.facts import reading_of, reading_version
from matcher.places import distances_km
from matcher.vocab import ACCESSIBILITY, CATEGORIES, DELIVERY, FEATURES

EMBED_BATCH = 256
_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    doc TEXT,
    text_hash TEXT,
    vector BLOB,
    tokens TEXT,
    facts TEXT,
    reading TEXT
);
CREATE INDEX IF NOT EXISTS docs_seq ON docs (seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


# One listing's filter facts, in the order of ``_FACT_COLUMNS``: worked out once per
# listing version (and day: schedules end), not on every rebuild of the column arrays.
_FACT_COLUMNS = (
    ("lat", np.float64),
    ("lon", np.float64),
    ("in_person", bool),
    ("delivery", np.int8),
    ("categories", np.int64),
    ("accessibility", np.int64),
    ("features", np.int64),
    ("slots", np.int64),
    ("has_schedule", bool),
    ("monthly_cost", np.float64),
    ("active", bool),
    ("capacity", np.int8),
    ("min_age", np.int32),
    ("max_age", np.int32),
    ("organizations", object),
    ("names", object),
    ("languages", None),  # a list per listing: made into one mask per language
)


def _facts(doc: dict, today: date) -> tuple:
    coords = act.coordinates(doc)
    delivery = doc.get("delivery") or "in_person"
    return (
        coords[0] if coords else np.nan,
        coords[1] if coords else np.nan,
        delivery == "in_person",
        DELIVERY.index(delivery),
        _bits(doc.get("categories"), CATEGORIES),
        _bits(doc.get("accessibility"), ACCESSIBILITY),
        _bits(doc.get("features"), FEATURES),
        act.slot_mask(doc, today),
        act.has_schedule(doc),
        act.monthly_cost(doc),
        (doc.get("status") or "active") == "active" and not doc.get("duplicate_of"),
        CAPACITY_CODES.index(capacity_state(doc)),
        doc.get("min_age") if doc.get("min_age") is not None else -1,
        doc.get("max_age") if doc.get("max_age") is not None else 999,
        (doc.get("organization") or {}).get("id"),
        (doc.get("name") or "").lower(),
        list(doc.get("languages") or []),
    )


CAPACITY_CODES = (NO_CAPACITY, *CAPACITY_STATES)


def _columns(facts: list[tuple]) -> dict:
    """Listings' facts (see _facts) as one array per fact, and a mask per language."""
    n = len(facts)
    values = zip(*facts, strict=True) if n else [()] * len(_FACT_COLUMNS)
    out: dict = {
        name: np.array(column, dtype=dtype)
        for (name, dtype), column in zip(_FACT_COLUMNS, values, strict=True)
        if dtype is not None
    }
    languages: dict[str, np.ndarray] = {}
    for k, f in enumerate(facts):
        for code in f[-1]:
            languages.setdefault(code, np.zeros(n, dtype=bool))[k] = True
    out["languages"] = languages
    return out


SNAPSHOT_MIN = 20_000  # smaller indexes build about as fast as a snapshot loads
DELTA_MIN = 500  # listings changed since the base build that are kept apart ...
DELTA_SHARE = 0.05  # ... or this share of all listings, whichever is more


@dataclass
class _Base:
    """A full build over the listings of one state of the index file: their filter columns,
    vectors, BM25 index, stored JSON and readings, row by row in ``ids`` order (the order
    of their sequence numbers). Held in memory, or mapped from a snapshot on disk (from
    SNAPSHOT_MIN listings): a restart then builds nothing and the workers share its pages.
    Listings written since are kept apart (the backend's overlay) until a rebuild."""

    ids: list[str]
    rows: dict[str, int]  # listing id -> its row
    seqs: np.ndarray  # the listing version each row was built from
    columns: dict[str, np.ndarray]  # one per _FACT_COLUMNS entry but "languages"
    languages: dict[str, np.ndarray]  # language code -> which rows offer it
    vectors: np.ndarray | None
    bm25: bm25s.BM25 | None  # None: no listings
    avgdl: float
    raw: Sequence[bytes]  # each listing's stored JSON
    readings: Sequence  # matcher.facts.reading_of per row (str or bytes)
    day: str  # the day the schedule columns hold for
    seen: tuple  # (highest sequence number, generation) it was built from

    @property
    def n(self) -> int:
        return len(self.ids)


@dataclass
class _TextIndex:
    """BM25 scores for the compiled rows: from the base build, except the rows in ``delta``
    (listings new or changed since), scored with the base build's statistics."""

    base: _Base
    rows: np.ndarray  # compiled row -> base row, -1 for delta rows
    delta: dict[int, list[str]]  # compiled row -> tokens

    def scores(self, terms: list[str]) -> np.ndarray:
        base = self.base
        out = np.zeros(len(self.rows), dtype=np.float64)
        in_base = self.rows >= 0
        if in_base.any():
            scores = np.asarray(base.bm25.get_scores(terms), dtype=np.float64)
            out[in_base] = scores[self.rows[in_base]]
        if self.delta:
            out[list(self.delta)] = [self._score(tokens, terms) for tokens in self.delta.values()]
        return out

    def _score(self, tokens: list[str], terms: list[str]) -> float:
        """bm25s's Lucene variant: Σ idf(t) · tf / (tf + k1 · (1 − b + b · dl / avgdl))."""
        bm25, base = self.base.bm25, self.base
        k1, b = bm25.k1, bm25.b
        norm = k1 * (1 - b + b * max(1, len(tokens)) / base.avgdl)
        score = 0.0
        for term in terms:
            tf = tokens.count(term)
            if not tf:
                continue
            df = self._df(term)
            idf = math.log(1 + (base.n - df + 0.5) / (df + 0.5))
            score += idf * tf / (tf + norm)
        return score

    def _df(self, term: str) -> int:
        """Documents with the term: in the base build, else among the delta (at least 1)."""
        vocab = self.base.bm25.vocab_dict
        if term in vocab:
            indptr = self.base.bm25.scores["indptr"]
            t = vocab[term]
            return int(indptr[t + 1] - indptr[t])
        return max(1, sum(1 for tokens in self.delta.values() if term in tokens))


def _load_row(raw: "_Rows", i: int) -> dict:
    return orjson.loads(raw[i])


def _dump_facts(day: str, facts: tuple) -> str:
    return orjson.dumps(
        [day, *(None if isinstance(x, float) and x != x else x for x in facts)]
    ).decode()


def _bits(codes, vocabulary) -> int:
    mask = 0
    for c in codes or []:
        if c in vocabulary:
            mask |= 1 << vocabulary.index(c)
    return mask


@cache
def _codes(mask: int) -> tuple[str, ...]:
    """The categories of a bit mask (see _bits), shared: there are at most 256."""
    return tuple(c for k, c in enumerate(CATEGORIES) if mask >> k & 1)


def _cosines(c: "_Compiled", qv: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The query's cosine with the listings that passed the filters (0 for the others): a
    match near a place reads a few hundred of the index's vectors, not all of them. The
    base rows' vectors and the overlay's are two matrices, in row order."""
    rows = np.flatnonzero(mask)
    nb = len(c.vectors)
    if len(rows) > len(mask) // 2:
        if c.more_vectors is None:
            return c.vectors @ qv
        return np.concatenate([c.vectors @ qv, c.more_vectors @ qv])
    out = np.zeros(len(mask), dtype=c.vectors.dtype)
    if len(rows):
        inside = rows[rows < nb]
        out[inside] = c.vectors[inside] @ qv
        if c.more_vectors is not None and len(inside) < len(rows):
            more = rows[len(inside) :]
            out[more] = c.more_vectors[more - nb] @ qv
    return out


def _prior_cut(
    prior: Prior,
    c: "_Compiled",
    page: np.ndarray,
    text_norm: np.ndarray,
    cosine: np.ndarray,
    distance: np.ndarray | None,
) -> np.ndarray:
    """``Prior.apply`` over the columns: the places in ``page`` of the ``size`` best, best
    first, ties in page order (the same floats as per hit: float64, the same operations)."""
    if prior.words_only:
        score = np.asarray(text_norm[page], dtype=np.float64) + np.asarray(
            cosine[page], dtype=np.float64
        )
        return np.argsort(-score, kind="stable")[: prior.size]
    masks = c.categories[page]
    weights = prior.category_weights
    cat = np.full(len(page), weights.get("other", 0.0))  # none declared: "other"
    best = np.full(len(page), -np.inf)
    for k, code in enumerate(CATEGORIES):
        has = (masks >> k) & 1 == 1
        best = np.where(has, np.maximum(best, weights.get(code, 0.0)), best)
    cat = np.where(masks == 0, cat, best)
    t = np.asarray(text_norm[page], dtype=np.float64)
    v = np.asarray(cosine[page], dtype=np.float64)
    words = 0.6 * t + 0.4 * np.minimum(1.0, np.maximum(0.0, v) / prior.cosine_full)
    if distance is None:
        near = np.full(len(page), prior.remote)
    else:
        d = np.asarray(distance[page], dtype=np.float64)
        near = np.array(
            [prior.remote if x != x else math.exp(-x / prior.distance_scale) for x in d.tolist()]
        )
    score = prior.w_category * cat + prior.w_words * words + prior.w_distance * near
    return np.argsort(-score, kind="stable")[: prior.size]


@dataclass
class _Compiled:
    """Column arrays over the base build and the overlay (listings written since), in that
    row order; a base row whose listing changed or went since is not ``alive``."""

    ids: list[str]
    raw: "_Rows"  # each listing's stored JSON
    readings: "_Rows"
    seqs: np.ndarray
    alive: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    in_person: np.ndarray
    delivery: np.ndarray
    categories: np.ndarray
    accessibility: np.ndarray
    features: np.ndarray
    slots: np.ndarray
    has_schedule: np.ndarray
    monthly_cost: np.ndarray
    active: np.ndarray
    capacity: np.ndarray
    min_age: np.ndarray
    max_age: np.ndarray
    languages: dict[str, np.ndarray]
    organizations: np.ndarray
    names: np.ndarray
    vectors: np.ndarray | None  # the base rows'
    more_vectors: np.ndarray | None  # the overlay rows'
    text: "_TextIndex | None"
    version: tuple  # with a row's sequence number, what identifies a listing's version
    term_ceiling: dict[str, float] = field(default_factory=dict)
    # the last few queries' distance, text and full-cosine columns: a match searches the same
    # place and words two or three times (its candidates, then what nearly fitted)
    recent: dict = field(default_factory=dict)
    recent_lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, key: tuple, make) -> np.ndarray:
        """The column under ``key``, made by ``make()`` when not kept (never written to)."""
        found = self.recent.get(key)
        if found is None:
            found = make()
            found.flags.writeable = False  # shared between searches: read only
            with self.recent_lock:
                while len(self.recent) >= RECENT_COLUMNS:
                    del self.recent[next(iter(self.recent))]  # the oldest
                self.recent[key] = found
        return found


class _Rows:
    """The base's items (a list or a snapshot's blob) followed by the overlay's."""

    __slots__ = ("base", "more", "nb")

    def __init__(self, base: Sequence, more: list):
        self.base, self.more, self.nb = base, more, len(base)

    def __len__(self) -> int:
        return self.nb + len(self.more)

    def __getitem__(self, i: int):
        return self.base[i] if i < self.nb else self.more[i - self.nb]


RECENT_COLUMNS = 8  # columns kept per built index (each 8 bytes a listing)


class EmbeddedBackend(SearchBackend):
    name = "embedded"
    multi_process = True

    def __init__(
        self,
        embedder=None,
        path: str | Path = "var",
        text_weight: float = 0.7,
        semantic_threshold: float = 0.15,
        embed_timeout: float | None = None,
        **options,
    ):
        super().__init__(embedder, embed_timeout=embed_timeout)
        self.text_weight = text_weight
        self.semantic_threshold = semantic_threshold
        directory = Path(path) / "index"
        directory.mkdir(parents=True, exist_ok=True)
        self.file = directory / "embedded.sqlite"
        self._conn = sqlite3.connect(
            self.file, check_same_thread=False, timeout=30, isolation_level=None
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)
        self._upgrade_schema()
        self._lock = threading.RLock()
        self._base: _Base | None = None  # the last full build (see _Base)
        # the overlay: listings new or changed since the base build, by id. Each listing as
        # its stored JSON (UTF-8), parsed when a search returns it (parsed dicts would cost
        # about 540 MB at 100,000 listings, the JSON about 190 MB); tokens as one
        # space-joined string per listing, split only while compiling
        self._raw: dict[str, bytes] = {}
        self._vectors: dict[str, np.ndarray] = {}
        self._tokens: dict[str, str] = {}
        self._seqs: dict[str, int] = {}  # the row version each document was read at
        self._facts: dict[str, tuple] = {}  # per listing, see _facts(); dropped on change
        self._readings: dict[str, str] = {}  # matcher.facts.reading_of, kept at write time
        self._unread: set[str] = set()  # listings whose reading is missing or outdated
        self._gone: set[str] = set()  # base listings changed or deleted since the build
        self._reading_prefix = f'["{reading_version()}"'
        self._day: date | None = None  # schedules end: facts are redone on a new day
        self._seen: tuple = (-1, None)
        self._compiled: _Compiled | None = None
        self._instance = object()  # with a row's version: identifies a listing's version
        self._check_embedder()

    def _upgrade_schema(self) -> None:
        """Index files from before stored tokens; tokens of an older analyzer are redone."""
        columns = {r[1] for r in self._conn.execute("PRAGMA table_info(docs)")}
        if "tokens" not in columns:
            self._conn.execute("ALTER TABLE docs ADD COLUMN tokens TEXT")
        if "facts" not in columns:
            self._conn.execute("ALTER TABLE docs ADD COLUMN facts TEXT")
        if "reading" not in columns:  # what matching reads of the words (matcher/facts.py)
            self._conn.execute("ALTER TABLE docs ADD COLUMN reading TEXT")
        row = self._conn.execute("SELECT value FROM meta WHERE key='analyzer'").fetchone()
        if not row or row[0] != analyzer_version():
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("UPDATE docs SET tokens=NULL")
            self._conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('analyzer', ?)", (analyzer_version(),)
            )
            self._conn.execute("COMMIT")

    @staticmethod
    def _analyze(doc: dict) -> list[str]:
        # the name counts twice: a word in the title says more than one in the text
        return analyze(doc.get("name", "")) + analyze(act.search_text(doc))

    # -- writing ---------------------------------------------------------------------
    @property
    def _embedder_name(self) -> str:
        return self.embedder.name if self.embedder else "none"

    def _text_hash(self, doc: dict) -> str:
        text = act.search_text(doc)
        return hashlib.sha1(f"{self._embedder_name}\n{text}".encode()).hexdigest()

    def _check_embedder(self) -> None:
        """A different embedder than the one the vectors were made with: re-embed all."""
        row = self._conn.execute("SELECT value FROM meta WHERE key='embedder'").fetchone()
        if row and row[0] == self._embedder_name:
            return
        docs = [
            json.loads(d) for (d,) in self._conn.execute("SELECT doc FROM docs WHERE deleted=0")
        ]
        self._conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('embedder', ?)", (self._embedder_name,)
        )
        if docs:
            self._conn.execute("UPDATE docs SET text_hash=NULL")
            self.index(docs)

    def index(self, documents: list[dict], progress=None) -> int:
        if not documents:
            return 0
        hashes = {d["id"]: self._text_hash(d) for d in documents}
        known: dict[str, str] = {}
        ids = list(hashes)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            with self._lock:  # one connection, shared by a worker's threads
                rows = self._conn.execute(
                    f"SELECT id, text_hash FROM docs WHERE deleted=0 AND vector IS NOT NULL "
                    f"AND id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            known.update(rows)
        todo = [d for d in documents if known.get(d["id"]) != hashes[d["id"]]]
        vectors: dict[str, bytes] = {}
        if self.embedder is not None:
            for i in range(0, len(todo), EMBED_BATCH):
                batch = todo[i : i + EMBED_BATCH]
                encoded = self.embedder.encode([act.search_text(d) for d in batch])
                for d, v in zip(batch, encoded, strict=True):
                    vectors[d["id"]] = np.asarray(v, dtype=np.float32).tobytes()
                if progress:
                    progress(len(batch))
        tokens = {d["id"]: self._analyze(d) for d in documents}  # once, at write time
        readings = {d["id"]: reading_of(d).decode() for d in documents}
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                (seq,) = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM docs").fetchone()
                rows = []
                for d in documents:
                    seq += 1
                    rows.append(
                        (
                            d["id"],
                            seq,
                            json.dumps(d, ensure_ascii=False, default=str),
                            hashes[d["id"]]
                            if d["id"] in vectors or known.get(d["id"]) == hashes[d["id"]]
                            else None,
                            vectors.get(d["id"]),
                            " ".join(tokens[d["id"]]),
                            readings[d["id"]],
                        )
                    )
                self._conn.executemany(
                    "INSERT INTO docs (id, seq, deleted, doc, text_hash, vector, tokens, reading) "
                    "VALUES (?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "seq=excluded.seq, deleted=0, doc=excluded.doc, text_hash=excluded.text_hash, "
                    "vector=COALESCE(excluded.vector, docs.vector), tokens=excluded.tokens, "
                    "facts=NULL, reading=excluded.reading",
                    rows,
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return len(todo)

    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                (seq,) = self._conn.execute("SELECT COALESCE(MAX(seq), 0) FROM docs").fetchone()
                self._conn.executemany(
                    "UPDATE docs SET deleted=1, doc=NULL, vector=NULL, text_hash=NULL, "
                    "tokens=NULL, facts=NULL, reading=NULL, seq=? WHERE id=?",
                    [(seq + i + 1, id_) for i, id_ in enumerate(ids)],
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.execute("DELETE FROM docs")
            self._conn.execute(
                "INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE "
                "SET value=CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
            )
            self._conn.execute("COMMIT")
            snapshot.remove(self.file.parent)

    # -- catching up with other processes ----------------------------------------------
    def refresh(self) -> None:
        with self._lock:
            self._sync()

    def warm(self) -> None:
        self._state()

    def _sync(self) -> None:
        state = self._conn.execute(
            "SELECT (SELECT COALESCE(MAX(seq), 0) FROM docs), "
            "(SELECT value FROM meta WHERE key='generation')"
        ).fetchone()
        if state == self._seen:
            return
        last_seq, generation = self._seen
        if generation != state[1] or state[0] < last_seq:  # cleared, or another file
            self._forget()
            last_seq = -1
        if self._base is None and last_seq == -1:
            self._base = self._load_snapshot(state)
            if self._base is not None:
                last_seq = self._base.seen[0]
        rows = self._conn.execute(
            "SELECT id, deleted, CAST(doc AS BLOB), vector, tokens, seq, facts, reading "
            "FROM docs WHERE seq > ? AND seq <= ? ORDER BY seq",
            (last_seq, state[0]),
        )
        if self._day != date.today():  # facts of another day are stale: schedules end
            self._facts, self._day = {}, date.today()
        today = self._day.isoformat()
        in_base = self._base.rows if self._base is not None else {}
        for id_, deleted, doc, vector, tokens, seq, facts, reading in rows:
            if id_ in in_base:
                self._gone.add(id_)
            for kept in (self._raw, self._vectors, self._tokens, self._seqs, self._facts):
                kept.pop(id_, None)  # popped, not overwritten: the overlay is in seq order
            self._readings.pop(id_, None)
            self._unread.discard(id_)
            if deleted:
                continue
            if reading is not None and reading.startswith(self._reading_prefix):
                self._readings[id_] = reading
            else:  # from before readings were kept, or another vocabulary
                self._unread.add(id_)
            self._seqs[id_] = seq
            if tokens is not None:
                self._tokens[id_] = tokens
            if facts is not None:
                stored = orjson.loads(facts)
                if stored[0] == today and len(stored) == len(_FACT_COLUMNS) + 1:
                    self._facts[id_] = tuple(np.nan if x is None else x for x in stored[1:])
            self._raw[id_] = doc
            if vector is not None:
                self._vectors[id_] = np.frombuffer(vector, dtype=np.float32)
        self._seen = state
        self._compiled = None

    def _forget(self) -> None:
        self._base, self._compiled = None, None
        self._raw, self._vectors, self._tokens, self._seqs = {}, {}, {}, {}
        self._facts, self._readings, self._unread, self._gone = {}, {}, set(), set()

    def _behind(self) -> int:
        """How many listings the base build no longer holds as they are."""
        base = self._base
        return len(self._gone) + sum(1 for i in self._raw if i not in base.rows)

    def _compile(self) -> _Compiled:
        today = date.today()
        if today != self._day:
            self._facts, self._day = {}, today
        if self._stale() and self._adopt_snapshot():
            pass  # another process built it since: read over, not built again
        base = self._base
        if self._stale():
            base = self._rebuild()
        more = list(self._raw)  # the overlay, in seq order
        self._keep_readings(more)
        self._keep_tokens(more)
        facts = self._overlay_facts(more)
        n = base.n + len(more)
        columns = dict(base.columns)
        languages = dict(base.languages)
        more_vectors = None
        if more:
            made = _columns([facts[i] for i in more])
            columns = {k: np.concatenate([v, made[k]]) for k, v in columns.items()}
            for code in set(languages) | set(made["languages"]):
                languages[code] = np.concatenate(
                    [
                        languages.get(code, np.zeros(base.n, dtype=bool)),
                        made["languages"].get(code, np.zeros(len(more), dtype=bool)),
                    ]
                )
            if base.vectors is not None:
                more_vectors = self._matrix(more)
        alive = np.ones(n, dtype=bool)
        alive[np.array([base.rows[i] for i in self._gone], dtype=np.int64)] = False
        seqs = np.concatenate([base.seqs, np.array([self._seqs[i] for i in more], dtype=np.int64)])
        text = None
        if base.bm25 is not None:
            text = _TextIndex(
                base,
                np.concatenate([np.arange(base.n), np.full(len(more), -1)]).astype(np.int64),
                {base.n + k: self._tokens[i].split() for k, i in enumerate(more)},
            )
        return _Compiled(
            ids=base.ids + more,
            raw=_Rows(base.raw, [self._raw[i] for i in more]),
            readings=_Rows(base.readings, [self._readings[i] for i in more]),
            seqs=seqs,
            alive=alive,
            languages=languages,
            vectors=base.vectors,
            more_vectors=more_vectors,
            text=text,
            version=(self._instance, self._seen[1]),
            **columns,
        )

    def _stale(self) -> bool:
        """Whether the base build is to be made again: none, of another day, or too far
        behind the listings written since."""
        base = self._base
        return (
            base is None
            or base.n == 0
            or base.day != date.today().isoformat()
            or self._behind() > max(DELTA_MIN, DELTA_SHARE * base.n)
        )

    def _adopt_snapshot(self) -> bool:
        """Take a snapshot newer than the base build (another worker's, after the same
        writes) and read what was written since over it."""
        if self._base is not None and self._base.n < SNAPSHOT_MIN:
            return False  # held in memory: no process saves builds this small
        found = self._load_snapshot(self._seen)
        if found is None or (self._base is not None and found.seen[0] <= self._base.seen[0]):
            return False
        seen = self._seen
        self._forget()
        self._base, self._seen = found, (found.seen[0], seen[1])
        self._sync()
        return True

    def _rebuild(self) -> _Base:
        """A new base build of every listing: the old base's rows that still hold, then the
        overlay; saved as a snapshot from SNAPSHOT_MIN listings and mapped from there."""
        old = self._base
        today = date.today().isoformat()
        kept = [] if old is None else [k for k, i in enumerate(old.ids) if i not in self._gone]
        more = [i for i in self._raw]
        ids = [old.ids[k] for k in kept] + more
        self._keep_readings(more)
        self._keep_tokens(more)
        facts = self._overlay_facts(more)
        columns = _columns([facts[i] for i in more])
        if kept and old.day == today:  # the old rows' columns hold: gathered, not redone
            rows = np.array(kept, dtype=np.int64)
            columns = {
                k: np.concatenate([np.asarray(old.columns[k])[rows], v])
                for k, v in columns.items()
                if k != "languages"
            } | {
                "languages": {
                    code: np.concatenate(
                        [
                            np.asarray(old.languages.get(code, np.zeros(old.n, dtype=bool)))[rows],
                            columns["languages"].get(code, np.zeros(len(more), dtype=bool)),
                        ]
                    )
                    for code in set(old.languages) | set(columns["languages"])
                }
            }
        elif kept:  # a new day: schedules may have ended, every row's facts are redone
            redone = {old.ids[k]: _facts(orjson.loads(old.raw[k]), date.today()) for k in kept}
            self._store_facts(redone, {old.ids[k]: int(old.seqs[k]) for k in kept})
            columns = _columns([redone[old.ids[k]] for k in kept] + [facts[i] for i in more])
        languages = columns.pop("languages")
        vectors = None
        if self.embedder is not None:
            vectors = self._matrix(more)
            if kept and old.vectors is not None and old.vectors.shape[1] == vectors.shape[1]:
                vectors = np.concatenate([old.vectors[np.array(kept, dtype=np.int64)], vectors])
            elif kept:
                vectors = np.concatenate([self._matrix_of_file(ids[: len(kept)]), vectors])
        tokens = self._tokens_of_file(ids[: len(kept)]) + [self._tokens[i] for i in more]
        bm25 = None
        if tokens:
            bm25 = bm25s.BM25()
            bm25.index([t.split() or ["_empty_"] for t in tokens], show_progress=False)
        lengths = [max(1, t.count(" ") + 1) for t in tokens]
        base = _Base(
            ids=ids,
            rows={i: k for k, i in enumerate(ids)},
            seqs=np.array(
                [int(old.seqs[k]) for k in kept] + [self._seqs[i] for i in more], dtype=np.int64
            ),
            columns=columns,
            languages=languages,
            vectors=vectors,
            bm25=bm25,
            avgdl=sum(lengths) / max(1, len(lengths)),
            raw=[old.raw[k] for k in kept] + [self._raw[i] for i in more],
            readings=[old.readings[k] for k in kept] + [self._readings[i] for i in more],
            day=today,
            seen=self._seen,
        )
        self._raw, self._vectors, self._tokens, self._seqs = {}, {}, {}, {}
        self._facts, self._readings, self._gone = {}, {}, set()
        if base.n >= SNAPSHOT_MIN:
            base = self._save_snapshot(base)
        self._base = base
        return base

    def _overlay_facts(self, ids: list[str]) -> dict[str, tuple]:
        """The filter facts of overlay listings: kept, or worked out now and stored."""
        made = [i for i in ids if i not in self._facts]
        for id_ in made:
            self._facts[id_] = _facts(orjson.loads(self._raw[id_]), date.today())
        self._store_facts({i: self._facts[i] for i in made}, self._seqs)
        return self._facts

    def _store_facts(self, facts: dict[str, tuple], seqs: dict[str, int]) -> None:
        """Keep worked-out facts for the next start today."""
        if not facts:
            return
        day = date.today().isoformat()
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.executemany(
            "UPDATE docs SET facts=? WHERE id=? AND seq=?",  # unless rewritten since
            [(_dump_facts(day, f), i, seqs[i]) for i, f in facts.items()],
        )
        self._conn.execute("COMMIT")

    def _matrix(self, ids: list[str]) -> np.ndarray:
        """The overlay listings' vectors as one matrix (zeros where none was made)."""
        vectors = np.zeros((len(ids), self.embedder.dim), dtype=np.float32)
        for k, id_ in enumerate(ids):
            v = self._vectors.get(id_)
            if v is not None and v.shape[0] == vectors.shape[1]:
                vectors[k] = v
        return vectors

    def _matrix_of_file(self, ids: list[str]) -> np.ndarray:
        """Vectors read from the index file (the base held none of this size)."""
        vectors = np.zeros((len(ids), self.embedder.dim), dtype=np.float32)
        row = {i: k for k, i in enumerate(ids)}
        for id_, vector in self._conn.execute("SELECT id, vector FROM docs WHERE deleted=0"):
            k = row.get(id_)
            if k is not None and vector is not None and len(vector) == 4 * vectors.shape[1]:
                vectors[k] = np.frombuffer(vector, dtype=np.float32)
        return vectors

    def _tokens_of_file(self, ids: list[str]) -> list[str]:
        """The stored tokens of base listings, for a new BM25 build."""
        if not ids:
            return []
        found = dict(self._conn.execute("SELECT id, tokens FROM docs WHERE deleted=0"))
        return [found.get(i) or " ".join(self._analyze(self._doc(i))) for i in ids]

    def _keep_tokens(self, ids: list[str]) -> None:
        """Tokens for overlay listings from an index file of before stored tokens, or of
        another analyzer: analysed now and stored, so the next start reads them."""
        missing = [i for i in ids if i not in self._tokens]
        if not missing:
            return
        for id_ in missing:
            self._tokens[id_] = " ".join(self._analyze(orjson.loads(self._raw[id_])))
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.executemany(
            "UPDATE docs SET tokens=? WHERE id=? AND seq=?",  # unless rewritten since
            [(self._tokens[i], i, self._seqs[i]) for i in missing],
        )
        self._conn.execute("COMMIT")

    def _keep_readings(self, ids: list[str]) -> None:
        """What matching reads of each listing's words, for listings written before it was
        kept or with another vocabulary: read now, once, and stored for the next start."""
        stale = [i for i in ids if i in self._unread]
        self._unread.difference_update(stale)
        if not stale:
            return
        for id_ in stale:
            self._readings[id_] = reading_of(orjson.loads(self._raw[id_])).decode()
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.executemany(
            "UPDATE docs SET reading=? WHERE id=? AND seq=?",  # unless rewritten since
            [(self._readings[i], i, self._seqs[i]) for i in stale],
        )
        self._conn.execute("COMMIT")

    # -- the base build as a snapshot, so that a restart builds nothing ------------------
    def _snapshot_meta(self, seen: tuple) -> dict:
        return {
            "seq": seen[0],
            "generation": seen[1],
            "day": date.today().isoformat(),
            "analyzer": analyzer_version(),
            "reading": reading_version(),
            "embedder": self._embedder_name,
            "facts": [name for name, _ in _FACT_COLUMNS],
        }

    def _save_snapshot(self, base: _Base) -> _Base:
        """Write the build and map it back: its pages are then shared, not this process's."""
        arrays = {"seqs": base.seqs, **{f"column.{k}": v for k, v in base.columns.items()}}
        arrays = {k: v for k, v in arrays.items() if v.dtype != object}
        arrays |= {f"language.{k}": v for k, v in base.languages.items()}
        if base.vectors is not None:
            arrays["vectors"] = base.vectors
        lists = {
            "ids": base.ids,
            "organizations": base.columns["organizations"].tolist(),
            "names": base.columns["names"].tolist(),
            "avgdl": base.avgdl,
        }
        blobs = {
            "docs": base.raw,
            "readings": [r.encode() if isinstance(r, str) else r for r in base.readings],
        }
        meta = self._snapshot_meta(base.seen)
        if not snapshot.save(self.file.parent, meta, arrays, lists, blobs, base.bm25):
            return base
        (self.file.parent / "bm25-snapshot").unlink(missing_ok=True)  # before snapshots
        for old in self.file.parent.glob("bm25-*"):
            shutil.rmtree(old, ignore_errors=True)
        return self._load_snapshot(base.seen, exact=True) or base

    def _load_snapshot(self, state: tuple, exact: bool = False) -> _Base | None:
        """The saved build, when it was made from this index file as it was (at or before
        ``state``: what was written since is read as the overlay) with today's facts and
        the same analyzer, vocabulary and embedder."""
        # readings are read for every candidate: mapped; a listing's JSON when it is first
        # seen or returned: read from the file, so it is not resident in every worker
        found = snapshot.load(self.file.parent, mapped_blobs=("readings",))
        if found is None:
            return None
        meta, want = found.meta, self._snapshot_meta(state)
        same = all(meta.get(k) == want[k] for k in want if k != "seq")
        if not same or (meta["seq"] != state[0] if exact else meta["seq"] > state[0]):
            return None
        a, lists = found.arrays, found.lists
        n = len(lists.get("ids", ()))
        dim = self.embedder.dim if self.embedder is not None else None
        vectors = a.get("vectors")
        if (
            any(len(v) != n for v in a.values())
            or any(len(b) != n for b in found.blobs.values())
            or len(found.blobs) != 2
            or any(len(lists.get(k, ())) != n for k in ("organizations", "names"))
            or not isinstance(lists.get("avgdl"), float)
            or any(f"column.{k}" not in a for k, t in _FACT_COLUMNS if t not in (None, object))
            or (dim is None) != (vectors is None)
            or (vectors is not None and vectors.shape != (n, dim))
        ):
            return None  # not the files it should be: built again
        columns = {
            name: a[f"column.{name}"]
            for name, dtype in _FACT_COLUMNS
            if dtype not in (None, object)
        }
        columns["organizations"] = np.array(lists["organizations"], dtype=object)
        columns["names"] = np.array(lists["names"], dtype=object)
        ids = lists["ids"]
        return _Base(
            ids=ids,
            rows={i: k for k, i in enumerate(ids)},
            seqs=a["seqs"],
            columns=columns,
            languages={k[len("language.") :]: v for k, v in a.items() if k.startswith("language.")},
            vectors=vectors,
            bm25=found.bm25,
            avgdl=lists["avgdl"],
            raw=found.blobs["docs"],
            readings=found.blobs["readings"],
            day=meta["day"],
            seen=(meta["seq"], meta["generation"]),
        )

    @staticmethod
    def _term_ceiling(c: _Compiled, term: str) -> float:
        """The best BM25 score one query term reaches in any listing."""
        if term not in c.term_ceiling:
            scores = c.text.scores([term])[c.alive]
            c.term_ceiling[term] = float(np.max(scores, initial=0.0))
        return c.term_ceiling[term]

    def _state(self) -> _Compiled:
        with self._lock:
            self._sync()
            if self._day is not None and date.today() != self._day:
                self._compiled = None  # a schedule may have ended since
            if self._compiled is None:
                self._compiled = self._compile()
                # hundreds of thousands of long-lived objects (facts, vectors, BM25): left to
                # the cyclic garbage collector, each full pass over them took 160 ms at
                # 100,000 listings and landed in some request; frozen, it skips them (they
                # are still freed by reference counting when a rebuild drops them); what is
                # garbage now is collected first, so that none of it is frozen with them
                gc.collect()
                gc.freeze()
            return self._compiled

    # -- reading -----------------------------------------------------------------------
    def _raw_of(self, activity_id: str) -> bytes | None:
        """A live listing's stored JSON: from the overlay, else from the base build."""
        raw = self._raw.get(activity_id)
        if raw is None and self._base is not None and activity_id not in self._gone:
            row = self._base.rows.get(activity_id)
            if row is not None:
                raw = self._base.raw[row]
        return raw

    def _doc(self, activity_id: str) -> dict:
        return orjson.loads(self._raw_of(activity_id))

    def get(self, activity_id: str) -> dict | None:
        with self._lock:
            self._sync()
            raw = self._raw_of(activity_id)
        return None if raw is None else orjson.loads(raw)

    def _live(self) -> list[str]:
        base = self._base
        kept = [] if base is None else [i for i in base.ids if i not in self._gone]
        return kept + list(self._raw)

    def ids(self) -> dict[str, str]:
        with self._lock:
            self._sync()
            raw = [(i, self._raw_of(i)) for i in self._live()]
        return {k: str(orjson.loads(v).get("version", "")) for k, v in raw}

    def count(self) -> int:
        with self._lock:
            self._sync()
            base = 0 if self._base is None else self._base.n - len(self._gone)
            return base + len(self._raw)

    def filter_mask(self, c: _Compiled, q: SearchQuery, distance: np.ndarray | None) -> np.ndarray:
        """Which documents pass every filter of the query."""
        n = len(c.ids)
        mask = c.alive.copy()
        if q.active_only:
            mask &= c.active
        if q.organization_id:
            mask &= c.organizations == q.organization_id
        if q.categories:
            mask &= (c.categories & _bits(q.categories, CATEGORIES)) != 0
        if q.exclude_categories:
            mask &= (c.categories & _bits(q.exclude_categories, CATEGORIES)) == 0
        if q.accessibility:
            need = _bits(q.accessibility, ACCESSIBILITY)
            mask &= ~c.in_person | ((c.accessibility & need) == need)
        if q.features:
            need = _bits(q.features, FEATURES)
            mask &= (c.features & need) == need
        if q.free_only:
            mask &= c.monthly_cost == 0
        if q.max_cost_per_month is not None:
            mask &= c.monthly_cost <= q.max_cost_per_month + 1e-9
        if q.days or q.parts_of_day:
            wanted = act.request_slot_mask(q.days, q.parts_of_day)
            mask &= ~c.has_schedule | ((c.slots & wanted) != 0)
        if q.languages:
            any_lang = np.zeros(n, dtype=bool)
            for code in q.languages:
                if code in c.languages:
                    any_lang |= c.languages[code]
            mask &= any_lang
        if q.age is not None:
            mask &= (c.min_age <= q.age) & (q.age <= c.max_age)
        if q.delivery:
            mask &= np.isin(c.delivery, [DELIVERY.index(x) for x in q.delivery])
        if q.capacity:
            wanted = [CAPACITY_CODES.index(x) for x in q.capacity if x in CAPACITY_CODES]
            mask &= np.isin(c.capacity, wanted)
        if q.radius_km is not None and distance is not None:
            near = c.in_person & (distance <= q.radius_km)
            if q.remote_ignores_radius:
                near |= ~c.in_person
            mask &= near
        return mask

    def search(self, q: SearchQuery) -> SearchResults:
        c = self._state()
        if not c.ids:
            return SearchResults(hits=[], total=0)
        distance = None
        if q.latitude is not None and q.longitude is not None:
            lat, lon, within = q.latitude, q.longitude, q.radius_km
            # with a radius, listings farther away are filtered out whatever their distance
            # is: only those near enough to pass are worked out (see distances_km)
            distance = c.recent.get(("distance", lat, lon, None))
            if distance is None:
                distance = c.remember(
                    ("distance", lat, lon, within),
                    lambda: distances_km(lat, lon, c.lat, c.lon, within=within),
                )
        mask = self.filter_mask(c, q, distance)
        text = np.zeros(len(c.ids))
        cosine = np.zeros(len(c.ids))
        ideal = 1.0
        if q.text:
            terms = analyze(q.text)
            if terms and c.text is not None:
                text = c.remember(("text", *terms), lambda: c.text.scores(terms))
                ideal = sum(self._term_ceiling(c, t) for t in terms) or 1.0
            semantic = q.semantic_text or q.text
            qv = self.embed_query(semantic)
            if qv is not None and c.vectors is not None:
                full = c.recent.get(("cosine", semantic))
                if full is not None:
                    cosine = full  # every row: the filtered rows are among them
                else:
                    cosine = _cosines(c, qv, mask)
                    if int(mask.sum()) > len(mask) // 2:  # computed for every row
                        c.remember(("cosine", semantic), lambda: cosine)
            if q.text_required:
                mask &= (text > 0) | (cosine >= self.semantic_threshold)
        idx = np.flatnonzero(mask)
        # absolute, not relative to this answer: a weak match stays weak when nothing
        # better is near
        text_norm = np.clip(text / ideal, 0.0, 1.0)
        if q.text:
            top_cos = cosine[idx].max() if len(idx) and cosine[idx].max() > 0 else 1.0
            score = self.text_weight * text_norm + (1 - self.text_weight) * np.clip(
                cosine / top_cos, 0, 1
            )
            if distance is not None:  # among equally relevant listings, the nearer first
                near = np.where(np.isnan(distance), 0.5, np.exp(-np.nan_to_num(distance) / 5.0))
                score = score * (0.8 + 0.2 * near)
        elif distance is not None:
            score = np.where(np.isnan(distance), 0.5, np.exp(-np.nan_to_num(distance) / 5.0))
        else:
            score = np.ones(len(c.ids))
        dist_key = (
            np.where(np.isnan(distance), np.inf, distance)
            if distance is not None
            else np.zeros(len(c.ids))
        )
        if q.sort == "name":
            order = sorted(idx, key=lambda i: c.names[i])
        elif q.sort == "distance" or (q.sort == "relevance" and not q.text):
            order = idx[np.lexsort((c.names[idx].astype(str), dist_key[idx]))]
        else:
            order = idx[np.lexsort((dist_key[idx], -score[idx]))]
        page = np.asarray(order[q.offset : q.offset + q.limit], dtype=np.int64)
        if q.prior is not None and len(page) > q.prior.size:
            page = page[_prior_cut(q.prior, c, page, text_norm, cosine, distance)]
        # a match asks for thousands of candidates: columns at once, not value by value
        far = None if distance is None else distance[page]
        columns = zip(
            page.tolist(),
            np.clip(score[page], 0, 1).tolist(),
            text_norm[page].tolist(),
            cosine[page].tolist(),
            [None] * len(page) if far is None else np.where(np.isnan(far), -1.0, far).tolist(),
            c.categories[page].tolist(),
            c.seqs[page].tolist(),
            strict=True,
        )
        raw, readings, version = c.raw, c.readings, c.version
        hits = [
            Hit(
                c.ids[i],
                None,
                s,
                t,
                v,
                None if d is None or d < 0 else d,
                load=partial(_load_row, raw, i),
                categories=_codes(m),
                key=(version, seq),
                reading=readings[i],
            )
            for i, s, t, v, d, m, seq in columns
        ]
        return SearchResults(hits=hits, total=int(len(idx)))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
