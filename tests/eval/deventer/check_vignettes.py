#!/usr/bin/env python3
"""Check vignettes.json against catalog.json (standard library only).

Asserts that
- every vignette has the Smallingerland vignette shape and only contract requirement keys;
- every graded listing exists, is active, runs on 2026-12-03 and meets the vignette's hard requirements
  (distance by haversine, delivery, accessibility, cost, languages, days, parts of day, age);
- every expect_no_fit vignette has an empty relevance and *nothing* in its relevant categories (the
  true categories of the listing, not only what the provider tagged) passes the requirements, even when
  read leniently (courses that start later count, no schedule counts, the cheapest cost reading counts).

Run: python3 check_vignettes.py [-v]   (-v lists ungraded listings that pass, per vignette)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import build_catalog as bc

HERE = Path(__file__).resolve().parent
TODAY = bc.TODAY
REQUIREMENT_KEYS = {
    "wheelchair",
    "step_free",
    "accessible_toilet",
    "hearing_loop",
    "guide_dog_welcome",
    "dementia_friendly",
    "parking",
    "public_transport",
    "free_only",
    "max_cost_eur_per_month",
    "languages",
    "days",
    "parts_of_day",
    "delivery",
}
DIMENSIONS = {
    "bodily_functions",
    "mental_wellbeing",
    "meaningfulness",
    "quality_of_life",
    "participation",
    "daily_functioning",
}

# For each no-fit vignette: the (true) categories in which nothing may pass ("*" = every category), and
# listings that pass the requirements on paper but are plainly not for this client, each with the reason.
ACTIVITY = {
    "sport_movement",
    "nature",
    "cooking_food",
    "creative_cultural",
    "relaxation_meaning",
    "contact_meeting",
}
NO_FIT_NEEDS = {
    "dv16": ({"*"}, {}),
    "dv21": ({"sport_movement"}, {}),
    "dv22": ({"*"}, {}),
    "dv23": ({"*"}, {}),
    "dv24": (
        ACTIVITY,
        {"vl-taalmaatje": "taalmaatje voor nieuwkomers die Nederlands leren; geen vaste tijd"},
    ),
}


def runs_now(s: dict, lenient: bool) -> bool:
    today = TODAY.isoformat()
    if s.get("valid_to") and s["valid_to"] < today:
        return False
    if not lenient and s.get("valid_from") and s["valid_from"] > today:
        return False
    return True


def failures(rec: dict, request: dict, lenient: bool = False) -> list[str]:
    """Why `rec` does not fit the hard requirements of `request` (empty list = it fits)."""
    req = request.get("requirements", {})
    why = []
    if rec["status"] != "active":
        why.append(f"status {rec['status']}")
    mode = bc.delivery(rec)
    if req.get("delivery") and mode not in req["delivery"]:
        why.append(f"delivery {mode}")
    loc = request["location"]
    pt = bc.point_of(rec)
    if pt is not None and "max_distance_km" in request:
        d = bc.km((loc["latitude"], loc["longitude"]), pt)
        if d > request["max_distance_km"]:
            why.append(f"{d:.1f} km")
    if mode == "in_person":
        acc = bc.access_codes(rec)
        for code in bc.ACCESS:
            if req.get(code) and code not in acc:
                why.append(f"no {code}")
    if req.get("free_only") and not bc.is_free(rec):
        why.append("not free")
    if "max_cost_eur_per_month" in req:
        cost = bc.monthly_cost(rec, cheapest=lenient)
        if cost > req["max_cost_eur_per_month"] + 1e-9:
            why.append(f"€ {cost:.2f}/month")
    if req.get("languages"):
        langs = {x["code"] for x in rec.get("languages", [])}
        if not langs & set(req["languages"]):
            why.append("language")
    age = request.get("age")
    if age is not None:
        if rec.get("minimum_age") is not None and age < rec["minimum_age"]:
            why.append("too young")
        if rec.get("maximum_age") is not None and age > rec["maximum_age"]:
            why.append("too old")
    schedules = rec.get("schedules", [])
    days, parts = req.get("days"), req.get("parts_of_day")
    if schedules:
        running = [s for s in schedules if runs_now(s, lenient)]
        if not running:
            why.append("not running now")
        elif days or parts:
            ok = [
                s
                for s in running
                if (not days or set(s["byday"].split(",")) & set(days))
                and (not parts or bc.part_of_day(s["opens_at"]) in parts)
            ]
            if not ok:
                why.append("day/time")
    elif (days or parts) and not lenient:
        why.append("no fixed time")
    return why


def check_shape(v: dict) -> None:
    assert set(v) == {
        "id",
        "target_group",
        "summary",
        "request",
        "relevance",
        "expect_no_fit",
        "notes",
    }, v["id"]
    r = v["request"]
    assert set(r) <= {
        "spider_web",
        "focus",
        "wishes",
        "location",
        "max_distance_km",
        "requirements",
        "age",
        "limit",
    }, (v["id"], set(r))
    assert set(r["spider_web"]) == DIMENSIONS and all(
        0 <= x <= 10 for x in r["spider_web"].values()
    ), v["id"]
    assert set(r.get("focus", [])) <= DIMENSIONS, v["id"]
    assert set(r["location"]) == {"latitude", "longitude"}, v["id"]
    assert set(r.get("requirements", {})) <= REQUIREMENT_KEYS, (v["id"], r.get("requirements"))
    for key in ("days",):
        assert set(r.get("requirements", {}).get(key, [])) <= set(bc.DAY_CODES), v["id"]
    assert set(r.get("requirements", {}).get("parts_of_day", [])) <= {
        "morning",
        "afternoon",
        "evening",
    }, v["id"]
    assert set(r.get("requirements", {}).get("delivery", [])) <= {
        "in_person",
        "online",
        "at_home",
    }, v["id"]
    assert r.get("limit") == 10, v["id"]
    assert all(g in (1, 2, 3) for g in v["relevance"].values()), v["id"]
    # the client lives in the municipality: within 6 km of the GeoNames point of Deventer or a village
    home = (r["location"]["latitude"], r["location"]["longitude"])
    assert (
        min(bc.km(home, p) for p in bc.PLACE_POINTS.values()) <= 1.5
        or bc.km(home, bc.PLACE_POINTS["Deventer"]) <= 3.0
    ), v["id"]


def main(
    vignettes_file: Path = HERE / "vignettes.json",
    no_fit_needs: dict = NO_FIT_NEEDS,
    minimum: int = 60,
) -> int:
    """Check ``vignettes_file`` (another writer's set of this catalog: its own no-fit table
    and size, as extra/check_vignettes.py does)."""
    verbose = "-v" in sys.argv
    records = json.loads((HERE / "catalog.json").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records}
    true_cats = {bc.uid("service", sp.key): set(sp.true_cats) for sp in bc.SPECS}
    vignettes = json.loads(vignettes_file.read_text(encoding="utf-8"))
    ids = [v["id"] for v in vignettes]
    assert len(ids) == len(set(ids)) and len(ids) >= minimum, len(ids)
    problems = []
    for v in vignettes:
        check_shape(v)
        req = v["request"]
        for sid, grade in v["relevance"].items():
            if sid not in by_id:
                problems.append(f"{v['id']}: unknown id {sid}")
                continue
            why = failures(by_id[sid], req)
            if why:
                problems.append(
                    f"{v['id']}: graded {grade} '{by_id[sid]['name']}' fails: {', '.join(why)}"
                )
        if v["expect_no_fit"]:
            assert v["relevance"] == {}, v["id"]
            assert v["id"] in no_fit_needs, f"{v['id']}: no NO_FIT_NEEDS entry"
            needs, not_for = no_fit_needs[v["id"]]
            skip = {bc.uid("service", k) for k in not_for}
            for r in records:
                if "*" not in needs and not (true_cats[r["id"]] & needs):
                    continue
                if r["id"] in skip:
                    continue
                if r["status"] != "active":
                    continue
                if not failures(r, req, lenient=True):
                    problems.append(f"{v['id']}: expect_no_fit but '{r['name']}' passes")
        else:
            assert v["relevance"], f"{v['id']}: fit expected but nothing graded"
            assert 3 in v["relevance"].values() or 2 in v["relevance"].values(), v["id"]
        if verbose:
            passing = [r for r in records if not failures(r, req) and r["id"] not in v["relevance"]]
            print(
                f"{v['id']} ({v['target_group']}): {len(v['relevance'])} graded; ungraded that pass: "
                + "; ".join(r["name"] for r in passing)
            )
    assert set(no_fit_needs) == {v["id"] for v in vignettes if v["expect_no_fit"]}, (
        "NO_FIT_NEEDS out of date"
    )
    if problems:
        print("\n".join(problems))
        return 1
    n_graded = sum(len(v["relevance"]) for v in vignettes)
    print(
        f"ok: {len(vignettes)} vignettes, {n_graded} graded pairs, "
        f"{sum(v['expect_no_fit'] for v in vignettes)} no-fit",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
