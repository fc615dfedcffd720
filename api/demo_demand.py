"""FICTIONAL demo demand: intakes that fill the anonymous match log of the demo map.

``socialmap demo`` loads a fictional sociale kaart of Meierijstad; without demand the
municipality's coverage report would be empty. This module makes up a few hundred intakes
(fixed seed), spread over the last four quarters, and runs each one **through the real
matcher** and the real monitoring code (``matcher.engine.match`` and
``matcher.monitoring.log_entry``, as ``POST /api/v1/match`` does), so the log holds what
real use of the demo map would leave: the needed categories, the stated requirements,
covered or not, the binding constraints. Only the times are backdated, and the coaches'
outcomes (an activity chosen, or "nothing fitted" with a reason reduced to a code, as
``POST /api/v1/match/{id}/outcome`` does) are drawn at random.

Nobody here is real. The client types ("personas") are invented sketches of the target
groups of Welzijn op Recept; their spread over the kernen leans towards the designed holes
of the demo map (data/demo/README.md), so that the report has something to find:
wheelchair users who want to move in Erp, people on a small budget who want to cook and
eat together in Schijndel, people who work by day in Sint-Oedenrode. The wishes are short
invented sentences; like real wishes they are never stored.
"""

import random
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from api import services
from api.store import match_log
from matcher.engine import match
from matcher.monitoring import log_entry, no_fit_reason_code
from matcher.profile import ClientProfile, Requirements
from matcher.vocab import DIMENSIONS

SEED = 20261123
INTAKES = 420
# Share of the intakes per quarter, oldest first: Welzijn op Recept grows.
QUARTER_SHARES = (0.21, 0.24, 0.26, 0.29)

# Kern centres (GeoNames, as in data/demo/places.py) and how many clients each sends by
# default (roughly by population).
KERNEN = {
    "Veghel": (51.6167, 5.5486, 30),
    "Eerde": (51.6042, 5.4986, 2),
    "Zijtaart": (51.5925, 5.5417, 2),
    "Mariaheide": (51.6333, 5.5806, 2),
    "Schijndel": (51.6225, 5.4319, 22),
    "Wijbosch": (51.6167, 5.4681, 3),
    "Sint-Oedenrode": (51.5675, 5.4597, 17),
    "Nijnsel": (51.5508, 5.4833, 2),
    "Boskant": (51.5500, 5.4208, 1),
    "Olland": (51.5808, 5.4069, 1),
    "Erp": (51.6000, 5.6069, 7),
    "Keldonk": (51.5867, 5.5847, 1),
    "Boerdonk": (51.5592, 5.6250, 1),
}


@dataclass(frozen=True)
class Persona:
    """An invented sketch of a client group: how their spider web, wishes and needs look."""

    name: str
    weight: float
    web: dict[str, float]  # mean score per dimension (others around 7)
    focus: tuple[tuple[str, ...], ...]  # focus choices
    wishes: tuple[str, ...]  # invented sentences ("" = the coach wrote nothing)
    ages: tuple[int, int]
    radius: tuple[float, ...]  # km choices
    requirements: dict[str, float] = field(default_factory=dict)  # name -> probability
    kernen: dict[str, float] = field(default_factory=dict)  # extra weight per kern
    extra: dict = field(default_factory=dict)  # fixed requirements


PERSONAS = (
    Persona(
        "eenzaam",  # lonely older people
        24,
        {"participation": 2.5, "mental_wellbeing": 5, "quality_of_life": 5},
        (("participation",), ("participation", "mental_wellbeing"), ()),
        (
            "Ik zit veel alleen sinds mijn man is overleden.",
            "Ik wil weer onder de mensen komen.",
            "Gezellig een kopje koffie drinken met anderen.",
            "Vroeger zong ik graag in een koor.",
            "",
        ),
        (66, 91),
        (2, 3, 5),
        {"wheelchair": 0.12, "step_free": 0.1, "days": 0.25, "morning": 0.3, "free": 0.2},
    ),
    Persona(
        "bewegen",  # chronic complaints, wants to move
        14,
        {"bodily_functions": 3, "mental_wellbeing": 5.5},
        (("bodily_functions",), ()),
        (
            "Ik wil weer wat meer bewegen.",
            "Mijn knieën doen pijn, maar ik wil in beweging blijven.",
            "Lekker wandelen in de natuur.",
            "",
        ),
        (45, 82),
        (3, 5, 5),
        {"wheelchair": 0.06, "free": 0.25, "days": 0.2, "cost": 0.15},
    ),
    Persona(
        "rolstoel_bewegen",  # wheelchair users who want to move (the Erp hole)
        8,
        {"bodily_functions": 2.5, "participation": 5},
        (("bodily_functions",),),
        (
            "Ik zit in een rolstoel en wil toch sporten.",
            "Ik wil mijn conditie verbeteren.",
            "",
        ),
        (48, 86),
        (2, 3),
        {},
        {"Erp": 200, "Keldonk": 15},
        {"wheelchair": True, "delivery": ["in_person"]},
    ),
    Persona(
        "mantelzorg",  # carers with no time for themselves
        9,
        {"mental_wellbeing": 3.5, "quality_of_life": 4, "daily_functioning": 6},
        (("mental_wellbeing",), ("quality_of_life",)),
        (
            "Ik zorg voor mijn man en heb geen tijd meer voor mezelf.",
            "Even tot rust komen.",
            "Iets creatiefs doen, even niet zorgen.",
        ),
        (48, 78),
        (3, 5),
        {"days": 0.35, "morning": 0.4, "free": 0.2},
    ),
    Persona(
        "geldzorgen",  # debts and paperwork come first
        8,
        {"daily_functioning": 3, "quality_of_life": 3.5, "mental_wellbeing": 4.5},
        (("daily_functioning",), ("quality_of_life",)),
        (
            "Ik heb schulden en de post stapelt zich op.",
            "Ik kan de rekeningen niet meer betalen.",
            "Hulp bij formulieren en geldzaken.",
        ),
        (23, 64),
        (3, 5, 8),
        {"free": 0.6},
    ),
    Persona(
        "zingeving",  # young adults and people out of work, looking for purpose
        8,
        {"meaningfulness": 3, "participation": 4, "daily_functioning": 5.5},
        (("meaningfulness",), ("meaningfulness", "participation")),
        (
            "Ik wil iets zinvols doen voor een ander.",
            "Ik zou graag vrijwilligerswerk doen.",
            "Structuur in mijn week.",
            "",
        ),
        (19, 62),
        (3, 5, 8),
        {"free": 0.3},
    ),
    Persona(
        "rouw",  # grief
        6,
        {"meaningfulness": 3.5, "mental_wellbeing": 3.5, "participation": 4.5},
        (("mental_wellbeing",), ("meaningfulness",)),
        ("Mijn vrouw is vorig jaar overleden.", "Praten met mensen die hetzelfde meemaakten."),
        (55, 88),
        (3, 5),
        {"step_free": 0.1},
    ),
    Persona(
        "nieuwkomer",  # newcomers who speak little Dutch yet
        5,
        {"participation": 3, "quality_of_life": 4.5},
        (("participation",),),
        ("Ik wil Nederlands oefenen en mensen leren kennen.", "Contact met de buurt.", ""),
        (19, 55),
        (3, 5),
        {"free": 0.5},
        {},
        {"languages": ["ar"]},
    ),
    Persona(
        "samen_koken",  # a small budget, wants to cook and eat together (the Schijndel hole)
        7,
        {"quality_of_life": 3.5, "participation": 4.5, "bodily_functions": 5},
        (("quality_of_life",), ("bodily_functions",)),
        ("Samen koken en eten.", "Ik wil leren gezond koken.", "Samen een maaltijd eten."),
        (28, 84),
        (2, 3),
        {},
        {"Schijndel": 160, "Wijbosch": 20},
        {"free_only": True, "delivery": ["in_person"]},
    ),
    Persona(
        "werkt_overdag",  # works by day: evenings only (the Sint-Oedenrode hole)
        8,
        {"mental_wellbeing": 3.5, "bodily_functions": 4.5, "quality_of_life": 5},
        (("mental_wellbeing",), ("bodily_functions",)),
        (
            "Ik werk overdag; 's avonds wil ik iets voor mezelf doen.",
            "Na het werk sporten.",
            "Iets creatiefs in de avond.",
        ),
        (26, 60),
        (2, 3),
        {},
        {"Sint-Oedenrode": 140, "Nijnsel": 10},
        {"parts_of_day": ["evening"], "delivery": ["in_person"]},
    ),
)

# A coach's no-fit reason per binding constraint, invented and reduced to a code before
# it is stored (matcher.monitoring.no_fit_reason_code), as the outcome endpoint does.
NO_FIT_TEXT = {
    "wheelchair": "Niet toegankelijk met de rolstoel.",
    "step_free": "Er is een trap bij de ingang.",
    "free": "Te duur voor haar budget.",
    "cost": "Te duur voor zijn budget.",
    "part_of_day": "Alleen overdag en hij werkt dan.",
    "days": "Niet op de dagen dat ze kan.",
    "distance": "Te ver weg zonder vervoer.",
    "language": "Spreekt nog weinig Nederlands.",
}
INTEREST = "Past niet bij wat ze zoekt; geen interesse."


def log_is_empty() -> bool:
    store = services.get().store
    with store.engine.connect() as conn:
        return not conn.execute(select(func.count()).select_from(match_log)).scalar()


def _quarter_start(moment: datetime) -> datetime:
    return moment.replace(
        month=(moment.month - 1) // 3 * 3 + 1, day=1, hour=0, minute=0, second=0, microsecond=0
    )


def quarter_windows(now: datetime) -> list[tuple[datetime, datetime]]:
    """The last four calendar quarters up to now (oldest first); when the current quarter
    began less than four weeks ago, the four complete quarters before it."""
    start = _quarter_start(now)
    end = now
    if now - start < timedelta(days=28):
        end, start = start, _quarter_start(start - timedelta(days=1))
    windows = [(start, end)]
    for _ in range(3):
        prev = _quarter_start(windows[0][0] - timedelta(days=1))
        windows.insert(0, (prev, windows[0][0]))
    return windows


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    names = list(weights)
    return rng.choices(names, weights=[weights[n] for n in names])[0]


def _kern(rng: random.Random, persona: Persona) -> str:
    weights = {k: w for k, (_, _, w) in KERNEN.items()}
    for k, extra in persona.kernen.items():
        weights[k] += extra
    return _weighted(rng, weights)


def _spider_web(rng: random.Random, persona: Persona) -> dict[str, int]:
    web = {}
    for dim in DIMENSIONS:
        mean = persona.web.get(dim, 7.0)
        web[dim] = int(min(10, max(0, round(rng.gauss(mean, 1.2)))))
    return web


def _requirements(rng: random.Random, persona: Persona) -> dict:
    req = {k: (list(v) if isinstance(v, list) else v) for k, v in persona.extra.items()}
    p = persona.requirements
    for code in ("wheelchair", "step_free"):
        if rng.random() < p.get(code, 0):
            req[code] = True
    if "free_only" not in req and rng.random() < p.get("free", 0):
        req["free_only"] = True
    elif rng.random() < p.get("cost", 0):
        req["max_cost_eur_per_month"] = rng.choice((10, 15, 25))
    if rng.random() < p.get("days", 0):
        req["days"] = sorted(rng.sample(["MO", "TU", "WE", "TH", "FR"], rng.choice((2, 3))))
    if "parts_of_day" not in req and rng.random() < p.get("morning", 0):
        req["parts_of_day"] = ["morning", "afternoon"] if rng.random() < 0.5 else ["morning"]
    return req


def _profile(rng: random.Random, persona: Persona) -> tuple[ClientProfile, str]:
    kern = _kern(rng, persona)
    lat0, lon0, _ = KERNEN[kern]
    # somewhere in the kern: up to a few hundred metres from its centre
    lat = round(lat0 + rng.gauss(0, 0.0025), 4)
    lon = round(lon0 + rng.gauss(0, 0.0040), 4)
    profile = ClientProfile(
        spider_web=_spider_web(rng, persona),
        latitude=lat,
        longitude=lon,
        focus=rng.choice(persona.focus),
        wishes=rng.choice(persona.wishes),
        max_distance_km=rng.choice(persona.radius),
        requirements=Requirements.from_dict(_requirements(rng, persona)),
        age=rng.randint(*persona.ages),
        limit=10,
    )
    return profile, kern


def _outcome(rng: random.Random, result, at: datetime, now: datetime) -> dict:
    """What the coach recorded afterwards (or nothing yet), as the outcome endpoint would."""
    decided = at + timedelta(days=rng.randint(3, 25), hours=rng.randint(0, 8))
    if decided > now:
        return {}  # the trajectory is still under way
    served = result.covered and result.first_need_served
    draw = rng.random()
    if served:
        if draw < 0.78:
            pick = min(len(result.results) - 1, rng.choices((0, 1, 2), weights=(70, 20, 10))[0])
            doc = result.results[pick].activity
            chosen = [{"id": doc["id"], "categories": doc.get("categories") or []}]
            return {"outcome": "chosen", "outcome_at": decided, "chosen": chosen}
        if draw < 0.84:
            reason = no_fit_reason_code(INTEREST)
            return {"outcome": "no_fit", "outcome_at": decided, "no_fit_reason": reason}
        return {}
    if result.covered and draw < 0.45:
        # something fitted, though not in the category needed most: tried anyway
        doc = result.results[0].activity
        chosen = [{"id": doc["id"], "categories": doc.get("categories") or []}]
        return {"outcome": "chosen", "outcome_at": decided, "chosen": chosen}
    if draw > 0.85:
        binding = next((b for b in result.binding if b in NO_FIT_TEXT), None)
        reason = no_fit_reason_code(NO_FIT_TEXT[binding] if binding else INTEREST)
        return {"outcome": "no_fit", "outcome_at": decided, "no_fit_reason": reason}
    return {}  # maatwerk: the coach searches further


def generate(intakes: int = INTAKES, seed: int = SEED, now: datetime | None = None) -> dict:
    """Run ``intakes`` fictional intakes through the matcher and log them, backdated over
    the last four quarters. Needs an app context with the demo map loaded. Returns counts."""
    started = time.perf_counter()
    svc = services.get()
    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).replace(tzinfo=None)  # the store keeps naive UTC
    settings = svc.matching_settings()
    ranker = svc.ranker()
    areas = svc.area_index()
    personas = {p.name: p for p in PERSONAS}
    windows = quarter_windows(now)
    counts = [round(intakes * s) for s in QUARTER_SHARES]
    counts[-1] = intakes - sum(counts[:-1])
    entries = []
    for (start, end), n in zip(windows, counts, strict=True):
        span = (end - start).total_seconds()
        for _ in range(n):
            persona = personas[_weighted(rng, {p.name: p.weight for p in PERSONAS})]
            profile, _ = _profile(rng, persona)
            at = start + timedelta(seconds=rng.uniform(0, span))
            # office hours on a weekday
            at = at.replace(hour=rng.randint(9, 16), minute=rng.randint(0, 59))
            while at.weekday() >= 5:
                at -= timedelta(days=1)
            at = min(max(at, start), now - timedelta(minutes=5))
            result = match(profile, svc.backend, settings, ranker)
            area = areas.locate(profile.latitude, profile.longitude)
            entry = log_entry(
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                result,
                profile,
                svc.gazetteer.nearest_pc4(profile.latitude, profile.longitude),
                area.code if area else None,
                area.municipality if area else None,
            )
            outcome = {"outcome": None, "outcome_at": None, "chosen": None, "no_fit_reason": None}
            outcome.update(_outcome(rng, result, at, now))
            entries.append({**entry, "at": at, **outcome})
    svc.store.log_matches(entries)
    served = sum(1 for e in entries if e["covered"] and e["first_need_served"])
    return {
        "intakes": len(entries),
        "covered": sum(1 for e in entries if e["covered"]),
        "first_need_served": served,
        "chosen": sum(1 for e in entries if e.get("outcome") == "chosen"),
        "no_fit": sum(1 for e in entries if e.get("outcome") == "no_fit"),
        "from": windows[0][0],
        "to": now,
        "seconds": round(time.perf_counter() - started, 2),
    }
