"""Who an activity is meant for, and whether this client belongs (data/audiences.json).

A coach would not send a 22-year-old to a dementia day programme or a Dutch-speaking man
with back pain to an evening for Polish workers, although both are "contact". Listings name
their audience in words ("voor ouderen", "mantelzorgers", "nieuwkomers"); the client's age,
languages and own words say whether they belong.
"""

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from indexers.analysis import fold
from matcher.paths import DATA_DIR
from matcher.profile import ClientProfile

AUDIENCES_FILE = DATA_DIR / "audiences.json"


@dataclass(frozen=True)
class Audience:
    name: str
    listing: re.Pattern
    words: re.Pattern | None
    companion: re.Pattern | None = None  # "... en hun naasten": comes along with another
    title: re.Pattern | None = None  # words that name the audience only in a listing's name
    languages: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None
    outside_age_min: int | None = None
    outside_age_max: int | None = None
    outside_unless_words: bool = False
    wish_labels: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    first_need: bool = False  # never shut out when practical help comes first
    age_first: bool = False  # the client's age decides before their words
    reason: str | None = None  # what the result says when the client belongs

    def relation(
        self,
        profile: ClientProfile,
        folded_wishes: str,
        wish_labels: frozenset[str] = frozenset(),
        first_need: bool = False,
    ) -> int:
        """+1 the client belongs, -1 clearly not, 0 cannot tell."""
        age = profile.age
        if self.age_first and age is not None and self._outside_age(age):
            return -1
        if self.words is not None and self.words.search(folded_wishes):
            return 1
        if set(self.wish_labels) & wish_labels:
            return 1
        if set(self.requirements) & set(profile.requirements.accessibility):
            return 1
        if self.languages and set(self.languages) & set(profile.requirements.languages):
            return 1
        if age is not None:
            if (self.age_min is not None and age >= self.age_min) or (
                self.age_max is not None and age <= self.age_max
            ):
                return 1
            if self._outside_age(age):
                return -1
        if self.first_need and first_need:
            return 0  # practical help may be what they need first: never shut out
        return -1 if self.outside_unless_words else 0

    def _outside_age(self, age: int) -> bool:
        return (self.outside_age_min is not None and age >= self.outside_age_min) or (
            self.outside_age_max is not None and age <= self.outside_age_max
        )


def _words(terms: list[str], after: str = "") -> re.Pattern:
    """Any of the terms at a word start (folded), followed by what ``after`` allows."""
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(t)) for t in terms) + ")" + after)


@cache
def settings() -> dict:
    with open(AUDIENCES_FILE, encoding="utf-8") as f:
        return json.load(f)


@cache
def audiences() -> tuple[Audience, ...]:
    return tuple(
        Audience(
            name=a["name"],
            listing=_words(a["listing"]),
            words=_words(a["words"]) if a.get("words") else None,
            companion=_words(a["companion"]) if a.get("companion") else None,
            title=_words(a["title"]) if a.get("title") else None,
            languages=tuple(a.get("languages") or ()),
            age_min=a.get("age_min"),
            age_max=a.get("age_max"),
            outside_age_min=a.get("outside_age_min"),
            outside_age_max=a.get("outside_age_max"),
            outside_unless_words=bool(a.get("outside_unless_words")),
            wish_labels=tuple(a.get("wish_labels") or ()),
            requirements=tuple(a.get("requirements") or ()),
            first_need=bool(a.get("first_need")),
            age_first=bool(a.get("age_first")),
            reason=a.get("reason"),
        )
        for a in settings()["audiences"]
    )


@lru_cache(maxsize=100_000)
def listing_audiences(name: str, description: str) -> tuple[Audience, ...]:
    """The audiences a listing addresses. When its name names one, that is who it is for
    ("Mantelzorgcafé" whose theme this month is rouw is still for caregivers), with those
    the description names as coming along ("voor mensen met dementie en hun naasten");
    otherwise what its description names. Some words name an audience only in a name
    ('title': "Koffiemiddag voor nieuwkomers"); in a description they often mean something
    else ("een korte uitleg voor nieuwkomers" is for whoever comes the first time)."""
    title, text = fold(name), fold(description)
    named = [
        a
        for a in audiences()
        if _names(a.listing, title) or (a.title is not None and a.title.search(title))
    ]
    along = [a for a in audiences() if a.companion is not None and a.companion.search(text)]
    if named:
        return tuple(dict.fromkeys(named + along))
    return tuple(dict.fromkeys([a for a in audiences() if _names(a.listing, text)] + along))


def _names(pattern: re.Pattern, text: str) -> bool:
    """The text names the audience: one of its words, not as a statement about access
    ("ook vanuit een rolstoel te bereiken" is for everyone; "niet geschikt voor rolstoel of
    rollator" is not for wheelchair users)."""
    access = _access_pattern()
    return any(
        not access.search(text, max(0, m.start() - 30), m.start()) for m in pattern.finditer(text)
    )


@cache
def _access_pattern() -> re.Pattern:
    """An access phrase that ends right before an audience's word."""
    phrases = settings().get("access_context") or []
    if not phrases:
        return re.compile("(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in phrases) + r")\s*$")


def audience_fit(
    name: str,
    description: str,
    profile: ClientProfile,
    folded_wishes: str,
    wish_labels: frozenset[str] = frozenset(),
    first_need: bool = False,
    volunteering: bool = False,
) -> tuple[float, tuple[str, ...]]:
    """(score factor, what to tell the coach): × (1 + bonus) with the reasons of the
    client's own audiences ("voor mantelzorgers") when the listing is for one of them,
    × (1 - penalty) when it is only for audiences the client clearly does not belong to,
    else × 1. In volunteer work the audience named is whom the volunteer helps ("voorlezen
    aan peuters", "fietsen opknappen voor nieuwkomers"), not who may join: no penalty; nor
    when the listing says it is open to everyone ("ook voor mensen met dementie")."""
    found = listing_audiences(name, description)
    if not found:
        return 1.0, ()
    relations = [a.relation(profile, folded_wishes, wish_labels, first_need) for a in found]
    return fit_of(found, relations, volunteering, lambda: open_to_all(description))


def fit_of(
    found: tuple[Audience, ...], relations: list[int], volunteering: bool, welcomes_all
) -> tuple[float, tuple[str, ...]]:
    """``audience_fit`` from the listing's audiences and the client's relation to each
    (``welcomes_all``: a callable or a bool, whether the listing is open to everyone)."""
    if 1 in relations:
        own = (a.reason for a, r in zip(found, relations, strict=True) if r == 1 and a.reason)
        return 1.0 + settings()["match_bonus"], tuple(own)
    if -1 in relations and not volunteering:
        if not (welcomes_all() if callable(welcomes_all) else welcomes_all):
            return 1.0 - settings()["mismatch_penalty"], ()
    return 1.0, ()


@lru_cache(maxsize=100_000)
def open_to_all(description: str) -> bool:
    """The listing welcomes everyone ("iedereen is welkom, ook mensen met dementie")."""
    return bool(_open_pattern().search(fold(description)))


@cache
def _open_pattern() -> re.Pattern:
    """The phrases, unless a qualifier follows: "open voor iedereen met een beperking" is
    for people with a limitation, not for everyone."""
    return _words(settings().get("open_to_all") or ["(?!)"], after=r"\b(?! met\b| die een\b)")
