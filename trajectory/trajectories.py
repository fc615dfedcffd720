"""A Welzijn op Recept trajectory: what a coach does after the referral. Code lists
(conversation kinds, close and stop reasons, check-in results), the follow-up schedule (3, 6
and 9 months after an activity was chosen), the feedback steps the GP hears about, and what
the referral's FHIR Task says about them. Pure Python: no Flask, no store."""

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from matcher.vocab import DIMENSIONS, label

CONVERSATION_KINDS = {
    "phone": "Telefonisch",
    "visit": "Huisbezoek",
    "walk_in": "Inloop of spreekuur",
}

CLOSE_REASONS = {
    "activity_found": "Cliënt neemt deel aan een activiteit",
    "goal_reached": "Doel bereikt; cliënt gaat zelfstandig verder",
    "referred_on": "Doorverwezen naar andere hulp",
    "client_stopped": "Cliënt ziet af van verdere begeleiding",
    "unreachable": "Cliënt niet meer bereikbaar",
    "moved": "Cliënt is verhuisd",
    "other": "Andere reden",
}

CHECKIN_RESULTS = {
    "participating": "Neemt nog deel",
    "stopped": "Gestopt",
    "unreachable": "Niet bereikt",
}

STOP_REASONS = {
    "not_suitable": "Activiteit paste toch niet",
    "health": "Gezondheid",
    "practical": "Praktisch (vervoer, tijd of kosten)",
    "found_other": "Andere activiteit gevonden",
    "activity_ended": "Activiteit bestaat niet meer",
    "goal_reached": "Doel bereikt",
    "other": "Andere reden",
}

CHECKIN_MONTHS = (3, 6, 9)
DUE_BEFORE = timedelta(days=7)  # a check-in shows as due a week before its day
OVERDUE_AFTER = timedelta(days=14)  # and as overdue two weeks after it

SNAPSHOT_KINDS = {"intake": "Intake", "close": "Afsluiting"}

# The steps of a trajectory that the GP hears about (a terugkoppeling each), in order.
FEEDBACK_STEPS = {
    "contact": "Contact gelegd",
    "activity_chosen": "Activiteit gekozen",
    "participating_3m": "Neemt na 3 maanden nog deel",
    "closed": "Traject afgesloten",
}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


@dataclass(frozen=True)
class CheckinDue:
    month: int  # 3, 6 or 9
    due: date
    state: str  # done | upcoming | due | overdue | skipped (stopped earlier)


def checkin_schedule(chosen_on: date, done: dict[int, dict], today: date) -> list[CheckinDue]:
    """The check-ins of one chosen activity and where each stands today.

    ``done`` maps a month to its recorded check-in (``{"result": ...}``). After a "gestopt"
    the later check-ins are not needed (``skipped``)."""
    out, stopped = [], False
    for month in CHECKIN_MONTHS:
        due = add_months(chosen_on, month)
        if month in done:
            state = "done"
            stopped = stopped or done[month]["result"] == "stopped"
        elif stopped:
            state = "skipped"
        elif today > due + OVERDUE_AFTER:
            state = "overdue"
        elif today >= due - DUE_BEFORE:
            state = "due"
        else:
            state = "upcoming"
        out.append(CheckinDue(month, due, state))
    return out


def spider_web_change(intake: dict | None, close: dict | None) -> dict[str, float]:
    """Close minus intake per dimension scored in both (the outcome of the trajectory)."""
    if not intake or not close:
        return {}
    return {
        d: round(float(close[d]) - float(intake[d]), 2)
        for d in DIMENSIONS
        if intake.get(d) is not None and close.get(d) is not None
    }


def dimension_label(code: str) -> str:
    return label("dimensions", code)


@dataclass(frozen=True)
class Step:
    """A feedback step that has happened: which, and on which day."""

    code: str
    day: date

    @property
    def label(self) -> str:
        return FEEDBACK_STEPS[self.code]


def feedback_steps(trajectory: dict | None, first_contact: date | None) -> list[Step]:
    """The steps the GP hears about, from what the trajectory holds (in order).

    ``trajectory`` is the stored trajectory with its ``conversations``, ``activities`` (each
    with ``checkins``), ``status`` and ``closed_on``; ``first_contact`` the referral's."""
    steps = []
    contact = first_contact
    if trajectory and trajectory["conversations"]:
        first = min(c["date"] for c in trajectory["conversations"])
        contact = min(contact, first) if contact else first
    if contact:
        steps.append(Step("contact", contact))
    if not trajectory:
        return steps
    if trajectory["activities"]:
        steps.append(Step("activity_chosen", min(a["chosen_on"] for a in trajectory["activities"])))
    three = [
        c["date"]
        for a in trajectory["activities"]
        for c in a["checkins"]
        if c["month"] == 3 and c["result"] == "participating"
    ]
    if three:
        steps.append(Step("participating_3m", min(three)))
    if trajectory["status"] == "closed" and trajectory["closed_on"]:
        steps.append(Step("closed", trajectory["closed_on"]))
    return steps


def business_status(steps: list[Step], trajectory: dict | None) -> str | None:
    """The Task's businessStatus once a trajectory runs (None: the referral's own text)."""
    if not trajectory:
        return None
    if trajectory["status"] == "closed":
        reason = CLOSE_REASONS.get(trajectory["close_reason"] or "other", "Andere reden")
        return f"Traject afgesloten op {trajectory['closed_on']:%d-%m-%Y}: {reason}"
    done = {s.code for s in steps}
    if "participating_3m" in done:
        return "Cliënt neemt na 3 maanden nog deel aan de gekozen activiteit"
    if "activity_chosen" in done:
        return "Activiteit gekozen; de coach volgt de deelname na 3, 6 en 9 maanden"
    n = len(trajectory["conversations"])
    if n:
        return f"Traject loopt: {n} {'gesprek' if n == 1 else 'gesprekken'} met de welzijnscoach"
    return "Traject gestart bij de welzijnsorganisatie"


def quarter_of(day: date) -> str:
    """The monitoring period of a day: ``2026-Q4``."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarters_between(first: date, last: date) -> list[str]:
    """Every quarter from the one of ``first`` to the one of ``last``, inclusive."""
    out = []
    year, q = first.year, (first.month - 1) // 3
    end = (last.year, (last.month - 1) // 3)
    while (year, q) <= end:
        out.append(f"{year}-Q{q + 1}")
        year, q = (year + 1, 0) if q == 3 else (year, q + 1)
    return out


def quarter_bounds(quarter: str) -> tuple[date, date]:
    """First and last day of ``2026-Q3``."""
    year, q = int(quarter[:4]), int(quarter[-1])
    first = date(year, 3 * (q - 1) + 1, 1)
    return first, add_months(first, 3) - timedelta(days=1)
