"""``ElasticsearchBackend``: the client, the index behind its alias, writing and searching.

Writes wait until they are searchable (``refresh=wait_for``) and are acknowledged only when
the whole bulk request succeeded; ``rebuild()`` fills a new index and swaps the alias to it
in one ``_aliases`` call.
"""

import hashlib
import logging
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from urllib.parse import urlsplit

import numpy as np
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers

from indexers.base import BackendUnavailable, SearchBackend, SearchQuery, SearchResults
from indexers.elasticsearch.documents import (
    alias_swap_actions,
    decode_vector,
    delete_action,
    document_body,
    index_action,
)
from indexers.elasticsearch.errors import (
    IndexingFailed,
    _error_type,
    _IndexMissing,
    _redact,
    client_errors,
)
from indexers.elasticsearch.mapping import index_mappings, index_meta, index_settings
from indexers.elasticsearch.queries import (
    ceiling_search,
    filter_clauses,
    hybrid_params,
    query_words,
    read_hit,
    search_body,
    text_query,
    top_cosine_search,
)
from matcher import activity as act

log = logging.getLogger(__name__)

DEFAULT_ALIAS = "socialmap-activities"
EMBED_BATCH = 256
BULK_CHUNK = 500


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
        super().__init__(embedder, embed_timeout=options.get("embed_timeout"))
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
    def _calls(self, doing: str):
        """Turn the client's errors into ``BackendUnavailable`` with a message people read."""
        return client_errors(self.where, doing)

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
        hits = [read_hit(h, q, qv, ideal) for h in raw_hits]
        return SearchResults(hits=hits, total=int(found["hits"]["total"]["value"]))

    def close(self) -> None:
        self.client.close()


# -- helpers -------------------------------------------------------------------------------
def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _as_kwargs(body: dict) -> dict:
    """A request body as the client's keyword arguments (``from`` is ``from_``)."""
    renamed = {"from": "from_", "_source": "source"}
    return {renamed.get(k, k): v for k, v in body.items()}
