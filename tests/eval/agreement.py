"""How far two coaches agree: the ceiling a ranker can be held to (`make agreement`).

A second grader, who never saw the matcher, its rankings or the first grader's grades,
graded the intakes of the tuning halves again, from the request alone (the spider web, the
focus, the client's own words, the place, the hard requirements and the age) and the
listings (``tuning-grades-2.json`` beside each catalog). The first grader also had a short
story of the client that the request does not carry.

For every intake that the first grader graded, this prints nDCG@10 of the second grader's
order against the first grader's grades (grade 3 first, then 2, then 1, then the rest; ties
in random order, averaged over many draws), beside the matcher's nDCG@10 against the same
grades and against the second grader's. Only tuning halves were graded twice: the test
halves are read by nothing but ``make eval``.
"""

import random
import statistics
import sys
from pathlib import Path

from tests.eval.run_eval import K, ndcg
from tests.eval.sets import SETS, load

HERE = Path(__file__).parent
SECOND = {
    "tuning": HERE / "smallingerland" / "tuning-grades-2.json",
    "dv-tuning": HERE / "deventer" / "tuning-grades-2.json",
}
DRAWS = 200


def expected_ndcg(order_by: dict[str, int], catalog: list[str], relevance: dict[str, int]) -> float:
    """nDCG@10 against ``relevance`` of the order a grader's grades give, ties broken at
    random (the mean over DRAWS draws, with a fixed seed)."""
    rng = random.Random(7)
    values = []
    for _ in range(DRAWS):
        keyed = [(-order_by.get(i, 0), rng.random(), i) for i in catalog]
        ranked = [i for _, _, i in sorted(keyed)[:K]]
        values.append(ndcg(ranked, relevance))
    return statistics.mean(values)


def compare(name: str) -> dict:
    import json

    evalset = SETS[name]
    second = json.loads(SECOND[name].read_text(encoding="utf-8"))
    loaded = load(evalset)
    catalog = sorted(loaded.activities)
    rows = []
    for v in evalset.load_vignettes():
        other = second.get(v["id"])
        if other is None:
            continue
        first = v["relevance"]
        r = loaded.client.post("/api/v1/match", json=v["request"], headers=loaded.headers)
        ranked = [x["activity"]["id"] for x in r.json["results"]]
        rows.append(
            {
                "id": v["id"],
                "no_fit": (not first, not other),
                "human": expected_ndcg(other, catalog, first) if first else None,
                "human_reverse": expected_ndcg(first, catalog, other) if first and other else None,
                "matcher": ndcg(ranked, first) if first else None,
                "matcher_second": ndcg(ranked, other) if other else None,
                "overlap": len(set(first) & set(other)) / len(set(first) | set(other))
                if first or other
                else 1.0,
            }
        )
    return {"name": name, "region": evalset.region, "rows": rows}


def _mean(rows: list[dict], key: str) -> float | None:
    values = [r[key] for r in rows if r[key] is not None]
    return round(statistics.mean(values), 3) if values else None


def main() -> int:
    results = [compare(name) for name in SECOND]
    width = 14
    print()
    print(f"{'':<52}" + "".join(f"{r['name']:>{width}}" for r in results) + f"{'both':>{width}}")
    every = [row for r in results for row in r["rows"]]
    lines = [
        ("intakes graded twice", lambda rows: len(rows)),
        ("second grader vs the first's grades, nDCG@10", lambda rows: _mean(rows, "human")),
        ("first grader vs the second's grades, nDCG@10", lambda rows: _mean(rows, "human_reverse")),
        ("matcher vs the first's grades, nDCG@10", lambda rows: _mean(rows, "matcher")),
        ("matcher vs the second's grades, nDCG@10", lambda rows: _mean(rows, "matcher_second")),
        ("listings graded by both / by either", lambda rows: _mean(rows, "overlap")),
        (
            "no-fit: both agree",
            lambda rows: f"{sum(a == b for a, b in (r['no_fit'] for r in rows))}/{len(rows)}",
        ),
    ]
    for label, f in lines:
        print(
            f"{label:<52}"
            + "".join(f"{f(r['rows'])!s:>{width}}" for r in results)
            + f"{f(every)!s:>{width}}"
        )
    print(
        "\nThe second grader's nDCG@10 against the first's grades is how well one coach "
        "predicts another from the same listings: a ranker's figure is read against it."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
