"""Matching: from a client profile to ranked, explained, safe and varied recommendations.

1. needs: spider web + focus + the client's words -> weights over the categories;
2. candidates: every active listing that meets every hard requirement (the search backend
   filters; ``violations`` checks again);
3. score each fitting candidate (scoring.py), diversify the top (variety), explain (explain.py);
4. nothing fits: near-misses within twice the radius with what would have to give, and the
   requirements whose relaxation alone would have produced a fit (for the coverage report).
"""

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from indexers.base import Hit, Prior, SearchBackend, SearchQuery
from matcher import explain, scoring
from matcher.audience import settings as audience_settings
from matcher.facts import Requirements, facts
from matcher.features import INDEX, Candidate, Context, candidates, listing_text
from matcher.needs import Needs, compute_needs, load_settings
from matcher.profile import ClientProfile
from matcher.ranker import Ranker, load_ranker
from matcher.requirements import violations
from matcher.vocab import ACCESSIBILITY
from matcher.wishes import Wishes, read_wishes

MAX_CANDIDATES = 5000
_AUDIENCE_OTHER = INDEX["audience_other"]
SHORTLIST = 400  # candidates scored in full
INFERRED_SHORTLIST = 100  # listings not filed under a needed category whose text is read for it
# binding requirements in the order a coach states them; the radius is always set, so last
BINDING_ORDER = (*ACCESSIBILITY, "free", "cost", "language", "days", "part_of_day", "delivery")
BINDING_ORDER += ("age", "distance")


@dataclass
class Recommendation:
    activity: dict
    score: float
    distance_km: float | None
    dimensions: list[str]
    reasons: list[str]
    category: str | None


@dataclass
class NearMiss:
    activity: dict
    score: float
    distance_km: float | None
    gives: list[str]
    constraints: list[str]


@dataclass
class MatchResult:
    results: list[Recommendation]
    alternatives: list[NearMiss]
    needs: Needs
    wishes: Wishes
    binding: list[str] = field(default_factory=list)  # when uncovered or first need unserved
    first_need: str | None = None  # the category the client needs most
    first_need_served: bool = True  # a fitting activity of that category was found

    @property
    def covered(self) -> bool:
        return bool(self.results)


@dataclass
class _Scored:
    candidate: Candidate
    score: float

    @property
    def hit(self) -> Hit:
        return self.candidate.hit

    @property
    def categories(self) -> list[str]:
        return list(self.candidate.categories.categories)


def _query(profile: ClientProfile, text: str | None, relaxed: bool = False) -> SearchQuery:
    """Words with the vocabulary's expansions for BM25; the client's own words for meaning."""
    req = profile.requirements
    semantic = profile.wishes or None
    if relaxed:
        return SearchQuery(
            text=text,
            semantic_text=semantic,
            latitude=profile.latitude,
            longitude=profile.longitude,
            radius_km=2 * profile.max_distance_km,
            text_required=False,
            limit=MAX_CANDIDATES,
        )
    return SearchQuery(
        text=text,
        semantic_text=semantic,
        latitude=profile.latitude,
        longitude=profile.longitude,
        radius_km=profile.max_distance_km,
        accessibility=list(req.accessibility),
        free_only=req.free_only,
        max_cost_per_month=req.max_cost_eur_per_month,
        days=list(req.days),
        parts_of_day=list(req.parts_of_day),
        languages=list(req.languages),
        age=profile.age,
        delivery=list(req.delivery),
        text_required=False,
        limit=MAX_CANDIDATES,
    )


def _candidates(hits: list[Hit], needs: Needs, wishes: Wishes, profile, settings) -> list:
    """Features per candidate (features.py)."""
    ctx = Context.of(profile, needs, wishes, settings["score"]["cosine_full"])
    return candidates(hits, ctx)


def _score(found: list[Candidate], ranker: Ranker) -> list[_Scored]:
    """The candidates combined by the learned ranker (ranker.py), best first."""
    if not found:
        return []
    scores = ranker.score(np.vstack([c.features for c in found]))
    # a full activity or one with a waiting list sinks (no capacity stated: factor 1)
    today = date.today()
    scores = scores * np.array([facts(c.hit, today).capacity_factor for c in found])
    # meant for an audience the client clearly is not in: a coach would not send them
    other = np.array([c.features[_AUDIENCE_OTHER] for c in found]) > 0
    scores = scores * np.where(other, 1.0 - audience_settings()["mismatch_penalty"], 1.0)
    out = [_Scored(c, float(v)) for c, v in zip(found, scores, strict=True)]
    out.sort(key=lambda s: -s.score)
    return out


def _inputs(profile: ClientProfile, settings: dict) -> tuple[Wishes, Needs, str | None]:
    """The client's words read, their needs weighed, and the text to search."""
    wishes = read_wishes(profile.wishes)
    needs = compute_needs(
        profile.spider_web, profile.focus, wishes.category_weights(), wishes.money_worries, settings
    )
    return wishes, needs, wishes.search_text or None


def _prior(needs: Needs, profile: ClientProfile, settings: dict, size: int = SHORTLIST) -> Prior:
    """The candidates worth full scoring: in a dense region thousands pass the filters; a
    cheap prior (category need, words, distance) keeps the best ``size``."""
    w = settings["score"]
    return Prior(
        size=size,
        category_weights=needs.categories,
        w_category=w["category"],
        w_words=w["wish"],
        w_distance=w["distance"],
        cosine_full=w["cosine_full"],
        distance_scale=max(0.5, profile.max_distance_km / 2),  # as scoring.distance_fit
        remote=w["remote_distance_fit"],
    )


def match(
    profile: ClientProfile,
    backend: SearchBackend,
    settings: dict | None = None,
    ranker: Ranker | None = None,
) -> MatchResult:
    settings = settings or load_settings()
    ranker = ranker or load_ranker()
    wishes, needs, text = _inputs(profile, settings)
    scored = _score(_fitting(profile, backend, needs, wishes, text, settings), ranker)
    variety = settings["variety"]
    pool = scored[: max(profile.limit, variety["window"]) * 3]  # what diversify looks at
    picked = scoring.diversify(
        [(s.score, s.categories, s) for s in pool],
        profile.limit,
        variety["penalty"],
        variety["window"],
        variety["quota"],
        variety.get("max_gap", 1.0),
    )
    results = []
    for _, _, s in picked:
        c = s.candidate
        doc = c.hit.document
        labels = wishes.labels_for(listing_text(doc))
        results.append(
            Recommendation(
                activity=doc,
                score=round(s.score, 4),
                distance_km=c.hit.distance_km,
                dimensions=explain.answered_dimensions(s.categories, needs, profile),
                reasons=explain.reasons(
                    doc,
                    c.hit.distance_km,
                    c.best,
                    labels,
                    c.wish,
                    needs,
                    profile,
                    c.audiences,
                    categories=s.categories,
                    inferred=c.inferred,
                ),
                category=c.best,
            )
        )
    result = MatchResult(results, [], needs, wishes)
    top = needs.top_categories(1)
    result.first_need = top[0] if top else None
    result.first_need_served = result.first_need is None or any(
        result.first_need in s.candidate.categories.categories for s in scored
    )
    if not results:
        result.alternatives, result.binding = near_misses(
            profile, backend, needs, wishes, text, settings, ranker=ranker
        )
    elif not result.first_need_served:
        # covered, but not in the category the client needs most: what made the difference
        _, result.binding = near_misses(
            profile,
            backend,
            needs,
            wishes,
            text,
            settings,
            category=result.first_need,
            ranker=ranker,
        )
    return result


def fitting_candidates(
    profile: ClientProfile, backend: SearchBackend, settings: dict | None = None
) -> list[Candidate]:
    """Every candidate a match would rank, with its features (for fitting the ranker)."""
    settings = settings or load_settings()
    wishes, needs, text = _inputs(profile, settings)
    return _fitting(profile, backend, needs, wishes, text, settings)


def _fitting(profile, backend, needs, wishes, text, settings) -> list[Candidate]:
    """Every candidate that meets every hard requirement and fits."""
    query = _query(profile, text)
    query.prior = _prior(needs, profile, settings)  # the backend makes the first cut
    hits = backend.search(query).hits
    # the backend filtered already: checked again, from what is kept of each listing
    req, today = Requirements(profile), date.today()
    hits = [h for h in hits if req.passes(facts(h, today), h.distance_km)]
    return [c for c in _candidates(hits, needs, wishes, profile, settings) if c.fits]


def near_misses(
    profile: ClientProfile,
    backend: SearchBackend,
    needs: Needs,
    wishes: Wishes,
    text: str | None,
    settings: dict,
    limit: int = 5,
    category: str | None = None,
    ranker: Ranker | None = None,
) -> tuple[list[NearMiss], list[str]]:
    """Fitting activities that break requirements, fewest first; and the binding constraints:
    each requirement whose relaxation alone would give a fit (``none_single`` if none), with
    distance relaxed up to twice the radius. With ``category`` (the client's first need,
    unserved): the activities of that category (as matching reads it: declared, or from the
    text), each of which answers that need."""
    ranker = ranker or load_ranker()
    prior = _prior(needs, profile, settings)
    query = _query(profile, text, relaxed=True)
    query.prior = prior  # the backend makes the first cut
    if category:
        # filed under it (no document to read), or read from the text among the ones the
        # client's words reach best; both cut by the backend, not over thousands of hits
        query.categories = [category]
        filed = backend.search(query).hits
        query = _query(profile, text, relaxed=True)
        query.exclude_categories = [category]
        query.prior = Prior.words(INFERRED_SHORTLIST)
        others = sorted(  # best reached first, as the backend's cut orders them
            backend.search(query).hits, key=lambda h: h.text_score + h.vector_score, reverse=True
        )
        today = date.today()  # as matching reads it: from its facts, kept per listing
        hits = filed + [h for h in others if category in facts(h, today).categories.categories]
    else:
        hits = backend.search(query).hits
    hits = prior.apply(hits)
    # in the category the client needs most, every listing answers that need
    found = [c for c in _candidates(hits, needs, wishes, profile, settings) if category or c.fits]
    scored = _score(found, ranker)
    misses = []
    binding = []
    for s in scored:
        v = violations(s.hit.document, profile, s.hit.distance_km)
        if not v:
            continue  # cannot happen unless the index changed meanwhile
        constraints = list(dict.fromkeys(x.constraint for x in v))
        if len(constraints) == 1 and constraints[0] not in binding:
            binding.append(constraints[0])
        misses.append(
            NearMiss(
                s.hit.document,
                round(s.score, 4),
                s.hit.distance_km,
                [x.gives for x in v],
                constraints,
            )
        )
    misses.sort(key=lambda m: (len(m.constraints), -m.score))
    binding.sort(key=BINDING_ORDER.index)
    return misses[:limit], binding or ["none_single"]
