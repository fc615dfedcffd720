"""What the pages need from the API: who am I, area shapes, demo sign-in, served pages."""

import pytest

from api import create_app, services
from tests.conftest import ORG_A, activity

SQUARE = {
    "type": "Polygon",
    "coordinates": [[[5.5, 51.6], [5.6, 51.6], [5.6, 51.7], [5.5, 51.7], [5.5, 51.6]]],
}


def _areas(app):
    with app.app_context():
        services.get().store.upsert_areas(
            [
                {
                    "code": "GM1948",
                    "name": "Meierijstad",
                    "level": "gemeente",
                    "municipality": "GM1948",
                    "population": 84000,
                    "geometry": SQUARE,
                },
                {
                    "code": "WK194800",
                    "name": "Veghel",
                    "level": "wijk",
                    "municipality": "GM1948",
                    "population": 31000,
                    "geometry": SQUARE,
                },
            ]
        )


def test_me_tells_role_organisation_and_municipality(client, tokens):
    r = client.get("/api/v1/me", headers=tokens["provider_a"])
    assert r.status_code == 200
    assert r.json["role"] == "provider" and r.json["organization"]["id"] == "org-a"
    r = client.get("/api/v1/me", headers=tokens["municipality"])
    assert r.json == {
        "role": "municipality",
        "organization": None,
        "municipality": "GM1948",
        "agb": None,
        "expires_at": None,
    }
    assert client.get("/api/v1/me").status_code == 401
    bad = client.get("/api/v1/me", headers={"Authorization": "Bearer smk_nope"})
    assert bad.status_code == 401 and bad.json["message"]


def test_areas_as_geojson_by_municipality_and_level(app, client):
    _areas(app)
    r = client.get("/api/v1/areas?municipality=GM1948&level=wijk")
    assert r.status_code == 200
    assert r.json["type"] == "FeatureCollection"
    assert [f["properties"]["name"] for f in r.json["features"]] == ["Veghel"]
    assert r.json["features"][0]["geometry"]["type"] == "Polygon"
    assert client.get("/api/v1/areas?municipality=GM0000").json["features"] == []
    bad = client.get("/api/v1/areas?municipality=Meierijstad&level=straat")
    assert bad.status_code == 422
    assert set(bad.json["errors"]["query"]) == {"municipality", "level"}


def test_demo_sign_in_is_off_by_default(client):
    assert client.get("/api/v1/demo").status_code == 404
    assert client.post("/api/v1/demo", json={"role": "coach"}).status_code == 404


@pytest.fixture
def demo_app(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "DEMO_SIGNIN": True,
            "SECURE_COOKIES": False,
        }
    )
    yield app
    app.extensions["socialmap"].close()


def test_demo_sign_in_signs_in_a_demo_person_but_never_an_admin(demo_app, tmp_path):
    client = demo_app.test_client()
    _areas(demo_app)
    with demo_app.app_context():
        _, admin = services.get().store.create_token("admin")
    assert (
        client.post(
            "/api/v1/activities", json=activity(), headers={"Authorization": f"Bearer {admin}"}
        ).status_code
        == 201
    )

    offer = client.get("/api/v1/demo").json
    assert offer["municipality"] == "GM1948"
    assert offer["organizations"] == [{"id": "org-a", "name": ORG_A["name"], "activities": 1}]

    for role, extra in (
        ("coach", {}),
        ("municipality", {}),
        ("provider", {"organization": "org-a"}),
    ):
        browser = demo_app.test_client()  # a browser of its own: a session cookie
        csrf = {"X-CSRFToken": browser.get("/api/v1/session").json["csrf_token"]}
        assert browser.post("/api/v1/demo", json={"role": role, **extra}).status_code == 400
        r = browser.post("/api/v1/demo", json={"role": role, **extra}, headers=csrf)
        assert r.status_code == 201, r.json
        assert r.json["account"]["display_name"].startswith("Demo-")
        me = browser.get("/api/v1/me").json
        assert me["role"] == role and me["expires_at"]
    assert me["organization"]["id"] == "org-a"
    assert me["municipality"] is None

    csrf = {"X-CSRFToken": client.get("/api/v1/session").json["csrf_token"]}
    assert client.post("/api/v1/demo", json={"role": "admin"}, headers=csrf).status_code == 422
    no_org = client.post(
        "/api/v1/demo", json={"role": "provider", "organization": "org-zzz"}, headers=csrf
    )
    assert no_org.status_code == 422 and "organization" in no_org.json["errors"]["json"]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/coach",
        "/aanbieder",
        "/gemeente",
        "/inloggen",
        "/wachtwoord",
        "/uitnodigen",
        "/account",
    ],
)
def test_pages_are_served_in_dutch(client, path):
    with client.get(path) as r:
        assert r.status_code == 200
        assert b'<html lang="nl">' in r.data


def test_vendor_serves_only_the_listed_packages(client):
    assert client.get("/vendor/leaflet/../../package.json").status_code == 404
    assert client.get("/vendor/left-pad/index.js").status_code == 404


def test_settings_tell_the_pages_about_map_tiles(tmp_path, client):
    assert client.get("/api/v1/settings").json == {
        "map_tiles": None,
        "map_attribution": None,
        "demo_signin": False,
    }
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "v2"),
            "MAP_TILES": "https://tiles.example/{z}/{x}/{y}.png",
            "MAP_ATTRIBUTION": "© OpenStreetMap",
        }
    )
    assert app.test_client().get("/api/v1/settings").json["map_tiles"].startswith("https://")
    app.extensions["socialmap"].close()
