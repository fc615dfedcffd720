"""How complete a listing is for what coaches filter on: accessibility, cost, schedule,
languages, audience and contact. The provider sees what is missing, the field coaches ask
for most first (the counts come from the anonymous match log's requirement names).
"""

from dataclasses import dataclass

FIELDS = ("accessibility", "cost", "schedule", "languages", "audience", "contact")
LABELS = {
    "accessibility": "toegankelijkheid van de locatie",
    "cost": "kosten (ook als het gratis is)",
    "schedule": "dagen en begintijd",
    "languages": "talen",
    "audience": "voor wie (leeftijd of doelgroep)",
    "contact": "contact (e-mail of website)",
}
# the match log's requirement names -> the field a listing needs for that filter
REQUIREMENT_FIELDS = {
    "wheelchair": "accessibility",
    "accessible_toilet": "accessibility",
    "hearing_loop": "accessibility",
    "step_free": "accessibility",
    "guide_dog_welcome": "accessibility",
    "dementia_friendly": "accessibility",
    "parking": "accessibility",
    "public_transport": "accessibility",
    "free": "cost",
    "cost": "cost",
    "days": "schedule",
    "part_of_day": "schedule",
    "language": "languages",
    "age": "audience",
}


@dataclass(frozen=True)
class Completeness:
    score: float  # share of the fields that are filled in, in [0, 1]
    missing: tuple[str, ...]  # field names, in FIELDS order


def has(activity: dict, name: str) -> bool:
    """Whether the listing says what a coach filtering on ``name`` needs to know."""
    if name == "accessibility":
        # only a venue has accessibility; online and at-home listings need none
        return (activity.get("delivery") or "in_person") != "in_person" or bool(
            activity.get("accessibility") or activity.get("accessibility_notes")
        )
    if name == "cost":
        return bool(activity.get("costs") or activity.get("fees_description"))
    if name == "schedule":
        return any(s.get("opens_at") for s in activity.get("schedules") or [])
    if name == "languages":
        return bool(activity.get("languages"))
    if name == "audience":
        return (
            activity.get("min_age") is not None
            or activity.get("max_age") is not None
            or bool(activity.get("eligibility_description"))
        )
    if name == "contact":
        org = activity.get("organization") or {}
        return bool(
            activity.get("email") or activity.get("url") or org.get("email") or org.get("website")
        )
    raise ValueError(f"unknown completeness field {name!r}")


def completeness(activity: dict) -> Completeness:
    missing = tuple(f for f in FIELDS if not has(activity, f))
    return Completeness(round(1 - len(missing) / len(FIELDS), 2), missing)


def field_demand(requirement_lists) -> dict[str, int]:
    """How often coaches filtered on each field: one count per match that stated it."""
    counts = dict.fromkeys(FIELDS, 0)
    for names in requirement_lists:
        for f in {REQUIREMENT_FIELDS[n] for n in names or () if n in REQUIREMENT_FIELDS}:
            counts[f] += 1
    return counts


def by_demand(missing, demand: dict[str, int]) -> list[str]:
    """Missing fields, the one coaches filter on most first (FIELDS order breaks ties)."""
    return sorted(missing, key=lambda f: (-demand.get(f, 0), FIELDS.index(f)))
