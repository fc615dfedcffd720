"""The monitoring report of the minimal data set (Friesland bouwsteen, Figure 3): inflow,
throughput and outflow of Welzijn op Recept per municipality and quarter, plus the mean
change of the spider web from intake to close.

It reads only anonymous counts (``referral_counts`` and ``monitoring_counts``, bumped when
things happen and kept when a trajectory is erased), never a trajectory. Every count under
the small-cell threshold is hidden (``"<5"``) and, as in the coverage report, so is what
would give it away: in a breakdown whose total is shown, a single hidden cell takes the next
smallest with it (``None``), so the total minus the others never tells the small one.
A mean over fewer than 5 is hidden too.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from matcher.vocab import DIMENSIONS, label
from trajectory import icpc
from trajectory.referrals import REFERRER_TYPES
from trajectory.trajectories import CLOSE_REASONS, STOP_REASONS

MIN_CELL = 5

# metric names in monitoring_counts (key: what the count is split by, "" when nothing)
STARTED = "trajectories_started"
IN_TRAJECTORY = "in_trajectory"  # quarters a finished (or erased) trajectory was open in
CONVERSATIONS = "conversations"  # key: kind; total: minutes
CLOSED = "trajectories_closed"  # key: close reason; total: conversations it had
CHOSEN = "chosen_activities"  # key: the activity's first category
PARTICIPANTS = "participants"  # a trajectory's first chosen activity
PARTICIPATING_3M = "participating_3m"
PARTICIPATING_6M = "participating_6m"
DROPOUTS = "dropouts"  # key: stop reason
WEB_CHANGE = "web_change"  # key: dimension; total: sum of close - intake
METRICS = (
    STARTED,
    IN_TRAJECTORY,
    CONVERSATIONS,
    CLOSED,
    CHOSEN,
    PARTICIPANTS,
    PARTICIPATING_3M,
    PARTICIPATING_6M,
    DROPOUTS,
    WEB_CHANGE,
)


def small_cell_threshold(configured: int | None) -> int:
    """Configurable upward only: never below 5."""
    return max(MIN_CELL, int(configured or MIN_CELL))


@dataclass
class Cells:
    """Counts of one quarter: ``count[(metric, key)]`` and ``total[(metric, key)]``."""

    count: dict = field(default_factory=lambda: defaultdict(int))
    total: dict = field(default_factory=lambda: defaultdict(float))

    def n(self, metric: str) -> int:
        return sum(v for (m, _), v in self.count.items() if m == metric)

    def sum(self, metric: str) -> float:
        return sum(v for (m, _), v in self.total.items() if m == metric)

    def by_key(self, metric: str) -> dict[str, int]:
        return {k: v for (m, k), v in self.count.items() if m == metric and v}


class Suppressor:
    """Hides small counts and counts how many cells it hid."""

    def __init__(self, threshold: int):
        self.threshold = threshold
        self.hidden = 0

    def count(self, n: int) -> int | str:
        """A single figure: 0 and >= threshold as they are, else "<threshold"."""
        if 0 < n < self.threshold:
            self.hidden += 1
            return f"<{self.threshold}"
        return n

    def mean(self, total: float, n: int, digits: int = 1) -> float | None:
        if n < self.threshold:
            if n:
                self.hidden += 1
            return None
        return round(total / n, digits)

    def breakdown(self, cells: dict[str, int], total_shown: bool = True) -> dict:
        """Cells of a breakdown whose total is published: small ones "<threshold"; when one
        alone is small, the smallest other one is hidden as well (None), so that the total
        minus the shown cells never gives a small cell away."""
        out: dict[str, int | str | None] = dict(cells)
        small = [k for k, v in cells.items() if 0 < v < self.threshold]
        for k in small:
            out[k] = f"<{self.threshold}"
        self.hidden += len(small)
        if total_shown and len(small) == 1:
            rest = sorted((v, k) for k, v in cells.items() if v >= self.threshold)
            if rest:
                out[rest[0][1]] = None
                self.hidden += 1
        return out


def _listed(cells: dict, labels) -> list[dict]:
    """A breakdown as a list, biggest first (hidden ones last), each with its Dutch label."""

    def order(item):
        k, v = item
        return (0, -v, k) if isinstance(v, int) else (1, 0, k)

    return [
        {"code": k, "label": labels(k), "count": v} for k, v in sorted(cells.items(), key=order)
    ]


def _icpc_label(code: str) -> str:
    found = icpc.lookup(code)
    return found.label if found else code


def quarter_figures(
    referrals: dict[tuple[str, str], int],
    cells: Cells,
    open_now: int,
    hide: Suppressor,
) -> dict:
    """Inflow, throughput, outflow and the spider-web change of one quarter."""
    by_type: dict[str, int] = defaultdict(int)
    by_code: dict[str, int] = defaultdict(int)
    for (referrer_type, code), n in referrals.items():
        by_type[referrer_type] += n
        by_code[code] += n
    total = sum(referrals.values())

    def broken_down(counts: dict[str, int], n: int, labels) -> list[dict]:
        if n < hide.threshold:  # the total is hidden: so is every cell of it
            if n:
                hide.hidden += len(counts)
            return [{"code": k, "label": labels(k), "count": None} for k in sorted(counts)]
        return _listed(hide.breakdown(counts, total_shown=True), labels)

    conversations = cells.n(CONVERSATIONS)
    closed = cells.n(CLOSED)
    chosen = cells.n(CHOSEN)
    dropouts = cells.n(DROPOUTS)
    in_trajectory = cells.n(IN_TRAJECTORY) + open_now
    web = []
    for dim in DIMENSIONS:
        n = cells.count.get((WEB_CHANGE, dim), 0)
        web.append(
            {
                "dimension": dim,
                "label": label("dimensions", dim),
                "trajectories": hide.count(n),
                "mean_change": hide.mean(cells.total.get((WEB_CHANGE, dim), 0.0), n, 2),
            }
        )
    return {
        "inflow": {
            "referrals": hide.count(total),
            "by_referrer_type": broken_down(
                dict(by_type), total, lambda k: REFERRER_TYPES.get(k, k)
            ),
            "by_icpc": broken_down(dict(by_code), total, _icpc_label),
        },
        "throughput": {
            "clients_in_trajectory": hide.count(in_trajectory),
            "trajectories_started": hide.count(cells.n(STARTED)),
            "conversations": hide.count(conversations),
            "conversation_minutes_total": (
                round(cells.sum(CONVERSATIONS)) if conversations >= hide.threshold else None
            ),
            "conversation_minutes_mean": hide.mean(cells.sum(CONVERSATIONS), conversations),
            "conversations_per_trajectory_mean": hide.mean(cells.sum(CLOSED), closed),
            "closed_trajectories": hide.count(closed),
            "closed_by_reason": broken_down(
                cells.by_key(CLOSED), closed, lambda k: CLOSE_REASONS.get(k, k)
            ),
        },
        "outflow": {
            "chosen_activities": hide.count(chosen),
            "chosen_by_category": broken_down(
                cells.by_key(CHOSEN), chosen, lambda k: label("categories", k)
            ),
            "participants": hide.count(cells.n(PARTICIPANTS)),
            "participating_after_3_months": hide.count(cells.n(PARTICIPATING_3M)),
            "participating_after_6_months": hide.count(cells.n(PARTICIPATING_6M)),
            "dropouts": hide.count(dropouts),
            "dropouts_by_reason": broken_down(
                cells.by_key(DROPOUTS), dropouts, lambda k: STOP_REASONS.get(k, k)
            ),
        },
        "spider_web_change": web,
    }


def build_report(
    municipality: str,
    quarter: str,
    trend_quarters: list[str],
    referral_rows: list[dict],
    count_rows: list[dict],
    open_per_quarter: dict[str, int],
    threshold: int = MIN_CELL,
) -> dict:
    """The monitoring report of one municipality for ``quarter``, with the headline figures
    of ``trend_quarters`` (oldest first, ending with ``quarter``) for the charts."""
    threshold = small_cell_threshold(threshold)
    referrals: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for r in referral_rows:
        referrals[r["quarter"]][(r["referrer_type"], r["icpc_code"])] += r["count"]
    cells: dict[str, Cells] = defaultdict(Cells)
    for r in count_rows:
        c = cells[r["quarter"]]
        c.count[(r["metric"], r["key"])] += r["count"]
        c.total[(r["metric"], r["key"])] += r["total"] or 0.0
    hide = Suppressor(threshold)
    figures = quarter_figures(
        referrals[quarter], cells[quarter], open_per_quarter.get(quarter, 0), hide
    )
    trend = []
    for q in trend_quarters:
        if q == quarter:
            row = figures
        else:  # figures of other quarters are hidden on their own; not counted twice
            row = quarter_figures(
                referrals[q], cells[q], open_per_quarter.get(q, 0), Suppressor(threshold)
            )
        trend.append(
            {
                "quarter": q,
                "referrals": row["inflow"]["referrals"],
                "clients_in_trajectory": row["throughput"]["clients_in_trajectory"],
                "conversations": row["throughput"]["conversations"],
                "closed_trajectories": row["throughput"]["closed_trajectories"],
                "chosen_activities": row["outflow"]["chosen_activities"],
                "participating_after_3_months": row["outflow"]["participating_after_3_months"],
                "participating_after_6_months": row["outflow"]["participating_after_6_months"],
                "dropouts": row["outflow"]["dropouts"],
            }
        )
    return {
        "municipality": municipality,
        "quarter": quarter,
        **figures,
        "trend": trend,
        "suppressed_cells": hide.hidden,
        "small_cell_threshold": threshold,
    }


def csv_rows(report: dict) -> list[list]:
    """One row per figure: section, indicator, code, label, value ("<5" or empty when hidden)."""
    rows = [["municipality", "quarter", "section", "indicator", "code", "label", "value"]]
    head = [report["municipality"], report["quarter"]]

    def value(v):
        return "" if v is None else v

    for section in ("inflow", "throughput", "outflow"):
        for name, v in report[section].items():
            if isinstance(v, list):
                for cell in v:
                    rows.append(
                        [*head, section, name, cell["code"], cell["label"], value(cell["count"])]
                    )
            else:
                rows.append([*head, section, name, "", "", value(v)])
    for d in report["spider_web_change"]:
        rows.append(
            [*head, "spider_web_change", "mean_change", d["dimension"], d["label"],
             value(d["mean_change"])]
        )  # fmt: skip
        rows.append(
            [*head, "spider_web_change", "trajectories", d["dimension"], d["label"],
             value(d["trajectories"])]
        )  # fmt: skip
    return rows
