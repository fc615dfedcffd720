"""Outgoing mail: an outbox in the store, delivered over SMTP.

A change that sends mail (an invitation, a password reset, a review digest) writes the mail
into the ``outbox`` table in its own transaction (``enqueue(..., conn=conn)``), so that a
process killed between the change and the delivery loses nothing: the next delivery run sends
it. Delivery claims each mail with a compare-and-set, so two workers never send one twice,
and keeps a failed mail queued with its error and a later attempt time.

A delivered mail keeps its address, subject and times for the record, not its body: the
links in it (single-use, expiring) are secrets that nobody with read access to the store
should be able to use.

``SOCIALMAP_SMTP_URL``: ``smtp://host:port`` (plain), ``smtp+starttls://user:pw@host:587``
or ``smtps://user:pw@host:465``. Without it, mail stays queued (``socialmap mail list``).
"""

import smtplib
import ssl
import threading
import uuid
from dataclasses import dataclass
from datetime import timedelta
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import unquote, urlsplit

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    and_,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from api.store import metadata, now

outbox = Table(
    "outbox",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(40), nullable=False),  # invitation | password_reset | review_digest ...
    Column("to_address", String(320), nullable=False),
    Column("subject", String(300), nullable=False),
    Column("body_text", Text, nullable=False),
    Column("body_html", Text),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False, index=True),
    Column("claimed_until", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("sent_at", DateTime(timezone=True), index=True),
)

MAX_ATTEMPTS = 8
CLAIM = timedelta(minutes=5)  # a worker that died while sending gives its claim up after this


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=min(2 ** (attempts - 1), 240))


class MailError(ValueError):
    """A mail that cannot be written (a bad address, an empty subject)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # plain | starttls | ssl
    username: str | None = None
    password: str | None = None

    @classmethod
    def parse(cls, url: str) -> "SmtpSettings":
        parts = urlsplit(url)
        security = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "ssl"}.get(parts.scheme)
        if security is None or not parts.hostname:
            raise ValueError(
                f"SOCIALMAP_SMTP_URL must be smtp://, smtp+starttls:// or smtps://host[:port], "
                f"not {parts.scheme or '?'}://"
            )
        default_port = {"plain": 25, "starttls": 587, "ssl": 465}[security]
        return cls(
            host=parts.hostname,
            port=parts.port or default_port,
            security=security,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )


def _address(value: str) -> str:
    value = (value or "").strip()
    try:
        address = Address(addr_spec=value)
    except (ValueError, IndexError, MessageError) as e:
        raise MailError(f"not an e-mail address: {value!r}") from e
    if not address.domain or "\n" in value or "\r" in value:
        raise MailError(f"not an e-mail address: {value!r}")
    return address.addr_spec


class Outbox:
    def __init__(
        self,
        engine: Engine,
        smtp_url: str | None = None,
        sender: str = "Sociale kaart <noreply@localhost>",
        timeout: float = 10.0,
    ):
        self.engine = engine
        self.smtp = SmtpSettings.parse(smtp_url) if smtp_url else None
        self.sender = sender
        self.timeout = timeout
        self._delivering = threading.Lock()

    def enqueue(
        self,
        to: str,
        subject: str,
        text: str,
        html: str | None = None,
        kind: str = "mail",
        conn: Connection | None = None,
    ) -> str:
        """Queue one mail; inside the caller's transaction when ``conn`` is given."""
        to = _address(to)
        subject = " ".join((subject or "").split())
        if not subject:
            raise MailError("a mail needs a subject")
        ts = now()
        mail_id = str(uuid.uuid4())
        row = dict(
            id=mail_id,
            kind=kind,
            to_address=to,
            subject=subject[:300],
            body_text=text,
            body_html=html,
            created_at=ts,
            attempts=0,
            next_attempt_at=ts,
        )
        if conn is not None:
            conn.execute(insert(outbox).values(**row))
        else:
            with self.engine.begin() as c:
                c.execute(insert(outbox).values(**row))
        return mail_id

    def message(self, row) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = row.to_address
        msg["Subject"] = row.subject
        msg["Message-ID"] = make_msgid(idstring=row.id, domain="socialmap")
        msg["Auto-Submitted"] = "auto-generated"
        msg.set_content(row.body_text)
        if row.body_html:
            msg.add_alternative(row.body_html, subtype="html")
        return msg

    def _claim(self, limit: int) -> list:
        ts = now()
        due = and_(
            outbox.c.sent_at.is_(None),
            outbox.c.attempts < MAX_ATTEMPTS,
            outbox.c.next_attempt_at <= ts,
            or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < ts),
        )
        claimed = []
        with self.engine.begin() as conn:
            ids = conn.execute(
                select(outbox.c.id).where(due).order_by(outbox.c.created_at).limit(limit)
            ).scalars()
            for mail_id in list(ids):
                # compare-and-set: only the worker whose update hits the row sends it
                hit = conn.execute(
                    update(outbox)
                    .where(and_(outbox.c.id == mail_id, due))
                    .values(claimed_until=ts + CLAIM)
                ).rowcount
                if hit:
                    claimed.append(mail_id)
            if not claimed:
                return []
            return list(conn.execute(select(outbox).where(outbox.c.id.in_(claimed))))

    def _connect(self) -> smtplib.SMTP:
        s = self.smtp
        if s.security == "ssl":
            server = smtplib.SMTP_SSL(
                s.host, s.port, timeout=self.timeout, context=ssl.create_default_context()
            )
        else:
            server = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
            if s.security == "starttls":
                server.starttls(context=ssl.create_default_context())
        if s.username:
            server.login(s.username, s.password or "")
        return server

    def deliver(self, limit: int = 100) -> dict:
        """Send what is due; returns counts ``{"sent": n, "failed": m}``."""
        if self.smtp is None:
            return {"sent": 0, "failed": 0}
        with self._delivering:
            rows = self._claim(limit)
            if not rows:
                return {"sent": 0, "failed": 0}
            sent = failed = 0
            try:
                server = self._connect()
            except (OSError, smtplib.SMTPException) as e:
                for row in rows:
                    self._failed(row, e)
                return {"sent": 0, "failed": len(rows)}
            try:
                for row in rows:
                    try:
                        server.send_message(self.message(row))
                    except (OSError, smtplib.SMTPException) as e:
                        self._failed(row, e)
                        failed += 1
                    else:
                        self._sent(row)
                        sent += 1
            finally:
                try:
                    server.quit()
                except (OSError, smtplib.SMTPException):
                    pass
            return {"sent": sent, "failed": failed}

    def deliver_soon(self) -> None:
        """Deliver in a background thread: a request does not wait for the mail server."""
        if self.smtp is not None:
            threading.Thread(target=self.deliver, name="outbox", daemon=True).start()

    def _sent(self, row) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == row.id)
                .values(
                    sent_at=now(),
                    attempts=row.attempts + 1,
                    claimed_until=None,
                    last_error=None,
                    body_text="",
                    body_html=None,
                )
            )

    def _failed(self, row, error: Exception) -> None:
        attempts = row.attempts + 1
        with self.engine.begin() as conn:
            conn.execute(
                update(outbox)
                .where(outbox.c.id == row.id)
                .values(
                    attempts=attempts,
                    claimed_until=None,
                    next_attempt_at=now() + _backoff(attempts),
                    last_error=f"{type(error).__name__}: {error}"[:500],
                )
            )

    def list(self, pending_only: bool = False, limit: int = 100) -> list[dict]:
        query = select(
            outbox.c.id,
            outbox.c.kind,
            outbox.c.to_address,
            outbox.c.subject,
            outbox.c.created_at,
            outbox.c.attempts,
            outbox.c.last_error,
            outbox.c.sent_at,
        ).order_by(outbox.c.created_at.desc())
        if pending_only:
            query = query.where(outbox.c.sent_at.is_(None))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.limit(limit))]
