"""Pure scoring functions shared by the features (features.py), the first cut of the
candidates (engine.py) and the variety of the top results; each docstring gives its formula.
How the features combine into a score is learned (ranker.py).
"""

import math
from datetime import date

from matcher import activity as act

LOW_THRESHOLD = ("walk_in", "come_alone_welcome", "buddy_available", "plain_language")


def wish_fit(text_score: float, vector_score: float, cosine_full: float) -> float:
    """0.6 × word relevance + 0.4 × meaning, meaning = clip(cosine / cosine_full, 0, 1)."""
    meaning = min(1.0, max(0.0, vector_score) / cosine_full) if cosine_full > 0 else 0.0
    return 0.6 * text_score + 0.4 * meaning


def specific_wish_fit(wish: float) -> float:
    """The activity is what the client names ("vroeger zong ik" -> a choir): 0.9 + 0.1 × wish."""
    return 0.9 + 0.1 * wish


def distance_fit(distance_km: float | None, max_distance_km: float, remote_fit: float) -> float:
    """exp(-d / (radius / 2)) for a venue; ``remote_fit`` for online and at-home."""
    if distance_km is None:
        return remote_fit
    return math.exp(-distance_km / max(0.5, max_distance_km / 2))


def low_threshold_fit(features: list[str]) -> float:
    """Share of the low-threshold features, two of them count as full."""
    return min(1.0, len(set(features or []) & set(LOW_THRESHOLD)) / 2)


def schedule_fit(activity: dict, today: date | None = None) -> float:
    """A fixed time is easier to start with than 'in overleg'."""
    schedules = act.current_schedules(activity, today)
    return 1.0 if any(s.get("opens_at") for s in schedules) else 0.5


def similarity(a: list[str], b: list[str]) -> float:
    """Jaccard overlap of two category lists."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def diversify(
    scored: list[tuple[float, list[str], object]],
    limit: int,
    penalty: float,
    window: int,
    quota: int = 2,
    max_gap: float = 1.0,
) -> list[tuple[float, list[str], object]]:
    """Greedy re-ranking for variety (maximal marginal relevance over categories):
    each next pick maximises score − penalty × max similarity to the picks so far, and
    within the first ``window`` picks no more than ``quota`` share the same category set
    while others remain that fit nearly as well (at most ``max_gap`` lower): variety does not
    put a poor fit before the fourth debt-help service for a client with debts.
    ``scored`` holds (score, categories, item), best first.
    """
    pool = list(scored[: max(limit, window) * 3])
    sets = [frozenset(e[1]) for e in pool]
    kinds = [tuple(sorted(e[1])) for e in pool]
    closest = [0.0] * len(pool)  # max similarity to the picks so far, kept as picks come
    left = list(range(len(pool)))
    counts: dict[tuple[str, ...], int] = {}
    picked: list[tuple[float, list[str], object]] = []
    while left and len(picked) < limit:
        candidates = left
        if len(picked) < window:
            floor = max(pool[i][0] for i in left) - max_gap
            open_ = [i for i in left if counts.get(kinds[i], 0) < quota and pool[i][0] >= floor]
            candidates = open_ or left
        best = max(candidates, key=lambda i: pool[i][0] - penalty * closest[i])
        picked.append(pool[best])
        counts[kinds[best]] = counts.get(kinds[best], 0) + 1
        left.remove(best)
        chosen = sets[best]
        for i in left:
            union = sets[i] | chosen
            sim = len(sets[i] & chosen) / len(union) if union else 0.0
            if sim > closest[i]:
                closest[i] = sim
    return picked
