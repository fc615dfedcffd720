"""Search benchmark: import N generated activities, restart, and time searches.

    make bench                      # N = 10,000
    python -m tests.bench.search_bench --n 2000

Reports import time (with embeddings), time to first answer after a restart (a new process:
start-up, opening the store and index, first search), and server-side search latency
(median, p95) over a fixed set of 200 requests through the Flask app.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.generate import generate, places, write_ndjson

FIRST_ANSWER = """
import time, sys
t0 = time.perf_counter()
from api import create_app, services
from indexers.base import SearchQuery
app = create_app()
services.warm(app)  # as a worker of `socialmap serve` does
with app.app_context():
    r = services.get().backend.search(SearchQuery(text="wandelen", latitude=51.616,
                                                  longitude=5.549, radius_km=10))
print(json.dumps({"seconds": time.perf_counter() - t0, "total": r.total}))
"""


def requests(n: int = 200, seed: int = 3) -> list[str]:
    import random

    rng = random.Random(seed)
    towns = places(5000)
    words = [
        "wandelen",
        "koor",
        "samen koken",
        "schuldhulp",
        "moestuin",
        "yoga",
        "koffie ochtend",
        "taalcafe",
        "vrijwilligerswerk",
        "mantelzorg",
        "schilderen",
        "ik voel me eenzaam",
        "biljart",
        "fietsen",
        None,
        None,
    ]
    filters = [
        "",
        "&wheelchair=true",
        "&free=true",
        "&day=TU",
        "&part_of_day=morning",
        "&category=contact_meeting",
        "&language=ar",
        "&max_cost=10&age=70",
    ]
    out = []
    for _ in range(n):
        _, lat, lon = towns[rng.randrange(len(towns))]
        q = rng.choice(words)
        out.append(
            f"/api/v1/activities?lat={lat}&lon={lon}&radius_km={rng.choice([3, 5, 10])}"
            + (f"&q={q}" if q else "")
            + rng.choice(filters)
        )
    return out


def match_requests(n: int = 200, seed: int = 5) -> list[dict]:
    import random

    rng = random.Random(seed)
    towns = places(5000)
    wishes = [
        "Ik wil weer onder de mensen komen.",
        "Vroeger zong ik graag in een koor.",
        "Ik heb schulden en weet niet waar ik moet beginnen.",
        "Ik wil iets nuttigs doen.",
        "Mijn knieën doen pijn, maar ik wil wel bewegen.",
        "Ik mis mijn man.",
        "Ik wil graag buiten zijn, in de tuin werken.",
        "",
        "Ik zorg voor mijn moeder.",
        "Ik wil Nederlands leren en mensen ontmoeten.",
    ]
    dims = [
        "bodily_functions",
        "mental_wellbeing",
        "meaningfulness",
        "quality_of_life",
        "participation",
        "daily_functioning",
    ]
    reqs = [
        {},
        {"wheelchair": True},
        {"free_only": True},
        {"days": ["TU", "TH"]},
        {"parts_of_day": ["morning"]},
        {"languages": ["ar"]},
        {"max_cost_eur_per_month": 15, "wheelchair": True},
    ]
    out = []
    for _ in range(n):
        _, lat, lon = towns[rng.randrange(len(towns))]
        web = {d: rng.randint(1, 9) for d in dims}
        out.append(
            {
                "spider_web": web,
                "focus": [min(web, key=web.get)],
                "wishes": rng.choice(wishes),
                "location": {"latitude": lat, "longitude": lon},
                "max_distance_km": rng.choice([3, 5, 10]),
                "requirements": rng.choice(reqs),
                "age": rng.randint(18, 90),
            }
        )
    return out


def _percentiles(latencies: list[float]) -> tuple[float, float]:
    latencies = sorted(latencies)
    return (
        round(statistics.median(latencies), 1),
        round(latencies[int(0.95 * len(latencies)) - 1], 1),
    )


def fts5_floor(data_dir: Path, paths: list[str]) -> dict:
    """The floor: a bare SQLite FTS5 lookup of the same text queries (no filters, no
    distance, no meaning), over the same listings' names and descriptions."""
    import sqlite3
    from urllib.parse import parse_qs, urlsplit

    from api.store import Store

    store = Store(f"sqlite:///{data_dir / 'socialmap.sqlite'}")
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, name, description)")
    db.executemany(
        "INSERT INTO fts VALUES (?, ?, ?)",
        (
            (s.doc["id"], s.doc["name"], s.doc.get("description") or "")
            for s in store.iter_activities()
        ),
    )
    store.close()
    queries = [parse_qs(urlsplit(p).query).get("q", [None])[0] for p in paths]
    queries = [" OR ".join(f'"{w}"' for w in q.split()) for q in queries if q]
    latencies = []
    for q in queries:
        t = time.perf_counter()
        db.execute("SELECT id FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20", (q,)).fetchall()
        latencies.append((time.perf_counter() - t) * 1000)
    median, p95 = _percentiles(latencies)
    return {"queries": len(queries), "ms_median": median, "ms_p95": p95}


def served(data_dir: Path) -> dict:
    """Throughput of `socialmap serve` with 2 workers under a bounded loopback load, and the
    resident memory per worker (tests.bench.load's quiet phase)."""
    from tests.bench.load import _run_load, _worker_rss_mb, run_matches
    from tests.server import Server, cli

    token = cli(data_dir, "token", "create", "--role", "coach").strip().splitlines()[-1]
    server = Server(data_dir, workers=2, env={"SOCIALMAP_RATE_LIMIT": "off"}).start(timeout=300)
    try:
        _run_load(server, token)  # warm-up
        load = _run_load(server, token)
        matches = run_matches(server, token)
        return {**load, "matches_only": matches, "worker_rss_mb": _worker_rss_mb(server)}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="socialmap-bench-"))
    env = {**os.environ, "SOCIALMAP_DATA_DIR": str(data_dir)}
    binary = str(Path(sys.executable).parent / "socialmap")
    import_seconds = None
    if not (data_dir / "socialmap.sqlite").exists():  # --data-dir of an earlier run: reuse
        file = write_ndjson(generate(args.n), data_dir.parent / f"bench-{args.n}.ndjson")
        t0 = time.perf_counter()
        subprocess.run([binary, "import", str(file)], env=env, check=True)
        import_seconds = time.perf_counter() - t0

    first = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", "import json\n" + FIRST_ANSWER],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        first.append(json.loads(out.stdout.strip().splitlines()[-1])["seconds"])

    os.environ["SOCIALMAP_DATA_DIR"] = str(data_dir)
    from api import create_app, services

    app = create_app()
    client = app.test_client()
    with app.app_context():
        _, token = services.get().store.create_token("coach")
    headers = {"Authorization": f"Bearer {token}"}
    paths = requests()
    for path in paths[:20]:  # warm-up
        client.get(path, headers=headers)
    latencies = []
    for path in paths:
        t = time.perf_counter()
        r = client.get(path, headers=headers)
        latencies.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.json
    match_latencies = []
    bodies = match_requests()
    for body in bodies[:20]:  # warm-up
        client.post("/api/v1/match", json=body, headers=headers)
    for body in bodies:
        t = time.perf_counter()
        r = client.post("/api/v1/match", json=body, headers=headers)
        match_latencies.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, r.json
    match_median, match_p95 = _percentiles(match_latencies)
    app.extensions["socialmap"].close()
    floor = fts5_floor(data_dir, paths)
    under_load = served(data_dir)
    latencies.sort()
    report = {
        "activities": args.n,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}",
        "import_seconds": round(import_seconds, 1) if import_seconds else "reused",
        "import_per_second": round(args.n / import_seconds) if import_seconds else None,
        "first_answer_after_restart_seconds": round(statistics.median(first), 2),
        "search_ms_median": round(statistics.median(latencies), 1),
        "search_ms_p95": round(latencies[int(0.95 * len(latencies)) - 1], 1),
        "requests": len(latencies),
        "match_ms_median": match_median,
        "match_ms_p95": match_p95,
        "fts5_floor_same_text_queries": floor,
        "served_2_workers_4_clients": under_load,
    }
    report["targets"] = targets(report)
    print(json.dumps(report, indent=2))
    for row in report["targets"]:
        print(
            f"{row['figure']:<46} {row['value']!s:>9}  target {row['target']:<28} "
            f"{'met' if row['met'] else 'NOT MET'}",
            file=sys.stderr,
        )


def targets(report: dict) -> list[dict]:
    """Each figure of the speed issue beside its target (issue 14), and the FTS5 floor."""
    n = report["activities"]
    floor = report["fts5_floor_same_text_queries"]["ms_p95"]
    served = report["served_2_workers_4_clients"]
    rows = []
    if n <= 20_000:
        p95 = report["match_ms_p95"]
        rows.append(
            {
                "figure": f"match p95 server-side, {n:,} (ms)",
                "value": p95,
                "target": f"<= 20 and <= 2 x FTS5 p95 ({floor})",
                "met": p95 <= 20 and p95 <= 2 * floor,
            }
        )
        mps = served["matches_only"]["matches_per_second"]
        rows.append(
            {
                "figure": f"served matches/s, 2 workers, {n:,}",
                "value": mps,
                "target": ">= 150",
                "met": mps >= 150,
            }
        )
    else:
        p95 = report["match_ms_p95"]
        rows.append(
            {
                "figure": f"match p95 server-side, {n:,} (ms)",
                "value": p95,
                "target": f"<= 50 (FTS5 p95 {floor})",
                "met": p95 <= 50,
            }
        )
        restart = report["first_answer_after_restart_seconds"]
        rows.append(
            {
                "figure": f"restart to first answer, {n:,} (s)",
                "value": restart,
                "target": "<= 3",
                "met": restart <= 3,
            }
        )
        rss = max(served["worker_rss_mb"])
        rows.append(
            {
                "figure": f"RSS per worker, {n:,} (MB)",
                "value": rss,
                "target": "<= 800",
                "met": rss <= 800,
            }
        )
    return rows


if __name__ == "__main__":
    main()
