"""Where things are: postal codes to coordinates, addresses through geopy, distances.

Offline first: a postal-code gazetteer (CSV ``postal_code,latitude,longitude``) answers
PC4 and PC6 codes; the demo region's PC4 centroids are bundled and users can add their
own files. Where a geocoder is configured and reachable, geopy geocodes addresses,
rate-limited and cached.
"""

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from geopy.distance import EARTH_RADIUS

from matcher.paths import DATA_DIR

BUNDLED_GAZETTEERS = (DATA_DIR / "gazetteer" / "pc4_meierijstad.csv",)
_POSTAL = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$")


class UnknownPlace(ValueError):
    """A postal code or address that no gazetteer or geocoder knows."""


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


def normalize_postal_code(value: str) -> tuple[str, str | None]:
    """``"5461 ab"`` -> ``("5461", "5461AB")``; raises ValueError when not a Dutch code."""
    m = _POSTAL.match(value or "")
    if not m:
        raise ValueError(f"not a Dutch postal code: {value!r}")
    pc4 = m.group(1)
    return pc4, (pc4 + m.group(2).upper()) if m.group(2) else None


def pc4(value: str | None) -> str | None:
    """The PC4 part of a postal code, or None when it is not one."""
    try:
        return normalize_postal_code(value or "")[0]
    except ValueError:
        return None


class Gazetteer:
    """Postal code -> centroid, from one or more CSV files."""

    def __init__(self, files: Iterable[Path | str] = BUNDLED_GAZETTEERS):
        self._points: dict[str, Point] = {}
        for f in files:
            self.load(f)

    def load(self, path: Path | str) -> int:
        """Add a CSV with columns postal_code, latitude, longitude (extra columns ignored)."""
        n = 0
        with open(path, encoding="utf-8") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            for row in rows:
                try:
                    four, six = normalize_postal_code(row["postal_code"])
                    point = Point(float(row["latitude"]), float(row["longitude"]))
                except (KeyError, ValueError, TypeError):
                    continue
                self._points[six or four] = point
                n += 1
        return n

    def __len__(self) -> int:
        return len(self._points)

    def lookup(self, postal_code: str) -> Point:
        """PC6 when known, else its PC4; raises UnknownPlace."""
        try:
            four, six = normalize_postal_code(postal_code)
        except ValueError as e:
            raise UnknownPlace(str(e)) from None
        point = (six and self._points.get(six)) or self._points.get(four)
        if point is None:
            raise UnknownPlace(f"unknown postal code: {postal_code}")
        return point

    def nearest_pc4(self, latitude: float, longitude: float, max_km: float = 10.0) -> str | None:
        """The PC4 whose centroid is nearest (a coarse area for anonymous statistics)."""
        if not self._points:
            return None
        codes = list(self._points)
        lats = np.array([self._points[c].latitude for c in codes])
        lons = np.array([self._points[c].longitude for c in codes])
        d = distances_km(latitude, longitude, lats, lons)
        i = int(np.argmin(d))
        return codes[i][:4] if d[i] <= max_km else None

    def knows(self, postal_code: str) -> bool:
        try:
            self.lookup(postal_code)
        except UnknownPlace:
            return False
        return True


class Geocoder:
    """Addresses to coordinates through a geopy geocoder, rate-limited and cached.

    ``name`` is a geopy geocoder name such as ``"nominatim"``; ``None`` means offline,
    and every call raises UnknownPlace.
    """

    def __init__(
        self,
        name: str | None = None,
        user_agent: str = "socialmap",
        min_delay_seconds: float = 1.0,
        timeout: float = 5.0,
        **options,
    ):
        self.name = name
        self._geocode = None
        if name:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import get_geocoder_for_service

            cls = get_geocoder_for_service(name)
            geocoder = cls(user_agent=user_agent, timeout=timeout, **options)
            self._geocode = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=min_delay_seconds,
                max_retries=1,
                swallow_exceptions=True,
                return_value_on_exception=None,
            )
        self.lookup = lru_cache(maxsize=4096)(self._lookup)

    def _lookup(self, address: str) -> Point:
        if self._geocode is None:
            raise UnknownPlace("no geocoder configured")
        found = (
            self._geocode(address, country_codes="nl")
            if self.name == "nominatim"
            else self._geocode(address)
        )
        if found is None:
            raise UnknownPlace(f"address not found (or the geocoder is unreachable): {address}")
        return Point(found.latitude, found.longitude)


def distances_km(
    lat: float, lon: float, lats: np.ndarray, lons: np.ndarray, within: float | None = None
) -> np.ndarray:
    """Great-circle distances from one point to many (haversine, geopy's earth radius).

    Vectorised for the index; agrees with ``geopy.distance.great_circle`` (tested). With
    ``within`` (km), only points whose latitude alone is less than that far away are worked
    out (a match near one place: a few percent of the country); the others are +inf, and
    points without coordinates stay NaN.
    """
    if within is not None:
        band = np.abs(lats - lat) <= np.degrees(within / EARTH_RADIUS) * (1 + 1e-9)
        out = np.where(np.isnan(lats), np.nan, np.inf)
        out[band] = distances_km(lat, lon, lats[band], lons[band])
        return out
    p1, p2 = np.radians(lat), np.radians(lats)
    dphi = p2 - p1
    dlmb = np.radians(lons - lon)
    a = np.sin(dphi / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
