"""The fuzzed app: the real app on the demo map in a temp dir, a token per role, and a tally
of what the fuzzer sent and got (printed at the end of the run)."""

import os
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import schemathesis

from api import create_app, demo_demand, services
from api.cli import DEMO_AREAS, DEMO_FILE, _import_areas, _import_file

# Examples per API operation and role: the short run in `make test`; `make fuzz` sets more.
EXAMPLES = int(os.environ.get("SOCIALMAP_FUZZ_EXAMPLES", "4"))
MUNICIPALITY = "GM1948"  # Meierijstad, the demo map's municipality
ROLES = ("admin", "provider", "coach", "municipality", "referrer", "anonymous")  # anonymous: none
AGB = "01234567"  # the fuzzing referrer's practice


class Tally:
    def __init__(self) -> None:
        self.cases = 0
        self.by_role: Counter = Counter()
        self.by_status: Counter = Counter()
        self.server_errors: list[str] = []
        self.failures: Counter = Counter()  # check name -> failing cases

    def record(self, case, role: str, response) -> None:
        self.cases += 1
        self.by_role[role] += 1
        self.by_status[response.status_code] += 1
        if response.status_code >= 500:
            self.server_errors.append(
                f"{case.operation.label} as {role}: {response.status_code} {response.text[:200]}"
            )

    def failed(self, error: Exception) -> None:
        for failure in getattr(error, "exceptions", [error]):
            self.failures[type(failure).__name__] += 1

    def summary(self) -> str:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(self.by_status.items()))
        roles = ", ".join(f"{k} {v}" for k, v in sorted(self.by_role.items()))
        failed = ", ".join(f"{k}: {v}" for k, v in sorted(self.failures.items())) or "none"
        return (
            f"fuzz: {self.cases} cases ({roles}); 5xx: {len(self.server_errors)}; "
            f"failed checks: {failed}; statuses {statuses}"
        )


TALLY = Tally()


def pytest_terminal_summary(terminalreporter):
    if TALLY.cases:
        terminalreporter.write_line(TALLY.summary())
        for line in TALLY.server_errors[:20]:
            terminalreporter.write_line(f"  5xx: {line}")


@pytest.fixture(scope="session")
def fuzz_tally() -> Tally:
    return TALLY


@pytest.fixture(scope="session")
def fuzz_app():
    """The app on the demo map (no embedder: text search is BM25 only, loading takes ~5 s),
    with demo sign-in on so that /api/v1/demo is fuzzed as well."""
    with tempfile.TemporaryDirectory(prefix="socialmap-fuzz-") as tmp:
        app = create_app(
            {
                "TESTING": True,
                "DATA_DIR": str(Path(tmp) / "var"),
                "RATE_LIMIT": "off",
                "EMBEDDER": "none",
                "DEMO_SIGNIN": True,
            }
        )
        with app.app_context():
            assert _import_areas(str(DEMO_AREAS)) == 0
            assert _import_file(str(DEMO_FILE), "demo") == 0
            demo_demand.generate()
        yield app
        app.extensions["socialmap"].close()


@pytest.fixture(scope="session")
def fuzz_context(fuzz_app) -> dict:
    """Tokens per role, and ids that exist, for path parameters."""
    with fuzz_app.app_context():
        svc = services.get()
        store = svc.store
        docs = [s.public() for s in store.iter_activities()]
        by_org = Counter(d["organization"]["id"] for d in docs)
        own_org = by_org.most_common(1)[0][0]
        own = [d["id"] for d in docs if d["organization"]["id"] == own_org]
        other = [d["id"] for d in docs if d["organization"]["id"] != own_org]
        made = {
            "admin": store.create_token("admin"),
            "provider": store.create_token("provider", organization_id=own_org),
            "coach": store.create_token("coach", organization_id=own_org),
            "municipality": store.create_token("municipality", municipality=MUNICIPALITY),
            "referrer": store.create_token("referrer", agb=AGB),
        }
    headers = {role: {"Authorization": f"Bearer {secret}"} for role, (_, secret) in made.items()}
    client = fuzz_app.test_client()
    match_ids = []
    for _ in range(5):
        r = client.post(
            "/api/v1/match",
            json={"spider_web": {"participation": 3}, "location": {"postal_code": "5461"}},
            headers=headers["coach"],
        )
        assert r.status_code == 200, r.json
        match_ids.append(r.json["match_id"])
    referral_ids, task_ids = [], []
    for i in range(10):  # referrals to the provider's organisation, which the coach handles
        today = date.today().isoformat()
        r = client.post(
            "/api/v1/referrals",
            json={
                "referrer_type": "huisarts",
                "icpc_code": "P03",
                "referral_date": today,
                "organization_id": own_org,
                "consent": {"given": True, "date": today},
                "client_reference": f"FZ-{i:04d}",
            },
            headers=headers["referrer"],
        )
        assert r.status_code == 201, r.json
        referral_ids.append(r.json["id"])
        task_ids.append(r.json["fhir"]["task"].split("/")[-1])
    upkeep = _upkeep_ids(fuzz_app, client, headers, docs, own)
    trajectory_ids, chosen_ids = [], []
    for referral_id in referral_ids[:5]:  # five become trajectories with a chosen activity
        r = client.post(
            "/api/v1/trajectories", json={"referral_id": referral_id}, headers=headers["coach"]
        )
        assert r.status_code == 201, r.json
        trajectory_ids.append(r.json["id"])
        base = f"/api/v1/trajectories/{r.json['id']}"
        r = client.post(
            f"{base}/conversations", json={"minutes": 30, "kind": "phone"}, headers=headers["coach"]
        )
        assert r.status_code == 201, r.json
        r = client.post(
            f"{base}/activities", json={"activity_id": own[0]}, headers=headers["coach"]
        )
        assert r.status_code == 201, r.json
        chosen_ids.append(r.json["activities"][0]["id"])
    return {
        "headers": {**headers, "anonymous": {}},
        "ids": {
            "activity_id": own[:20] + other[:20],
            "service_id": own[:5] + other[:5],
            "match_id": match_ids,
            "referral_id": referral_ids,
            "task_id": task_ids,
            **upkeep,
            "trajectory_id": trajectory_ids,
            "chosen_id": chosen_ids,
        },
    }


def _upkeep_ids(app, client, headers, docs, own) -> dict:
    """Reports, a duplicate pair and 'nog actueel' links that exist, for path parameters."""
    from sqlalchemy import select

    from api.outbox import outbox
    from api.upkeep import reviews

    report_ids = []
    for activity_id in own[:5]:
        r = client.post(
            "/api/v1/reports",
            json={"activity_id": activity_id, "reason": "wrong_time"},
            headers=headers["coach"],
        )
        assert r.status_code == 201, r.json
        report_ids.append(r.json["id"])
    first = next(d for d in docs if d["id"] == own[0])
    twin = {k: v for k, v in first.items() if k not in ("version", "created_at", "updated_at")}
    twin["id"] = "fuzz-twin"
    r = client.post("/api/v1/activities", json=twin, headers=headers["admin"])
    assert r.status_code == 201, r.json
    pairs = client.get("/api/v1/duplicates", headers=headers["admin"]).json["items"]
    with app.app_context():
        reviews.send_digests("http://kaart.test")
        with services.get().store.engine.connect() as conn:
            bodies = list(conn.execute(select(outbox.c.body_text)).scalars())
    links = [w.rsplit("/", 1)[1] for b in bodies for w in b.split() if "/nog-actueel/" in w]
    return {
        "report_id": report_ids,
        "pair_id": [p["id"] for p in pairs] or ["none"],
        "token": links[:20] or ["none"],
    }


@pytest.fixture(scope="session")
def fuzz_schema(fuzz_app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzz_app)
