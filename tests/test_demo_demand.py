"""``socialmap demo`` fills the match log with fictional intakes run through the matcher:
the designed holes of the demo map become visible gaps; deterministic, once, anonymous."""

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, select

from api import create_app, demo_demand, services
from api.cli import cli
from api.store import match_log
from matcher.monitoring import AGE_BANDS, NO_FIT_REASONS
from matcher.paths import DATA_DIR

NOW = datetime(2026, 11, 23, 12, 0)


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory):
    """One app with the demo loaded by the command (its map, areas and demand)."""
    if not (DATA_DIR / "demo" / "meierijstad.json").is_file():
        pytest.skip("the demo map is not there")
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path_factory.mktemp("demo-var"))})
    result = app.test_cli_runner().invoke(cli, ["demo"])
    assert result.exit_code == 0, result.output
    app.demo_output = result.output
    yield app
    app.extensions["socialmap"].close()


def log_rows(app) -> list[dict]:
    with app.app_context():
        with services.get().store.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(match_log))]


def report(app, query: str = "") -> dict:
    with app.app_context():
        _, secret = services.get().store.create_token("municipality", municipality="GM1948")
    r = app.test_client().get(
        f"/api/v1/gaps?municipality=GM1948{query}", headers={"Authorization": f"Bearer {secret}"}
    )
    assert r.status_code == 200, r.json
    return r.json


def gap(body: dict, area: str, category: str, constraint: str) -> dict | None:
    return next(
        (
            g
            for g in body["gaps"]
            if g["area"]["name"] == area
            and g["category"] == category
            and constraint in g["constraints"]
        ),
        None,
    )


def test_demo_logs_fictional_intakes_once(demo_app):
    out = demo_app.demo_output
    assert re.search(rf"logged {demo_demand.INTAKES} fictional demo intakes", out), out
    rows = log_rows(demo_app)
    assert len(rows) == demo_demand.INTAKES
    # a second run loads nothing and logs nothing
    again = demo_app.test_cli_runner().invoke(cli, ["demo"])
    assert again.exit_code == 0 and "nothing loaded" in again.output
    assert "intakes" not in again.output
    assert len(log_rows(demo_app)) == demo_demand.INTAKES


def test_the_designed_holes_are_visible_gaps(demo_app):
    body = report(demo_app)
    assert body["clients"] == demo_demand.INTAKES
    assert 0.70 <= body["coverage"] <= 0.85  # realistic: below the 80/20 target, not absurd
    erp = gap(body, "Erp", "sport_movement", "wheelchair")
    schijndel = gap(body, "Schijndel", "cooking_food", "free")
    rooi = gap(body, "Sint-Oedenrode", "sport_movement", "part_of_day")
    for found in (erp, schijndel, rooi):
        assert found is not None, body["gaps"]
        assert found["unmet"] >= 10  # well above the small-cell threshold of 5
    # the three designed holes are the three largest gaps
    top3 = {(g["area"]["name"], g["category"]) for g in body["gaps"][:3]}
    assert top3 == {
        ("Erp", "sport_movement"),
        ("Schijndel", "cooking_food"),
        ("Sint-Oedenrode", "sport_movement"),
    }
    # nearest listings that would have fitted but for the wheelchair
    assert all("rolstoel" in x["lacks"] for x in erp["closing"]["nearest_that_would_fit_but"])
    assert body["suppressed_cells"] > 0  # the small cells are there, and hidden


def test_demand_is_spread_over_four_quarters(demo_app):
    body = report(demo_app)
    quarters = [t for t in body["trend"]]
    assert len(quarters) == 4
    assert all(isinstance(t["clients"], int) and t["clients"] >= 60 for t in quarters)
    assert all(0.6 <= t["coverage"] <= 0.95 for t in quarters)
    # outcomes as coaches record them: most served clients chose something, a few no-fits
    rows = log_rows(demo_app)
    chosen = sum(1 for r in rows if r["outcome"] == "chosen")
    no_fit = sum(1 for r in rows if r["outcome"] == "no_fit")
    assert chosen > 0.5 * len(rows)
    assert 0 < no_fit < 0.15 * len(rows)
    # a period filter sees only its part
    first = body["trend"][0]["quarter"]
    year, q = int(first[:4]), int(first[-1])
    start = f"{year}-{3 * q - 2:02d}-01"
    part = report(demo_app, f"&from={start}&to={start[:5]}{3 * q:02d}-28")
    assert 0 < part["clients"] < body["clients"]


def test_the_log_is_anonymous(demo_app):
    rows = log_rows(demo_app)
    wishes = {w for p in demo_demand.PERSONAS for w in p.wishes if w}
    texts = set(demo_demand.NO_FIT_TEXT.values()) | {demo_demand.INTEREST}
    bands = {label for _, _, label in AGE_BANDS}
    for r in rows:
        stored = " ".join(str(v) for v in r.values())
        assert not any(w in stored for w in wishes | texts)
        assert re.fullmatch(r"\d{4}", r["pc4"])
        assert r["age_band"] in bands
        assert r["no_fit_reason"] in (None, *NO_FIT_REASONS, "other")
        assert r["municipality"] == "GM1948" and r["area_code"].startswith("WK1948")
        assert r["at"] <= datetime.now(UTC).replace(tzinfo=None)
    assert len({r["id"] for r in rows}) == len(rows)


def test_the_demand_is_deterministic_and_fast(demo_app):
    def regenerate():
        with demo_app.app_context():
            store = services.get().store
            with store.engine.begin() as conn:
                conn.execute(delete(match_log))
            assert demo_demand.log_is_empty()
            made = demo_demand.generate(now=NOW)
            assert not demo_demand.log_is_empty()
        return made, sorted(log_rows(demo_app), key=lambda r: r["id"])

    first, rows1 = regenerate()
    second, rows2 = regenerate()
    assert rows1 == rows2
    assert {k: v for k, v in first.items() if k != "seconds"} == {
        k: v for k, v in second.items() if k != "seconds"
    }
    assert first["intakes"] == demo_demand.INTAKES
    assert first["seconds"] < 30  # a few seconds on a laptop
    # the quarters of 2026 up to NOW, growing
    per_quarter = [sum(1 for r in rows1 if (r["at"].month - 1) // 3 == q) for q in range(4)]
    assert per_quarter == [
        round(demo_demand.INTAKES * s) for s in demo_demand.QUARTER_SHARES[:3]
    ] + [
        demo_demand.INTAKES
        - sum(round(demo_demand.INTAKES * s) for s in demo_demand.QUARTER_SHARES[:3])
    ]


def test_quarter_windows():
    windows = demo_demand.quarter_windows(datetime(2026, 11, 23, 12))
    assert [w[0] for w in windows] == [datetime(2026, m, 1) for m in (1, 4, 7, 10)]
    assert windows[-1][1] == datetime(2026, 11, 23, 12)
    # a quarter that has just begun: the four complete quarters before it
    windows = demo_demand.quarter_windows(datetime(2026, 10, 5, 9))
    assert windows[0][0] == datetime(2025, 10, 1)
    assert windows[-1] == (datetime(2026, 7, 1), datetime(2026, 10, 1))


def test_the_report_breaks_coverage_down_per_wijk_and_category(demo_app):
    body = report(demo_app)
    areas = {a["area"]["name"]: a for a in body["areas"]}
    assert set(areas) == {"Erp", "Schijndel", "Sint-Oedenrode", "Veghel"}
    assert sum(a["clients"] for a in areas.values()) == body["clients"]
    # the wijken with designed holes fall below the target, Veghel does not
    for name in ("Erp", "Sint-Oedenrode"):
        assert areas[name]["coverage"] < 0.8
    assert areas["Veghel"]["coverage"] >= 0.8
    assert areas["Erp"]["coverage"] < areas["Schijndel"]["coverage"]
    sport = next(c for c in body["categories"] if c["category"] == "sport_movement")
    assert sport["category_label"] == "Bewegen en sporten"
    assert sport["unmet"] >= 20 and sport["coverage"] < 0.8
    # small counts are hidden, never given as a number under 5
    for row in [*body["areas"], *body["categories"]]:
        for key in ("clients", "covered", "unmet"):
            v = row[key]
            assert v is None or v == "<5" or (isinstance(v, int) and (v >= 5 or v == 0))


def test_demo_trajectories_fill_every_monitoring_cell(demo_app):
    """The monitoring page of Meierijstad shows every indicator of the last four quarters
    with nothing hidden; the newest referrals wait for the coach."""
    assert "fictional demo referrals" in demo_app.demo_output
    with demo_app.app_context():
        store = services.get().store
        _, secret = store.create_token("municipality", municipality="GM1948")
        waiting, _ = services.get().referrals.find(statuses=["requested"])
    assert len(waiting) == 5 and all(r["client_reference"].startswith("DEMO-") for r in waiting)
    client = demo_app.test_client()
    headers = {"Authorization": f"Bearer {secret}"}
    now = datetime.now(UTC).replace(tzinfo=None)
    for start, _ in demo_demand.quarter_windows(now):
        quarter = f"{start.year}Q{(start.month - 1) // 3 + 1}"
        r = client.get(f"/api/v1/monitoring?municipality=GM1948&quarter={quarter}", headers=headers)
        body = r.get_json()
        assert body["suppressed_cells"] == 0, (quarter, body)
        assert body["inflow"]["referrals"] >= 50
        assert body["throughput"]["conversations"] >= 100
        assert all(d["mean_change"] is not None for d in body["spider_web_change"]), quarter
