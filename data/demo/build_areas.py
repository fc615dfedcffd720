"""Approximate demo areas for Meierijstad: the four CBS wijken as our own rough polygons.

Not the official boundaries: each wijk is the union of the Voronoi cells of its kernen and
PC4 centroids (data/demo/places.py), clipped to a buffered hull around them. Good enough
to place a client in a wijk for the demo; import the real CBS/PDOK wijk- en buurtkaart
with `socialmap areas import` for real use. Population: CBS Kerncijfers wijken en buurten
2024 (CC BY 4.0), rounded.

    python data/demo/build_areas.py   # writes data/demo/meierijstad_areas.geojson
"""

import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Point, mapping

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from places import KERNEN, PC4, WIJKEN  # noqa: E402

POPULATION = {"WK194801": 7300, "WK194802": 24000, "WK194803": 18500, "WK194804": 34500}
MUNICIPALITY = ("GM1948", "Meierijstad", 84300)
KM_LON, KM_LAT = 69.2, 111.2  # km per degree near 51.6°N


def _xy(lat: float, lon: float) -> Point:
    return Point(lon * KM_LON, lat * KM_LAT)


def _lonlat(geom):
    return shapely.transform(geom, lambda c: c / [KM_LON, KM_LAT])


def build() -> dict:
    seeds = [(_xy(lat, lon), wijk) for _, wijk, lat, lon in KERNEN.values()]
    seeds += [(_xy(lat, lon), wijk) for lat, lon, wijk in PC4.values()]
    points = MultiPoint([p for p, _ in seeds])
    boundary = points.convex_hull.buffer(3.0, quad_segs=4)
    cells = shapely.voronoi_polygons(points, extend_to=boundary)
    per_wijk: dict[str, list] = {}
    for cell in cells.geoms:
        wijk = next(w for p, w in seeds if cell.contains(p))
        per_wijk.setdefault(wijk, []).append(cell.intersection(boundary))
    features = []
    for code, parts in sorted(per_wijk.items()):
        geom = _lonlat(shapely.union_all(parts).simplify(0.05))
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(shapely.set_precision(geom, 1e-4)),
                "properties": {
                    "statcode": code,
                    "statnaam": WIJKEN[code],
                    "aantal_inwoners": POPULATION[code],
                },
            }
        )
    whole = _lonlat(boundary.simplify(0.05))
    features.insert(
        0,
        {
            "type": "Feature",
            "geometry": mapping(shapely.set_precision(whole, 1e-4)),
            "properties": {
                "statcode": MUNICIPALITY[0],
                "statnaam": MUNICIPALITY[1],
                "aantal_inwoners": MUNICIPALITY[2],
            },
        },
    )
    return {
        "type": "FeatureCollection",
        "_comment": "Approximate demo areas (not official boundaries); see build_areas.py",
        "features": features,
    }


if __name__ == "__main__":
    out = HERE / "meierijstad_areas.geojson"
    out.write_text(json.dumps(build(), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}")
