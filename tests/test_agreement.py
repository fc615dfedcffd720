"""The second grader's grades (tests/eval/agreement.py): the human ceiling a ranker's figure
is read against is only as good as the data behind it."""

import json

import pytest

from tests.eval.agreement import SECOND, expected_ndcg
from tests.eval.sets import HELD_OUT, SETS


def test_one_graders_order_scores_one_against_its_own_grades_and_zero_against_disjoint():
    catalog = [f"a{i}" for i in range(40)]
    grades = {"a1": 3, "a2": 2, "a3": 2, "a4": 1}
    assert expected_ndcg(grades, catalog, grades) == pytest.approx(1.0)
    assert expected_ndcg({"a9": 3, "a10": 2}, catalog, grades) < 0.2  # only chance is left
    # ties are broken at random: two 2s for one 3 and one 2 scores between the two orders
    tied = expected_ndcg({"a1": 2, "a5": 2}, catalog, {"a1": 3})
    assert expected_ndcg({"a5": 2, "a1": 1}, catalog, {"a1": 3}) < tied < 1.0


@pytest.mark.parametrize("name", sorted(SECOND))
def test_the_second_grades_cover_every_intake_of_a_tuning_half_and_only_real_listings(name):
    assert name not in HELD_OUT  # the test halves are graded once, by their writer
    evalset = SETS[name]
    second = json.loads(SECOND[name].read_text(encoding="utf-8"))
    ids = {v["id"] for v in evalset.load_vignettes()}
    assert set(second) == ids
    catalog = {s["id"] for s in json.loads(evalset.catalog.read_text(encoding="utf-8"))}
    for grades in second.values():
        assert set(grades) <= catalog
        assert set(grades.values()) <= {1, 2, 3}
