"""Reasons in Dutch: why an activity fits this client, as a coach would say it."""

from matcher import activity as act
from matcher import capacity
from matcher.needs import Needs
from matcher.profile import ClientProfile
from matcher.requirements import LANGUAGE_NAMES, PART_WORDS, euro, km
from matcher.scoring import LOW_THRESHOLD
from matcher.vocab import DAYS, PARTS_OF_DAY, label, reason

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


INFERRED = "categorie afgeleid uit de beschrijving"


def month_year(iso_date: str) -> str:
    """ "2024-11-28" -> "november 2024"."""
    year, month = str(iso_date)[:4], int(str(iso_date)[5:7])
    return f"{MONTHS[month - 1]} {year}"


def score_text(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def answered_dimensions(
    categories: list[str], needs: Needs, profile: ClientProfile, threshold: float = 0.3
) -> list[str]:
    """The spider-web dimensions this activity answers: low or chosen, and feeding one of its
    categories."""
    out = []
    for cat in sorted(categories, key=lambda c: -needs.categories.get(c, 0)):
        for dim in needs.sources.get(cat, []):
            if dim in out:
                continue
            if dim in profile.focus or needs.dimensions.get(dim, 0) >= threshold:
                out.append(dim)
    return out


def when(activity: dict, profile: ClientProfile) -> str | None:
    """The first fitting start, e.g. "dinsdagochtend"; "tijd in overleg" without times."""
    slots = act.slots(activity)
    if not act.has_schedule(activity):
        return "tijd in overleg"
    req = profile.requirements
    fitting = [
        (d, p)
        for d, p in slots
        if (not req.days or d in req.days) and (not req.parts_of_day or p in req.parts_of_day)
    ]
    if not fitting:
        return None
    day, part = min(fitting, key=lambda s: (DAYS.index(s[0]), PARTS_OF_DAY.index(s[1])))
    timed = any(s.get("opens_at") for s in act.current_schedules(activity))
    text = label("days", day) + (PART_WORDS[part] if timed else "")
    return text + ("" if timed else ", tijd in overleg")


def cost(activity: dict) -> str:
    monthly = act.monthly_cost(activity)
    if monthly == 0:
        return "gratis"
    costs = activity.get("costs") or []
    if len(costs) == 1 and costs[0]["option"] == "per_session":
        return f"{euro(costs[0]['amount'])} per keer"
    if len(costs) == 1 and costs[0]["option"] == "per_year":
        return f"{euro(costs[0]['amount'])} per jaar"
    if len(costs) == 1 and costs[0]["option"] == "once":
        return f"eenmalig {euro(costs[0]['amount'])}"
    return f"{euro(monthly)} per maand"


def reasons(
    activity: dict,
    distance_km: float | None,
    best_category: str | None,
    wish_labels: list[str],
    wish_strength: float,
    needs: Needs,
    profile: ClientProfile,
    audiences: tuple[str, ...] = (),
    categories: list[str] | None = None,
    inferred: bool = False,
) -> list[str]:
    """``categories``: as matching read them (declared, or from the text: ``inferred`` when
    the category that answers the need came from the text, which the coach is told)."""
    out = []
    categories = list(categories if categories is not None else activity.get("categories") or [])
    dims = answered_dimensions(categories, needs, profile)
    if needs.first_need and "other" in categories:
        out.append("eerst: praktische hulp (" + label("categories", "other") + ")")
    for dim in dims[:2]:
        feeds = [c for c in categories if dim in needs.sources.get(c, [])]
        cat = max(feeds, key=lambda c: needs.categories.get(c, 0)) if feeds else best_category
        score = profile.spider_web.get(dim)
        prefix = (
            f"{label('dimensions', dim)} {score_text(score)}/10"
            if score is not None
            else label("dimensions", dim)
        )
        out.append(f"{prefix} → {label('categories', cat)}")
    if inferred:
        out.append(INFERRED)
    for wish in wish_labels[:2]:
        out.append(f"past bij: {wish}")
    if not wish_labels and wish_strength >= 0.5:
        out.append("past bij wat de cliënt zelf zegt")
    out.extend(audiences[:1])  # "voor mantelzorgers": who it is meant for, and so is the client
    delivery = activity.get("delivery") or "in_person"
    if delivery == "online":
        out.append("online")
    elif delivery == "at_home":
        out.append("bij de cliënt thuis")
    elif distance_km is not None:
        out.append(km(distance_km))
    for code in profile.requirements.accessibility:
        if delivery == "in_person":
            out.append(reason("accessibility", code))
    out.append(cost(activity))
    moment = when(activity, profile)
    if moment:
        out.append(moment)
    for code in profile.requirements.languages:
        if code != "nl" and code in (activity.get("languages") or []):
            out.append("in het " + LANGUAGE_NAMES.get(code, code))
    low = (
        needs.dimensions.get("mental_wellbeing", 0) >= 0.4
        or needs.dimensions.get("participation", 0) >= 0.4
    )
    if low:
        for f in activity.get("features") or []:
            if f in LOW_THRESHOLD:
                out.append(reason("features", f))
                break
    room = capacity.reason(activity, month_year)
    if room:
        out.append(room)
    if act.is_stale(activity):
        assured = activity.get("assured_date")
        out.append(
            "let op: niet bevestigd sinds " + month_year(assured)
            if assured
            else "let op: nooit bevestigd door de aanbieder"
        )
    return out
