"""Crash safety: SIGKILL the server in the middle of an import and of a stream of edits.

After a restart every write acknowledged with 2xx is there, nothing half-written is
visible (a record is there whole or not at all), and the search index agrees with the store
(`socialmap serve` repairs drift at start; `socialmap check` reports and repairs it).
"""

import http.client
import json
import threading
import time

import pytest

from tests.bench.generate import PLACES_FILE, generate
from tests.conftest import activity
from tests.server import Server, cli

pytestmark = pytest.mark.slow
NO_EMBEDDER = {"SOCIALMAP_EMBEDDER": "none", "SOCIALMAP_RATE_LIMIT": "off"}


def _admin(data_dir) -> str:
    return cli(data_dir, "token", "create", "--role", "admin").strip().splitlines()[-1]


def _check(data_dir) -> str:
    import os
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run(
        [str(Path(sys.executable).parent / "socialmap"), "check", "--dry-run"],
        env={**os.environ, "SOCIALMAP_DATA_DIR": str(data_dir), **NO_EMBEDDER},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out.stdout


def _all_ids(server, token) -> dict[str, dict]:
    found, page = {}, 1
    while True:
        status, body, _ = server.request(
            "GET", f"/api/v1/activities?include_inactive=true&per_page=100&page={page}", token=token
        )
        assert status == 200, body
        found.update({i["id"]: i for i in body["items"]})
        if page * 100 >= body["total"]:
            return found
        page += 1


@pytest.mark.skipif(not PLACES_FILE.exists(), reason="needs ../shared/data/nl for places")
def test_kill_9_during_an_import_of_5000_records(tmp_path):
    token = _admin(tmp_path)
    records = generate(5000)
    chunks = [records[i : i + 500] for i in range(0, 5000, 500)]
    server = Server(tmp_path, workers=1, env=NO_EMBEDDER).start()
    acknowledged: list[int] = []

    def client():
        for n, chunk in enumerate(chunks):
            try:
                status, body, _ = server.request("POST", "/api/v1/import", chunk, token=token)
            except (OSError, http.client.HTTPException):  # killed mid-answer
                return  # the server died under us
            if status == 200 and not body["rejected"]:
                acknowledged.append(n)

    thread = threading.Thread(target=client)
    thread.start()
    while len(acknowledged) < 3 and thread.is_alive():
        time.sleep(0.05)
    time.sleep(0.3)  # into the next chunk
    server.kill()
    thread.join(60)
    assert 3 <= len(acknowledged) < len(chunks), "the kill should land mid-import"

    server.start()
    try:
        stored = _all_ids(server, token)
        for n in acknowledged:  # every acknowledged record is there
            assert {r["id"] for r in chunks[n]} <= set(stored)
        # nothing half-written: the store holds whole batches of the import, no torn record
        assert len(stored) % 500 == 0 or len(stored) == 5000
        sample = {r["id"]: r for r in records if r["id"] in stored}
        for rid in list(sample)[:200]:
            assert stored[rid]["name"] == sample[rid]["name"]
        # the index agrees with the store (a restart repaired any drift)
        status, body, _ = server.request("GET", "/api/v1/activities?per_page=1", token=token)
        assert body["total"] == len([s for s in stored.values() if s["status"] == "active"])
    finally:
        server.stop()
    assert "agrees" in _check(tmp_path)


def test_kill_9_during_a_stream_of_provider_edits(tmp_path):
    admin = _admin(tmp_path)
    provider = (
        cli(tmp_path, "token", "create", "--role", "provider", "--organization", "org-a")
        .strip()
        .splitlines()[-1]
    )
    server = Server(tmp_path, workers=2, env=NO_EMBEDDER).start()
    ids = [f"edit-{k}" for k in range(4)]
    for i in ids:
        assert server.request("POST", "/api/v1/activities", activity(id=i), token=admin)[0] == 201
    last_ack = dict.fromkeys(ids, 0)
    stop = threading.Event()
    wrong_etags = []  # checked in the test's thread, not the editors'

    def editor(activity_id):
        n = 0
        while not stop.is_set():
            n += 1
            try:
                status, body, headers = server.request(
                    "PATCH",
                    f"/api/v1/activities/{activity_id}",
                    {"description": f"Bewerking {n} van de beschrijving."},
                    token=provider,
                    headers={"If-Match": f'"v{n}"'},
                    timeout=10,
                )
            except (OSError, http.client.HTTPException):  # killed mid-answer
                return
            if status != 200:
                return
            if headers.get("ETag") != f'"v{n + 1}"':
                wrong_etags.append((activity_id, n, headers.get("ETag")))
                return
            last_ack[activity_id] = n

    threads = [threading.Thread(target=editor, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    time.sleep(2.0)
    server.kill()
    stop.set()
    for t in threads:
        t.join(30)
    assert not wrong_etags
    assert all(n >= 3 for n in last_ack.values()), last_ack

    server.start()
    try:
        for i in ids:
            status, doc, headers = server.request("GET", f"/api/v1/activities/{i}", token=admin)
            assert status == 200
            n = last_ack[i]
            version = int(headers["ETag"].strip('"v'))
            # the acknowledged edit is there; at most the one in flight landed after it
            assert version - 1 in (n, n + 1), (i, n, version)
            assert doc["description"] == f"Bewerking {version - 1} van de beschrijving."
            history = server.request(
                "GET", f"/api/v1/activities/{i}/history?limit=1000", token=admin
            )[1]
            updates = [e for e in history["items"] if e["action"] == "update"]
            assert len(updates) == version - 1  # every accepted change is in the audit log
            found = server.request(
                "GET", "/api/v1/activities?q=Bewerking&per_page=50", token=admin
            )[1]
            indexed = {x["id"]: x for x in found["items"]}
            assert indexed[i]["version"] == version  # the index agrees with the store
    finally:
        server.stop()
    assert "agrees" in _check(tmp_path)


def test_check_reports_and_repairs_drift(tmp_path):
    """Drift made on purpose: writes straight into the store, behind the index's back."""
    from api import create_app, services

    app = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"})
    with app.app_context():
        svc = services.get()
        svc.store.create(activity(id="only-in-store"), "test")
        svc.backend.index([{**activity(id="only-in-index"), "version": 1}])
        svc.store.create(activity(id="old-in-index"), "test")
        svc.backend.index([svc.store.get("old-in-index").public()])
        svc.store.replace({**activity(id="old-in-index"), "name": "Nieuw"}, "test")
    app.extensions["socialmap"].close()

    runner = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"}).test_cli_runner()
    report = runner.invoke(args=["check", "--dry-run"])
    assert report.exit_code == 1
    assert "1 missing from the index, 1 no longer in the store, 1 at an older version" in (
        report.output
    )
    fixed = runner.invoke(args=["check"])
    assert fixed.exit_code == 0 and "repaired 3 listings" in fixed.output
    again = runner.invoke(args=["check", "--dry-run"])
    assert again.exit_code == 0 and "agrees" in again.output
    assert json.dumps(again.output)  # plain text, no traceback


def test_serve_repairs_drift_before_answering(tmp_path):
    """`socialmap serve` brings the index in line with the store before the first answer
    (in a child process, so the gunicorn master never holds the index)."""
    from api import create_app, services

    app = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"})
    with app.app_context():
        svc = services.get()
        svc.store.create(activity(id="only-in-store", name="Zangkoor De Drift"), "test")
        svc.backend.index([{**activity(id="only-in-index"), "version": 1}])
    app.extensions["socialmap"].close()

    server = Server(tmp_path, workers=2, env=NO_EMBEDDER).start()
    try:
        admin = _admin(tmp_path)
        status, found, _ = server.request(
            "GET", "/api/v1/activities?q=zangkoor&per_page=50", token=admin
        )
        assert status == 200
        assert [x["id"] for x in found["items"]] == ["only-in-store"]
    finally:
        server.stop()
    assert "agrees" in _check(tmp_path)
