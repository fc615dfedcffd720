"""Postal codes to places, distances, and the offline gazetteer."""

import numpy as np
import pytest
from geopy.distance import great_circle

from matcher.places import Gazetteer, Geocoder, UnknownPlace, distances_km, normalize_postal_code


def test_bundled_gazetteer_knows_the_demo_region():
    g = Gazetteer()
    veghel = g.lookup("5461")
    assert veghel.latitude == pytest.approx(51.62, abs=0.01)
    assert g.lookup("5461 ZZ") == veghel  # PC6 falls back to its PC4
    with pytest.raises(UnknownPlace):
        g.lookup("9999")
    with pytest.raises(UnknownPlace):
        g.lookup("Veghel")


@pytest.mark.parametrize(
    "raw,expected",
    [("5461", ("5461", None)), ("5461ab", ("5461", "5461AB")), (" 5461 AB ", ("5461", "5461AB"))],
)
def test_postal_codes_are_normalised(raw, expected):
    assert normalize_postal_code(raw) == expected


@pytest.mark.parametrize("raw", ["0461", "546", "54611", "AB 5461", ""])
def test_non_dutch_postal_codes_are_refused(raw):
    with pytest.raises(ValueError):
        normalize_postal_code(raw)


def test_user_supplied_gazetteer_file(tmp_path, shared):
    """A whole-country PC4 file from GeoNames, as a user would supply it."""
    rows = ["postal_code,latitude,longitude"]
    with open(shared / "data/nl/geonames_postal_nl.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            rows.append(f"{parts[1]},{parts[9]},{parts[10]}")
    path = tmp_path / "nl.csv"
    path.write_text("\n".join(rows))
    g = Gazetteer([path])
    assert len(g) > 4000
    drachten = g.lookup("9203 KL")
    assert drachten.latitude == pytest.approx(53.1, abs=0.05)


def test_vectorised_distance_agrees_with_geopy():
    rng = np.random.default_rng(1)
    lats, lons = rng.uniform(50.7, 53.6, 200), rng.uniform(3.3, 7.2, 200)
    got = distances_km(51.616, 5.549, lats, lons)
    want = [great_circle((51.616, 5.549), (a, b)).km for a, b in zip(lats, lons, strict=True)]
    assert np.allclose(got, want, rtol=1e-9)


def test_offline_geocoder_says_unknown():
    with pytest.raises(UnknownPlace):
        Geocoder(None).lookup("Markt 1, Veghel")
