"""Reports of wrong listings ("Klopt dit niet?") in the store: made by a coach or, without
signing in, by a resident; queued for the provider and the admin; resolved by the provider
as fixed or not an error. Resolution times are what the municipality sees.

A report says what is wrong (a code) and, optionally, a short remark. A resident's report
keeps nothing about the resident: no address, no name (the per-address rate limit lives in
the limiter's counters, not here).
"""

import statistics
import uuid
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Engine

from api.store import now
from api.upkeep.tables import listing_reports

RESOLUTIONS = ("fixed", "not_an_error")
SMALL = 5  # counts under this are shown as "<5": coarse, even though reports are not clients


class ReportNotFound(LookupError):
    pass


class AlreadyResolved(ValueError):
    pass


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _record(row) -> dict:
    out = dict(row._mapping)
    for key in ("created_at", "resolved_at"):
        out[key] = _utc(out[key])
    return out


class ReportStore:
    def __init__(self, engine: Engine):
        self.engine = engine

    def create(
        self,
        activity: dict,
        reason: str,
        remark: str | None,
        source: str,
        reporter: str | None = None,
        municipality: str | None = None,
    ) -> dict:
        report_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                insert(listing_reports).values(
                    id=report_id,
                    activity_id=activity["id"],
                    organization_id=activity["organization"]["id"],
                    municipality=municipality,
                    reason=reason,
                    remark=remark or None,
                    source=source,
                    reporter=reporter,
                    created_at=now(),
                )
            )
        return self.get(report_id)

    def get(self, report_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(listing_reports).where(listing_reports.c.id == report_id)
            ).first()
        return _record(row) if row else None

    def open_for(self, activity_ids: list[str]) -> set[str]:
        """Which of these listings have an unresolved report (one query per page of hits)."""
        if not activity_ids:
            return set()
        q = (
            select(listing_reports.c.activity_id)
            .where(
                listing_reports.c.activity_id.in_(activity_ids),
                listing_reports.c.resolved_at.is_(None),
            )
            .distinct()
        )
        with self.engine.connect() as conn:
            return set(conn.execute(q).scalars())

    def queue(
        self,
        organization_id: str | None = None,
        status: str = "open",
        page: int = 1,
        per_page: int = 50,
    ) -> tuple[list[dict], int]:
        where = []
        if organization_id:
            where.append(listing_reports.c.organization_id == organization_id)
        if status == "open":
            where.append(listing_reports.c.resolved_at.is_(None))
        elif status == "resolved":
            where.append(listing_reports.c.resolved_at.is_not(None))
        q = select(listing_reports).where(*where).order_by(listing_reports.c.created_at.desc())
        count = select(func.count()).select_from(listing_reports).where(*where)
        with self.engine.connect() as conn:
            total = conn.execute(count).scalar_one()
            rows = conn.execute(q.offset((page - 1) * per_page).limit(per_page))
            return [_record(r) for r in rows], total

    def resolve(self, report_id: str, resolution: str, actor: str) -> list[dict]:
        """Resolve a report and every other open one of the same listing (the provider put
        the listing right, or it was right): returns the reports resolved."""
        if resolution not in RESOLUTIONS:
            raise ValueError(f"resolution must be one of {', '.join(RESOLUTIONS)}")
        report = self.get(report_id)
        if report is None:
            raise ReportNotFound(report_id)
        if report["resolved_at"] is not None:
            raise AlreadyResolved(report_id)
        with self.engine.begin() as conn:
            ids = list(
                conn.execute(
                    select(listing_reports.c.id).where(
                        listing_reports.c.activity_id == report["activity_id"],
                        listing_reports.c.resolved_at.is_(None),
                    )
                ).scalars()
            )
            conn.execute(
                update(listing_reports)
                .where(listing_reports.c.id.in_(ids), listing_reports.c.resolved_at.is_(None))
                .values(resolved_at=now(), resolution=resolution, resolved_by=actor)
            )
        return [self.get(i) for i in ids]

    def forget_listing(self, activity_id: str) -> None:
        """A deleted listing's open reports are moot: resolved as fixed."""
        with self.engine.begin() as conn:
            conn.execute(
                update(listing_reports)
                .where(
                    listing_reports.c.activity_id == activity_id,
                    listing_reports.c.resolved_at.is_(None),
                )
                .values(resolved_at=now(), resolution="fixed", resolved_by="deleted")
            )

    def stats(
        self, municipality: str, start: datetime | None = None, end: datetime | None = None
    ) -> dict:
        """What the municipality sees: reports per reason, how many are resolved and how
        fast (median days, share within 14 days). Counts under 5 show as "<5"; figures over
        fewer than 5 resolved reports are not given."""
        q = select(
            listing_reports.c.reason,
            listing_reports.c.created_at,
            listing_reports.c.resolved_at,
            listing_reports.c.resolution,
        ).where(listing_reports.c.municipality == municipality)
        if start is not None:
            q = q.where(listing_reports.c.created_at >= start)
        if end is not None:
            q = q.where(listing_reports.c.created_at < end)
        with self.engine.connect() as conn:
            rows = list(conn.execute(q))
        by_reason: dict[str, int] = {}
        days, fixed, not_error = [], 0, 0
        for r in rows:
            by_reason[r.reason] = by_reason.get(r.reason, 0) + 1
            if r.resolved_at is not None:
                days.append((_utc(r.resolved_at) - _utc(r.created_at)).total_seconds() / 86400)
                fixed += r.resolution == "fixed"
                not_error += r.resolution == "not_an_error"
        enough = len(days) >= SMALL
        return {
            "municipality": municipality,
            "reports": coarse(len(rows)),
            "open": coarse(len(rows) - len(days)),
            "resolved": coarse(len(days)),
            "fixed": coarse(fixed),
            "not_an_error": coarse(not_error),
            "by_reason": [
                {"reason": k, "reports": coarse(v)} for k, v in sorted(by_reason.items())
            ],
            "median_days_to_resolve": round(statistics.median(days), 1) if enough else None,
            "resolved_within_14_days": (
                round(sum(d <= 14 for d in days) / len(days), 2) if enough else None
            ),
        }


def coarse(n: int) -> int | str:
    return n if n == 0 or n >= SMALL else "<5"
