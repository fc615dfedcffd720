"""Upkeep in Chromium: the provider confirms a listing from the 11-month digest that arrived
at a real SMTP server; a coach reports a stopped activity and the provider resolves it; an
import that repeats a listing under a new id is flagged and the admin merges it; a full
activity sinks in a match with its reason; the residents' page searches, prints and passes
axe-core."""

import json
import os
import subprocess
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from matcher.hsds import to_hsds
from tests.browser.conftest import (
    ADMIN_EMAIL,
    SCREENSHOTS,
    create_user,
    password_sign_in,
    shot,
)
from tests.browser.test_accessibility import AXE, violations
from tests.browser.test_coach import open_intake
from tests.browser.test_provider import ORG_NAME, _org_id, _own_listing, sign_in
from tests.mail import SmtpServer, links_in, text_of
from tests.server import BIN, Server, cli

TODAY = date.today()


def part(locator, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    locator.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def admin_sign_in(page, server, path="/beheer"):
    """The admin signs in with e-mail and password (made with the CLI)."""
    password_sign_in(page, server, server.admin_email, path=path)
    page.get_by_text("Ingelogd als").wait_for()


# -- the review digest ------------------------------------------------------------------
@pytest.fixture
def digest_server(tmp_path):
    smtp = SmtpServer().start()
    data_dir = tmp_path / "var"
    cli(data_dir, "demo")
    create_user(data_dir, ADMIN_EMAIL, "Bea Beheer", "admin")
    env = {
        "SOCIALMAP_SMTP_URL": smtp.url,
        "SOCIALMAP_DEMO_SIGNIN": "true",
        "SOCIALMAP_SECURE_COOKIES": "false",  # plain http on 127.0.0.1
    }
    server = Server(data_dir, workers=1, env=env).start()
    server.admin = cli(data_dir, "token", "create", "--role", "admin").strip().splitlines()[-1]
    server.admin_email = ADMIN_EMAIL
    server.smtp = smtp
    server.env_for_cli = {**os.environ, "SOCIALMAP_DATA_DIR": str(data_dir), **env}
    yield server
    server.stop()
    smtp.stop()


def test_provider_confirms_from_the_11_month_digest(page, digest_server):
    server = digest_server
    org_id = _org_id(server, ORG_NAME)
    listing = _own_listing(server, org_id, "Koersbal in De Aakade")
    eleven_months = (TODAY - timedelta(days=340)).isoformat()
    status, body, _ = server.request(
        "PATCH",
        f"/api/v1/activities/{listing['id']}",
        {"assured_date": eleven_months},
        token=server.admin,
    )
    assert status == 200, body
    out = subprocess.run(
        [str(BIN / "socialmap"), "reminders", "send", "--base-url", server.url],
        env=server.env_for_cli,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "sent 1" in out or "sent" in out, out
    mails = [m for m in server.smtp.wait(1) if "Koersbal in De Aakade" in text_of(m)]
    (mail,) = mails
    assert mail["To"] == "info@dichtbij-welzijn.example"
    link = next(
        u
        for u in links_in(mail)
        if "/nog-actueel/" in u
        and text_of(mail).split(u)[0].rstrip().endswith("Nog actueel:")
        and "Koersbal in De Aakade" in text_of(mail).split(u)[0].splitlines()[-2]
    )
    assert link.startswith(server.url)
    (SCREENSHOTS / "digest-mail.txt").write_text(text_of(mail), encoding="utf-8")

    page.goto(link)
    expect(page.get_by_role("heading", name="Klopt deze activiteit nog?")).to_be_visible()
    expect(page.locator("#box")).to_contain_text("Koersbal in De Aakade")
    shot(page, "confirm-link")
    before = date.today()
    page.get_by_role("button", name="Ja, dit klopt nog").click()
    expect(page.locator("#confirmed")).to_contain_text("is bevestigd")
    shot(page, "confirm-done")
    status, doc, _ = server.request(
        "GET", f"/api/v1/activities/{listing['id']}", token=server.admin
    )
    # the day of the confirmation (the suite may run across midnight)
    assert doc["assured_date"] in {before.isoformat(), date.today().isoformat()}
    # the link works once
    page.goto(link)
    expect(page.get_by_role("alert")).to_contain_text("al gebruikt")
    shot(page, "confirm-used")
    # the provider's page no longer lists it as due
    sign_in(page, server, org_id)
    expect(page.locator("#due")).to_be_visible()
    expect(page.locator("#due")).not_to_contain_text("Koersbal in De Aakade")


# -- "Klopt dit niet?" ------------------------------------------------------------------
def test_a_coach_reports_a_stopped_activity_and_the_provider_resolves_it(page, demo_server):
    open_intake(page, demo_server)
    page.get_by_label("Wat wil de cliënt zelf?").fill("samen wandelen")
    page.get_by_label("Postcode").fill("5461")
    page.get_by_role("button", name="Zoek passende activiteiten").click()
    first = page.locator("#cards > li").first
    expect(first).to_be_visible()
    activity_id = first.get_attribute("data-id")
    name = first.locator("h3").inner_text().split(". ", 1)[-1]
    first.get_by_text("Klopt dit niet?").click()
    first.get_by_label("Bestaat niet meer of is gestopt").check()
    first.get_by_label("Toelichting (mag leeg blijven)").fill(
        "Volgens de buurvrouw gestopt na de zomer."
    )
    part(first, "coach-report-form")
    first.get_by_role("button", name="Melding versturen").click()
    expect(first.get_by_role("status")).to_contain_text("Bedankt voor je melding")
    # the next search shows it as reported
    page.get_by_role("button", name="Zoek passende activiteiten").click()
    card = page.locator(f'#cards > li[data-id="{activity_id}"]')
    expect(card.locator(".reported-chip")).to_have_text("Gemeld als mogelijk onjuist")
    part(card, "coach-card-reported")

    # the provider of that listing sees it in the queue and resolves it
    status, doc, _ = demo_server.request(
        "GET", f"/api/v1/activities/{activity_id}", token=demo_server.admin
    )
    page.context.clear_cookies()  # the coach leaves; the provider signs in on this browser
    sign_in(page, demo_server, doc["organization"]["id"])
    item = page.locator(f'#report-list li[data-activity="{activity_id}"]')
    expect(item).to_contain_text("Bestaat niet meer of is gestopt")
    expect(item).to_contain_text("Volgens de buurvrouw gestopt na de zomer.")
    expect(item).to_contain_text("een coach")
    part(page.locator("#upkeep"), "provider-upkeep")
    item.get_by_role("button", name="Klopte al: geen fout").click()
    expect(page.locator(f'#report-list li[data-activity="{activity_id}"]')).to_have_count(0)
    status, doc, _ = demo_server.request(
        "GET", f"/api/v1/activities/{activity_id}", token=demo_server.admin
    )
    assert doc["reported"] is False, name


def test_the_municipality_sees_the_report_figures(page, demo_server):
    from tests.browser.conftest import demo_sign_in

    demo_sign_in(page, demo_server.url + "/gemeente")
    section = page.locator("#report-stats")
    expect(section.get_by_role("heading", name="Meldingen over het aanbod")).to_be_visible()
    expect(section.locator("#rs-table")).to_contain_text("Totaal")
    expect(section.locator("#rs-speed")).to_be_visible()
    part(section, "municipality-report-stats")


# -- duplicates -------------------------------------------------------------------------
def test_a_reimport_under_a_new_id_is_flagged_and_merged(page, demo_server, tmp_path):
    org_id = _org_id(demo_server, ORG_NAME)
    original = _own_listing(demo_server, org_id, "Koersbal in De Aakade")
    service = to_hsds(original)
    service["id"] = "koersbal-aakade-2026"
    service["organization_id"] = service["organization"]["id"] = org_id
    file = tmp_path / "export.json"
    file.write_text(json.dumps([service]), encoding="utf-8")
    sign_in(page, demo_server, org_id)
    page.get_by_label("Bestand (.json of .ndjson)").set_input_files(str(file))
    with page.expect_response("**/api/v1/import") as answer:
        page.get_by_role("button", name="Importeren", exact=True).click()
    report = answer.value.json()
    assert report["created"] == 1 and report["duplicates"][0]["of"] == original["id"]
    expect(page.locator(".pv-duplicates")).to_contain_text("lijkt al op de kaart te staan")

    admin_sign_in(page, demo_server)
    pair = page.locator("#pairs > li").filter(has_text="koersbal-aakade-2026")
    expect(pair).to_be_visible()
    expect(pair.locator(".evidence")).to_contain_text("naam 100%")
    shot(page, "admin-duplicates")
    pair.get_by_label(
        f"{'A' if original['id'] < service['id'] else 'B'}: Koersbal in De Aakade"
    ).check()
    pair.get_by_role("button", name="Samenvoegen").click()
    expect(page.locator("#pairs > li").filter(has_text="koersbal-aakade-2026")).to_have_count(0)
    status, _, _ = demo_server.request(
        "GET", "/api/v1/activities/koersbal-aakade-2026", token=demo_server.admin
    )
    assert status == 404
    status, body, _ = demo_server.request(
        "GET", "/api/v1/activities?q=koersbal%20aakade&per_page=50", token=demo_server.admin
    )
    assert [i["id"] for i in body["items"]].count(original["id"]) == 1


# -- capacity -----------------------------------------------------------------------------
def test_a_full_activity_sinks_in_a_match_with_its_reason(page, demo_server):
    def search():
        with page.expect_response("**/api/v1/match") as answer:
            page.get_by_role("button", name="Zoek passende activiteiten").click()
        expect(page.locator("#cards > li").first).to_be_visible()
        return [r["activity"]["id"] for r in answer.value.json()["results"]]

    open_intake(page, demo_server)
    page.get_by_label("Wat wil de cliënt zelf?").fill("samen zingen in een koor")
    page.get_by_label("Postcode").fill("5461")
    before = search()
    top = before[0]
    status, body, _ = demo_server.request(
        "PATCH",
        f"/api/v1/activities/{top}",
        {"capacity": {"status": "full"}},
        token=demo_server.admin,
    )
    assert status == 200, body
    try:
        after = search()
        assert top not in after[:1], (before, after)
        if top in after:
            card = page.locator(f'#cards > li[data-id="{top}"]')
            expect(card.locator(".reasons")).to_contain_text("let op: vol")
            part(card, "coach-card-full")
    finally:
        demo_server.request(
            "PATCH", f"/api/v1/activities/{top}", {"capacity": None}, token=demo_server.admin
        )


# -- the residents' page ------------------------------------------------------------------
def test_residents_search_print_and_report(page, demo_server):
    page.goto(demo_server.url + "/activiteiten")
    page.wait_for_selector("body[data-ready=true]")
    expect(page.locator("#count")).to_contain_text("activiteiten gevonden")
    page.get_by_label("Wat zoek je?").fill("wandelen")
    page.get_by_label("Waar?").fill("Veghel")
    page.get_by_label("Rolstoeltoegankelijk").check()
    page.get_by_label("Gratis").check()
    with page.expect_response("**/api/v1/public/activities*") as answer:
        page.get_by_role("button", name="Zoeken").click()
    data = answer.value.json()
    assert answer.value.status == 200 and data["place"] == "Veghel"
    assert "Authorization" not in answer.value.request.headers
    cards = page.locator("#cards > li")
    expect(cards.first).to_be_visible()
    assert all(i["monthly_cost_eur"] == 0 for i in data["items"])
    assert page.locator("#map .num-marker").count() >= 1
    shot(page, "public-results")
    page.emulate_media(media="print")
    shot(page, "public-print")
    page.emulate_media(media="screen")
    # an unknown place: a plain message by the field
    page.get_by_label("Waar?").fill("Nergenshuizen")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#search-error")).to_contain_text("Deze plaats of postcode kennen we niet")
    # a resident reports anonymously
    page.get_by_label("Waar?").fill("")
    with page.expect_response("**/api/v1/public/activities*"):
        page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#search-error")).to_be_hidden()
    first = page.locator("#cards > li").first
    first.get_by_text("Klopt dit niet?").click()
    first.get_by_label("Dag of tijd klopt niet").check()
    first.get_by_role("button", name="Melding versturen").click()
    expect(first.get_by_role("status")).to_contain_text("Bedankt")
    assert page.context.cookies() == []


@pytest.fixture
def axe_page(browser):
    from tests.browser.conftest import DESKTOP

    if not AXE.exists():
        pytest.skip("axe-core is not installed (cd static && npm ci)")
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def serious(page) -> list[str]:
    return [v for v in violations(page) if "(serious)" in v or "(critical)" in v]


def test_public_page_passes_axe(axe_page, demo_server):
    axe_page.goto(demo_server.url + "/activiteiten")
    axe_page.wait_for_selector("body[data-ready=true]")
    assert violations(axe_page) == []
    axe_page.locator("#cards > li").first.get_by_text("Klopt dit niet?").click()
    assert serious(axe_page) == []
    assert violations(axe_page) == []


def test_admin_and_confirm_pages_pass_axe(axe_page, demo_server):
    admin_sign_in(axe_page, demo_server)
    axe_page.wait_for_selector("body[data-ready=true]")
    assert violations(axe_page) == []
    axe_page.goto(demo_server.url + "/nog-actueel/not-a-token")
    axe_page.wait_for_selector("body[data-ready=true]")
    assert violations(axe_page) == []


def test_provider_upkeep_passes_axe(axe_page, demo_server):
    org_id = _org_id(demo_server, ORG_NAME)
    axe_page.goto(demo_server.url + "/aanbieder")
    axe_page.locator("#demo-org").select_option(value=org_id)
    axe_page.locator("#demo-signin").click()
    expect(axe_page.locator("#complete-table tbody tr").first).to_be_visible()
    assert violations(axe_page) == []
    part(axe_page.locator("#completeness"), "provider-completeness")


__all__ = ["urlsplit"]
