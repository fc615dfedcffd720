"""What matching keeps of each listing (matcher/facts.py) must say what the listing says:
the quick requirement check agrees with ``violations`` everywhere, and a changed listing is
read again. The backend's first cut over its columns keeps what the per-hit cut keeps."""

import itertools
import random
from datetime import date

import pytest

from api.imports import parse_hsds
from indexers.base import Hit, Prior, SearchQuery
from matcher import facts as facts_module
from matcher.facts import Requirements, facts, of_document
from matcher.hsds import iter_services
from matcher.paths import DATA_DIR
from matcher.profile import ClientProfile
from matcher.profile import Requirements as Stated
from matcher.requirements import violations
from tests.backends.fixture_data import DOCS
from tests.conftest import activity

DEMO = DATA_DIR / "demo" / "meierijstad.json"


def _listings(app) -> list[dict]:
    """The backends' fixture listings and the demo map as the importer stores it."""
    from api import listings, services

    docs = [dict(d) for d in DOCS]
    with app.app_context():
        listings.import_records(iter_services(parse_hsds(DEMO.read_text("utf-8"))), "test")
        docs += [s.doc for s in services.get().store.iter_activities()]
    return docs


def _profiles(n: int = 60, seed: int = 11) -> list[ClientProfile]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        stated = Stated(
            accessibility=tuple(
                rng.sample(["wheelchair", "step_free", "hearing_loop"], k=rng.randint(0, 2))
            ),
            free_only=rng.random() < 0.2,
            max_cost_eur_per_month=rng.choice([None, None, 0.0, 5.0, 20.0]),
            languages=tuple(rng.sample(["nl", "en", "ar", "tr", "pl"], k=rng.randint(0, 2))),
            days=tuple(rng.sample(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], k=rng.randint(0, 3))),
            parts_of_day=tuple(
                rng.sample(["morning", "afternoon", "evening"], k=rng.randint(0, 2))
            ),
            delivery=tuple(rng.sample(["in_person", "online", "at_home"], k=rng.randint(0, 2))),
        )
        out.append(
            ClientProfile(
                spider_web={},
                latitude=51.6,
                longitude=5.5,
                max_distance_km=rng.choice([1.0, 3.0, 5.0, 10.0]),
                requirements=stated,
                age=rng.choice([None, 15, 30, 67, 90]),
            )
        )
    return out


def test_the_quick_check_agrees_with_violations_on_every_listing_and_profile(app):
    today = date.today()
    listings = _listings(app)
    assert len(listings) > 250
    checked = disagreements = 0
    for profile, doc in itertools.product(_profiles(), listings):
        f = of_document(doc, today)
        for distance in (None, 0.4, profile.max_distance_km, profile.max_distance_km + 0.1):
            expected = not violations(doc, profile, distance)
            if Requirements(profile).passes(f, distance) != expected:
                disagreements += 1
            checked += 1
    assert checked > 10_000
    assert disagreements == 0


def test_a_changed_listing_is_read_again():
    facts_module.clear()
    today = date.today()
    before = activity(id="x", accessibility=[])
    after = activity(id="x", accessibility=["wheelchair"])
    raw_before, raw_after = b'{"v": 1}', b'{"v": 2}'
    assert facts(Hit("x", before, key=raw_before), today).accessibility == frozenset()
    # the same version again: kept (the document is not even read)
    kept = Hit("x", load=lambda: pytest.fail("a kept listing is not parsed"), key=raw_before)
    assert facts(kept, today).accessibility == frozenset()
    # a new version: read again
    assert facts(Hit("x", after, key=raw_after), today).accessibility == {"wheelchair"}
    # no key (a backend that cannot say): always read
    assert facts(Hit("x", before), today).accessibility == frozenset()


def test_a_new_day_reads_freshness_again():
    facts_module.clear()
    doc = activity(id="y", assured_date="2025-01-10")
    hit = Hit("y", doc, key=b"same")
    assert facts(hit, date(2025, 6, 1)).stale is False
    assert facts(hit, date(2026, 6, 1)).stale is True


@pytest.mark.parametrize("size", [1, 7, 40])
def test_the_embedded_first_cut_keeps_what_the_per_hit_cut_keeps(tmp_path, size):
    from indexers.base import SearchQuery
    from indexers.embedded import EmbeddedBackend

    backend = EmbeddedBackend(path=tmp_path)
    rng = random.Random(size)
    docs = []
    for i in range(60):
        doc = activity(
            id=f"a{i}",
            name=f"Activiteit {i} wandelen",
            categories=[
                rng.choice(["sport_movement", "contact_meeting", "creativity_culture", "nature"])
            ]
            if i % 7
            else [],
        )
        doc["location"] = dict(
            doc["location"],
            latitude=51.6 + rng.uniform(-0.05, 0.05),
            longitude=5.5 + rng.uniform(-0.05, 0.05),
        )
        if i % 9 == 0:
            doc["delivery"] = "online"
            doc.pop("location")
        docs.append(doc)
    backend.index(docs)
    prior = Prior(
        size=size,
        category_weights={"sport_movement": 0.8, "nature": 0.5, "other": 0.3},
        w_category=0.5,
        w_words=0.3,
        w_distance=0.2,
        cosine_full=0.5,
        distance_scale=2.5,
        remote=0.4,
    )
    base = SearchQuery(
        text="wandelen", latitude=51.6, longitude=5.5, radius_km=20, text_required=False, limit=5000
    )
    everything = backend.search(base).hits
    assert len(everything) == 60
    cut = backend.search(SearchQuery(**{**base.__dict__, "prior": prior})).hits
    assert [h.id for h in cut] == [h.id for h in prior.apply(everything)]
    # the near-miss path: what the words reach best, outside one category
    others = SearchQuery(**{**base.__dict__, "exclude_categories": ["sport_movement"]})
    outside = backend.search(others).hits
    assert outside and all("sport_movement" not in h.categories for h in outside)
    assert len(outside) == sum("sport_movement" not in h.categories for h in everything)
    words = Prior.words(size)
    cut = backend.search(SearchQuery(**{**others.__dict__, "prior": words})).hits
    best = sorted(outside, key=lambda h: h.text_score + h.vector_score, reverse=True)[:size]
    assert {h.id for h in cut} == {h.id for h in best} == {h.id for h in words.apply(outside)}
    backend.close()


def test_what_is_read_of_a_listings_words_is_kept_and_gives_the_same_facts(app, tmp_path):
    """The embedded index keeps, from the time a listing was written, what matching reads
    of its words; a listing's first sight in a process then reads none of its text, and
    its facts are the same as when read from the text. Another vocabulary is read again."""
    from indexers.embedded import EmbeddedBackend

    docs = _listings(app)
    backend = EmbeddedBackend(path=tmp_path)
    backend.index(docs)
    hits = backend.search(SearchQuery(limit=5000, active_only=False)).hits
    assert len(hits) == len({d["id"] for d in docs}) and all(h.reading for h in hits)
    today = date(2026, 6, 1)
    for hit in hits:
        kept = of_document(hit.document, today, hit.reading)
        assert kept == of_document(hit.document, today), hit.id
    # a reading made with another vocabulary is not trusted
    outdated = hits[0].reading.replace(facts_module.reading_version(), "0" * 16)
    assert facts_module._from_reading(outdated) is None
    assert facts_module._from_reading(hits[0].reading) is not None
    backend.close()


def test_listings_written_before_readings_were_kept_are_read_once(tmp_path):
    """An index file from before: the first build reads each listing's words once and keeps
    the reading for the next start."""
    import sqlite3

    from indexers.embedded import EmbeddedBackend

    backend = EmbeddedBackend(path=tmp_path)
    backend.index([dict(d) for d in DOCS])
    backend.close()
    with sqlite3.connect(tmp_path / "index" / "embedded.sqlite") as conn:
        conn.execute("UPDATE docs SET reading=NULL")
    backend = EmbeddedBackend(path=tmp_path)
    assert all(h.reading for h in backend.search(SearchQuery(limit=5000)).hits)
    backend.close()
    with sqlite3.connect(tmp_path / "index" / "embedded.sqlite") as conn:
        assert conn.execute("SELECT COUNT(*) FROM docs WHERE reading IS NULL").fetchone() == (0,)
