"""The coverage report: where, for what and for which requirement clients found nothing.

Demand comes from the anonymous match log, supply from the listings, places from the
areas. Every count of clients under the small-cell threshold (5, configurable upward only)
is hidden and counted in ``suppressed_cells``, so no one can be recognised in a village.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
import shapely

from matcher import activity as act
from matcher.areas import Area, km_per_degree
from matcher.categories import listing_categories
from matcher.explain import cost as cost_phrase
from matcher.requirements import PART_WORDS, km
from matcher.vocab import CATEGORIES, label, reason

TARGET = 0.8
MIN_CELL = 5
WALK_KM, CYCLE_KM = 1.5, 5.0
NEAR_MISS_KM = 10.0  # twice the usual radius
CLOSING_GAPS = 5


def small_cell_threshold(configured: int | None) -> int:
    """Configurable upward only: never below 5."""
    return max(MIN_CELL, int(configured or MIN_CELL))


def unmet(group: dict) -> bool:
    """No fitting activity was found, none in the category the client needs most, or the
    coach recorded that nothing fitted."""
    return not group["covered"] or not group["first_need_served"] or group["no_fit"]


def cell_key(group: dict) -> tuple[str | None, str, tuple[str, ...]]:
    """(area, the client's first needed category, the requirements that made the difference).

    An unmet match names each requirement whose relaxation alone would have given a fit in
    that category (logged at match time), also when the coach then recorded that nothing
    fitted; a coach's no-fit after fitting results has no such requirement: ``none_single``.
    """
    return group["area_code"], group["category"], tuple(group["binding"]) or ("none_single",)


def _kinds(activity: dict) -> tuple[str, ...]:
    """Its categories as matching reads them (declared, or read from its text)."""
    return listing_categories(activity).categories


@dataclass
class _Supply:
    area: Area
    distances: np.ndarray  # km from the area to each placed listing


class SupplyIndex:
    """Active listings near each area, per category."""

    def __init__(self, areas: list[Area], activities: list[dict]):
        self.activities = [a for a in activities if (a.get("status") or "active") == "active"]
        self.placed = [
            a
            for a in self.activities
            if a.get("delivery", "in_person") == "in_person" and act.coordinates(a)
        ]
        self.remote = [a for a in self.activities if a.get("delivery") in ("online", "at_home")]
        lat0 = float(np.mean([a.shape.centroid.y for a in areas])) if areas else 52.0
        self.kx, self.ky = km_per_degree(lat0)
        coords = (
            np.array([act.coordinates(a) for a in self.placed]) if self.placed else np.zeros((0, 2))
        )
        self.points = (
            shapely.points(coords[:, 1] * self.kx, coords[:, 0] * self.ky)
            if len(coords)
            else np.array([])
        )
        self._by_area: dict[str, np.ndarray] = {}
        self._summaries: dict[tuple[str, str], dict] = {}
        self._areas = {a.code: a for a in areas}

    def distances(self, area: Area) -> np.ndarray:
        if area.code not in self._by_area:
            projected = shapely.transform(area.shape, lambda c: c * [self.kx, self.ky])
            self._by_area[area.code] = (
                shapely.distance(projected, self.points) if len(self.points) else np.zeros(0)
            )
        return self._by_area[area.code]

    def summary(self, area: Area, category: str) -> dict:
        """Supply of one category around one area (computed once per report)."""
        key = (area.code, category)
        if key not in self._summaries:
            self._summaries[key] = self._summarize(area, category)
        return dict(self._summaries[key])

    def _summarize(self, area: Area, category: str) -> dict:
        d = self.distances(area)
        near = [
            a
            for a, x in zip(self.placed, d, strict=True)
            if x <= CYCLE_KM and category in _kinds(a)
        ]
        walking = sum(
            1 for a, x in zip(self.placed, d, strict=True) if x <= WALK_KM and category in _kinds(a)
        )
        remote = sum(1 for a in self.remote if category in _kinds(a))
        out = {
            "walking": walking,
            "cycling": len(near),
            "wheelchair": sum(1 for a in near if "wheelchair" in (a.get("accessibility") or [])),
            "free": sum(1 for a in near if act.is_free(a)),
            "evening": sum(1 for a in near if any(p == "evening" for _, p in act.slots(a))),
            "stale": sum(1 for a in near if act.is_stale(a)),
            "remote": remote,
            "residents_per_activity": None,
        }
        if area.population and near:
            out["residents_per_activity"] = round(area.population / len(near))
        return out

    def would_fit_but(
        self, area: Area, category: str, constraint: str, limit: int = 3
    ) -> list[dict]:
        """The nearest listings of the category that break (only) this kind of requirement."""
        d = self.distances(area)
        found = []
        for i in np.argsort(d):
            a, x = self.placed[i], float(d[i])
            if x > NEAR_MISS_KM:
                break
            if category not in _kinds(a):
                continue
            why = _lacks(a, constraint, x)
            if why:
                place = (a.get("location") or {}).get("city") or ""
                found.append(
                    {
                        "id": a["id"],
                        "name": a["name"],
                        "city": place,
                        "distance_km": round(x, 1),
                        "lacks": why,
                        "text": _closing_text(a["name"], place, why, x),
                    }
                )
            if len(found) >= limit:
                break
        return found


def _closing_text(name: str, place: str, why: str, distance: float) -> str:
    """ "Sportclub X in Veghel: niet rolstoeltoegankelijk, 7,0 km" ("in het gebied" at 0)."""
    where = f" in {place}" if place and place.lower() not in name.lower() else ""
    far = f"{km(distance)} buiten het gebied" if distance > 0.05 else "in het gebied"
    return f"{name}{where}: {why}, {far}"


def _lacks(activity: dict, constraint: str, distance: float) -> str | None:
    """What this listing lacks for a requirement of the given kind, or None."""
    if constraint == "distance":
        return "verder weg" if distance > WALK_KM else None
    if constraint in ("free", "cost"):
        return cost_phrase(activity) if not act.is_free(activity) else None
    if constraint in ("days", "part_of_day"):
        slots = act.slots(activity)
        if not slots:
            return None
        day, part = sorted(slots)[0]
        return f"alleen {label('days', day)}{PART_WORDS[part]}"
    if constraint == "language":
        return "in het " + ", ".join(activity.get("languages") or ["nl"])
    if constraint == "age":
        return (
            f"voor {activity.get('min_age') or 0}-{activity.get('max_age') or 120} jaar"
            if activity.get("min_age") is not None or activity.get("max_age") is not None
            else None
        )
    if constraint in ("delivery", "none_single"):
        return None
    # an accessibility code
    if constraint not in (activity.get("accessibility") or []):
        return "niet " + reason("accessibility", constraint)
    return None


def _count(n: int, threshold: int) -> int | str:
    return n if n >= threshold else f"<{threshold}"


def _split(n: int, ok: int, threshold: int) -> dict:
    """Covered and unmet clients of a group and its coverage, safe to publish.

    A group under the threshold shows its size as "<threshold" and nothing more. In a larger
    group, when covered or unmet is small, that count is "<threshold" AND its complement and
    the share are hidden too (else clients − covered would give the small count away); a
    bound on the share is given instead (``coverage_at_least`` / ``coverage_at_most``).
    """
    if n < threshold:
        return {"covered": None, "unmet": None, "coverage": None}
    out = {"covered": ok, "unmet": n - ok, "coverage": round(ok / n, 3)}
    if n - ok < threshold:
        out.update(covered=None, unmet=_count(n - ok, threshold), coverage=None)
        out["coverage_at_least"] = round((n - threshold + 1) / n, 3)
    elif ok < threshold:
        out.update(covered=_count(ok, threshold), unmet=None, coverage=None)
        out["coverage_at_most"] = round((threshold - 1) / n, 3)
    return out


def _breakdown(groups: list[dict], key, threshold: int) -> dict[str, dict]:
    """Clients, covered, unmet and coverage per key (area, first needed category), with
    small counts and what would give them away hidden (``_split``)."""
    clients: Counter = Counter()
    served: Counter = Counter()
    for g in groups:
        clients[key(g)] += g["n"]
        if not unmet(g):
            served[key(g)] += g["n"]
    return {
        k: {"clients": _count(n, threshold), **_split(n, served[k], threshold)}
        for k, n in clients.items()
    }


def build_report(
    municipality: str,
    groups: list[dict],
    chosen: list[dict],
    areas: list[Area],
    activities: list[dict],
    threshold: int = MIN_CELL,
    target: float = TARGET,
) -> dict:
    """The coverage report of one municipality from its counted demand (``groups``: logged
    matches counted per area, first category, binding, quarter, covered, first need served
    and no-fit outcome; ``chosen``: chosen activities counted per quarter and categories, as
    ``Store.demand_groups`` gives them)."""
    threshold = small_cell_threshold(threshold)
    by_code = {a.code: a for a in areas}
    supply = SupplyIndex(areas, activities)
    clients = sum(g["n"] for g in groups)
    covered = sum(g["n"] for g in groups if not unmet(g))
    suppressed = 0

    cells: Counter = Counter()
    for g in groups:
        if unmet(g):
            cells[cell_key(g)] += g["n"]
    gaps = []
    for (code, category, constraints), n in sorted(cells.items(), key=lambda kv: -kv[1]):
        if n < threshold:
            suppressed += 1
            continue
        area = by_code.get(code)
        gap = {
            "area": {"code": code, "name": area.name if area else "onbekend"},
            "category": category,
            "category_label": label("categories", category),
            "constraints": list(constraints),
            "unmet": n,
        }
        if area is not None:
            gap["supply"] = supply.summary(area, category)
        gaps.append(gap)

    for gap in gaps[:CLOSING_GAPS]:
        area = by_code.get(gap["area"]["code"])
        binding = next((c for c in gap["constraints"] if c != "none_single"), None)
        if area is None or binding is None:
            continue
        gap["closing"] = {
            "nearest_that_would_fit_but": supply.would_fit_but(area, gap["category"], binding),
            "clients_served_by_one_fitting_activity": gap["unmet"],
        }

    supply_table = []
    fine = [a for a in areas if a.level != "gemeente"] or areas
    for area in sorted(fine, key=lambda a: a.code):
        for category in CATEGORIES:
            supply_table.append(
                {
                    "area": area.as_dict() | {"population": area.population},
                    "category": category,
                    **supply.summary(area, category),
                }
            )

    per_quarter: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # n, ok, no-fit
    for g in groups:
        counts = per_quarter[g["quarter"]]
        counts[0] += g["n"]
        counts[1] += 0 if unmet(g) else g["n"]
        counts[2] += g["n"] if g["no_fit"] else 0
    chosen_per_quarter: dict[str, Counter] = defaultdict(Counter)
    for c in chosen:
        for category in c["categories"]:
            chosen_per_quarter[c["quarter"]][category] += c["n"]
    trend, monitoring = [], []
    for q in sorted(per_quarter):
        n, ok, no_fit = per_quarter[q]
        if n < threshold:
            suppressed += 1
            trend.append(
                {"quarter": q, "clients": _count(n, threshold), "covered": None, "coverage": None}
            )
        else:
            trend.append({"quarter": q, "clients": n, **_split(n, ok, threshold)})
        picked = chosen_per_quarter.get(q, Counter())
        suppressed += sum(1 for v in picked.values() if v < threshold)
        monitoring.append(
            {
                "quarter": q,
                "match_requests": _count(n, threshold),
                "chosen_activities_per_category": {
                    c: _count(v, threshold) for c, v in sorted(picked.items())
                },
                "no_fit_outcomes": _count(no_fit, threshold) if no_fit else 0,
            }
        )
    if 0 < clients < threshold:
        suppressed += 1
    return {
        "municipality": municipality,
        "clients": _count(clients, threshold) if clients else 0,
        **_split(clients, covered, threshold),
        "target": target,
        "gaps": gaps,
        "suppressed_cells": suppressed,
        "small_cell_threshold": threshold,
        "supply": supply_table,
        "trend": trend,
        "monitoring": monitoring,
        "areas": _area_breakdown(groups, areas, threshold),
        "categories": _category_breakdown(groups, threshold),
    }


def _area_breakdown(groups: list[dict], areas: list[Area], threshold: int) -> list[dict]:
    """Coverage per area (for the map): every finer area, also those without clients."""
    counts = _breakdown(groups, lambda g: g["area_code"], threshold)
    fine = [a for a in areas if a.level != "gemeente"] or areas
    empty = {"clients": 0, "covered": None, "unmet": None, "coverage": None}
    return [
        {"area": a.as_dict(), **counts.get(a.code, empty)}
        for a in sorted(fine, key=lambda a: a.code)
    ]


def _category_breakdown(groups: list[dict], threshold: int) -> list[dict]:
    """Coverage per first needed category (the category a gap is counted in)."""
    counts = _breakdown(groups, lambda g: g["category"], threshold)
    return [
        {"category": c, "category_label": label("categories", c), **counts[c]}
        for c in CATEGORIES
        if c in counts
    ]


def gaps_csv_rows(report: dict) -> list[list]:
    rows = [["area_code", "area_name", "category", "constraints", "unmet"]]
    for g in report["gaps"]:
        rows.append(
            [
                g["area"]["code"] or "",
                g["area"]["name"],
                g["category"],
                ";".join(g["constraints"]),
                g["unmet"],
            ]
        )
    return rows
