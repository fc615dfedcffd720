"""Concurrency: 50 editors on one listing with If-Match, against the real server.

Per version exactly one edit wins and the other 49 get 412; no update is lost, and the
audit log holds every accepted change.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import activity
from tests.server import Server, cli

pytestmark = pytest.mark.slow
EDITORS = 50
ROUNDS = 3


def test_fifty_editors_one_winner_per_version_no_lost_update(tmp_path):
    admin = cli(tmp_path, "token", "create", "--role", "admin").strip().splitlines()[-1]
    provider = (
        cli(tmp_path, "token", "create", "--role", "provider", "--organization", "org-a")
        .strip()
        .splitlines()[-1]
    )
    server = Server(
        tmp_path, workers=2, env={"SOCIALMAP_EMBEDDER": "none", "SOCIALMAP_RATE_LIMIT": "off"}
    ).start()
    try:
        assert (
            server.request("POST", "/api/v1/activities", activity(id="druk"), token=admin)[0] == 201
        )
        winners = []
        for round_ in range(ROUNDS):
            status, doc, headers = server.request("GET", "/api/v1/activities/druk", token=provider)
            etag = headers["ETag"]
            barrier = threading.Barrier(EDITORS)

            def edit(n, etag=etag, barrier=barrier, round_=round_):
                barrier.wait()  # all at once
                return n, server.request(
                    "PATCH",
                    "/api/v1/activities/druk",
                    {"description": f"Ronde {round_}, redacteur {n}."},
                    token=provider,
                    headers={"If-Match": etag},
                )

            with ThreadPoolExecutor(EDITORS) as pool:
                results = list(pool.map(edit, range(EDITORS)))
            codes = sorted(r[1][0] for r in results)
            assert codes == [200] + [412] * (EDITORS - 1), codes
            (winner,) = [n for n, r in results if r[0] == 200]
            winners.append((round_, winner))
            for _, r in results:
                if r[0] == 412:
                    assert "changed by someone else" in r[1]["message"]

        status, doc, headers = server.request("GET", "/api/v1/activities/druk", token=admin)
        round_, winner = winners[-1]
        assert doc["description"] == f"Ronde {round_}, redacteur {winner}."  # not lost
        assert headers["ETag"] == f'"v{ROUNDS + 1}"'
        history = server.request("GET", "/api/v1/activities/druk/history", token=admin)[1]
        updates = [e for e in history["items"] if e["action"] == "update"]
        assert len(updates) == ROUNDS  # every accepted change, and only those
        described = [e["changes"]["description"][1] for e in reversed(updates)]
        assert described == [f"Ronde {r}, redacteur {w}." for r, w in winners]
    finally:
        server.stop()


def test_searches_and_matches_while_an_import_runs(tmp_path):
    """A bounded loopback load during an import: every request answers 200 and the import
    lands whole (the latency ratio is measured by `make load`)."""
    import json
    from urllib.parse import quote

    from tests.bench.generate import PLACES_FILE, generate
    from tests.bench.search_bench import match_requests, requests

    if not PLACES_FILE.exists():
        pytest.skip("needs ../shared/data/nl for places")
    records = generate(600)
    (tmp_path / "base.json").write_text(json.dumps(records[:300]))
    cli(tmp_path, "import", str(tmp_path / "base.json"))
    token = cli(tmp_path, "token", "create", "--role", "admin").strip().splitlines()[-1]
    server = Server(tmp_path, workers=2, env={"SOCIALMAP_RATE_LIMIT": "off"}).start()
    try:
        calls = [("GET", quote(p, safe="/?&=,"), None) for p in requests(40)] + [
            ("POST", "/api/v1/match", b) for b in match_requests(40)
        ]
        imported = []

        def importer():
            for i in range(300, 600, 50):
                status, body, _ = server.request(
                    "POST", "/api/v1/import", records[i : i + 50], token=token
                )
                imported.append((status, body["imported"], body["rejected"]))

        thread = threading.Thread(target=importer)
        thread.start()
        with ThreadPoolExecutor(4) as pool:
            answers = list(
                pool.map(lambda c: server.request(c[0], c[1], c[2], token=token)[0], calls)
            )
        thread.join()
        assert answers == [200] * len(calls)
        assert imported == [(200, 50, [])] * 6
        total = server.request(
            "GET", "/api/v1/activities?per_page=1&include_inactive=true", token=token
        )[1]["total"]
        assert total == 600
    finally:
        server.stop()
