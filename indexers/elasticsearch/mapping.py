"""The index settings and field mappings (one index per build, behind the alias).

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
"""

from bm25s.stopwords import STOPWORDS_DUTCH

from indexers.analysis import MIN_COMPOUND_LENGTH, word_parts

SCHEMA_VERSION = 1


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
        "capacity": keyword,
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
