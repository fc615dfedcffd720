"""The start page leads each of the three users to their page, by mouse and by keyboard."""

from playwright.sync_api import expect

from tests.browser.conftest import TABLET, shot


def test_start_page_leads_to_the_three_pages(page, demo_server):
    page.goto(demo_server.url + "/")
    assert page.locator("h1").inner_text() == "Welkom bij de sociale kaart"
    for name, path in (
        ("Welzijnscoach", "/coach"),
        ("Aanbieder", "/aanbieder"),
        ("Gemeente", "/gemeente"),
    ):
        link = page.get_by_role("heading", name=name).get_by_role("link")
        assert link.get_attribute("href") == path
    shot(page, "start")
    page.get_by_role("link", name="Naar het intakegesprek").click()
    page.wait_for_url("**/coach")


def test_start_page_by_keyboard_on_a_tablet(browser, demo_server):
    context = browser.new_context(viewport=TABLET, locale="nl-NL")
    page = context.new_page()
    page.goto(demo_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Naar de inhoud"  # the skip link comes first
    # every link on the page is reachable with Tab
    links = page.locator("a").count()
    seen = set()
    for _ in range(links + 2):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.getAttribute('href')"))
    assert {"/coach", "/aanbieder", "/gemeente"} <= seen
    shot(page, "start-tablet")
    context.close()


def test_vendor_libraries_are_served_by_the_app(demo_server):
    for path in (
        "/vendor/leaflet/leaflet.js",
        "/vendor/leaflet/leaflet.css",
        "/vendor/chart.js/chart.umd.min.js",
        "/vendor/chartjs-plugin-dragdata/chartjs-plugin-dragdata.min.js",
    ):
        import urllib.request

        with urllib.request.urlopen(demo_server.url + path) as resp:
            assert resp.status == 200 and len(resp.read()) > 1000


def test_a_page_sends_to_sign_in_and_refuses_the_wrong_role(page, demo_server):
    page.goto(demo_server.url + "/gemeente")
    page.wait_for_url("**/inloggen?*")
    page.get_by_label("E-mailadres", exact=True).fill("niemand@gemeente.example")
    page.get_by_label("Wachtwoord", exact=True).fill("niet het wachtwoord")
    page.get_by_role("button", name="Inloggen", exact=True).click()
    alert = page.locator("#signin-error")
    expect(alert).to_contain_text("horen niet bij elkaar")
    # a coach (demo person) on the municipality's page is told whose page it is
    page.get_by_label("Rol").select_option(label="welzijnscoach")
    page.locator("#demo-signin").click()
    page.wait_for_url("**/gemeente")
    expect(page.locator("#signin")).to_contain_text("Deze pagina is voor de rol gemeente")
    shot(page, "signin-wrong-role")
    page.locator("#signin").get_by_role("button", name="Uitloggen").click()
    page.wait_for_url("**/inloggen")
    page.goto(demo_server.url + "/gemeente")
    page.wait_for_url("**/inloggen?*")
    page.locator("#demo-signin").click()  # the role of the page asked for is preselected
    page.wait_for_url("**/gemeente")
    expect(page.locator("#who")).to_contain_text("Ingelogd als Demo-gemeente · gemeente · GM1948")
    page.reload()  # the session lasts beyond a reload
    page.get_by_text("Ingelogd als").wait_for()
    page.locator("#who").get_by_role("button", name="Uitloggen").click()
    page.wait_for_url("**/inloggen")
    page.goto(demo_server.url + "/gemeente")
    page.wait_for_url("**/inloggen?*")
