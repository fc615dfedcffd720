"""The store's trajectories: a referral taken on by its welfare organisation, with its
conversations, spider-web snapshots, linked matches, chosen activities and check-ins.

Every write is one transaction with the anonymous monitoring counts it bumps (and the
referral's Task it moves), so a count never lacks its event nor an event its count; erasing
a trajectory (on request, or after the retention period) keeps the counts.
"""

import json
import uuid
from datetime import date

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from api.referral_store import _utc, act_in, audit, scrub_audit
from api.store import (
    _dumps,
    monitoring_counts,
    now,
    referral_tasks,
    referrals,
    trajectories,
    trajectory_activities,
    trajectory_checkins,
    trajectory_conversations,
    trajectory_matches,
    trajectory_snapshots,
)
from trajectory import monitoring as m
from trajectory.referrals import WAITING_FOR_CONTACT, TransitionRefused
from trajectory.trajectories import add_months, quarter_of, quarters_between, spider_web_change


class NotAllowed(ValueError):
    """The write does not fit the trajectory's state (message in Dutch): answered 409."""


def bump(
    conn,
    day: date,
    municipality: str | None,
    metric: str,
    key: str = "",
    count: int = 1,
    total: float = 0.0,
) -> None:
    """Add to one anonymous monitoring cell (made when it is the first)."""
    cell = {
        "quarter": quarter_of(day),
        "municipality": municipality or "",
        "metric": metric,
        "key": key or "",
    }
    where = [monitoring_counts.c[k] == v for k, v in cell.items()]
    change = (
        update(monitoring_counts)
        .where(*where)
        .values(count=monitoring_counts.c.count + count, total=monitoring_counts.c.total + total)
    )
    if conn.execute(change).rowcount:
        return
    try:
        with conn.begin_nested():  # another writer may add the same cell at this moment
            conn.execute(insert(monitoring_counts).values(**cell, count=count, total=total))
    except IntegrityError:
        conn.execute(change)


def _count_open_quarters(conn, row, today: date) -> None:
    """An open trajectory that goes (erased) still counts in every quarter it was open."""
    for q in quarters_between(row.opened_on, max(today, row.opened_on)):
        first = date(int(q[:4]), 3 * (int(q[-1]) - 1) + 1, 1)
        bump(conn, first, row.municipality, m.IN_TRAJECTORY)


def erase_trajectory_of(conn, referral_id: str, today: date) -> str | None:
    """Delete a referral's trajectory and all it holds inside the caller's transaction (the
    counts stay; an open one is counted in the quarters it ran). Returns its id."""
    row = conn.execute(
        select(trajectories).where(trajectories.c.referral_id == referral_id)
    ).first()
    if row is None:
        return None
    if row.status == "open":
        _count_open_quarters(conn, row, today)
    chosen = select(trajectory_activities.c.id).where(
        trajectory_activities.c.trajectory_id == row.id
    )
    conn.execute(trajectory_checkins.delete().where(trajectory_checkins.c.chosen_id.in_(chosen)))
    for table in (
        trajectory_activities,
        trajectory_matches,
        trajectory_snapshots,
        trajectory_conversations,
    ):
        conn.execute(table.delete().where(table.c.trajectory_id == row.id))
    conn.execute(trajectories.delete().where(trajectories.c.id == row.id))
    return row.id


class TrajectoryStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    # -- reading -------------------------------------------------------------------------
    def _load(self, conn, row) -> dict:
        out = dict(row._mapping)
        out["created_at"], out["updated_at"] = _utc(row.created_at), _utc(row.updated_at)
        tid = row.id
        out["conversations"] = [
            dict(r._mapping)
            for r in conn.execute(
                select(trajectory_conversations)
                .where(trajectory_conversations.c.trajectory_id == tid)
                .order_by(trajectory_conversations.c.date, trajectory_conversations.c.created_at)
            )
        ]
        out["snapshots"] = {
            r.kind: {"date": r.taken_on, "scores": json.loads(r.scores)}
            for r in conn.execute(
                select(trajectory_snapshots).where(trajectory_snapshots.c.trajectory_id == tid)
            )
        }
        out["matches"] = [
            r.match_id
            for r in conn.execute(
                select(trajectory_matches)
                .where(trajectory_matches.c.trajectory_id == tid)
                .order_by(trajectory_matches.c.linked_at)
            )
        ]
        activities = [
            {
                **{k: v for k, v in r._mapping.items() if k != "created_at"},
                "categories": json.loads(r.categories),
                "checkins": [],
            }
            for r in conn.execute(
                select(trajectory_activities)
                .where(trajectory_activities.c.trajectory_id == tid)
                .order_by(trajectory_activities.c.chosen_on, trajectory_activities.c.created_at)
            )
        ]
        by_id = {a["id"]: a for a in activities}
        if by_id:
            for r in conn.execute(
                select(trajectory_checkins)
                .where(trajectory_checkins.c.chosen_id.in_(list(by_id)))
                .order_by(trajectory_checkins.c.month)
            ):
                by_id[r.chosen_id]["checkins"].append(dict(r._mapping))
        out["activities"] = activities
        return out

    def get(self, trajectory_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(trajectories).where(trajectories.c.id == trajectory_id)
            ).first()
            return self._load(conn, row) if row else None

    def of_referral(self, referral_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(trajectories).where(trajectories.c.referral_id == referral_id)
            ).first()
            return self._load(conn, row) if row else None

    def ids_of_referrals(self, referral_ids: list[str]) -> dict[str, str]:
        """referral id -> trajectory id, for those that have one."""
        if not referral_ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(trajectories.c.referral_id, trajectories.c.id).where(
                    trajectories.c.referral_id.in_(referral_ids)
                )
            )
            return {r.referral_id: r.id for r in rows}

    def find(
        self,
        organization_id: str | None = None,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict], int]:
        """Trajectories newest first, and how many match."""
        where = []
        if organization_id is not None:
            where.append(trajectories.c.organization_id == organization_id)
        if status:
            where.append(trajectories.c.status == status)
        q = (
            select(trajectories)
            .where(*where)
            .order_by(trajectories.c.opened_on.desc(), trajectories.c.created_at.desc())
            .limit(limit)
            .offset(offset)
        )
        total = select(func.count()).select_from(trajectories).where(*where)
        with self.engine.connect() as conn:
            items = [self._load(conn, r) for r in conn.execute(q).all()]
            return items, conn.execute(total).scalar_one()

    def chosen_with_checkins(self, organization_id: str | None = None) -> list[dict]:
        """Every chosen activity (of one organisation) with its trajectory id, the client
        reference and its check-ins: the follow-up list in two queries."""
        q = (
            select(
                trajectory_activities.c.id,
                trajectory_activities.c.trajectory_id,
                trajectory_activities.c.activity_id,
                trajectory_activities.c.activity_name,
                trajectory_activities.c.chosen_on,
                referrals.c.client_reference,
            )
            .join(trajectories, trajectories.c.id == trajectory_activities.c.trajectory_id)
            .join(referrals, referrals.c.id == trajectories.c.referral_id)
        )
        if organization_id is not None:
            q = q.where(trajectories.c.organization_id == organization_id)
        with self.engine.connect() as conn:
            chosen = {r.id: {**r._mapping, "checkins": []} for r in conn.execute(q)}
            done = select(trajectory_checkins)
            if organization_id is not None:
                done = done.where(trajectory_checkins.c.chosen_id.in_(q.with_only_columns(
                    trajectory_activities.c.id
                )))  # fmt: skip
            for r in conn.execute(done):
                if r.chosen_id in chosen:
                    chosen[r.chosen_id]["checkins"].append(dict(r._mapping))
        return list(chosen.values())

    def _row(self, conn, trajectory_id: str, lock: bool = True):
        q = select(trajectories).where(trajectories.c.id == trajectory_id)
        row = conn.execute(q.with_for_update() if lock else q).first()
        if row is None:
            raise LookupError(trajectory_id)
        return row

    @staticmethod
    def _touch(conn, trajectory_id: str) -> None:
        conn.execute(
            update(trajectories).where(trajectories.c.id == trajectory_id).values(updated_at=now())
        )

    @staticmethod
    def _must_be_open(row) -> None:
        if row.status != "open":
            raise NotAllowed("Dit traject is afgesloten; er kan niets meer bij.")

    # -- writing -------------------------------------------------------------------------
    def open(
        self,
        referral: dict,
        opened_on: date,
        municipality: str | None,
        actor: str,
        intake: dict | None = None,
    ) -> dict:
        """A referral becomes a trajectory of its organisation (one per referral); a referral
        not yet accepted is accepted by it (its Task: accepted)."""
        ts = now()
        trajectory_id = str(uuid.uuid4())
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(trajectories).values(
                        id=trajectory_id,
                        referral_id=referral["id"],
                        organization_id=referral["organization_id"],
                        municipality=municipality,
                        status="open",
                        opened_on=opened_on,
                        created_at=ts,
                        updated_at=ts,
                    )
                )
                if intake:
                    self._snapshot(conn, trajectory_id, "intake", opened_on, intake)
                status = conn.execute(
                    select(referral_tasks.c.status).where(
                        referral_tasks.c.referral_id == referral["id"]
                    )
                ).scalar_one_or_none()
                if status in ("requested", "received"):  # taking it on accepts the referral
                    act_in(conn, referral["id"], "accept", actor=actor)
                bump(conn, opened_on, municipality, m.STARTED)
                audit(
                    conn,
                    actor,
                    "traj.open",
                    {"trajectory": trajectory_id, "referral": referral["id"]},
                )
        except IntegrityError:
            raise NotAllowed("Deze verwijzing heeft al een traject.") from None
        return self.get(trajectory_id)

    def add_conversation(
        self, trajectory_id: str, day: date, minutes: int, kind: str, actor: str
    ) -> dict:
        """A conversation with the client; the first one is the referral's first contact."""
        with self.engine.begin() as conn:
            row = self._row(conn, trajectory_id)
            self._must_be_open(row)
            conn.execute(
                insert(trajectory_conversations).values(
                    id=str(uuid.uuid4()),
                    trajectory_id=trajectory_id,
                    date=day,
                    minutes=minutes,
                    kind=kind,
                    created_at=now(),
                )
            )
            bump(conn, day, row.municipality, m.CONVERSATIONS, kind, total=float(minutes))
            status = conn.execute(
                select(referral_tasks.c.status).where(
                    referral_tasks.c.referral_id == row.referral_id
                )
            ).scalar_one_or_none()
            if status in WAITING_FOR_CONTACT:
                act_in(conn, row.referral_id, "contact", first_contact=day, actor=actor)
            self._touch(conn, trajectory_id)
            audit(
                conn,
                actor,
                "traj.conversation",
                {"trajectory": trajectory_id, "kind": kind, "minutes": minutes},
            )
        return self.get(trajectory_id)

    @staticmethod
    def _snapshot(conn, trajectory_id: str, kind: str, day: date, scores: dict) -> None:
        conn.execute(
            trajectory_snapshots.delete().where(
                trajectory_snapshots.c.trajectory_id == trajectory_id,
                trajectory_snapshots.c.kind == kind,
            )
        )
        conn.execute(
            insert(trajectory_snapshots).values(
                trajectory_id=trajectory_id, kind=kind, taken_on=day, scores=_dumps(scores)
            )
        )

    def set_snapshot(
        self, trajectory_id: str, kind: str, day: date, scores: dict, actor: str
    ) -> dict:
        """The spider web at intake (while open) or at close (given when closing)."""
        with self.engine.begin() as conn:
            row = self._row(conn, trajectory_id)
            self._must_be_open(row)
            self._snapshot(conn, trajectory_id, kind, day, scores)
            self._touch(conn, trajectory_id)
            audit(conn, actor, "traj.snapshot", {"trajectory": trajectory_id, "kind": kind})
        return self.get(trajectory_id)

    def link_match(self, trajectory_id: str, match_id: str, actor: str) -> dict:
        with self.engine.begin() as conn:
            row = self._row(conn, trajectory_id)
            self._must_be_open(row)
            exists = conn.execute(
                select(trajectory_matches.c.match_id).where(
                    trajectory_matches.c.trajectory_id == trajectory_id,
                    trajectory_matches.c.match_id == match_id,
                )
            ).first()
            if not exists:
                conn.execute(
                    insert(trajectory_matches).values(
                        trajectory_id=trajectory_id, match_id=match_id, linked_at=now()
                    )
                )
                audit(conn, actor, "traj.match", {"trajectory": trajectory_id, "match": match_id})
            self._touch(conn, trajectory_id)
        return self.get(trajectory_id)

    def trajectory_of_match(self, match_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(trajectory_matches.c.trajectory_id).where(
                    trajectory_matches.c.match_id == match_id
                )
            ).scalar()

    def choose(
        self,
        trajectory_id: str,
        activity: dict,
        day: date,
        actor: str,
        match_id: str | None = None,
    ) -> dict:
        """An activity the client chose (``activity``: id, name, categories)."""
        with self.engine.begin() as conn:
            row = self._row(conn, trajectory_id)
            self._must_be_open(row)
            existing = conn.execute(
                select(trajectory_activities.c.activity_id).where(
                    trajectory_activities.c.trajectory_id == trajectory_id
                )
            ).all()
            if activity["id"] in {r.activity_id for r in existing}:
                raise NotAllowed("Deze activiteit is al gekozen in dit traject.")
            categories = list(activity.get("categories") or [])
            conn.execute(
                insert(trajectory_activities).values(
                    id=str(uuid.uuid4()),
                    trajectory_id=trajectory_id,
                    activity_id=activity["id"],
                    activity_name=str(activity.get("name") or activity["id"])[:300],
                    categories=_dumps(categories),
                    match_id=match_id,
                    chosen_on=day,
                    created_at=now(),
                )
            )
            bump(conn, day, row.municipality, m.CHOSEN, (categories or ["other"])[0])
            if not existing:
                bump(conn, day, row.municipality, m.PARTICIPANTS)
            self._touch(conn, trajectory_id)
            audit(
                conn,
                actor,
                "traj.choose",
                {"trajectory": trajectory_id, "activity": activity["id"]},
            )
        return self.get(trajectory_id)

    def checkin(
        self,
        trajectory_id: str,
        chosen_id: str,
        month: int,
        day: date,
        result: str,
        stop_reason: str | None,
        actor: str,
    ) -> dict:
        """The follow-up of a chosen activity at 3, 6 or 9 months (once each; none after a
        "gestopt"). Allowed after closing too: follow-up goes on after the trajectory."""
        with self.engine.begin() as conn:
            row = self._row(conn, trajectory_id)
            chosen = conn.execute(
                select(trajectory_activities).where(
                    trajectory_activities.c.id == chosen_id,
                    trajectory_activities.c.trajectory_id == trajectory_id,
                )
            ).first()
            if chosen is None:
                raise LookupError(chosen_id)
            if day < chosen.chosen_on:
                raise NotAllowed(
                    "Een check-in ligt niet vóór de dag waarop de activiteit gekozen is."
                )
            done = {
                r.month: r.result
                for r in conn.execute(
                    select(trajectory_checkins).where(trajectory_checkins.c.chosen_id == chosen_id)
                )
            }
            if month in done:
                raise NotAllowed(f"De check-in na {month} maanden is al vastgelegd.")
            if any(r == "stopped" and mo < month for mo, r in done.items()):
                raise NotAllowed("De cliënt is met deze activiteit gestopt; geen check-in meer.")
            conn.execute(
                insert(trajectory_checkins).values(
                    chosen_id=chosen_id,
                    month=month,
                    date=day,
                    result=result,
                    stop_reason=stop_reason if result == "stopped" else None,
                )
            )
            if result == "participating" and month == 3:
                bump(conn, day, row.municipality, m.PARTICIPATING_3M)
            elif result == "participating" and month == 6:
                bump(conn, day, row.municipality, m.PARTICIPATING_6M)
            elif result == "stopped":
                bump(conn, day, row.municipality, m.DROPOUTS, stop_reason or "other")
            self._touch(conn, trajectory_id)
            audit(
                conn,
                actor,
                "traj.checkin",
                {"trajectory": trajectory_id, "month": month, "result": result},
            )
        return self.get(trajectory_id)

    def close(
        self,
        trajectory_id: str,
        day: date,
        reason: str,
        actor: str,
        scores: dict | None = None,
    ) -> dict:
        """Close the trajectory with a reason code (and the closing spider web); the
        referral's Task is completed. Counts: closed (with its conversations), the change of
        the spider web per dimension, and each quarter it was open in."""
        with self.engine.begin() as conn:
            row = self._row(conn, trajectory_id)
            self._must_be_open(row)
            if day < row.opened_on:
                raise NotAllowed("Een traject sluit niet vóór de dag waarop het begon.")
            if scores:
                self._snapshot(conn, trajectory_id, "close", day, scores)
            current = self._load(conn, row)
            n = len(current["conversations"])
            bump(conn, day, row.municipality, m.CLOSED, reason, total=float(n))
            change = spider_web_change(
                (current["snapshots"].get("intake") or {}).get("scores"),
                (current["snapshots"].get("close") or {}).get("scores"),
            )
            for dim, delta in change.items():
                bump(conn, day, row.municipality, m.WEB_CHANGE, dim, total=delta)
            for q in quarters_between(row.opened_on, day):
                first = date(int(q[:4]), 3 * (int(q[-1]) - 1) + 1, 1)
                bump(conn, first, row.municipality, m.IN_TRAJECTORY)
            conn.execute(
                update(trajectories)
                .where(trajectories.c.id == trajectory_id)
                .values(status="closed", closed_on=day, close_reason=reason, updated_at=now())
            )
            status = conn.execute(
                select(referral_tasks.c.status).where(
                    referral_tasks.c.referral_id == row.referral_id
                )
            ).scalar_one_or_none()
            try:
                if status in WAITING_FOR_CONTACT and n:
                    first = min(c["date"] for c in current["conversations"])
                    act_in(conn, row.referral_id, "contact", first_contact=first, actor=actor)
                    status = "in-progress"
                if status == "in-progress":
                    act_in(conn, row.referral_id, "complete", actor=actor)
            except TransitionRefused:
                pass  # the referral was withdrawn meanwhile: the trajectory still closes
            audit(conn, actor, "traj.close", {"trajectory": trajectory_id, "reason": reason})
        return self.get(trajectory_id)

    def erase(self, trajectory_id: str, actor: str, action: str = "traj.erase") -> bool:
        """Erase a trajectory and its referral (AVG: the client asked, or retention ended);
        the monitoring counts stay."""
        from api.store import referral_tasks as tasks

        with self.engine.begin() as conn:
            referral_id = conn.execute(
                select(trajectories.c.referral_id).where(trajectories.c.id == trajectory_id)
            ).scalar()
            if referral_id is None:
                return False
            erase_trajectory_of(conn, referral_id, date.today())
            conn.execute(tasks.delete().where(tasks.c.referral_id == referral_id))
            conn.execute(referrals.delete().where(referrals.c.id == referral_id))
            scrub_audit(conn, trajectory_id, referral_id)
            audit(conn, actor, action, {"trajectory": "erased", "referral": "erased"})
        return True

    def expired(self, months: int, today: date) -> tuple[list[str], list[str]]:
        """What the retention period has passed for: closed trajectories closed before
        ``today - months``, and referrals that ended (rejected, cancelled, completed) without
        a trajectory and were last changed before then."""
        cutoff = add_months(today, -months)
        with self.engine.connect() as conn:
            closed = [
                r.id
                for r in conn.execute(
                    select(trajectories.c.id).where(
                        trajectories.c.status == "closed", trajectories.c.closed_on < cutoff
                    )
                )
            ]
            has_trajectory = select(trajectories.c.referral_id)
            ended = [
                r.referral_id
                for r in conn.execute(
                    select(referral_tasks.c.referral_id).where(
                        referral_tasks.c.status.in_(("rejected", "cancelled", "completed")),
                        referral_tasks.c.updated_at < cutoff,
                        referral_tasks.c.referral_id.not_in(has_trajectory),
                    )
                )
            ]
        return closed, ended

    # -- monitoring ----------------------------------------------------------------------
    def counts(self, municipality: str, quarters: list[str]) -> list[dict]:
        q = select(monitoring_counts).where(
            monitoring_counts.c.municipality == municipality,
            monitoring_counts.c.quarter.in_(quarters),
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def open_per_quarter(self, municipality: str, quarters: list[str], today: date) -> dict:
        """Open trajectories (not yet counted: they count when they close or go) in each
        quarter they have been open in, up to today."""
        with self.engine.connect() as conn:
            opened = [
                r.opened_on
                for r in conn.execute(
                    select(trajectories.c.opened_on).where(
                        trajectories.c.municipality == municipality,
                        trajectories.c.status == "open",
                    )
                )
            ]
        out = dict.fromkeys(quarters, 0)
        for day in opened:
            for q in quarters_between(day, max(today, day)):
                if q in out:
                    out[q] += 1
        return out
