"""An activity as the indexed document, and the bulk and alias actions that write it.

Every filter is precomputed into a keyword, boolean or number field (see ``mapping``), so a
filter is one term or range query; the vector goes in twice: ``embedding`` for kNN and
``vector`` (base64 float32) for the exact cosine of each hit.
"""

import base64
from collections.abc import Iterable
from datetime import date

import numpy as np

from matcher import activity as act
from matcher.capacity import state as capacity_state


def slot_token(day: str, part: str) -> str:
    return f"{day}_{part}"


def schedule_slots(schedule: dict) -> list[str]:
    """One schedule's ``DAY_part`` tokens, whether or not it has ended (the query checks)."""
    pairs = act.slots({"schedules": [schedule]}, today=date.min)
    return sorted(slot_token(d, p) for d, p in pairs)


def encode_vector(vector: np.ndarray) -> str:
    return base64.b64encode(np.asarray(vector, dtype=np.float32).tobytes()).decode("ascii")


def decode_vector(text: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=np.float32)


def document_body(doc: dict, vector: np.ndarray | None = None, text_hash: str | None = None):
    """What is indexed for one activity: the document and every filter, precomputed."""
    delivery = doc.get("delivery") or "in_person"
    schedules = []
    for s in doc.get("schedules") or []:
        entry = {"slots": schedule_slots(s)}
        if s.get("valid_to"):
            entry["valid_to"] = str(s["valid_to"])[:10]
        schedules.append(entry)
    name = doc.get("name") or ""
    body = {
        "id": doc["id"],
        "version": str(doc.get("version", "")),
        "document": doc,
        "text": f"{name}\n{act.search_text(doc)}",
        "name_sort": name,
        # a confirmed duplicate is not active: searches show the listing it duplicates
        "status": "duplicate" if doc.get("duplicate_of") else doc.get("status") or "active",
        "capacity": capacity_state(doc),
        "organization_id": (doc.get("organization") or {}).get("id"),
        "categories": list(doc.get("categories") or []),
        "accessibility": list(doc.get("accessibility") or []),
        "features": list(doc.get("features") or []),
        "languages": list(doc.get("languages") or []),
        "delivery": delivery,
        "in_person": delivery == "in_person",
        "monthly_cost": act.monthly_cost(doc),
        "min_age": doc["min_age"] if doc.get("min_age") is not None else -1,
        "max_age": doc["max_age"] if doc.get("max_age") is not None else 999,
        "has_schedule": act.has_schedule(doc),
        "schedules": schedules,
    }
    coords = act.coordinates(doc)
    if coords:
        body["location"] = {"lat": coords[0], "lon": coords[1]}
    if text_hash:
        body["text_hash"] = text_hash
    if vector is not None:
        body["embedding"] = [float(x) for x in np.asarray(vector, dtype=np.float32)]
        body["vector"] = encode_vector(vector)
    return body


def index_action(body: dict, index: str) -> dict:
    return {"_op_type": "index", "_index": index, "_id": body["id"], "_source": body}


def delete_action(activity_id: str, index: str) -> dict:
    return {"_op_type": "delete", "_index": index, "_id": activity_id}


def alias_swap_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> list[dict]:
    """One atomic ``_aliases`` request: the alias leaves the old indices, joins the new one."""
    actions = [{"remove": {"index": old, "alias": alias}} for old in sorted(old_indices)]
    actions.append({"add": {"index": new_index, "alias": alias}})
    return actions
