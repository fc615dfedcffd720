"""A listing's capacity state (plek vrij, bijna vol, vol, wachtlijst) and what it does to
matching: a full activity or one with a waiting list still fits, but ranks lower, and the
coach is told why. A listing without a state ranks exactly as before.

The state is ``activity["capacity"] = {"status": code, "date": "YYYY-MM-DD", ...}``; in HSDS
it travels as ``service_capacity`` (modelled on HSDS 3.1, see matcher/hsds.py).
"""

from matcher.vocab import codes

STATES = tuple(codes("capacity"))  # available, limited, full, waitlist
UNKNOWN = "unknown"  # no state given: a search filter code, never stored
# score factor per state: sinks a full activity below nearly as good ones with room
FACTORS = {"full": 0.5, "waitlist": 0.7}
REASONS = {
    "full": "let op: vol",
    "waitlist": "let op: wachtlijst",
    "limited": "bijna vol",
}


def state(activity: dict) -> str:
    """The capacity code of a listing, ``unknown`` when none is given."""
    cap = activity.get("capacity") or {}
    status = cap.get("status")
    return status if status in STATES else UNKNOWN


def factor(activity: dict) -> float:
    """What the matcher multiplies a score by: 1.0 unless full (0.5) or a waiting list (0.7)."""
    return FACTORS.get(state(activity), 1.0)


def reason(activity: dict, month_year=None) -> str | None:
    """The Dutch reason for a coach, e.g. "let op: vol (sinds december 2026)"."""
    code = state(activity)
    text = REASONS.get(code)
    if text is None:
        return None
    when = (activity.get("capacity") or {}).get("date")
    if when and month_year is not None and code in ("full", "waitlist"):
        text += f" (sinds {month_year(when)})"
    return text
