"""The terugkoppeling: a Dutch letter to the referring GP practice for each trajectory step
that matters (contact made, activity chosen, still taking part at 3 months, closed).

What the GP reads keeps them referring (Flevoland toolkit part 3; RIVM/TNO factsheet,
"cyclische terugkoppeling"). The letter names the client only by the sender's own
pseudonymous reference: never a name, birth date or address (the service has none).
Pure Python: the content as data; ``api/letters.py`` renders it as HTML and PDF.
"""

from dataclasses import dataclass, field
from datetime import date

from matcher.vocab import DIMENSIONS, label
from trajectory import icpc
from trajectory.referrals import REFERRER_TYPES
from trajectory.trajectories import CLOSE_REASONS, FEEDBACK_STEPS, Step, spider_web_change
from trajectory.workdays import contact_deadline


@dataclass(frozen=True)
class Letter:
    step: str
    title: str
    day: date
    sender: str  # the welfare organisation
    recipient: str  # the practice, by AGB code
    regarding: list[tuple[str, str]]  # (label, value) rows about the referral
    body: list  # paragraphs (str) and bulleted lists (list[str]), in order
    table: list[tuple[str, str, str, str]] = field(default_factory=list)  # spider web rows
    closing: str = ""


def nl_date(day: date) -> str:
    months = (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _score(v) -> str:
    return f"{float(v):.1f}".replace(".", ",") if v is not None else "—"


def _change(delta: float) -> str:
    return "0,0" if abs(delta) < 0.05 else f"{delta:+.1f}".replace(".", ",")


def _categories(codes: list[str]) -> str:
    return ", ".join(label("categories", c) for c in codes[:3])


def compose(step: Step, referral: dict, trajectory: dict | None, organization: str) -> Letter:
    """The letter of one step (``feedback_steps`` gives the steps that happened)."""
    code = icpc.lookup(referral["icpc_code"])
    regarding = [
        ("Uw verwijzing van", nl_date(referral["referral_date"])),
        ("Cliëntreferentie", referral["client_reference"]),
        ("ICPC", f"{referral['icpc_code']} {code.label if code else ''}".strip()),
        ("Verwezen door", REFERRER_TYPES.get(referral["referrer_type"], "")),
    ]
    who = f"uw patiënt met cliëntreferentie {referral['client_reference']}"
    paragraphs: list = []
    table: list[tuple[str, str, str, str]] = []
    activities = (trajectory or {}).get("activities") or []
    if step.code == "contact":
        due = contact_deadline(referral["referral_date"])
        timing = (
            "binnen de afgesproken 5 werkdagen"
            if step.day <= due
            else f"na de afgesproken 5 werkdagen (uiterlijk {nl_date(due)})"
        )
        paragraphs = [
            f"Op {nl_date(step.day)} heeft de welzijnscoach van {organization} voor het eerst "
            f"contact gehad met {who}, {timing} na uw verwijzing.",
            "In de komende gesprekken verkennen de coach en de cliënt samen, met het spinnenweb "
            "van Positieve Gezondheid, wat voor de cliënt echt belangrijk is en wat een passende "
            "activiteit zou kunnen zijn. U hoort van ons zodra er een activiteit is gekozen.",
        ]
    elif step.code == "activity_chosen":
        first = [a for a in activities if a["chosen_on"] == step.day] or activities
        paragraphs = [
            f"Op {nl_date(step.day)} heeft {who} samen met de welzijnscoach gekozen voor:",
            [
                f"{a['activity_name']} ({_categories(a['categories'])})"
                if a["categories"]
                else a["activity_name"]
                for a in first
            ],
            "De welzijnscoach vraagt na 3, 6 en 9 maanden na of de cliënt nog deelneemt en hoe "
            "het gaat. Na 3 maanden krijgt u opnieuw bericht.",
        ]
    elif step.code == "participating_3m":
        going = [
            a["activity_name"]
            for a in activities
            if any(c["month"] == 3 and c["result"] == "participating" for c in a["checkins"])
        ]
        paragraphs = [
            f"Bij de check-in na 3 maanden ({nl_date(step.day)}) nam {who} nog deel aan:",
            going,
            "De coach vraagt na 6 en 9 maanden opnieuw na hoe het gaat.",
        ]
    elif step.code == "closed":
        t = trajectory or {}
        n = len(t.get("conversations") or [])
        minutes = sum(c["minutes"] for c in t.get("conversations") or [])
        reason = CLOSE_REASONS.get(t.get("close_reason") or "other", "Andere reden")
        paragraphs = [
            f"Het Welzijn op Recept-traject van {who} is op {nl_date(step.day)} afgesloten. "
            f"Reden: {reason.lower()}.",
            f"De cliënt en de welzijnscoach hadden {n} {'gesprek' if n == 1 else 'gesprekken'}"
            f" (samen {minutes} minuten).",
        ]
        if activities:
            paragraphs += ["Gekozen activiteiten:", [a["activity_name"] for a in activities]]
        snaps = t.get("snapshots") or {}
        intake = (snaps.get("intake") or {}).get("scores")
        close = (snaps.get("close") or {}).get("scores")
        change = spider_web_change(intake, close)
        if change:
            table = [
                (
                    label("dimensions", d),
                    _score(intake.get(d)),
                    _score(close.get(d)),
                    _change(change[d]),
                )
                for d in DIMENSIONS
                if d in change
            ]
    return Letter(
        step=step.code,
        title=f"Terugkoppeling Welzijn op Recept: {FEEDBACK_STEPS[step.code].lower()}",
        day=step.day,
        sender=organization,
        recipient=f"Huisartsenpraktijk, AGB-code {referral['referrer_agb']}",
        regarding=regarding,
        body=paragraphs,
        table=table,
        closing=f"Met vriendelijke groet,\nde welzijnscoach van {organization}",
    )
