"""HTML in a listing is text everywhere it is shown: a provider imports a listing whose name
and description carry markup and script through the provider page, and neither the provider
page nor the coach's results run or render it."""

import json
import uuid

from playwright.sync_api import expect

from tests.browser.conftest import shot
from tests.browser.test_coach import open_intake
from tests.browser.test_provider import ORG_NAME, _delete, _org_id, sign_in

NAME = 'Zangkoor <img src=x onerror="window.__pwned=1"> <b>vet</b>'
DESCRIPTION = (
    "Wij zingen samen. <script>window.__pwned=2</script>"
    '<a href="javascript:window.__pwned=3">klik</a> kwetterzang'
)


def _service(org_id: str, sid: str) -> dict:
    return {
        "id": sid,
        "name": NAME,
        "description": DESCRIPTION,
        "status": "active",
        "organization_id": org_id,
        "organization": {"id": org_id, "name": ORG_NAME},
        "attributes": [
            {"taxonomy_term": {"code": "creative_cultural", "taxonomy": "wor-categorie"}}
        ],
        "service_at_locations": [
            {"location": {"location_type": "virtual", "url": "https://www.example.org/zang"}}
        ],
        "languages": [{"code": "nl"}],
    }


def test_markup_in_a_listing_is_shown_as_text_and_never_runs(page, demo_server, tmp_path):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    org_id = _org_id(demo_server, ORG_NAME)
    sid = f"xss-{uuid.uuid4().hex[:8]}"
    path = tmp_path / "xss.json"
    path.write_text(json.dumps([_service(org_id, sid)]), encoding="utf-8")
    try:
        # through the provider page's import
        sign_in(page, demo_server, org_id)
        page.get_by_label("Bestand (.json of .ndjson)").set_input_files(path)
        page.get_by_role("button", name="Importeren", exact=True).click()
        expect(page.locator("#import-status")).to_contain_text("1 van 1")
        row = page.locator("#activities tbody tr").filter(has_text="Zangkoor <img")
        expect(row).to_have_count(1)
        expect(row).to_contain_text('onerror="window.__pwned=1"')  # shown as text
        assert row.locator("img").count() == 0 and row.locator("b").count() == 0
        row.get_by_role("link").first.click()
        expect(page.locator("#editor [name='name']")).to_have_value(NAME)
        shot(page, "escaping-provider")
        assert page.evaluate("window.__pwned") is None

        # in the coach's results (one person per browser: the provider leaves first)
        page.context.clear_cookies()
        open_intake(page, demo_server)
        page.get_by_label("Wat wil de cliënt zelf?").fill("kwetterzang, samen zingen")
        page.get_by_label("Postcode").fill("5461")
        page.get_by_role("button", name="Zoek passende activiteiten").click()
        card = page.locator("#cards > li").filter(has_text="Zangkoor <img")
        expect(card).to_have_count(1)
        expect(card).to_contain_text("<script>window.__pwned=2</script>")
        assert card.locator("img, script, b").count() == 0
        assert card.locator("a[href^='javascript:']").count() == 0
        shot(page, "escaping-coach")
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
    finally:
        _delete(demo_server, sid)
