"""Refit the matcher's ranker from graded intakes: `make fit`.

Reads only the training sets (sets.TRAINING: the development vignettes on the demo map and
the tuning half of the Smallingerland set), never the test half. For every vignette, every
candidate the matcher would rank (all hard requirements met) gets its features
(matcher/features.py) and its grade (0 when the writer did not grade it). A pairwise
logistic regression (scikit-learn) learns which of two candidates of one intake a coach
graded higher; every pair of one intake weighs the same (weighing pairs by their gain
difference 2^g − 1 cross-validated lower), and every intake counts the same. The
regularisation is chosen by cross-validation over intakes (grouped folds: an intake's
candidates are never split), on nDCG@10 of the ranker's order: the strongest one within a
standard error of the best. A last logistic fit
calibrates the score to "graded at all". Writes data/ranker.json with the figures.
"""

import argparse
import json
import math
import statistics
import sys
from datetime import date

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from matcher.features import FEATURES
from matcher.ranker import RANKER_FILE, Ranker
from tests.eval.sets import SETS, TRAINING, load

C_GRID = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5
K = 10


def ndcg(order_grades: list[int], all_grades: list[int], k: int = K) -> float:
    def dcg(gains):
        return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:k]))

    ideal = dcg(sorted(all_grades, reverse=True))
    return dcg(order_grades) / ideal if ideal else 0.0


def collect(set_names: tuple[str, ...] | None = None) -> list[dict]:
    """Per graded intake: its candidates' features and grades."""
    set_names = set_names or TRAINING
    assert "test" not in set_names, "the test half is never read for fitting"
    from api import services
    from api.match.resources import client_profile
    from api.match.schemas import MatchRequestSchema
    from matcher.engine import fitting_candidates

    out = []
    for name in set_names:
        evalset = SETS[name]
        loaded = load(evalset)
        with loaded.app.test_request_context():
            svc = services.get()
            for v in evalset.load_vignettes():
                if not v.get("relevance"):
                    continue  # a no-fit case has nothing to order
                data = MatchRequestSchema().load(v["request"])
                profile, _ = client_profile(data)
                found = fitting_candidates(profile, svc.backend, svc.matching_settings())
                if not found:
                    continue
                grades = np.array([v["relevance"].get(c.hit.id, 0) for c in found])
                out.append(
                    {
                        "set": name,
                        "id": v["id"],
                        "x": np.vstack([c.features for c in found]),
                        "g": grades,
                        # graded listings the matcher never ranks still count in the ideal
                        "all": list(v["relevance"].values()),
                    }
                )
    return out


def pairs(intakes: list[dict], mean: np.ndarray, scale: np.ndarray):
    xs, ws = [], []
    for q in intakes:
        z = (q["x"] - mean) / scale
        g = q["g"]
        hi, lo = np.nonzero(g[:, None] > g[None, :])
        if not len(hi):
            continue
        xs.append(z[hi] - z[lo])
        ws.append(np.full(len(hi), 1.0 / len(hi)))
    x = np.vstack(xs)
    w = np.concatenate(ws)
    # both orders of every pair, so the model needs no intercept
    return np.vstack([x, -x]), np.concatenate([np.ones(len(x)), np.zeros(len(x))]), np.tile(w, 2)


def fit(intakes: list[dict], c: float, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    x, y, w = pairs(intakes, mean, scale)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000)
    model.fit(x, y, sample_weight=w * len(intakes))
    return model.coef_[0]


def mean_ndcg(intakes: list[dict], weights: np.ndarray, mean, scale) -> float:
    values = []
    for q in intakes:
        margin = ((q["x"] - mean) / scale) @ weights
        order = np.argsort(-margin, kind="stable")
        values.append(ndcg(list(q["g"][order]), q["all"]))
    return statistics.mean(values)


def cross_validate(intakes: list[dict], mean, scale) -> dict[float, list[float]]:
    """Per C of the grid, nDCG@10 of each held-out fold."""
    groups = [f"{q['set']}:{q['id']}" for q in intakes]
    folds = list(GroupKFold(n_splits=FOLDS).split(np.zeros(len(intakes)), groups=groups))
    out = {}
    for c in C_GRID:
        scores = []
        for train, held in folds:
            w = fit([intakes[i] for i in train], c, mean, scale)
            scores.append(mean_ndcg([intakes[i] for i in held], w, mean, scale))
        out[c] = scores
    return out


def choose_c(cv: dict[float, list[float]]) -> float:
    """The strongest regularisation whose cross-validated figure is within one standard
    error of the best (the one-standard-error rule): among settings the folds cannot tell
    apart, the simplest weights carry over best to a map the ranker has not seen."""
    means = {c: statistics.mean(v) for c, v in cv.items()}
    best = max(means, key=means.get)
    se = statistics.stdev(cv[best]) / math.sqrt(len(cv[best]))
    return min(c for c, m in means.items() if m >= means[best] - se)


def calibrate(intakes: list[dict], weights, mean, scale) -> tuple[float, float]:
    margin = np.concatenate([((q["x"] - mean) / scale) @ weights for q in intakes])
    graded = np.concatenate([q["g"] > 0 for q in intakes]).astype(int)
    model = LogisticRegression(C=1.0).fit(margin[:, None], graded)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def main(argv=None, training: tuple[str, ...] = TRAINING) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(RANKER_FILE))
    args = parser.parse_args(argv)
    intakes = collect(training)
    x = np.vstack([q["x"] for q in intakes])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    folds = cross_validate(intakes, mean, scale)
    cv = {c: statistics.mean(v) for c, v in folds.items()}
    best_c = choose_c(folds)
    weights = fit(intakes, best_c, mean, scale)
    slope, intercept = calibrate(intakes, weights, mean, scale)
    ranker = Ranker(FEATURES, mean, scale, weights, slope, intercept)
    counts = {name: sum(q["set"] == name for q in intakes) for name in training}
    document = {
        "_comment": (
            "Learned by tests/eval/fit_ranker.py (make fit): a pairwise logistic regression "
            "over the features of matcher/features.py, from the graded intakes of the "
            "training sets only; see matcher/ranker.py for how a score is computed. "
            "Do not edit by hand: refit."
        ),
        "fitted": {
            "date": date.today().isoformat(),
            "training_sets": list(training),
            "intakes": counts,
            "candidates": int(len(x)),
            "C": best_c,
            "C_rule": "the strongest regularisation within one standard error of the best",
            "cv_ndcg@10_by_C": {str(c): round(v, 4) for c, v in cv.items()},
            "folds": FOLDS,
        },
        "weights_by_feature": {
            f: round(float(w), 4) for f, w in zip(FEATURES, weights, strict=True)
        },
        "model": ranker.to_dict(),
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"intakes {counts}, candidates {len(x)}")
    for c, v in cv.items():
        print(f"C={c:<6} cross-validated nDCG@10 of the ranker's order {v:.3f}")
    print(f"chosen C={best_c}; weights (standardised features):")
    for f_, w in sorted(zip(FEATURES, weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {f_:<16} {w:+.3f}")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
