"""Binding requirements on a catalog the demo did not shape: the blind Smallingerland one.

Its writer designed a hole (tests/eval/smallingerland/README.md, "Designed coverage holes"
1): no wheelchair-accessible movement within 5 km of Boornbergum, while an ordinary walking
group starts 0.1 km from the village centre and wheelchair-accessible movement exists in
Drachten at 6.1-6.7 km. For a wheelchair user in Boornbergum who needs to move, relaxing
the wheelchair requirement alone gives a fit, and so does relaxing the distance alone (up to
twice the 5 km radius): both are binding, also after the coach recorded that nothing fitted.
"""

import json

import pytest

from api import create_app, services
from tests.conftest import ROOT

CATALOG = ROOT / "tests" / "eval" / "smallingerland" / "catalog.json"
BOORNBERGUM = {"latitude": 53.08284, "longitude": 6.04578}
# a square of about 3 x 3 km around the village, standing in for its CBS buurt (the shared
# wijk boundaries cover Drachten only)
AREA = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"statcode": "BU00909999", "statnaam": "Boornbergum (test)"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[6.025, 53.07], [6.07, 53.07], [6.07, 53.097], [6.025, 53.097], [6.025, 53.07]]
                ],
            },
        }
    ],
}
CLIENT = {
    "spider_web": {
        "bodily_functions": 2,
        "mental_wellbeing": 6,
        "meaningfulness": 7,
        "quality_of_life": 6,
        "participation": 6,
        "daily_functioning": 7,
    },
    "focus": ["bodily_functions"],
    "wishes": "Ik wil weer in beweging komen, ook al zit ik in een rolstoel.",
    "location": BOORNBERGUM,
    "max_distance_km": 5,
    "requirements": {"wheelchair": True},
    "age": 58,
}


@pytest.fixture(scope="module")
def smallingerland(tmp_path_factory):
    if not CATALOG.exists():
        pytest.skip("the Smallingerland evaluation catalog is missing")
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path_factory.mktemp("var"))})
    with app.app_context():
        store = services.get().store
        _, admin = store.create_token("admin")
        _, coach = store.create_token("coach")
        _, municipality = store.create_token("municipality", municipality="GM0090")
    client = app.test_client()
    r = client.post(
        "/api/v1/import",
        data=CATALOG.read_bytes(),
        content_type="application/json",
        headers={"Authorization": f"Bearer {admin}"},
    )
    assert r.status_code == 200 and r.json["imported"] == 160 and not r.json["rejected"], r.json
    path = tmp_path_factory.mktemp("areas") / "boornbergum.geojson"
    path.write_text(json.dumps(AREA), "utf-8")
    result = app.test_cli_runner().invoke(args=["areas", "import", str(path)])
    assert result.exit_code == 0, result.output
    yield (
        client,
        {
            "coach": {"Authorization": f"Bearer {coach}"},
            "municipality": {"Authorization": f"Bearer {municipality}"},
        },
    )
    app.extensions["socialmap"].close()


def test_each_single_relaxation_that_gives_a_fit_is_binding(smallingerland):
    client, tokens = smallingerland
    answer = client.post("/api/v1/match", json=CLIENT, headers=tokens["coach"]).json
    assert answer["first_need"]["category"] == "sport_movement"
    assert answer["first_need"]["served"] is False
    for _ in range(5):
        answer = client.post("/api/v1/match", json=CLIENT, headers=tokens["coach"]).json
        r = client.post(
            f"/api/v1/match/{answer['match_id']}/outcome",
            json={"no_fit": True, "reason": "niets rolstoeltoegankelijks in de buurt"},
            headers=tokens["coach"],
        )
        assert r.status_code == 200, r.json
    report = client.get("/api/v1/gaps?municipality=GM0090", headers=tokens["municipality"]).json
    gap = next(g for g in report["gaps"] if g["area"]["code"] == "BU00909999")
    assert gap["category"] == "sport_movement"
    assert gap["constraints"] == ["wheelchair", "distance"]
    assert gap["unmet"] == 6


def test_none_single_only_when_no_single_relaxation_gives_a_fit(smallingerland):
    client, tokens = smallingerland
    # free and in Tigrinya and on Sunday evening: no single relaxation fits anything
    request = dict(
        CLIENT,
        requirements={"wheelchair": True, "languages": ["ti"], "days": ["SU"]},
        max_distance_km=2,
    )
    answer = client.post("/api/v1/match", json=request, headers=tokens["coach"]).json
    assert answer["covered"] is False
    assert all(len(a["constraints"]) > 1 for a in answer["alternatives"])


def test_a_strong_fit_of_another_kind_still_counts(smallingerland):
    """Same scores and place, but the client asks for company over coffee: what fits that is
    shown, though the kind the spider web asks for most is still not on offer."""
    client, tokens = smallingerland
    coffee = dict(
        CLIENT,
        wishes="Ik wil graag andere mensen ontmoeten bij een kopje koffie, ook al zit ik in "
        "een rolstoel.",
    )
    answer = client.post("/api/v1/match", json=coffee, headers=tokens["coach"]).json
    assert answer["first_need"]["served"] is False
    assert answer["covered"] is True and answer["results"]
    assert any("contact_meeting" in r["activity"]["categories"] for r in answer["results"][:3])
