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


_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class _Terms:
    """Every category's words, split by how they match, so that one pass over a text's
    words finds them all (a word lookup per prefix instead of a regex scan per category)."""

    starts: dict[str, tuple[str, ...]]  # a word starts with it ("wandel" -> "wandelgroep")
    whole: dict[str, tuple[str, ...]]  # the whole word ("bos$")
    inside: tuple[tuple[str, str], ...]  # (term, category): anywhere in a word ("*koor")
    phrases: re.Pattern | None  # several words ("samen eten"), as one alternation
    phrase_categories: dict[str, tuple[str, ...]]
    longest: int  # the longest word-start term

    def found(self, text: str) -> dict[str, set[str]]:
        """The terms of each category in a folded text (each term counts once)."""
        out: dict[str, set[str]] = {}
        for word in _WORD.findall(text):
            for cat in self.whole.get(word, ()):
                out.setdefault(cat, set()).add(word)
            for end in range(2, min(len(word), self.longest) + 1):
                for cat in self.starts.get(word[:end], ()):
                    out.setdefault(cat, set()).add(word[:end])
        for term, cat in self.inside:
            if term in text:
                out.setdefault(cat, set()).add(term)
        if self.phrases is not None:
            for m in self.phrases.finditer(text):
                phrase = m.group(0)
                for cat in self.phrase_categories.get(phrase, ()):
                    out.setdefault(cat, set()).add(phrase)
        return out


def _compile(categories: dict[str, list[str]]) -> _Terms:
    starts: dict[str, list[str]] = {}
    whole: dict[str, list[str]] = {}
    inside: list[tuple[str, str]] = []
    phrases: dict[str, list[str]] = {}
    for cat in CATEGORIES:
        for term in categories[cat]:
            word = fold(term.strip("*$"))
            if " " in word or not _WORD.fullmatch(word):
                phrases.setdefault(word, []).append(cat)
            elif term.startswith("*"):
                inside.append((word, cat))
            elif term.endswith("$"):
                whole.setdefault(word, []).append(cat)
            else:
                starts.setdefault(word, []).append(cat)
    # a phrase matches at a word start and, like the words, runs on into the word
    pattern = (
        re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len)[::-1]) + ")")
        if phrases
        else None
    )
    return _Terms(
        {k: tuple(dict.fromkeys(v)) for k, v in starts.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in whole.items()},
        tuple(dict.fromkeys(inside)),
        pattern,
        {k: tuple(dict.fromkeys(v)) for k, v in phrases.items()},
        max((len(k) for k in starts), default=0),
    )


@cache
def _file() -> dict:
    with open(CATEGORY_TERMS_FILE, encoding="utf-8") as f:
        return json.load(f)


@cache
def _settings() -> tuple[_Terms, int, int]:
    data = _file()
    return _compile(data["categories"]), int(data["name_weight"]), int(data["threshold"])


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=100_000)
def _found(text: str) -> dict[str, frozenset[str]]:
    """Per category, the terms a text (name or description) holds."""
    terms, _, _ = _settings()
    found = terms.found(fold(text or ""))
    return {c: frozenset(found.get(c, _NONE)) for c in CATEGORIES}


@lru_cache(maxsize=100_000)
def evidence(name: str, description: str) -> dict[str, int]:
    """Per category: name_weight × distinct terms in the name + distinct terms in the text."""
    _, name_weight, _ = _settings()
    title, text = _found(name), _found(description)
    out = {}
    for category in CATEGORIES:
        score = name_weight * len(title[category]) + len(text[category])
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
    return bool(_found(name)[category]) and bool(_found(description)[category])


def listing_categories(activity: dict) -> ListingCategories:
    """The categories matching uses for a listing (declared, corrected by its text)."""
    return _effective(
        activity.get("name") or "",
        activity.get("description") or "",
        tuple(activity.get("categories") or ()),
    )


@cache
def _volunteer_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = _file()

    def words(phrases: list[str]) -> re.Pattern:
        if not phrases:
            return re.compile("(?!)")
        return re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in phrases) + ")")

    return words(data.get("volunteers_serve_you") or []), words(data.get("volunteers_wanted") or [])


@lru_cache(maxsize=100_000)
def volunteer_role(name: str, description: str, categories: tuple[str, ...]) -> bool:
    """Filed under volunteering and a role the client would take on: not a service that
    volunteers give the client ("een vrijwilliger komt bij je thuis om samen je post te
    openen" is help for the client, not work for them), unless it also asks for volunteers."""
    if "volunteering" not in categories:
        return False
    serve, wanted = _volunteer_patterns()
    text = fold(f"{name} {description}")
    return not serve.search(text) or bool(wanted.search(text))
