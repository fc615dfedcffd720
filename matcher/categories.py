"""What kind of activity a listing is, read from its text when its categories are missing or
disagree with it.

Providers file their listings under the eight categories by hand, and real sociale kaarten
are messy: a walking group filed only under "other", a choir under "ontspannen", a listing
with no category at all (the importer files it under "other"). The words of a listing say
what it is (data/category_terms.json, Dutch and English); matching uses:

- no category, or only the catch-all "other" with no word to back it: the categories its
  words evidence;
- declared categories that no word backs while others are evidenced: both (the provider may
  know something the words do not say, but a walking group is also movement);
- otherwise the declared categories, plus a kind of activity that the listing's name says
  and its description bears out ("Wandelgroep De Dobbe ... we wandelen" filed only under
  contact): a provider who filed a listing under a category its words back is not
  second-guessed, only completed.
Every category added this way is said in the reasons ("categorie afgeleid uit de
beschrijving").
"""

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from indexers.analysis import fold
from matcher.paths import DATA_DIR
from matcher.vocab import CATEGORIES

CATEGORY_TERMS_FILE = DATA_DIR / "category_terms.json"


@dataclass(frozen=True)
class ListingCategories:
    categories: tuple[str, ...]  # what matching uses, best evidenced first after the declared
    inferred: tuple[str, ...] = ()  # of those, the ones read from the text (not declared)

    def is_inferred(self, category: str | None) -> bool:
        return category in self.inferred


def _pattern(term: str) -> str:
    inside = term.startswith("*")
    whole = term.endswith("$")
    word = re.escape(fold(term.strip("*$")))
    return ("" if inside else r"\b") + word + (r"\b" if whole else "")


@cache
def _settings() -> tuple[dict[str, re.Pattern], int, int]:
    with open(CATEGORY_TERMS_FILE, encoding="utf-8") as f:
        data = json.load(f)
    patterns = {
        c: re.compile("|".join(_pattern(t) for t in data["categories"][c])) for c in CATEGORIES
    }
    return patterns, int(data["name_weight"]), int(data["threshold"])


def _hits(pattern: re.Pattern, text: str) -> int:
    """Distinct words of a category found in a text (one word said five times is one)."""
    return len({m.group(0) for m in pattern.finditer(text)})


@lru_cache(maxsize=100_000)
def evidence(name: str, description: str) -> dict[str, int]:
    """Per category: name_weight × distinct words in the name + distinct words in the text."""
    patterns, name_weight, _ = _settings()
    title, text = fold(name or ""), fold(description or "")
    out = {}
    for category, pattern in patterns.items():
        score = name_weight * _hits(pattern, title) + _hits(pattern, text)
        if score:
            out[category] = score
    return out


@lru_cache(maxsize=100_000)
def _effective(name: str, description: str, declared: tuple[str, ...]) -> ListingCategories:
    _, _, threshold = _settings()
    found = evidence(name, description)
    strong = tuple(sorted((c for c, s in found.items() if s >= threshold), key=lambda c: -found[c]))
    if not declared or (declared == ("other",) and "other" not in found):
        # no category, or only the catch-all (the importer's default) with nothing to back it
        return ListingCategories(strong, strong) if strong else ListingCategories(("other",))
    if not any(c in found for c in declared):
        # the text backs none of the declared categories: add what it does evidence
        extra = tuple(c for c in strong if c not in declared)
        return ListingCategories(declared + extra, extra)
    # a kind the name says and the description bears out ("Wandelgroep ...: we wandelen")
    named = tuple(
        c for c in strong if c not in declared and _named_and_described(name, description, c)
    )
    return ListingCategories(declared + named, named)


def _named_and_described(name: str, description: str, category: str) -> bool:
    patterns, _, _ = _settings()
    pattern = patterns[category]
    return bool(pattern.search(fold(name or ""))) and bool(pattern.search(fold(description or "")))


def listing_categories(activity: dict) -> ListingCategories:
    """The categories matching uses for a listing (declared, corrected by its text)."""
    return _effective(
        activity.get("name") or "",
        activity.get("description") or "",
        tuple(activity.get("categories") or ()),
    )
