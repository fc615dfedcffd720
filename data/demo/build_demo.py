#!/usr/bin/env python3
"""Build the fictional Meierijstad demo map: ``python3 data/demo/build_demo.py``.

Standard library only and deterministic: the same input gives byte-identical output.
Writes ``meierijstad.json`` (a JSON array of HSDS 3.0 services) next to this file.
"""

import datetime as dt
import importlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import records  # noqa: E402
from venues_a import VENUES_A  # noqa: E402
from venues_b import ONLINE, VENUES_B  # noqa: E402

SEED = 20261123
ACTIVITY_MODULES = [
    "activities_a",
    "activities_b",
    "activities_c",
    "activities_d",
    "activities_e",
    "activities_f",
    "activities_g",
    "activities_h",
    "activities_i",
]
STALE_SHARE = 0.11
FRESH = (dt.date(2026, 1, 1), dt.date(2026, 11, 20))
STALE = (dt.date(2024, 10, 1), dt.date(2025, 11, 15))
OUTPUT = HERE / "meierijstad.json"


def load_entries() -> list[dict]:
    entries = []
    for name in ACTIVITY_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        entries.extend(module.ACTIVITIES)
    return entries


def _date_between(rng: random.Random, span: tuple[dt.date, dt.date]) -> str:
    days = (span[1] - span[0]).days
    return (span[0] + dt.timedelta(days=rng.randint(0, days))).isoformat()


def build() -> list[dict]:
    rng = random.Random(SEED)
    venues = {v["key"]: v for v in VENUES_A + VENUES_B}
    entries = load_entries()
    names = Counter(e["name"] for e in entries)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate activity names: {dupes}")
    for e in entries:
        v = e["venue"]
        if v != "home" and not v.startswith("online:") and v not in venues:
            raise SystemExit(f"{e['name']}: unknown venue {v!r}")
        if v.startswith("online:") and v.split(":", 1)[1] not in ONLINE:
            raise SystemExit(f"{e['name']}: unknown online location {v!r}")
    undated = [i for i, e in enumerate(entries) if not e["assured_date"]]
    n_stale = round(STALE_SHARE * len(entries)) - sum(
        1 for e in entries if e["assured_date"] and e["assured_date"] < "2025-11-23"
    )
    stale = set(rng.sample(undated, max(0, n_stale)))
    out = []
    for i, e in enumerate(entries):
        assured = e["assured_date"] or _date_between(rng, STALE if i in stale else FRESH)
        modified = f"{rng.randint(7, 17):02d}:{rng.randrange(0, 60, 5):02d}"
        out.append(records.build(e, venues, ONLINE, assured, modified, rng.choice))
    ids = [r["id"] for r in out]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate service ids")
    return out


def main() -> None:
    out = build()
    with open(OUTPUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    cats = Counter(
        a["taxonomy_term"]["code"]
        for r in out
        for a in r["attributes"]
        if a["taxonomy_term"]["taxonomy"] == "wor-categorie"
    )
    print(f"wrote {len(out)} services to {OUTPUT}")
    print("per category:", dict(sorted(cats.items())))


if __name__ == "__main__":
    main()
