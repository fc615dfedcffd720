"""GET /api/v1/gaps: a designed hole is found, small cells hidden, access per municipality."""

import csv
import io
import json

import pytest

from api import services
from matcher.areas import parse_features
from matcher.paths import DATA_DIR
from tests.backends.fixture_data import _doc, weekly

ERP = {"latitude": 51.5950, "longitude": 5.6070}
ROOI = {"latitude": 51.5700, "longitude": 5.4620}
VEGHEL = {"latitude": 51.6170, "longitude": 5.5480}
SPORT_CLIENT = {
    "spider_web": {
        "bodily_functions": 2,
        "mental_wellbeing": 7,
        "meaningfulness": 7,
        "quality_of_life": 7,
        "participation": 7,
        "daily_functioning": 8,
    },
    "focus": ["bodily_functions"],
    "max_distance_km": 3,
    "requirements": {"wheelchair": True, "delivery": ["in_person"]},
}
LISTINGS = [
    _doc(
        "erp-sport",
        "Sportclub De Kampen",
        "Badminton en gym in de sporthal van Erp.",
        ["sport_movement"],
        lat=51.5960,
        lon=5.6050,
        schedules=[weekly(["TU"], "19:00")],
    ),
    _doc(
        "schijndel-sport",
        "Rolstoelsport Schijndel",
        "Sporten voor iedereen, ook in een rolstoel.",
        ["sport_movement"],
        lat=51.6185,
        lon=5.4277,
        accessibility=["wheelchair"],
        schedules=[weekly(["WE"], "10:00")],
    ),
    _doc(
        "erp-natuur",
        "Vogelhut Erp",
        "Vogels kijken vanuit de vogelhut aan de rand van het dorp.",
        ["nature"],
        lat=51.5955,
        lon=5.6065,
        accessibility=["wheelchair"],
        schedules=[weekly(["FR"], "10:00")],
    ),
    _doc(
        "veghel-koffie",
        "Koffieochtend De Bunders",
        "Koffie en een praatje.",
        ["contact_meeting"],
        lat=51.6175,
        lon=5.5470,
        accessibility=["wheelchair"],
        schedules=[weekly(["MO"], "10:00")],
    ),
    _doc(
        "rooi-koken",
        "Kookclub Rooi",
        "Samen koken en eten.",
        ["cooking_food"],
        lat=51.5710,
        lon=5.4610,
        costs=[{"amount": 6.0, "option": "per_session"}],
        schedules=[weekly(["TH"], "17:00")],
    ),
]


@pytest.fixture
def scenario(app, client, tokens):
    with app.app_context():
        doc = json.loads((DATA_DIR / "demo" / "meierijstad_areas.geojson").read_text())
        rows, errors = parse_features(doc)
        assert not errors
        services.get().store.upsert_areas(rows)
    for listing in LISTINGS:
        assert (
            client.post("/api/v1/activities", json=listing, headers=tokens["admin"]).status_code
            == 201
        )

    def match(location, **body):
        r = client.post(
            "/api/v1/match", json={**body, "location": location}, headers=tokens["coach"]
        )
        assert r.status_code == 200, r.json
        return r.json

    for _ in range(12):  # the designed hole: wheelchair sport in Erp
        answer = match(ERP, **SPORT_CLIENT)
        # the bird hide fits, but not in the category the client needs most
        assert answer["covered"] is True
        assert answer["first_need"] == {
            "category": "sport_movement",
            "label": "Bewegen en sporten",
            "served": False,
        }
        assert answer["area"]["code"] == "WK194801"
    for _ in range(3):  # a small cell: free cooking in Sint-Oedenrode
        answer = match(
            ROOI,
            spider_web={"participation": 2, "quality_of_life": 6},
            focus=["participation"],
            wishes="samen koken",
            max_distance_km=2,
            requirements={"free_only": True, "delivery": ["in_person"]},
        )
        assert answer["covered"] is False
    for _ in range(6):  # covered in Veghel
        answer = match(VEGHEL, spider_web={"participation": 2}, focus=["participation"])
        assert answer["covered"] is True
    # a coach's no-fit after results were shown counts as not covered
    answer = match(VEGHEL, spider_web={"participation": 2}, focus=["participation"])
    client.post(
        f"/api/v1/match/{answer['match_id']}/outcome",
        json={"no_fit": True, "reason": "past niet bij hem"},
        headers=tokens["coach"],
    )
    return client


def report(client, tokens, role="municipality", query="municipality=GM1948"):
    return client.get(f"/api/v1/gaps?{query}", headers=tokens[role])


def test_the_designed_hole_is_named_with_its_count(scenario, tokens):
    r = report(scenario, tokens)
    assert r.status_code == 200, r.json
    body = r.json
    assert body["clients"] == 22 and body["covered"] == 6  # the 12 lacked their first need
    assert body["coverage"] == pytest.approx(6 / 22, abs=1e-3) and body["target"] == 0.8
    top = body["gaps"][0]
    assert top["area"] == {"code": "WK194801", "name": "Erp"}
    assert top["category"] == "sport_movement" and top["constraints"] == ["wheelchair"]
    assert top["unmet"] == 12
    assert top["supply"]["cycling"] >= 1 and top["supply"]["wheelchair"] == 0
    closing = top["closing"]["nearest_that_would_fit_but"]
    assert closing[0]["id"] == "erp-sport"
    assert closing[0]["text"].startswith("Sportclub De Kampen")
    assert closing[0]["text"].endswith(": niet rolstoeltoegankelijk, in het gebied")
    assert top["closing"]["clients_served_by_one_fitting_activity"] == 12


def test_cells_under_five_are_hidden(scenario, tokens):
    body = report(scenario, tokens).json
    assert all(g["unmet"] >= 5 for g in body["gaps"])
    assert not any(g["category"] == "cooking_food" for g in body["gaps"])
    assert body["suppressed_cells"] >= 2  # the 3 cooking clients and the single no-fit
    for q in body["trend"]:
        assert q["clients"] == "<5" or q["clients"] >= 5


def test_threshold_is_configurable_upward_only(app, scenario, tokens):
    app.config["SMALL_CELL_THRESHOLD"] = 2
    assert report(scenario, tokens).json["small_cell_threshold"] == 5
    app.config["SMALL_CELL_THRESHOLD"] = 15
    body = report(scenario, tokens).json
    assert body["small_cell_threshold"] == 15 and body["gaps"] == []


def test_supply_beside_demand_per_area_and_category(scenario, tokens):
    supply = report(scenario, tokens).json["supply"]
    erp_sport = next(
        s for s in supply if s["area"]["code"] == "WK194801" and s["category"] == "sport_movement"
    )
    assert erp_sport["walking"] == 1 and erp_sport["wheelchair"] == 0
    assert erp_sport["evening"] == 1
    assert erp_sport["residents_per_activity"] == 7300  # demo population / 1 activity


def test_csv_has_one_row_per_gap(scenario, tokens):
    r = report(scenario, tokens, query="municipality=GM1948&format=csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0] == ["area_code", "area_name", "category", "constraints", "unmet"]
    assert rows[1] == ["WK194801", "Erp", "sport_movement", "wheelchair", "12"]


def test_period_filter(scenario, tokens):
    body = report(scenario, tokens, query="municipality=GM1948&from=2001-01-01&to=2001-12-31").json
    assert body["clients"] == 0 and body["gaps"] == []
    bad = report(scenario, tokens, query="municipality=GM1948&from=2026-12-01&to=2026-01-01")
    assert bad.status_code == 422


def test_monitoring_per_quarter(scenario, tokens):
    monitoring = report(scenario, tokens).json["monitoring"]
    assert monitoring and monitoring[-1]["match_requests"] == 22


@pytest.mark.parametrize(
    "role,query,status",
    [
        ("municipality", "municipality=GM1948", 200),
        ("municipality", "municipality=GM0090", 403),
        ("admin", "municipality=GM0090", 200),
        ("coach", "municipality=GM1948", 403),
        ("provider_a", "municipality=GM1948", 403),
        ("municipality", "municipality=1948", 422),
    ],
)
def test_access_per_municipality(scenario, tokens, role, query, status):
    assert report(scenario, tokens, role, query).status_code == status


def test_areas_import_command(runner, shared):
    path = shared / "data/nl/smallingerland_wijken_2024.geojson"
    population = shared / "data/nl/cbs_kwb2024_gemeenten_wijken.json"
    result = runner.invoke(args=["areas", "import", str(path), "--population", str(population)])
    assert result.exit_code == 0, result.output
    assert "imported 13 areas" in result.output and "13 with population" in result.output
    with runner.app.app_context():
        idx = services.get().area_index()
        area = idx.locate(53.1071, 6.0987)  # Drachten centre
        assert area is not None and area.municipality == "GM0090"


def test_bad_area_files_are_reported(runner, tmp_path):
    bad = tmp_path / "bad.geojson"
    bad.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"statcode": "XX12", "statnaam": "Nergens"},
                        "geometry": {"type": "Point", "coordinates": [5, 52]},
                    }
                ],
            }
        )
    )
    result = runner.invoke(args=["areas", "import", str(bad)])
    assert result.exit_code == 1 and "rejected 1" in result.output
    notjson = tmp_path / "x.geojson"
    notjson.write_text("not json")
    result = runner.invoke(args=["areas", "import", str(notjson)])
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_a_municipality_with_few_clients_shows_no_counts(app, client, tokens):
    for _ in range(3):
        r = client.post(
            "/api/v1/match",
            json={"spider_web": {"participation": 2}, "location": VEGHEL},
            headers=tokens["coach"],
        )
        assert r.status_code == 200
    # no areas loaded: the log has no municipality, so the report is empty
    assert report(client, tokens).json["clients"] == 0
    with app.app_context():
        doc = json.loads((DATA_DIR / "demo" / "meierijstad_areas.geojson").read_text())
        services.get().store.upsert_areas(parse_features(doc)[0])
    for _ in range(3):
        client.post(
            "/api/v1/match",
            json={"spider_web": {"participation": 2}, "location": VEGHEL},
            headers=tokens["coach"],
        )
    body = report(client, tokens).json
    assert body["clients"] == "<5" and body["covered"] is None and body["coverage"] is None
    assert body["suppressed_cells"] >= 1


def test_areas_imported_by_another_process_are_used_within_seconds(tmp_path, monkeypatch):
    """A server does not ask the database for the areas at every match: areas imported by
    another process (`socialmap areas import`) are used once the recheck interval passed."""
    import api.services
    from api import create_app

    serving = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"})
    importing = create_app({"DATA_DIR": str(tmp_path), "EMBEDDER": "none"})
    point = (VEGHEL["latitude"], VEGHEL["longitude"])
    with serving.app_context():
        assert services.get().area_index().locate(*point) is None  # no areas yet
    with importing.app_context():
        doc = json.loads((DATA_DIR / "demo" / "meierijstad_areas.geojson").read_text())
        services.get().store.upsert_areas(parse_features(doc)[0])
    with serving.app_context():
        assert services.get().area_index().locate(*point) is None  # within the interval
        monkeypatch.setattr(api.services, "AREAS_RECHECK_SECONDS", 0.0)
        assert services.get().area_index().locate(*point) is not None
    for app in (serving, importing):
        app.extensions["socialmap"].close()
