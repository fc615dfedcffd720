"""WCAG 2.1 A/AA basics checked by axe-core (npm devDependency, injected by the test) on
every page in the states a user sees: signed in, with results, with the report."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (  # noqa: F401
    CHROMIUM_ARGS,
    DESKTOP,
    demo_sign_in,
    password_sign_in,
)
from tests.browser.test_coach import open_intake

AXE = Path(__file__).resolve().parents[2] / "static" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def axe_page(browser):
    if not AXE.exists():
        pytest.skip("axe-core is not installed (cd static && npm ci)")
    # the pages' CSP rightly refuses injected scripts: let the test's own script in
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(
            n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
            for n in v["nodes"][:3]
        )
        for v in result["violations"]
    ]


def test_start_page(axe_page, demo_server):
    axe_page.goto(demo_server.url + "/")
    assert violations(axe_page) == []


def test_coach_intake_and_results(axe_page, demo_server):
    open_intake(axe_page, demo_server)
    assert violations(axe_page) == []
    axe_page.get_by_label("Wat wil de cliënt zelf?").fill("samen zingen")
    axe_page.get_by_label("Postcode").fill("5461")
    axe_page.get_by_role("button", name="Zoek passende activiteiten").click()
    expect(axe_page.locator("#cards > li").first).to_be_visible()
    assert violations(axe_page) == []


def test_provider_list(axe_page, demo_server):
    demo_sign_in(axe_page, demo_server.url + "/aanbieder")
    expect(axe_page.locator("#activities tbody tr").first).to_be_visible()
    assert violations(axe_page) == []


def test_municipality_report(axe_page, demo_server):
    demo_sign_in(axe_page, demo_server.url + "/gemeente")
    expect(axe_page.get_by_text("van de cliënten vond iets passends")).to_be_visible()
    assert violations(axe_page) == []


def test_trajectories_overview_and_one_trajectory(axe_page, demo_server):
    demo_sign_in(axe_page, demo_server.url + "/coach/trajecten")
    expect(axe_page.locator("#trajectories-table tbody tr").first).to_be_visible()
    assert violations(axe_page) == []
    axe_page.locator("#trajectories-table tbody tr button").first.click()
    expect(axe_page.locator("#detail-title")).to_be_visible()
    assert violations(axe_page) == []


def test_referrer_page_with_a_letter(axe_page, demo_server):
    demo_sign_in(axe_page, demo_server.url + "/verwijzer")
    first = axe_page.locator("#referrals-table .letters button").first
    expect(first).to_be_visible()
    assert violations(axe_page) == []
    first.click()
    expect(axe_page.locator("#letter-view article.letter")).to_be_visible()
    assert violations(axe_page) == []


def test_municipality_monitoring(axe_page, demo_server):
    demo_sign_in(axe_page, demo_server.url + "/gemeente")
    expect(axe_page.locator("#monitoring-tiles .tile").first).to_be_visible()
    assert violations(axe_page) == []


def test_the_people_pages(axe_page, demo_server):
    axe_page.goto(demo_server.url + "/inloggen")
    expect(axe_page.locator("#demo")).to_be_visible()
    assert violations(axe_page) == []
    axe_page.goto(demo_server.url + "/wachtwoord#code=niet-geldig")
    expect(axe_page.locator("#link-state")).to_contain_text("werkt niet")
    assert violations(axe_page) == []
    password_sign_in(axe_page, demo_server, demo_server.admin_email, path="/account")
    expect(axe_page.locator("#tokens tbody tr").first).to_be_visible()
    assert violations(axe_page) == []
    axe_page.goto(demo_server.url + "/uitnodigen")
    expect(axe_page.locator("#people tbody tr").first).to_be_visible()
    assert violations(axe_page) == []
