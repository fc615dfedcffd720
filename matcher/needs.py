"""From the spider web and the client's focus to weights over the eight categories.

The weight table lives in data/matching.json (``dimension_categories``, with the reasons
in ``why``); a municipality can supply its own file.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from matcher.paths import DATA_DIR
from matcher.vocab import CATEGORIES, DIMENSIONS

MATCHING_FILE = DATA_DIR / "matching.json"


@cache
def load_settings(path: Path | str = MATCHING_FILE) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Needs:
    """How much each dimension and category matters for this client, each in [0, 1]."""

    dimensions: dict[str, float]
    categories: dict[str, float]
    sources: dict[str, list[str]]  # category -> dimensions that feed it, strongest first
    first_need: bool  # practical help ('other') goes before leisure
    from_web: dict[str, float]  # category weights from the spider web alone (what fits)

    def top_categories(self, n: int = 3, minimum: float = 0.25) -> list[str]:
        ranked = sorted(self.categories, key=self.categories.get, reverse=True)
        return [c for c in ranked[:n] if self.categories[c] >= minimum]


def dimension_need(score: float, exponent: float, satisfied: float = 7.5) -> float:
    """need = ((satisfied - score) / satisfied) ** exponent, 0 from ``satisfied`` up:
    a 2 weighs far more than a 5, and a 7 or 8 is no need."""
    return max(0.0, min(1.0, (satisfied - score) / satisfied)) ** exponent


def compute_needs(
    spider_web: dict[str, float],
    focus: tuple[str, ...] = (),
    wish_categories: dict[str, float] | None = None,
    money_worries: bool = False,
    settings: dict | None = None,
) -> Needs:
    """Category weight = the strongest (need × table weight) over the dimensions, plus
    ``second_reason`` × the second strongest; then what the wishes name.

    The focus a client chooses counts more than the lowest score: its need is at least
    ``focus_floor`` and is multiplied by ``focus_factor``. A low daily_functioning or money
    worries make 'other' (debt help, paperwork) the first need.
    """
    settings = settings or load_settings()
    table, cfg = settings["dimension_categories"], settings["need"]
    needs = {}
    for dim in DIMENSIONS:
        need = dimension_need(float(spider_web.get(dim, 10)), cfg["exponent"], cfg["satisfied"])
        if dim in focus:
            need = max(need, cfg["focus_floor"]) * cfg["focus_factor"]
        needs[dim] = need
    raw = dict.fromkeys(CATEGORIES, 0.0)
    contributions: dict[str, dict[str, float]] = {c: {} for c in CATEGORIES}
    for dim, need in needs.items():
        for cat, weight in table[dim].items():
            contributions[cat][dim] = need * weight
    for cat, parts in contributions.items():
        # the strongest reason counts in full, a second one adds a quarter
        ranked = sorted(parts.values(), reverse=True) + [0.0, 0.0]
        raw[cat] = ranked[0] + cfg["second_reason"] * ranked[1]
    # relative to the strongest need, but a client with few needs keeps low weights
    top = max(max(raw.values()), cfg["category_floor"])
    categories = {c: v / top for c, v in raw.items()}
    from_web = dict(categories)
    for cat, w in (wish_categories or {}).items():
        categories[cat] = categories[cat] + cfg.get("wish_boost", 1.0) * w
    # what the client names comes on top of the spider web: renormalise so it leads
    scale = max(1.0, *categories.values())
    categories = {c: v / scale for c, v in categories.items()}
    first_need = (
        money_worries
        or float(spider_web.get("daily_functioning", 10)) <= cfg["first_need_threshold"]
    )
    if first_need:
        categories["other"] = from_web["other"] = 1.0
    sources = {
        c: [d for d, v in sorted(contributions[c].items(), key=lambda kv: -kv[1]) if v > 0.05]
        for c in CATEGORIES
    }
    top_need = max(needs.values()) or 1.0
    return Needs(
        {d: min(1.0, n / top_need) for d, n in needs.items()},
        categories,
        sources,
        first_need,
        from_web,
    )
