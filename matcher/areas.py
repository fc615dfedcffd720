"""Areas (CBS gemeenten, wijken, buurten) and where a place lies.

A client's place is assigned to the finest area whose polygon holds it (buurt, then wijk,
then gemeente). The rule where no polygon holds it (simplified boundaries leave slivers,
or the place is just outside): the nearest wijk or buurt within ``SNAP_KM``, else the
gemeente that holds it, else no area (the match is still made; it is not counted for a
municipality).
"""

import math
import re
from dataclasses import dataclass, field

import shapely
from shapely.errors import GEOSException
from shapely.geometry import Point, mapping, shape
from shapely.ops import nearest_points
from shapely.strtree import STRtree

SNAP_KM = 1.0
LEVELS = {"GM": "gemeente", "WK": "wijk", "BU": "buurt"}
FINENESS = {"buurt": 0, "wijk": 1, "gemeente": 2}
_CODE = re.compile(r"^(GM|WK|BU)(\d{4})(\d{2})?(\d{2})?$")
POPULATION_KEYS = (
    "aantal_inwoners",
    "aantalInwoners",
    "AANT_INW",
    "AantalInwoners_5",
    "population",
    "inwoners",
)


class AreaError(ValueError):
    pass


def municipality_of(code: str) -> str:
    """``WK194804`` -> ``GM1948``: the municipality follows from the CBS code."""
    m = _CODE.match(code or "")
    if not m:
        raise AreaError(f"not a CBS area code: {code!r}")
    return f"GM{m.group(2)}"


def level_of(code: str) -> str:
    m = _CODE.match(code or "")
    if not m:
        raise AreaError(f"not a CBS area code: {code!r}")
    return LEVELS[m.group(1)]


@dataclass
class Area:
    code: str
    name: str
    level: str
    municipality: str
    population: int | None
    geometry: dict  # GeoJSON
    shape: object = field(default=None, repr=False)

    def __post_init__(self):
        if self.shape is None:
            self.shape = shape(self.geometry)

    def as_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "municipality": self.municipality}


def parse_features(doc: dict, population: dict | None = None) -> tuple[list[dict], list[str]]:
    """A CBS/PDOK FeatureCollection -> area rows, and the errors of features left out.

    Properties ``statcode`` and ``statnaam``; population from a property such as
    ``aantal_inwoners`` or from ``population`` (code -> CBS figures, e.g. the Kerncijfers
    wijken en buurten JSON with ``AantalInwoners_5``)."""
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise AreaError("expected a GeoJSON FeatureCollection")
    rows, errors = [], []
    for i, feature in enumerate(doc.get("features") or []):
        props = (feature or {}).get("properties") or {}
        code, name = props.get("statcode"), props.get("statnaam")
        try:
            level = level_of(code)
            if not name:
                raise AreaError("statnaam is missing")
            geom = shape(feature.get("geometry"))
            if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
                raise AreaError("geometry must be a Polygon or MultiPolygon")
            if not geom.is_valid:
                geom = shapely.make_valid(geom)
        except (AreaError, AttributeError, TypeError, ValueError, GEOSException) as e:
            errors.append(f"feature {i} ({code or 'no statcode'}): {e}")
            continue
        pop = next((props[k] for k in POPULATION_KEYS if props.get(k) not in (None, "")), None)
        if pop is None and population and code in population:
            figures = population[code]
            pop = figures.get("AantalInwoners_5") if isinstance(figures, dict) else figures
        try:
            pop = int(pop) if pop is not None and int(pop) >= 0 else None
        except (TypeError, ValueError):
            pop = None
        rows.append(
            {
                "code": code,
                "name": str(name),
                "level": level,
                "municipality": municipality_of(code),
                "population": pop,
                "geometry": mapping(geom),
            }
        )
    return rows, errors


def km_per_degree(latitude: float) -> tuple[float, float]:
    """(km per degree of longitude, of latitude) near a latitude."""
    return 111.32 * math.cos(math.radians(latitude)), 110.57


class AreaIndex:
    """Point-in-polygon over many areas (shapely STRtree)."""

    def __init__(self, areas: list[Area]):
        self.areas = areas
        self.by_code = {a.code: a for a in areas}
        self._tree = STRtree([a.shape for a in areas]) if areas else None

    def locate(self, latitude: float, longitude: float) -> Area | None:
        if self._tree is None:
            return None
        point = Point(longitude, latitude)
        holding = [self.areas[i] for i in self._tree.query(point, predicate="covered_by")]
        fine = [a for a in holding if a.level != "gemeente"]
        if fine:
            return min(fine, key=lambda a: FINENESS[a.level])
        kx, ky = km_per_degree(latitude)
        snap_deg = SNAP_KM / min(kx, ky)
        near = [self.areas[i] for i in self._tree.query(point.buffer(snap_deg))]
        near = [a for a in near if a.level != "gemeente"]
        if near:
            best = min(near, key=lambda a: (a.shape.distance(point), FINENESS[a.level]))
            nearest = nearest_points(best.shape, point)[0]
            dx, dy = (nearest.x - longitude) * kx, (nearest.y - latitude) * ky
            if math.hypot(dx, dy) <= SNAP_KM:
                return best
        return holding[0] if holding else None

    def distance_km(self, area: Area, latitude: float, longitude: float) -> float:
        """Distance from a point to an area's boundary (0 inside), in km."""
        point = Point(longitude, latitude)
        if area.shape.covers(point):
            return 0.0
        nearest = nearest_points(area.shape, point)[0]
        kx, ky = km_per_degree(latitude)
        return math.hypot((nearest.x - longitude) * kx, (nearest.y - latitude) * ky)
