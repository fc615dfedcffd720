"""The store: the source of truth for activities, organisations, API tokens and the audit log.

SQLAlchemy Core on SQLite (WAL, synchronous=FULL: an acknowledged write survives a kill -9)
under the data dir by default, or any SQLAlchemy URL (PostgreSQL for several servers).
Optimistic concurrency: every activity has a version; a write that names the version it
read fails with ``VersionConflict`` when someone else wrote in between.
"""

import fcntl
import hashlib
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

metadata = MetaData()

organizations = Table(
    "organizations",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("doc", Text, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

activities = Table(
    "activities",
    metadata,
    Column("id", String(100), primary_key=True),
    Column(
        "organization_id", String(100), ForeignKey("organizations.id"), nullable=False, index=True
    ),
    Column("doc", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False, index=True),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("organization_id", String(100)),
    Column("municipality", String(10)),
    Column("agb", String(8)),  # a referrer's AGB code (the GP practice)
    Column("label", String(200)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    # a person's own token (made on their account page): whose, and read | write
    Column("account_id", String(32), index=True),
    Column("scope", String(20)),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(100), nullable=False),
    Column("action", String(20), nullable=False),
    Column("activity_id", String(100), index=True),
    Column("changes", Text, nullable=False),
)

# The anonymous match log: what the coverage report needs and nothing more. No wishes text,
# no names, no exact place (PC4 and area at most), an age band instead of an age.
match_log = Table(
    "match_log",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("pc4", String(4)),
    Column("area_code", String(12), index=True),
    Column("municipality", String(6), index=True),
    Column("age_band", String(10)),
    Column("categories", Text, nullable=False),  # the client's needed categories
    Column("requirements", Text, nullable=False),  # names of the stated requirements
    Column("covered", Integer, nullable=False),
    Column("first_need_served", Integer, nullable=False, server_default="1"),
    Column("binding", Text, nullable=False),  # constraints that made the difference
    Column("results", Text, nullable=False),  # ids offered (to check chosen ones)
    Column("outcome", String(10)),  # chosen | no_fit
    Column("outcome_at", DateTime(timezone=True)),
    Column("chosen", Text),  # [{"id", "categories"}]
    Column("no_fit_reason", String(20)),  # a code, never the coach's free text
    # for the report's grouping in SQL: the first needed category, the quarter of ``at``
    # ("2026-Q3"), and the first category of each chosen activity ("sport_movement,nature")
    Column("first_category", String(30)),
    Column("quarter", String(7)),
    Column("chosen_first", String(300)),
    Index("ix_match_log_municipality_at", "municipality", "at"),
)

# Areas for coverage: CBS gemeenten, wijken and buurten with their boundaries.
areas = Table(
    "areas",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("level", String(10), nullable=False),  # gemeente | wijk | buurt
    Column("municipality", String(6), nullable=False, index=True),
    Column("population", Integer),
    Column("geometry", Text, nullable=False),  # GeoJSON geometry
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Welzijn op Recept referrals: pseudonymous (a reference the sender chose, never a name, BSN,
# birth date or address), with the AVG consent date. Erasing one keeps its anonymous count.
referrals = Table(
    "referrals",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("client_reference", String(40), nullable=False),
    Column("icpc_code", String(3), nullable=False),
    Column("referrer_type", String(20), nullable=False),
    Column("referrer_agb", String(8), nullable=False, index=True),
    Column(
        "organization_id", String(100), ForeignKey("organizations.id"), nullable=False, index=True
    ),
    Column("municipality", String(6)),
    Column("referral_date", Date, nullable=False),
    Column("consent_date", Date, nullable=False),
    Column("reason", Text),
    Column("source", String(10), nullable=False),  # json | fhir
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
)

# The FHIR Task of each referral: where the trajectory stands.
referral_tasks = Table(
    "referral_tasks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "referral_id",
        String(36),
        ForeignKey("referrals.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("status", String(20), nullable=False, index=True),
    Column("reject_reason", String(20)),
    Column("first_contact_date", Date),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# Monitoring (minimal data set, inflow): referrals per quarter, municipality ("" when not
# known), referrer type and ICPC code. Counted when a referral arrives, kept when it is erased.
referral_counts = Table(
    "referral_counts",
    metadata,
    Column("quarter", String(7), primary_key=True),
    Column("municipality", String(6), primary_key=True),
    Column("referrer_type", String(20), primary_key=True),
    Column("icpc_code", String(3), primary_key=True),
    Column("count", Integer, nullable=False),
)

# A referral's trajectory at the coach's welfare organisation (issue 13). Pseudonymous like
# its referral (no names, no birth dates, no addresses): dates, minutes, codes and scores.
trajectories = Table(
    "trajectories",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "referral_id",
        String(36),
        ForeignKey("referrals.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column(
        "organization_id", String(100), ForeignKey("organizations.id"), nullable=False, index=True
    ),
    Column("municipality", String(6)),
    Column("status", String(10), nullable=False, index=True),  # open | closed
    Column("opened_on", Date, nullable=False),
    Column("closed_on", Date, index=True),
    Column("close_reason", String(20)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

trajectory_conversations = Table(
    "trajectory_conversations",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "trajectory_id",
        String(36),
        ForeignKey("trajectories.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("date", Date, nullable=False),
    Column("minutes", Integer, nullable=False),
    Column("kind", String(10), nullable=False),  # phone | visit | walk_in
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Positive Health spider web at intake and at close: six scores as JSON.
trajectory_snapshots = Table(
    "trajectory_snapshots",
    metadata,
    Column(
        "trajectory_id",
        String(36),
        ForeignKey("trajectories.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", String(10), primary_key=True),  # intake | close
    Column("taken_on", Date, nullable=False),
    Column("scores", Text, nullable=False),
)

# Matches made for a trajectory: ids of the anonymous match log.
trajectory_matches = Table(
    "trajectory_matches",
    metadata,
    Column(
        "trajectory_id",
        String(36),
        ForeignKey("trajectories.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("match_id", String(36), primary_key=True),
    Column("linked_at", DateTime(timezone=True), nullable=False),
)

# Activities the client chose, with the check-ins of the follow-up.
trajectory_activities = Table(
    "trajectory_activities",
    metadata,
    Column("id", String(36), primary_key=True),
    Column(
        "trajectory_id",
        String(36),
        ForeignKey("trajectories.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("activity_id", String(100), nullable=False),
    Column("activity_name", String(300), nullable=False),  # as it was when chosen
    Column("categories", Text, nullable=False),
    Column("match_id", String(36)),
    Column("chosen_on", Date, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

trajectory_checkins = Table(
    "trajectory_checkins",
    metadata,
    Column(
        "chosen_id",
        String(36),
        ForeignKey("trajectory_activities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("month", Integer, primary_key=True),  # 3 | 6 | 9
    Column("date", Date, nullable=False),
    Column("result", String(15), nullable=False),  # participating | stopped | unreachable
    Column("stop_reason", String(20)),
)

# Monitoring (minimal data set, throughput and outflow): anonymous counts per quarter,
# municipality ("" when not known), metric and key, bumped when things happen and kept when
# a trajectory is erased (trajectory/monitoring.py names the metrics).
monitoring_counts = Table(
    "monitoring_counts",
    metadata,
    Column("quarter", String(7), primary_key=True),
    Column("municipality", String(6), primary_key=True),
    Column("metric", String(30), primary_key=True),
    Column("key", String(30), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("total", Float, nullable=False),
)

ROLES = ("admin", "provider", "coach", "municipality", "referrer")


class NotFound(LookupError):
    pass


class AlreadyExists(ValueError):
    pass


class VersionConflict(ValueError):
    def __init__(self, current: int):
        super().__init__(f"the activity is at version {current}")
        self.current = current


@dataclass(frozen=True)
class Token:
    id: str
    role: str
    organization_id: str | None
    municipality: str | None
    expires_at: datetime | None
    agb: str | None = None  # a referrer's AGB code
    account_id: str | None = None  # the person it acts for (a session, or a personal token)
    scope: str | None = None  # "read": GET only; None or "write": everything the role may
    via: str = "token"  # token | session
    org_admin: bool = False  # a session of an organisation's or municipality's own admin


@dataclass(frozen=True)
class StoredActivity:
    doc: dict
    version: int
    created_at: datetime
    updated_at: datetime

    def public(self) -> dict:
        """The document with its version and timestamps, as the API and index see it."""
        return {
            **self.doc,
            "version": self.version,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def now() -> datetime:
    return datetime.now(UTC)


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def log_quarter(at: datetime) -> str:
    """The quarter a logged match counts in: "2026-Q3"."""
    return f"{at.year}-Q{(at.month - 1) // 3 + 1}"


def chosen_first(chosen: list[dict]) -> str:
    """The first category of each chosen activity, as the report counts them."""
    return ",".join(item["categories"][0] for item in chosen if item.get("categories"))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def diff(old: dict | None, new: dict | None) -> dict:
    """Top-level fields that changed: ``{field: [old, new]}``."""
    old, new = old or {}, new or {}
    return {
        k: [old.get(k), new.get(k)] for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)
    }


SERVER_FIELDS = ("duplicate_of",)  # set by the service (a confirmed duplicate), not by writers


def _keep_server_fields(old: dict, new: dict) -> dict:
    """A provider's write or a re-import keeps what the service set on the listing."""
    kept = {k: old[k] for k in SERVER_FIELDS if k in old and k not in new}
    return {**new, **kept} if kept else new


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_MIGRATION_LOCK = 0x50C1A1  # PostgreSQL advisory lock key: one migrating server at a time


def migrate(engine: Engine) -> str:
    """Bring the schema to the newest Alembic revision (api/migrations) and return it.

    Safe when several processes open the store at once: PostgreSQL takes an advisory lock,
    SQLite a file lock beside the database. All or nothing: one transaction on both. A store
    made before migrations existed (tables, no ``alembic_version``) gets its late columns and
    is stamped with the first revision.
    """
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with _file_lock(engine), engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        elif engine.dialect.name == "sqlite":
            # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so each
            # CREATE TABLE would commit alone and a process killed mid-migration would leave
            # half a schema; one explicit transaction makes the migration all or nothing
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        cfg.attributes["connection"] = conn
        tables = set(inspect(conn).get_table_names())
        if "activities" in tables and "alembic_version" not in tables:
            _columns_before_migrations(conn)
            command.stamp(cfg, "0001")
        command.upgrade(cfg, "head")
        return MigrationContext.configure(conn).get_current_revision()


def _columns_before_migrations(conn) -> None:
    existing = {c["name"] for c in inspect(conn).get_columns("match_log")}
    if "first_need_served" not in existing:
        conn.execute(
            text("ALTER TABLE match_log ADD COLUMN first_need_served INTEGER NOT NULL DEFAULT 1")
        )


@contextmanager
def _file_lock(engine: Engine):
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA secure_delete=ON")  # an erased referral leaves no bytes in free pages
    cur.close()


def _sqlite_log_pragmas(dbapi_connection, record) -> None:
    """The match log's connections: a commit is not flushed to the disk (synchronous=NORMAL
    in WAL mode), which saves a flush per match (about 2 ms of its 20). The entry survives
    the process being killed; a power cut may lose the last entries of anonymous demand,
    never a referral, an account or a listing (those commit on the FULL connections)."""
    _sqlite_pragmas(dbapi_connection, record)
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


class Store:
    def __init__(self, url: str):
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        self._log_engine: Engine | None = None
        self.area_writes = 0  # upsert_areas calls in this process
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            self.revision = migrate(self.engine)
        except BaseException:
            self.engine.dispose()  # no connection left open behind a store that never was
            raise
        if self.engine.dialect.name == "sqlite":
            self._log_engine = create_engine(url, future=True)
            event.listen(self._log_engine, "connect", _sqlite_log_pragmas)

    def close(self) -> None:
        self.engine.dispose()
        if self._log_engine is not None:
            self._log_engine.dispose()

    # -- organisations -----------------------------------------------------------------
    def _upsert_organization(self, conn, org: dict) -> None:
        row = conn.execute(
            select(organizations.c.doc).where(organizations.c.id == org["id"])
        ).first()
        doc = _dumps(org)
        if row is None:
            try:
                with conn.begin_nested():  # another writer may add it at the same moment
                    conn.execute(
                        insert(organizations).values(
                            id=org["id"], name=org["name"], doc=doc, updated_at=now()
                        )
                    )
                return
            except IntegrityError:
                pass
        if row is None or row.doc != doc:
            conn.execute(
                update(organizations)
                .where(organizations.c.id == org["id"])
                .values(name=org["name"], doc=doc, updated_at=now())
            )

    def organization(self, org_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(organizations.c.doc).where(organizations.c.id == org_id)
            ).first()
        return json.loads(row.doc) if row else None

    def organizations(self, limit: int = 50) -> list[dict]:
        """Organisations with their number of activities, the largest first."""
        count = func.count(activities.c.id).label("activities")
        q = (
            select(organizations.c.id, organizations.c.name, count)
            .join(activities, activities.c.organization_id == organizations.c.id)
            .group_by(organizations.c.id, organizations.c.name)
            .order_by(count.desc(), organizations.c.name)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [
                {"id": r.id, "name": r.name, "activities": r.activities} for r in conn.execute(q)
            ]

    # -- activities --------------------------------------------------------------------
    @staticmethod
    def _stored(row) -> StoredActivity:
        return StoredActivity(json.loads(row.doc), row.version, row.created_at, row.updated_at)

    def get(self, activity_id: str) -> StoredActivity | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(activities).where(activities.c.id == activity_id)).first()
        return self._stored(row) if row else None

    def iter_activities(
        self, organization_id: str | None = None, batch: int = 1000
    ) -> Iterator[StoredActivity]:
        q = select(activities).order_by(activities.c.id)
        if organization_id:
            q = q.where(activities.c.organization_id == organization_id)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(q)
            for row in result:
                yield self._stored(row)

    def versions(self) -> dict[str, str]:
        """Every activity id with its version (as the index's ``ids()`` gives them)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(activities.c.id, activities.c.version))
            return {r.id: str(r.version) for r in rows}

    def get_many(self, ids: list[str]) -> list[StoredActivity]:
        out = []
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                q = select(activities).where(activities.c.id.in_(ids[i : i + 500]))
                out.extend(self._stored(r) for r in conn.execute(q))
        return out

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(activities)).scalar_one()

    def _audit(self, conn, actor: str, action: str, activity_id: str | None, changes: dict) -> None:
        conn.execute(
            insert(audit_log).values(
                at=now(),
                actor=actor,
                action=action,
                activity_id=activity_id,
                changes=_dumps(changes),
            )
        )

    def _insert(self, conn, doc: dict, ts: datetime, actor: str, action: str) -> None:
        conn.execute(
            insert(activities).values(
                id=doc["id"],
                organization_id=doc["organization"]["id"],
                doc=_dumps(doc),
                version=1,
                created_at=ts,
                updated_at=ts,
            )
        )
        self._audit(conn, actor, action, doc["id"], diff(None, doc))

    def create(self, doc: dict, actor: str) -> StoredActivity:
        try:
            with self.engine.begin() as conn:
                if conn.execute(
                    select(activities.c.id).where(activities.c.id == doc["id"])
                ).first():
                    raise AlreadyExists(doc["id"])
                self._upsert_organization(conn, doc["organization"])
                ts = now()
                self._insert(conn, doc, ts, actor, "create")
        except IntegrityError:  # created by another writer between our check and insert
            raise AlreadyExists(doc["id"]) from None
        return StoredActivity(doc, 1, ts, ts)

    def replace(
        self, doc: dict, actor: str, expected_version: int | None = None, action: str = "update"
    ) -> StoredActivity:
        """Replace an activity; atomic compare-and-set when ``expected_version`` is given."""
        with self.engine.begin() as conn:
            row = conn.execute(select(activities).where(activities.c.id == doc["id"])).first()
            if row is None:
                raise NotFound(doc["id"])
            if expected_version is not None and row.version != expected_version:
                raise VersionConflict(row.version)
            doc = _keep_server_fields(json.loads(row.doc), doc)
            self._upsert_organization(conn, doc["organization"])
            ts = now()
            result = conn.execute(
                update(activities)
                .where(activities.c.id == doc["id"], activities.c.version == row.version)
                .values(
                    doc=_dumps(doc),
                    organization_id=doc["organization"]["id"],
                    version=row.version + 1,
                    updated_at=ts,
                )
            )
            if result.rowcount != 1:  # another writer won between our read and write
                current = conn.execute(
                    select(activities.c.version).where(activities.c.id == doc["id"])
                ).scalar_one()
                raise VersionConflict(current)
            self._audit(conn, actor, action, doc["id"], diff(json.loads(row.doc), doc))
        return StoredActivity(doc, row.version + 1, row.created_at, ts)

    def delete(self, activity_id: str, actor: str, expected_version: int | None = None) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(select(activities).where(activities.c.id == activity_id)).first()
            if row is None:
                raise NotFound(activity_id)
            if expected_version is not None and row.version != expected_version:
                raise VersionConflict(row.version)
            result = conn.execute(
                activities.delete().where(
                    activities.c.id == activity_id, activities.c.version == row.version
                )
            )
            if result.rowcount != 1:
                raise VersionConflict(row.version + 1)
            self._audit(conn, actor, "delete", activity_id, diff(json.loads(row.doc), None))

    def upsert_many(self, docs: list[dict], actor: str) -> list[tuple[str, StoredActivity]]:
        """Insert or update many activities in one transaction (imports).

        Returns ``(outcome, activity)`` pairs, outcome one of created, updated, unchanged.
        """
        out = []
        with self.engine.begin() as conn:
            for doc in docs:
                self._upsert_organization(conn, doc["organization"])
                row = conn.execute(select(activities).where(activities.c.id == doc["id"])).first()
                ts = now()
                if row is None:
                    self._insert(conn, doc, ts, actor, "import")
                    out.append(("created", StoredActivity(doc, 1, ts, ts)))
                    continue
                old = json.loads(row.doc)
                doc = _keep_server_fields(old, doc)
                if old == json.loads(_dumps(doc)):
                    out.append(("unchanged", self._stored(row)))
                    continue
                conn.execute(
                    update(activities)
                    .where(activities.c.id == doc["id"])
                    .values(
                        doc=_dumps(doc),
                        organization_id=doc["organization"]["id"],
                        version=row.version + 1,
                        updated_at=ts,
                    )
                )
                self._audit(conn, actor, "import", doc["id"], diff(old, doc))
                out.append(("updated", StoredActivity(doc, row.version + 1, row.created_at, ts)))
        return out

    def audit(self, activity_id: str | None = None, limit: int = 100) -> list[dict]:
        q = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if activity_id:
            q = q.where(audit_log.c.activity_id == activity_id)
        with self.engine.connect() as conn:
            return [
                {
                    "at": _iso(r.at),
                    "actor": r.actor,
                    "action": r.action,
                    "activity_id": r.activity_id,
                    "changes": json.loads(r.changes),
                }
                for r in conn.execute(q)
            ]

    # -- match log ---------------------------------------------------------------------
    @staticmethod
    def _log_row(entry: dict) -> dict:
        row = {**entry}
        row.setdefault("at", now())
        row["first_category"] = (row["categories"] or ["other"])[0]
        row["quarter"] = log_quarter(row["at"])
        for key in ("categories", "requirements", "binding", "results"):
            row[key] = _dumps(row[key])
        row["chosen_first"] = None
        row.setdefault("chosen", None)
        if row.get("chosen") is not None:
            row["chosen_first"] = chosen_first(row["chosen"])
            row["chosen"] = _dumps(row["chosen"])
        row["covered"] = int(row["covered"])
        row["first_need_served"] = int(row.get("first_need_served", True))
        return row

    def log_match(self, entry: dict) -> None:
        """One match in the anonymous log, committed without waiting for the disk (see
        ``_sqlite_log_pragmas``; on PostgreSQL the same with synchronous_commit off)."""
        row = self._log_row({**entry, "at": now()})
        with (self._log_engine or self.engine).begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
            conn.execute(insert(match_log).values(**row))

    def get_match(self, match_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(match_log).where(match_log.c.id == match_id)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        for key in ("categories", "requirements", "binding", "results", "chosen"):
            out[key] = json.loads(out[key]) if out[key] else None
        out["covered"] = bool(out["covered"])
        return out

    def record_outcome(
        self,
        match_id: str,
        outcome: str,
        chosen: list[dict] | None = None,
        reason: str | None = None,
    ) -> bool:
        """Once per match: False when an outcome was recorded already."""
        with self.engine.begin() as conn:
            result = conn.execute(
                update(match_log)
                .where(match_log.c.id == match_id, match_log.c.outcome.is_(None))
                .values(
                    outcome=outcome,
                    outcome_at=now(),
                    chosen=_dumps(chosen) if chosen is not None else None,
                    chosen_first=chosen_first(chosen) if chosen is not None else None,
                    no_fit_reason=reason,
                )
            )
        return result.rowcount == 1

    def match_log_rows(
        self, municipality: str, start: datetime | None = None, end: datetime | None = None
    ) -> list[dict]:
        """The log rows of one municipality in a period, for the coverage report."""
        cols = [
            match_log.c.at,
            match_log.c.area_code,
            match_log.c.age_band,
            match_log.c.categories,
            match_log.c.requirements,
            match_log.c.covered,
            match_log.c.binding,
            match_log.c.first_need_served,
            match_log.c.outcome,
            match_log.c.chosen,
            match_log.c.no_fit_reason,
        ]
        q = select(*cols).where(match_log.c.municipality == municipality)
        if start is not None:
            q = q.where(match_log.c.at >= start)
        if end is not None:
            q = q.where(match_log.c.at < end)
        out = []
        with self.engine.connect() as conn:
            for r in conn.execute(q):
                out.append(
                    {
                        "at": r.at,
                        "area_code": r.area_code,
                        "age_band": r.age_band,
                        "categories": json.loads(r.categories),
                        "requirements": json.loads(r.requirements),
                        "covered": bool(r.covered),
                        "binding": json.loads(r.binding),
                        "first_need_served": bool(r.first_need_served),
                        "outcome": r.outcome,
                        "chosen": json.loads(r.chosen) if r.chosen else None,
                        "no_fit_reason": r.no_fit_reason,
                    }
                )
        return out

    def demand_groups(
        self, municipality: str, start: datetime | None = None, end: datetime | None = None
    ) -> tuple[list[dict], list[dict]]:
        """The coverage report's demand, counted by the database: logged matches per
        (area, first needed category, binding, quarter, covered, first need served, no-fit
        outcome), and chosen activities per (quarter, their first categories)."""
        no_fit = (match_log.c.outcome == "no_fit").label("no_fit")
        keys = [
            match_log.c.area_code,
            match_log.c.first_category,
            match_log.c.binding,
            match_log.c.quarter,
            match_log.c.covered,
            match_log.c.first_need_served,
            no_fit,
        ]
        where = [match_log.c.municipality == municipality]
        if start is not None:
            where.append(match_log.c.at >= start)
        if end is not None:
            where.append(match_log.c.at < end)
        groups = select(*keys, func.count().label("n")).where(*where).group_by(*keys)
        chosen = (
            select(match_log.c.quarter, match_log.c.chosen_first, func.count().label("n"))
            .where(*where, match_log.c.outcome == "chosen")
            .group_by(match_log.c.quarter, match_log.c.chosen_first)
        )
        with self.engine.connect() as conn:
            out = [
                {
                    "area_code": r.area_code,
                    "category": r.first_category or "other",
                    "binding": tuple(json.loads(r.binding)),
                    "quarter": r.quarter,
                    "covered": bool(r.covered),
                    "first_need_served": bool(r.first_need_served),
                    "no_fit": bool(r.no_fit),
                    "n": int(r.n),
                }
                for r in conn.execute(groups)
            ]
            picked = [
                {
                    "quarter": r.quarter,
                    "categories": [c for c in (r.chosen_first or "").split(",") if c],
                    "n": int(r.n),
                }
                for r in conn.execute(chosen)
            ]
        return out, picked

    def log_matches(self, entries: list[dict]) -> None:
        """Many log rows at once (benchmarks, migrations)."""
        rows = [self._log_row(entry) for entry in entries]
        with self.engine.begin() as conn:
            conn.execute(insert(match_log), rows)

    # -- areas ---------------------------------------------------------------------------
    def upsert_areas(self, items: list[dict]) -> int:
        with self.engine.begin() as conn:
            for item in items:
                row = {**item, "geometry": _dumps(item["geometry"]), "updated_at": now()}
                exists = conn.execute(
                    select(areas.c.code).where(areas.c.code == item["code"])
                ).first()
                if exists:
                    conn.execute(update(areas).where(areas.c.code == item["code"]).values(**row))
                else:
                    conn.execute(insert(areas).values(**row))
        self.area_writes += 1  # committed: this process's area index is rebuilt next match
        return len(items)

    def areas(self, municipality: str | None = None) -> list[dict]:
        q = select(areas)
        if municipality:
            q = q.where(areas.c.municipality == municipality)
        with self.engine.connect() as conn:
            return [
                {
                    "code": r.code,
                    "name": r.name,
                    "level": r.level,
                    "municipality": r.municipality,
                    "population": r.population,
                    "geometry": json.loads(r.geometry),
                }
                for r in conn.execute(q)
            ]

    def areas_version(self) -> tuple:
        """Changes when areas are imported: cheap to ask before every match."""
        with self.engine.connect() as conn:
            return tuple(
                conn.execute(
                    select(func.count(), func.max(areas.c.updated_at)).select_from(areas)
                ).first()
            )

    # -- tokens ------------------------------------------------------------------------
    def create_token(
        self,
        role: str,
        organization_id: str | None = None,
        municipality: str | None = None,
        label: str | None = None,
        expires_at: datetime | None = None,
        agb: str | None = None,
        account_id: str | None = None,
        scope: str | None = None,
    ) -> tuple[str, str]:
        """A new API token: returns (token id, secret). Only the hash is stored."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        if role == "referrer" and not (agb and len(agb) == 8 and agb.isdigit()):
            raise ValueError("a referrer token needs the practice's AGB code (8 digits)")
        token_id = secrets.token_hex(6)
        secret = f"smk_{token_id}_{secrets.token_urlsafe(32)}"
        with self.engine.begin() as conn:
            conn.execute(
                insert(tokens).values(
                    id=token_id,
                    token_hash=hash_token(secret),
                    role=role,
                    organization_id=organization_id,
                    municipality=municipality,
                    agb=agb,
                    label=label,
                    created_at=now(),
                    expires_at=expires_at,
                    account_id=account_id,
                    scope=scope,
                )
            )
        return token_id, secret

    def verify_token(self, secret: str) -> Token | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(tokens).where(tokens.c.token_hash == hash_token(secret))
            ).first()
        if row is None or row.revoked_at is not None:
            return None
        expires = row.expires_at
        if expires is not None:
            if expires.tzinfo is None:
                expires = expires.replace(tzinfo=UTC)
            if expires <= now():
                return None
        return Token(
            row.id,
            row.role,
            row.organization_id,
            row.municipality,
            expires,
            row.agb,
            account_id=row.account_id,
            scope=row.scope,
        )

    def revoke_token(self, token_id: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                update(tokens)
                .where(tokens.c.id == token_id, tokens.c.revoked_at.is_(None))
                .values(revoked_at=now())
            )
        return result.rowcount == 1
