"""The signals of one (client, listing) pair, computed the same way for every pair.

Each feature is a number in [0, 1] that a coach would name when saying why an activity fits
(or does not): how much the client needs the kind of activity, whether it answers their own
words, whether it is meant for people like them, how near it is, how easy to start. How the
signals combine is learned from graded intakes (matcher/ranker.py, data/ranker.json), not
set by hand.
"""

from dataclasses import dataclass

import numpy as np

from indexers.analysis import fold
from indexers.base import Hit
from matcher import activity as act
from matcher import scoring
from matcher.audience import audience_fit
from matcher.categories import ListingCategories, listing_categories
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
    "wish_term",  # the listing names a wellbeing term the client used (eenzaam -> ontmoeten)
    "wish_specific",  # ... a concrete one ("vroeger zong ik" -> a choir)
    "audience_own",  # meant for an audience the client belongs to (mantelzorgers, ouderen)
    "audience_other",  # meant only for audiences the client clearly does not belong to
    "near",  # distance decay within the radius, exp(-d / (radius / 2)); 0 for remote
    "remote",  # online or at home
    "low_threshold",  # walk-in, come alone, buddy, plain language, × the need for them
    "stale",  # not confirmed by the provider for over a year
    "fixed_time",  # a fixed start time rather than "in overleg"
    "free",
    "first_need_help",  # practical help for a client whose first need it is
    "inferred",  # its best category was read from its text, not declared
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


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
    features: np.ndarray

    @property
    def inferred(self) -> bool:
        return self.categories.is_inferred(self.best)


def listing_text(doc: dict) -> str:
    return " ".join([doc.get("name", ""), doc.get("description", "")])


def candidate(hit: Hit, ctx: Context) -> Candidate:
    doc = hit.document
    profile, needs, wishes = ctx.profile, ctx.needs, ctx.wishes
    cats = listing_categories(doc)
    ranked = sorted(cats.categories, key=lambda c: -needs.categories.get(c, 0.0))
    best = ranked[0]
    x = np.zeros(len(FEATURES))
    x[INDEX["need"]] = needs.categories.get(best, 0.0)
    web_fit = max((needs.from_web.get(c, 0.0) for c in cats.categories), default=0.0)
    x[INDEX["need_web"]] = web_fit
    named = (ctx.wish_categories.get(c, 0.0) for c in cats.categories)
    x[INDEX["need_named"]] = max(named, default=0.0)
    x[INDEX["need_breadth"]] = needs.categories.get(ranked[1], 0.0) if len(ranked) > 1 else 0.0
    wish = 0.0
    if wishes.text:
        meaning = min(1.0, max(0.0, hit.vector_score) / ctx.cosine_full)
        x[INDEX["words"]] = hit.text_score
        x[INDEX["meaning"]] = meaning
        wish = scoring.wish_fit(hit.text_score, hit.vector_score, ctx.cosine_full)
        if wishes.found:
            answered = wishes.answered_by(listing_text(doc))
            x[INDEX["wish_term"]] = 1.0 if answered else 0.0
            if hit.text_score > 0 and any(t.specific for t in answered):
                x[INDEX["wish_specific"]] = 1.0
                wish = scoring.specific_wish_fit(wish)
    factor, audiences = audience_fit(
        doc.get("name", ""),
        doc.get("description", ""),
        profile,
        ctx.folded_wishes,
        ctx.wish_labels,
        needs.first_need,
        "volunteering" in cats.categories,
    )
    x[INDEX["audience_own"]] = 1.0 if factor > 1 else 0.0
    x[INDEX["audience_other"]] = 1.0 if factor < 1 else 0.0
    remote = hit.distance_km is None
    x[INDEX["remote"]] = 1.0 if remote else 0.0
    if not remote:
        x[INDEX["near"]] = scoring.distance_fit(hit.distance_km, profile.max_distance_km, 0.0)
    x[INDEX["low_threshold"]] = scoring.low_threshold_fit(doc.get("features") or []) * (
        0.5 + ctx.low_threshold_need
    )
    x[INDEX["stale"]] = 1.0 if act.is_stale(doc) else 0.0
    x[INDEX["fixed_time"]] = 1.0 if scoring.schedule_fit(doc) == 1.0 else 0.0
    x[INDEX["free"]] = 1.0 if act.is_free(doc) else 0.0
    x[INDEX["first_need_help"]] = 1.0 if needs.first_need and "other" in cats.categories else 0.0
    x[INDEX["inferred"]] = 1.0 if cats.is_inferred(best) else 0.0
    return Candidate(hit, cats, best, web_fit, wish, audiences, x)


def candidates(hits: list[Hit], ctx: Context) -> list[Candidate]:
    return [candidate(h, ctx) for h in hits]
