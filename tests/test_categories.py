"""Messy listings: categories read from the text when they are missing or disagree with it,
said in the reasons; English and plain-language listings rank like Dutch ones."""

import pytest

from matcher.categories import listing_categories
from tests.conftest import activity

WALKING_NL = (
    "Wandelgroep De Stapvoets",
    "Elke dinsdagochtend wandelen we een uur in een rustig tempo langs de Aa. "
    "Iedereen is welkom, ook als je lang niet hebt bewogen.",
)
WALKING_EN = (
    "Walking group The Steady Steps",
    "Every Tuesday morning we walk for an hour at an easy pace along the river. "
    "Everyone is welcome, also if you have not exercised for a long time.",
)
WALKING_PLAIN = (
    "Samen lopen",
    "Op dinsdag lopen we samen een rondje. We wandelen rustig. Je bent welkom. "
    "Het is gratis. Je hoeft niets mee te nemen.",
)
CHOIR = (
    "Koor De Zangers",
    "Wekelijks zingen we liedjes uit de jaren zestig. Noten lezen hoeft niet.",
)


def cats(name, description, declared):
    return listing_categories({"name": name, "description": description, "categories": declared})


def test_a_listing_without_categories_gets_them_from_its_text():
    found = cats(*WALKING_NL, [])
    assert "sport_movement" in found.categories and "sport_movement" in found.inferred


def test_the_importers_catch_all_yields_to_what_the_text_says():
    # the importer files a listing without category under 'other'; the text says walking
    found = cats(*WALKING_NL, ["other"])
    assert found.categories[0] == "sport_movement" and "other" not in found.categories


def test_a_category_the_text_does_not_back_is_completed_by_one_it_does():
    found = cats(*CHOIR, ["relaxation_meaning"])
    assert found.categories == ("relaxation_meaning", "creative_cultural")
    assert found.inferred == ("creative_cultural",)


def test_categories_the_text_backs_are_left_as_the_provider_filed_them():
    found = cats(*WALKING_NL, ["sport_movement", "nature", "contact_meeting"])
    assert found.categories == ("sport_movement", "nature", "contact_meeting")
    assert not found.inferred


@pytest.mark.parametrize("text", [WALKING_NL, WALKING_EN, WALKING_PLAIN])
def test_english_and_plain_language_listings_are_read_too(text):
    assert "sport_movement" in cats(*text, []).categories


def test_words_that_stand_in_every_listing_say_nothing():
    # a cooking class run by volunteers in a community centre is not volunteer work
    found = cats(
        "Kookles in het wijkcentrum",
        "Samen koken en eten, gezellig, begeleid door vrijwilligers.",
        ["cooking_food"],
    )
    assert found.categories == ("cooking_food",)


MOVER = {
    "spider_web": {
        "bodily_functions": 2,
        "mental_wellbeing": 6,
        "meaningfulness": 7,
        "quality_of_life": 6,
        "participation": 6,
        "daily_functioning": 8,
    },
    "focus": ["bodily_functions"],
    "wishes": "Ik wil weer wat meer bewegen, mijn conditie is slecht.",
    "location": {"latitude": 51.616, "longitude": 5.549},
    "max_distance_km": 5,
}


def _listing(id_, name, description, categories, **changes):
    return activity(id=id_, name=name, description=description, categories=categories, **changes)


@pytest.fixture
def messy(client, tokens):
    docs = [
        _listing("walk-nl", *WALKING_NL, ["sport_movement"]),
        _listing("walk-en", *WALKING_EN, ["other"]),  # filed under the catch-all
        _listing("walk-plain", *WALKING_PLAIN, ["other"]),
        _listing(
            "debt",
            "Schuldhulp spreekuur",
            "Hulp bij schulden, formulieren en je administratie.",
            ["other"],
        ),
        _listing("paint", "Schilderclub", "Samen schilderen en tekenen.", ["creative_cultural"]),
        _listing("choir", *CHOIR, ["creative_cultural"]),
        _listing(
            "coffee", "Koffieochtend", "Koffie drinken en een praatje maken.", ["contact_meeting"]
        ),
    ]
    for doc in docs:
        r = client.post("/api/v1/activities", json=doc, headers=tokens["admin"])
        assert r.status_code == 201, r.json
    return client


def test_english_and_plain_listings_rank_with_the_dutch_one_for_the_same_need(messy, tokens):
    r = messy.post("/api/v1/match", json=MOVER, headers=tokens["coach"])
    assert r.status_code == 200, r.json
    ranked = [x["activity"]["id"] for x in r.json["results"]]
    assert set(ranked[:3]) == {"walk-nl", "walk-en", "walk-plain"}, ranked


def test_a_category_read_from_the_text_is_said_in_the_reasons(messy, tokens):
    results = messy.post("/api/v1/match", json=MOVER, headers=tokens["coach"]).json["results"]
    reasons = {x["activity"]["id"]: x["reasons"] for x in results}
    assert "categorie afgeleid uit de beschrijving" in reasons["walk-en"]
    assert "categorie afgeleid uit de beschrijving" not in reasons["walk-nl"]
    assert any(
        x.startswith("Lichaamsfuncties 2/10 → Bewegen en sporten") for x in reasons["walk-en"]
    )
