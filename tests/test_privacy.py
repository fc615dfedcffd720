"""Privacy by design, checked on disk: 500 matches with the client's own words, exact
coordinates and full postal codes, then every table and every file in the data directory is
scanned. No wishes text, no coordinate finer than the area, no postal code finer than PC4
may be stored; and the coverage report shows no count under the threshold."""

import random
import re
import sqlite3
import struct
from datetime import date, timedelta
from pathlib import Path

import pytest

from api import create_app, services
from tests.conftest import activity

pytestmark = pytest.mark.slow
DIMENSIONS = (
    "bodily_functions",
    "mental_wellbeing",
    "meaningfulness",
    "quality_of_life",
    "participation",
    "daily_functioning",
)
PC6 = ["5461 XK", "5462 GJ", "5463 AB", "5469 PR", "5481 CD", "5491 EF"]


def _strings_in_files(data_dir: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


_TOKEN_BYTE = re.compile(rb"[0-9a-z_\-+/=]")
_DECIMAL_POINT = re.compile(rb"\d[.,]$")
_HEX = re.compile(rb"[0-9a-f\-]+")


def _inside_number(blob: bytes, start: int, end: int) -> bool:
    """The digits at blob[start:end] are part of a longer number or of a number's decimals
    (a score, a coordinate, the microseconds of a timestamp), not a number of their own."""
    length = end - start
    while start > 0 and blob[start - 1 : start].isdigit():
        start -= 1
    while end < len(blob) and blob[end : end + 1].isdigit():
        end += 1
    return end - start > length or bool(_DECIMAL_POINT.search(blob[max(0, start - 2) : start]))


def _stored(needle: str, blob: bytes) -> bool:
    """Whether `needle` is on disk as data, not by chance inside a random token.

    A bare year such as "1951" turns up now and then inside a uuid, a token hash, a longer
    number or the decimals of a score, a coordinate or a timestamp's microseconds; those
    occurrences are not a stored birth date.
    """
    word = needle.lower().encode()
    start = blob.find(word)
    while start != -1:
        if word.isdigit() and _inside_number(blob, start, start + len(word)):
            start = blob.find(word, start + 1)
            continue
        left, right = start, start + len(word)
        while left > 0 and _TOKEN_BYTE.fullmatch(blob[left - 1 : left]):
            left -= 1
        while right < len(blob) and _TOKEN_BYTE.fullmatch(blob[right : right + 1]):
            right += 1
        token = blob[left:right]
        random_id = (len(token) >= 16 and len(token) > len(word) + 6) or (
            len(token) >= 8 and _HEX.fullmatch(token) and re.search(rb"[a-f]", token)
        )
        if not random_id:
            return True
        start = blob.find(word, start + 1)
    return False


def _rows(db: Path) -> list[tuple[str, tuple]]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [(t, row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]


def test_500_matches_leave_no_wishes_exact_place_or_full_postcode(tmp_path):
    data_dir = tmp_path / "var"
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir), "RATE_LIMIT": "off"})
    client = app.test_client()
    with app.app_context():
        store = services.get().store
        _, admin = store.create_token("admin")
        _, coach = store.create_token("coach")
        store.upsert_areas(
            [
                {
                    "code": "WK194800",
                    "name": "Veghel",
                    "level": "wijk",
                    "municipality": "GM1948",
                    "population": 30000,
                    "geometry": {
                        "type": "Polygon",
                        "coordinates": [
                            [[5.4, 51.5], [5.7, 51.5], [5.7, 51.7], [5.4, 51.7], [5.4, 51.5]]
                        ],
                    },
                }
            ]
        )
    for i in range(6):
        r = client.post(
            "/api/v1/activities",
            json=activity(id=f"p-{i}", name=f"Activiteit {i}"),
            headers={"Authorization": f"Bearer {admin}"},
        )
        assert r.status_code == 201
    rng = random.Random(5)
    secrets_said, places = [], []
    headers = {"Authorization": f"Bearer {coach}"}
    for n in range(500):
        word = f"geheimwens{n:03d}x"
        lat = round(51.55 + rng.random() * 0.1, 7)
        lon = round(5.45 + rng.random() * 0.2, 7)
        wishes = f"Mijn buurvrouw Truus zegt {word}; ik woon op Kerkstraat {n} en ben eenzaam."
        location = (
            {"postal_code": PC6[n % len(PC6)]}
            if n % 3 == 0
            else {"latitude": lat, "longitude": lon, "postal_code": PC6[n % len(PC6)]}
        )
        body = {
            "spider_web": {d: rng.randint(1, 9) for d in DIMENSIONS},
            "wishes": wishes,
            "location": location,
            "age": rng.randint(18, 95),
            "max_distance_km": 10,
        }
        r = client.post("/api/v1/match", json=body, headers=headers)
        assert r.status_code == 200, r.get_json()
        secrets_said.append(word)
        if n % 3:
            places.append((lat, lon))
        outcome = (
            {"no_fit": True, "reason": f"Truus vond {word} te ver weg, Kerkstraat {n}"}
            if n % 4 == 0
            else {"chosen": [r.get_json()["results"][0]["activity"]["id"]]}
            if r.get_json()["results"]
            else {"no_fit": True, "reason": "geen idee"}
        )
        out = client.post(
            f"/api/v1/match/{r.get_json()['match_id']}/outcome", json=outcome, headers=headers
        )
        assert out.status_code == 200, out.get_json()
    app.extensions["socialmap"].close()

    # every byte of every file in the data directory (store, index, WAL, anything else)
    blob = _strings_in_files(data_dir).lower()
    for word in secrets_said:
        assert word.encode() not in blob, f"wishes text stored: {word}"
    for needle in (b"truus", b"kerkstraat", b"buurvrouw"):
        assert needle not in blob
    for code in PC6:
        assert (
            code.encode().lower() not in blob and code.replace(" ", "").encode().lower() not in blob
        )
    for lat, lon in places:
        # no coordinate of a client to 3 decimals (about 100 m) or finer, as text or as a
        # float (a timestamp's ":05.637" is not a coordinate: no digit or colon before it)
        for value in (lat, lon):
            text = re.escape(f"{value:.3f}".encode())
            if re.search(rb"(?<![\d:])" + text, blob):
                assert _is_listing_coordinate(value), value
            assert struct.pack("<d", value) not in blob and struct.pack(">d", value) not in blob

    # the match log itself: exactly the coarse fields, nothing else
    rows = [row for table, row in _rows(data_dir / "socialmap.sqlite") if table == "match_log"]
    assert len(rows) == 500
    with sqlite3.connect(data_dir / "socialmap.sqlite") as conn:
        columns = [c[1] for c in conn.execute("PRAGMA table_info(match_log)")]
        assert set(columns) == {
            "id",
            "at",
            "pc4",
            "area_code",
            "municipality",
            "age_band",
            "categories",
            "requirements",
            "covered",
            "first_need_served",
            "binding",
            "results",
            "outcome",
            "outcome_at",
            "chosen",
            "no_fit_reason",
            "first_category",  # a category code
            "quarter",  # "2026-Q3"
            "chosen_first",  # category codes
        }
        for pc4, age_band, reason in conn.execute(
            "SELECT pc4, age_band, no_fit_reason FROM match_log"
        ):
            assert pc4 is None or re.fullmatch(r"\d{4}", pc4)
            assert re.fullmatch(r"\d{2}-\d{2}|\d{2}\+|<\d{2}|onbekend", age_band or "onbekend"), (
                age_band
            )
            assert reason is None or re.fullmatch(r"[a-z_]+", reason)

    # the report: no count under the threshold, and none to be derived from the others
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    with app.app_context():
        _, municipal = services.get().store.create_token("municipality", municipality="GM1948")
    report = (
        app.test_client()
        .get("/api/v1/gaps?municipality=GM1948", headers={"Authorization": f"Bearer {municipal}"})
        .get_json()
    )
    app.extensions["socialmap"].close()
    for value in _counts(report):
        assert value == 0 or value == "<5" or (isinstance(value, int) and value >= 5), value
    for group in [report, *report["areas"], *report["categories"], *report["trend"]]:
        if isinstance(group["clients"], int) and group["clients"] >= 5:
            known = [group.get("covered"), group.get("unmet")]
            assert not ("<5" in known and any(isinstance(k, int) for k in known)), group


def _is_listing_coordinate(value: float) -> bool:
    """A client's coordinate may coincide with a listing's (public) one: allow that only."""
    return abs(value - 51.617) < 0.0005 or abs(value - 5.548) < 0.0005


COUNT_KEYS = {"clients", "covered", "unmet", "match_requests", "no_fit_outcomes"}


def _counts(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in COUNT_KEYS and v is not None:
                yield v
            elif k == "chosen_activities_per_category":
                yield from v.values()
            else:
                yield from _counts(v)
    elif isinstance(node, list):
        for v in node:
            yield from _counts(v)


# -- referrals ------------------------------------------------------------------------------

NAMES = ("Truus", "Jansen", "Pietersen", "Hendrika")
BSNS = ("123456782", "111222333")
BIRTH_DATES = ("12-03-1951", "1951-03-12", "12 maart 1951")
ADDRESSES = ("Kerkstraat 12", "5461 XK", "5461XK", "truus@example.nl", "0612345678")


def test_referrals_via_json_and_fhir_store_no_direct_identifiers(tmp_path):
    """Referrals in both forms, each attempt carrying names, BSNs, birth dates and addresses
    where a sender might put them: the ones that carry them in what we keep are refused, the
    rest are kept without them. Then every byte on disk is scanned, erasure is checked and
    the counts are all that remains of an erased referral."""
    from tests.referral_data import AGB_SYSTEM, referral, service_request

    data_dir = tmp_path / "var"
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir), "RATE_LIMIT": "off"})
    client = app.test_client()
    with app.app_context():
        store = services.get().store
        store.create(activity(id="welzijn-1"), "test")  # org-a, the welfare organisation
        _, referrer = store.create_token("referrer", agb="01234567")
        _, coach = store.create_token("coach", organization_id="org-a")
    ref = {"Authorization": f"Bearer {referrer}"}
    coach_h = {"Authorization": f"Bearer {coach}"}
    kept, refused = [], 0
    for n in range(40):
        name, bsn = NAMES[n % 4], BSNS[n % 2]
        born, address = BIRTH_DATES[n % 3], ADDRESSES[n % 5]
        # refused: identifiers in the reason or as the client reference
        for bad in (
            referral(reason=f"BSN {bsn}"),
            referral(reason=f"geboren {born}"),
            referral(reason=f"woont {address}"),
            referral(client_reference=name),
            referral(client_reference=bsn),
            referral(name=f"{name} de Vries"),
        ):
            assert client.post("/api/v1/referrals", json=bad, headers=ref).status_code == 422
            refused += 1
        for bad in (
            service_request(
                subject={"display": f"{name} de Vries", "identifier": {"value": f"ZD-{n:04d}"}}
            ),
            service_request(
                subject={
                    "identifier": {"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": bsn}
                }
            ),
            service_request(
                contained=[
                    {
                        "resourceType": "Patient",
                        "id": "p",
                        "name": [{"family": name}],
                        "birthDate": "1951-03-12",
                        "address": [{"line": [address]}],
                    }
                ]
            ),
            service_request(note=[{"text": f"{name} {born}, {address}"}]),
        ):
            r = client.post(
                "/fhir/ServiceRequest",
                json=bad,
                headers={**ref, "Content-Type": "application/fhir+json"},
            )
            assert r.status_code in (400, 422), r.get_json()
            refused += 1
        # accepted: what is kept has no identifier; what has one is not kept
        r = client.post(
            "/api/v1/referrals", json=referral(client_reference=f"ZD-{n:04d}"), headers=ref
        )
        assert r.status_code == 201, r.get_json()
        kept.append(r.get_json()["id"])
        resource = service_request(
            subject={"identifier": {"value": f"VIP-{n:04d}"}, "type": "Patient"},
            requester={
                "identifier": {"system": AGB_SYSTEM, "value": "01234567"},
                "display": f"Huisarts {name}",
            },
            patientInstruction=f"{name} {born} {address} BSN {bsn}",
            orderDetail=[{"text": f"{name} woont {address}"}],
        )
        r = client.post(
            "/fhir/ServiceRequest",
            json=resource,
            headers={**ref, "Content-Type": "application/fhir+json"},
        )
        assert r.status_code == 201, r.get_json()
        kept.append(r.get_json()["id"])
    # erasure on request: half of them, by the coach
    for referral_id in kept[::2]:
        assert client.delete(f"/api/v1/referrals/{referral_id}", headers=coach_h).status_code == 204
    with app.app_context():
        counts = services.get().referrals.counts()
    assert sum(c["count"] for c in counts) == len(kept) == 80
    assert client.get("/api/v1/referrals", headers=coach_h).get_json()["total"] == 40
    app.extensions["socialmap"].close()

    blob = _strings_in_files(data_dir).lower()
    for needle in (*NAMES, *BSNS, *BIRTH_DATES, *ADDRESSES, "1951", "de vries"):
        assert not _stored(needle, blob), f"stored: {needle}"
    for n in range(40):  # the erased ones (the JSON referrals): no byte left on disk
        assert f"zd-{n:04d}".encode() not in blob
        assert f"vip-{n:04d}".encode() in blob
    for referral_id in kept[::2]:  # erased: not even the id is left in the tables
        rows = [row for _, row in _rows(data_dir / "socialmap.sqlite")]
        assert not any(referral_id in map(str, row) for row in rows)
    with sqlite3.connect(data_dir / "socialmap.sqlite") as conn:
        columns = {c[1] for c in conn.execute("PRAGMA table_info(referrals)")}
        assert columns == {
            "id",
            "client_reference",
            "icpc_code",
            "referrer_type",
            "referrer_agb",
            "organization_id",
            "municipality",
            "referral_date",
            "consent_date",
            "reason",
            "source",
            "created_at",
        }
        count_columns = {c[1] for c in conn.execute("PRAGMA table_info(referral_counts)")}
        assert count_columns == {"quarter", "municipality", "referrer_type", "icpc_code", "count"}


# -- trajectories and letters -------------------------------------------------------------

SCORES = dict.fromkeys(DIMENSIONS, 5)


def test_trajectories_and_letters_hold_no_identifiers_and_erasure_leaves_counts(tmp_path):
    """Trajectories through every step, with the identifiers a coach might try to type in
    (every such field is refused: a trajectory has no free text); the letters to the GP name
    the client by the sender's reference only; erasure and retention leave no byte of an
    erased trajectory on disk, and the monitoring report no small or derivable cell."""
    from tests.referral_data import referral

    data_dir = tmp_path / "var"
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir), "RATE_LIMIT": "off"})
    client = app.test_client()
    with app.app_context():
        store = services.get().store
        store.create(activity(id="welzijn-1"), "test")
        services.get().backend.index([store.get("welzijn-1").public()])
        _, referrer = store.create_token("referrer", agb="01234567")
        _, coach = store.create_token("coach", organization_id="org-a")
        _, municipal = store.create_token("municipality", municipality="GM1948")
    ref = {"Authorization": f"Bearer {referrer}"}
    coach_h = {"Authorization": f"Bearer {coach}"}
    made = []
    for n in range(12):
        name, born, address = NAMES[n % 4], BIRTH_DATES[n % 3], ADDRESSES[n % 5]
        r = client.post(
            "/api/v1/referrals",
            json=referral(client_reference=f"TR-{n:04d}", municipality="GM1948"),
            headers=ref,
        )
        rid = r.get_json()["id"]
        for bad in (  # no free text anywhere in a trajectory: identifiers have no place to go
            {"referral_id": rid, "name": name},
            {"referral_id": rid, "notes": f"{name}, {address}"},
            {"referral_id": rid, "birth_date": born},
        ):
            assert client.post("/api/v1/trajectories", json=bad, headers=coach_h).status_code == 422
        t = client.post(
            "/api/v1/trajectories", json={"referral_id": rid, "intake": SCORES}, headers=coach_h
        ).get_json()
        base = f"/api/v1/trajectories/{t['id']}"
        for bad in (
            {"minutes": 30, "kind": "phone", "notes": f"sprak {name} op {address}"},
            {"minutes": 30, "kind": f"{name}"},
        ):
            assert (
                client.post(f"{base}/conversations", json=bad, headers=coach_h).status_code == 422
            )
        for kind in ("phone", "visit"):
            r = client.post(
                f"{base}/conversations", json={"minutes": 40, "kind": kind}, headers=coach_h
            )
            assert r.status_code == 201
        chosen = client.post(
            f"{base}/activities", json={"activity_id": "welzijn-1"}, headers=coach_h
        ).get_json()["activities"][0]["id"]
        bad = {"month": 3, "result": "stopped", "reason": "other", "note": f"{name} is ziek"}
        path = f"{base}/activities/{chosen}/checkins"
        assert client.post(path, json=bad, headers=coach_h).status_code == 422
        assert (
            client.post(path, json={"month": 3, "result": "participating"}, headers=coach_h)
        ).status_code == 201
        closed = client.post(
            f"{base}/close", json={"reason": "goal_reached", "spider_web": SCORES}, headers=coach_h
        )
        assert closed.status_code == 200
        made.append((rid, t["id"]))

    # the letters: the sender's reference, never more (the service has nothing more)
    for rid, _ in made[:3]:
        letters = client.get(f"/api/v1/referrals/{rid}/letters", headers=ref).get_json()["items"]
        assert [x["step"] for x in letters] == [
            "contact",
            "activity_chosen",
            "participating_3m",
            "closed",
        ]
        for x in letters:
            text = client.get(x["html"], headers=ref).get_data(as_text=True).lower()
            assert "tr-" in text
            for needle in (*NAMES, *BSNS, *BIRTH_DATES, *ADDRESSES, "geboren", "bsn"):
                assert needle.lower() not in text, needle
            pdf = client.get(x["pdf"], headers=ref)
            assert pdf.mimetype == "application/pdf" and pdf.data.startswith(b"%PDF-")

    before = client.get(
        "/api/v1/monitoring?municipality=GM1948", headers={"Authorization": f"Bearer {municipal}"}
    ).get_json()
    # erasure on request (half) and retention (the rest, closed: all of them gone)
    for _rid, tid in made[::2]:
        assert client.delete(f"/api/v1/trajectories/{tid}", headers=coach_h).status_code == 204
    app.config["RETENTION_MONTHS"] = 1
    from api import retention

    with app.app_context():
        erased = retention.run(services.get(), today=date.today() + timedelta(days=62))
    assert erased.trajectories == len(made[1::2])
    after = client.get(
        "/api/v1/monitoring?municipality=GM1948", headers={"Authorization": f"Bearer {municipal}"}
    ).get_json()
    assert after == before  # the anonymous counts outlive the trajectories
    assert after["throughput"]["conversations"] == 24 and after["outflow"]["participants"] == 12
    _no_small_or_derivable_cell(after)
    app.extensions["socialmap"].close()

    blob = _strings_in_files(data_dir).lower()
    for needle in (*NAMES, *BSNS, *BIRTH_DATES, *ADDRESSES, "1951", "de vries"):
        assert not _stored(needle, blob), f"stored: {needle}"
    for n in range(12):
        assert f"tr-{n:04d}".encode() not in blob
    rows = [row for _, row in _rows(data_dir / "socialmap.sqlite")]
    for rid, tid in made:
        assert not any(rid in map(str, row) or tid in map(str, row) for row in rows)
    with sqlite3.connect(data_dir / "socialmap.sqlite") as conn:
        for table in ("trajectories", "trajectory_conversations", "trajectory_activities"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
        columns = {c[1] for c in conn.execute("PRAGMA table_info(monitoring_counts)")}
        assert columns == {"quarter", "municipality", "metric", "key", "count", "total"}
        keys = {r[0] for r in conn.execute("SELECT key FROM monitoring_counts")}
        assert all(re.fullmatch(r"[a-z_]*", k) for k in keys), keys  # codes only


def _no_small_or_derivable_cell(report: dict) -> None:
    for section in ("inflow", "throughput", "outflow"):
        for name, value in report[section].items():
            if isinstance(value, list):
                counts = [c["count"] for c in value]
                assert all(c is None or c == "<5" or c >= 5 for c in counts), (name, counts)
                assert sum(1 for c in counts if not isinstance(c, int)) != 1, (name, counts)
            elif isinstance(value, int) and not name.startswith("conversation_minutes"):
                assert value == 0 or value >= 5, (name, value)
