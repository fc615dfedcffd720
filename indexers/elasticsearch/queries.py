"""Searches as data: every filter, the hybrid ``script_score``, sorts, kNN; a hit's scores.

The bodies are plain dicts, testable without a cluster; how the scores are made is in the
package docstring (``indexers.elasticsearch``).
"""

import math
from collections import Counter
from datetime import date

import numpy as np

from indexers.base import Hit, SearchQuery
from indexers.elasticsearch.documents import decode_vector, slot_token
from matcher import activity as act
from matcher.places import distances_km
from matcher.vocab import DAYS, PARTS_OF_DAY

NEAR_KM = 5.0  # exp(-km / 5): the embedded backend's distance decay
MISSING_NEAR = 0.5  # the decay of a listing without coordinates
SCORE_FLOOR = 1e-9  # kept listings score at least this; min_score drops those at 0
KNN_CANDIDATES = 100

# The hybrid score of one listing (see the package docstring); params come from search().
HYBRID_SCRIPT = """
double t = params.ideal > 0 ? Math.min(_score / params.ideal, 1.0) : 0.0;
double c = 0.0;
if (params.containsKey('query_vector') && doc['embedding'].size() > 0) {
  c = cosineSimilarity(params.query_vector, 'embedding');
}
if (params.required && t <= 0.0 && c < params.threshold) {
  return 0.0;
}
double s = params.text_weight * t
    + (1.0 - params.text_weight) * Math.max(0.0, Math.min(c / params.top_cosine, 1.0));
if (params.containsKey('origin')) {
  double near = doc['location'].size() == 0 ? params.missing_near
      : decayGeoExp(params.origin, params.scale, params.offset, params.decay,
                    doc['location'].value);
  s = s * (0.8 + 0.2 * near);
}
return Math.max(s, params.floor);
""".strip()


def slot_tokens(days: list[str], parts: list[str]) -> list[str]:
    """The ``DAY_part`` tokens a client's wishes accept (every day or part when unstated)."""
    return [slot_token(d, p) for d in days or DAYS for p in parts or PARTS_OF_DAY]


def filter_clauses(q: SearchQuery, today: date | None = None) -> list[dict]:
    """Every filter of the query as one bool ``filter`` list (the embedded ``filter_mask``)."""
    today = today or date.today()
    out: list[dict] = []
    if q.active_only:
        out.append({"term": {"status": "active"}})
    if q.organization_id:
        out.append({"term": {"organization_id": q.organization_id}})
    if q.capacity:
        out.append({"terms": {"capacity": list(q.capacity)}})
    if q.categories:
        out.append({"terms": {"categories": list(q.categories)}})
    if q.exclude_categories:
        out.append({"bool": {"must_not": [{"terms": {"categories": list(q.exclude_categories)}}]}})
    if q.accessibility:  # the venue's: online and at-home activities pass
        out.append(
            {
                "bool": {
                    "should": [
                        {"term": {"in_person": False}},
                        {
                            "bool": {
                                "filter": [{"term": {"accessibility": a}} for a in q.accessibility]
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            }
        )
    for code in q.features:
        out.append({"term": {"features": code}})
    if q.free_only:
        out.append({"term": {"monthly_cost": 0}})
    if q.max_cost_per_month is not None:
        out.append({"range": {"monthly_cost": {"lte": q.max_cost_per_month + 1e-9}}})
    if q.days or q.parts_of_day:
        current = {
            "bool": {
                "should": [
                    {"bool": {"must_not": [{"exists": {"field": "schedules.valid_to"}}]}},
                    {"range": {"schedules.valid_to": {"gte": today.isoformat()}}},
                ],
                "minimum_should_match": 1,
            }
        }
        in_slot = {"terms": {"schedules.slots": slot_tokens(q.days, q.parts_of_day)}}
        out.append(
            {
                "bool": {
                    "should": [
                        {"term": {"has_schedule": False}},
                        {
                            "nested": {
                                "path": "schedules",
                                "query": {"bool": {"filter": [in_slot, current]}},
                            }
                        },
                    ],
                    "minimum_should_match": 1,
                }
            }
        )
    if q.languages:
        out.append({"terms": {"languages": list(q.languages)}})
    if q.age is not None:
        out.append({"range": {"min_age": {"lte": q.age}}})
        out.append({"range": {"max_age": {"gte": q.age}}})
    if q.delivery:
        out.append({"terms": {"delivery": list(q.delivery)}})
    if q.radius_km is not None and has_origin(q):
        near = {
            "bool": {
                "filter": [
                    {"term": {"in_person": True}},
                    {
                        "geo_distance": {
                            "distance": f"{q.radius_km}km",
                            "location": {"lat": q.latitude, "lon": q.longitude},
                        }
                    },
                ]
            }
        }
        if q.remote_ignores_radius:
            near = {
                "bool": {
                    "should": [near, {"term": {"in_person": False}}],
                    "minimum_should_match": 1,
                }
            }
        out.append(near)
    return out


def has_origin(q: SearchQuery) -> bool:
    return q.latitude is not None and q.longitude is not None


def query_words(text: str) -> list[tuple[str, int]]:
    """The query's words with how often each occurs (a repeated word counts repeatedly)."""
    return list(Counter(w.lower() for w in (text or "").split()).items())


def word_query(word: str, count: int = 1) -> dict:
    match = {"query": word}
    if count > 1:
        match["boost"] = count
    return {"match": {"text": match}}


def text_query(text: str) -> dict:
    """All words, summed (bool ``should``); named so each hit reports its text score."""
    should = [word_query(w, n) for w, n in query_words(text)]
    return {"bool": {"should": should, "minimum_should_match": 1, "_name": "text"}}


def ceiling_search(word: str) -> dict:
    """The best score one word reaches anywhere in the index."""
    return {"size": 1, "_source": False, "track_total_hits": False, "query": word_query(word)}


def top_cosine_search(query_vector: list[float], filters: list[dict]) -> dict:
    """The listing nearest the query vector among those passing ``filters`` (kNN, k=1)."""
    knn = {"field": "embedding", "query_vector": query_vector, "k": 1}
    knn["num_candidates"] = KNN_CANDIDATES
    if filters:
        knn["filter"] = filters
    return {"size": 1, "_source": False, "track_total_hits": False, "knn": knn}


def geo_sort(q: SearchQuery) -> dict:
    return {
        "_geo_distance": {
            "location": {"lat": q.latitude, "lon": q.longitude},
            "order": "asc",
            "unit": "km",
            "distance_type": "arc",
        }
    }


def sort_clause(q: SearchQuery) -> list:
    """The embedded backend's orders: name; distance then name; score then distance."""
    geo = [geo_sort(q)] if has_origin(q) else []
    if q.sort == "name":
        return [{"name_sort": "asc"}, {"id": "asc"}]
    if q.sort == "distance" or not q.text:
        return [*geo, {"name_sort": "asc"}, {"id": "asc"}]
    return [{"_score": "desc"}, *geo, {"id": "asc"}]


def hybrid_params(
    q: SearchQuery,
    ideal: float,
    query_vector: list[float] | None,
    top_cosine: float,
    text_weight: float,
    threshold: float,
) -> dict:
    params = {
        "ideal": ideal,
        "required": bool(q.text_required),
        "threshold": threshold,
        "text_weight": text_weight,
        "top_cosine": top_cosine if top_cosine > 0 else 1.0,
        "floor": SCORE_FLOOR,
    }
    if query_vector is not None:
        params["query_vector"] = query_vector
    if has_origin(q):
        params.update(
            origin=f"{q.latitude},{q.longitude}",
            scale=f"{NEAR_KM}km",
            offset="0km",
            decay=math.exp(-1.0),
            missing_near=MISSING_NEAR,
        )
    return params


def search_body(
    q: SearchQuery,
    filters: list[dict],
    params: dict | None = None,
    with_vectors: bool = False,
) -> dict:
    """The main request: filters only without text; the hybrid ``script_score`` with it."""
    if q.text and params is not None:
        inner = {"bool": {"filter": filters, "should": [text_query(q.text)]}}
        script_score = {
            "query": inner,
            "script": {"source": HYBRID_SCRIPT, "params": params},
        }
        if q.text_required:
            script_score["min_score"] = SCORE_FLOOR
        query = {"script_score": script_score}
    else:
        query = {"bool": {"filter": filters}} if filters else {"match_all": {}}
    body = {
        "query": query,
        "sort": sort_clause(q),
        "from": q.offset,
        "size": q.limit,
        "track_total_hits": True,
        "_source": {"excludes": ["embedding"] if with_vectors else ["embedding", "vector"]},
    }
    if q.text and params is not None:
        body["track_scores"] = True  # scores also when sorted by distance or name
    return body


def _no_text_score(distance: float | None, with_origin: bool) -> float:
    if not with_origin:
        return 1.0
    return MISSING_NEAR if distance is None else math.exp(-distance / NEAR_KM)


def read_hit(raw: dict, q: SearchQuery, qv: np.ndarray | None, ideal: float) -> Hit:
    """One hit of the main request with the scores the embedded backend gives."""
    src = raw.get("_source") or {}
    doc = src.get("document") or {}
    distance = None
    coords = act.coordinates(doc)
    if has_origin(q) and coords:
        lat, lon = np.array([coords[0]]), np.array([coords[1]])
        distance = float(distances_km(q.latitude, q.longitude, lat, lon)[0])
    text_score = cosine = 0.0
    if q.text:
        named = raw.get("matched_queries") or {}
        raw_text = named.get("text", 0.0) if isinstance(named, dict) else 0.0
        text_score = min(max(float(raw_text) / ideal, 0.0), 1.0)
        if qv is not None and src.get("vector"):
            v = decode_vector(src["vector"])
            if v.shape == qv.shape:
                cosine = float(v @ qv)
        score = float(raw.get("_score") or 0.0)
        score = 0.0 if score <= SCORE_FLOOR else min(score, 1.0)
    else:
        score = _no_text_score(distance, has_origin(q))
    return Hit(
        id=raw["_id"],
        document=doc,
        score=score,
        text_score=text_score,
        vector_score=cosine,
        distance_km=distance,
    )
