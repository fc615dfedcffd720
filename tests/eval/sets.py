"""The evaluation sets: a catalog loaded through the HSDS importer, and graded intakes.

| set    | catalog                            | vignettes                  | used for      |
|--------|------------------------------------|----------------------------|---------------|
| dev    | the demo map of Meierijstad        | vignettes.json (42)        | development   |
| tuning | smallingerland/catalog.json        | smallingerland/tuning.json | fitting       |
| test   | the same Smallingerland catalog    | smallingerland/test.json   | the result    |

The ranker is fitted on dev and tuning together.

The Smallingerland catalog and its vignettes were written blind: by writers who never saw
the matcher's code or rankings, from the listings and the seeds alone (see
smallingerland/README.md). The vignettes were split once (smallingerland/split.py, rule in
its docstring) into a tuning and a test half. Fitting (fit_ranker.py) reads only the sets in
``TRAINING``; the test half is read only to be scored.
"""

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SMALLINGERLAND = HERE / "smallingerland"


@dataclass(frozen=True)
class EvalSet:
    name: str
    catalog: Path
    vignettes: Path
    region: str

    def load_vignettes(self) -> list[dict]:
        return json.loads(self.vignettes.read_text(encoding="utf-8"))


def _demo_catalog() -> Path:
    from matcher.paths import DATA_DIR

    return DATA_DIR / "demo" / "meierijstad.json"


SETS = {
    "dev": EvalSet("dev", _demo_catalog(), HERE / "vignettes.json", "Meierijstad (demo)"),
    "tuning": EvalSet(
        "tuning", SMALLINGERLAND / "catalog.json", SMALLINGERLAND / "tuning.json", "Smallingerland"
    ),
    "test": EvalSet(
        "test", SMALLINGERLAND / "catalog.json", SMALLINGERLAND / "test.json", "Smallingerland"
    ),
}
TRAINING = ("dev", "tuning")  # never "test"


@dataclass
class Loaded:
    """A fresh store with one catalog imported, and a coach's token."""

    app: object
    client: object
    headers: dict
    activities: dict[str, dict]
    imported: int
    rejected: int


_loaded: dict[Path, Loaded] = {}


def load(evalset: EvalSet) -> Loaded:
    """The catalog imported through the HSDS importer into a temporary store (once per
    catalog and process)."""
    if evalset.catalog in _loaded:
        return _loaded[evalset.catalog]
    os.environ["SOCIALMAP_DATA_DIR"] = tempfile.mkdtemp(prefix="socialmap-eval-")
    from api import create_app, listings, services
    from api.imports import parse_hsds
    from matcher.hsds import iter_services

    app = create_app({"RATE_LIMIT": "off"})
    with app.app_context():
        svc = services.get()
        records = parse_hsds(evalset.catalog.read_text("utf-8"))
        report = listings.import_records(iter_services(records), "eval")
        _, token = svc.store.create_token("coach")
        activities = {s.doc["id"]: s.doc for s in svc.store.iter_activities()}
    loaded = Loaded(
        app,
        app.test_client(),
        {"Authorization": f"Bearer {token}"},
        activities,
        report.created + report.updated + report.unchanged,
        len(report.rejected),
    )
    _loaded[evalset.catalog] = loaded
    return loaded
