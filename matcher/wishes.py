"""The client's own words: which curated Dutch wellbeing terms they contain.

The vocabulary is data (data/wish_terms.json): terms the embedder and BM25 miss or
underweight (eenzaam, rouw, mantelzorg, schulden, knieën...), each with the categories it
points to and words to add to the search.
"""

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from indexers.analysis import fold
from matcher.paths import DATA_DIR

WISH_TERMS_FILE = DATA_DIR / "wish_terms.json"
# expansion words too common in listings to show that one answers a wish
GENERIC_WORDS = frozenset(
    {
        "samen",
        "gratis",
        "hulp",
        "steun",
        "contact",
        "ontmoeten",
        "gezellig",
        "buiten",
        "rust",
        "budget",
        "geldzaken",
        "praten",
        "bewegen",
        "rustig",
        "inloop",
        "koffie",
    }
)


@dataclass(frozen=True)
class WishTerm:
    terms: tuple[str, ...]
    categories: tuple[str, ...]
    expand: str
    label: str
    specific: bool = False
    first_need: bool = False
    nearby: bool = False

    @cached_property
    def answer_pattern(self) -> re.Pattern:
        """A listing answers the term when it names one of the first expansion words."""
        words = tuple(w for w in self.expand.split() if w not in GENERIC_WORDS)[:3]
        return _pattern(words) if words else _NEVER

    @cached_property
    def position(self) -> int:
        """Its place in the vocabulary (-1 for a term from elsewhere)."""
        return next((i for i, t in enumerate(vocabulary()) if t is self), -1)

    @cached_property
    def term_pattern(self) -> re.Pattern:
        """The client's words name the term when one of its terms starts a word."""
        return _pattern(self.terms) if self.terms else _NEVER


@dataclass(frozen=True)
class Wishes:
    text: str
    found: tuple[WishTerm, ...]

    @property
    def specific(self) -> bool:
        """The client names something concrete (a choir, the garden): their words lead."""
        return any(t.specific for t in self.found)

    @property
    def nearby(self) -> bool:
        """The client wants something close to home ("hier in het dorp")."""
        return any(t.nearby for t in self.found)

    @property
    def money_worries(self) -> bool:
        return any(t.first_need for t in self.found)

    @property
    def search_text(self) -> str:
        """The words plus the expansions of the terms found."""
        return " ".join([self.text, *(t.expand for t in self.found)]).strip()

    def category_weights(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for t in self.found:
            for i, c in enumerate(t.categories):
                out[c] = max(out.get(c, 0.0), 0.6 if i == 0 else 0.4)
        return out

    def answered_by(self, text: str) -> list[WishTerm]:
        """The wish terms an activity's text answers (it names one of their first words)."""
        return self.answered_by_folded(fold_text(text))

    def answered_by_folded(self, folded: str) -> list[WishTerm]:
        """``answered_by`` of a text already folded with ``fold_text``."""
        return [t for t in self.found if t.answer_pattern.search(folded)]

    def answered_in(self, answers: frozenset[int]) -> list[WishTerm]:
        """``answered_by`` from what a listing answers (``answered_terms`` of its text)."""
        return [t for t in self.found if t.position in answers]

    def labels_for(self, text: str) -> list[str]:
        return list(dict.fromkeys(t.label for t in self.answered_by(text)))


_NEVER = re.compile(r"(?!)")


@lru_cache(maxsize=1024)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")")


@lru_cache(maxsize=4096)
def fold_text(text: str) -> str:
    """Listing texts recur: fold each once (matching keeps them folded: matcher/facts.py)."""
    return fold(text)


@cache
def vocabulary() -> tuple[WishTerm, ...]:
    with open(WISH_TERMS_FILE, encoding="utf-8") as f:
        data = json.load(f)
    return tuple(
        WishTerm(
            tuple(fold(x) for x in e["terms"]),
            tuple(e["categories"]),
            e["expand"],
            e["label"],
            bool(e.get("specific")),
            bool(e.get("first_need")),
            bool(e.get("nearby")),
        )
        for e in data["terms"]
    )


def read_wishes(text: str | None) -> Wishes:
    text = (text or "").strip()
    folded = fold(text)
    found = tuple(t for t in vocabulary() if t.term_pattern.search(folded))
    return Wishes(text, found)


def answered_terms(folded: str) -> frozenset[int]:
    """The wish terms (their place in the vocabulary) a listing's folded text answers: read
    once per listing (matcher/facts.py), then matched against every client's terms."""
    return frozenset(i for i, t in enumerate(vocabulary()) if t.answer_pattern.search(folded))
