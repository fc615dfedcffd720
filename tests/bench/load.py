"""Load benchmark: a bounded loopback load of searches and matches on a real server
(`socialmap serve`, 2 gunicorn workers), first quiet, then while an import runs.

    make load                          # N = 10,000 activities
    python -m tests.bench.load --n 2000 --data-dir /tmp/x

Reports, for the same 400 requests (200 searches and 200 matches from the benchmark's fixed
sets, 4 clients at a time): errors, median and p95 latency seen by the client, throughput,
the resident memory of each worker, and the loaded p95 against the quiet one. Exits 1 on
any error or when the p95 under import is more than twice the quiet p95.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

from tests.bench.generate import generate, write_ndjson
from tests.bench.search_bench import match_requests, requests
from tests.server import Server

CLIENTS = 4
IMPORT_RECORDS = 2000
IMPORT_CHUNK = 100


def _run_load(server: Server, token: str) -> dict:
    calls = [("GET", quote(p, safe="/?&=,"), None) for p in requests()] + [
        ("POST", "/api/v1/match", b) for b in match_requests()
    ]
    calls = [c for pair in zip(calls[:200], calls[200:], strict=True) for c in pair]
    latencies, errors = [], []

    def one(call):
        method, path, body = call
        t = time.perf_counter()
        try:
            status, payload, _ = server.request(method, path, body, token=token, timeout=60)
        except OSError as e:
            errors.append(repr(e))
            return
        latencies.append((time.perf_counter() - t) * 1000)
        if status != 200:
            errors.append(f"{status} {path}: {str(payload)[:200]}")

    t0 = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(one, calls))
    wall = time.perf_counter() - t0
    latencies.sort()
    return {
        "requests": len(calls),
        "errors": len(errors),
        "first_errors": errors[:3],
        "ms_median": round(statistics.median(latencies), 1),
        "ms_p95": round(latencies[int(0.95 * len(latencies)) - 1], 1),
        "requests_per_second": round(len(calls) / wall, 1),
    }


def run_matches(server: Server, token: str, clients: int = 8) -> dict:
    """Served matches alone: the benchmark's 200 matches, ``clients`` at a time (enough to
    keep 2 workers of 4 threads busy), matches per second."""
    bodies = match_requests()
    latencies, errors = [], []

    def one(body):
        t = time.perf_counter()
        status, payload, _ = server.request("POST", "/api/v1/match", body, token=token, timeout=60)
        latencies.append((time.perf_counter() - t) * 1000)
        if status != 200:
            errors.append(f"{status}: {str(payload)[:200]}")

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(one, bodies))
    wall = time.perf_counter() - t0
    latencies.sort()
    return {
        "matches": len(bodies),
        "clients": clients,
        "errors": len(errors),
        "ms_median": round(statistics.median(latencies), 1),
        "ms_p95": round(latencies[int(0.95 * len(latencies)) - 1], 1),
        "matches_per_second": round(len(bodies) / wall, 1),
    }


def _worker_rss_mb(server: Server) -> list[float]:
    """Resident memory of the gunicorn workers (children of the master)."""
    children = Path(f"/proc/{server.proc.pid}/task/{server.proc.pid}/children")
    out = []
    for pid in children.read_text().split():
        status = Path(f"/proc/{pid}/status").read_text()
        kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
        out.append(round(kb / 1024))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--data-dir", default=None)
    args = parser.parse_args()
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="socialmap-load-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SOCIALMAP_DATA_DIR": str(data_dir), "SOCIALMAP_RATE_LIMIT": "off"}
    binary = str(Path(sys.executable).parent / "socialmap")
    records = generate(args.n + IMPORT_RECORDS)
    if not (data_dir / "socialmap.sqlite").exists():
        file = write_ndjson(records[: args.n], data_dir.parent / f"load-{args.n}.ndjson")
        subprocess.run([binary, "import", str(file)], env=env, check=True)
    token_out = subprocess.run(
        [binary, "token", "create", "--role", "admin"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    token = token_out.stdout.strip().splitlines()[-1]

    server = Server(data_dir, workers=2, env={"SOCIALMAP_RATE_LIMIT": "off"}).start(timeout=300)
    try:
        _run_load(server, token)  # warm-up: both workers load their index and model
        quiet = _run_load(server, token)
        rss = _worker_rss_mb(server)

        extra = records[args.n :]
        imported, import_errors = [0], []

        def importer():
            for i in range(0, len(extra), IMPORT_CHUNK):
                status, body, _ = server.request(
                    "POST", "/api/v1/import", extra[i : i + IMPORT_CHUNK], token=token, timeout=300
                )
                if status != 200 or body["rejected"]:
                    import_errors.append(f"{status}: {str(body)[:200]}")
                else:
                    imported[0] += body["imported"]

        thread = threading.Thread(target=importer)
        thread.start()
        time.sleep(1.0)  # the import is under way
        loaded = _run_load(server, token)
        import_running_at_end = thread.is_alive()
        thread.join()
    finally:
        server.stop()

    ratio = loaded["ms_p95"] / quiet["ms_p95"]
    report = {
        "activities": args.n,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}",
        "workers": 2,
        "clients": CLIENTS,
        "quiet": quiet,
        "during_import": loaded,
        "import": {
            "records": imported[0],
            "errors": import_errors[:3],
            "still_running_at_end": import_running_at_end,
        },
        "p95_ratio_loaded_vs_quiet": round(ratio, 2),
        "worker_rss_mb": rss,
    }
    print(json.dumps(report, indent=2))
    ok = not quiet["errors"] and not loaded["errors"] and not import_errors and ratio <= 2
    print("targets (no errors; p95 under import at most 2x quiet):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
