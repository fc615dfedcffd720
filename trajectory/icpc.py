"""The ICPC-1 code list of a referral: the P (psychological) and Z (social) chapters, kept as
data in ``data/icpc.json`` with Dutch labels."""

import json
from dataclasses import dataclass
from functools import cache

from matcher.paths import DATA_DIR

ICPC_FILE = DATA_DIR / "icpc.json"
ICPC_SYSTEM = "http://hl7.org/fhir/sid/icpc-1"
ICPC_NL_SYSTEM = "http://hl7.org/fhir/sid/icpc-1-nl"


@dataclass(frozen=True)
class IcpcCode:
    code: str
    label: str
    kind: str  # symptom | diagnosis | social
    chapter: str


@cache
def codes() -> dict[str, IcpcCode]:
    """Every accepted code, keyed by code (``P01``), in the file's order."""
    doc = json.loads(ICPC_FILE.read_text(encoding="utf-8"))
    return {
        c["code"]: IcpcCode(c["code"], c["label"], c["kind"], c["code"][0]) for c in doc["codes"]
    }


@cache
def systems() -> tuple[str, ...]:
    """The coding systems a FHIR reasonCode may name for these codes."""
    return tuple(json.loads(ICPC_FILE.read_text(encoding="utf-8"))["systems"])


def normalise(code: str) -> str:
    return code.strip().upper()


def lookup(code: str) -> IcpcCode | None:
    return codes().get(normalise(code))
