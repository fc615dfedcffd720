#!/usr/bin/env python3
"""Check vignettes.json against catalog.json (Smallingerland; standard library only).

Adapted from check_vignettes_deventer_example.py. Asserts that
- every vignette has the vignette shape and only contract requirement keys;
- every graded listing exists, is active, runs on 2026-12-03 and meets the vignette's hard requirements
  (distance by haversine, delivery, accessibility at the venue, cost, languages, days, parts of day, age);
- every expect_no_fit vignette has an empty relevance and *nothing* of its relevant kind passes the
  requirements, even read leniently (courses that start later count, no schedule counts, cheapest cost
  reading counts). "Relevant kind" = the listing's true categories (tags corrected where the catalog's
  README says they are missing or wrong) OR a text match on name + description.

Run: python3 check_vignettes.py [-v]   (-v lists ungraded listings that pass, per vignette)
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 3)
ACCESS = ["wheelchair", "step_free", "accessible_toilet", "hearing_loop", "guide_dog_welcome",
          "dementia_friendly", "parking", "public_transport"]
REQUIREMENT_KEYS = set(ACCESS) | {"free_only", "max_cost_eur_per_month", "languages", "days", "parts_of_day", "delivery"}
DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DIMENSIONS = {"bodily_functions", "mental_wellbeing", "meaningfulness", "quality_of_life", "participation",
              "daily_functioning"}
PLACES = {  # GeoNames points, as in build_catalog.py
    "Drachten": (53.11254, 6.0989), "Boornbergum": (53.08284, 6.04578), "Opeinde": (53.1341, 6.05656),
    "Oudega": (53.12504, 5.99888), "Rottevalle": (53.14523, 6.10411), "De Wilgen": (53.09936, 6.0341),
    "Nijega": (53.14029, 6.02705), "Houtigehage": (53.15202, 6.14524), "De Tike": (53.15161, 6.03767),
    "Kortehemmen": (53.07691, 6.07213), "Drachtstercompagnie": (53.13462, 6.14153), "Smalle Ee": (53.10325, 6.01853),
}

# True categories (replacing the tags) where the provider's tags are missing or wrong (by id prefix; from the texts).
TRUE_CATS_FIX = {
    # no wor-categorie at all
    "daa730e5": {"contact_meeting"}, "371b3b52": {"contact_meeting"}, "bd58e3e0": {"creative_cultural", "contact_meeting"},
    "814dc70e": {"other"}, "39dd3320": {"other"}, "9e80096e": {"cooking_food", "other"},
    "c538b581": {"creative_cultural", "contact_meeting"}, "a010c846": {"other"}, "cb2ecda9": {"contact_meeting"},
    "702dda00": {"contact_meeting"}, "36ae24fd": {"creative_cultural", "contact_meeting"}, "f02f80f4": {"other"},
    "1d1a18ab": {"contact_meeting", "other"}, "eb47af37": {"other", "volunteering"}, "1235530b": {"relaxation_meaning"},
    "c1159175": {"creative_cultural", "contact_meeting"}, "bb7c522d": {"contact_meeting"},
    "71a327c4": {"contact_meeting", "other"}, "801d0893": {"volunteering"}, "6682eff9": {"contact_meeting"},
    # wrong or incomplete
    "ab8661a4": {"sport_movement"}, "e1ea31cc": {"volunteering"},
    "7d230d74": {"cooking_food", "nature", "contact_meeting"}, "8cd3fb4c": {"contact_meeting", "other"},
    "aaef985b": {"relaxation_meaning", "contact_meeting"}, "8b3652a8": {"other"}, "754aaac5": {"volunteering"},
    "ad03da5e": {"creative_cultural", "volunteering"}, "36361f3c": {"creative_cultural", "contact_meeting"},
    "e405fbf5": {"relaxation_meaning", "cooking_food", "contact_meeting"}, "a431496c": {"other", "sport_movement"},
    "3d0b0182": {"other", "sport_movement", "nature", "contact_meeting"},
    "39a7b1ef": {"creative_cultural", "sport_movement"}, "2fa5f93e": {"sport_movement", "relaxation_meaning"},
    "534ce50c": {"contact_meeting", "sport_movement", "nature"},
    "f2144968": {"sport_movement", "nature", "volunteering"},
}
TEXT = {  # text signals per category (as the catalog's own hole checks use them)
    "sport_movement": re.compile(r"wandel|bewe[eg]|sport|gym|yoga|dans|fiets|zwem|aqua|voetbal|volley|boules|koersbal|walk|balans|fitness|trainen", re.I),
    "cooking_food": re.compile(r"\b(kok|koks|koken|kookt|eten|maaltijd\w*|lunch\w*|soep|diner|dinner|iftar|potluck)\b", re.I),
    "creative_cultural": re.compile(r"schilder|teken|koor|zing|zang|brei|haak|handwerk|foto|toneel|muziek|knutsel|creatie|kunst|\bklei\b|boetseer|boetseren", re.I),
}
ANY = {"sport_movement", "nature", "cooking_food", "creative_cultural", "relaxation_meaning", "volunteering",
       "contact_meeting", "other"}
# For each no-fit vignette: the kinds in which nothing may pass ("*" = everything), and listings that pass on
# paper but are plainly not for this client (id prefix -> reason).
NO_FIT_NEEDS = {
    "sc08": ({"*"}, {}),
    "sc14": ({"sport_movement"}, {}),
    "sc16": ({"creative_cultural"}, {}),
    "sc30": ({"cooking_food"}, {}),
}


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    x = (lo2 - lo1) * math.cos((la1 + la2) / 2)
    return 6371.0 * math.hypot(x, la2 - la1)


def loc_of(rec):
    sal = rec.get("service_at_locations")
    return sal[0]["location"] if sal else None


def delivery(rec):
    loc = loc_of(rec)
    if loc is None:
        return "at_home"
    return "online" if loc["location_type"] == "virtual" else "in_person"


def point_of(rec):
    loc = loc_of(rec)
    return (loc["latitude"], loc["longitude"]) if loc and loc["location_type"] == "physical" else None


def codes(items, tax):
    return {a["taxonomy_term"]["code"] for a in items or [] if a["taxonomy_term"]["taxonomy"] == tax}


def is_free(rec):
    return all(c.get("amount", 0) == 0 for c in rec.get("cost_options", []))


def monthly_cost(rec, cheapest=False):
    """per_session x 4.33 / interval (strict: summed over several schedules), per_year / 12, once in full."""
    costs = []
    for c in rec.get("cost_options", []):
        a, o = c.get("amount", 0), c.get("option")
        if o == "per_session":
            per = [4.33 / s.get("interval", 1) for s in rec.get("schedules") or [{}]]
            costs.append(a * (min(per) if cheapest else sum(per)))
        elif o == "per_month":
            costs.append(a)
        elif o == "per_year":
            costs.append(a / 12)
        else:
            costs.append(a)
    return min(costs) if costs else 0.0


def part_of_day(hhmm):
    return "morning" if hhmm < "12:00" else "afternoon" if hhmm < "18:00" else "evening"


def runs_now(s, lenient):
    today = TODAY.isoformat()
    if s.get("valid_to") and s["valid_to"] < today:
        return False
    if not lenient and s.get("valid_from") and s["valid_from"] > today:
        return False
    return True


def failures(rec, request, lenient=False):
    """Why `rec` does not fit the hard requirements of `request` (empty list = it fits)."""
    req = request.get("requirements", {})
    why = []
    if rec["status"] != "active":
        why.append(f"status {rec['status']}")
    mode = delivery(rec)
    if req.get("delivery") and mode not in req["delivery"]:
        why.append(f"delivery {mode}")
    loc = request["location"]
    pt = point_of(rec)
    if pt is not None and "max_distance_km" in request:
        d = km((loc["latitude"], loc["longitude"]), pt)
        if d > request["max_distance_km"]:
            why.append(f"{d:.1f} km")
    if mode == "in_person":
        acc = codes(loc_of(rec).get("attributes"), "toegankelijkheid")
        for code in ACCESS:
            if req.get(code) and code not in acc:
                why.append(f"no {code}")
    if req.get("free_only") and not is_free(rec):
        why.append("not free")
    if "max_cost_eur_per_month" in req:
        cost = monthly_cost(rec, cheapest=lenient)
        if cost > req["max_cost_eur_per_month"] + 1e-9:
            why.append(f"EUR {cost:.2f}/month")
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
            ok = [s for s in running
                  if (not days or set(s["byday"].split(",")) & set(days))
                  and (not parts or part_of_day(s["opens_at"]) in parts)]
            if not ok:
                why.append("day/time")
    elif (days or parts) and not lenient:
        why.append("no fixed time")
    return why


def true_cats(rec):
    fix = TRUE_CATS_FIX.get(rec["id"][:8])
    return set(fix) if fix is not None else codes(rec.get("attributes"), "wor-categorie")


def of_kind(rec, needs):
    if "*" in needs:
        return True
    if true_cats(rec) & needs:
        return True
    txt = rec["name"] + " " + rec.get("description", "")
    return any(TEXT[n].search(txt) for n in needs if n in TEXT)


def check_shape(v):
    assert set(v) == {"id", "target_group", "summary", "request", "relevance", "expect_no_fit", "notes"}, v["id"]
    r = v["request"]
    assert set(r) <= {"spider_web", "focus", "wishes", "location", "max_distance_km", "requirements", "age",
                      "limit"}, (v["id"], set(r))
    assert set(r["spider_web"]) == DIMENSIONS and all(0 <= x <= 10 for x in r["spider_web"].values()), v["id"]
    assert set(r.get("focus", [])) <= DIMENSIONS, v["id"]
    assert set(r["location"]) == {"latitude", "longitude"}, v["id"]
    assert 1 <= r["max_distance_km"] <= 10, v["id"]
    rq = r.get("requirements", {})
    assert set(rq) <= REQUIREMENT_KEYS, (v["id"], rq)
    assert set(rq.get("days", [])) <= set(DAY_CODES), v["id"]
    assert set(rq.get("parts_of_day", [])) <= {"morning", "afternoon", "evening"}, v["id"]
    assert set(rq.get("delivery", [])) <= {"in_person", "online", "at_home"}, v["id"]
    assert r.get("limit") == 10, v["id"]
    assert all(g in (1, 2, 3) for g in v["relevance"].values()), v["id"]
    assert v["summary"] and r["wishes"] and v["notes"], v["id"]
    # the client lives in the municipality: near a village point or in Drachten
    home = (r["location"]["latitude"], r["location"]["longitude"])
    assert (min(km(home, p) for n, p in PLACES.items() if n != "Drachten") <= 1.5
            or km(home, PLACES["Drachten"]) <= 3.0), v["id"]


def main():
    verbose = "-v" in sys.argv
    records = json.loads((HERE.parent / "catalog.json").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records}
    vignettes = json.loads((HERE / "vignettes.json").read_text(encoding="utf-8"))
    ids = [v["id"] for v in vignettes]
    assert len(ids) == len(set(ids)) and len(ids) == 40, len(ids)
    assert ids == [f"sc{i:02d}" for i in range(1, 41)], ids
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
                problems.append(f"{v['id']}: graded {grade} '{by_id[sid]['name']}' fails: {', '.join(why)}")
        if v["expect_no_fit"]:
            assert v["relevance"] == {}, v["id"]
            assert v["id"] in NO_FIT_NEEDS, f"{v['id']}: no NO_FIT_NEEDS entry"
            needs, not_for = NO_FIT_NEEDS[v["id"]]
            for r in records:
                if r["status"] != "active" or r["id"][:8] in not_for or not of_kind(r, needs):
                    continue
                if not failures(r, req, lenient=True):
                    problems.append(f"{v['id']}: expect_no_fit but '{r['name']}' passes")
        else:
            assert v["relevance"], f"{v['id']}: fit expected but nothing graded"
            assert 3 in v["relevance"].values() or 2 in v["relevance"].values(), v["id"]
        if verbose:
            passing = [r for r in records if not failures(r, req) and r["id"] not in v["relevance"]]
            print(f"{v['id']} ({v['target_group']}): {len(v['relevance'])} graded; ungraded that pass: "
                  + "; ".join(r["name"] for r in passing))
    assert set(NO_FIT_NEEDS) == {v["id"] for v in vignettes if v["expect_no_fit"]}, "NO_FIT_NEEDS out of date"
    if problems:
        print("\n".join(problems))
        return 1
    n_graded = sum(len(v["relevance"]) for v in vignettes)
    print(f"ok: {len(vignettes)} vignettes, {n_graded} graded pairs, "
          f"{sum(v['expect_no_fit'] for v in vignettes)} no-fit", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
