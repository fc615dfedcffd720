"""Behaviour that needs real processes: several gunicorn workers, and a kill -9."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import activity
from tests.server import Server, cli

pytestmark = pytest.mark.slow


def _admin_token(data_dir) -> str:
    return cli(data_dir, "token", "create", "--role", "admin").strip().splitlines()[-1]


def test_every_worker_sees_a_write_within_one_second(tmp_path):
    token = _admin_token(tmp_path)
    server = Server(tmp_path, workers=4).start()
    try:

        def search(_):
            return server.request("GET", "/api/v1/activities?q=wandel&per_page=50", token=token)[1][
                "items"
            ]

        with ThreadPoolExecutor(8) as pool:  # warm every worker (embedder loaded)
            list(pool.map(search, range(32)))
        status, _, _ = server.request(
            "POST",
            "/api/v1/activities",
            activity(id="nieuw-1", name="Wandelgroep Nieuw"),
            token=token,
        )
        assert status == 201
        # searches sent right after the acknowledgement, spread over the workers
        with ThreadPoolExecutor(8) as pool:
            results = list(pool.map(search, range(40)))
        seen = [any(i["id"] == "nieuw-1" for i in items) for items in results]
        assert all(seen), f"{seen.count(False)} of 40 searches missed the write"
    finally:
        server.stop()


def test_acknowledged_writes_survive_kill_9(tmp_path):
    token = _admin_token(tmp_path)
    server = Server(tmp_path, workers=2).start()
    acknowledged = []
    try:
        for n in range(25):
            status, body, _ = server.request(
                "POST",
                "/api/v1/activities",
                activity(id=f"kill-{n}", name=f"Activiteit {n}"),
                token=token,
            )
            if status == 201:
                acknowledged.append(body["id"])
        status, _, _ = server.request(
            "PATCH",
            "/api/v1/activities/kill-3",
            {"name": "Activiteit drie, gewijzigd"},
            token=token,
        )
        assert status == 200
    finally:
        server.kill()
    assert len(acknowledged) == 25
    server = Server(tmp_path, workers=1).start()
    try:
        for activity_id in acknowledged:
            assert server.request("GET", f"/api/v1/activities/{activity_id}", token=token)[0] == 200
        body = server.request("GET", "/api/v1/activities/kill-3", token=token)[1]
        assert body["name"] == "Activiteit drie, gewijzigd" and body["version"] == 2
        items = server.request("GET", "/api/v1/activities?q=activiteit&per_page=100", token=token)[
            1
        ]
        assert items["total"] == 25
    finally:
        server.stop()
