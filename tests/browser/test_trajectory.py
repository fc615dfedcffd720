"""Issue 13 done: a referral sent as a FHIR ServiceRequest by a referrer token turns, through
the pages, into a trajectory with two conversations, a match, a chosen activity and a
3-month check-in; the referrer then sees the status and the letter (and the PDF downloads
and is a PDF), and the municipality's monitoring of that quarter counts it all.

A server of its own (the demo with its fictional trajectories), so the other browser tests'
figures do not move."""

from datetime import date

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import create_user, demo_sign_in, password_sign_in, shot
from tests.server import Server, cli

ORG = "219a8db0-04fd-5a47-9662-544160ac28bb"  # the demo's welfare organisation
AGB = "01077701"  # a practice of this test alone
GP_EMAIL = "praktijk@de-linde.example"
REFERENCE = "ZD-4T8Q1"
ICPC = "http://hl7.org/fhir/sid/icpc-1"
EXT = "urn:socialmap:fhir:StructureDefinition:"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("trajectory-var")
    cli(data_dir, "demo")
    # the practice's person signs in on the referrer page (its token sends the FHIR request)
    create_user(data_dir, GP_EMAIL, "Praktijk De Linde", "referrer", "--agb", AGB)
    env = {"SOCIALMAP_DEMO_SIGNIN": "true", "SOCIALMAP_SECURE_COOKIES": "false"}
    s = Server(data_dir, workers=1, env=env).start()
    s.admin = cli(data_dir, "token", "create", "--role", "admin").strip().splitlines()[-1]
    s.referrer = (
        cli(data_dir, "token", "create", "--role", "referrer", "--agb", AGB)
        .strip()
        .splitlines()[-1]
    )
    yield s
    s.stop()


def service_request() -> dict:
    today = date.today().isoformat()
    return {
        "resourceType": "ServiceRequest",
        "status": "active",
        "intent": "order",
        "subject": {"identifier": {"system": "urn:zorgdomein:ref", "value": REFERENCE}},
        "reasonCode": [{"coding": [{"system": ICPC, "code": "P03"}]}],
        "requester": {
            "type": "Organization",
            "identifier": {"system": "http://fhir.nl/fhir/NamingSystem/agb-z", "value": AGB},
        },
        "performer": [{"reference": f"Organization/{ORG}"}],
        "authoredOn": today,
        "extension": [
            {"url": EXT + "referrer-type", "valueCode": "huisarts"},
            {"url": EXT + "municipality", "valueCode": "GM1948"},
            {"url": EXT + "consent-date", "valueDate": today},
        ],
        "note": [{"text": "Eenzaam sinds de verhuizing; zoekt contact."}],
    }


def monitoring(server) -> dict:
    quarter = f"{date.today().year}Q{(date.today().month - 1) // 3 + 1}"
    status, body, _ = server.request(
        "GET", f"/api/v1/monitoring?municipality=GM1948&quarter={quarter}", token=server.admin
    )
    assert status == 200, body
    return body


def figures(report: dict) -> dict:
    t, o = report["throughput"], report["outflow"]
    return {
        "referrals": report["inflow"]["referrals"],
        "started": t["trajectories_started"],
        "conversations": t["conversations"],
        "chosen": o["chosen_activities"],
        "participants": o["participants"],
        "participating_3m": o["participating_after_3_months"],
    }


def test_a_fhir_referral_through_the_pages_to_the_gp_and_the_monitoring(
    server, browser, page, tmp_path
):
    before = figures(monitoring(server))
    status, sr, headers = server.request(
        "POST",
        "/fhir/ServiceRequest",
        service_request(),
        token=server.referrer,
        headers={"Content-Type": "application/fhir+json"},
    )
    assert status == 201, sr

    # the coach's organisation sees the new referral with its deadline, and starts a trajectory
    demo_sign_in(page, server.url + "/coach/trajecten")
    page.locator("body[data-loaded]").wait_for()
    expect(page.locator("#due-table tbody tr").first).to_be_visible()  # the demo's check-ins
    row = page.locator("#new-table tbody tr", has_text=REFERENCE)
    expect(row).to_be_visible()
    expect(row).to_contain_text("P03 Down, somber of depressief gevoel")
    expect(row).to_contain_text("verstuurd")
    expect(row).to_contain_text("Huisarts")
    shot(page, "trajectories-new-referrals", full_page=False)
    row.get_by_role("button", name="Start traject").click()
    expect(page.locator("#detail-title")).to_have_text(f"Traject {REFERENCE}")
    shot(page, "trajectory-started")

    # two conversations through the form: the first is the first contact for the GP
    for minutes, kind in (("30", "Telefonisch"), ("60", "Huisbezoek")):
        page.get_by_label("Minuten", exact=True).fill(minutes)
        page.get_by_label("Soort gesprek", exact=True).select_option(label=kind)
        with page.expect_response("**/conversations") as answer:
            page.get_by_role("button", name="Gesprek vastleggen").click()
        assert answer.value.status == 201
    expect(page.locator("#conv-title")).to_have_text("Gesprekken (2, samen 90 minuten)")
    expect(page.locator("#conversations-table tbody tr")).to_have_count(2)
    shot(page, "trajectory-conversations")

    # the intake page starts from the trajectory; the match is linked, the choice lands there
    page.locator("#to-intake").click()
    expect(page.locator("#trajectory-banner")).to_contain_text(f"Intake voor traject {REFERENCE}")
    page.locator("#dim-participation").fill("2")
    page.get_by_label("Postcode").fill("5461")
    shot(page, "coach-intake-from-trajectory")
    with page.expect_response("**/api/v1/match") as answer:
        page.get_by_role("button", name="Zoek passende activiteiten").click()
    match = answer.value.json()
    assert match["trajectory_id"] and match["results"]
    name = match["results"][0]["activity"]["name"]
    page.get_by_role("checkbox", name=f"Kiezen: {name}").check()
    with page.expect_response("**/outcome") as outcome:
        page.get_by_role("button", name="Welzijnsrecept maken").click()
    assert outcome.value.json()["trajectory_id"] == match["trajectory_id"]
    expect(page.locator("#outcome-done")).to_contain_text("De keuze staat ook in het traject")
    shot(page, "coach-recipe-for-trajectory")

    # back on the trajectory: the match, the activity and its 3-month check-in
    page.get_by_role("link", name="Terug naar het traject").click()
    expect(page.locator("#detail-title")).to_have_text(f"Traject {REFERENCE}")
    expect(page.locator("#act-title")).to_be_visible()
    expect(page.locator("#detail")).to_contain_text(name)
    expect(page.locator("#detail")).to_contain_text("Zoekopdrachten voor dit traject: 1.")
    expect(page.locator("#web-table")).to_contain_text("Meedoen")
    page.get_by_label("Check-in na 3 maanden").select_option(label="Neemt nog deel")
    with page.expect_response("**/checkins") as answer:
        page.get_by_role("button", name="Check-in vastleggen").click()
    assert answer.value.status == 201
    expect(page.locator("#detail")).to_contain_text("Na 3 maanden")
    expect(page.locator("#detail")).to_contain_text("Neemt nog deel op")
    expect(page.locator("#letters-title")).to_be_visible()
    expect(page.locator(".letters li")).to_have_count(3)
    shot(page, "trajectory-checkin-and-letters")
    page.locator(".letters li", has_text="Activiteit gekozen").get_by_role(
        "button", name="bekijk brief"
    ).click()
    expect(page.locator("#letter-view article.letter")).to_contain_text(name)
    shot(page, "trajectory-letter-in-page")

    # the first search saved the intake spider web: the intake page starts from it now
    expect(page.locator("#web-table tbody tr", has_text="Meedoen")).to_contain_text("2")
    page.locator("#to-intake").click()
    expect(page.locator("#trajectory-banner")).to_contain_text("ingevuld met de intake")
    expect(page.locator("#dim-participation")).to_have_value("2")
    expect(page.locator("#dim-participation-out")).to_have_text("2")
    shot(page, "coach-intake-prefilled-from-trajectory")

    # the referrer: its own referral's status and letters, and nothing else
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                                  accept_downloads=True)  # fmt: skip
    gp = context.new_page()
    password_sign_in(gp, server, GP_EMAIL, path="/verwijzer")
    rows = gp.locator("#referrals-table tbody tr")
    expect(rows).to_have_count(1)  # only this practice's
    expect(rows.first).to_contain_text(REFERENCE)
    expect(rows.first).to_contain_text("in traject")
    expect(rows.first.locator(".business")).to_have_text(
        "Cliënt neemt na 3 maanden nog deel aan de gekozen activiteit"
    )
    shot(gp, "referrer-referrals")
    rows.first.get_by_role("button", name="Neemt na 3 maanden nog deel", exact=True).click()
    letter = gp.locator("#letter-view article.letter")
    expect(letter).to_contain_text("Terugkoppeling Welzijn op Recept")
    expect(letter).to_contain_text(REFERENCE)
    expect(letter).to_contain_text(name)
    expect(letter).to_contain_text("Stichting Dichtbij Welzijn Meierijstad")
    shot(gp, "referrer-letter")
    with gp.expect_download() as download:
        rows.first.get_by_role("button", name="Neemt na 3 maanden nog deel: PDF downloaden").click()
    pdf = tmp_path / "letter.pdf"
    download.value.save_as(pdf)
    assert download.value.suggested_filename.endswith(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 2000
    # the referrer page has no way into the social map
    assert gp.locator("#referrals-table").count() == 1
    assert gp.evaluate("Object.keys(window.referrer.tasks).length") == 1
    context.close()

    # the municipality: this quarter's monitoring counts the referral and what followed
    after = figures(monitoring(server))
    assert after == {
        "referrals": before["referrals"] + 1,
        "started": before["started"] + 1,
        "conversations": before["conversations"] + 2,
        "chosen": before["chosen"] + 1,
        "participants": before["participants"] + 1,
        "participating_3m": before["participating_3m"] + 1,
    }
    page.context.clear_cookies()  # the coach leaves; the municipality signs in
    demo_sign_in(page, server.url + "/gemeente")
    tiles = page.locator("#monitoring-tiles")
    expect(tiles.locator(".tile", has_text="Verwijzingen")).to_contain_text(str(after["referrals"]))
    expect(tiles.locator(".tile", has_text="Gesprekken").first).to_contain_text(
        str(after["conversations"])
    )
    expect(page.locator("#monitoring-hidden")).to_have_text("Geen cellen weggelaten.")
    page.locator("#monitoring").scroll_into_view_if_needed()
    shot(page, "municipality-monitoring")
