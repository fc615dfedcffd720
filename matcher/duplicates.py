"""Is this the same activity twice? Evidence from two listings: name, place, time, text and
meaning, each a number in [0, 1] a person can check, and one score over those known.

The same activity is often listed twice: by two organisations that run it together, or
re-imported from a source system under a new id. The names are compared with rapidfuzz
(token-set ratio: word order and extra words such as "in de Bunders" do not hide a match),
the descriptions likewise, the place by distance or postal code, the time by the start
slots, and the meaning by the embedding the search index already has.
"""

from dataclasses import asdict, dataclass

import numpy as np
from rapidfuzz import fuzz, utils

from matcher import activity as act
from matcher.places import distances_km

# weights of the evidence (renormalised over what both listings say)
WEIGHTS = {"name": 0.35, "place": 0.2, "time": 0.15, "text": 0.15, "meaning": 0.15}
THRESHOLD = 0.78  # from this score a pair goes to the admin ...
MIN_NAME = 0.6  # ... when the names are at least this alike
SAME_PLACE_KM = 0.3


@dataclass(frozen=True)
class Evidence:
    name: float
    place: float | None  # None: one of them has no place to compare
    time: float | None
    text: float | None
    meaning: float | None
    distance_km: float | None
    score: float

    @property
    def likely(self) -> bool:
        return self.score >= THRESHOLD and self.name >= MIN_NAME

    def as_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in asdict(self).items()}


def _ratio(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a or "", b or "", processor=utils.default_process) / 100


def _place(a: dict, b: dict) -> tuple[float | None, float | None]:
    da, db = a.get("delivery") or "in_person", b.get("delivery") or "in_person"
    if da != db:
        return 0.0, None
    if da != "in_person":
        return 1.0, None  # both online, or both at home
    ca, cb = act.coordinates(a), act.coordinates(b)
    if ca and cb:
        d = float(distances_km(ca[0], ca[1], np.array([cb[0]]), np.array([cb[1]]))[0])
        return (1.0 if d <= SAME_PLACE_KM else max(0.0, 1 - d / 3)), d
    la, lb = a.get("location") or {}, b.get("location") or {}
    pa = (la.get("postal_code") or "").replace(" ", "").upper()
    pb = (lb.get("postal_code") or "").replace(" ", "").upper()
    if pa and pb:
        return (1.0 if pa == pb else 0.5 if pa[:4] == pb[:4] else 0.0), None
    return None, None


def _time(a: dict, b: dict) -> float | None:
    sa, sb = act.slots(a), act.slots(b)
    if not act.has_schedule(a) or not act.has_schedule(b):
        return None
    if not sa or not sb:
        return 0.0
    overlap = len(sa & sb) / len(sa | sb)
    starts_a = {s.get("opens_at") for s in a.get("schedules") or [] if s.get("opens_at")}
    starts_b = {s.get("opens_at") for s in b.get("schedules") or [] if s.get("opens_at")}
    if starts_a and starts_b and not starts_a & starts_b:
        overlap *= 0.7  # the same days, other hours
    return overlap


def evidence(a: dict, b: dict, meaning: float | None = None) -> Evidence:
    """How alike two listings are; ``meaning`` is the cosine of their embeddings, if known."""
    name = _ratio(a.get("name", ""), b.get("name", ""))
    place, distance = _place(a, b)
    time = _time(a, b)
    text = (
        _ratio(a.get("description", ""), b.get("description", ""))
        if a.get("description") and b.get("description")
        else None
    )
    meaning = None if meaning is None else float(min(1.0, max(0.0, meaning)))
    parts = {"name": name, "place": place, "time": time, "text": text, "meaning": meaning}
    known = {k: v for k, v in parts.items() if v is not None}
    total = sum(WEIGHTS[k] for k in known)
    score = sum(WEIGHTS[k] * v for k, v in known.items()) / total
    return Evidence(name, place, time, text, meaning, distance, round(score, 4))
