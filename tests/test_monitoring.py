"""GET /api/v1/monitoring and its small-cell suppression (trajectory/monitoring.py)."""

from datetime import date

import pytest

from tests.referral_data import referral, referral_callers
from trajectory.monitoring import Suppressor, build_report
from trajectory.trajectories import quarter_of

M = "/api/v1/monitoring?municipality=GM1948"


def test_one_small_cell_takes_the_next_smallest_with_it():
    hide = Suppressor(5)
    out = hide.breakdown({"huisarts": 20, "poh_ggz": 3, "poh_somatiek": 7, "other": 9})
    assert out == {"huisarts": 20, "poh_ggz": "<5", "poh_somatiek": None, "other": 9}
    assert hide.hidden == 2
    two = Suppressor(5).breakdown({"a": 2, "b": 3, "c": 10})
    assert two == {"a": "<5", "b": "<5", "c": 10}  # two hidden: neither can be told
    assert Suppressor(5).breakdown({"a": 6, "b": 5}) == {"a": 6, "b": 5}


def test_no_small_cell_can_be_derived_from_the_total():
    rows = [
        {"quarter": "2026-Q3", "referrer_type": t, "icpc_code": c, "count": n}
        for t, c, n in [("huisarts", "P03", 12), ("poh_ggz", "Z12", 2), ("poh_ggz", "P03", 6)]
    ]
    report = build_report("GM1948", "2026-Q3", ["2026-Q3"], rows, [], {})
    inflow = report["inflow"]
    assert inflow["referrals"] == 20
    by_icpc = {c["code"]: c["count"] for c in inflow["by_icpc"]}
    # 20 - 18 would tell the 2: the other cell goes too
    assert by_icpc == {"P03": None, "Z12": "<5"}
    by_type = {c["code"]: c["count"] for c in inflow["by_referrer_type"]}
    assert by_type == {"huisarts": 12, "poh_ggz": 8}


def test_a_quarter_under_five_hides_its_breakdown():
    rows = [{"quarter": "2026-Q1", "referrer_type": "huisarts", "icpc_code": "P03", "count": 3}]
    report = build_report("GM1948", "2026-Q1", ["2026-Q1"], rows, [], {})
    assert report["inflow"]["referrals"] == "<5"
    assert [c["count"] for c in report["inflow"]["by_icpc"]] == [None]
    assert report["suppressed_cells"] >= 2


@pytest.fixture
def who(app, client, tokens):
    return referral_callers(app, client, tokens)


def test_a_municipality_sees_its_own_and_admin_any(client, who, app):
    for i in range(6):
        r = client.post(
            "/api/v1/referrals",
            json=referral(municipality="GM1948", client_reference=f"M-{i:04d}"),
            headers=who["referrer"],
        )
        assert r.status_code == 201
    mine = client.get(M, headers=who["municipality"])
    assert mine.status_code == 200, mine.get_json()
    report = mine.get_json()
    assert report["quarter"] == quarter_of(date.today())
    assert report["inflow"]["referrals"] == 6
    assert report["inflow"]["by_icpc"] == [
        {"code": "P03", "label": "Down, somber of depressief gevoel", "count": 6}
    ]
    assert report["trend"][-1]["referrals"] == 6 and len(report["trend"]) == 4
    other = client.get("/api/v1/monitoring?municipality=GM0080", headers=who["municipality"])
    assert other.status_code == 403
    assert (
        client.get("/api/v1/monitoring?municipality=GM0080", headers=who["admin"]).status_code
        == 200
    )
    assert client.get(M, headers=who["coach_a"]).status_code == 403
    bad = client.get(M + "&quarter=2026Q5", headers=who["admin"])
    assert bad.status_code == 422 and "quarter" in bad.get_json()["errors"]["query"]
    q = quarter_of(date.today()).replace("-", "")
    assert client.get(f"{M}&quarter={q}", headers=who["admin"]).get_json() == report


def test_csv_by_format_or_accept(client, who):
    csv_ = client.get(M + "&format=csv", headers=who["municipality"])
    assert csv_.mimetype == "text/csv"
    assert csv_.get_data(as_text=True).startswith(
        "municipality,quarter,section,indicator,code,label,value"
    )
    assert "attachment; filename=monitoring-GM1948-" in csv_.headers["Content-Disposition"]
    accepted = client.get(M, headers={**who["municipality"], "Accept": "text/csv"})
    assert accepted.mimetype == "text/csv" and accepted.data == csv_.data
