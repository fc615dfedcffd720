"""Where a match spends its time: pyinstrument over the benchmark's 200 matches, in-process,
on a data dir that `search_bench --data-dir` filled.

    python -m tests.bench.profile_match --data-dir DIR [--what match|search] [--html out.html]
"""

import argparse
import os
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--what", choices=("match", "search"), default="match")
    parser.add_argument("--html", default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--time", action="store_true", help="No profiler: wall and CPU ms.")
    args = parser.parse_args()
    os.environ["SOCIALMAP_DATA_DIR"] = args.data_dir
    from pyinstrument import Profiler

    from api import create_app, services
    from tests.bench.search_bench import match_requests, requests

    app = create_app({"RATE_LIMIT": "off"})
    client = app.test_client()
    with app.app_context():
        _, token = services.get().store.create_token("coach")
    headers = {"Authorization": f"Bearer {token}"}
    if args.what == "match":
        calls = [
            lambda b=b: client.post("/api/v1/match", json=b, headers=headers)
            for b in match_requests()
        ]
    else:
        calls = [lambda p=p: client.get(p, headers=headers) for p in requests()]
    for call in calls[:20]:
        call()
    if args.time:
        wall, cpu = [], []
        for _ in range(args.repeat):
            for call in calls:
                w0, c0 = time.perf_counter(), time.thread_time()
                call()
                cpu.append(1000 * (time.thread_time() - c0))
                wall.append(1000 * (time.perf_counter() - w0))
        for name, xs in (("wall", wall), ("cpu", cpu)):
            xs.sort()
            median, p95 = xs[len(xs) // 2], xs[int(0.95 * len(xs)) - 1]
            print(f"{name}: median {median:.1f} ms, p95 {p95:.1f} ms")
        return
    profiler = Profiler(interval=0.0005)
    t0 = time.perf_counter()
    profiler.start()
    for _ in range(args.repeat):
        for call in calls:
            r = call()
            assert r.status_code == 200, r.json
    profiler.stop()
    took = time.perf_counter() - t0
    print(
        f"{len(calls) * args.repeat} {args.what}es in {took:.2f} s, "
        f"{1000 * took / len(calls) / args.repeat:.1f} ms each (profiled)"
    )
    every = bool(os.environ.get("SHOW_ALL"))  # SHOW_ALL=1: library frames too
    print(profiler.output_text(unicode=False, color=False, show_all=every))
    if args.html:
        with open(args.html, "w") as f:
            f.write(profiler.output_html())
    app.extensions["socialmap"].close()


if __name__ == "__main__":
    main()
