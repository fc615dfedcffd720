"""The evaluation sets: a catalog loaded through the HSDS importer, and graded intakes.

| set       | catalog                         | vignettes                  | used for    |
|-----------|---------------------------------|----------------------------|-------------|
| dev       | the demo map of Meierijstad     | vignettes.json (42)        | development |
| tuning    | smallingerland/catalog.json     | smallingerland/tuning.json | fitting     |
| test      | the same Smallingerland catalog | smallingerland/test.json   | the result  |
| dv-tuning | deventer/catalog.json           | deventer/tuning.json       | fitting     |
| dv-test   | the same Deventer catalog       | deventer/test.json         | the result  |
| tuning-2  | the same Smallingerland catalog | smallingerland/extra/vignettes.json (40) | fitting |
| dv-tuning-2 | the same Deventer catalog     | deventer/extra/vignettes.json (40) | fitting |

The ranker is fitted on dev and the four tuning sets together; the result is the two test
halves' vignettes together (``held-out`` in ``make eval``). The two ``-2`` sets were
written and graded on 2026-12-08 by two more blind writers (one per catalog), from the
listings and the seeds alone, who saw neither the matcher nor any other vignette: more
intakes to fit on, on the maps of the test halves, never part of the result.

The Smallingerland and Deventer catalogs and their vignettes were written blind: by writers
who never saw the matcher's code or rankings, from the listings and the seeds alone (see
their README.md). Each region's vignettes were split once (split_vignettes.py, rule in its
docstring) into a tuning and a test half. Fitting (fit_ranker.py) reads only the sets in
``TRAINING``; the test halves are read only to be scored.
"""

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SMALLINGERLAND = HERE / "smallingerland"
DEVENTER = HERE / "deventer"
POSTAL_CODES = HERE.parent.parent.parent / "shared" / "data" / "nl" / "geonames_postal_nl.tsv"


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
    "dv-tuning": EvalSet(
        "dv-tuning", DEVENTER / "catalog.json", DEVENTER / "tuning.json", "Deventer"
    ),
    "dv-test": EvalSet("dv-test", DEVENTER / "catalog.json", DEVENTER / "test.json", "Deventer"),
    "tuning-2": EvalSet(
        "tuning-2",
        SMALLINGERLAND / "catalog.json",
        SMALLINGERLAND / "extra" / "vignettes.json",
        "Smallingerland",
    ),
    "dv-tuning-2": EvalSet(
        "dv-tuning-2", DEVENTER / "catalog.json", DEVENTER / "extra" / "vignettes.json", "Deventer"
    ),
}
TRAINING = ("dev", "tuning", "dv-tuning", "tuning-2", "dv-tuning-2")  # never a held-out half
HELD_OUT = ("test", "dv-test")


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


def _gazetteer(folder: Path) -> Path:
    """The PC4 centroids of the whole country (GeoNames, from ../shared/data) as a gazetteer
    file, as a municipality outside Meierijstad would configure (SOCIALMAP_GAZETTEER)."""
    if not POSTAL_CODES.exists():
        raise SystemExit(f"{POSTAL_CODES} is missing: the evaluation needs ../shared beside us")
    rows = ["postal_code,latitude,longitude"]
    for line in POSTAL_CODES.read_text("utf-8").splitlines():
        cols = line.split("\t")
        rows.append(f"{cols[1]},{cols[9]},{cols[10]}")
    path = folder / "pc4_nl.csv"
    path.write_text("\n".join(rows) + "\n", "utf-8")
    return path


def load(evalset: EvalSet) -> Loaded:
    """The catalog imported through the HSDS importer into a temporary store (once per
    catalog and process)."""
    if evalset.catalog in _loaded:
        return _loaded[evalset.catalog]
    data_dir = Path(tempfile.mkdtemp(prefix="socialmap-eval-"))
    os.environ["SOCIALMAP_DATA_DIR"] = str(data_dir)
    from api import create_app, listings, services
    from api.imports import parse_hsds
    from matcher.hsds import iter_services

    app = create_app({"RATE_LIMIT": "off", "GAZETTEER": str(_gazetteer(data_dir))})
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
