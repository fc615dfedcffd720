"""FICTIONAL demo referrals and trajectories for the demo map, over the last four quarters.

``socialmap demo`` makes up Welzijn op Recept referrals from three invented GP practices to
the demo map's welfare organisation (Stichting Dichtbij Welzijn Meierijstad) and runs them
through the real stores, backdated, as the coach's pages would: a trajectory with its
intake spider web, two to five conversations, a chosen activity of the demo map, check-ins
at 3, 6 and 9 months, and a close with the closing spider web. So the monitoring page of
Meierijstad shows every indicator. Nobody here is real; the client references are made up.

The spread is deterministic (cycles, not chance), so that every cell of every quarter's
breakdown holds at least 5 and nothing is hidden. The newest referrals are left waiting,
and the most recent check-ins undone, so the coach's page has something to do.
"""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from api import services
from api.demo_demand import quarter_windows
from api.store import match_log
from matcher.categories import listing_categories
from matcher.vocab import DIMENSIONS
from trajectory.trajectories import add_months

ORGANIZATION = "219a8db0-04fd-5a47-9662-544160ac28bb"  # Stichting Dichtbij Welzijn Meierijstad
MUNICIPALITY = "GM1948"
PRACTICES = ("01055501", "01055502", "01055503")  # invented AGB codes
PER_QUARTER = (60, 64, 68, 72)  # referrals per quarter, oldest first: WoR grows
REFERRER_CYCLE = ("huisarts",) * 4 + ("poh_ggz",) * 3 + ("poh_somatiek",) * 2
ICPC_CYCLE = ("P03", "Z12", "P01", "Z15", "P02", "P06")
CATEGORY_CYCLE = ("contact_meeting", "sport_movement", "creative_cultural", "nature")
KINDS = ("phone", "visit", "walk_in", "visit")
MINUTES = (30, 45, 60, 50, 40, 55)
# check-in results in cycles of ten per month: most who stop, stop early
P, S, U = "participating", "stopped", "unreachable"
RESULTS = {
    3: (P, S, P, U, S, P, S, P, P, S),
    6: (P, P, S, P, U, P, P, S, P, P),
    9: (P, P, P, U, P, P, S, P, P, P),
}
STOP_REASONS = ("not_suitable", "practical")
WAITING = 5  # the newest referrals, not yet taken on
UNDONE_DAYS = 12  # check-ins falling in the last days are left for the coach
# invented intake webs: low where the client's life chafes
WEBS = (
    {"participation": 2, "mental_wellbeing": 4, "quality_of_life": 5},
    {"bodily_functions": 3, "mental_wellbeing": 5},
    {"meaningfulness": 3, "participation": 4, "daily_functioning": 5},
    {"mental_wellbeing": 3, "quality_of_life": 4},
)


def _web(i: int) -> dict[str, float]:
    low = WEBS[i % len(WEBS)]
    return {d: float(low.get(d, 6 + (i + n) % 3)) for n, d in enumerate(DIMENSIONS)}


def _closing_web(intake: dict[str, float], i: int) -> dict[str, float]:
    return {
        d: min(10.0, v + (2 if v < 5 else 1) - (1 if (i + n) % 5 == 0 else 0))
        for n, (d, v) in enumerate(intake.items())
    }


def _activities_by_category(svc) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {c: [] for c in CATEGORY_CYCLE}
    for stored in svc.store.iter_activities():
        doc = stored.public()
        kinds = listing_categories(doc).categories
        if kinds and kinds[0] in out:
            out[kinds[0]].append({"id": doc["id"], "name": doc["name"], "categories": list(kinds)})
    return out


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def generate(now: datetime | None = None) -> dict:
    """Make the demo referrals and trajectories; needs the demo map loaded. Returns counts."""
    svc = services.get()
    if svc.store.organization(ORGANIZATION) is None:
        return {"referrals": 0, "trajectories": 0}
    today = (now or datetime.now(UTC)).date()
    naive_now = (now or datetime.now(UTC)).replace(tzinfo=None)
    activities = _activities_by_category(svc)
    match_rows: dict[str, list[str]] = {}  # month -> ids of the demo match log
    with svc.store.engine.connect() as conn:
        q = select(match_log.c.id, match_log.c.at).where(match_log.c.municipality == MUNICIPALITY)
        for row in conn.execute(q.order_by(match_log.c.at)):
            match_rows.setdefault(row.at.date().isoformat()[:7], []).append(row.id)
    referrals, trajectories = svc.referrals, svc.trajectories
    made = {"referrals": 0, "trajectories": 0, "closed": 0, "chosen": 0, "checkins": 0}
    n = chosen_n = stop_n = 0
    checkin_n = dict.fromkeys(RESULTS, 0)
    days = []
    for (start, end), count in zip(quarter_windows(naive_now), PER_QUARTER, strict=True):
        span = (end.date() - start.date()).days
        days += [_weekday(start.date() + timedelta(days=span * k // count)) for k in range(count)]
    days = [max(d, days[0]) for d in days]
    for k, day in enumerate(days):
        n += 1
        fields = {
            "client_reference": f"DEMO-{n:04d}",
            "icpc_code": ICPC_CYCLE[k % len(ICPC_CYCLE)],
            "referrer_type": REFERRER_CYCLE[k % len(REFERRER_CYCLE)],
            "referrer_agb": PRACTICES[k % len(PRACTICES)],
            "organization_id": ORGANIZATION,
            "municipality": MUNICIPALITY,
            "referral_date": day,
            "consent": {"given": True, "date": day},
            "reason": None,
        }
        referral = referrals.create(fields, "json", actor="demo")
        made["referrals"] += 1
        opened = day + timedelta(days=3)
        if k >= len(days) - WAITING or opened > today:
            continue  # new: the coach has yet to take it on
        if k % 6 == 5:
            referrals.act(referral["id"], "reject", reject_reason="not_suitable", actor="demo")
            continue
        referrals.act(referral["id"], "accept", actor="demo")
        intake = _web(k)
        t = trajectories.open(referral, opened, MUNICIPALITY, "demo", intake=intake)
        made["trajectories"] += 1
        talks = 2 + k % 4
        chooses = k % 6 != 4
        close_on = opened + timedelta(days=60 if chooses else 40)
        for c in range(talks):
            when = opened + timedelta(days=7 * c)
            if when > today or when > close_on:
                break
            kind = KINDS[(k + c) % len(KINDS)]
            trajectories.add_conversation(t["id"], when, MINUTES[(k + c) % len(MINUTES)], kind,
                                          "demo")  # fmt: skip
        chosen_on = opened + timedelta(days=14)
        if chooses and chosen_on <= today:
            rows = match_rows.get(chosen_on.isoformat()[:7]) or []
            match_id = rows[k % len(rows)] if rows else None
            if match_id:
                trajectories.link_match(t["id"], match_id, "demo")
            category = CATEGORY_CYCLE[chosen_n % len(CATEGORY_CYCLE)]
            pool = activities[category]
            activity = pool[chosen_n % len(pool)] if pool else None
            chosen_n += 1
            if activity:
                t = trajectories.choose(t["id"], activity, chosen_on, "demo")
                made["chosen"] += 1
                chosen_id = t["activities"][0]["id"]
                for month in (3, 6, 9):
                    when = add_months(chosen_on, month) + timedelta(days=k % 5)
                    if when > today - timedelta(days=UNDONE_DAYS):
                        break
                    result = RESULTS[month][checkin_n[month] % len(RESULTS[month])]
                    checkin_n[month] += 1
                    reason = None
                    if result == "stopped":
                        reason = STOP_REASONS[stop_n % len(STOP_REASONS)]
                        stop_n += 1
                    trajectories.checkin(t["id"], chosen_id, month, when, result, reason, "demo")
                    made["checkins"] += 1
                    if result == "stopped":
                        break
        if close_on <= today:
            reason = ("activity_found", "goal_reached")[k % 2] if chooses else "referred_on"
            trajectories.close(t["id"], close_on, reason, "demo", scores=_closing_web(intake, k))
            made["closed"] += 1
    return made
