"""Who an activity is meant for (matcher/audience.py, data/audiences.json), and variety that
does not put a poor fit first (matcher/scoring.py ``diversify``).

The listings are from the demo map's wording; each case is one a coach would get wrong
by reading the words alone.
"""

import pytest

from indexers.analysis import fold
from matcher.audience import audience_fit, listing_audiences, settings
from matcher.profile import ClientProfile, Requirements
from matcher.scoring import diversify
from matcher.wishes import read_wishes

BONUS = 1 + settings()["match_bonus"]
PENALTY = 1 - settings()["mismatch_penalty"]

MANTELZORGCAFE = (
    "Mantelzorgcafé Schijndel",
    "Een avond voor mantelzorgers met een thema, zoals rouw, grenzen stellen of regelingen.",
)
ALZHEIMER_CAFE = (
    "Alzheimer café Meierijstad",
    "Eens per vier weken een avond voor mensen met dementie, hun partners, kinderen en "
    "iedereen die meer wil weten.",
)
MEDITATION = (
    "Samen mediteren in De Ark",
    "Een half uur stille meditatie, voorafgegaan door een korte uitleg voor nieuwkomers.",
)
NEWCOMERS_COFFEE = (
    "Koffiemiddag voor nieuwkomers",
    "Een ontmoetingsmiddag in Schijndel. Vragen over post, school of werk worden beantwoord.",
)
READING_TO_TODDLERS = (
    "Voorlezen aan peuters in de bibliotheek",
    "Als vrijwilliger lees je elke week voor aan peuters en hun ouders.",
)
FORM_HELP = (
    "Formulierenhulp Schijndel",
    "Vrijwilligers helpen met formulieren, toeslagen en brieven van instanties.",
)


def client(wishes: str = "", age: int = 60, daily_functioning: int = 7) -> dict:
    profile = ClientProfile(
        spider_web={"daily_functioning": daily_functioning},
        latitude=51.6,
        longitude=5.5,
        wishes=wishes,
        age=age,
    )
    found = read_wishes(wishes)
    return {
        "profile": profile,
        "folded_wishes": fold(found.text),
        "wish_labels": frozenset(t.label for t in found.found),
    }


def factor(listing: tuple[str, str], who: dict, **kw) -> float:
    return audience_fit(*listing, **who, **kw)[0]


def names(listing: tuple[str, str]) -> list[str]:
    return [a.name for a in listing_audiences(*listing)]


def test_the_name_says_who_it_is_for_not_a_theme_in_the_description():
    """A mantelzorgcafé whose theme is rouw is still for caregivers: not for a widow."""
    assert names(MANTELZORGCAFE) == ["mantelzorgers"]
    widow = client("Mijn man is twee jaar geleden overleden. Ik wil niet meer alleen zitten.")
    assert factor(MANTELZORGCAFE, widow) == pytest.approx(PENALTY)
    carer = client("Ik zorg voor mijn man en kom niet meer aan mezelf toe.")
    assert factor(MANTELZORGCAFE, carer) == pytest.approx(BONUS)


def test_a_listing_for_people_with_dementia_and_their_partners_welcomes_carers():
    assert set(names(ALZHEIMER_CAFE)) == {"dementie", "mantelzorgers"}
    daughter = client(
        "Na mijn werk ga ik direct naar mijn moeder. Ik wil praten met mensen die hetzelfde doen.",
        age=52,
    )
    assert factor(ALZHEIMER_CAFE, daughter) == pytest.approx(BONUS)
    stranger = client("Ik wil graag zingen.", age=52)
    assert factor(ALZHEIMER_CAFE, stranger) == pytest.approx(PENALTY)


def test_first_timers_in_a_description_are_not_migrants():
    """'uitleg voor nieuwkomers' is for whoever comes the first time; in a name it is the
    audience."""
    assert names(MEDITATION) == []
    burnout = client("Ik wil rust in mijn hoofd.", age=44)
    assert factor(MEDITATION, burnout) == 1.0
    assert names(NEWCOMERS_COFFEE) == ["nieuwkomers"]
    assert factor(NEWCOMERS_COFFEE, burnout) == pytest.approx(PENALTY)
    learner = client("Ik wil beter Nederlands leren.", age=31)
    assert factor(NEWCOMERS_COFFEE, learner) == pytest.approx(BONUS)


def test_in_volunteer_work_the_audience_is_whom_you_help():
    teacher = client("Ik heb veertig jaar voor de klas gestaan en wil iets betekenen.", age=66)
    assert "ouders" in names(READING_TO_TODDLERS)
    assert factor(READING_TO_TODDLERS, teacher, volunteering=True) == 1.0
    assert factor(READING_TO_TODDLERS, teacher, volunteering=False) == pytest.approx(PENALTY)


def test_practical_help_is_never_shut_out_when_it_comes_first():
    """A low daily functioning puts practical help first (the 'other' category); without
    words about money it is neither pushed down nor lifted above what the client asks."""
    jobless = client("Ik wil weer ritme en iets nuttigs doen.", age=25, daily_functioning=3)
    assert factor(FORM_HELP, jobless, first_need=True) == 1.0
    assert factor(FORM_HELP, jobless, first_need=False) == pytest.approx(PENALTY)
    debts = client("Ik heb schulden en durf de brieven niet open te maken.", age=38)
    assert factor(FORM_HELP, debts, first_need=True) == pytest.approx(BONUS)


def test_variety_does_not_put_a_poor_fit_before_a_good_one():
    """Three debt-help services fit far better than a cooking class: the quota of two per
    kind in the top five gives way; a close alternative still gets its turn."""
    scored = [
        (0.95, ["other"], "form help"),
        (0.94, ["other"], "home admin"),
        (0.92, ["other"], "money clinic"),
        (0.48, ["cooking_food"], "cooking class"),
    ]
    picked = [x[2] for x in diversify(scored, 4, 0.0, 5, quota=2, max_gap=0.2)]
    assert picked == ["form help", "home admin", "money clinic", "cooking class"]
    close = scored[:3] + [(0.85, ["cooking_food"], "cooking class")]
    picked = [x[2] for x in diversify(close, 4, 0.0, 5, quota=2, max_gap=0.2)]
    assert picked == ["form help", "home admin", "cooking class", "money clinic"]


def test_the_coach_reads_whom_the_activity_is_for_when_the_client_is_one_of_them():
    daughter = client(
        "Na mijn werk ga ik direct naar mijn moeder. Ik wil praten met mensen die hetzelfde doen.",
        age=52,
    )
    assert audience_fit(*ALZHEIMER_CAFE, **daughter)[1] == ("voor mantelzorgers",)
    widow = client("Mijn man is twee jaar geleden overleden.")
    assert audience_fit(*MANTELZORGCAFE, **widow)[1] == ()  # not hers: no such reason
    assert audience_fit(*MEDITATION, **widow)[1] == ()  # for everyone: nothing to say


def test_a_listing_open_to_everyone_does_not_shut_out_who_is_not_named():
    """ "Ook fijn voor mensen met geheugenproblemen": a sing-along for everyone, not only
    for people with dementia; a listing only for them still sinks for a 40-year-old."""
    client = ClientProfile({"participation": 3}, 51.6, 5.5, age=40)
    open_ = audience_fit(
        "Zing mee!",
        "Meezingmiddag met liedjes van vroeger. Ook fijn voor mensen met geheugenproblemen "
        "en hun naasten.",
        client,
        fold("ik wil zingen"),
    )
    only = audience_fit(
        "Geheugencafé",
        "Een middag voor mensen met geheugenproblemen en hun naasten.",
        client,
        fold("ik wil zingen"),
    )
    assert open_ == (1.0, ())
    assert only[0] == pytest.approx(PENALTY)


UKRAINIAN_MORNING = (
    "Oekraïense ontmoetingsochtend",
    "Op donderdagochtend ontmoeten Oekraïners die hier wonen elkaar en hun Nederlandse buren.",
)
WOMENS_CAFE = (
    "Vrouwencafé",
    "Elke dinsdagochtend komen vrouwen uit de wijk samen voor thee en een praatje.",
)
ADAPTED_SPORT = (
    "Sportinstuif aangepast sporten",
    "Op zaterdagochtend staat de sporthal open voor iedereen met een lichamelijke beperking.",
)


def _with(wishes: str = "", age: int = 40, **requirements) -> dict:
    who = client(wishes, age=age)
    who["profile"] = ClientProfile(
        {"participation": 3}, 51.6, 5.5, wishes=wishes, age=age,
        requirements=Requirements(**requirements),
    )  # fmt: skip
    return who


def test_a_listing_for_one_community_is_for_that_community_not_for_every_newcomer():
    """An evening for Ukrainians is not where a coach sends an Eritrean newcomer who wants
    Dutch friends; a client who speaks Ukrainian, or says where they come from, belongs."""
    assert names(UKRAINIAN_MORNING) == ["oekrainers"]
    eritrean = _with("Ik wil vrienden, ook Nederlandse vrienden. De taal is moeilijk.", 23)
    assert factor(UKRAINIAN_MORNING, eritrean) == pytest.approx(PENALTY)
    assert factor(UKRAINIAN_MORNING, _with("Ik wil vrienden.", 35, languages=("uk",))) == (
        pytest.approx(BONUS)
    )
    assert factor(UKRAINIAN_MORNING, _with("Ik kom uit Oekraïne en ken hier niemand.")) == (
        pytest.approx(BONUS)
    )


def test_a_listing_for_women_is_unknown_ground_unless_the_client_says_so():
    """The intake asks no gender: a women's café neither sinks nor rises for a client whose
    words do not tell; 'sinds mijn man er niet meer is' does tell."""
    assert names(WOMENS_CAFE) == ["vrouwen"]
    assert factor(WOMENS_CAFE, _with("Ik zit veel alleen.")) == 1.0
    assert factor(WOMENS_CAFE, _with("Sinds mijn man er niet meer is zit ik veel alleen.")) == (
        pytest.approx(BONUS)
    )


def test_adapted_sport_is_for_clients_who_say_they_need_it():
    """A former footballer with no stated limitation is not sent to adapted sport; a client
    in a wheelchair, or who names their limitation, is welcome."""
    assert names(ADAPTED_SPORT) == ["beperking"]
    assert factor(ADAPTED_SPORT, _with("Vroeger voetbalde ik.", 36)) == pytest.approx(PENALTY)
    assert factor(ADAPTED_SPORT, _with("Ik wil sporten.", 36, accessibility=("wheelchair",))) == (
        pytest.approx(BONUS)
    )
    assert factor(ADAPTED_SPORT, _with("Door mijn beperking kan ik niet overal sporten.")) == (
        pytest.approx(BONUS)
    )


def test_age_decides_before_words_for_parenting_support():
    """'Mijn dochter vindt dat ik er meer uit moet' from an 84-year-old is not a question
    about raising children; the same words from a mother of 35 may be."""
    course = ("Opvoedcursus Pubers in huis", "Vijf avonden voor ouders van pubers.")
    words = "Mijn dochter vindt dat ik er meer uit moet."
    assert factor(course, _with(words, 84)) == pytest.approx(PENALTY)
    assert factor(course, _with("Mijn dochter van 14 luistert niet meer.", 35)) == (
        pytest.approx(BONUS)
    )


def test_activities_for_older_people_by_their_name():
    """Koersbal and stoelgym are for older people even when the text does not say so: not
    where a coach sends a young man who games all day."""
    koersbal = ("Koersbal in De Aakade", "Een rustig balspel op een lange mat, met koffie.")
    assert names(koersbal) == ["ouderen"]
    assert factor(koersbal, _with("Ik zit de hele dag te gamen.", 22)) == pytest.approx(PENALTY)
    assert factor(koersbal, _with("Ik wil onder de mensen komen.", 78)) == pytest.approx(BONUS)


def test_a_coach_who_asks_for_dementia_friendly_places_says_whom_it_is_for():
    """Whether or not the client's own words name their memory, a coach who asks for a
    dementia-friendly venue tells the matcher the client belongs where those are welcome."""
    centre = (
        "Ontmoetingscentrum Herinnering",
        "Elke dinsdag en donderdag voor mensen met beginnende dementie en hun naasten.",
    )
    assert "dementie" in names(centre)
    words = "Vroeger was ik altijd bezig. Iets doen met mensen, rustig."
    assert factor(centre, _with(words, 76)) == pytest.approx(PENALTY)
    assert factor(centre, _with(words, 76, accessibility=("dementia_friendly",))) == (
        pytest.approx(BONUS)
    )


def test_a_word_about_access_does_not_say_whom_the_activity_is_for():
    """ "Ook vanuit een rolstoel te bereiken" or "niet geschikt voor rolstoel of rollator"
    tells who can get there, not that the walk or the garden is for people with a
    limitation: a former footballer is not shut out of it. A listing for them still is."""
    for text in (
        "Stevige schoenen aan; niet geschikt voor rolstoel of rollator.",
        "De verhoogde bakken zijn ook vanuit een rolstoel te bereiken.",
        "Drie toestellen zijn geschikt voor rolstoelgebruikers.",
        "Er is een tillift en een aangepaste kleedkamer.",
    ):
        assert "beperking" not in names(("Buiten bezig", text)), text
    assert (
        factor(
            ("Natuurwandeling", "Niet geschikt voor rolstoel of rollator."),
            _with("Vroeger voetbalde ik.", 36),
        )
        == 1.0
    )
    assert names(("Sportinstuif aangepast sporten", "Sport en spel op zaterdag.")) == ["beperking"]
    assert "beperking" in names(("Klusjesdienst", "Voor ouderen en mensen met een beperking."))
