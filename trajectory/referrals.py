"""A referral's code lists and its workflow: the FHIR Task statuses of the HL7 SDOH Clinical
Care referral (requested -> received -> accepted -> in-progress -> completed, or rejected /
cancelled), which action moves which status, the Dutch business status, and the deadline.
"""

from dataclasses import dataclass
from datetime import date

from trajectory.workdays import contact_deadline

REFERRER_TYPES = {
    "huisarts": "Huisarts",
    "poh_ggz": "POH-GGZ",
    "poh_somatiek": "POH-somatiek",
    "doktersassistent": "Doktersassistent",
    "wijkverpleging": "Wijkverpleging",
    "other": "Andere verwijzer",
}

REJECT_REASONS = {
    "outside_area": "Buiten het werkgebied",
    "not_suitable": "Past niet bij Welzijn op Recept (andere hulp nodig)",
    "no_capacity": "Geen plek of capaciteit",
    "client_declined": "Cliënt ziet af van begeleiding",
    "unreachable": "Cliënt niet bereikbaar",
    "duplicate": "Dubbele verwijzing",
    "other": "Andere reden",
}

# FHIR Task.status -> how a coach reads it
STATUSES = {
    "requested": "verstuurd",
    "received": "ontvangen",
    "accepted": "geaccepteerd",
    "in-progress": "in traject",
    "completed": "afgesloten",
    "rejected": "afgewezen",
    "cancelled": "ingetrokken",
}
OPEN = frozenset({"requested", "received", "accepted", "in-progress"})
WAITING_FOR_CONTACT = frozenset({"requested", "received", "accepted"})


@dataclass(frozen=True)
class Action:
    name: str
    allowed_from: frozenset[str]
    to: str
    dutch: str  # the verb in a message: "kan niet worden {dutch}"


ACTIONS = {
    a.name: a
    for a in (
        Action("receive", frozenset({"requested"}), "received", "ontvangen"),
        Action("accept", frozenset({"requested", "received"}), "accepted", "geaccepteerd"),
        Action("reject", WAITING_FOR_CONTACT, "rejected", "afgewezen"),
        # the first call is what accepting leads to; a coach who calls at once skips accept
        Action("contact", WAITING_FOR_CONTACT, "in-progress", "als eerste contact vastgelegd"),
        Action("complete", frozenset({"in-progress"}), "completed", "afgesloten"),
        Action("cancel", OPEN, "cancelled", "ingetrokken"),
    )
}


class TransitionRefused(ValueError):
    """The action does not apply to the referral's current status (message in Dutch)."""


def next_status(current: str, action: str) -> str:
    step = ACTIONS[action]
    if current not in step.allowed_from:
        raise TransitionRefused(
            f"Deze verwijzing is {STATUSES[current]} en kan niet meer worden {step.dutch}."
        )
    return step.to


def business_status(
    status: str, reject_reason: str | None = None, first_contact: date | None = None
) -> str:
    """The Task's businessStatus text (Dutch): where the trajectory stands."""
    if status == "requested":
        return "Verwijzing verstuurd; wacht op de welzijnsorganisatie"
    if status == "received":
        return "Ontvangen door de welzijnsorganisatie"
    if status == "accepted":
        return "Geaccepteerd; de welzijnscoach belt de cliënt binnen 5 werkdagen"
    if status == "in-progress":
        when = f" op {first_contact:%d-%m-%Y}" if first_contact else ""
        return f"Eerste contact met de cliënt{when}; traject loopt"
    if status == "completed":
        return "Traject afgesloten"
    if status == "rejected":
        return f"Afgewezen: {REJECT_REASONS.get(reject_reason or 'other', 'Andere reden')}"
    return "Ingetrokken door de verwijzer"


@dataclass(frozen=True)
class Deadline:
    due: date  # the coach calls the client by this day
    overdue: bool  # not called yet and the day has passed
    met: bool | None  # called by the day (None: not called yet)


def deadline(referral_date: date, status: str, first_contact: date | None, today: date) -> Deadline:
    due = contact_deadline(referral_date)
    if first_contact is not None:
        return Deadline(due, False, first_contact <= due)
    return Deadline(due, status in WAITING_FOR_CONTACT and today > due, None)


def quarter(day: date) -> str:
    """The monitoring period of a day: ``2026-Q4``."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
