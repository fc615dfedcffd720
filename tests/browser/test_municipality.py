"""The municipality page: coverage against the 80% target, the designed gaps of the demo
(fictional demand logged by ``socialmap demo``) in the table, on the map and in the CSV.

The demo server is shared with the other browser tests (the coach tests log matches too),
so these tests assert the designed gaps and relations, never exact totals.
"""

import csv
import re

from playwright.sync_api import expect

from tests.browser.conftest import demo_sign_in, password_sign_in, shot


def open_report(page, demo_server, query: str = "") -> None:
    demo_sign_in(page, demo_server.url + "/gemeente" + query)
    expect(page.locator("#coverage-text")).to_contain_text("van de cliënten vond iets passends")


def intakes(page) -> int:
    text = page.locator("#coverage-detail").inner_text()
    return int(re.match(r"([\d.]+) intakes", text).group(1).replace(".", ""))


def erp_wheelchair_sport(page):
    return (
        page.locator("#gaps-table tbody tr")
        .filter(has=page.get_by_role("rowheader", name="Erp", exact=True))
        .filter(has_text="Bewegen en sporten")
        .filter(has_text="rolstoeltoegankelijk")
    )


def test_a_municipality_user_sees_the_designed_gap(page, demo_server):
    open_report(page, demo_server)
    headline = page.locator("#coverage-text")
    expect(headline).to_have_text(
        re.compile(r"^\d+% van de cliënten vond iets passends — doel 80%$")
    )
    expect(page.locator("#who")).to_contain_text("gemeente · GM1948")
    expect(page.locator("#demo-note")).to_contain_text("verzonnen")  # clearly fictional

    # the table: Erp, movement, wheelchair, with a count above the small-cell threshold
    row = erp_wheelchair_sport(page)
    expect(row).to_have_count(1)
    assert int(row.locator("td.num").inner_text()) >= 5
    expect(row).to_contain_text("niet rolstoeltoegankelijk")  # the nearest near-miss
    expect(
        page.locator("#gaps-table tbody tr")
        .filter(has=page.get_by_role("rowheader", name="Schijndel", exact=True))
        .filter(has_text="Koken en eten")
    ).to_contain_text("gratis")
    # largest first
    counts = [int(x) for x in page.locator("#gaps-table tbody td.num").all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
    expect(page.locator("#gaps-hidden")).to_contain_text("Minder dan 5 cliënten: niet getoond")

    # the map: the four wijken, Erp coloured below the target and labelled with its share
    areas = page.locator("#map path.area")
    expect(areas).to_have_count(4)
    erp_label = page.locator(".area-label").filter(has_text="Erp")
    expect(erp_label).to_have_text(re.compile(r"Erp\s*\d+%"))
    erp_share = int(re.search(r"(\d+)%", erp_label.inner_text()).group(1))
    assert erp_share < 80
    expect(page.locator("#map path.area-b0, #map path.area-b1")).not_to_have_count(0)
    # the same numbers as a table for screen readers
    erp_row = page.locator("#areas-table tbody tr").filter(
        has=page.get_by_role("rowheader", name="Erp")
    )
    expect(erp_row.locator("td").last).to_have_text(f"{erp_share}%")
    # the legend explains every colour in words
    expect(page.locator("#legend")).to_contain_text("onder het doel")
    expect(page.locator("#legend")).to_contain_text("te weinig intakes")
    # a click on a wijk opens its numbers
    page.locator("#map path.area").first.click(force=True)
    expect(page.locator(".leaflet-popup-content")).to_contain_text("intakes")

    # charts with an accessible name and a table behind them
    expect(page.locator("#categories-chart")).to_have_attribute(
        "aria-label", re.compile("Bewegen en sporten")
    )
    expect(page.locator("#trend-chart")).to_have_attribute("aria-label", re.compile("doel van 80%"))
    page.get_by_text("Toon als tabel").last.click()
    expect(page.locator("#trend-table tbody tr")).to_have_count(4)
    shot(page, "municipality-report")


def test_downloads_the_csv_with_the_gap(page, demo_server, tmp_path):
    open_report(page, demo_server)
    with page.expect_download() as d:
        page.get_by_role("button", name="Download CSV").click()
    download = d.value
    assert download.suggested_filename == "dekking-GM1948-alles.csv"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    erp = [
        r
        for r in rows
        if r["area_code"] == "WK194801"
        and r["category"] == "sport_movement"
        and "wheelchair" in r["constraints"].split(";")
    ]
    assert len(erp) == 1 and int(erp[0]["unmet"]) >= 5


def test_the_period_filter_changes_the_numbers(page, demo_server):
    open_report(page, demo_server)
    everything = intakes(page)
    options = page.locator("#quarter option")
    expect(options).to_have_count(5)  # the whole period and four quarters
    first_quarter = options.nth(1).get_attribute("value")
    page.locator("#quarter").select_option(first_quarter)
    expect(page.locator("#coverage-detail")).to_contain_text("tot en met")
    part = intakes(page)
    assert 0 < part < everything
    assert re.search(r"from=\d{4}-\d{2}-01", page.url)
    expect(page.locator("#trend-table tbody tr")).to_have_count(1)
    shot(page, "municipality-quarter")

    # typed dates: an empty period says so, and the CSV is named after the period
    page.get_by_label("Van", exact=True).fill("2020-01-01")
    page.get_by_label("Tot en met", exact=True).fill("2020-12-31")
    page.get_by_role("button", name="Toon rapport").click()
    expect(page.locator("#coverage-text")).to_contain_text("Te weinig intakes")
    expect(page.locator("#gaps-table tbody")).to_contain_text("Geen tekorten")
    with page.expect_download() as d:
        page.get_by_role("button", name="Download CSV").click()
    assert d.value.suggested_filename == "dekking-GM1948-2020-01-01-tot-2020-12-31.csv"

    # an impossible period: the server's message next to the field, in Dutch
    page.get_by_label("Van", exact=True).fill("2026-06-01")
    page.get_by_label("Tot en met", exact=True).fill("2026-01-01")
    page.get_by_role("button", name="Toon rapport").click()
    expect(page.get_by_role("alert")).to_contain_text("Niet alle velden")

    # back to everything
    page.get_by_label("Van", exact=True).fill("")
    page.get_by_label("Tot en met", exact=True).fill("")
    page.get_by_role("button", name="Toon rapport").click()
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(page.locator("#coverage-detail")).to_contain_text(f"{everything} intakes")


def test_the_map_works_offline_without_tiles(blocked_tiles, demo_server):
    page = blocked_tiles
    open_report(page, demo_server)
    expect(page.locator("#map path.area")).to_have_count(4)
    assert page.locator(".leaflet-tile").count() == 0
    fills = page.locator("#map path.area").evaluate_all("ps => ps.map(p => p.getAttribute('fill'))")
    assert len(set(fills)) >= 2  # coloured by coverage, not all alike
    assert all(f and f.startswith("#") for f in fills)
    page.locator("#map").scroll_into_view_if_needed()
    path = shot(page, "municipality-map-offline", full_page=False)
    assert path.exists()


def test_the_page_works_on_a_tablet_by_keyboard(tablet_page, demo_server):
    page = tablet_page
    open_report(page, demo_server)
    expect(erp_wheelchair_sport(page)).to_have_count(1)
    expect(page.locator("#map path.area")).to_have_count(4)
    # nothing sticks out sideways at 820 px (wide tables scroll inside their box)
    assert page.evaluate("document.documentElement.scrollWidth") <= 820
    # keyboard: from the period fields to the download button, and download with Enter
    page.get_by_label("Tot en met", exact=True).focus()
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "download":
            break
    assert page.evaluate("document.activeElement.id") == "download"
    with page.expect_download() as d:
        page.keyboard.press("Enter")
    assert d.value.suggested_filename.startswith("dekking-GM1948")
    shot(page, "municipality-tablet")


def test_an_admin_picks_the_municipality(page, demo_server):
    password_sign_in(page, demo_server, demo_server.admin_email, path="/gemeente")
    code = page.get_by_label("Gemeentecode")
    expect(code).to_have_value("GM1948")
    expect(page.locator("#coverage-text")).to_contain_text("doel 80%")
    code.fill("GM0001")  # no demand there
    page.get_by_role("button", name="Toon rapport").click()
    expect(page.locator("#coverage-text")).to_contain_text("Te weinig intakes")
    expect(page.locator("#areas-table tbody")).to_contain_text("Geen wijken")


def test_a_shared_link_keeps_its_period(page, demo_server):
    open_report(page, demo_server, "?from=2026-04-01&to=2026-06-30")
    expect(page.get_by_label("Van", exact=True)).to_have_value("2026-04-01")
    expect(page.locator("#coverage-detail")).to_contain_text(
        "van 1 april 2026 tot en met 30 juni 2026"
    )
    expect(page.locator("#quarter option")).to_have_count(5)


def test_monitoring_per_quarter_with_charts_tables_and_csv(page, demo_server, tmp_path):
    """The minimal data set of the demo's fictional trajectories: every figure shown, none
    hidden; another quarter reloads it; the CSV downloads."""
    demo_sign_in(page, demo_server.url + "/gemeente")
    section = page.locator("#monitoring")
    expect(page.locator("#monitoring-tiles .tile")).to_have_count(12)
    expect(page.locator("#monitoring-hidden")).to_have_text("Geen cellen weggelaten.")
    current = section.get_attribute("data-quarter")
    expect(page.locator("#monitoring-by_icpc-table tbody tr")).to_have_count(6)
    expect(page.locator("#monitoring-web-table tbody tr")).to_have_count(6)
    assert page.locator("#monitoring canvas").count() == 7
    section.scroll_into_view_if_needed()
    shot(page, "municipality-monitoring-current-quarter", full_page=False)
    previous = page.locator("#monitoring-quarter option").nth(1).get_attribute("value")
    page.get_by_label("Kwartaal van de monitoring").select_option(previous)
    expect(section).to_have_attribute("data-quarter", previous)
    assert previous != current
    expect(page.locator("#monitoring-hidden")).to_have_text("Geen cellen weggelaten.")
    with page.expect_download() as d:
        page.get_by_role("button", name="Download monitoring (CSV)").click()
    path = tmp_path / "monitoring.csv"
    d.value.save_as(path)
    assert d.value.suggested_filename == f"monitoring-GM1948-{previous}.csv"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("municipality,quarter,section,indicator,code,label,value")
    assert f"GM1948,{previous},inflow,referrals,,," in text
    shot(page, "municipality-monitoring-previous-quarter", full_page=False)
