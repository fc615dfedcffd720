"""The HSDS 3.0 Dutch profile: service records to activities and back.

In: ``from_hsds(record)`` maps one HSDS ``service`` to an activity dict, returning what it
had to leave out as warnings and raising ``ProfileError`` (errors keyed by the HSDS path)
where the record breaks the profile, e.g. an unknown ``wor-categorie`` code. Out:
``to_hsds(activity)`` builds a service that validates against the HSDS 3.0 schema.
See ../shared/API-CONTRACT.md, "HSDS 3.0 import (the Dutch profile)".
"""

import uuid
from collections.abc import Iterable, Iterator

from matcher.vocab import (
    ACCESSIBILITY,
    CAPACITY,
    CATEGORIES,
    COST_OPTIONS,
    DAYS,
    FEATURES,
    label,
)

NAMESPACE = uuid.UUID("6f1c1d2e-0a7b-4c55-9a43-3d1e5b2f8c10")
TAXONOMIES = {
    "wor-categorie": ("categories", CATEGORIES),
    "toegankelijkheid": ("accessibility", ACCESSIBILITY),
    "drempel": ("features", FEATURES),
    "levering": ("delivery", ("at_home",)),
}
STATUSES = ("active", "inactive", "defunct", "temporarily closed")


class ProfileError(ValueError):
    """A record that breaks the Dutch profile; ``errors`` maps HSDS paths to messages."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


def iter_services(doc) -> Iterator[dict]:
    """Service records in an HSDS document: a list, a page (``contents``), a single
    service, an organisation with ``services``, or a service_at_location with ``service``."""
    if isinstance(doc, list):
        for item in doc:
            yield from iter_services(item)
        return
    if not isinstance(doc, dict):
        yield doc  # rejected by from_hsds with a clear message
        return
    if "contents" in doc and isinstance(doc["contents"], list):
        yield from iter_services(doc["contents"])
    elif "services" in doc and isinstance(doc["services"], list) and "name" in doc:
        org = {
            k: v for k, v in doc.items() if k in ("id", "name", "description", "website", "email")
        }
        for s in doc["services"]:
            if isinstance(s, dict):
                yield {"organization": org, "organization_id": org.get("id"), **s}
            else:
                yield s
    elif isinstance(doc.get("service"), dict) and "location" in doc:
        sal = {k: v for k, v in doc.items() if k != "service"}
        service = dict(doc["service"])
        service.setdefault("service_at_locations", [sal])
        yield service
    else:
        yield doc


def _terms(attributes: Iterable, path: str, errors: dict, taxonomies: Iterable[str]) -> dict:
    """Codes per field from ``attributes[].taxonomy_term`` of our taxonomies."""
    found: dict[str, list[str]] = {}
    for i, attr in enumerate(attributes or []):
        term = (attr or {}).get("taxonomy_term") or {}
        taxonomy = term.get("taxonomy")
        if taxonomy not in taxonomies:
            continue  # other taxonomies are allowed and ignored
        field, allowed = TAXONOMIES[taxonomy]
        code = term.get("code")
        if code not in allowed:
            errors.setdefault(f"{path}[{i}].taxonomy_term.code", []).append(
                f"Unknown {taxonomy} code {code!r}; one of: {', '.join(allowed)}."
            )
            continue
        if code not in found.setdefault(field, []):
            found[field].append(code)
    return found


def _time(value) -> str | None:
    if not value:
        return None
    return str(value)[:5]


def _valid_coordinate(value, limit: float) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if -limit <= v <= limit else None


def _location(record: dict, errors: dict, warnings: list[str]) -> tuple[str, dict | None, dict]:
    """(delivery, location, location-level codes) from ``service_at_locations``."""
    sals = record.get("service_at_locations") or []
    physical, virtual = None, None
    for i, sal in enumerate(sals):
        loc = (sal or {}).get("location") or {}
        if loc.get("location_type") == "virtual":
            virtual = virtual or (i, loc)
        elif physical is None:
            physical = (i, loc)
    if physical is None:
        if virtual is not None:
            return "online", None, {"url": virtual[1].get("url")}
        return "in_person", None, {}
    if (
        len(
            [s for s in sals if ((s or {}).get("location") or {}).get("location_type") != "virtual"]
        )
        > 1
    ):
        warnings.append("only the first physical location is kept")
    i, loc = physical
    path = f"service_at_locations[{i}].location"
    codes = _terms(loc.get("attributes"), f"{path}.attributes", errors, ("toegankelijkheid",))
    address = (loc.get("addresses") or [{}])[0] or {}
    lat = _valid_coordinate(loc.get("latitude"), 90)
    lon = _valid_coordinate(loc.get("longitude"), 180)
    if (loc.get("latitude") is not None or loc.get("longitude") is not None) and (
        lat is None or lon is None
    ):
        warnings.append(f"{path}: coordinates out of range, ignored")
        lat = lon = None
    street = " ".join(p for p in (address.get("address_1"), address.get("address_2")) if p)
    location = {
        "id": loc.get("id"),
        "name": loc.get("name"),
        "address": street or None,
        "postal_code": address.get("postal_code"),
        "city": address.get("city"),
        "latitude": lat,
        "longitude": lon,
    }
    notes = [
        a.get("description") for a in loc.get("accessibility") or [] if (a or {}).get("description")
    ]
    return (
        "in_person",
        location,
        {"accessibility": codes.get("accessibility", []), "accessibility_notes": notes},
    )


def _schedules(record: dict, warnings: list[str]) -> list[dict]:
    out = []
    sources = list(record.get("schedules") or [])
    for sal in record.get("service_at_locations") or []:
        sources += (sal or {}).get("schedules") or []
    for s in sources:
        if (s.get("freq") or "WEEKLY").upper() != "WEEKLY":
            warnings.append(f"schedule {s.get('id')}: only WEEKLY schedules are used")
            continue
        days = [d.strip().upper() for d in (s.get("byday") or "").split(",") if d.strip()]
        days = [d[-2:] for d in days]  # "1MO" style prefixes are not weekly; keep the day
        if not days or any(d not in DAYS for d in days):
            warnings.append(f"schedule {s.get('id')}: no weekdays in byday, skipped")
            continue
        out.append(
            {
                "days": list(dict.fromkeys(days)),
                "opens_at": _time(s.get("opens_at")),
                "closes_at": _time(s.get("closes_at")),
                "interval": int(s.get("interval") or 1),
                "valid_from": s.get("valid_from"),
                "valid_to": s.get("valid_to"),
                "description": s.get("description"),
            }
        )
    return out


def _costs(record: dict, warnings: list[str]) -> list[dict]:
    out = []
    for c in record.get("cost_options") or []:
        option = c.get("option")
        if option not in COST_OPTIONS:
            warnings.append(f"cost option {c.get('id')}: option {option!r} read as per_session")
            option = "per_session"
        currency = (c.get("currency") or "EUR").upper()
        if currency != "EUR":
            warnings.append(f"cost option {c.get('id')}: currency {currency} taken as EUR")
        out.append(
            {
                "amount": float(c.get("amount") or 0),
                "option": option,
                "description": c.get("amount_description"),
            }
        )
    return out


def _capacity(record: dict, errors: dict) -> dict | None:
    """Our capacity state from ``service_capacity`` (HSDS 3.1's shape, with ``status`` as the
    profile's extension); without ``status`` it is read from ``available`` and ``maximum``."""
    entries = record.get("service_capacity")
    if not entries:
        return None
    if not isinstance(entries, list) or not isinstance(entries[0], dict):
        errors.setdefault("service_capacity", []).append("Must be a list of objects.")
        return None
    cap = entries[0]
    status = cap.get("status")
    available, maximum = cap.get("available"), cap.get("maximum")
    for key, value in (("available", available), ("maximum", maximum)):
        if value is not None and (not isinstance(value, int | float) or value < 0):
            errors.setdefault(f"service_capacity[0].{key}", []).append("Must be a number >= 0.")
            return None
    if status is None:
        if available is None:
            return None
        if available == 0:
            status = "full"
        elif maximum and available / maximum <= 0.2:
            status = "limited"
        else:
            status = "available"
    elif status not in CAPACITY:
        errors.setdefault("service_capacity[0].status", []).append(
            f"Unknown capacity status {status!r}; one of: {', '.join(CAPACITY)}."
        )
        return None
    out = {"status": status}
    if cap.get("updated"):
        out["date"] = str(cap["updated"])[:10]
    if available is not None and not (status == "full" and available == 0):  # implied by full
        out["available"] = int(available)
    if maximum:
        out["maximum"] = int(maximum)
    if cap.get("description") and cap["description"] != label("capacity", status):
        out["note"] = cap["description"]
    return out


def from_hsds(record) -> tuple[dict, list[str]]:
    """One HSDS service -> (activity dict, warnings). Raises ProfileError."""
    if not isinstance(record, dict):
        raise ProfileError({"": ["A record must be an HSDS service object."]})
    errors: dict[str, list[str]] = {}
    warnings: list[str] = []
    for key in ("id", "name"):
        if not record.get(key) or not isinstance(record.get(key), str):
            errors.setdefault(key, []).append("Missing data for required field.")
    terms = _terms(
        record.get("attributes"), "attributes", errors, ("wor-categorie", "drempel", "levering")
    )
    delivery, location, extra = _location(record, errors, warnings)
    if "at_home" in terms.get("delivery", []):
        delivery, location, extra = "at_home", None, {}
    categories = terms.get("categories", [])
    if not categories:
        warnings.append("no wor-categorie attribute: filed under 'other'")
        categories = ["other"]
    org = record.get("organization") or {}
    org_id = org.get("id") or record.get("organization_id")
    if not org_id:
        errors.setdefault("organization", []).append("An organization (id and name) is required.")
    status = record.get("status") or "active"
    if status not in STATUSES:
        errors.setdefault("status", []).append(f"Must be one of: {', '.join(STATUSES)}.")
    capacity = _capacity(record, errors)
    if errors:
        raise ProfileError(errors)
    languages = [
        lang.get("code").lower()
        for lang in record.get("languages") or []
        if isinstance(lang, dict) and lang.get("code")
    ]
    activity = {
        "id": record["id"],
        "name": record["name"],
        "description": record.get("description") or "",
        "organization": {
            "id": org_id,
            "name": org.get("name") or org_id,
            **{k: org[k] for k in ("description", "website", "email") if org.get(k)},
        },
        "categories": categories,
        "features": terms.get("features", []),
        "delivery": delivery,
        "location": location,
        "accessibility": extra.get("accessibility", []),
        "accessibility_notes": extra.get("accessibility_notes", []),
        "url": record.get("url") or extra.get("url"),
        "email": record.get("email"),
        "schedules": _schedules(record, warnings),
        "costs": _costs(record, warnings),
        "fees_description": record.get("fees_description"),
        "languages": list(dict.fromkeys(languages)) or ["nl"],
        "min_age": int(record["minimum_age"]) if record.get("minimum_age") is not None else None,
        "max_age": int(record["maximum_age"]) if record.get("maximum_age") is not None else None,
        "status": status,
        "assured_date": record.get("assured_date"),
        "application_process": record.get("application_process"),
        "eligibility_description": record.get("eligibility_description"),
        "alert": record.get("alert"),
    }
    if capacity:
        activity["capacity"] = capacity
    return activity, warnings


def _id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def hsds_id(value: str) -> str:
    """HSDS ids are UUIDs: a UUID is kept (imported ids stay the same), any other id of ours
    (``org-a``) is exported as a stable UUID derived from it."""
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        return _id("id", value)


def _attribute(link_id: str, entity: str, taxonomy: str, code: str, field: str) -> dict:
    term_id = _id("term", taxonomy, code)
    return {
        "id": _id(link_id, "attribute", taxonomy, code),
        "link_id": link_id,
        "link_entity": entity,
        "taxonomy_term_id": term_id,
        "taxonomy_term": {
            "id": term_id,
            "code": code,
            "name": label(field, code),
            "description": _term_description(field, code),
            "taxonomy": taxonomy,
            "language": "nl",
        },
    }


def _term_description(field: str, code: str) -> str:
    from matcher.vocab import entries

    for e in entries(field):
        if e["code"] == code:
            return e.get("description") or e["label"]
    return code


def _drop_none(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None}


def to_hsds(activity: dict) -> dict:
    """One activity -> an HSDS 3.0 service in the Dutch profile."""
    aid = hsds_id(activity["id"])
    org = dict(activity.get("organization") or {})
    if org.get("id"):
        org["id"] = hsds_id(org["id"])
    attributes = [
        _attribute(aid, "service", "wor-categorie", c, "categories")
        for c in activity.get("categories") or []
    ]
    attributes += [
        _attribute(aid, "service", "drempel", c, "features") for c in activity.get("features") or []
    ]
    if activity.get("delivery") == "at_home":
        attributes.append(_attribute(aid, "service", "levering", "at_home", "delivery"))
    service = {
        "id": aid,
        "name": activity["name"],
        "description": activity.get("description") or None,
        "organization_id": org.get("id"),
        "organization": _drop_none(
            {
                "id": org.get("id"),
                "name": org.get("name"),
                "description": org.get("description") or "",
                "website": org.get("website"),
                "email": org.get("email"),
            }
        ),
        "url": activity.get("url"),
        "email": activity.get("email"),
        "status": activity.get("status") or "active",
        "fees_description": activity.get("fees_description"),
        "application_process": activity.get("application_process"),
        "eligibility_description": activity.get("eligibility_description"),
        "alert": activity.get("alert"),
        "minimum_age": activity.get("min_age"),
        "maximum_age": activity.get("max_age"),
        "assured_date": str(activity["assured_date"]) if activity.get("assured_date") else None,
        "last_modified": activity.get("updated_at"),
        "attributes": attributes,
        "languages": [
            {"id": _id(aid, "language", code), "service_id": aid, "code": code}
            for code in activity.get("languages") or []
        ],
        "cost_options": [
            _drop_none(
                {
                    "id": _id(aid, "cost", i),
                    "service_id": aid,
                    "option": c["option"],
                    "amount": c["amount"],
                    "currency": "EUR",
                    "amount_description": c.get("description"),
                }
            )
            for i, c in enumerate(activity.get("costs") or [])
        ],
        "schedules": [
            _drop_none(
                {
                    "id": _id(aid, "schedule", i),
                    "service_id": aid,
                    "freq": "WEEKLY",
                    "interval": s.get("interval") or 1,
                    "byday": ",".join(s["days"]),
                    "opens_at": s.get("opens_at"),
                    "closes_at": s.get("closes_at"),
                    "valid_from": s.get("valid_from"),
                    "valid_to": s.get("valid_to"),
                    "description": s.get("description"),
                }
            )
            for i, s in enumerate(activity.get("schedules") or [])
        ],
    }
    cap = activity.get("capacity")
    if cap and cap.get("status"):
        service["service_capacity"] = [_service_capacity(aid, cap)]
    loc = activity.get("location")
    if activity.get("delivery") == "online":
        loc_id = _id(aid, "virtual-location")
        service["service_at_locations"] = [
            {
                "id": _id(aid, "sal", loc_id),
                "service_id": aid,
                "location_id": loc_id,
                "location": _drop_none(
                    {
                        "id": loc_id,
                        "location_type": "virtual",
                        "name": "Online",
                        "url": activity.get("url"),
                    }
                ),
            }
        ]
    elif activity.get("delivery") == "in_person" and loc:
        loc_id = hsds_id(loc["id"]) if loc.get("id") else _id(aid, "location")
        location = {
            "id": loc_id,
            "location_type": "physical",
            "name": loc.get("name"),
            "latitude": loc.get("latitude"),
            "longitude": loc.get("longitude"),
            "addresses": [
                _drop_none(
                    {
                        "id": _id(loc_id, "address"),
                        "location_id": loc_id,
                        "address_1": loc.get("address") or "",
                        "city": loc.get("city") or "",
                        "state_province": "",
                        "postal_code": loc.get("postal_code") or "",
                        "country": "NL",
                        "address_type": "physical",
                    }
                )
            ],
            "accessibility": [
                {"id": _id(loc_id, "accessibility", i), "location_id": loc_id, "description": note}
                for i, note in enumerate(activity.get("accessibility_notes") or [])
            ],
            "attributes": [
                _attribute(loc_id, "location", "toegankelijkheid", c, "accessibility")
                for c in activity.get("accessibility") or []
            ],
        }
        service["service_at_locations"] = [
            {
                "id": _id(aid, "sal", loc_id),
                "service_id": aid,
                "location_id": loc_id,
                "location": _drop_none(location),
            }
        ]
    return _drop_none(service)


def _service_capacity(aid: str, cap: dict) -> dict:
    """HSDS 3.1's ``service_capacity`` with the profile's ``status`` extension (plek vrij,
    bijna vol, vol, wachtlijst); ``available`` is 0 when full and otherwise only when known."""
    unit_id = _id("unit", "places")
    available = cap.get("available")
    if available is None and cap["status"] == "full":
        available = 0
    updated = cap.get("date")
    return _drop_none(
        {
            "id": _id(aid, "capacity"),
            "service_id": aid,
            "unit_id": unit_id,
            "unit": {
                "id": unit_id,
                "name": "plaatsen",
                "scheme": "SOCIALMAP",
                "identifier": "places",
            },
            "available": available,
            "maximum": cap.get("maximum"),
            "description": cap.get("note") or label("capacity", cap["status"]),
            "updated": f"{updated}T00:00:00Z" if updated else None,
            "status": cap["status"],
        }
    )
