"""The signals of one (client, listing) pair, computed the same way for every pair.

Each feature is a number in [0, 1] that a coach would name when saying why an activity fits
(or does not): how much the client needs the kind of activity, whether it answers their own
words, whether it is meant for people like them, how near it is, how easy to start. How the
signals combine is learned from graded intakes (matcher/ranker.py, data/ranker.json), not
set by hand.

Two things about a listing are deliberately not signals. Whether its categories were
declared or read from its text: a listing ranks by how it fits, not by how its provider
filled in the form (the reason says "categorie afgeleid uit de beschrijving"). And whether
it was confirmed this year: the card tells the coach ("Al lang niet bevestigd"), but the
graded intakes carry no sign of it, so a learned weight is noise (it came out positive, an
unconfirmed listing ranking higher). Without both, the ranker cross-validates 0.760 -> 0.778
on the training intakes and 0.744 -> 0.761 when each training set is left out in turn.
"""

from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from indexers.analysis import fold
from indexers.base import Hit
from matcher import scoring
from matcher.audience import Audience, fit_of
from matcher.categories import ListingCategories
from matcher.facts import facts
from matcher.needs import Needs
from matcher.profile import ClientProfile
from matcher.wishes import Wishes

FEATURES = (
    "need",  # the client's need (spider web and own words) for the listing's best category
    "need_web",  # the same from the spider web alone
    "need_named",  # the listing is of a kind the client's own words name
    "need_breadth",  # the need for its second category: an activity that serves two needs
    "words",  # word relevance (Dutch BM25 over the wishes and their expansions), in [0, 1]
    "meaning",  # meaning (multilingual embedding of the wishes against the listing)
    "words_best",  # word relevance as a share of the best among this client's candidates
    "words_rank",  # 1 / (1 + its place when the candidates are ordered by word relevance)
    "meaning_best",  # meaning as a share of the best among this client's candidates
    "meaning_rank",  # 1 / (1 + its place in the order by meaning)
    "wish_term",  # the listing names a wellbeing term the client used (eenzaam -> ontmoeten)
    "wish_specific",  # ... a concrete one ("vroeger zong ik" -> a choir)
    "audience_own",  # meant for an audience the client belongs to by their words or needs
    "audience_age",  # meant for an age group the client is in, and that is all (ouderen)
    "audience_other",  # meant only for audiences the client clearly does not belong to
    "audience_unknown",  # meant for a group the client may or may not be in (vrouwen, geloof)
    "age_group",  # meant for an age group (55+, 16-27) and the client is in it
    "near",  # distance decay within the radius, exp(-d / (radius / 2)); 0 for remote
    "remote",  # online or at home
    "low_threshold",  # walk-in, come alone, buddy, plain language, × the need for them
    "fixed_time",  # a fixed start time rather than "in overleg"
    "free",
    "first_need_help",  # practical help for a client whose first need it is
    "role_asked",  # a volunteer role, and the client's words say they want to give or do
    "role_unasked",  # a volunteer role, though the client did not say they want one
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
_NEED = INDEX["need"]
_NEED_BREADTH = INDEX["need_breadth"]
_NEED_WEB = INDEX["need_web"]
_NEED_NAMED = INDEX["need_named"]
_WORDS = INDEX["words"]
_MEANING = INDEX["meaning"]
_WISH_TERM = INDEX["wish_term"]
_WISH_SPECIFIC = INDEX["wish_specific"]
_AUDIENCE_OWN = INDEX["audience_own"]
_AUDIENCE_AGE = INDEX["audience_age"]
_AUDIENCE_OTHER = INDEX["audience_other"]
_AUDIENCE_UNKNOWN = INDEX["audience_unknown"]
_AGE_GROUP = INDEX["age_group"]
_REMOTE = INDEX["remote"]
_NEAR = INDEX["near"]
_LOW_THRESHOLD = INDEX["low_threshold"]
_FIXED_TIME = INDEX["fixed_time"]
_FREE = INDEX["free"]
_FIRST_NEED_HELP = INDEX["first_need_help"]
_ROLE_ASKED = INDEX["role_asked"]
_ROLE_UNASKED = INDEX["role_unasked"]
# the wish labels (data/wish_terms.json) that say the client wants to give time or work
GIVING_LABELS = frozenset({"iets betekenen voor een ander"})
MIN_CATEGORY_FIT = 0.3  # a result must serve a needed category ...
MIN_WISH_FIT = 0.5  # ... or answer the client's own words
MIN_NAMED_FIT = 0.6  # ... or be the kind their words name first (data/wish_terms.json)


@dataclass(frozen=True)
class Context:
    """What is computed once per match and read for every candidate."""

    profile: ClientProfile
    needs: Needs
    wishes: Wishes
    folded_wishes: str
    wish_labels: frozenset[str]
    wish_categories: dict[str, float]
    low_threshold_need: float
    cosine_full: float
    today: date = field(default_factory=date.today)
    _by_categories: dict = field(default_factory=dict, compare=False)
    _relations: dict = field(default_factory=dict, compare=False)

    def relation(self, audience: Audience) -> int:
        """The client's relation to an audience (+1, 0, -1), worked out once per match."""
        cache = self._relations
        if audience.name not in cache:
            cache[audience.name] = audience.relation(
                self.profile, self.folded_wishes, self.wish_labels, self.needs.first_need
            )
        return cache[audience.name]

    def by_age_only(self, audience: Audience) -> bool:
        """The client belongs to the audience by their age alone (a 70-year-old and a
        listing for ouderen), not by what they said or need."""
        key = ("age", audience.name)
        cache = self._relations
        if key not in cache:
            ageless = replace(self.profile, age=None)
            cache[key] = (
                self.relation(audience) == 1
                and audience.relation(
                    ageless, self.folded_wishes, self.wish_labels, self.needs.first_need
                )
                != 1
            )
        return cache[key]

    def by_categories(self, categories: tuple[str, ...]) -> tuple[str, float, float, float, float]:
        """(best category, its need, the next one's, need from the spider web alone, what the
        words name): the same for every listing with these categories, so worked out once."""
        cache = self._by_categories
        if categories not in cache:
            need_of = self.needs.categories
            best = max(categories, key=lambda c: need_of.get(c, 0.0))
            cache[categories] = (
                best,
                need_of.get(best, 0.0),
                max((need_of.get(c, 0.0) for c in categories if c != best), default=0.0),
                max((self.needs.from_web.get(c, 0.0) for c in categories), default=0.0),
                max((self.wish_categories.get(c, 0.0) for c in categories), default=0.0),
            )
        return cache[categories]

    @classmethod
    def of(cls, profile: ClientProfile, needs: Needs, wishes: Wishes, cosine_full: float):
        dims = needs.dimensions
        low = max(dims.get("mental_wellbeing", 0), dims.get("participation", 0))
        return cls(
            profile,
            needs,
            wishes,
            fold(wishes.text),
            frozenset(t.label for t in wishes.found),
            wishes.category_weights(),
            low,
            cosine_full,
        )


@dataclass
class Candidate:
    """A listing with its features and what the explanation needs."""

    hit: Hit
    categories: ListingCategories
    best: str  # the category that answers the client's need best
    web_fit: float  # need from the spider web alone: decides, with the wish, whether it fits
    wish: float  # the client's words: word relevance and meaning (0 without words)
    audiences: tuple[str, ...]  # the client's own audiences the listing is for ("voor ouderen")
    features: np.ndarray  # one row of the candidates' matrix (a list until it is made)

    @property
    def inferred(self) -> bool:
        return self.categories.is_inferred(self.best)

    @property
    def fits(self) -> bool:
        """It serves a need the spider web shows, answers the client's own words, or is the
        kind of activity those words name first (a mother who wants "tips" and "andere
        moeders spreken" is looking for parenting support, whatever her scores)."""
        return (
            self.web_fit >= MIN_CATEGORY_FIT
            or self.wish >= MIN_WISH_FIT
            or self.features[INDEX["need_named"]] >= MIN_NAMED_FIT
        )


def listing_text(doc: dict) -> str:
    return " ".join([doc.get("name", ""), doc.get("description", "")])


def candidate(hit: Hit, ctx: Context) -> Candidate:
    """One candidate's features (a list here; ``candidates`` makes the matrix)."""
    f = facts(hit, ctx.today)
    profile, needs, wishes = ctx.profile, ctx.needs, ctx.wishes
    cats = f.categories
    best, need, breadth, web_fit, named = ctx.by_categories(cats.categories)
    x = [0.0] * len(FEATURES)
    x[_NEED], x[_NEED_BREADTH], x[_NEED_WEB], x[_NEED_NAMED] = need, breadth, web_fit, named
    wish = 0.0
    if wishes.text:
        x[_WORDS] = hit.text_score
        x[_MEANING] = min(1.0, max(0.0, hit.vector_score) / ctx.cosine_full)
        wish = scoring.wish_fit(hit.text_score, hit.vector_score, ctx.cosine_full)
        # a listing that names a term's words matches the searched words (text_score > 0)
        if wishes.found and hit.text_score > 0:
            answered = wishes.answered_in(f.answers)
            x[_WISH_TERM] = 1.0 if answered else 0.0
            if any(t.specific for t in answered):
                x[_WISH_SPECIFIC] = 1.0
                wish = scoring.specific_wish_fit(wish)
    factor, audiences = 1.0, ()
    volunteering = f.volunteer_role  # a role the client takes on, not help volunteers give
    if f.audiences:
        relations = [ctx.relation(a) for a in f.audiences]
        factor, audiences = fit_of(f.audiences, relations, volunteering, f.open_to_all)
        if not any(relations) and not volunteering and not f.open_to_all:
            x[_AUDIENCE_UNKNOWN] = 1.0
    if factor > 1:
        own = [a for a, r in zip(f.audiences, relations, strict=True) if r == 1]
        x[_AUDIENCE_AGE if all(ctx.by_age_only(a) for a in own) else _AUDIENCE_OWN] = 1.0
    x[_AUDIENCE_OTHER] = 1.0 if factor < 1 else 0.0
    if profile.age is not None and f.has_age_range:
        x[_AGE_GROUP] = 1.0  # the hard requirements let only clients in the range by
    if hit.distance_km is None:
        x[_REMOTE] = 1.0
    else:
        x[_NEAR] = scoring.distance_fit(hit.distance_km, profile.max_distance_km, 0.0)
    x[_LOW_THRESHOLD] = f.low_threshold * (0.5 + ctx.low_threshold_need)
    x[_FIXED_TIME] = 1.0 if f.fixed_time else 0.0
    x[_FREE] = 1.0 if f.free else 0.0
    x[_FIRST_NEED_HELP] = 1.0 if needs.first_need and "other" in cats.categories else 0.0
    if volunteering:
        x[_ROLE_ASKED if ctx.wish_labels & GIVING_LABELS else _ROLE_UNASKED] = 1.0
    return Candidate(hit, cats, best, web_fit, wish, audiences, x)


def candidates(hits: list[Hit], ctx: Context) -> list[Candidate]:
    """The candidates with their features; the relative ones compare each candidate with
    the others of this client (how well the words fit varies from one intake to the next,
    which of the listings fits them best does not)."""
    found = [candidate(h, ctx) for h in hits]
    if found:
        x = np.array([c.features for c in found])
        for raw, best, rank in (
            ("words", "words_best", "words_rank"),
            ("meaning", "meaning_best", "meaning_rank"),
        ):
            values = x[:, INDEX[raw]]
            top = values.max()
            if top > 0:
                x[:, INDEX[best]] = values / top
                places = np.argsort(np.argsort(-values, kind="stable"), kind="stable")
                x[:, INDEX[rank]] = 1.0 / (1.0 + places)
        for c, row in zip(found, x, strict=True):
            c.features = row
    return found
