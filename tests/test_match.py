"""POST /api/v1/match: safe, explained, varied recommendations, and the anonymous log."""

import copy
import json
import sqlite3

import pytest

from tests.backends.fixture_data import DOCS, _doc, weekly

PROFILE = {
    "spider_web": {
        "bodily_functions": 6,
        "mental_wellbeing": 4,
        "meaningfulness": 5,
        "quality_of_life": 5,
        "participation": 2,
        "daily_functioning": 7,
    },
    "focus": ["participation"],
    "wishes": "Ik wil weer onder de mensen komen; vroeger zong ik graag.",
    "location": {"latitude": 51.616, "longitude": 5.549, "postal_code": "5461"},
    "max_distance_km": 10,
    "age": 72,
}
EXTRA = [
    _doc(
        "coffee1",
        "Koffieochtend De Bunders",
        "Elke maandag koffie en een praatje.",
        ["contact_meeting"],
        lat=51.6175,
        lon=5.5470,
        accessibility=["wheelchair"],
        features=["walk_in"],
        schedules=[weekly(["MO"], "10:00")],
    ),
    _doc(
        "coffee2",
        "Koffie-inloop Zuid",
        "Koffie drinken en kletsen met buurtgenoten.",
        ["contact_meeting"],
        lat=51.6100,
        lon=5.5500,
        accessibility=["wheelchair"],
        features=["walk_in"],
        schedules=[weekly(["TH"], "10:00")],
    ),
    _doc(
        "coffee3",
        "Buurtkamer Noord",
        "Kom binnen voor koffie, thee en gezelligheid.",
        ["contact_meeting"],
        lat=51.6250,
        lon=5.5550,
        accessibility=["wheelchair"],
        features=["come_alone_welcome"],
        schedules=[weekly(["FR"], "14:00")],
    ),
    _doc(
        "coffee4",
        "Ontmoetingsmiddag Centrum",
        "Samen koffie drinken, spelletjes en praten.",
        ["contact_meeting"],
        lat=51.6180,
        lon=5.5420,
        schedules=[weekly(["WE"], "14:00")],
    ),
]


@pytest.fixture
def loaded(client, tokens):
    for doc in copy.deepcopy(DOCS + EXTRA):
        assert (
            client.post("/api/v1/activities", json=doc, headers=tokens["admin"]).status_code == 201
        )
    return client


def run(client, tokens, **changes):
    body = copy.deepcopy(PROFILE)
    for key, value in changes.items():
        body[key] = value
    r = client.post("/api/v1/match", json=body, headers=tokens["coach"])
    assert r.status_code == 200, r.json
    return r.json


def result_ids(answer) -> list[str]:
    return [r["activity"]["id"] for r in answer["results"]]


def test_specific_wish_puts_the_choir_first(loaded, tokens):
    answer = run(loaded, tokens)
    assert answer["covered"] is True
    assert result_ids(answer)[0] == "choir"
    first = answer["results"][0]
    assert "past bij: zingen" in first["reasons"]
    assert "participation" in first["dimensions"]
    assert all(0 <= r["score"] <= 1 for r in answer["results"])


def test_reasons_name_dimension_distance_cost_and_time(loaded, tokens):
    answer = run(loaded, tokens, wishes="", requirements={"wheelchair": True})
    walk = next(r for r in answer["results"] if r["activity"]["id"] == "walk")
    assert "Meedoen 2/10 → Contact en ontmoeten" in walk["reasons"]
    assert "rolstoeltoegankelijk" in walk["reasons"]
    assert "gratis" in walk["reasons"] and "dinsdagochtend" in walk["reasons"]
    assert any(reason.endswith(" km") for reason in walk["reasons"])


@pytest.mark.parametrize(
    "requirements,check",
    [
        (
            {"wheelchair": True},
            lambda a: a["delivery"] != "in_person" or "wheelchair" in a["accessibility"],
        ),
        (
            {"hearing_loop": True},
            lambda a: a["delivery"] != "in_person" or "hearing_loop" in a["accessibility"],
        ),
        ({"free_only": True}, lambda a: a["monthly_cost_eur"] == 0),
        ({"max_cost_eur_per_month": 5}, lambda a: a["monthly_cost_eur"] <= 5),
        ({"languages": ["ar"]}, lambda a: "ar" in a["languages"]),
        (
            {"days": ["WE"]},
            lambda a: not a["schedules"] or any("WE" in s["days"] for s in a["schedules"]),
        ),
        (
            {"parts_of_day": ["evening"]},
            lambda a: (
                not a["schedules"]
                or any(not s["opens_at"] or s["opens_at"] >= "18:00" for s in a["schedules"])
            ),
        ),
        ({"delivery": ["in_person"]}, lambda a: a["delivery"] == "in_person"),
        ({"delivery": ["online", "at_home"]}, lambda a: a["delivery"] != "in_person"),
    ],
)
def test_no_result_breaks_a_requirement(loaded, tokens, requirements, check):
    answer = run(loaded, tokens, wishes="", requirements=requirements, limit=50)
    assert answer["results"]
    for r in answer["results"]:
        assert check(r["activity"]), (requirements, r["activity"]["id"])


def test_distance_and_age_are_hard(loaded, tokens):
    answer = run(loaded, tokens, max_distance_km=2, limit=50, age=70)
    for r in answer["results"]:
        a = r["activity"]
        assert a["delivery"] != "in_person" or r["distance_km"] <= 2
        assert a["id"] != "youth"  # 16-27
    assert "youth" in result_ids(run(loaded, tokens, age=20, wishes="schilderen", limit=50))


def test_inactive_listings_are_never_offered(loaded, tokens):
    answer = run(loaded, tokens, wishes="moestuin groenten", limit=50, max_distance_km=20)
    assert "garden" not in result_ids(answer)


def test_top_five_is_varied(loaded, tokens):
    answer = run(loaded, tokens, wishes="", limit=5)
    main = [r["activity"]["categories"] for r in answer["results"]]
    only_contact = [c for c in main if c == ["contact_meeting"]]
    assert len(only_contact) <= 2, main  # not five coffee mornings
    assert len({tuple(c) for c in main}) >= 3


def test_money_worries_come_before_leisure(loaded, tokens):
    web = dict(PROFILE["spider_web"], daily_functioning=3)
    answer = run(loaded, tokens, spider_web=web, wishes="Ik heb schulden en veel rekeningen.")
    assert result_ids(answer)[0] == "debt"
    assert any(r.startswith("eerst:") for r in answer["results"][0]["reasons"])


def test_postal_code_alone_is_enough(loaded, tokens):
    answer = run(loaded, tokens, location={"postal_code": "5461 AB"})
    assert answer["covered"]
    r = loaded.post(
        "/api/v1/match",
        json={**PROFILE, "location": {"postal_code": "9999"}},
        headers=tokens["coach"],
    )
    assert r.status_code == 400 and "location" in r.json["errors"]["json"]


def test_nothing_fits_gives_near_misses_with_what_must_give(loaded, tokens):
    answer = run(
        loaded,
        tokens,
        wishes="",
        max_distance_km=3,
        requirements={"wheelchair": True, "free_only": True, "days": ["SA"]},
    )
    assert answer["covered"] is False and answer["results"] == []
    assert answer["alternatives"]
    for alt in answer["alternatives"]:
        assert alt["gives"] and alt["constraints"]
    gives = [g for alt in answer["alternatives"] for g in alt["gives"]]
    assert any(g.startswith("alleen op") for g in gives)


def test_near_miss_names_extra_distance(loaded, tokens):
    answer = run(
        loaded,
        tokens,
        wishes="Ik zing graag in een koor",
        max_distance_km=5,
        focus=[],
        requirements={"delivery": ["in_person"]},
        spider_web={
            "participation": 9,
            "mental_wellbeing": 9,
            "bodily_functions": 9,
            "meaningfulness": 9,
            "quality_of_life": 9,
            "daily_functioning": 9,
        },
    )
    alt = {a["activity"]["id"]: a for a in answer["alternatives"]}
    assert answer["covered"] is False
    assert "choir" in alt and alt["choir"]["gives"][0].endswith("km verder")


@pytest.mark.parametrize(
    "body,field",
    [
        ({"location": {"postal_code": "5461"}}, "spider_web"),
        ({"spider_web": {"participation": 2}}, "location"),
        ({"spider_web": {"participation": 11}, "location": {"postal_code": "5461"}}, "spider_web"),
        ({"spider_web": {"happiness": 2}, "location": {"postal_code": "5461"}}, "spider_web"),
        (
            {"spider_web": {"participation": 2}, "location": {"latitude": 95, "longitude": 5}},
            "location",
        ),
        (
            {
                "spider_web": {"participation": 2},
                "location": {"postal_code": "5461"},
                "requirements": {"days": ["XX"]},
            },
            "requirements",
        ),
        (
            {
                "spider_web": {"participation": 2},
                "location": {"postal_code": "5461"},
                "focus": ["happiness"],
            },
            "focus",
        ),
    ],
)
def test_bad_match_requests_are_422_with_the_field(loaded, tokens, body, field):
    r = loaded.post("/api/v1/match", json=body, headers=tokens["coach"])
    assert r.status_code == 422 and field in r.json["errors"]["json"]


def test_only_coaches_and_admins_match(loaded, tokens):
    for role in ("provider_a", "municipality"):
        assert loaded.post("/api/v1/match", json=PROFILE, headers=tokens[role]).status_code == 403
    assert loaded.post("/api/v1/match", json=PROFILE).status_code == 401


def test_outcome_chosen_once(loaded, tokens):
    answer = run(loaded, tokens)
    url = f"/api/v1/match/{answer['match_id']}/outcome"
    chosen = result_ids(answer)[:1]
    r = loaded.post(url, json={"chosen": chosen}, headers=tokens["coach"])
    assert r.status_code == 200 and r.json["outcome"] == "chosen"
    assert loaded.post(url, json={"no_fit": True}, headers=tokens["coach"]).status_code == 409
    r = loaded.post(
        f"/api/v1/match/{run(loaded, tokens)['match_id']}/outcome",
        json={"chosen": ["not-offered"]},
        headers=tokens["coach"],
    )
    assert r.status_code == 422
    assert (
        loaded.post(
            "/api/v1/match/nope/outcome", json={"no_fit": True}, headers=tokens["coach"]
        ).status_code
        == 404
    )


def test_match_log_holds_no_wishes_text_or_coordinates(app, loaded, tokens):
    secret_words = "Mijn buurvrouw Jannie de Vries zegt dat ik moet gaan zingen"
    answer = run(
        loaded, tokens, wishes=secret_words, location={"latitude": 51.61234, "longitude": 5.54321}
    )
    loaded.post(
        f"/api/v1/match/{answer['match_id']}/outcome",
        json={"no_fit": True, "reason": "Jannie vindt het te ver"},
        headers=tokens["coach"],
    )
    db = sqlite3.connect(app.config["DATA_DIR"] + "/socialmap.sqlite")
    rows = db.execute("SELECT * FROM match_log").fetchall()
    db.close()
    dump = json.dumps(rows, default=str)
    assert rows and "Jannie" not in dump and "zingen" not in dump
    assert "51.612" not in dump and "5.543" not in dump
    row = rows[-1]
    assert "5461" in row  # PC4 only
    assert "65-74" in row  # an age band, not the age


def test_a_municipality_can_supply_its_own_weight_table(app, loaded, tokens, tmp_path):
    from matcher.needs import MATCHING_FILE

    own = json.loads(MATCHING_FILE.read_text(encoding="utf-8"))
    for weights in own["dimension_categories"].values():  # everything points to volunteering
        for category in weights:
            weights[category] = 0.0
        weights["volunteering"] = 1.0
    path = tmp_path / "matching.json"
    path.write_text(json.dumps(own))
    app.config["MATCHING_FILE"] = str(path)
    answer = run(loaded, tokens, wishes="", limit=3)
    assert all("volunteering" in r["activity"]["categories"] for r in answer["results"])
    assert answer["needs"]["volunteering"] == 1.0 and answer["needs"]["sport_movement"] == 0.0


def test_haak_ik_af_is_not_a_wish_to_crochet():
    """'haak af' (drop out) is not 'haken' (crochet); 'nieuwe mensen' is a wish for contact."""
    from matcher.wishes import read_wishes

    found = read_wishes("Door mijn slechte gehoor haak ik af op verjaardagen.").found
    assert "handwerken" not in [t.label for t in found]
    assert "handwerken" in [t.label for t in read_wishes("Ik haak graag sjaals.").found]
    assert "contact met anderen" in [
        t.label for t in read_wishes("Ik wil nieuwe mensen leren kennen.").found
    ]


def test_common_ways_to_say_a_wish_are_read_as_that_wish():
    """Clients rarely use the vocabulary's own words: "die dit ook hebben meegemaakt" asks
    for lotgenoten and "ik wil werken" for work; "andere moeders" says she is a mother."""
    from matcher.audience import audiences
    from matcher.profile import ClientProfile
    from matcher.wishes import fold_text, read_wishes

    def labels(text):
        return [t.label for t in read_wishes(text).found]

    assert "praten met lotgenoten" in labels(
        "Mijn vrienden snappen het niet. Ik wil praten met mensen die dit ook hebben meegemaakt."
    )
    assert "structuur en werk" in labels("Ik wil werken, iets doen met mijn handen.")
    assert "structuur en werk" not in labels("Ik heb altijd hard gewerkt in de tuin.")
    # a benefit named as the reason it must be free is no wish to work
    assert "structuur en werk" not in labels("Het moet gratis, want ik heb een uitkering.")
    assert "structuur en werk" in labels("Ik zit in de uitkering en wil weer werken.")
    words = "Ik wil leren goedkoop te koken en andere moeders ontmoeten."
    by_name = {a.name: a for a in audiences()}
    profile = ClientProfile({"participation": 3}, 52.2, 6.2, wishes=words, age=36)
    folded = fold_text(words)
    assert by_name["vrouwen"].relation(profile, folded) == 1
    assert by_name["ouders"].relation(profile, folded) == 1
    assert by_name["mannen"].relation(profile, folded) == 0
