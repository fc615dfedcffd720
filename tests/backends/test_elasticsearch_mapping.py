"""Elasticsearch index settings, mapping and document bodies, as data: the analyzer that
mirrors the embedded analysis, field types, and the precomputed filter fields of a listing.
"""

import numpy as np
import pytest
from bm25s.stopwords import STOPWORDS_DUTCH

from indexers import elasticsearch as es
from indexers.analysis import DECOMPOUND_FILE, MIN_COMPOUND_LENGTH
from matcher import activity as act
from tests.backends.conftest import BY_ID, TODAY, TinyEmbedder
from tests.backends.fixture_data import DOCS


# -- settings and mapping ------------------------------------------------------------------
def test_analyzer_mirrors_the_embedded_analysis():
    analysis = es.index_settings()["analysis"]
    assert analysis["analyzer"]["socialmap_dutch"] == {
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
    filters = analysis["filter"]
    assert filters["socialmap_nl_stop"] == {"type": "stop", "stopwords": sorted(STOPWORDS_DUTCH)}
    assert filters["socialmap_nl_stemmer"] == {"type": "stemmer", "language": "dutch"}
    assert filters["socialmap_nl_length"] == {"type": "length", "min": 2}


def test_decompounder_word_list_is_the_data_file_inline():
    lines = DECOMPOUND_FILE.read_text(encoding="utf-8").splitlines()
    words = {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    decompound = es.index_settings()["analysis"]["filter"]["socialmap_nl_decompound"]
    assert decompound["type"] == "dictionary_decompounder"
    assert sorted(decompound["word_list"]) == sorted(words)
    assert "word_list_path" not in decompound  # the cluster cannot read our files
    assert {"wandel", "koor", "tuin"} <= set(decompound["word_list"])
    assert decompound["min_word_size"] == MIN_COMPOUND_LENGTH
    assert decompound["min_subword_size"] <= min(map(len, words))
    assert decompound["max_subword_size"] >= max(map(len, words))
    assert decompound["only_longest_match"] is False


def test_one_shard_and_bm25_like_the_embedded_index():
    settings = es.index_settings()
    assert settings["number_of_shards"] == 1
    assert settings["similarity"]["socialmap_bm25"] == {"type": "BM25", "k1": 1.5, "b": 0.75}
    assert "number_of_replicas" not in settings
    assert es.index_settings(replicas=0)["number_of_replicas"] == 0


def test_field_types():
    mappings = es.index_mappings(TinyEmbedder())
    props = mappings["properties"]
    assert mappings["dynamic"] == "strict"
    assert mappings["_meta"] == {"socialmap_schema": 1, "embedder": "tiny-test", "dims": 4}
    assert props["text"] == {
        "type": "text",
        "analyzer": "socialmap_dutch",
        "similarity": "socialmap_bm25",
    }
    assert props["location"] == {"type": "geo_point"}
    assert props["embedding"] == {
        "type": "dense_vector",
        "dims": 4,
        "element_type": "float",
        "index": True,
        "similarity": "cosine",
        "index_options": {"type": "flat"},
    }
    assert props["vector"] == {"type": "binary"}
    assert props["document"] == {"type": "object", "enabled": False}
    for name in (
        "status",
        "organization_id",
        "categories",
        "accessibility",
        "features",
        "languages",
        "delivery",
        "id",
        "version",
    ):
        assert props[name] == {"type": "keyword"}, name
    assert props["name_sort"] == {"type": "keyword", "normalizer": "socialmap_sort"}
    assert props["monthly_cost"] == {"type": "double"}
    assert props["min_age"] == props["max_age"] == {"type": "integer"}
    assert props["in_person"] == props["has_schedule"] == {"type": "boolean"}
    assert props["schedules"] == {
        "type": "nested",
        "properties": {
            "slots": {"type": "keyword"},
            "valid_to": {"type": "date", "format": "date"},
        },
    }
    hnsw = es.index_mappings(TinyEmbedder(), vector_index_type="int8_hnsw")
    assert hnsw["properties"]["embedding"]["index_options"] == {"type": "int8_hnsw"}


def test_mapping_without_embedder_has_no_vectors():
    mappings = es.index_mappings(None)
    assert "embedding" not in mappings["properties"] and "vector" not in mappings["properties"]
    assert mappings["_meta"]["embedder"] == "none"


# -- documents -----------------------------------------------------------------------------
def test_document_body_precomputes_every_filter():
    body = {d["id"]: es.document_body(d) for d in DOCS}
    walk = body["walk"]
    assert walk["id"] == "walk" and walk["version"] == "1"
    assert walk["document"] == BY_ID["walk"]
    assert walk["text"].startswith("Wandelgroep De Stapvoets\nWandelgroep De Stapvoets\n")
    assert walk["text"].endswith(act.search_text(BY_ID["walk"]))
    assert walk["name_sort"] == "Wandelgroep De Stapvoets"
    assert walk["location"] == {"lat": 51.6170, "lon": 5.5480}
    assert walk["schedules"] == [{"slots": ["TU_morning"]}]
    assert walk["has_schedule"] is True and walk["in_person"] is True
    assert walk["min_age"] == -1 and walk["max_age"] == 999
    assert walk["accessibility"] == ["wheelchair", "step_free", "accessible_toilet"]
    assert walk["features"] == ["walk_in", "come_alone_welcome"]
    assert body["cook"]["monthly_cost"] == pytest.approx(8.66)
    assert body["youth"]["monthly_cost"] == 2.0
    assert body["walk"]["monthly_cost"] == 0.0
    assert (body["youth"]["min_age"], body["youth"]["max_age"]) == (16, 27)
    assert body["choir"]["organization_id"] == "org-b"
    assert body["garden"]["status"] == "inactive"
    assert body["taal"]["languages"] == ["nl", "ar", "ti"]
    online = body["online"]
    assert online["delivery"] == "online" and online["in_person"] is False
    assert "location" not in online
    assert body["buddy"]["schedules"] == [
        {
            "slots": sorted(
                f"{d}_{p}"
                for d in ["MO", "TU", "WE", "TH", "FR"]
                for p in ["morning", "afternoon", "evening"]
            )
        }
    ]
    assert body["summer"]["schedules"] == [{"slots": ["SU_morning"], "valid_to": "2024-09-01"}]
    assert "embedding" not in walk and "vector" not in walk


def test_schedule_tokens_agree_with_the_matcher_slots():
    for doc in DOCS:
        current = act.current_schedules(doc, TODAY)
        tokens = {t for s in current for t in es.schedule_slots(s)}
        assert tokens == {f"{d}_{p}" for d, p in act.slots(doc, TODAY)}, doc["id"]


def test_document_body_carries_the_vector_twice():
    v = TinyEmbedder().encode(["x"])[0]
    body = es.document_body(BY_ID["walk"], v, "hash")
    assert body["embedding"] == pytest.approx(v.tolist())
    assert np.array_equal(es.decode_vector(body["vector"]), v)
    assert body["text_hash"] == "hash"
