#!/usr/bin/env python3
"""Authoring-time checks of ``meierijstad.json`` (not needed to build it).

Needs shapely and jsonschema[format-nongpl]:
    python3 -m venv /tmp/demovenv
    /tmp/demovenv/bin/pip install shapely "jsonschema[format-nongpl]"
    /tmp/demovenv/bin/python data/demo/check_demo.py --shared ../shared

Validates every record against the HSDS 3.0 service schema, checks that ids are unique,
that every physical venue lies inside its wijk polygon, that each category has at least 20
active activities and that the designed holes (see README.md) hold; prints the numbers.
"""

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from places import KERNEN, WIJKEN  # noqa: E402

STALE_BEFORE = "2025-11-23"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(HERE.parent.parent.parent / "shared"))
    ap.add_argument("--file", default=str(HERE / "meierijstad.json"))
    args = ap.parse_args()
    shared = Path(args.shared)
    import jsonschema
    from shapely.geometry import Point, shape

    recs = json.load(open(args.file, encoding="utf-8"))
    schema = json.load(open(shared / "data/hsds-3.0/compiled/service.json"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    problems = []
    for r in recs:
        for err in validator.iter_errors(r):
            problems.append(f"schema {r['name']}: {err.message[:120]}")
    geo = json.load(open(shared / "data/nl/meierijstad_wijken_2024.geojson"))
    polys = {f["properties"]["statcode"]: shape(f["geometry"]) for f in geo["features"]}
    city_wijk = {}
    for city, wijk, _, _ in KERNEN.values():
        city_wijk[city] = wijk

    ids = Counter(r["id"] for r in recs)
    problems += [f"duplicate service id {i}" for i, c in ids.items() if c > 1]
    names = Counter(r["name"] for r in recs)
    problems += [f"duplicate name {n}" for n, c in names.items() if c > 1]
    entity = {}
    stats = Counter()
    per_cat, per_wijk = Counter(), Counter()
    cat_wijk = defaultdict(Counter)
    wheel_sport_erp, free_cook_schijndel, evening = [], [], defaultdict(list)
    venues = set()
    for r in recs:
        active = r["status"] == "active"
        cats = [
            a["taxonomy_term"]["code"]
            for a in r["attributes"]
            if a["taxonomy_term"]["taxonomy"] == "wor-categorie"
        ]
        at_home = any(a["taxonomy_term"]["taxonomy"] == "levering" for a in r["attributes"])
        for c in cats:
            per_cat[c] += active
        stats["inactive"] += not active
        stats["stale"] += r["assured_date"] < STALE_BEFORE
        costs = r.get("cost_options") or []
        free = not costs or all(c["amount"] == 0 for c in costs)
        stats["free"] += free
        late = any(s["opens_at"] >= "18:00" for s in r["schedules"])
        for lang in r["languages"]:
            stats["lang_" + lang["code"]] += 1
        wijk = None
        for sal in r.get("service_at_locations", []):
            loc = sal["location"]
            blob = json.dumps(loc, sort_keys=True)
            if entity.setdefault(loc["id"], blob) != blob:
                problems.append(f"location {loc['id']} differs between services")
            if loc["location_type"] == "virtual":
                stats["online"] += 1
                continue
            venues.add(loc["id"])
            city = loc["addresses"][0]["city"]
            wijk = city_wijk[city]
            if not polys[wijk].contains(Point(loc["longitude"], loc["latitude"])):
                problems.append(f"venue {loc['name']} outside {wijk}")
            codes = {a["taxonomy_term"]["code"] for a in loc["attributes"]}
            stats["in_person"] += 1
            stats["wheelchair"] += "wheelchair" in codes
            if active and wijk == "WK194801" and "sport_movement" in cats and "wheelchair" in codes:
                wheel_sport_erp.append(r["name"])
            if active and wijk == "WK194802" and "cooking_food" in cats and free:
                free_cook_schijndel.append(r["name"])
        if at_home:
            stats["at_home"] += 1
        if wijk:
            per_wijk[wijk] += 1
            for c in cats:
                cat_wijk[wijk][c] += active
            if late and active:
                evening[wijk].append(r["name"])
    n = len(recs)
    print(
        f"services: {n}, venues: {len(venues)}, organisations: "
        f"{len({r['organization_id'] for r in recs})}"
    )
    print("active per category:", dict(sorted(per_cat.items())))
    print("per wijk:", {f"{w} {WIJKEN[w]}": c for w, c in sorted(per_wijk.items())})
    for w in sorted(cat_wijk):
        print(f"  {WIJKEN[w]}:", dict(sorted(cat_wijk[w].items())))
    print(
        f"online: {stats['online']}, at home: {stats['at_home']}, inactive: "
        f"{stats['inactive']}, stale: {stats['stale']} ({stats['stale'] / n:.0%})"
    )
    print(
        f"free: {stats['free']} ({stats['free'] / n:.0%}); wheelchair: {stats['wheelchair']}"
        f"/{stats['in_person']} ({stats['wheelchair'] / max(1, stats['in_person']):.0%})"
    )
    print("languages:", {k[5:]: v for k, v in stats.items() if k.startswith("lang_")})
    print(
        "evening (active, starts >= 18:00) per wijk:",
        {WIJKEN[w]: len(v) for w, v in sorted(evening.items())},
    )
    erp_sport = cat_wijk["WK194801"]["sport_movement"]
    hole_a = not wheel_sport_erp and erp_sport > 0
    hole_b = not free_cook_schijndel and cat_wijk["WK194802"]["cooking_food"] > 0
    hole_c = len(evening["WK194803"]) <= 2
    print(f"hole a (Erp: {erp_sport} sport, none wheelchair): {hole_a} {wheel_sport_erp}")
    print(f"hole b (Schijndel: no free cooking): {hole_b} {free_cook_schijndel}")
    print(f"hole c (Sint-Oedenrode: <= 2 evening): {hole_c} {evening['WK194803']}")
    low = [c for c, k in per_cat.items() if k < 20]
    if len(per_cat) < 8 or low:
        problems.append(f"categories below 20 active: {low or 'missing'}")
    if not (hole_a and hole_b and hole_c):
        problems.append("a designed hole does not hold")
    for p in problems[:40]:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
