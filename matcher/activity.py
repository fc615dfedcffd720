"""Facts derived from an activity listing: monthly cost, time slots, freshness.

An activity is the validated dict of the API (see api/activities/schemas.py). These pure
functions are shared by the search index, the matcher and the HSDS export, so that a filter
and an explanation can never disagree.
"""

from datetime import date

from matcher.vocab import DAYS, PARTS_OF_DAY

WEEKS_PER_MONTH = 4.33
STALE_AFTER_DAYS = 365


def part_of_day(opens_at: str) -> str:
    """Part of day of a start time "HH:MM": before 12:00 morning, before 18:00 afternoon."""
    hour = int(opens_at[:2])
    if hour < 12:
        return "morning"
    if hour < 18:
        return "afternoon"
    return "evening"


def current_schedules(activity: dict, today: date | None = None) -> list[dict]:
    """Schedules that have not ended (``valid_to`` today or later, or open-ended)."""
    today = today or date.today()
    out = []
    for s in activity.get("schedules") or []:
        valid_to = s.get("valid_to")
        if valid_to and date.fromisoformat(str(valid_to)) < today:
            continue
        out.append(s)
    return out


def slots(activity: dict, today: date | None = None) -> set[tuple[str, str]]:
    """The (day, part of day) pairs at which the activity starts.

    A schedule without a start time ("tijd in overleg") fits every part of its days.
    """
    out = set()
    for s in current_schedules(activity, today):
        # no start time: "tijd in overleg", any part of those days
        parts = [part_of_day(s["opens_at"])] if s.get("opens_at") else PARTS_OF_DAY
        for day in s.get("days") or []:
            out.update((day, part) for part in parts)
    return out


def slot_mask(activity: dict, today: date | None = None) -> int:
    """``slots()`` as a 21-bit mask: bit ``day_index * 3 + part_index``."""
    return mask_of(slots(activity, today))


def mask_of(pairs: set[tuple[str, str]]) -> int:
    mask = 0
    for day, part in pairs:
        mask |= 1 << (DAYS.index(day) * 3 + PARTS_OF_DAY.index(part))
    return mask


def request_slot_mask(days: list[str] | None, parts: list[str] | None) -> int:
    """The slot mask a client's day and part-of-day wishes accept (all when unstated)."""
    days = days or list(DAYS)
    parts = parts or list(PARTS_OF_DAY)
    mask = 0
    for d in days:
        for p in parts:
            mask |= 1 << (DAYS.index(d) * 3 + PARTS_OF_DAY.index(p))
    return mask


def has_schedule(activity: dict) -> bool:
    return bool(activity.get("schedules"))


def sessions_per_month(activity: dict) -> float:
    """A client attends once per scheduled week: 4.33 ÷ the shortest interval."""
    intervals = [int(s.get("interval") or 1) for s in activity.get("schedules") or []]
    return WEEKS_PER_MONTH / (min(intervals) if intervals else 1)


def monthly_cost(activity: dict) -> float:
    """Cheapest cost option as euros per month (0.0 when free).

    per_session × 4.33 ÷ interval; per_month as is; per_year ÷ 12; once in full.
    """
    options = activity.get("costs") or []
    if not options:
        return 0.0
    per_month = []
    for c in options:
        amount = float(c.get("amount") or 0)
        kind = c.get("option") or "per_session"
        if kind == "per_session":
            per_month.append(amount * sessions_per_month(activity))
        elif kind == "per_year":
            per_month.append(amount / 12)
        else:  # per_month, once
            per_month.append(amount)
    return round(min(per_month), 2)


def is_free(activity: dict) -> bool:
    """No cost option, or one of 0 euros (the cheapest option counts)."""
    options = activity.get("costs") or []
    return not options or any(float(c.get("amount") or 0) == 0 for c in options)


def freshness_days(activity: dict, today: date | None = None) -> int | None:
    """Days since the provider last confirmed the listing (``assured_date``)."""
    assured = activity.get("assured_date")
    if not assured:
        return None
    return ((today or date.today()) - date.fromisoformat(str(assured)[:10])).days


def is_stale(activity: dict, today: date | None = None) -> bool:
    """Unconfirmed for over 12 months, or never confirmed."""
    days = freshness_days(activity, today)
    return days is None or days > STALE_AFTER_DAYS


def coordinates(activity: dict) -> tuple[float, float] | None:
    loc = activity.get("location") or {}
    lat, lon = loc.get("latitude"), loc.get("longitude")
    if lat is None or lon is None:
        return None
    return float(lat), float(lon)


def search_text(activity: dict) -> str:
    """The text that is embedded and indexed: name, description, place and organisation."""
    from matcher.vocab import label

    loc = activity.get("location") or {}
    parts = [
        activity.get("name", ""),
        activity.get("description", ""),
        " ".join(label("categories", c) for c in activity.get("categories") or []),
        (activity.get("organization") or {}).get("name", ""),
        loc.get("name") or "",
        loc.get("city") or "",
    ]
    return "\n".join(p for p in parts if p)
