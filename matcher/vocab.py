"""The code lists of the HSDS Dutch profile, loaded from data/vocabularies.json."""

import json
from functools import cache

from matcher.paths import DATA_DIR


@cache
def _vocab() -> dict:
    with open(DATA_DIR / "vocabularies.json", encoding="utf-8") as f:
        return json.load(f)


def entries(name: str) -> list[dict]:
    """All entries of one code list, e.g. ``entries("categories")``."""
    return _vocab()[name]


def codes(name: str) -> list[str]:
    return [e["code"] for e in _vocab()[name]]


def label(name: str, code: str) -> str:
    for e in _vocab()[name]:
        if e["code"] == code:
            return e["label"]
    return code


def reason(name: str, code: str) -> str:
    """The short Dutch phrase used in explanations ("rolstoeltoegankelijk")."""
    for e in _vocab()[name]:
        if e["code"] == code:
            return e.get("reason", e["label"].lower())
    return code


CATEGORIES = tuple(codes("categories"))
ACCESSIBILITY = tuple(codes("accessibility"))
FEATURES = tuple(codes("features"))
DELIVERY = tuple(codes("delivery"))
COST_OPTIONS = tuple(codes("cost_options"))
DAYS = tuple(codes("days"))
PARTS_OF_DAY = tuple(codes("parts_of_day"))
STATUSES = tuple(codes("statuses"))
DIMENSIONS = tuple(codes("dimensions"))
CAPACITY = tuple(codes("capacity"))
REPORT_REASONS = tuple(codes("report_reasons"))
