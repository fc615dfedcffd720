"""The behaviour every search backend must show, as a mixin composed per backend.

A backend's test class provides a ``make_backend(path)`` fixture; a known gap is an explicit
skip with its reason.
"""

import copy

import numpy as np
import pytest
from geopy.distance import great_circle

from indexers.base import SearchQuery
from tests.backends.fixture_data import DOCS, VEGHEL


def ids(results) -> list[str]:
    return [h.id for h in results.hits]


class CountingEmbedder:
    """Wraps a real embedder and counts the texts it embeds."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.texts = inner, inner.name, inner.dim, 0

    def encode(self, texts):
        self.texts += len(texts)
        return self.inner.encode(texts)


class BackendBehaviour:
    @pytest.fixture
    def backend(self, make_backend, tmp_path):
        b = make_backend(tmp_path)
        b.index(copy.deepcopy(DOCS))
        b.refresh()
        yield b
        b.close()

    def search(self, backend, **kw):
        kw.setdefault("limit", 100)
        return backend.search(SearchQuery(**kw))

    # -- text ---------------------------------------------------------------------------
    def test_compound_word_part_finds_compound(self, backend):
        assert ids(self.search(backend, text="wandel"))[:2] in (["walk", "far"], ["far", "walk"])

    def test_inflected_form_is_stemmed(self, backend):
        assert "walk" in ids(self.search(backend, text="wandelen"))

    def test_accents_are_folded(self, backend):
        assert ids(self.search(backend, text="taalcafe een"))[0] == "taal"

    def test_word_inside_compound_in_name(self, backend):
        assert ids(self.search(backend, text="koor"))[0] == "choir"

    def test_semantic_similarity_finds_without_shared_words(self, backend):
        if not backend.supports_vectors or backend.embedder is None:
            pytest.skip("no embedder configured")
        found = ids(self.search(backend, text="muziek maken met andere mensen"))
        assert "choir" in found[:3]

    def test_text_search_ranks_scores_in_unit_interval(self, backend):
        hits = self.search(backend, text="koken eten samen").hits
        assert hits[0].id == "cook"
        assert all(0 <= h.score <= 1 for h in hits)
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)

    def test_unrelated_text_finds_nothing_relevant(self, backend):
        assert "walk" not in ids(self.search(backend, text="belastingaangifte bitcoin"))

    # -- place ----------------------------------------------------------------------------
    def test_distance_matches_geopy_and_sorts_nearest_first(self, backend):
        hits = self.search(backend, latitude=VEGHEL[0], longitude=VEGHEL[1]).hits
        placed = [h for h in hits if h.distance_km is not None]
        assert [h.distance_km for h in placed] == sorted(h.distance_km for h in placed)
        for h in placed:
            loc = h.document["location"]
            expected = great_circle(VEGHEL, (loc["latitude"], loc["longitude"])).km
            assert h.distance_km == pytest.approx(expected, rel=1e-3, abs=1e-3)

    def test_radius_excludes_far_venues_but_keeps_remote(self, backend):
        found = ids(self.search(backend, latitude=VEGHEL[0], longitude=VEGHEL[1], radius_km=5))
        assert "far" not in found and "walk" in found
        assert {"online", "buddy"} <= set(found)
        strict = ids(
            self.search(
                backend,
                latitude=VEGHEL[0],
                longitude=VEGHEL[1],
                radius_km=5,
                remote_ignores_radius=False,
            )
        )
        assert "online" not in strict and "walk" in strict

    # -- filters, one by one ----------------------------------------------------------------
    def test_category_filter(self, backend):
        assert set(ids(self.search(backend, categories=["cooking_food"]))) == {"cook"}
        assert set(ids(self.search(backend, categories=["other"]))) == {"debt", "taal"}

    def test_hits_carry_the_stored_document_and_its_categories(self, backend):
        """What a hit says (categories for the matcher's first cut, the document for the
        rest) is the listing as indexed; changing a returned document changes nothing."""
        hits = self.search(backend, limit=100).hits
        assert {h.id for h in hits} == {d["id"] for d in DOCS if d.get("status") != "inactive"}
        by_id = {d["id"]: d for d in DOCS}
        for h in hits:
            assert set(h.categories) == set(by_id[h.id]["categories"])
            assert h.document["name"] == by_id[h.id]["name"]
            h.document["name"] = "changed by a caller"
        again = {h.id: h.document["name"] for h in self.search(backend, limit=100).hits}
        assert again == {h.id: by_id[h.id]["name"] for h in hits}

    @pytest.mark.parametrize(
        "code,expected",
        [
            ("wheelchair", {"walk", "cook", "youth", "debt", "far"}),
            ("hearing_loop", {"choir", "debt"}),
            ("step_free", {"walk"}),
            ("accessible_toilet", {"walk"}),
            ("dementia_friendly", {"cook"}),
            ("parking", {"choir"}),
            ("guide_dog_welcome", set()),
            ("public_transport", set()),
        ],
    )
    def test_accessibility_filter_applies_to_venues_only(self, backend, code, expected):
        found = set(ids(self.search(backend, accessibility=[code])))
        assert found == expected | {"online", "buddy"}

    def test_features_filter(self, backend):
        assert set(ids(self.search(backend, features=["walk_in"]))) == {"walk", "debt"}

    def test_free_filter(self, backend):
        found = set(ids(self.search(backend, free_only=True)))
        assert found == {"walk", "online", "buddy", "debt", "far", "taal", "summer"}

    def test_max_cost_per_month(self, backend):
        # cook: 4 per session every other week = 4 * 4.33 / 2 = 8.66 a month
        assert "cook" in ids(self.search(backend, max_cost_per_month=8.66))
        assert "cook" not in ids(self.search(backend, max_cost_per_month=8.5))
        # youth: 24 a year = 2 a month; choir 5 a month; billiards 2 * 4.33 = 8.66
        assert {"youth", "choir"} <= set(ids(self.search(backend, max_cost_per_month=5)))

    def test_day_filter(self, backend):
        found = set(ids(self.search(backend, days=["WE"])))
        assert found == {"cook", "taal", "buddy"}

    def test_part_of_day_filter(self, backend):
        evening = set(ids(self.search(backend, parts_of_day=["evening"])))
        assert evening == {"choir", "online", "youth", "buddy"}

    def test_day_and_part_combine_per_schedule(self, backend):
        # walk is Tuesday morning, billiards Tuesday afternoon
        found = set(ids(self.search(backend, days=["TU"], parts_of_day=["afternoon"])))
        assert found == {"billiards", "buddy"}

    def test_ended_schedule_does_not_match(self, backend):
        assert "summer" not in ids(self.search(backend, days=["SU"]))

    def test_language_filter(self, backend):
        assert set(ids(self.search(backend, languages=["ar"]))) == {"cook", "taal"}
        assert set(ids(self.search(backend, languages=["en", "ti"]))) == {"youth", "taal"}

    def test_age_filter(self, backend):
        assert "youth" in ids(self.search(backend, age=20))
        assert "youth" not in ids(self.search(backend, age=70))
        assert "youth" not in ids(self.search(backend, age=15))

    def test_delivery_filter(self, backend):
        assert set(ids(self.search(backend, delivery=["online"]))) == {"online"}
        assert set(ids(self.search(backend, delivery=["at_home", "online"]))) == {"online", "buddy"}

    def test_active_status_filter(self, backend):
        assert "garden" not in ids(self.search(backend))
        assert "garden" in ids(self.search(backend, active_only=False))

    def test_a_confirmed_duplicate_is_not_active(self, backend):
        doc = {**copy.deepcopy(DOCS[0]), "duplicate_of": "choir"}
        backend.index([doc])
        backend.refresh()
        assert doc["id"] not in ids(self.search(backend))
        assert doc["id"] in ids(self.search(backend, active_only=False))

    def test_capacity_filter(self, backend):
        full = {**copy.deepcopy(DOCS[0]), "capacity": {"status": "full", "date": "2026-11-01"}}
        backend.index([full])
        backend.refresh()
        assert ids(self.search(backend, capacity=["full"])) == [full["id"]]
        room = set(ids(self.search(backend, capacity=["available", "limited", "unknown"])))
        assert full["id"] not in room and len(room) == len(DOCS) - 2  # and the inactive one

    def test_organization_filter(self, backend):
        assert ids(self.search(backend, organization_id="org-b")) == ["choir"]

    def test_paging_and_total(self, backend):
        first = self.search(backend, sort="name", limit=5)
        second = self.search(backend, sort="name", limit=5, offset=5)
        assert first.total == second.total == len(DOCS) - 1  # the inactive one left out
        assert not set(ids(first)) & set(ids(second))

    # -- writes -------------------------------------------------------------------------------
    def test_update_and_delete_are_visible(self, backend):
        doc = copy.deepcopy(DOCS[0])
        doc["name"] = "Wandelgroep Blote Voeten"
        backend.index([doc])
        backend.refresh()
        assert backend.get("walk")["name"] == "Wandelgroep Blote Voeten"
        backend.delete(["walk"])
        backend.refresh()
        assert backend.get("walk") is None
        assert "walk" not in ids(self.search(backend, text="wandel"))

    def test_clear_empties_the_index(self, backend):
        backend.clear()
        backend.refresh()
        assert backend.count() == 0
        assert self.search(backend, text="wandel").total == 0


class PersistentBackendBehaviour:
    """For backends that keep their index on disk between processes."""

    def test_restart_reembeds_nothing_and_updates_reembed_only_changes(
        self, make_backend, tmp_path
    ):
        first = make_backend(tmp_path)
        if first.embedder is None:
            pytest.skip("no embedder configured")
        counting = CountingEmbedder(first.embedder)
        first.embedder = counting
        first.index(copy.deepcopy(DOCS))
        assert counting.texts == len(DOCS)
        first.close()

        again = make_backend(tmp_path)
        counting = CountingEmbedder(again.embedder)
        again.embedder = counting
        assert again.count() == len(DOCS)
        assert again.index(copy.deepcopy(DOCS)) == 0
        changed = copy.deepcopy(DOCS[1])
        changed["description"] += " Nieuwe leden zijn welkom."
        unchanged_text = copy.deepcopy(DOCS[2])
        unchanged_text["status"] = "inactive"  # not part of the embedded text
        assert again.index([changed, unchanged_text]) == 1
        assert counting.texts == 1
        hits = again.search(SearchQuery(text="muziek maken met andere mensen", limit=3)).hits
        assert hits and all(np.isfinite(h.vector_score) for h in hits)
        again.close()

    def test_second_instance_sees_writes_of_the_first(self, make_backend, tmp_path):
        writer, reader = make_backend(tmp_path), make_backend(tmp_path)
        writer.index(copy.deepcopy(DOCS[:3]))
        assert set(ids(reader.search(SearchQuery(limit=10)))) == {"walk", "choir", "cook"}
        writer.delete(["choir"])
        assert "choir" not in ids(reader.search(SearchQuery(limit=10)))
        writer.close()
        reader.close()
