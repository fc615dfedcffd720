"""How the signals combine into one score: weights learned from graded intakes.

score = σ(a × (w · (x − μ) / s) + b), with x the features of matching/features.py, μ and s
their mean and spread over the training candidates, w the weights of a pairwise ranker
(which of two listings a coach graded higher), and a, b a calibration so that the score
reads as how likely a coach finds the listing fitting. The numbers are data
(data/ranker.json) with the command that refits them (``make fit``) and the figures of that
fit; a municipality can supply its own file (SOCIALMAP_RANKER_FILE).
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from matcher.features import FEATURES
from matcher.paths import DATA_DIR

RANKER_FILE = DATA_DIR / "ranker.json"


@dataclass(frozen=True)
class Ranker:
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    slope: float = 1.0
    intercept: float = 0.0

    def margin(self, x: np.ndarray) -> np.ndarray:
        """w · standardised x: the pairwise ranker's order (higher ranks first)."""
        return ((x - self.mean) / self.scale) @ self.weights

    def score(self, x: np.ndarray) -> np.ndarray:
        """The calibrated score in (0, 1), one per row of ``x``."""
        return 1.0 / (1.0 + np.exp(-(self.slope * self.margin(x) + self.intercept)))

    def to_dict(self) -> dict:
        return {
            "features": list(self.features),
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "weights": [round(float(v), 6) for v in self.weights],
            "slope": round(float(self.slope), 6),
            "intercept": round(float(self.intercept), 6),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Ranker":
        if tuple(data["features"]) != FEATURES:
            raise ValueError(
                "the ranker's features are not the matcher's: refit it (make fit); "
                f"file has {data['features']}, matcher has {list(FEATURES)}"
            )
        scale = np.asarray(data["scale"], dtype=float)
        return cls(
            tuple(data["features"]),
            np.asarray(data["mean"], dtype=float),
            np.where(scale > 0, scale, 1.0),
            np.asarray(data["weights"], dtype=float),
            float(data.get("slope", 1.0)),
            float(data.get("intercept", 0.0)),
        )


@cache
def load_ranker(path: Path | str = RANKER_FILE) -> Ranker:
    with open(path, encoding="utf-8") as f:
        return Ranker.from_dict(json.load(f)["model"])
