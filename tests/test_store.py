"""The store on SQLite (default) and on a real PostgreSQL server.

PostgreSQL runs when SOCIALMAP_TEST_DATABASE_URL names a server where the role may create
databases (`scripts/test-postgres.sh` starts one and prints the URL; CI does this). Each
test gets a database of its own. Under CI the PostgreSQL runs are required, not skipped.
"""

import multiprocessing
import os
import sqlite3
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from api import create_app, services
from api.store import MIGRATIONS, AlreadyExists, NotFound, Store, VersionConflict, now
from tests.conftest import activity

PG_URL = os.environ.get("SOCIALMAP_TEST_DATABASE_URL")


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


HEAD = _head()  # the newest revision: every store opens at it


def _pg_database():
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail(
                "CI must run the store tests on PostgreSQL: set SOCIALMAP_TEST_DATABASE_URL"
            )
        pytest.skip(
            "no PostgreSQL: run scripts/test-postgres.sh and set SOCIALMAP_TEST_DATABASE_URL"
        )
    name = "sm_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin, name, make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
        return
    admin, name, url = _pg_database()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def test_a_new_store_is_migrated_to_the_newest_revision(store):
    assert store.revision == HEAD
    tables = set(inspect(store.engine).get_table_names())
    assert {"activities", "organizations", "tokens", "audit_log", "match_log", "areas"} <= tables
    assert "alembic_version" in tables
    again = Store(store.url)  # opening again migrates nothing and loses nothing
    assert again.revision == HEAD
    again.close()


def test_create_read_replace_delete_with_versions_and_audit(store):
    doc = activity(id="a1")
    created = store.create(doc, "token:t1")
    assert created.version == 1 and store.get("a1").doc["name"] == doc["name"]
    with pytest.raises(AlreadyExists):
        store.create(doc, "token:t1")
    changed = store.replace({**doc, "name": "Nieuwe naam"}, "token:t2", expected_version=1)
    assert changed.version == 2
    with pytest.raises(VersionConflict) as conflict:
        store.replace({**doc, "name": "Te laat"}, "token:t3", expected_version=1)
    assert conflict.value.current == 2
    assert store.get("a1").doc["name"] == "Nieuwe naam"
    store.delete("a1", "token:t2", expected_version=2)
    assert store.get("a1") is None and store.count() == 0
    with pytest.raises(NotFound):
        store.delete("a1", "token:t2")
    log = store.audit("a1")
    assert [e["action"] for e in log] == ["delete", "update", "create"]
    assert log[1]["changes"]["name"] == [doc["name"], "Nieuwe naam"]
    assert log[1]["actor"] == "token:t2"


def test_import_upserts_and_reports_created_updated_unchanged(store):
    docs = [activity(id=f"imp-{i}", name=f"Activiteit {i}") for i in range(3)]
    assert [o for o, _ in store.upsert_many(docs, "import")] == ["created"] * 3
    docs[1]["name"] = "Gewijzigd"
    outcomes = [o for o, _ in store.upsert_many(docs, "import")]
    assert outcomes == ["unchanged", "updated", "unchanged"]
    assert store.get("imp-1").version == 2
    assert store.organizations() == [
        {"id": "org-a", "name": "Stichting Welzijn Voorbeeld", "activities": 3}
    ]
    assert {a.doc["id"] for a in store.iter_activities()} == {"imp-0", "imp-1", "imp-2"}


def test_tokens_are_hashed_expire_and_can_be_revoked(store):
    token_id, secret = store.create_token("provider", organization_id="org-a")
    assert store.verify_token(secret).organization_id == "org-a"
    with store.engine.connect() as conn:
        stored = [tuple(r) for r in conn.execute(text("SELECT * FROM tokens"))]
    assert secret not in repr(stored)  # only the hash is stored
    assert store.revoke_token(token_id)
    assert store.verify_token(secret) is None
    _, old = store.create_token("coach", expires_at=now() - timedelta(seconds=1))
    assert store.verify_token(old) is None
    _, fresh = store.create_token("coach", expires_at=now() + timedelta(hours=1))
    assert store.verify_token(fresh).role == "coach"


def test_match_log_outcome_once_and_period_selection(store):
    entry = {
        "id": str(uuid.uuid4()),
        "pc4": "5461",
        "area_code": "WK194800",
        "municipality": "GM1948",
        "age_band": "65-74",
        "categories": ["contact_meeting"],
        "requirements": ["wheelchair"],
        "covered": True,
        "binding": [],
        "results": ["a1"],
    }
    store.log_match(entry)
    assert store.record_outcome(entry["id"], "chosen", chosen=[{"id": "a1"}])
    assert not store.record_outcome(entry["id"], "no_fit", reason="distance")
    got = store.get_match(entry["id"])
    assert got["outcome"] == "chosen" and got["covered"] is True
    rows = store.match_log_rows("GM1948", start=now() - timedelta(days=1))
    assert len(rows) == 1 and rows[0]["requirements"] == ["wheelchair"]
    assert store.match_log_rows("GM1948", end=now() - timedelta(days=1)) == []
    assert store.match_log_rows("GM0000") == []


def test_areas_upsert(store):
    square = {"type": "Polygon", "coordinates": [[[5, 51], [6, 51], [6, 52], [5, 51]]]}
    row = {
        "code": "WK194800",
        "name": "Veghel",
        "level": "wijk",
        "municipality": "GM1948",
        "population": 100,
        "geometry": square,
    }
    store.upsert_areas([row])
    store.upsert_areas([{**row, "population": 200}])
    assert [a["population"] for a in store.areas("GM1948")] == [200]


def _open_store(url, queue):
    try:
        s = Store(url)
        queue.put(s.revision)
        s.close()
    except Exception as e:  # report, the parent asserts
        queue.put(repr(e))


def test_several_processes_opening_a_new_store_at_once(database_url):
    """gunicorn workers start together: one migrates, the others wait and find it done."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_open_store, args=(database_url, queue)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert sorted(queue.get(timeout=5) for _ in procs) == [HEAD] * 4


def test_a_migration_cut_off_leaves_no_half_made_schema(database_url, monkeypatch):
    """A process that dies while it migrates (the first start, or a future revision) must
    leave the schema as it was, so that the next start migrates again and works."""
    from alembic import command

    upgrade = command.upgrade

    def upgrade_then_die(cfg, revision):
        upgrade(cfg, revision)
        raise KeyboardInterrupt  # as if killed before the migration committed

    monkeypatch.setattr(command, "upgrade", upgrade_then_die)
    with pytest.raises(KeyboardInterrupt):
        Store(database_url)
    monkeypatch.setattr(command, "upgrade", upgrade)
    engine = create_engine(database_url)
    assert inspect(engine).get_table_names() == []  # all of it, or none of it
    engine.dispose()
    s = Store(database_url)
    assert s.revision == HEAD
    s.create(activity(id="after-the-crash"), "test")
    assert s.get("after-the-crash") is not None
    s.close()


def test_a_store_from_before_migrations_is_stamped_and_completed(tmp_path):
    """A SQLite store made by the first release (no alembic_version, no first_need_served)."""
    path = tmp_path / "old.sqlite"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE alembic_version")
        conn.execute("ALTER TABLE match_log DROP COLUMN first_need_served")
        conn.execute("DROP INDEX ix_match_log_municipality_at")  # came in 0004
        for column in ("first_category", "quarter", "chosen_first"):
            conn.execute(f"ALTER TABLE match_log DROP COLUMN {column}")
        first = {"organizations", "activities", "tokens", "audit_log", "match_log", "areas"}
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in reversed(tables):  # those of later revisions, dependants first
            if table not in first and not table.startswith("sqlite_"):
                conn.execute(f"DROP TABLE {table}")
        conn.execute("ALTER TABLE tokens DROP COLUMN agb")
        conn.execute("DROP INDEX ix_tokens_account_id")  # tokens' columns of revision 0020
        conn.execute("ALTER TABLE tokens DROP COLUMN account_id")
        conn.execute("ALTER TABLE tokens DROP COLUMN scope")
        conn.execute(
            "INSERT INTO organizations VALUES ('org-a', 'Org', '{\"id\": \"org-a\"}', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO match_log (id, at, municipality, area_code, categories, requirements,"
            " covered, binding, results, outcome, chosen) VALUES ('m1', '2026-08-03 10:00:00',"
            " 'GM1948', 'WK194801', '[\"nature\", \"sport_movement\"]', '[]', 1, '[]', '[]',"
            ' \'chosen\', \'[{"id": "x", "categories": ["nature"]}]\')'
        )
    s = Store(f"sqlite:///{path}")
    # what was logged before counts in the report as a new match would
    groups, chosen = s.demand_groups("GM1948")
    assert [(g["category"], g["quarter"], g["n"]) for g in groups] == [("nature", "2026-Q3", 1)]
    assert chosen == [{"quarter": "2026-Q3", "categories": ["nature"], "n": 1}]
    assert s.revision == HEAD
    cols = {c["name"] for c in inspect(s.engine).get_columns("match_log")}
    assert "first_need_served" in cols
    assert "agb" in {c["name"] for c in inspect(s.engine).get_columns("tokens")}
    assert "referrals" in inspect(s.engine).get_table_names()
    assert s.organization("org-a") == {"id": "org-a"}  # nothing lost
    s.close()


def test_the_api_on_this_store(database_url, tmp_path):
    """Listing upkeep, search and matching through the API with the store on this database."""
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "DATABASE_URL": database_url,
            "EMBEDDER": "none",
        }
    )
    client = app.test_client()
    with app.app_context():
        _, admin = services.get().store.create_token("admin")
        _, coach = services.get().store.create_token("coach")
    admin_h = {"Authorization": f"Bearer {admin}"}
    coach_h = {"Authorization": f"Bearer {coach}"}
    r = client.post("/api/v1/activities", json=activity(id="api-1"), headers=admin_h)
    assert r.status_code == 201
    etag = r.headers["ETag"]
    r = client.patch(
        "/api/v1/activities/api-1",
        json={"name": "Wandelclub Stapvoets"},
        headers={**admin_h, "If-Match": etag},
    )
    assert r.status_code == 200
    stale = client.patch(
        "/api/v1/activities/api-1", json={"name": "x"}, headers={**admin_h, "If-Match": etag}
    )
    assert stale.status_code == 412
    found = client.get("/api/v1/activities?q=wandelclub", headers=coach_h).json
    assert [i["id"] for i in found["items"]] == ["api-1"]
    match = client.post(
        "/api/v1/match",
        json={
            "spider_web": {
                "bodily_functions": 4,
                "mental_wellbeing": 6,
                "meaningfulness": 6,
                "quality_of_life": 6,
                "participation": 4,
                "daily_functioning": 7,
            },
            "location": {"latitude": 51.617, "longitude": 5.548},
            "wishes": "wandelen",
        },
        headers=coach_h,
    )
    assert match.status_code == 200 and match.json["results"][0]["activity"]["id"] == "api-1"
    app.extensions["socialmap"].close()


def _create(url, doc, queue):
    s = Store(url)
    try:
        s.create(doc, "race")
        queue.put("created")
    except AlreadyExists:
        queue.put("exists")
    except Exception as e:
        queue.put(repr(e))
    s.close()


def test_two_processes_creating_the_same_listing(database_url):
    Store(database_url).close()
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    doc = activity(id="race-1", organization={"id": "org-new", "name": "Nieuw"})
    procs = [ctx.Process(target=_create, args=(database_url, doc, queue)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert sorted(queue.get(timeout=5) for _ in procs) == ["created"] + ["exists"] * 3


@pytest.mark.slow
def test_two_separately_started_servers_see_each_others_writes(database_url, tmp_path):
    """Two app servers started on their own (not forks of one master), sharing the store
    (and, with the embedded backend, one machine's index): a write acknowledged by one is
    found by a search on the other within 1 second."""
    import time

    from tests.server import Server, cli

    env = {"SOCIALMAP_DATABASE_URL": database_url, "SOCIALMAP_EMBEDDER": "none"}
    os.environ.update(env)
    try:
        token = cli(tmp_path, "token", "create", "--role", "admin").strip().splitlines()[-1]
    finally:
        for k in env:
            os.environ.pop(k)
    a = Server(tmp_path, workers=1, env=env).start()
    b = Server(tmp_path, workers=1, env=env).start()
    try:
        for n in range(5):
            writer, reader = (a, b) if n % 2 == 0 else (b, a)
            status, _, _ = writer.request(
                "POST",
                "/api/v1/activities",
                activity(id=f"twee-{n}", name=f"Zwerfvuilprikkers {n}"),
                token=token,
            )
            assert status == 201
            acknowledged = time.monotonic()
            while True:
                items = reader.request(
                    "GET", "/api/v1/activities?q=zwerfvuilprikkers&per_page=50", token=token
                )[1]["items"]
                if any(i["id"] == f"twee-{n}" for i in items):
                    break
                assert time.monotonic() - acknowledged < 1.0, f"write {n} not seen within 1 s"
                time.sleep(0.05)
    finally:
        a.stop()
        b.stop()
