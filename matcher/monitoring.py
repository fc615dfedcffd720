"""What one match leaves behind for monitoring and the coverage report: anonymous and coarse.

Kept: the time, the PC4 (and area, when known), an age band, the needed categories, the
names of the stated requirements, covered or not, the binding constraints, the ids offered,
and later the outcome. Never: the wishes text, coordinates, a name or an exact age.
"""

from matcher.engine import MatchResult
from matcher.profile import ClientProfile

AGE_BANDS = (
    (0, 17, "0-17"),
    (18, 26, "18-26"),
    (27, 44, "27-44"),
    (45, 64, "45-64"),
    (65, 74, "65-74"),
    (75, 84, "75-84"),
    (85, 200, "85+"),
)
NO_FIT_REASONS = {
    "distance": ("afstand", "ver", "vervoer", "reizen", "km", "distance"),
    "cost": ("kost", "geld", "duur", "betalen", "prijs", "cost"),
    "time": ("tijd", "dag", "avond", "ochtend", "middag", "time"),
    "accessibility": ("rolstoel", "toegankelijk", "trap", "drempel", "access"),
    "language": ("taal", "nederlands", "spreekt", "language"),
    "interest": ("interesse", "leuk", "past niet", "wil niet", "zin", "interest"),
}


def age_band(age: int | None) -> str | None:
    if age is None:
        return None
    return next(label for lo, hi, label in AGE_BANDS if lo <= age <= hi)


def no_fit_reason_code(text: str | None) -> str:
    """A coach's reason reduced to a code; the free text may hold personal details."""
    folded = (text or "").lower()
    for code, words in NO_FIT_REASONS.items():
        if any(w in folded for w in words):
            return code
    return "other"


def log_entry(
    match_id: str,
    result: MatchResult,
    profile: ClientProfile,
    pc4: str | None,
    area_code: str | None = None,
    municipality: str | None = None,
) -> dict:
    offered = [r.activity["id"] for r in result.results] + [
        a.activity["id"] for a in result.alternatives
    ]
    return {
        "id": match_id,
        "pc4": pc4,
        "area_code": area_code,
        "municipality": municipality,
        "age_band": age_band(profile.age),
        "categories": result.needs.top_categories(),
        "requirements": [*profile.requirements.stated(), "distance"],  # a radius is always set
        "covered": result.covered,
        "first_need_served": result.first_need_served,
        "binding": [] if result.covered and result.first_need_served else result.binding,
        "results": offered,
    }
