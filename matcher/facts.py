"""What matching reads of a listing that does not depend on the client, worked out once.

A match scores a few hundred candidates; most of what it needs of each (its categories as
matching reads them, whom it is for, its cost, time slots, freshness) is the same for every
client until the listing changes or the day turns. ``facts(hit, today)`` keeps those per
listing, keyed by what the search backend says identifies this version of the listing
(``Hit.key``), so that a listing seen before is neither parsed nor read again.

``passes`` is ``not requirements.violations(...)`` from these facts (a test holds the two
together over every listing of the demo map and many profiles).

What of it is read from the listing's words (categories inferred from the text, audiences,
"open to all", the wish terms it answers: about 0.3 ms a listing) a backend may keep from
the time the listing was written (``reading_of``, ``Hit.reading``), so that even a
listing's first sight in a process reads none of its text. The reading carries the version
of the vocabulary files it was made with; another version is read again.
"""

import hashlib
import threading
from dataclasses import dataclass
from datetime import date
from functools import cache

import orjson

from indexers.base import Hit
from matcher import activity as act
from matcher import capacity, scoring
from matcher.audience import AUDIENCES_FILE, Audience, audiences, listing_audiences, open_to_all
from matcher.categories import (
    CATEGORY_TERMS_FILE,
    ListingCategories,
    listing_categories,
    volunteer_role,
)
from matcher.profile import ClientProfile
from matcher.wishes import WISH_TERMS_FILE, answered_terms, fold_text

CACHE_SIZE = 50_000  # listings; the least recently added half goes when it is full


@dataclass(frozen=True, slots=True)
class ListingFacts:
    categories: ListingCategories
    audiences: tuple[Audience, ...]
    open_to_all: bool
    answers: frozenset[int]  # the wish terms (their place in the vocabulary) it answers
    volunteer_role: bool  # a volunteer role for the client, not a service volunteers give
    low_threshold: float  # scoring.low_threshold_fit of its features
    stale: bool
    fixed_time: bool
    free: bool
    has_age_range: bool
    # the hard requirements, as requirements.violations reads them
    delivery: str
    accessibility: frozenset[str]
    monthly_cost: float
    languages: frozenset[str]
    has_schedule: bool
    slot_mask: int
    min_age: int | None
    max_age: int | None
    capacity_factor: float  # a full activity or one with a waiting list sinks (capacity.py)


READING_FORMAT = "2"  # what a reading holds; a change here reads every listing again


@cache
def reading_version() -> str:
    """The version of what is read from a listing's words: the format and the vocabulary."""
    digest = hashlib.sha1(READING_FORMAT.encode())
    for path in (CATEGORY_TERMS_FILE, AUDIENCES_FILE, WISH_TERMS_FILE):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _read(doc: dict) -> tuple:
    name, description = doc.get("name", ""), doc.get("description", "")
    folded = fold_text(" ".join([name, description]))
    categories = listing_categories(doc)
    return (
        categories,
        listing_audiences(name, description),
        open_to_all(description),
        answered_terms(folded),
        volunteer_role(name, description, categories.categories),
    )


def reading_of(doc: dict) -> bytes:
    """What is read from a listing's words, for a backend to keep with the listing."""
    categories, found, welcomes_all, answers, role = _read(doc)
    return orjson.dumps(
        [
            reading_version(),
            categories.categories,
            categories.inferred,
            [a.name for a in found],
            welcomes_all,
            sorted(answers),
            role,
        ]
    )


def _from_reading(reading: bytes | str | None) -> tuple | None:
    """``_read`` from a kept reading; None when there is none or of another version."""
    if not reading:
        return None
    try:
        version, cats, inferred, names, welcomes_all, answers, role = orjson.loads(reading)
    except (orjson.JSONDecodeError, ValueError):
        return None
    by_name = _audiences_by_name()
    if version != reading_version() or any(n not in by_name for n in names):
        return None
    return (
        ListingCategories(tuple(cats), tuple(inferred)),
        tuple(by_name[n] for n in names),
        bool(welcomes_all),
        frozenset(answers),
        bool(role),
    )


@cache
def _audiences_by_name() -> dict[str, Audience]:
    return {a.name: a for a in audiences()}


def of_document(doc: dict, today: date, reading: bytes | str | None = None) -> ListingFacts:
    categories, found, welcomes_all, answers, role = _from_reading(reading) or _read(doc)
    return ListingFacts(
        categories=categories,
        audiences=found,
        open_to_all=welcomes_all,
        answers=answers,
        volunteer_role=role,
        low_threshold=scoring.low_threshold_fit(doc.get("features") or []),
        stale=act.is_stale(doc, today),
        fixed_time=scoring.schedule_fit(doc, today) == 1.0,
        free=act.is_free(doc),
        has_age_range=doc.get("min_age") is not None or doc.get("max_age") is not None,
        delivery=doc.get("delivery") or "in_person",
        accessibility=frozenset(doc.get("accessibility") or ()),
        monthly_cost=act.monthly_cost(doc),
        languages=frozenset(doc.get("languages") or ()),
        has_schedule=act.has_schedule(doc),
        slot_mask=act.slot_mask(doc, today) if act.has_schedule(doc) else 0,
        min_age=doc.get("min_age"),
        max_age=doc.get("max_age"),
        capacity_factor=capacity.factor(doc),
    )


_cache: dict[str, tuple[object, date, ListingFacts]] = {}
_lock = threading.Lock()


def facts(hit: Hit, today: date) -> ListingFacts:
    """The listing's facts, from the cache when the backend identifies its version."""
    key = hit.key
    if key is None:
        return of_document(hit.document, today, hit.reading)
    entry = _cache.get(hit.id)
    if entry is not None and entry[1] == today and (entry[0] is key or entry[0] == key):
        return entry[2]
    found = of_document(hit.document, today, hit.reading)
    with _lock:
        if len(_cache) >= CACHE_SIZE:
            for old in list(_cache)[: CACHE_SIZE // 2]:  # dicts keep insertion order
                _cache.pop(old, None)
        _cache[hit.id] = (key, today, found)
    return found


def clear() -> None:
    with _lock:
        _cache.clear()


class Requirements:
    """A client's hard requirements, made ready to check many listings quickly."""

    __slots__ = ("delivery", "radius", "access", "free", "max_cost", "languages", "slots", "age")

    def __init__(self, profile: ClientProfile):
        req = profile.requirements
        self.delivery = frozenset(req.delivery)
        self.radius = profile.max_distance_km + 1e-9
        self.access = frozenset(req.accessibility)
        self.free = req.free_only
        self.max_cost = (
            None if req.max_cost_eur_per_month is None else req.max_cost_eur_per_month + 1e-9
        )
        self.languages = frozenset(req.languages)
        self.slots = (
            act.request_slot_mask(list(req.days), list(req.parts_of_day))
            if req.days or req.parts_of_day
            else None
        )
        self.age = profile.age

    def passes(self, f: ListingFacts, distance_km: float | None) -> bool:
        if self.delivery and f.delivery not in self.delivery:
            return False
        if f.delivery == "in_person":
            if distance_km is None or distance_km > self.radius:
                return False
            if not self.access <= f.accessibility:
                return False
        if self.free and f.monthly_cost > 0:
            return False
        if self.max_cost is not None and f.monthly_cost > self.max_cost:
            return False
        if self.languages and not self.languages & f.languages:
            return False
        if self.slots is not None and f.has_schedule and not f.slot_mask & self.slots:
            return False
        if self.age is not None:
            if (f.min_age is not None and self.age < f.min_age) or (
                f.max_age is not None and self.age > f.max_age
            ):
                return False
        return True
