"""Split a blind catalog's vignettes once into a tuning half and a test half.

The rule: order every vignette by the SHA-256 of its id ("sa01", "sb17", ...) written in hex;
within each writer's vignettes (the id's first two letters) the first half of that order
(rounded up) is *tuning*, the rest *test*; graded and no-fit vignettes are split apart the
same way so both halves hold no-fit cases. The rule reads nothing but the ids, so it
cannot favour vignettes on which the matcher does well.

Ran once, on 2026-12-03, when the two writers handed in their files (35 vignettes each,
sa01-sa35 and sb01-sb35); the halves are kept as smallingerland/tuning.json and
smallingerland/test.json in their place, and this script refuses to run again over existing
halves (``--force`` to redo it from the writers' files, which would change what "held out"
means).

The Deventer vignettes (tests/eval/deventer, one writer: dv01-dv62) were split by the same
rule on 2026-12-07, when they were handed in, after one evaluation of the ranker as it was
then (fitted without them): ``python -m tests.eval.split_vignettes --region deventer``.
"""

import argparse
import hashlib
import json
import sys

from tests.eval.sets import DEVENTER, SMALLINGERLAND

REGIONS = {  # folder, the writers' files
    "smallingerland": (SMALLINGERLAND, ("vignettes_writer_a.json", "vignettes_writer_b.json")),
    "deventer": (DEVENTER, ("vignettes.json",)),
}


def split(vignettes: list[dict]) -> tuple[list[dict], list[dict]]:
    tuning, test = [], []
    groups: dict[tuple[str, bool], list[dict]] = {}
    for v in vignettes:
        groups.setdefault((v["id"][:2], bool(v.get("expect_no_fit"))), []).append(v)
    for key in sorted(groups):
        ordered = sorted(groups[key], key=lambda v: hashlib.sha256(v["id"].encode()).hexdigest())
        half = (len(ordered) + 1) // 2
        tuning += ordered[:half]
        test += ordered[half:]
    return sorted(tuning, key=lambda v: v["id"]), sorted(test, key=lambda v: v["id"])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--region", choices=sorted(REGIONS), default="smallingerland")
    args = parser.parse_args(argv)
    folder, writers = REGIONS[args.region]
    out_tuning, out_test = folder / "tuning.json", folder / "test.json"
    if (out_tuning.exists() or out_test.exists()) and not args.force:
        print("the halves exist already: the split is made once", file=sys.stderr)
        return 1
    vignettes = []
    for name in writers:
        vignettes += json.loads((folder / name).read_text("utf-8"))
    ids = [v["id"] for v in vignettes]
    assert len(ids) == len(set(ids)), "vignette ids must be unique"
    tuning, test = split(vignettes)
    for path, part in ((out_tuning, tuning), (out_test, test)):
        path.write_text(json.dumps(part, ensure_ascii=False, indent=1) + "\n", "utf-8")
        no_fit = sum(bool(v.get("expect_no_fit")) for v in part)
        print(f"{path.name}: {len(part)} vignettes, {no_fit} no-fit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
