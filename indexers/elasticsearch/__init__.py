"""The Elasticsearch search backend: the same contract as the embedded one, on a cluster.

Configure it with ``SOCIALMAP_BACKEND=elasticsearch`` and ``SOCIALMAP_ELASTICSEARCH_URL``.
Use the ``elasticsearch`` client of the cluster's major version (8.x client for an 8.x
cluster, 9.x for 9.x); the index needs Elasticsearch 8.14 or newer.

Modules
    * ``mapping``: the index settings (the ``socialmap_dutch`` analyzer, BM25) and the field
      mappings.
    * ``documents``: an activity as the indexed document (every filter precomputed, the
      vectors) and the bulk and alias actions.
    * ``queries``: the request bodies (every filter, the hybrid ``script_score``, sorts,
      kNN) and the scores of a hit.
    * ``errors``: the client's errors as ``BackendUnavailable``; refused bulk writes.
    * ``indexing``: ``AliasedIndex``, the index behind its alias: created on first use,
      written in bulk, rebuilt and swapped.
    * ``backend``: ``ElasticsearchBackend``, the client built from the settings, reading
      and searching; it writes through ``AliasedIndex``.

The index and its alias
    One index per build, ``<alias>-<timestamp>``, behind the alias (``socialmap-activities``
    by default); the application only ever names the alias. ``rebuild()`` fills a new index
    and swaps the alias in one ``_aliases`` call, so searches never see a half-built index.
    ``dynamic: strict``, one shard (BM25 statistics over the whole index, so ``text_score``
    is normalised exactly), ``_meta`` records the embedder the vectors were made with. The
    fields are described in ``indexers.elasticsearch.mapping``.

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
    Give the credentials in the URL (``https://user:password@host:9200``) or an API key
    (``SOCIALMAP_ELASTICSEARCH_API_KEY``, ``api_key``); certificates are verified
    (``verify_certs=True``; ``SOCIALMAP_ELASTICSEARCH_CA_CERTS``, ``ca_certs``, for a private
    CA, loaded when the backend is built so a wrong path is reported at startup). An
    unreachable cluster, refused credentials or an overloaded cluster raise
    ``BackendUnavailable`` with a message naming the cluster without its credentials; the
    API answers 503.

Source of truth
    The store is; the index can always be thrown away. ``socialmap reindex`` rebuilds it.
    Writes wait until they are searchable (``refresh=wait_for``) and are acknowledged only
    when the whole bulk request succeeded.
"""

from indexers.elasticsearch.backend import DEFAULT_ALIAS, ElasticsearchBackend
from indexers.elasticsearch.documents import (
    alias_swap_actions,
    decode_vector,
    delete_action,
    document_body,
    encode_vector,
    index_action,
    schedule_slots,
    slot_token,
)
from indexers.elasticsearch.errors import IndexingFailed
from indexers.elasticsearch.indexing import BULK_CHUNK, EMBED_BATCH
from indexers.elasticsearch.mapping import (
    SCHEMA_VERSION,
    analysis_settings,
    index_mappings,
    index_meta,
    index_settings,
)
from indexers.elasticsearch.queries import (
    HYBRID_SCRIPT,
    KNN_CANDIDATES,
    MISSING_NEAR,
    NEAR_KM,
    SCORE_FLOOR,
    ceiling_search,
    filter_clauses,
    geo_sort,
    has_origin,
    hybrid_params,
    query_words,
    read_hit,
    search_body,
    slot_tokens,
    sort_clause,
    text_query,
    top_cosine_search,
    word_query,
)

__all__ = [
    "BULK_CHUNK",
    "DEFAULT_ALIAS",
    "EMBED_BATCH",
    "HYBRID_SCRIPT",
    "KNN_CANDIDATES",
    "MISSING_NEAR",
    "NEAR_KM",
    "SCHEMA_VERSION",
    "SCORE_FLOOR",
    "ElasticsearchBackend",
    "IndexingFailed",
    "alias_swap_actions",
    "analysis_settings",
    "ceiling_search",
    "decode_vector",
    "delete_action",
    "document_body",
    "encode_vector",
    "filter_clauses",
    "geo_sort",
    "has_origin",
    "hybrid_params",
    "index_action",
    "index_mappings",
    "index_meta",
    "index_settings",
    "query_words",
    "read_hit",
    "schedule_slots",
    "search_body",
    "slot_token",
    "slot_tokens",
    "sort_clause",
    "text_query",
    "top_cosine_search",
    "word_query",
]
