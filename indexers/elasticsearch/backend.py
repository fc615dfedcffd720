"""``ElasticsearchBackend``: the client built from the settings, and reading and searching.

Writing (the index behind its alias, bulk writes, the rebuild that swaps the alias) is
``indexers.elasticsearch.indexing``; the backend hands it the client.
"""

import logging
import ssl
from collections.abc import Iterable
from urllib.parse import urlsplit

import numpy as np
from elasticsearch import Elasticsearch, NotFoundError, helpers

from indexers.base import BackendUnavailable, SearchBackend, SearchQuery, SearchResults
from indexers.elasticsearch.errors import _IndexMissing, _redact, client_errors
from indexers.elasticsearch.indexing import AliasedIndex
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

log = logging.getLogger(__name__)

DEFAULT_ALIAS = "socialmap-activities"


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
        self.where = _redact(url) if url else "the configured cluster"
        if client is None:
            client = connect(
                url,
                verify_certs=verify_certs,
                ca_certs=ca_certs,
                api_key=api_key,
                request_timeout=request_timeout,
                max_retries=max_retries,
            )
        self.client = client
        self.aliased_index = AliasedIndex(
            client,
            index,
            embedder,
            where=self.where,
            refresh_writes=refresh_writes,
            replicas=replicas,
            vector_index_type=vector_index_type,
        )

    def _calls(self, doing: str):
        """Turn the client's errors into ``BackendUnavailable`` with a message people read."""
        return client_errors(self.where, doing)

    # -- writing (see indexing.py) -----------------------------------------------------------
    def index(self, documents: list[dict], progress=None) -> int:
        """Add or replace documents; returns how many were (re)embedded."""
        return self.aliased_index.write(documents, progress)

    def delete(self, ids: list[str]) -> None:
        self.aliased_index.delete(ids)

    def rebuild(self, documents: Iterable[dict], progress=None) -> int:
        """Index everything into a new index, then swap the alias to it in one step.

        Searches see the old index until the swap; the old index is deleted afterwards.
        Vectors of unchanged texts are taken from the live index. Returns how many
        documents were embedded.
        """
        return self.aliased_index.rebuild(documents, progress)

    reindex = rebuild

    def clear(self) -> None:
        """An empty index behind the alias (built for the current embedder)."""
        self.rebuild([])

    def refresh(self) -> None:
        self.aliased_index.refresh()

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
        self.aliased_index.ready()
        filters = filter_clauses(q)
        qv = None
        if q.text and self.aliased_index.vectors_ok:
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
                self.aliased_index.forget()
                return SearchResults(hits=[], total=0)
        raw_hits = found["hits"]["hits"]
        hits = [read_hit(h, q, qv, ideal) for h in raw_hits]
        if q.prior is not None:
            hits = q.prior.apply(hits)
        return SearchResults(hits=hits, total=int(found["hits"]["total"]["value"]))

    def close(self) -> None:
        self.client.close()


# -- the client ----------------------------------------------------------------------------
def connect(
    url: str | None,
    verify_certs: bool = True,
    ca_certs: str | None = None,
    api_key: str | None = None,
    request_timeout: float = 10.0,
    max_retries: int = 2,
) -> Elasticsearch:
    """The client for the settings; a setting that cannot work raises ``BackendUnavailable``
    naming it (the client itself connects lazily, on the first request)."""
    if not url:
        raise BackendUnavailable(
            "the elasticsearch backend needs SOCIALMAP_ELASTICSEARCH_URL "
            "(e.g. https://user:password@host:9200)"
        )
    tls = {}
    if ca_certs:
        _check_ca_bundle(ca_certs)
    if urlsplit(url).scheme == "https":
        tls["verify_certs"] = verify_certs
        if ca_certs:
            tls["ca_certs"] = ca_certs
    elif ca_certs:
        log.warning(
            "SOCIALMAP_ELASTICSEARCH_CA_CERTS is set but %s is not https: the CA bundle is "
            "not used",
            _redact(url),
        )
    try:
        return Elasticsearch(
            url,
            api_key=api_key,
            request_timeout=request_timeout,
            max_retries=max_retries,
            retry_on_timeout=True,
            **tls,
        )
    except ValueError as e:
        raise BackendUnavailable(f"SOCIALMAP_ELASTICSEARCH_URL is not usable: {e}") from e


def _check_ca_bundle(path: str) -> None:
    """Load the CA bundle now: a wrong path fails at startup, not at the first search."""
    try:
        ssl.create_default_context(cafile=path)
    except OSError as e:  # also ssl.SSLError: a file that holds no certificate
        raise BackendUnavailable(
            f"SOCIALMAP_ELASTICSEARCH_CA_CERTS ({path}) is not a usable CA bundle: "
            f"{e.strerror or e}"
        ) from e


def _as_kwargs(body: dict) -> dict:
    """A request body as the client's keyword arguments (``from`` is ``from_``)."""
    renamed = {"from": "from_", "_source": "source"}
    return {renamed.get(k, k): v for k, v in body.items()}
