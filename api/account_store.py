"""The store's people: accounts, their single-use links (invitation, password reset), their
sessions, failed sign-ins for throttling, and the account events in the audit log.

Secrets are kept as hashes only: a link's code and a session's id travel to the person (in a
mail, in a cookie) and the store holds their SHA-256, so read access to the store signs no
one in. Passwords are argon2 hashes (``api/passwords.py``).
"""

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from api.store import ROLES, audit_log, hash_token, metadata, now, tokens

accounts = Table(
    "accounts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("email", String(320), nullable=False, unique=True),  # lower case
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("organization_id", String(100)),
    Column("municipality", String(10)),
    Column("agb", String(8)),
    Column("org_admin", Integer, nullable=False, server_default="0"),
    Column("password_hash", String(200)),
    Column("oidc_issuer", String(300)),
    Column("oidc_subject", String(255)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("disabled_at", DateTime(timezone=True)),
    UniqueConstraint("oidc_issuer", "oidc_subject", name="uq_accounts_oidc"),
)

account_links = Table(
    "account_links",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column(
        "account_id",
        String(32),
        ForeignKey("accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("purpose", String(20), nullable=False),  # invitation | password_reset
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

account_sessions = Table(
    "account_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column(
        "account_id",
        String(32),
        ForeignKey("accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("method", String(60), nullable=False),  # password | oidc:<provider> | demo
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True)),
)

# Failed sign-ins (and reset requests) per key: "email:<hash>" or "addr:<client address>".
# The address key holds a hash of the typed address, never the address itself, so that
# attempts on addresses without an account are throttled alike and leave nothing readable.
sign_in_failures = Table(
    "sign_in_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(100), nullable=False, index=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
)

PURPOSES = ("invitation", "password_reset")


@dataclass(frozen=True)
class Account:
    id: str
    email: str
    display_name: str
    role: str
    organization_id: str | None
    municipality: str | None
    agb: str | None
    org_admin: bool
    has_password: bool
    sso: bool
    created_at: datetime
    disabled: bool


@dataclass(frozen=True)
class Link:
    account: Account
    purpose: str
    expires_at: datetime


class AccountExists(ValueError):
    pass


class LinkInvalid(LookupError):
    """An unknown, used or expired link."""


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def normalize_email(email: str) -> str:
    return (email or "").strip().lower()


def email_key(email: str) -> str:
    return "email:" + hash_token(normalize_email(email))[:40]


def _account(row) -> Account:
    return Account(
        id=row.id,
        email=row.email,
        display_name=row.display_name,
        role=row.role,
        organization_id=row.organization_id,
        municipality=row.municipality,
        agb=row.agb,
        org_admin=bool(row.org_admin),
        has_password=row.password_hash is not None,
        sso=row.oidc_subject is not None,
        created_at=_utc(row.created_at),
        disabled=row.disabled_at is not None,
    )


class AccountStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    # -- accounts ------------------------------------------------------------------------
    def create(
        self,
        email: str,
        display_name: str,
        role: str,
        created_by: str,
        organization_id: str | None = None,
        municipality: str | None = None,
        agb: str | None = None,
        org_admin: bool = False,
        password_hash: str | None = None,
        oidc: tuple[str, str] | None = None,
        conn: Connection | None = None,
    ) -> Account:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}")
        row = dict(
            id=secrets.token_hex(8),
            email=normalize_email(email),
            display_name=display_name.strip(),
            role=role,
            organization_id=organization_id,
            municipality=municipality,
            agb=agb,
            org_admin=int(org_admin),
            password_hash=password_hash,
            oidc_issuer=oidc[0] if oidc else None,
            oidc_subject=oidc[1] if oidc else None,
            created_at=now(),
            created_by=created_by,
        )
        try:
            if conn is not None:
                with conn.begin_nested():
                    conn.execute(insert(accounts).values(**row))
            else:
                with self.engine.begin() as c:
                    c.execute(insert(accounts).values(**row))
        except IntegrityError:
            raise AccountExists(row["email"]) from None
        return self.get(row["id"], conn=conn)

    def get(self, account_id: str, conn: Connection | None = None) -> Account | None:
        q = select(accounts).where(accounts.c.id == account_id)
        if conn is not None:
            row = conn.execute(q).first()
        else:
            with self.engine.connect() as c:
                row = c.execute(q).first()
        return _account(row) if row else None

    def by_email(self, email: str) -> Account | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(accounts).where(accounts.c.email == normalize_email(email))
            ).first()
        return _account(row) if row else None

    def by_oidc(self, issuer: str, subject: str) -> Account | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(accounts).where(
                    accounts.c.oidc_issuer == issuer, accounts.c.oidc_subject == subject
                )
            ).first()
        return _account(row) if row else None

    def password_hash(self, account_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(accounts.c.password_hash).where(accounts.c.id == account_id)
            ).scalar_one_or_none()

    def update(self, account_id: str, **values) -> None:
        """Change an account's columns (display name, organisation, OIDC link, hash)."""
        with self.engine.begin() as conn:
            conn.execute(update(accounts).where(accounts.c.id == account_id).values(**values))

    def find(
        self, organization_id: str | None = None, municipality: str | None = None
    ) -> list[Account]:
        q = select(accounts).order_by(accounts.c.created_at.desc())
        if organization_id is not None:
            q = q.where(accounts.c.organization_id == organization_id)
        if municipality is not None:
            q = q.where(accounts.c.municipality == municipality)
        with self.engine.connect() as conn:
            return [_account(r) for r in conn.execute(q)]

    def disable(self, account_id: str, actor: str) -> bool:
        """Disable an account: its sessions end and its tokens are revoked, at once."""
        ts = now()
        with self.engine.begin() as conn:
            hit = conn.execute(
                update(accounts)
                .where(accounts.c.id == account_id, accounts.c.disabled_at.is_(None))
                .values(disabled_at=ts)
            ).rowcount
            if not hit:
                return False
            self._end_sessions(conn, account_id, ts)
            conn.execute(
                update(tokens)
                .where(tokens.c.account_id == account_id, tokens.c.revoked_at.is_(None))
                .values(revoked_at=ts)
            )
            self.audit(conn, actor, "account_disable", {"account": account_id})
        return True

    # -- links (invitation, password reset) ----------------------------------------------
    def create_link(
        self, conn: Connection, account_id: str, purpose: str, valid: timedelta
    ) -> tuple[str, datetime]:
        """A new single-use link code (returned once; only its hash is kept). Earlier
        unused links of the account stop working."""
        assert purpose in PURPOSES
        ts = now()
        conn.execute(
            update(account_links)
            .where(account_links.c.account_id == account_id, account_links.c.used_at.is_(None))
            .values(used_at=ts)
        )
        code = secrets.token_urlsafe(32)
        expires = ts + valid
        conn.execute(
            insert(account_links).values(
                code_hash=hash_token(code),
                account_id=account_id,
                purpose=purpose,
                created_at=ts,
                expires_at=expires,
            )
        )
        return code, expires

    def use_link(self, code: str, password_hash: str) -> Account:
        """Set the password through a link, once: the link is spent, every other link of
        the account too, and the account's sessions end (someone may have had the old one)."""
        ts = now()
        with self.engine.begin() as conn:
            row = conn.execute(
                select(account_links).where(account_links.c.code_hash == hash_token(code or ""))
            ).first()
            if row is None or row.used_at is not None or _utc(row.expires_at) <= ts:
                raise LinkInvalid()
            account = self.get(row.account_id, conn=conn)
            if account is None or account.disabled:
                raise LinkInvalid()
            spent = conn.execute(
                update(account_links)
                .where(
                    account_links.c.code_hash == row.code_hash, account_links.c.used_at.is_(None)
                )
                .values(used_at=ts)
            ).rowcount
            if spent != 1:  # another request used it in between
                raise LinkInvalid()
            conn.execute(
                update(account_links)
                .where(account_links.c.account_id == account.id, account_links.c.used_at.is_(None))
                .values(used_at=ts)
            )
            conn.execute(
                update(accounts)
                .where(accounts.c.id == account.id)
                .values(password_hash=password_hash)
            )
            self._end_sessions(conn, account.id, ts)
            self.audit(conn, f"account:{account.id}", "password_set", {"via": row.purpose})
        return account

    def peek_link(self, code: str) -> Link | None:
        """What a link is for (to greet the person), without spending it."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(account_links).where(account_links.c.code_hash == hash_token(code or ""))
            ).first()
            if row is None or row.used_at is not None or _utc(row.expires_at) <= now():
                return None
            account = self.get(row.account_id, conn=conn)
        if account is None or account.disabled:
            return None
        return Link(account, row.purpose, _utc(row.expires_at))

    # -- sessions ------------------------------------------------------------------------
    def start_session(self, account_id: str, method: str) -> str:
        """A new session; returns its id (for the cookie), of which only the hash is kept."""
        session_id = secrets.token_urlsafe(32)
        ts = now()
        with self.engine.begin() as conn:
            conn.execute(
                insert(account_sessions).values(
                    id_hash=hash_token(session_id),
                    account_id=account_id,
                    method=method[:60],
                    created_at=ts,
                    last_seen_at=ts,
                )
            )
        return session_id

    def resume_session(
        self, session_id: str, idle: timedelta, absolute: timedelta
    ) -> tuple[Account, datetime] | None:
        """The session's account and when the session ends, if it is still live: not
        ended, not idle longer than ``idle``, not older than ``absolute``, account enabled.
        Seen again: its idle clock restarts (written at most once a minute)."""
        ts = now()
        key = hash_token(session_id or "")
        with self.engine.connect() as conn:
            row = conn.execute(
                select(account_sessions).where(account_sessions.c.id_hash == key)
            ).first()
            if row is None or row.ended_at is not None:
                return None
            created, seen = _utc(row.created_at), _utc(row.last_seen_at)
            account = self.get(row.account_id, conn=conn)
        if ts - seen > idle or ts - created > absolute or account is None or account.disabled:
            with self.engine.begin() as conn:
                conn.execute(
                    update(account_sessions)
                    .where(account_sessions.c.id_hash == key, account_sessions.c.ended_at.is_(None))
                    .values(ended_at=ts)
                )
            return None
        if ts - seen > timedelta(minutes=1):
            with self.engine.begin() as conn:
                conn.execute(
                    update(account_sessions)
                    .where(account_sessions.c.id_hash == key)
                    .values(last_seen_at=ts)
                )
        return account, min(created + absolute, ts + idle)

    def end_session(self, session_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(account_sessions)
                .where(
                    account_sessions.c.id_hash == hash_token(session_id or ""),
                    account_sessions.c.ended_at.is_(None),
                )
                .values(ended_at=now())
            )

    def end_all_sessions(self, account_id: str, actor: str) -> int:
        with self.engine.begin() as conn:
            ended = self._end_sessions(conn, account_id, now())
            self.audit(conn, actor, "sign_out_all", {"sessions": ended})
        return ended

    @staticmethod
    def _end_sessions(conn: Connection, account_id: str, ts: datetime) -> int:
        return conn.execute(
            update(account_sessions)
            .where(
                account_sessions.c.account_id == account_id,
                account_sessions.c.ended_at.is_(None),
            )
            .values(ended_at=ts)
        ).rowcount

    def live_sessions(self, account_id: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(
                select(func.count())
                .select_from(account_sessions)
                .where(
                    account_sessions.c.account_id == account_id,
                    account_sessions.c.ended_at.is_(None),
                )
            ).scalar_one()

    # -- throttling ----------------------------------------------------------------------
    def failures(self, key: str, window: timedelta) -> tuple[int, datetime | None]:
        """Failures of ``key`` within the window, and when the oldest of them leaves it."""
        since = now() - window
        with self.engine.connect() as conn:
            count, oldest = conn.execute(
                select(func.count(), func.min(sign_in_failures.c.at)).where(
                    sign_in_failures.c.key == key, sign_in_failures.c.at > since
                )
            ).first()
        return count, (_utc(oldest) + window if oldest else None)

    def record_failure(self, *keys: str) -> None:
        ts = now()
        with self.engine.begin() as conn:
            conn.execute(insert(sign_in_failures), [{"key": k, "at": ts} for k in keys])
            # what has left every window is of no use any more
            conn.execute(
                delete(sign_in_failures).where(sign_in_failures.c.at < ts - timedelta(days=1))
            )

    def clear_failures(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sign_in_failures).where(sign_in_failures.c.key == key))

    # -- personal API tokens -------------------------------------------------------------
    def tokens_of(self, account_id: str) -> list[dict]:
        q = (
            select(tokens)
            .where(tokens.c.account_id == account_id)
            .order_by(tokens.c.created_at.desc())
        )
        with self.engine.connect() as conn:
            return [
                {
                    "id": r.id,
                    "label": r.label,
                    "scope": r.scope or "write",
                    "created_at": _utc(r.created_at),
                    "expires_at": _utc(r.expires_at),
                    "revoked_at": _utc(r.revoked_at),
                }
                for r in conn.execute(q)
            ]

    def revoke_own_token(self, account_id: str, token_id: str) -> bool:
        with self.engine.begin() as conn:
            hit = conn.execute(
                update(tokens)
                .where(
                    tokens.c.id == token_id,
                    tokens.c.account_id == account_id,
                    tokens.c.revoked_at.is_(None),
                )
                .values(revoked_at=now())
            ).rowcount
            if hit:
                self.audit(conn, f"account:{account_id}", "token_revoke", {"token": token_id})
        return hit == 1

    # -- audit ---------------------------------------------------------------------------
    @staticmethod
    def audit(conn: Connection, actor: str, action: str, details: dict) -> None:
        """An account event in the audit log (no activity; ``changes`` holds the details)."""
        conn.execute(
            insert(audit_log).values(
                at=now(),
                actor=actor[:100],
                action=action[:20],
                activity_id=None,
                changes=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
            )
        )

    def log(self, actor: str, action: str, details: dict) -> None:
        with self.engine.begin() as conn:
            self.audit(conn, actor, action, details)

    def events(self, limit: int = 100) -> list[dict]:
        """Account events, newest first (sign-ins, failures, invitations, tokens)."""
        q = (
            select(audit_log)
            .where(audit_log.c.activity_id.is_(None))
            .order_by(audit_log.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [
                {
                    "at": _utc(r.at),
                    "actor": r.actor,
                    "action": r.action,
                    "details": json.loads(r.changes),
                }
                for r in conn.execute(q)
            ]
