"""Retention: closed trajectories, and referrals that ended without one, are erased once
``SOCIALMAP_RETENTION_MONTHS`` have passed; their anonymous monitoring counts stay.

Run by ``socialmap retention`` and at every ``socialmap serve`` start."""

from dataclasses import dataclass
from datetime import date

from api.services import Services


@dataclass(frozen=True)
class Erased:
    months: int
    trajectories: int
    referrals: int

    def summary(self, dry_run: bool = False) -> str:
        verb = "would erase" if dry_run else "erased"
        return (
            f"retention {self.months} months: {verb} {self.trajectories} closed trajectories "
            f"and {self.referrals} ended referrals"
        )


def run(svc: Services, today: date | None = None, dry_run: bool = False) -> Erased:
    months = int(svc.config.get("RETENTION_MONTHS") or 0)
    if months <= 0:  # 0 turns retention off
        return Erased(0, 0, 0)
    closed, ended = svc.trajectories.expired(months, today or date.today())
    if not dry_run:
        for trajectory_id in closed:
            svc.trajectories.erase(trajectory_id, "retention", action="traj.retention")
        for referral_id in ended:
            svc.referrals.erase(referral_id, actor="retention")
    return Erased(months, len(closed), len(ended))
