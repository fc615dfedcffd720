"""Duplicate listings: found when a listing is created or imported, decided by the admin.

Candidates come from the search index (the listing's name as text, its own text for meaning,
near its venue), the evidence from ``matcher.duplicates``. The admin keeps both (a confirmed
duplicate: both stay, searches show the kept one), merges (the other's facts fill the kept
one's gaps, the other is removed, and a later import of its id updates the kept one) or
dismisses (not the same activity; never flagged again).
"""

import json
import uuid
from datetime import UTC

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from api import services
from api.store import now
from api.upkeep.tables import duplicate_pairs, merged_ids
from indexers.base import SearchQuery
from matcher import activity as act
from matcher.duplicates import evidence

ACTIONS = ("keep_both", "merge", "dismiss")
STATUS_OF = {"keep_both": "kept", "merge": "merged", "dismiss": "dismissed"}
CANDIDATES = 8
NEAR_KM = 2.0
DETECT_PER_IMPORT = 200  # an import with more new listings: `socialmap duplicates scan`
# filled from the other listing when the kept one lacks them, on merge
FILLABLE = (
    "description",
    "accessibility",
    "accessibility_notes",
    "features",
    "url",
    "email",
    "schedules",
    "costs",
    "fees_description",
    "min_age",
    "max_age",
    "application_process",
    "eligibility_description",
    "capacity",
)


class PairNotFound(LookupError):
    pass


class PairClosed(ValueError):
    """Decided already, or one of its listings is gone."""


def _row(row) -> dict:
    out = dict(row._mapping)
    out["evidence"] = json.loads(out["evidence"])
    for key in ("created_at", "decided_at"):
        value = out[key]
        if value is not None and value.tzinfo is None:  # SQLite keeps no zone: it is UTC
            out[key] = value.replace(tzinfo=UTC)
    return out


def candidates(doc: dict) -> list[tuple[dict, float | None]]:
    """Listings that may be this one: (document, meaning) pairs, itself excluded."""
    backend = services.get().backend
    coords = act.coordinates(doc)
    query = SearchQuery(
        text=doc.get("name") or "",
        semantic_text=act.search_text(doc),
        latitude=coords[0] if coords else None,
        longitude=coords[1] if coords else None,
        radius_km=NEAR_KM if coords else None,
        limit=CANDIDATES + 1,
    )
    vectors = backend.embedder is not None
    out = []
    for hit in backend.search(query).hits:
        if hit.id != doc["id"]:
            out.append((hit.document, hit.vector_score if vectors else None))
    return out[:CANDIDATES]


def detect(docs: list[dict]) -> list[dict]:
    """Flag likely duplicates of these (new or changed) listings; returns the new pairs."""
    found = []
    for doc in docs:
        for other, meaning in candidates(doc):
            ev = evidence(doc, other, meaning)
            if not ev.likely:
                continue
            pair = _flag(doc, other, ev.as_dict())
            if pair:
                found.append(pair)
    return found


def _flag(doc: dict, other: dict, ev: dict) -> dict | None:
    a, b = sorted((doc["id"], other["id"]))
    engine = services.get().store.engine
    pair_id = str(uuid.uuid4())
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(duplicate_pairs).values(
                    id=pair_id,
                    a_id=a,
                    b_id=b,
                    score=ev["score"],
                    evidence=json.dumps(ev),
                    status="open",
                    created_at=now(),
                )
            )
    except IntegrityError:  # known already (open or decided): never flagged twice
        return None
    return {
        "id": pair_id,
        "listing": doc["id"],
        "of": other["id"],
        "name": other.get("name"),
        "score": ev["score"],
    }


def get(pair_id: str) -> dict | None:
    with services.get().store.engine.connect() as conn:
        row = conn.execute(select(duplicate_pairs).where(duplicate_pairs.c.id == pair_id)).first()
    return _row(row) if row else None


def pairs(status: str = "open", page: int = 1, per_page: int = 50) -> tuple[list[dict], int]:
    q = select(duplicate_pairs)
    if status != "all":
        q = q.where(duplicate_pairs.c.status == status)
    with services.get().store.engine.connect() as conn:
        rows = [_row(r) for r in conn.execute(q.order_by(duplicate_pairs.c.score.desc()))]
    return rows[(page - 1) * per_page : page * per_page], len(rows)


def merged_into(activity_id: str) -> str | None:
    with services.get().store.engine.connect() as conn:
        return conn.execute(
            select(merged_ids.c.into_id).where(merged_ids.c.id == activity_id)
        ).scalar()


def merged_map() -> dict[str, str]:
    """Every merged-away id with the listing it lives on in (read once per import)."""
    with services.get().store.engine.connect() as conn:
        return {r.id: r.into_id for r in conn.execute(select(merged_ids))}


def merge_docs(kept: dict, other: dict) -> dict:
    """The kept listing with the other's facts where it has none; the later confirmation."""
    out = dict(kept)
    for key in FILLABLE:
        if out.get(key) in (None, "", []) and other.get(key) not in (None, "", []):
            out[key] = other[key]
    dates = [d for d in (kept.get("assured_date"), other.get("assured_date")) if d]
    if dates:
        out["assured_date"] = max(dates)
    return out


def decide(pair_id: str, action: str, keep: str | None, actor: str) -> dict:
    from api import listings

    pair = get(pair_id)
    if pair is None:
        raise PairNotFound(pair_id)
    if pair["status"] != "open":
        raise PairClosed(f"this pair was decided already ({pair['status']})")
    ids = (pair["a_id"], pair["b_id"])
    keep = keep or pair["a_id"]
    if keep not in ids:
        raise ValueError("keep must name one of the pair's listings")
    other_id = ids[1] if keep == ids[0] else ids[0]
    store = services.get().store
    kept, other = store.get(keep), store.get(other_id)
    if action != "dismiss" and (kept is None or other is None):
        raise PairClosed("one of the two listings no longer exists")
    if action == "keep_both":
        listings.replace({**other.doc, "duplicate_of": keep}, actor, None, action="duplicate")
    elif action == "merge":
        merged = merge_docs(kept.doc, other.doc)
        if merged != kept.doc:
            listings.replace(merged, actor, None, action="merge")
        listings.delete(other_id, actor, None)
        with store.engine.begin() as conn:
            conn.execute(merged_ids.delete().where(merged_ids.c.id == other_id))
            conn.execute(insert(merged_ids).values(id=other_id, into_id=keep, at=now()))
            # where the removed listing was merged into before, it now lives on in ``keep``
            conn.execute(
                update(merged_ids).where(merged_ids.c.into_id == other_id).values(into_id=keep)
            )
            conn.execute(
                update(duplicate_pairs)
                .where(
                    duplicate_pairs.c.status == "open",
                    duplicate_pairs.c.id != pair_id,
                    or_(duplicate_pairs.c.a_id == other_id, duplicate_pairs.c.b_id == other_id),
                )
                .values(status="dismissed", decided_at=now(), decided_by="merged")
            )
    with store.engine.begin() as conn:
        conn.execute(
            update(duplicate_pairs)
            .where(duplicate_pairs.c.id == pair_id)
            .values(
                status=STATUS_OF[action],
                kept_id=keep if action != "dismiss" else None,
                decided_at=now(),
                decided_by=actor,
            )
        )
    return get(pair_id)


def scan(progress=None) -> int:
    """Every listing against the index (after a bulk import): the new pairs found."""
    n = 0
    for stored in services.get().store.iter_activities():
        n += len(detect([stored.public()]))
        if progress:
            progress(1)
    return n
