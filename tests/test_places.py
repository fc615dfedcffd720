"""Postal codes to places, distances, the offline gazetteer and a geopy geocoder."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

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


def test_distances_within_a_radius_are_the_same_and_the_rest_farther():
    """Bounded by a radius, every point within it has its exact distance; the others are
    +inf (never nearer than they are); points without coordinates stay NaN."""
    rng = np.random.default_rng(2)
    lats, lons = rng.uniform(50.7, 53.6, 5000), rng.uniform(3.3, 7.2, 5000)
    lats[::50] = np.nan
    lons[::50] = np.nan
    full = distances_km(51.616, 5.549, lats, lons)
    for radius in (1.0, 5.0, 30.0, 400.0):
        bounded = distances_km(51.616, 5.549, lats, lons, within=radius)
        near = full <= radius
        assert near.sum() > 0 or radius < 5
        assert np.array_equal(bounded[near], full[near])
        assert np.all(bounded[~near & ~np.isnan(full)] > radius)
        assert np.array_equal(np.isnan(bounded), np.isnan(full))


def test_offline_geocoder_says_unknown():
    with pytest.raises(UnknownPlace):
        Geocoder(None).lookup("Markt 1, Veghel")


class _Nominatim(BaseHTTPRequestHandler):
    """A Nominatim-compatible geocoder on loopback: answers /search for one address."""

    hits = 0

    def do_GET(self):
        type(self).hits += 1
        query = parse_qs(urlparse(self.path).query)
        found = "markt" in query.get("q", [""])[0].lower()
        body = json.dumps(
            [
                {
                    "lat": "51.6170",
                    "lon": "5.5440",
                    "display_name": "Markt, Veghel",
                    "place_id": 1,
                    "boundingbox": ["51.6", "51.7", "5.5", "5.6"],
                }
            ]
            if found
            else []
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def nominatim():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    _Nominatim.hits = 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_geocoder_through_geopy_is_cached(nominatim):
    geocoder = Geocoder("nominatim", min_delay_seconds=0, domain=nominatim, scheme="http")
    point = geocoder.lookup("Markt 1, Veghel")
    assert (point.latitude, point.longitude) == (51.617, 5.544)
    geocoder.lookup("Markt 1, Veghel")
    assert _Nominatim.hits == 1
    with pytest.raises(UnknownPlace):
        geocoder.lookup("Nergensstraat 9, Nergenshuizen")


def test_listing_with_only_an_address_is_placed_by_the_geocoder(tmp_path, nominatim):
    from api import create_app, services
    from tests.conftest import activity

    app = create_app(
        {
            "DATA_DIR": str(tmp_path),
            "GEOCODER": "nominatim",
            "GEOCODER_MIN_DELAY": 0,
            "GEOCODER_OPTIONS": {"domain": nominatim, "scheme": "http"},
        }
    )
    with app.app_context():
        _, secret = services.get().store.create_token("admin")
    client = app.test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    doc = activity(location={"name": "Het Huis", "address": "Markt 1", "city": "Veghel"})
    r = client.post("/api/v1/activities", json=doc, headers=headers)
    assert r.status_code == 201, r.json
    assert r.json["location"]["latitude"] == pytest.approx(51.617)
    doc = activity(location={"address": "Nergensstraat 9", "city": "Nergenshuizen"})
    r = client.post("/api/v1/activities", json=doc, headers=headers)
    assert r.status_code == 422 and "location" in r.json["errors"]["json"]
    app.extensions["socialmap"].close()
