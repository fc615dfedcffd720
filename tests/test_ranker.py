"""The learned ranker: its weights are data that must match the matcher's features, its fit
reads only the training sets, and it learns which of two listings a coach graded higher."""

import json

import numpy as np
import pytest

from matcher.features import FEATURES, INDEX
from matcher.ranker import RANKER_FILE, Ranker, load_ranker
from tests.eval import fit_ranker
from tests.eval.sets import SETS, TRAINING


def test_the_bundled_weights_are_for_the_matchers_features():
    ranker = load_ranker()
    assert ranker.features == FEATURES
    document = json.loads(RANKER_FILE.read_text("utf-8"))
    assert document["fitted"]["training_sets"] == list(TRAINING)
    assert set(document["weights_by_feature"]) == set(FEATURES)


def test_weights_for_other_features_are_refused_with_the_command_that_refits(tmp_path):
    model = Ranker(FEATURES, np.zeros(3), np.ones(3), np.ones(3)).to_dict()
    model["features"] = ["need", "words", "near"]
    with pytest.raises(ValueError, match="make fit"):
        Ranker.from_dict(model)


def test_the_score_is_calibrated_into_0_1_and_follows_the_ranker_order():
    ranker = load_ranker()
    rng = np.random.default_rng(7)
    x = rng.random((50, len(FEATURES)))
    scores = ranker.score(x)
    assert np.all((scores > 0) & (scores < 1))
    order = np.argsort(-ranker.margin(x))
    assert np.all(np.diff(scores[order]) <= 1e-12)


def test_what_coaches_value_weighs_for_and_what_they_avoid_against():
    weights = dict(zip(FEATURES, load_ranker().weights, strict=True))
    for good in ("need", "words", "meaning", "near", "audience_own"):
        assert weights[good] > 0, good
    for bad in ("audience_other", "remote"):
        assert weights[bad] < 0, bad


def test_fitting_never_reads_the_test_half():
    assert "test" not in TRAINING and set(TRAINING) <= set(SETS)
    with pytest.raises(AssertionError, match="never read"):
        fit_ranker.collect(("dev", "test"))


def _intake(rng, n=30):
    """Candidates whose grade follows 'words' and not 'near'."""
    x = rng.random((n, len(FEATURES)))
    grades = np.digitize(x[:, INDEX["words"]], [0.55, 0.75, 0.9])
    return {
        "set": "dev",
        "id": str(rng.integers(1e9)),
        "x": x,
        "g": grades,
        "all": [int(g) for g in grades if g],
    }


def test_the_fit_learns_which_signal_the_grades_follow():
    rng = np.random.default_rng(3)
    intakes = [_intake(rng) for _ in range(20)]
    x = np.vstack([q["x"] for q in intakes])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    weights = fit_ranker.fit(intakes, 1.0, mean, scale)
    assert weights[INDEX["words"]] > 5 * abs(weights[INDEX["near"]])
    held_out = [_intake(rng) for _ in range(5)]
    assert fit_ranker.mean_ndcg(held_out, weights, mean, scale) > 0.9


def test_the_simplest_weights_the_folds_cannot_tell_from_the_best_are_chosen():
    """One standard error: C=0.01 is best by a hair, C=0.001 is as good as the folds can
    tell and regularises more; C=0.0001 is clearly worse."""
    cv = {
        0.0001: [0.60, 0.62, 0.61, 0.60, 0.62],
        0.001: [0.70, 0.78, 0.74, 0.72, 0.76],
        0.01: [0.71, 0.79, 0.75, 0.73, 0.77],
    }
    assert fit_ranker.choose_c(cv) == 0.001
    cv[0.001] = [0.60, 0.66, 0.63, 0.61, 0.65]
    assert fit_ranker.choose_c(cv) == 0.01


VACANCY = {
    "id": "v1",
    "name": "Boodschappenmaatje gezocht",
    "description": "Als vrijwilliger doe je samen met een oudere boodschappen.",
    "categories": ["volunteering"],
}


def _features(wishes: str, listing: dict = VACANCY, age: int = 45) -> dict[str, float]:
    """The features of one listing for a client of ``age`` who says ``wishes``."""
    from indexers.base import Hit
    from matcher.features import Context, candidates
    from matcher.needs import compute_needs
    from matcher.profile import ClientProfile
    from matcher.wishes import read_wishes

    profile = ClientProfile({"meaningfulness": 3}, 53.1, 6.1, wishes=wishes, age=age)
    found = read_wishes(wishes)
    needs = compute_needs(profile.spider_web, wish_categories=found.category_weights())
    hit = Hit(listing["id"], listing, text_score=0.5)
    [c] = candidates([hit], Context.of(profile, needs, found, 0.6))
    return {name: float(c.features[i]) for name, i in INDEX.items()}


def _role_features(wishes: str) -> dict[str, float]:
    f = _features(wishes)
    return {name: f[name] for name in ("role_asked", "role_unasked")}


def test_a_volunteer_role_is_told_apart_by_whether_the_client_wants_to_give():
    """A client who wants to be useful is offered a vacancy; one with debts who asks for
    help with the post is not asked to help others with theirs."""
    assert _role_features("Ik wil me nuttig maken, iets betekenen voor een ander.") == {
        "role_asked": 1.0,
        "role_unasked": 0.0,
    }
    assert _role_features("Ik heb schulden en open mijn post niet meer.") == {
        "role_asked": 0.0,
        "role_unasked": 1.0,
    }
    weights = dict(zip(FEATURES, load_ranker().weights, strict=True))
    assert weights["role_asked"] > weights["role_unasked"]


def test_wanting_something_to_do_is_not_wanting_to_give():
    """Wanting to do something is not wanting to give. "Iets doen om mijn conditie op peil
    te houden" asks for movement, not for a volunteer role; "niks te doen" asks for
    something to do, which may be volunteering but is no stated wish to give; "het zou me
    helpen" is help for the client; "iets betekenen voor een ander" and "andere mensen
    helpen" are wishes to give."""
    from matcher.wishes import read_wishes

    for wishes in (
        "Ik wil in de buurt iets doen om mijn armen en mijn conditie op peil te houden.",
        "Sinds mijn ontslag heb ik niks te doen.",
        "Het zou me helpen om mensen van mijn leeftijd te spreken.",
    ):
        assert _role_features(wishes) == {"role_asked": 0.0, "role_unasked": 1.0}, wishes
    moving = read_wishes("Ik wil in de buurt iets doen om mijn conditie op peil te houden.")
    assert "iets betekenen voor een ander" not in {t.label for t in moving.found}
    assert "bewegen" in {t.label for t in moving.found}
    idle = read_wishes("Sinds mijn ontslag heb ik niks te doen.")
    assert "iets omhanden hebben" in {t.label for t in idle.found}
    for giving in ("Ik wil iets betekenen voor een ander.", "Ik wil graag andere mensen helpen."):
        assert _role_features(giving)["role_asked"] == 1.0, giving


def test_help_that_volunteers_give_the_client_is_not_a_volunteer_role():
    """Filed under volunteering, "een vrijwilliger komt bij je thuis" is help for the client:
    a client with debts is not asked to give, so it is no role they did not ask for; a
    listing that also asks for volunteers stays a role."""
    home_admin = {
        "id": "t1",
        "name": "Thuisadministratie",
        "description": "Een vrijwilliger komt bij je thuis om samen je post te ordenen.",
        "categories": ["volunteering"],
    }
    worries = "Ik heb schulden en open mijn post niet meer."
    assert _role_features(worries) == {"role_asked": 0.0, "role_unasked": 1.0}  # VACANCY
    f = _features(worries, home_admin)
    assert (f["role_asked"], f["role_unasked"]) == (0.0, 0.0)
    recruiting = dict(
        home_admin, description=home_admin["description"] + " Wij zoeken vrijwilligers."
    )
    assert _features(worries, recruiting)["role_unasked"] == 1.0


def test_belonging_by_age_alone_is_told_apart_from_belonging_by_what_was_said():
    """Every 75-year-old is 'ouderen', so a listing for ouderen says little about fit; a
    carer and a listing for mantelzorgers says much. The ranker weighs them apart."""
    seniors = {
        "id": "s1",
        "name": "Koffiemiddag voor senioren",
        "description": "Elke woensdag koffie en een praatje.",
        "categories": ["contact_meeting"],
    }
    carers = {
        "id": "c1",
        "name": "Mantelzorgcafé",
        "description": "Een avond voor mantelzorgers.",
        "categories": ["contact_meeting"],
    }
    by_age = _features("Ik wil onder de mensen komen.", seniors, age=75)
    assert (by_age["audience_age"], by_age["audience_own"]) == (1.0, 0.0)
    by_words = _features("Ik zorg voor mijn man en kom niet meer aan mezelf toe.", carers, 75)
    assert (by_words["audience_age"], by_words["audience_own"]) == (0.0, 1.0)
    weights = dict(zip(FEATURES, load_ranker().weights, strict=True))
    assert weights["audience_own"] > weights["audience_age"]
