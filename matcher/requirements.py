"""Hard requirements checked against one listing, in words a coach can discuss.

``violations(activity, profile, distance_km)`` lists what would have to give for the
activity to fit ("4 km verder", "€ 3 per keer", "alleen 's avonds"); empty means it fits.
The search backend applies the same requirements as filters; this is the matcher's own
check (results never break a stated requirement) and the source of near-miss explanations
and of the binding constraints in the coverage report.
"""

from dataclasses import dataclass

from matcher import activity as act
from matcher.profile import ClientProfile
from matcher.vocab import DAYS, PARTS_OF_DAY, label, reason

LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "tr": "Turks",
    "pl": "Pools",
    "ti": "Tigrinya",
    "de": "Duits",
    "fy": "Fries",
    "fr": "Frans",
    "es": "Spaans",
    "uk": "Oekraïens",
    "so": "Somalisch",
    "fa": "Perzisch",
    "ur": "Urdu",
    "ru": "Russisch",
}
PART_WORDS = {"morning": "ochtend", "afternoon": "middag", "evening": "avond"}


@dataclass(frozen=True)
class Violation:
    constraint: str  # distance, wheelchair (or another accessibility code), free, cost,
    # language, days, part_of_day, delivery, age
    gives: str  # Dutch: what would have to give


def euro(amount: float) -> str:
    """Dutch money: € 3 or € 8,66."""
    if abs(amount - round(amount)) < 0.005:
        return f"€ {round(amount)}"
    return f"€ {amount:.2f}".replace(".", ",")


def km(distance: float) -> str:
    return f"{distance:.1f} km".replace(".", ",")


def dutch_list(items: list[str]) -> str:
    """ "a", "a en b", "a, b en c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _cost_phrase(activity: dict) -> str:
    costs = activity.get("costs") or []
    if len(costs) == 1 and costs[0]["option"] == "per_session":
        return f"{euro(costs[0]['amount'])} per keer"
    return f"{euro(act.monthly_cost(activity))} per maand"


def _time_phrase(slots: set[tuple[str, str]], constraint: str) -> str:
    """ "alleen 's avonds" (part of day), "alleen op dinsdag en donderdag" (days)."""
    days = sorted({d for d, _ in slots}, key=DAYS.index)
    parts = sorted({p for _, p in slots}, key=PARTS_OF_DAY.index)
    if constraint == "part_of_day":
        return "alleen " + dutch_list([f"'s {PART_WORDS[p]}s" for p in parts])
    return "alleen op " + dutch_list([label("days", d) for d in days])


def violations(
    activity: dict, profile: ClientProfile, distance_km: float | None
) -> list[Violation]:
    req = profile.requirements
    out = []
    delivery = activity.get("delivery") or "in_person"
    if req.delivery and delivery not in req.delivery:
        out.append(
            Violation(
                "delivery",
                {"online": "alleen online", "at_home": "aan huis", "in_person": "op locatie"}[
                    delivery
                ],
            )
        )
    if delivery == "in_person":
        if distance_km is None:
            out.append(Violation("distance", "plaats onbekend"))
        elif distance_km > profile.max_distance_km + 1e-9:
            extra = distance_km - profile.max_distance_km
            out.append(Violation("distance", f"{km(extra)} verder"))
        have = set(activity.get("accessibility") or [])
        for code in req.accessibility:
            if code not in have:
                out.append(Violation(code, f"niet {reason('accessibility', code)}"))
    cost = act.monthly_cost(activity)
    if req.free_only and cost > 0:
        out.append(Violation("free", _cost_phrase(activity)))
    elif req.max_cost_eur_per_month is not None and cost > req.max_cost_eur_per_month + 1e-9:
        out.append(Violation("cost", _cost_phrase(activity)))
    if req.languages and not set(req.languages) & set(activity.get("languages") or []):
        spoken = [LANGUAGE_NAMES.get(c, c) for c in activity.get("languages") or []]
        out.append(Violation("language", "alleen in het " + dutch_list(spoken)))
    if (req.days or req.parts_of_day) and act.has_schedule(activity):
        slots = act.slots(activity)
        wanted = act.request_slot_mask(list(req.days), list(req.parts_of_day))
        if not act.mask_of(slots) & wanted:
            day_ok = not req.days or any(d in req.days for d, _ in slots)
            constraint = "part_of_day" if day_ok else "days"
            out.append(Violation(constraint, _time_phrase(slots, constraint)))
    if profile.age is not None:
        lo, hi = activity.get("min_age"), activity.get("max_age")
        if (lo is not None and profile.age < lo) or (hi is not None and profile.age > hi):
            out.append(Violation("age", f"voor {lo or 0}-{hi or 120} jaar"))
    return out
