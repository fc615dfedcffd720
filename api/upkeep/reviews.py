"""Review reminders: a weekly digest per organisation of its listings that have not been
confirmed for 11 months (first reminder) or 12 months (second), each with a one-click
"nog actueel" link.

A link is a token signed with itsdangerous (``SECRET_KEY`` when set, else a key kept in the
store so that every server shares it) that names a row in ``review_links``: it works once
and for ``LINK_DAYS`` days. A digest is written with its mail in one transaction and at most
once per organisation and ISO week, so running ``socialmap reminders send`` twice in a week
sends nothing the second time.
"""

import html
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from api import services
from api.outbox import MailError
from api.store import now
from api.upkeep.tables import (
    app_secrets,
    review_contacts,
    review_digests,
    review_links,
    review_reminders,
)
from matcher import activity as act
from matcher.explain import MONTHS

FIRST_DAYS = 335  # 11 months without confirmation: the first reminder
SECOND_DAYS = act.STALE_AFTER_DAYS  # 12 months: the second, when the listing turns stale
LINK_DAYS = 28
SALT = "socialmap-review-link"


def stage(doc: dict, today: date | None = None) -> str | None:
    """``first`` from 11 months unconfirmed, ``second`` from 12 (or never confirmed)."""
    if (doc.get("status") or "active") != "active" or doc.get("duplicate_of"):
        return None
    days = act.freshness_days(doc, today)
    if days is None or days > SECOND_DAYS:
        return "second"
    if days >= FIRST_DAYS:
        return "first"
    return None


def due_on(doc: dict) -> str | None:
    """The date the listing turns stale (12 months after its confirmation)."""
    if not doc.get("assured_date"):
        return None
    return (
        date.fromisoformat(str(doc["assured_date"])[:10]) + timedelta(days=SECOND_DAYS + 1)
    ).isoformat()


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def long_date(iso: str) -> str:
    d = date.fromisoformat(str(iso)[:10])
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# -- signed links ---------------------------------------------------------------------
def _secret(engine) -> str:
    configured = current_app.config.get("SECRET_KEY")
    if configured:
        return str(configured)
    with engine.connect() as conn:
        value = conn.execute(
            select(app_secrets.c.value).where(app_secrets.c.name == "review_links")
        ).scalar()
    if value:
        return value
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(app_secrets).values(name="review_links", value=secrets.token_urlsafe(48))
            )
    except IntegrityError:  # another process made it first
        pass
    return _secret(engine)


def _serializer(engine) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(_secret(engine), salt=SALT)


class LinkRefused(ValueError):
    """A link that does not work: ``reason`` is invalid, expired or used."""

    def __init__(self, reason: str, activity_id: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.activity_id = activity_id


def read_link(token: str) -> dict:
    """The link's row, if the token is genuine, unexpired and unused; else LinkRefused."""
    engine = services.get().store.engine
    try:
        link_id = _serializer(engine).loads(token, max_age=LINK_DAYS * 86400)
    except SignatureExpired:
        raise LinkRefused("expired") from None
    except BadSignature:
        raise LinkRefused("invalid") from None
    with engine.connect() as conn:
        row = conn.execute(select(review_links).where(review_links.c.id == link_id)).first()
    if row is None:
        raise LinkRefused("invalid")
    expires = (
        row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=now().tzinfo)
    )
    if row.used_at is not None:
        raise LinkRefused("used", row.activity_id)
    if expires <= now():
        raise LinkRefused("expired", row.activity_id)
    return dict(row._mapping)


def use_link(token: str) -> dict:
    """Spend the link (compare-and-set: a double click confirms once); returns its row."""
    row = read_link(token)
    engine = services.get().store.engine
    with engine.begin() as conn:
        hit = conn.execute(
            update(review_links)
            .where(review_links.c.id == row["id"], review_links.c.used_at.is_(None))
            .values(used_at=now())
        ).rowcount
    if not hit:
        raise LinkRefused("used", row["activity_id"])
    return row


# -- digests --------------------------------------------------------------------------
@dataclass
class DigestRun:
    week: str
    digests: int = 0
    listings: int = 0
    already_sent: int = 0  # organisations that had this week's digest already
    without_email: list[str] = field(default_factory=list)  # organisation ids


def due_by_organization(today: date) -> dict[str, list[tuple[dict, str]]]:
    out: dict[str, list[tuple[dict, str]]] = {}
    for stored in services.get().store.iter_activities():
        doc = stored.doc
        s = stage(doc, today)
        if s:
            out.setdefault(doc["organization"]["id"], []).append((doc, s))
    return out


def send_digests(base_url: str, today: date | None = None) -> DigestRun:
    """Queue this week's digest for every organisation with newly due listings."""
    today = today or date.today()
    svc = services.get()
    store = svc.store
    run = DigestRun(iso_week(today))
    for org_id, items in sorted(due_by_organization(today).items()):
        with store.engine.connect() as conn:
            if conn.execute(
                select(review_digests.c.id).where(
                    review_digests.c.organization_id == org_id,
                    review_digests.c.week == run.week,
                )
            ).first():
                run.already_sent += 1
                continue
            reminded = {
                (r.activity_id, r.stage, r.assured_date)
                for r in conn.execute(
                    select(review_reminders).where(
                        review_reminders.c.activity_id.in_([d["id"] for d, _ in items])
                    )
                )
            }
        new = [
            (d, s) for d, s in items if (d["id"], s, d.get("assured_date") or "") not in reminded
        ]
        if not new:
            continue
        org = store.organization(org_id) or {"id": org_id, "name": org_id}
        address = contact_address(org)
        if not address:
            run.without_email.append(org_id)
            continue
        try:
            if _write_digest(org, address, new, run.week, base_url, today):
                run.digests += 1
                run.listings += len(new)
            else:
                run.already_sent += 1
        except MailError:
            run.without_email.append(org_id)
    return run


def _write_digest(org, address, items, week, base_url, today) -> bool:
    """Digest, reminders, links and mail in one transaction; False when this week's exists."""
    store, box = services.get().store, services.get().outbox
    serializer = _serializer(store.engine)
    digest_id = str(uuid.uuid4())
    ts = now()
    lines = []
    try:
        with store.engine.begin() as conn:
            conn.execute(
                insert(review_digests).values(
                    id=digest_id,
                    organization_id=org["id"],
                    week=week,
                    to_address=address,
                    listings=len(items),
                    created_at=ts,
                )
            )
            for doc, s in items:
                link_id = str(uuid.uuid4())
                conn.execute(
                    insert(review_reminders).values(
                        id=str(uuid.uuid4()),
                        activity_id=doc["id"],
                        stage=s,
                        assured_date=doc.get("assured_date") or "",
                        digest_id=digest_id,
                        created_at=ts,
                    )
                )
                conn.execute(
                    insert(review_links).values(
                        id=link_id,
                        activity_id=doc["id"],
                        digest_id=digest_id,
                        created_at=ts,
                        expires_at=ts + timedelta(days=LINK_DAYS),
                    )
                )
                url = f"{base_url.rstrip('/')}/nog-actueel/{serializer.dumps(link_id)}"
                lines.append((doc, s, url))
            subject, text, body_html = digest_mail(org, lines, base_url)
            box.enqueue(address, subject, text, html=body_html, kind="review_digest", conn=conn)
    except IntegrityError:  # another run wrote this week's digest at the same moment
        return False
    return True


def digest_mail(org: dict, lines: list[tuple[dict, str, str]], base_url: str):
    """The digest in Dutch (B1): subject, plain text and HTML."""
    n = len(lines)
    name = org.get("name") or org["id"]
    subject = f"Herinnering: {n} {'activiteit' if n == 1 else 'activiteiten'} graag controleren"
    provider_page = f"{base_url.rstrip('/')}/aanbieder"

    def when(doc):
        assured = doc.get("assured_date")
        return f"laatst bevestigd op {long_date(assured)}" if assured else "nog nooit bevestigd"

    groups = [
        ("Bijna een jaar niet bevestigd", [x for x in lines if x[1] == "first"]),
        (
            "Al een jaar of langer niet bevestigd (coaches zien nu een waarschuwing)",
            [x for x in lines if x[1] == "second"],
        ),
    ]
    text = [
        f"Beste {name},",
        "",
        "Op de sociale kaart staan activiteiten van uw organisatie die al lang niet zijn "
        "bevestigd. Welzijnscoaches en inwoners zien hoe oud de gegevens zijn.",
        "",
        "Klopt alles nog? Klik dan op de link 'Nog actueel' bij de activiteit.",
        f"Is er iets veranderd? Pas de activiteit dan aan op {provider_page}",
        "",
    ]
    parts = [
        f"<p>Beste {html.escape(name)},</p>",
        "<p>Op de sociale kaart staan activiteiten van uw organisatie die al lang niet zijn "
        "bevestigd. Welzijnscoaches en inwoners zien hoe oud de gegevens zijn.</p>",
        "<p>Klopt alles nog? Klik dan op <strong>Nog actueel</strong> bij de activiteit. "
        "Is er iets veranderd? Pas de activiteit dan aan op "
        f'<a href="{html.escape(provider_page)}">de pagina voor aanbieders</a>.</p>',
    ]
    for title, group in groups:
        if not group:
            continue
        text += [f"{title}:", ""]
        parts.append(f"<h2>{html.escape(title)}</h2><ul>")
        for doc, _, url in group:
            text += [f"- {doc['name']} ({when(doc)})", f"  Nog actueel: {url}", ""]
            parts.append(
                f"<li>{html.escape(doc['name'])} ({html.escape(when(doc))}): "
                f'<a href="{html.escape(url)}">Nog actueel</a></li>'
            )
        parts.append("</ul>")
    text += [
        f"Elke link werkt één keer en is {LINK_DAYS // 7} weken geldig.",
        "",
        "Met vriendelijke groet,",
        "De sociale kaart",
    ]
    parts.append(
        f"<p>Elke link werkt één keer en is {LINK_DAYS // 7} weken geldig.</p>"
        "<p>Met vriendelijke groet,<br>De sociale kaart</p>"
    )
    return subject, "\n".join(text) + "\n", "\n".join(parts)


def contact_address(org: dict) -> str:
    """Where the organisation's digest goes: the address its provider chose, else the HSDS
    organisation's email ("" when neither)."""
    with services.get().store.engine.connect() as conn:
        chosen = conn.execute(
            select(review_contacts.c.email).where(review_contacts.c.organization_id == org["id"])
        ).scalar()
    return (chosen or org.get("email") or "").strip()


def set_contact(organization_id: str, email: str) -> None:
    engine = services.get().store.engine
    with engine.begin() as conn:
        hit = conn.execute(
            update(review_contacts)
            .where(review_contacts.c.organization_id == organization_id)
            .values(email=email, updated_at=now())
        ).rowcount
        if not hit:
            conn.execute(
                insert(review_contacts).values(
                    organization_id=organization_id, email=email, updated_at=now()
                )
            )


def due_listings(organization_id: str | None, today: date | None = None) -> list[dict]:
    """What the organisation's page shows: every listing due for review, oldest first."""
    today = today or date.today()
    store = services.get().store
    out = []
    for stored in store.iter_activities(organization_id=organization_id):
        doc = stored.doc
        s = stage(doc, today)
        if not s:
            continue
        out.append(
            {
                "id": doc["id"],
                "name": doc["name"],
                "organization_id": doc["organization"]["id"],
                "assured_date": doc.get("assured_date"),
                "freshness_days": act.freshness_days(doc, today),
                "stage": s,
                "stale_from": due_on(doc),
            }
        )
    out.sort(key=lambda d: (d["assured_date"] or "", d["name"]))
    return out


def last_digest(organization_id: str) -> dict | None:
    with services.get().store.engine.connect() as conn:
        row = conn.execute(
            select(review_digests)
            .where(review_digests.c.organization_id == organization_id)
            .order_by(review_digests.c.created_at.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    created = row.created_at
    return {
        "week": row.week,
        "listings": row.listings,
        "sent_to": row.to_address,
        "created_at": (created if isinstance(created, datetime) else created).isoformat(),
    }
