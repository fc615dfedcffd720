"""The store's referrals: a referral and its FHIR Task written together, status moves as a
compare-and-set, and an erasure that removes both and keeps the anonymous count.

Every write is one transaction: a referral never exists without its Task or its count.
"""

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from api.store import _dumps, audit_log, now, referral_counts, referral_tasks, referrals
from trajectory.referrals import TransitionRefused, next_status, quarter

_COLUMNS = [
    *referrals.c,
    referral_tasks.c.id.label("task_id"),
    referral_tasks.c.status,
    referral_tasks.c.reject_reason,
    referral_tasks.c.first_contact_date,
    referral_tasks.c.updated_at,
]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _record(row) -> dict:
    out = dict(row._mapping)
    out["created_at"] = _utc(out["created_at"])
    out["updated_at"] = _utc(out["updated_at"])
    return out


def audit(conn, actor: str, action: str, changes: dict) -> None:
    """An audit log entry for a referral or trajectory action: ids and codes only, never
    client data (no client reference, no free text)."""
    conn.execute(
        insert(audit_log).values(
            at=now(), actor=actor, action=action, activity_id=None, changes=_dumps(changes)
        )
    )


def scrub_audit(conn, *ids: str) -> None:
    """An erased referral or trajectory leaves no id behind in the audit log: the entries
    stay (who did what, when), the id becomes "erased"."""
    for id_ in ids:
        if id_:
            conn.execute(
                update(audit_log)
                .where(audit_log.c.changes.contains(id_))
                .values(changes=func.replace(audit_log.c.changes, id_, "erased"))
            )


def act_in(
    conn,
    referral_id: str,
    action: str,
    reject_reason: str | None = None,
    first_contact: date | None = None,
    actor: str = "system",
) -> bool:
    """``ReferralStore.act`` inside the caller's transaction; False when there is no such
    referral."""
    row = conn.execute(
        select(referral_tasks).where(referral_tasks.c.referral_id == referral_id).with_for_update()
    ).first()
    if row is None:
        return False
    status = next_status(row.status, action)
    values = {"status": status, "updated_at": now()}
    if action == "reject":
        values["reject_reason"] = reject_reason
    if action == "contact":
        values["first_contact_date"] = first_contact
    result = conn.execute(
        update(referral_tasks)
        .where(referral_tasks.c.id == row.id, referral_tasks.c.status == row.status)
        .values(**values)
    )
    if result.rowcount != 1:  # another action won between our read and write
        current = conn.execute(
            select(referral_tasks.c.status).where(referral_tasks.c.id == row.id)
        ).scalar_one()
        next_status(current, action)  # raises for the status it has now
        raise TransitionRefused("De verwijzing is intussen gewijzigd; probeer opnieuw.")
    changes = {"referral": referral_id, "status": [row.status, status]}
    if reject_reason:
        changes["reason"] = reject_reason
    audit(conn, actor, f"referral.{action}", changes)
    return True


class ReferralStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def _select(self):
        return select(*_COLUMNS).join(
            referral_tasks, referral_tasks.c.referral_id == referrals.c.id
        )

    def create(self, fields: dict, source: str, actor: str = "system") -> dict:
        """Store a referral with its Task (status requested) and count it for monitoring."""
        ts = now()
        referral_id, task_id = str(uuid.uuid4()), str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                insert(referrals).values(
                    id=referral_id,
                    client_reference=fields["client_reference"],
                    icpc_code=fields["icpc_code"],
                    referrer_type=fields["referrer_type"],
                    referrer_agb=fields["referrer_agb"],
                    organization_id=fields["organization_id"],
                    municipality=fields.get("municipality"),
                    referral_date=fields["referral_date"],
                    consent_date=fields["consent"]["date"],
                    reason=fields.get("reason") or None,
                    source=source,
                    created_at=ts,
                )
            )
            conn.execute(
                insert(referral_tasks).values(
                    id=task_id,
                    referral_id=referral_id,
                    status="requested",
                    created_at=ts,
                    updated_at=ts,
                )
            )
            self._count(conn, fields)
            audit(
                conn,
                actor,
                "referral.create",
                {"referral": referral_id, "source": source, "icpc": fields["icpc_code"]},
            )
        return self.get(referral_id)

    @staticmethod
    def _count(conn, fields: dict) -> None:
        key = {
            "quarter": quarter(fields["referral_date"]),
            "municipality": fields.get("municipality") or "",
            "referrer_type": fields["referrer_type"],
            "icpc_code": fields["icpc_code"],
        }
        where = [referral_counts.c[k] == v for k, v in key.items()]
        bump = update(referral_counts).where(*where).values(count=referral_counts.c.count + 1)
        if conn.execute(bump).rowcount:
            return
        try:
            with conn.begin_nested():  # another writer may add the same cell at this moment
                conn.execute(insert(referral_counts).values(**key, count=1))
        except IntegrityError:
            conn.execute(bump)

    def get(self, referral_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(self._select().where(referrals.c.id == referral_id)).first()
        return _record(row) if row else None

    def get_by_task(self, task_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(self._select().where(referral_tasks.c.id == task_id)).first()
        return _record(row) if row else None

    def find(
        self,
        organization_id: str | None = None,
        agb: str | None = None,
        statuses: list[str] | None = None,
        referral_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict], int]:
        """Referrals newest first (by referral date, then arrival), and how many match."""
        where = []
        if organization_id is not None:
            where.append(referrals.c.organization_id == organization_id)
        if agb is not None:
            where.append(referrals.c.referrer_agb == agb)
        if statuses:
            where.append(referral_tasks.c.status.in_(statuses))
        if referral_id is not None:
            where.append(referrals.c.id == referral_id)
        q = (
            self._select()
            .where(*where)
            .order_by(referrals.c.referral_date.desc(), referrals.c.created_at.desc())
            .limit(limit)
            .offset(offset)
        )
        total = select(func.count()).select_from(referrals.join(referral_tasks)).where(*where)
        with self.engine.connect() as conn:
            return [_record(r) for r in conn.execute(q)], conn.execute(total).scalar_one()

    def act(
        self,
        referral_id: str,
        action: str,
        reject_reason: str | None = None,
        first_contact: date | None = None,
        actor: str = "system",
    ) -> dict | None:
        """Move the referral's Task by a coach's (or the referrer's) action; None when there is
        no such referral, ``TransitionRefused`` when the action does not apply to its status."""
        with self.engine.begin() as conn:
            if not act_in(conn, referral_id, action, reject_reason, first_contact, actor):
                return None
        return self.get(referral_id)

    def erase(self, referral_id: str, actor: str = "system") -> bool:
        """Erase a referral, its Task and its trajectory (AVG: on request); the monitoring
        counts stay."""
        from api.trajectory_store import erase_trajectory_of

        with self.engine.begin() as conn:
            trajectory_id = erase_trajectory_of(conn, referral_id, date.today())
            conn.execute(referral_tasks.delete().where(referral_tasks.c.referral_id == referral_id))
            result = conn.execute(referrals.delete().where(referrals.c.id == referral_id))
            if result.rowcount == 1:
                scrub_audit(conn, referral_id, trajectory_id)
                audit(conn, actor, "referral.erase", {"referral": "erased"})
        return result.rowcount == 1

    def counts(self) -> list[dict]:
        """The anonymous monitoring counts: quarter, municipality, referrer type, ICPC code."""
        q = select(referral_counts).order_by(
            referral_counts.c.quarter,
            referral_counts.c.municipality,
            referral_counts.c.referrer_type,
            referral_counts.c.icpc_code,
        )
        with self.engine.connect() as conn:
            return [{**r._mapping, "municipality": r.municipality or None} for r in conn.execute(q)]
