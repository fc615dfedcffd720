"""The Elasticsearch search backend: the same contract as the embedded one, on a cluster.

Configure it with ``SOCIALMAP_BACKEND=elasticsearch`` and ``SOCIALMAP_ELASTICSEARCH_URL``.
Use the ``elasticsearch`` client of the cluster's major version (8.x client for an 8.x
cluster, 9.x for 9.x); the index needs Elasticsearch 8.14 or newer.

Mapping
    One index per build, ``<alias>-<timestamp>``, behind the alias (``socialmap-activities``
    by default); the application only ever names the alias. ``rebuild()`` fills a new index
    and swaps the alias in one ``_aliases`` call, so searches never see a half-built index.
    ``dynamic: strict``, one shard (BM25 statistics over the whole index, so ``text_score``
    is normalised exactly), ``_meta`` records the embedder the vectors were made with.

    * ``text``: the name twice plus ``matcher.activity.search_text`` (a word in the title
      says more), analysed by ``socialmap_dutch``, the mirror of ``indexers.analysis``:
      standard tokenizer, lowercase, ASCII folding, the same Dutch stop words, tokens of at
      least 2 letters, ``dictionary_decompounder`` with the word list of
      ``data/analysis/nl_decompound.txt`` passed inline (the cluster cannot read our files),
      Snowball Dutch stemmer; BM25 with bm25s' parameters (k1 1.5, b 0.75).
    * keyword/boolean/number fields precomputed for every filter, so that a filter is one
      term or range query: ``status``, ``organization_id``, ``categories``,
      ``accessibility``, ``features``, ``languages``, ``delivery``, ``in_person``,
      ``monthly_cost`` (``matcher.activity.monthly_cost``), ``min_age``/``max_age``
      (-1/999 when open), ``has_schedule`` and ``schedules`` (nested: per schedule its
      ``DAY_part`` tokens and ``valid_to``, so days and parts of day combine per schedule and
      an ended schedule stops matching without a reindex).
    * ``location``: ``geo_point`` (radius filter, distance sort, exponential distance decay).
    * ``embedding``: ``dense_vector`` with cosine similarity, ``index_options`` ``flat``
      (exact kNN: a social map has thousands of listings, not millions; pass
      ``vector_index_type="int8_hnsw"`` for more); ``vector``: the same float32 vector in
      base64 (``binary``, not indexed) so the exact cosine of each hit is computed here.
    * ``document``: the activity as the API gave it (``enabled: false``, returned as is).

Scores, as the embedded backend gives them (the matcher gets the same inputs)
    * ``text_score``: the BM25 score of the query's words divided by the sum, over the words,
      of the best score each word reaches anywhere in the index (one size-1 search per word
      in the same ``_msearch``), in [0, 1]. The per-hit text score comes back as the named
      query ``text`` (``include_named_queries_score``).
    * ``vector_score``: the cosine of the query embedding and the listing's vector.
    * ``distance_km``: great-circle distance from the document's coordinates
      (``matcher.places.distances_km``, geopy's earth radius), computed here.
    * ``score`` and the order: a ``script_score`` query over the filtered listings computes
      ``w·text + (1-w)·min(cos / best cos, 1)``, times ``0.8 + 0.2·exp(-km / 5)`` when a
      place is given (``decayGeoExp``; 0.5 without coordinates); the best cosine among the
      filtered listings comes from a kNN search. With ``text_required`` a listing must
      contain a query word or reach the semantic threshold (``min_score`` drops the rest).
      Without text the order is by distance (then name) and the score ``exp(-km / 5)``.

Security
    Give the credentials in the URL (``https://user:password@host:9200``) or ``api_key``;
    certificates are verified (``verify_certs=True``, ``ca_certs`` for a private CA). An
    unreachable cluster, refused credentials or an overloaded cluster raise
    ``BackendUnavailable`` with a message naming the cluster without its credentials; the
    API answers 503.

Source of truth
    The store is; the index can always be thrown away. ``socialmap reindex`` rebuilds it.
    Writes wait until they are searchable (``refresh=wait_for``) and are acknowledged only
    when the whole bulk request succeeded.
"""

import base64
import hashlib
import logging
import math
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from itertools import islice
from urllib.parse import urlsplit

import numpy as np
from bm25s.stopwords import STOPWORDS_DUTCH
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    Elasticsearch,
    NotFoundError,
    TransportError,
    helpers,
)

from indexers.analysis import MIN_COMPOUND_LENGTH, word_parts
from indexers.base import BackendUnavailable, Hit, SearchBackend, SearchQuery, SearchResults
from matcher import activity as act
from matcher.places import distances_km
from matcher.vocab import DAYS, PARTS_OF_DAY

log = logging.getLogger(__name__)

DEFAULT_ALIAS = "socialmap-activities"
SCHEMA_VERSION = 1
EMBED_BATCH = 256
BULK_CHUNK = 500
NEAR_KM = 5.0  # exp(-km / 5): the embedded backend's distance decay
MISSING_NEAR = 0.5  # the decay of a listing without coordinates
SCORE_FLOOR = 1e-9  # kept listings score at least this; min_score drops those at 0
KNN_CANDIDATES = 100

# The hybrid score of one listing (see the module docstring); params come from search().
HYBRID_SCRIPT = """
double t = params.ideal > 0 ? Math.min(_score / params.ideal, 1.0) : 0.0;
double c = 0.0;
if (params.containsKey('query_vector') && doc['embedding'].size() > 0) {
  c = cosineSimilarity(params.query_vector, 'embedding');
}
if (params.required && t <= 0.0 && c < params.threshold) {
  return 0.0;
}
double s = params.text_weight * t
    + (1.0 - params.text_weight) * Math.max(0.0, Math.min(c / params.top_cosine, 1.0));
if (params.containsKey('origin')) {
  double near = doc['location'].size() == 0 ? params.missing_near
      : decayGeoExp(params.origin, params.scale, params.offset, params.decay,
                    doc['location'].value);
  s = s * (0.8 + 0.2 * near);
}
return Math.max(s, params.floor);
""".strip()


# -- index settings and mapping ----------------------------------------------------------
def analysis_settings() -> dict:
    """The ``socialmap_dutch`` analyzer: ``indexers.analysis.analyze`` as Elasticsearch does."""
    words = list(word_parts())
    return {
        "filter": {
            "socialmap_nl_stop": {"type": "stop", "stopwords": sorted(STOPWORDS_DUTCH)},
            "socialmap_nl_length": {"type": "length", "min": 2},
            "socialmap_nl_decompound": {
                "type": "dictionary_decompounder",
                "word_list": words,
                "min_word_size": MIN_COMPOUND_LENGTH,
                "min_subword_size": min(len(w) for w in words),
                "max_subword_size": max(len(w) for w in words),
                "only_longest_match": False,
            },
            "socialmap_nl_stemmer": {"type": "stemmer", "language": "dutch"},
        },
        "analyzer": {
            "socialmap_dutch": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": [
                    "lowercase",
                    "asciifolding",
                    "socialmap_nl_stop",
                    "socialmap_nl_length",
                    "socialmap_nl_decompound",
                    "socialmap_nl_stemmer",
                ],
            }
        },
        "normalizer": {"socialmap_sort": {"type": "custom", "filter": ["lowercase"]}},
    }


def index_settings(replicas: int | None = None) -> dict:
    settings = {
        "number_of_shards": 1,
        "analysis": analysis_settings(),
        "similarity": {"socialmap_bm25": {"type": "BM25", "k1": 1.5, "b": 0.75}},
    }
    if replicas is not None:
        settings["number_of_replicas"] = replicas
    return settings


def index_meta(embedder) -> dict:
    return {
        "socialmap_schema": SCHEMA_VERSION,
        "embedder": embedder.name if embedder else "none",
        "dims": int(embedder.dim) if embedder else 0,
    }


def index_mappings(embedder=None, vector_index_type: str = "flat") -> dict:
    keyword = {"type": "keyword"}
    properties = {
        "id": keyword,
        "version": keyword,
        "document": {"type": "object", "enabled": False},
        "text": {"type": "text", "analyzer": "socialmap_dutch", "similarity": "socialmap_bm25"},
        "name_sort": {"type": "keyword", "normalizer": "socialmap_sort"},
        "status": keyword,
        "organization_id": keyword,
        "categories": keyword,
        "accessibility": keyword,
        "features": keyword,
        "languages": keyword,
        "delivery": keyword,
        "in_person": {"type": "boolean"},
        "monthly_cost": {"type": "double"},
        "min_age": {"type": "integer"},
        "max_age": {"type": "integer"},
        "has_schedule": {"type": "boolean"},
        "schedules": {
            "type": "nested",
            "properties": {"slots": keyword, "valid_to": {"type": "date", "format": "date"}},
        },
        "location": {"type": "geo_point"},
        "text_hash": {"type": "keyword", "index": False, "doc_values": False},
    }
    if embedder is not None:
        properties["embedding"] = {
            "type": "dense_vector",
            "dims": int(embedder.dim),
            "element_type": "float",
            "index": True,
            "similarity": "cosine",
            "index_options": {"type": vector_index_type},
        }
        properties["vector"] = {"type": "binary"}
    return {"dynamic": "strict", "_meta": index_meta(embedder), "properties": properties}


# -- documents -----------------------------------------------------------------------------
def slot_token(day: str, part: str) -> str:
    return f"{day}_{part}"


def schedule_slots(schedule: dict) -> list[str]:
    """One schedule's ``DAY_part`` tokens, whether or not it has ended (the query checks)."""
    pairs = act.slots({"schedules": [schedule]}, today=date.min)
    return sorted(slot_token(d, p) for d, p in pairs)


def encode_vector(vector: np.ndarray) -> str:
    return base64.b64encode(np.asarray(vector, dtype=np.float32).tobytes()).decode("ascii")


def decode_vector(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=np.float32)


def document_body(doc: dict, vector: np.ndarray | None = None, text_hash: str | None = None):
    """What is indexed for one activity: the document and every filter, precomputed."""
    delivery = doc.get("delivery") or "in_person"
    schedules = []
    for s in doc.get("schedules") or []:
        entry = {"slots": schedule_slots(s)}
        if s.get("valid_to"):
            entry["valid_to"] = str(s["valid_to"])[:10]
        schedules.append(entry)
    name = doc.get("name") or ""
    body = {
        "id": doc["id"],
        "version": str(doc.get("version", "")),
        "document": doc,
        "text": f"{name}\n{act.search_text(doc)}",
        "name_sort": name,
        "status": doc.get("status") or "active",
        "organization_id": (doc.get("organization") or {}).get("id"),
        "categories": list(doc.get("categories") or []),
        "accessibility": list(doc.get("accessibility") or []),
        "features": list(doc.get("features") or []),
        "languages": list(doc.get("languages") or []),
        "delivery": delivery,
        "in_person": delivery == "in_person",
        "monthly_cost": act.monthly_cost(doc),
        "min_age": doc["min_age"] if doc.get("min_age") is not None else -1,
        "max_age": doc["max_age"] if doc.get("max_age") is not None else 999,
        "has_schedule": act.has_schedule(doc),
        "schedules": schedules,
    }
    coords = act.coordinates(doc)
    if coords:
        body["location"] = {"lat": coords[0], "lon": coords[1]}
    if text_hash:
        body["text_hash"] = text_hash
    if vector is not None:
        body["embedding"] = [float(x) for x in np.asarray(vector, dtype=np.float32)]
        body["vector"] = encode_vector(vector)
    return body


def index_action(body: dict, index: str) -> dict:
    return {"_op_type": "index", "_index": index, "_id": body["id"], "_source": body}


def delete_action(activity_id: str, index: str) -> dict:
    return {"_op_type": "delete", "_index": index, "_id": activity_id}


def alias_swap_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> list[dict]:
    """One atomic ``_aliases`` request: the alias leaves the old indices, joins the new one."""
    actions = [{"remove": {"index": old, "alias": alias}} for old in sorted(old_indices)]
    actions.append({"add": {"index": new_index, "alias": alias}})
    return actions


# -- queries -----------------------------------------------------------------------------
def slot_tokens(days: list[str], parts: list[str]) -> list[str]:
    """The ``DAY_part`` tokens a client's wishes accept (every day or part when unstated)."""
    return [slot_token(d, p) for d in days or DAYS for p in parts or PARTS_OF_DAY]


def filter_clauses(q: SearchQuery, today: date | None = None) -> list[dict]:
    """Every filter of the query as one bool ``filter`` list (the embedded ``filter_mask``)."""
    today = today or date.today()
    out: list[dict] = []
    if q.active_only:
        out.append({"term": {"status": "active"}})
    if q.organization_id:
        out.append({"term": {"organization_id": q.organization_id}})
    if q.categories:
        out.append({"terms": {"categories": list(q.categories)}})
    if q.accessibility:  # the venue's: online and at-home activities pass
        out.append(
            {
                "bool": {
                    "should": [
                        {"term": {"in_person": False}},
                        {
                            "bool": {
                                "filter": [{"term": {"accessibility": a}} for a in q.accessibility]
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            }
        )
    for code in q.features:
        out.append({"term": {"features": code}})
    if q.free_only:
        out.append({"term": {"monthly_cost": 0}})
    if q.max_cost_per_month is not None:
        out.append({"range": {"monthly_cost": {"lte": q.max_cost_per_month + 1e-9}}})
    if q.days or q.parts_of_day:
        current = {
            "bool": {
                "should": [
                    {"bool": {"must_not": [{"exists": {"field": "schedules.valid_to"}}]}},
                    {"range": {"schedules.valid_to": {"gte": today.isoformat()}}},
                ],
                "minimum_should_match": 1,
            }
        }
        in_slot = {"terms": {"schedules.slots": slot_tokens(q.days, q.parts_of_day)}}
        out.append(
            {
                "bool": {
                    "should": [
                        {"term": {"has_schedule": False}},
                        {
                            "nested": {
                                "path": "schedules",
                                "query": {"bool": {"filter": [in_slot, current]}},
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            }
        )
    if q.languages:
        out.append({"terms": {"languages": list(q.languages)}})
    if q.age is not None:
        out.append({"range": {"min_age": {"lte": q.age}}})
        out.append({"range": {"max_age": {"gte": q.age}}})
    if q.delivery:
        out.append({"terms": {"delivery": list(q.delivery)}})
    if q.radius_km is not None and has_origin(q):
        near = {
            "bool": {
                "filter": [
                    {"term": {"in_person": True}},
                    {
                        "geo_distance": {
                            "distance": f"{q.radius_km}km",
                            "location": {"lat": q.latitude, "lon": q.longitude},
                        }
                    },
                ]
            }
        }
        if q.remote_ignores_radius:
            near = {
                "bool": {
                    "should": [near, {"term": {"in_person": False}}],
                    "minimum_should_match": 1,
                }
            }
        out.append(near)
    return out


def has_origin(q: SearchQuery) -> bool:
    return q.latitude is not None and q.longitude is not None


def query_words(text: str) -> list[tuple[str, int]]:
    """The query's words with how often each occurs (a repeated word counts repeatedly)."""
    return list(Counter(w.lower() for w in (text or "").split()).items())


def word_query(word: str, count: int = 1) -> dict:
    match = {"query": word}
    if count > 1:
        match["boost"] = count
    return {"match": {"text": match}}


def text_query(text: str) -> dict:
    """All words, summed (bool ``should``); named so each hit reports its text score."""
    should = [word_query(w, n) for w, n in query_words(text)]
    return {"bool": {"should": should, "minimum_should_match": 1, "_name": "text"}}


def ceiling_search(word: str) -> dict:
    """The best score one word reaches anywhere in the index."""
    return {"size": 1, "_source": False, "track_total_hits": False, "query": word_query(word)}


def top_cosine_search(query_vector: list[float], filters: list[dict]) -> dict:
    """The listing nearest the query vector among those passing ``filters`` (kNN, k=1)."""
    knn = {"field": "embedding", "query_vector": query_vector, "k": 1}
    knn["num_candidates"] = KNN_CANDIDATES
    if filters:
        knn["filter"] = filters
    return {"size": 1, "_source": False, "track_total_hits": False, "knn": knn}


def geo_sort(q: SearchQuery) -> dict:
    return {
        "_geo_distance": {
            "location": {"lat": q.latitude, "lon": q.longitude},
            "order": "asc",
            "unit": "km",
            "distance_type": "arc",
        }
    }


def sort_clause(q: SearchQuery) -> list:
    """The embedded backend's orders: name; distance then name; score then distance."""
    geo = [geo_sort(q)] if has_origin(q) else []
    if q.sort == "name":
        return [{"name_sort": "asc"}, {"id": "asc"}]
    if q.sort == "distance" or not q.text:
        return [*geo, {"name_sort": "asc"}, {"id": "asc"}]
    return [{"_score": "desc"}, *geo, {"id": "asc"}]


def hybrid_params(
    q: SearchQuery,
    ideal: float,
    query_vector: list[float] | None,
    top_cosine: float,
    text_weight: float,
    threshold: float,
) -> dict:
    params = {
        "ideal": ideal,
        "required": bool(q.text_required),
        "threshold": threshold,
        "text_weight": text_weight,
        "top_cosine": top_cosine if top_cosine > 0 else 1.0,
        "floor": SCORE_FLOOR,
    }
    if query_vector is not None:
        params["query_vector"] = query_vector
    if has_origin(q):
        params.update(
            origin=f"{q.latitude},{q.longitude}",
            scale=f"{NEAR_KM}km",
            offset="0km",
            decay=math.exp(-1.0),
            missing_near=MISSING_NEAR,
        )
    return params


def search_body(
    q: SearchQuery,
    filters: list[dict],
    params: dict | None = None,
    with_vectors: bool = False,
) -> dict:
    """The main request: filters only without text; the hybrid ``script_score`` with it."""
    if q.text and params is not None:
        inner = {"bool": {"filter": filters, "should": [text_query(q.text)]}}
        script_score = {
            "query": inner,
            "script": {"source": HYBRID_SCRIPT, "params": params},
        }
        if q.text_required:
            script_score["min_score"] = SCORE_FLOOR
        query = {"script_score": script_score}
    else:
        query = {"bool": {"filter": filters}} if filters else {"match_all": {}}
    body = {
        "query": query,
        "sort": sort_clause(q),
        "from": q.offset,
        "size": q.limit,
        "track_total_hits": True,
        "_source": {"excludes": ["embedding"] if with_vectors else ["embedding", "vector"]},
    }
    if q.text and params is not None:
        body["track_scores"] = True  # scores also when sorted by distance or name
    return body


def _no_text_score(distance: float | None, with_origin: bool) -> float:
    if not with_origin:
        return 1.0
    return MISSING_NEAR if distance is None else math.exp(-distance / NEAR_KM)


# -- the backend -------------------------------------------------------------------------
class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"
    multi_process = True
    multi_machine = True

    def __init__(
        self,
        embedder=None,
        url: str | None = None,
        index: str = DEFAULT_ALIAS,
        text_weight: float = 0.7,
        semantic_threshold: float = 0.15,
        verify_certs: bool = True,
        ca_certs: str | None = None,
        api_key: str | None = None,
        request_timeout: float = 10.0,
        max_retries: int = 2,
        refresh_writes: bool = True,
        replicas: int | None = None,
        vector_index_type: str = "flat",
        client: Elasticsearch | None = None,
        **options,
    ):
        super().__init__(embedder)
        self.alias = index
        self.text_weight = text_weight
        self.semantic_threshold = semantic_threshold
        self.refresh_writes = refresh_writes
        self.replicas = replicas
        self.vector_index_type = vector_index_type
        self.where = _redact(url) if url else "the configured cluster"
        if client is None:
            if not url:
                raise BackendUnavailable(
                    "the elasticsearch backend needs SOCIALMAP_ELASTICSEARCH_URL "
                    "(e.g. https://user:password@host:9200)"
                )
            tls = {}
            if urlsplit(url).scheme == "https":
                tls["verify_certs"] = verify_certs
                if ca_certs:
                    tls["ca_certs"] = ca_certs
            try:
                client = Elasticsearch(
                    url,
                    api_key=api_key,
                    request_timeout=request_timeout,
                    max_retries=max_retries,
                    retry_on_timeout=True,
                    **tls,
                )
            except ValueError as e:
                raise BackendUnavailable(f"SOCIALMAP_ELASTICSEARCH_URL is not usable: {e}") from e
        self.client = client
        self._lock = threading.RLock()
        self._checked = False
        self._vectors_ok = embedder is not None

    # -- errors ------------------------------------------------------------------------------
    @contextmanager
    def _calls(self, doing: str):
        """Turn the client's errors into ``BackendUnavailable`` with a message people read."""
        try:
            yield
        except (AuthenticationException, AuthorizationException) as e:
            raise BackendUnavailable(
                f"Elasticsearch at {self.where} refused the credentials while {doing} "
                f"(HTTP {e.meta.status}): check the user and password in the URL or the API key"
            ) from e
        except ApiError as e:
            if e.meta.status == 429 or e.meta.status >= 500:
                raise BackendUnavailable(
                    f"Elasticsearch at {self.where} could not answer while {doing} "
                    f"(HTTP {e.meta.status}: {_reason(e)})"
                ) from e
            raise
        except TransportError as e:
            raise BackendUnavailable(
                f"Elasticsearch at {self.where} cannot be reached while {doing}: {_cause(e)}"
            ) from e

    # -- the index and its alias -----------------------------------------------------------
    def _new_index_name(self) -> str:
        return f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"

    def _create_index(self, name: str, aliases: dict | None = None) -> None:
        body = {
            "index": name,
            "settings": index_settings(self.replicas),
            "mappings": index_mappings(self.embedder, self.vector_index_type),
        }
        if aliases:
            body["aliases"] = aliases
        self.client.indices.create(**body)

    def _ready(self) -> None:
        """Create the index on first use; notice an index built with another embedder."""
        if self._checked:
            return
        with self._lock, self._calls("checking the index"):
            if self._checked:
                return
            try:
                found = self.client.indices.get_mapping(index=self.alias)
                meta = next(iter(dict(found).values()), {}).get("mappings", {}).get("_meta", {})
            except NotFoundError:
                try:  # a fixed first name: processes starting together create it once
                    self._create_index(f"{self.alias}-initial", {self.alias: {}})
                except ApiError as e:
                    if _error_type(e) != "resource_already_exists_exception":
                        raise
                meta = index_meta(self.embedder)
            wanted = index_meta(self.embedder)
            self._vectors_ok = (
                self.embedder is not None
                and meta.get("embedder") == wanted["embedder"]
                and meta.get("dims") == wanted["dims"]
            )
            if meta != wanted:
                log.warning(
                    "the search index %s was built with %s, not %s: vectors are off until "
                    "`socialmap reindex` rebuilds it",
                    self.alias,
                    meta,
                    wanted,
                )
            self._checked = True

    def _forget_index(self) -> None:
        with self._lock:
            self._checked = False

    def _indices_behind_alias(self) -> list[str]:
        try:
            return sorted(dict(self.client.indices.get_alias(name=self.alias)))
        except NotFoundError:
            return []

    # -- writing -------------------------------------------------------------------------
    def _text_hash(self, doc: dict) -> str:
        name = self.embedder.name if self.embedder else "none"
        return hashlib.sha1(f"{name}\n{act.search_text(doc)}".encode()).hexdigest()

    def _known_vectors(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """The text hash and vector the live index holds for these ids."""
        try:
            found = self.client.mget(
                index=self.alias, ids=ids, source_includes=["text_hash", "vector"]
            )
        except NotFoundError:
            return {}
        out = {}
        for d in found["docs"]:
            src = d.get("_source") or {}
            if d.get("found") and src.get("text_hash") and src.get("vector"):
                out[d["_id"]] = (src["text_hash"], src["vector"])
        return out

    def _bodies(self, documents: list[dict], with_vectors: bool) -> tuple[list[dict], int]:
        """Index bodies for a chunk; only documents whose text changed are embedded."""
        if not with_vectors:
            return [document_body(d) for d in documents], 0
        hashes = {d["id"]: self._text_hash(d) for d in documents}
        known = self._known_vectors(list(hashes))
        todo = [d for d in documents if known.get(d["id"], ("",))[0] != hashes[d["id"]]]
        vectors: dict[str, np.ndarray] = {
            i: decode_vector(v) for i, (h, v) in known.items() if h == hashes.get(i)
        }
        for i in range(0, len(todo), EMBED_BATCH):
            batch = todo[i : i + EMBED_BATCH]
            encoded = self.embedder.encode([act.search_text(d) for d in batch])
            for d, v in zip(batch, encoded, strict=True):
                vectors[d["id"]] = np.asarray(v, dtype=np.float32)
        bodies = []
        for d in documents:
            v = vectors.get(d["id"])
            usable = v is not None and float(np.linalg.norm(v)) > 0  # cosine rejects zeros
            bodies.append(document_body(d, v if usable else None, hashes[d["id"]]))
        return bodies, len(todo)

    def _bulk(self, actions: Iterable[dict], progress=None, **kwargs) -> int:
        """Send actions; every item must succeed (missing deletes excepted). ``progress(n)``
        hears how many were written."""
        done = 0
        try:
            for ok, _item in helpers.streaming_bulk(
                self.client,
                actions,
                chunk_size=BULK_CHUNK,
                raise_on_error=True,
                max_retries=2,
                **kwargs,
            ):
                done += ok
        except helpers.BulkIndexError as e:
            raise IndexingFailed(e.errors) from e
        if progress and done:
            progress(done)
        return done

    def index(self, documents: list[dict], progress=None) -> int:
        """Add or replace documents; returns how many were (re)embedded."""
        documents = list(documents)
        if not documents:
            return 0
        self._ready()
        extra = {"refresh": "wait_for"} if self.refresh_writes else {}
        embedded = 0
        with self._calls("indexing"):
            for chunk in _chunks(documents, BULK_CHUNK):
                bodies, n = self._bodies(chunk, self._vectors_ok)
                embedded += n
                for attempt in (1, 2):
                    actions = (index_action(b, self.alias) for b in bodies)
                    try:
                        self._bulk(actions, progress, require_alias=True, **extra)
                        break
                    except IndexingFailed as e:
                        if attempt == 2 or not e.index_missing:
                            raise
                        self._forget_index()  # deleted under us: create it, write again
                        self._ready()
        return embedded

    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        extra = {"refresh": "wait_for"} if self.refresh_writes else {}
        with self._calls("deleting"):
            self._bulk(
                (delete_action(i, self.alias) for i in ids),
                require_alias=True,
                ignore_status=(404,),
                **extra,
            )

    def rebuild(self, documents: Iterable[dict], progress=None) -> int:
        """Index everything into a new index, then swap the alias to it in one step.

        Searches see the old index until the swap; the old index is deleted afterwards.
        Vectors of unchanged texts are taken from the live index. Returns how many
        documents were embedded.
        """
        new = self._new_index_name()
        embedded = 0
        with self._calls("rebuilding the index"):
            self._create_index(new)
            try:
                with_vectors = self.embedder is not None
                for chunk in _chunks(documents, BULK_CHUNK):
                    bodies, n = self._bodies(chunk, with_vectors)
                    embedded += n
                    self._bulk((index_action(b, new) for b in bodies), progress)
                self.client.indices.refresh(index=new)
                old = self._indices_behind_alias()
                self.client.indices.update_aliases(actions=alias_swap_actions(self.alias, new, old))
            except BaseException:
                try:  # leave no half-built index behind
                    self.client.indices.delete(index=new, ignore_unavailable=True)
                except (ApiError, TransportError):
                    log.warning("could not delete the unfinished index %s", new)
                raise
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)
        with self._lock:
            self._checked, self._vectors_ok = True, self.embedder is not None
        return embedded

    reindex = rebuild

    def clear(self) -> None:
        """An empty index behind the alias (built for the current embedder)."""
        self.rebuild([])

    def refresh(self) -> None:
        with self._calls("refreshing"):
            try:
                self.client.indices.refresh(index=self.alias)
            except NotFoundError:
                self._forget_index()

    # -- reading ---------------------------------------------------------------------------
    def get(self, activity_id: str) -> dict | None:
        with self._calls("reading a listing"):
            try:
                found = self.client.get(
                    index=self.alias, id=activity_id, source_includes=["document"]
                )
            except NotFoundError:
                return None
        return (found.get("_source") or {}).get("document")

    def ids(self) -> dict[str, str]:
        with self._calls("listing the index"):
            try:
                return {
                    h["_id"]: str(h["_source"].get("version", ""))
                    for h in helpers.scan(
                        self.client,
                        index=self.alias,
                        query={"query": {"match_all": {}}, "_source": ["version"]},
                        size=1000,
                    )
                }
            except NotFoundError:
                return {}

    def count(self) -> int:
        with self._calls("counting"):
            try:
                return int(self.client.count(index=self.alias)["count"])
            except NotFoundError:
                return 0

    def _text_inputs(self, q: SearchQuery, filters: list[dict], qv) -> tuple[float, float] | None:
        """One ``_msearch``: each word's best score anywhere, and the best cosine (``None``
        when the index is missing)."""
        words = query_words(q.text)
        searches: list[dict] = []
        for word, _ in words:
            searches += [{}, ceiling_search(word)]
        if qv is not None:
            searches += [{}, top_cosine_search(qv, filters)]
            if q.text_required:
                matching = [*filters, {"bool": {"should": text_query(q.text)["bool"]["should"]}}]
                searches += [{}, top_cosine_search(qv, matching)]
        if not searches:
            return 1.0, 1.0
        responses = self.client.msearch(index=self.alias, searches=searches)["responses"]
        for r in responses:
            if "error" in r:
                status = int(r.get("status") or 500)
                if status == 404:
                    return None
                error = r["error"] if isinstance(r["error"], dict) else {"reason": r["error"]}
                reason = error.get("reason") or error.get("type")
                if status == 429 or status >= 500:
                    raise BackendUnavailable(
                        f"Elasticsearch at {self.where} could not answer while searching "
                        f"(HTTP {status}: {reason})"
                    )
                raise RuntimeError(f"Elasticsearch refused a search (HTTP {status}: {reason})")
        best = [r["hits"]["max_score"] or 0.0 for r in responses]
        ideal = sum(n * s for (_, n), s in zip(words, best, strict=False)) or 1.0
        top = 1.0
        if qv is not None:
            cosines = [2.0 * s - 1.0 if s else 0.0 for s in best[len(words) :]]
            top = cosines[0]
            if q.text_required and top < self.semantic_threshold:
                top = cosines[1]  # the best among the listings the text finds, as embedded
            top = top if top > 0 else 1.0
        return float(ideal), float(top)

    def search(self, q: SearchQuery) -> SearchResults:
        self._ready()
        filters = filter_clauses(q)
        qv = None
        if q.text and self._vectors_ok:
            v = self.embed_query(q.semantic_text or q.text)
            qv = None if v is None else np.asarray(v, dtype=np.float32)
        ideal = 1.0
        with self._calls("searching"):
            try:
                params = None
                if q.text:
                    qv_list = None if qv is None else [float(x) for x in qv]
                    inputs = self._text_inputs(q, filters, qv_list)
                    if inputs is None:
                        raise _IndexMissing
                    ideal, top = inputs
                    params = hybrid_params(
                        q, ideal, qv_list, top, self.text_weight, self.semantic_threshold
                    )
                body = search_body(q, filters, params, with_vectors=qv is not None)
                extra = {"include_named_queries_score": True} if q.text else {}
                found = self.client.search(index=self.alias, **_as_kwargs(body), **extra)
            except (NotFoundError, _IndexMissing):  # deleted under us: empty until written
                self._forget_index()
                return SearchResults(hits=[], total=0)
        raw_hits = found["hits"]["hits"]
        hits = [self._hit(h, q, qv, ideal) for h in raw_hits]
        return SearchResults(hits=hits, total=int(found["hits"]["total"]["value"]))

    def _hit(self, raw: dict, q: SearchQuery, qv: np.ndarray | None, ideal: float) -> Hit:
        src = raw.get("_source") or {}
        doc = src.get("document") or {}
        distance = None
        coords = act.coordinates(doc)
        if has_origin(q) and coords:
            lat, lon = np.array([coords[0]]), np.array([coords[1]])
            distance = float(distances_km(q.latitude, q.longitude, lat, lon)[0])
        text_score = cosine = 0.0
        if q.text:
            named = raw.get("matched_queries") or {}
            raw_text = named.get("text", 0.0) if isinstance(named, dict) else 0.0
            text_score = min(max(float(raw_text) / ideal, 0.0), 1.0)
            if qv is not None and src.get("vector"):
                v = decode_vector(src["vector"])
                if v.shape == qv.shape:
                    cosine = float(v @ qv)
            score = float(raw.get("_score") or 0.0)
            score = 0.0 if score <= SCORE_FLOOR else min(score, 1.0)
        else:
            score = _no_text_score(distance, has_origin(q))
        return Hit(
            id=raw["_id"],
            document=doc,
            score=score,
            text_score=text_score,
            vector_score=cosine,
            distance_km=distance,
        )

    def close(self) -> None:
        self.client.close()


class _IndexMissing(Exception):
    """The alias names no index (someone deleted it); reads answer empty."""


class IndexingFailed(RuntimeError):
    """Some documents of a bulk request were refused: the write is not acknowledged."""

    def __init__(self, errors: list[dict]):
        self.errors = errors
        first = []
        for item in errors[:3]:
            op, result = next(iter(item.items()))
            error = result.get("error") or {}
            reason = error.get("reason", error) if isinstance(error, dict) else error
            first.append(f"{op} {result.get('_id')}: {reason}")
        super().__init__(
            f"{len(errors)} document(s) were not written to the index: " + "; ".join(first)
        )

    @property
    def index_missing(self) -> bool:
        return all(
            (next(iter(i.values())).get("error") or {}).get("type") == "index_not_found_exception"
            for i in self.errors
        )


# -- helpers -------------------------------------------------------------------------------
def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _as_kwargs(body: dict) -> dict:
    """A request body as the client's keyword arguments (``from`` is ``from_``)."""
    renamed = {"from": "from_", "_source": "source"}
    return {renamed.get(k, k): v for k, v in body.items()}


def _redact(url: str) -> str:
    """The URL without user, password or path: what error messages may show."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def _error_type(e: ApiError) -> str | None:
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error")
    return error.get("type") if isinstance(error, dict) else None


def _reason(e: ApiError) -> str:
    body = e.body if isinstance(e.body, dict) else {}
    error = body.get("error")
    if isinstance(error, dict):
        return error.get("reason") or error.get("type") or str(e.message)
    return str(error or e.message)


def _cause(e: TransportError) -> str:
    """The innermost reason of a transport error, e.g. ``[Errno 111] Connection refused``."""
    while getattr(e, "errors", None):
        e = e.errors[-1]
    text = str(getattr(e, "message", None) or e)
    return text.rsplit(": ", 1)[-1] if ": " in text else text
