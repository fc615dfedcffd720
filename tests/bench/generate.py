"""Generate N realistic HSDS services for benchmarks: the demo map's listings, varied and
spread over real Dutch places (GeoNames, from ../shared/data/nl)."""

import copy
import csv
import json
import random
import uuid
from pathlib import Path

from matcher.paths import DATA_DIR

SHARED = DATA_DIR.parent.parent / "shared"
PLACES_FILE = SHARED / "data" / "nl" / "geonames_places_nl.csv"
DEMO_FILE = DATA_DIR / "demo" / "meierijstad.json"
EXAMPLES_FILE = SHARED / "examples" / "dutch_profile_services.json"
NS = uuid.UUID("3a0e4f4c-7f55-4a8e-9d3e-0b7a9f1d2c11")


def places(min_population: int = 1000) -> list[tuple[str, float, float]]:
    out = []
    with open(PLACES_FILE, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(float(row["population"] or 0)) >= min_population:
                out.append((row["name"], float(row["latitude"]), float(row["longitude"])))
    return out


def templates() -> list[dict]:
    path = DEMO_FILE if DEMO_FILE.exists() else EXAMPLES_FILE
    return json.loads(path.read_text(encoding="utf-8"))


def generate(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    towns, base = places(), templates()
    out = []
    for i in range(n):
        record = copy.deepcopy(base[i % len(base)])
        town, lat, lon = towns[rng.randrange(len(towns))]
        record["id"] = str(uuid.uuid5(NS, f"activity-{i}"))
        record["name"] = f"{record['name']} {town}"
        org = record.get("organization") or {}
        org_id = str(uuid.uuid5(NS, f"org-{i % 2000}"))
        record["organization_id"] = org_id
        record["organization"] = {
            **org,
            "id": org_id,
            "name": f"{org.get('name', 'Stichting')} {town}",
        }
        for sal in record.get("service_at_locations") or []:
            loc = sal.get("location") or {}
            if loc.get("latitude") is not None:
                loc["id"] = str(uuid.uuid5(NS, f"loc-{i}"))
                loc["latitude"] = round(lat + rng.uniform(-0.02, 0.02), 5)
                loc["longitude"] = round(lon + rng.uniform(-0.03, 0.03), 5)
                for a in loc.get("addresses") or []:
                    a["city"] = town
        out.append(record)
    return out


def write_ndjson(records: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
