"""The provider page: own listings with their freshness, editing with If-Match and Dutch
field messages, "nog actueel", a new listing, and an HSDS import in batches.

The demo server is shared by every browser test: these tests restore the demo listings
they change, and the listings they create are inactive (never in a coach's search) and
deleted at the end.
"""

import datetime as dt
import json
import random
import string
import time
import uuid

from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, shot
from tests.server import cli

ORG_NAME = "Stichting Dichtbij Welzijn Meierijstad"
OTHER_ORG_NAME = "Bibliotheek Vier Kernen"


def _word(prefix: str) -> str:
    """A word no demo listing contains (letters only, so every analyzer keeps it whole)."""
    return prefix + "".join(random.choices(string.ascii_lowercase, k=8))


def _org_id(server, name: str) -> str:
    status, body, _ = server.request("GET", "/api/v1/demo")
    assert status == 200, body
    return next(o["id"] for o in body["organizations"] if o["name"] == name)


def _token(server, role: str, organization: str | None = None) -> str:
    """A token of the role (made once per role and organisation with the CLI)."""
    made = server.__dict__.setdefault("role_tokens", {})
    if (role, organization) not in made:
        extra = ("--organization", organization) if organization else ()
        out = cli(server.data_dir, "token", "create", "--role", role, *extra)
        made[role, organization] = out.strip().splitlines()[-1]
    return made[role, organization]


def _own_listing(server, org_id: str, name: str) -> dict:
    path = f"/api/v1/activities?organization={org_id}&include_inactive=true&per_page=100"
    status, body, _ = server.request("GET", path, token=server.admin)
    assert status == 200, body
    return next(a for a in body["items"] if a["name"] == name)


def _get(server, activity_id: str) -> tuple[dict, str]:
    status, body, headers = server.request(
        "GET", f"/api/v1/activities/{activity_id}", token=server.admin
    )
    assert status == 200, body
    return body, headers["ETag"]


def _restore(server, original: dict) -> None:
    """Put a demo listing back as it was (its version moves on, its content does not)."""
    _, etag = _get(server, original["id"])
    status, body, _ = server.request(
        "PUT",
        f"/api/v1/activities/{original['id']}",
        original,
        token=server.admin,
        headers={"If-Match": etag},
    )
    assert status == 200, body


def _delete(server, activity_id: str) -> None:
    server.request("DELETE", f"/api/v1/activities/{activity_id}", token=server.admin)


def _create_own(server, org_id: str, **fields) -> dict:
    """An inactive online listing of the demo organisation (never in a coach's search)."""
    doc = {
        "name": fields.pop("name"),
        "description": "Testactiviteit van de browsertests.",
        "categories": ["other"],
        "delivery": "online",
        "status": "inactive",
        **fields,
    }
    token = _token(server, "provider", org_id)
    status, body, _ = server.request("POST", "/api/v1/activities", doc, token=token)
    assert status == 201, body
    return body


def _shot_of(locator, name: str) -> None:
    """A screenshot of one part of the page (a full page is too tall to read)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    locator.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def sign_in(page, server, org_id: str, path: str = "/aanbieder") -> None:
    """Demo sign-in as a provider of one organisation (picked by id: the option's label
    carries a listing count that changes as tests add listings)."""
    page.goto(server.url + path)
    page.wait_for_url("**/inloggen?*")
    page.locator("#demo-org").select_option(value=org_id)
    page.locator("#demo-signin").click()
    page.wait_for_url(server.url + path)
    page.get_by_text("Ingelogd als").wait_for()
    expect(page.locator("#activities tbody tr").first).to_be_visible()


def _row(page, name: str):
    return page.locator("#activities tbody tr").filter(
        has=page.get_by_role("link", name=name, exact=True)
    )


def test_provider_edits_a_listing_and_a_coach_finds_the_change(page, demo_server):
    org_id = _org_id(demo_server, ORG_NAME)
    original = _own_listing(demo_server, org_id, "Koersbal in De Aakade")
    word = _word("koersbalvlinder")
    try:
        sign_in(page, demo_server, org_id)
        expect(page.locator("#org-name")).to_have_text(ORG_NAME)
        expect(page.locator("#list-count")).to_contain_text("activiteiten")
        # every own listing is listed, inactive ones included
        status, body, _ = demo_server.request(
            "GET",
            f"/api/v1/activities?organization={org_id}&include_inactive=true&per_page=1",
            token=demo_server.admin,
        )
        expect(page.locator("#activities tbody tr")).to_have_count(body["total"])
        shot(page, "provider-list")

        _row(page, "Koersbal in De Aakade").get_by_role("link", name="Bewerken").click()
        expect(page.get_by_role("heading", name="Bewerken: Koersbal in De Aakade")).to_be_focused()
        description = page.get_by_label("Beschrijving")
        expect(description).to_have_value(original["description"])
        # the form covers the profile, with Dutch labels
        expect(page.get_by_label("Rolstoeltoegankelijk")).to_be_visible()
        expect(page.get_by_label("Vrije inloop")).to_be_visible()
        expect(page.get_by_label("Postcode")).to_have_value(original["location"]["postal_code"])
        expect(page.locator('[name="schedules.0.opens_at"]')).to_have_value("14:00")
        expect(page.locator('[name="costs.0.amount"]')).to_have_value("2")  # € 2 per keer
        description.fill(f"{original['description']} Nieuw: {word} voor beginners.")
        shot(page, "provider-edit")
        page.get_by_role("button", name="Wijzigingen opslaan").click()

        notice = page.locator("#list-notice")
        expect(notice).to_have_text("“Koersbal in De Aakade” is opgeslagen.")
        expect(notice).to_be_focused()
        # saving also confirmed the listing (the box is checked by default)
        expect(_row(page, "Koersbal in De Aakade")).to_contain_text("vandaag")
        saved, _ = _get(demo_server, original["id"])
        assert word in saved["description"]
        assert saved["assured_date"] == dt.date.today().isoformat()
        # everything else is as it was: the form sends the whole listing back
        for key in ("categories", "accessibility", "features", "schedules", "costs", "location"):
            assert saved[key] == original[key], key

        coach = _token(demo_server, "coach")
        found = []
        for _ in range(50):  # the index is shared by the server's workers
            status, body, _ = demo_server.request(
                "GET", f"/api/v1/activities?q={word}", token=coach
            )
            assert status == 200, body
            found = [a["id"] for a in body["items"]]
            if original["id"] in found:
                break
            time.sleep(0.1)
        assert found and found[0] == original["id"]
        shot(page, "provider-saved")
    finally:
        _restore(demo_server, original)


def test_validation_errors_show_next_to_their_fields_in_dutch(page, demo_server):
    org_id = _org_id(demo_server, ORG_NAME)
    original = _own_listing(demo_server, org_id, "Stoelyoga in De Eikelhof")
    sign_in(page, demo_server, org_id)
    page.goto(f"{demo_server.url}/aanbieder#activiteit/{original['id']}")
    name = page.get_by_label("Naam", exact=True)
    expect(name).to_have_value("Stoelyoga in De Eikelhof")

    name.fill("")
    page.get_by_label("Postcode").fill("0123 AB")
    page.locator('[name="schedules.0.closes_at"]').fill("09:15")  # opens 10:30
    page.get_by_role("button", name="Wijzigingen opslaan").click()

    alert = page.locator("#editor .error[role=alert]")
    expect(alert).to_be_focused()
    expect(alert).to_contain_text("Niet alle velden zijn goed ingevuld.")
    for locator, message in (
        (name, "Vul een naam in."),
        (page.get_by_label("Postcode"), "Vul een Nederlandse postcode in: 1234 of 1234 AB."),
        (
            page.locator('[name="schedules.0.closes_at"]'),
            "De eindtijd moet later zijn dan de begintijd.",
        ),
    ):
        expect(locator).to_have_attribute("aria-invalid", "true")
        error_id = locator.get_attribute("aria-describedby")
        # the message sits in the same field as the input
        field = page.locator(".field").filter(has=locator).last
        expect(field.locator(f"#{error_id}")).to_have_text(message)
    # the summary links to each field
    expect(alert.get_by_role("link", name="Eindtijd")).to_contain_text("Tijd 1, Eindtijd")
    alert.get_by_role("link", name="Postcode").click()
    expect(page.get_by_label("Postcode")).to_be_focused()
    shot(page, "provider-validation")

    saved, _ = _get(demo_server, original["id"])
    assert saved["version"] == original["version"]
    assert saved["name"] == "Stoelyoga in De Eikelhof"
    assert saved["schedules"] == original["schedules"]

    # put it right and the messages go
    name.fill("Stoelyoga in De Eikelhof")
    page.get_by_label("Postcode").fill(original["location"]["postal_code"])
    page.locator('[name="schedules.0.closes_at"]').fill("11:30")
    page.get_by_label("Ik heb alles nagekeken").uncheck()  # not confirmed: keep its date
    page.get_by_role("button", name="Wijzigingen opslaan").click()
    expect(page.locator("#list-notice")).to_contain_text("is opgeslagen")
    saved, _ = _get(demo_server, original["id"])
    assert saved["version"] == original["version"] + 1
    for key in ("name", "schedules", "location", "assured_date", "costs"):
        assert saved[key] == original[key], key


def test_confirming_a_stale_listing_clears_the_stale_mark(page, demo_server):
    org_id = _org_id(demo_server, ORG_NAME)
    name = f"Verouderde testactiviteit {_word('x')}"
    own = _create_own(demo_server, org_id, name=name, assured_date="2024-03-01")
    try:
        assert own["stale"]
        sign_in(page, demo_server, org_id)
        summary = page.locator("#stale-summary")
        expect(summary).to_contain_text("langer dan 12 maanden niet bevestigd")
        stale_before = page.locator("#activities tr.pv-row-stale").count()
        page.get_by_role("button", name="Toon alleen verouderde").click()
        rows = page.locator("#activities tbody tr")
        expect(rows).to_have_count(stale_before)
        row = _row(page, name)
        expect(row.locator(".pv-chip")).to_have_text("Verouderd — graag bevestigen")
        expect(row).to_contain_text("1 maart 2024")
        shot(page, "provider-stale")

        button = row.get_by_role("button", name=f"Nog actueel: {name}")
        button.click()
        expect(row.locator(".pv-chip")).to_have_text("Actueel")
        expect(row).to_contain_text("vandaag")
        expect(row).not_to_have_class("pv-row-stale")
        expect(button).to_be_focused()  # keyboard users stay where they were
        expect(page.locator("#announce")).to_contain_text("is bevestigd als nog actueel")
        if stale_before == 1:
            expect(summary).to_contain_text("Al je activiteiten zijn")
        else:
            expect(page.get_by_role("button", name="Toon alleen verouderde")).to_have_text(
                f"Toon alleen verouderde ({stale_before - 1})"
            )
        shot(page, "provider-confirmed")
        saved, _ = _get(demo_server, own["id"])
        assert saved["assured_date"] == dt.date.today().isoformat() and not saved["stale"]
    finally:
        _delete(demo_server, own["id"])


def _hsds_service(org_id: str, org_name: str, n: int, run: str) -> dict:
    """A small HSDS 3.0 service of the Dutch profile: an inactive online activity."""
    sid = f"pv-import-{run}-{n:02d}"
    return {
        "id": sid,
        "name": f"Importtest {run} nummer {n}",
        "description": "Online bijeenkomst uit de importtest.",
        "status": "inactive",
        "organization_id": org_id,
        "organization": {"id": org_id, "name": org_name},
        "attributes": [
            {
                "id": f"{sid}-cat",
                "taxonomy_term": {
                    "id": "wor-contact_meeting",
                    "code": "contact_meeting",
                    "name": "Contact en ontmoeten",
                    "taxonomy": "wor-categorie",
                },
            }
        ],
        "service_at_locations": [
            {
                "id": f"{sid}-sal",
                "location": {
                    "id": f"{sid}-loc",
                    "location_type": "virtual",
                    "url": "https://www.example.org/online",
                },
            }
        ],
        "schedules": [
            {
                "id": f"{sid}-s",
                "freq": "WEEKLY",
                "byday": "WE",
                "opens_at": "10:00:00",
                "closes_at": "11:00:00",
            }
        ],
        "languages": [{"code": "nl"}],
        "assured_date": dt.date.today().isoformat(),
    }


def test_import_of_an_hsds_file_shows_progress_counts_and_record_errors(
    page, demo_server, tmp_path
):
    org_id = _org_id(demo_server, ORG_NAME)
    other_id = _org_id(demo_server, OTHER_ORG_NAME)
    run = uuid.uuid4().hex[:8]
    records = [_hsds_service(org_id, ORG_NAME, n, run) for n in range(1, 28)]
    no_category = records[26]
    del no_category["attributes"]  # no category: kept under "other", with a warning
    foreign = _hsds_service(other_id, OTHER_ORG_NAME, 28, run)
    nameless = _hsds_service(org_id, ORG_NAME, 29, run)
    del nameless["name"]
    records[5:5] = [foreign]
    records.append(nameless)  # 29 records: 27 good, 2 bad (numbers 6 and 29 in the file)
    path = tmp_path / "aanbod.ndjson"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")

    held = []  # hold the second batch, to see the progress bar between batches

    def hold_second(route):
        held.append(route)
        if len(held) == 1:
            route.continue_()

    try:
        sign_in(page, demo_server, org_id)
        before = page.locator("#activities tbody tr").count()
        page.route("**/api/v1/import", hold_second)
        page.get_by_role("link", name="HSDS-bestand importeren").click()
        expect(page.locator("#import")).to_be_focused()
        page.get_by_label("Bestand (.json of .ndjson)").set_input_files(path)
        page.get_by_role("button", name="Importeren", exact=True).click()

        bar = page.get_by_label("Voortgang van de import")
        status = page.locator("#import-status")
        expect(status).to_have_text("25 van 29 records verwerkt…")
        assert bar.evaluate("b => [b.value, b.max]") == [25, 29]
        expect(page.get_by_role("button", name="Stoppen na deze portie")).to_be_visible()
        _shot_of(page.locator("#import"), "provider-import-progress")
        assert len(held) == 2
        held[1].continue_()

        expect(status).to_have_text("Klaar: 29 van 29 records verwerkt.")
        assert bar.evaluate("b => [b.value, b.max]") == [29, 29]
        result = page.locator("#import-result")
        for key, value in (("created", 27), ("updated", 0), ("unchanged", 0), ("rejected", 2)):
            expect(result.locator(f'[data-key="{key}"] dd')).to_have_text(str(value))
        expect(result.locator(".pv-foreign")).to_contain_text(
            f"1 record hoort bij een andere organisatie ({OTHER_ORG_NAME})"
        )
        rejected = result.locator("table").filter(has_text="Geweigerde records (2)")
        rows = rejected.locator("tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.nth(0)).to_contain_text(foreign["id"])
        expect(rows.nth(0).locator("td").first).to_have_text("6")
        expect(rows.nth(0)).to_contain_text(
            "organization: Hoort bij een andere organisatie: je kunt alleen activiteiten "
            "van je eigen organisatie importeren."
        )
        expect(rows.nth(1)).to_contain_text(nameless["id"])
        expect(rows.nth(1).locator("td").first).to_have_text("29")
        expect(rows.nth(1)).to_contain_text("name: Dit veld is verplicht.")
        warnings = result.locator("table").filter(has_text="Opmerkingen bij")
        expect(warnings).to_contain_text(no_category["id"])
        expect(warnings.locator("tbody td").first).to_have_text("28")
        expect(warnings).to_contain_text("geen wor-categorie")
        # the list now holds the new listings
        expect(page.locator("#activities tbody tr")).to_have_count(before + 27)
        _shot_of(page.locator("#import"), "provider-import-result")

        status_code, body, _ = demo_server.request(
            "GET", f"/api/v1/activities/{foreign['id']}", token=demo_server.admin
        )
        assert status_code == 404
    finally:
        for r in records:
            _delete(demo_server, r["id"])


def test_new_listing_and_the_list_on_a_tablet(tablet_page, demo_server):
    page = tablet_page
    org_id = _org_id(demo_server, ORG_NAME)
    name = f"Nieuwe testactiviteit {_word('t')}"
    created = None
    try:
        sign_in(page, demo_server, org_id)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 820, f"the list scrolls sideways on a tablet ({width}px)"
        expect(page.locator("#stale-summary")).to_be_visible()
        shot(page, "provider-tablet-list", full_page=False)

        # keyboard: Tab to "Nieuwe activiteit" and press Enter
        for _ in range(15):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.id") == "new-activity":
                break
        expect(page.locator("#new-activity")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="Nieuwe activiteit")).to_be_focused()
        page.get_by_label("Naam", exact=True).fill(name)
        page.get_by_label("Beschrijving").fill("Een avond samen puzzelen, met koffie.")
        page.get_by_label("Contact en ontmoeten").check()
        page.locator('#editor [name="status"]').select_option("inactive")
        page.get_by_label("Postcode").fill("5461 SH")
        page.get_by_role("button", name="Tijd toevoegen").click()
        expect(page.locator('[name="schedules.0.days"]').first).to_be_focused()
        page.locator('[name="schedules.0.days"][value="WE"]').check()
        page.locator('[name="schedules.0.opens_at"]').fill("19:00")
        page.locator('[name="schedules.0.closes_at"]').fill("21:00")
        page.get_by_role("button", name="Kosten toevoegen").click()
        page.locator('[name="costs.0.amount"]').fill("1,50")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 820, f"the form scrolls sideways on a tablet ({width}px)"
        shot(page, "provider-tablet-new")
        page.get_by_role("button", name="Activiteit toevoegen").click()

        expect(page.locator("#list-notice")).to_have_text(f"“{name}” is toegevoegd.")
        row = _row(page, name)
        expect(row).to_be_visible()
        expect(row.locator(".pv-chip")).to_have_text("Actueel")
        created = _own_listing(demo_server, org_id, name)
        assert created["schedules"][0]["days"] == ["WE"]
        assert created["schedules"][0]["opens_at"] == "19:00"
        assert created["costs"] == [{"amount": 1.5, "option": "per_session", "description": None}]
        assert created["location"]["latitude"] is not None  # placed from the postal code
        assert created["organization"]["id"] == org_id
        shot(page, "provider-tablet-added", full_page=False)
    finally:
        if created is None:
            try:
                created = _own_listing(demo_server, org_id, name)
            except StopIteration:
                pass
        if created:
            _delete(demo_server, created["id"])


def test_someone_elses_change_meanwhile_gives_a_clear_412_message(page, demo_server):
    org_id = _org_id(demo_server, ORG_NAME)
    name = f"Gelijktijdig gewijzigd {_word('c')}"
    own = _create_own(demo_server, org_id, name=name)
    try:
        sign_in(page, demo_server, org_id)
        page.goto(f"{demo_server.url}/aanbieder#activiteit/{own['id']}")
        expect(page.get_by_label("Naam", exact=True)).to_have_value(name)
        # a colleague changes the listing after it was opened here
        status, body, _ = demo_server.request(
            "PATCH",
            f"/api/v1/activities/{own['id']}",
            {"description": "Gewijzigd door een collega."},
            token=demo_server.admin,
        )
        assert status == 200, body
        page.get_by_label("Beschrijving").fill("Mijn eigen wijziging.")
        page.get_by_role("button", name="Wijzigingen opslaan").click()
        alert = page.locator("#editor .error[role=alert]")
        expect(alert).to_contain_text("Iemand anders heeft deze activiteit gewijzigd")
        expect(alert).to_contain_text("Je wijzigingen zijn niet opgeslagen")
        shot(page, "provider-conflict")
        assert _get(demo_server, own["id"])[0]["description"] == "Gewijzigd door een collega."
        alert.get_by_role("button", name="Nieuwste versie laden").click()
        expect(page.get_by_label("Beschrijving")).to_have_value("Gewijzigd door een collega.")
    finally:
        _delete(demo_server, own["id"])


def test_the_list_shows_dutch_labels_not_codes(page, demo_server):
    org_id = _org_id(demo_server, ORG_NAME)
    sign_in(page, demo_server, org_id)
    text = page.locator("#activities").inner_text()
    for code in ("contact_meeting", "sport_movement", "in_person", "inactive", "at_home"):
        assert code not in text


def test_import_refuses_another_organisations_file_and_bad_json(tablet_page, demo_server, tmp_path):
    page = tablet_page
    org_id = _org_id(demo_server, ORG_NAME)
    other_id = _org_id(demo_server, OTHER_ORG_NAME)
    run = uuid.uuid4().hex[:8]
    service = _hsds_service(other_id, OTHER_ORG_NAME, 1, run)
    del service["organization"], service["organization_id"]
    # an HSDS organisation with its services: every record is the other organisation's
    other = tmp_path / "bibliotheek.json"
    other.write_text(
        json.dumps({"id": other_id, "name": OTHER_ORG_NAME, "services": [service]}),
        encoding="utf-8",
    )
    broken = tmp_path / "kapot.ndjson"
    broken.write_text(json.dumps(service) + "\n{niet af\n", encoding="utf-8")

    sign_in(page, demo_server, org_id)
    before = page.locator("#activities tbody tr").count()
    file_input = page.get_by_label("Bestand (.json of .ndjson)")
    file_input.set_input_files(broken)
    page.get_by_role("button", name="Importeren", exact=True).click()
    expect(page.locator("#import-error")).to_contain_text("Regel 2 is geen geldige JSON")
    expect(page.locator("#import-progress")).to_be_hidden()

    file_input.set_input_files(other)
    page.get_by_role("button", name="Importeren", exact=True).click()
    expect(page.locator("#import-error")).to_be_hidden()
    result = page.locator("#import-result")
    expect(result.locator('[data-key="rejected"] dd')).to_have_text("1")
    expect(result.locator('[data-key="created"] dd')).to_have_text("0")
    expect(result.locator(".pv-foreign")).to_contain_text(
        f"1 record hoort bij een andere organisatie ({OTHER_ORG_NAME}) en is geweigerd"
    )
    expect(page.locator("#import-result-title")).to_be_focused()
    expect(page.locator("#activities tbody tr")).to_have_count(before)
    _shot_of(page.locator("#import"), "provider-tablet-import-refused")
    status, _, _ = demo_server.request(
        "GET", f"/api/v1/activities/{service['id']}", token=demo_server.admin
    )
    assert status == 404
