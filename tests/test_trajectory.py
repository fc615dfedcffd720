"""The trajectory's domain, without Flask: the ICPC list, working days, identifiers in free
text, and the Task status workflow."""

import json
from datetime import date

import pytest

from trajectory import icpc
from trajectory.identifiers import client_reference_problem, identifiers_in
from trajectory.referrals import (
    ACTIONS,
    STATUSES,
    TransitionRefused,
    business_status,
    deadline,
    next_status,
    quarter,
)
from trajectory.workdays import contact_deadline, easter, public_holidays


def test_the_icpc_list_is_the_p_and_z_chapters_with_dutch_labels():
    codes = icpc.codes()
    assert {c[0] for c in codes} == {"P", "Z"}
    p = sorted(c for c in codes if c.startswith("P"))
    assert p[0] == "P01" and "P29" in p and "P70" in p and p[-1] == "P99"
    assert all(1 <= int(c[1:]) <= 29 or 70 <= int(c[1:]) <= 99 for c in p)
    z = sorted(c for c in codes if c.startswith("Z"))
    assert z[0] == "Z01" and z[-1] == "Z29"
    assert codes["P03"].label == "Down, somber of depressief gevoel"
    assert codes["Z15"].label == "Verlies of overlijden van de partner"
    assert all(c.label and c.kind in ("symptom", "diagnosis", "social") for c in codes.values())
    assert icpc.lookup(" p76 ").code == "P76"
    assert icpc.lookup("K86") is None and icpc.lookup("P30") is None


def test_the_icpc_file_names_both_fhir_systems():
    doc = json.loads(icpc.ICPC_FILE.read_text(encoding="utf-8"))
    assert doc["systems"] == [icpc.ICPC_SYSTEM, icpc.ICPC_NL_SYSTEM]
    assert len({c["code"] for c in doc["codes"]}) == len(doc["codes"])


@pytest.mark.parametrize(
    ("year", "easter_sunday"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter(year, easter_sunday):
    assert easter(year) == easter_sunday


def test_dutch_public_holidays_of_2026():
    assert public_holidays(2026) == {
        date(2026, 1, 1),
        date(2026, 4, 6),  # Tweede Paasdag
        date(2026, 4, 27),  # Koningsdag
        date(2026, 5, 14),  # Hemelvaartsdag
        date(2026, 5, 25),  # Tweede Pinksterdag
        date(2026, 12, 25),
        date(2026, 12, 26),
    }
    assert date(2025, 4, 26) in public_holidays(2025)  # 27 April 2025 is a Sunday


@pytest.mark.parametrize(
    ("referred", "due"),
    [
        (date(2026, 11, 23), date(2026, 11, 30)),  # Monday -> next Monday
        (date(2026, 11, 27), date(2026, 12, 4)),  # Friday -> next Friday
        (date(2026, 11, 28), date(2026, 12, 4)),  # Saturday: counting starts on Monday
        (date(2026, 11, 29), date(2026, 12, 4)),  # Sunday
        (date(2026, 12, 21), date(2026, 12, 29)),  # over Christmas
        (date(2026, 5, 11), date(2026, 5, 19)),  # over Hemelvaartsdag
        (date(2026, 4, 24), date(2026, 5, 4)),  # Koningsdag (Monday 27 April)
    ],
)
def test_the_contact_deadline_is_five_working_days(referred, due):
    assert contact_deadline(referred) == due


def test_overdue_only_while_waiting_for_the_first_contact():
    referred, today = date(2026, 11, 2), date(2026, 11, 20)
    assert deadline(referred, "requested", None, today).overdue
    assert deadline(referred, "accepted", None, today).overdue
    assert not deadline(referred, "rejected", None, today).overdue
    assert not deadline(referred, "cancelled", None, today).overdue
    late = deadline(referred, "in-progress", date(2026, 11, 12), today)
    assert not late.overdue and late.met is False
    on_time = deadline(referred, "in-progress", date(2026, 11, 9), today)
    assert on_time.met is True and on_time.due == date(2026, 11, 9)
    assert not deadline(referred, "requested", None, date(2026, 11, 9)).overdue


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Somber sinds het overlijden van haar partner, weinig contacten.", []),
        ("Klachten sinds maart 2026, 2 keer per week moe; 5 jaar weduwe.", []),
        ("In 2020 is zij verhuisd; sinds 2021 alleen.", []),
        ("BSN 123456782", ["bsn"]),
        ("bsn: 1234.56.782", ["bsn"]),
        ("geboren 01-02-1950", ["birth_date"]),
        ("gb 1950-02-01", ["birth_date"]),
        ("1 februari 1950 geboren", ["birth_date"]),
        ("geb. 010250", ["birth_date"]),
        ("mail j.jansen@example.nl", ["email"]),
        ("bel 06-12345678", ["phone"]),
        ("bel +31 6 1234 5678", ["phone"]),
        ("tel 010 123 45 67", ["phone"]),
        ("woont op 5461 AB 12", ["address"]),
        ("postcode 5461ab", ["address"]),
        ("Kerkstraat 12a", ["address"]),
        ("woont Dorpsplein 3 in Erp", ["address"]),
    ],
)
def test_identifiers_in_free_text(text, kinds):
    assert identifiers_in(text) == kinds


def test_nine_digits_that_fail_the_eleven_test_are_no_bsn():
    assert "bsn" not in identifiers_in("ordernummer 123456789")


@pytest.mark.parametrize(
    ("value", "fine"),
    [
        ("ZD-7F3K2", True),
        ("VIP-20261124-0042", True),
        ("A1B2", True),
        ("Jansen", False),  # a name: no digit
        ("Truus-de-Vries", False),
        ("ZD", False),  # too short
        ("ZD 7F3K2", False),  # a space
        ("123456782", False),  # a BSN
        ("01-02-1950", False),  # a birth date
        ("5461AB-12", False),  # postal code with house number
        ("x" * 41, False),
    ],
)
def test_client_reference(value, fine):
    assert (client_reference_problem(value) is None) is fine


WORKFLOW = {
    "receive": {"requested": "received"},
    "accept": {"requested": "accepted", "received": "accepted"},
    "reject": {"requested": "rejected", "received": "rejected", "accepted": "rejected"},
    "contact": {"requested": "in-progress", "received": "in-progress", "accepted": "in-progress"},
    "complete": {"in-progress": "completed"},
    "cancel": {s: "cancelled" for s in ("requested", "received", "accepted", "in-progress")},
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("status", list(STATUSES))
def test_every_action_from_every_status(action, status):
    expected = WORKFLOW[action].get(status)
    if expected is None:
        with pytest.raises(TransitionRefused, match=STATUSES[status]):
            next_status(status, action)
    else:
        assert next_status(status, action) == expected


def test_business_status_is_dutch_and_says_why():
    assert business_status("rejected", "outside_area") == "Afgewezen: Buiten het werkgebied"
    assert "24-11-2026" in business_status("in-progress", first_contact=date(2026, 11, 24))
    assert business_status("cancelled") == "Ingetrokken door de verwijzer"


def test_quarter():
    assert quarter(date(2026, 1, 1)) == "2026-Q1"
    assert quarter(date(2026, 9, 30)) == "2026-Q3"
    assert quarter(date(2026, 12, 31)) == "2026-Q4"
