"""People sign in as people, in Chromium: an admin invites a coach by mail (a real SMTP
server), the coach chooses a password, signs in, runs an intake and signs out; a provider
signs in with its organisation's OpenID Connect provider (a real one) and can change only
its own listings; a forged cross-site POST is refused; ten wrong passwords throttle; a person
makes and revokes an API token for an integration."""

import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.accounts import PASSWORD
from tests.browser.conftest import (
    IDP_USERS,
    SSO_ORGANIZATION,
    create_user,
    demo_organization,
    demo_sign_in,
    password_sign_in,
    shot,
)
from tests.mail import links_in, text_of
from tests.server import free_port


def mail_to(mail_server, address: str, timeout: float = 20.0):
    """The newest mail that arrived for an address (waiting for it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for m in mail_server.messages if m["To"] == address]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no mail for {address} arrived")


def _activity(server, activity_id: str) -> dict:
    status, body, _ = server.request("GET", f"/api/v1/activities/{activity_id}", token=server.admin)
    assert status == 200, body
    return body


def test_an_admin_invites_a_coach_who_chooses_a_password_runs_an_intake_and_signs_out(
    browser, page, demo_server, mail_server
):
    address = f"coach-{uuid.uuid4().hex[:8]}@welzijn.example"
    password_sign_in(page, demo_server, demo_server.admin_email)
    expect(page.locator("#who")).to_contain_text("Ingelogd als Bea Beheer · beheerder")
    page.get_by_role("link", name="Collega's uitnodigen").click()
    page.wait_for_url("**/uitnodigen")
    page.get_by_label("Naam").fill("Noor Nieuwkoop")
    page.get_by_label("E-mailadres").fill(address)
    page.get_by_label("Rol").select_option(label="welzijnscoach")
    page.get_by_role("button", name="Uitnodiging versturen").click()
    expect(page.locator("#invite-done")).to_contain_text(f"Uitnodiging verstuurd naar {address}")
    expect(page.locator("#people tbody")).to_contain_text("uitgenodigd")
    shot(page, "invitation")

    mail = mail_to(mail_server, address)
    assert mail["Subject"] == "Uitnodiging voor de sociale kaart"
    assert "Bea Beheer nodigt je uit" in text_of(mail)
    (link,) = links_in(mail)
    assert link.startswith(demo_server.url + "/wachtwoord#code=")

    # the coach, in a browser of her own, follows the link
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    coach = context.new_page()
    coach.set_default_timeout(15_000)
    coach.goto(link)
    expect(coach.locator("#link-state")).to_contain_text("Welkom, Noor Nieuwkoop")
    assert urlsplit(coach.url).fragment == ""  # the code left the address bar
    coach.get_by_label("Wachtwoord", exact=True).fill("welkom12345")
    coach.get_by_label("Herhaal het wachtwoord").fill("welkom12345")
    coach.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(coach.locator(".field-error")).to_contain_text("te makkelijk te raden")
    shot(coach, "password")
    coach.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    coach.get_by_label("Herhaal het wachtwoord").fill(PASSWORD)
    coach.get_by_role("button", name="Wachtwoord opslaan").click()
    expect(coach.locator("#link-state")).to_contain_text("Je wachtwoord is opgeslagen")
    coach.get_by_role("link", name="Nu inloggen").click()
    coach.wait_for_url("**/inloggen?*")
    expect(coach.get_by_label("E-mailadres", exact=True)).to_have_value(address)
    coach.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    coach.get_by_role("button", name="Inloggen", exact=True).click()
    coach.wait_for_url("**/coach")
    expect(coach.locator("#who")).to_contain_text("Noor Nieuwkoop · welzijnscoach")

    # the intake, as on the coach page
    expect(coach.get_by_role("slider", name="Meedoen")).to_be_visible()
    coach.get_by_role("slider", name="Meedoen", exact=True).fill("2")
    coach.get_by_label("Wat wil de cliënt zelf?").fill("Ik wil weer onder de mensen komen")
    coach.get_by_label("Postcode").fill("5461")
    with coach.expect_response("**/api/v1/match") as answer:
        coach.get_by_role("button", name="Zoek passende activiteiten").click()
    assert answer.value.status == 200
    assert answer.value.request.headers.get("x-csrftoken")  # the session's CSRF token
    assert "authorization" not in answer.value.request.headers  # no token in the page
    expect(coach.locator("#cards > li").first).to_be_visible()
    assert (
        coach.evaluate("Object.keys(sessionStorage).length + Object.keys(localStorage).length") == 0
    )

    coach.locator("#who").get_by_role("button", name="Uitloggen").click()
    coach.wait_for_url("**/inloggen")
    coach.goto(demo_server.url + "/coach")
    coach.wait_for_url("**/inloggen?*")  # signed out: the page asks to sign in again
    coach.goto(link)  # the link worked once
    expect(coach.locator("#link-state")).to_contain_text("werkt niet (meer)")
    context.close()


def test_a_provider_signs_in_with_its_identity_provider_and_edits_only_its_own(page, demo_server):
    own_org = demo_organization(SSO_ORGANIZATION)
    page.goto(demo_server.url + "/aanbieder")
    page.wait_for_url("**/inloggen?*")
    page.get_by_role("link", name=f"Inloggen via {SSO_ORGANIZATION}").click()
    page.wait_for_url("http://127.0.0.1:*/authorize?*")  # at the identity provider
    page.get_by_label("Gebruiker").select_option("sanne")
    page.get_by_role("button", name="Inloggen bij IdP").click()
    page.wait_for_url(demo_server.url + "/aanbieder")
    name = IDP_USERS["sanne"]["name"]
    expect(page.locator("#who")).to_contain_text(f"{name} · aanbieder · {SSO_ORGANIZATION}")
    expect(page.locator("#org-name")).to_have_text(SSO_ORGANIZATION)
    rows = page.locator("#activities tbody tr")
    expect(rows.first).to_be_visible()

    # its own listing: "nog actueel" is saved
    first = rows.first
    button = first.get_by_role("button", name="Nog actueel:")
    listing_name = button.get_attribute("aria-label").removeprefix("Nog actueel: ")
    status, found, _ = demo_server.request(
        "GET",
        f"/api/v1/activities?organization={own_org}&include_inactive=true&per_page=100",
        token=demo_server.admin,
    )
    own = next(a for a in found["items"] if a["name"] == listing_name)
    before = _activity(demo_server, own["id"])["version"]
    with page.expect_response(f"**/api/v1/activities/{own['id']}/confirm") as confirmed:
        button.click()
    assert confirmed.value.status == 200
    assert _activity(demo_server, own["id"])["version"] == before + 1
    status, history, _ = demo_server.request(
        "GET", f"/api/v1/activities/{own['id']}/history?limit=1", token=demo_server.admin
    )
    assert history["items"][0]["actor"].startswith("account:")

    # another organisation's listing: refused, with the session and its CSRF token
    status, others, _ = demo_server.request(
        "GET", "/api/v1/activities?per_page=50", token=demo_server.admin
    )
    other = next(a for a in others["items"] if a["organization"]["id"] != own_org)
    result = page.evaluate(
        """async (id) => {
            const s = await (await fetch('/api/v1/session')).json();
            const r = await fetch(`/api/v1/activities/${id}`, {method: 'PATCH',
              headers: {'Content-Type': 'application/json', 'X-CSRFToken': s.csrf_token},
              body: JSON.stringify({name: 'Overgenomen'})});
            return r.status;
        }""",
        other["id"],
    )
    assert result == 403
    assert _activity(demo_server, other["id"])["name"] == other["name"]
    shot(page, "provider-sso", full_page=False)


class _Evil(BaseHTTPRequestHandler):
    """Another origin on the same host (a sibling site: SameSite does not stop it), with
    forms that post to the service in the victim's browser."""

    target = ""

    def do_GET(self):  # noqa: N802 (http.server's name)
        forged = (
            '<input name="csrf_token" value="ImZvcmdlZCI.forged.token">'
            if "token" in self.path
            else ""
        )
        body = (
            '<!doctype html><html lang="nl"><body><h1>Win een prijs!</h1>'
            f'<form id="f" method="post" action="{self.target}/api/v1/account/tokens">'
            f'<input name="label" value="buit">{forged}<button>Doe mee</button></form>'
            "</body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def evil_site(demo_server):
    _Evil.target = demo_server.url
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Evil)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("variant", ["without-token", "with-forged-token"])
def test_a_forged_cross_site_post_is_refused(page, demo_server, evil_site, variant):
    demo_sign_in(page, demo_server.url + "/coach")
    page.goto(f"{evil_site}/{variant}")
    with page.expect_response(f"{demo_server.url}/api/v1/account/tokens") as answer:
        page.get_by_role("button", name="Doe mee").click()
    assert answer.value.status == 400
    # refused because of CSRF: the session cookie came along (else it would be 401)
    assert "CSRF" in answer.value.json()["message"]
    assert "socialmap_session=" in (answer.value.request.all_headers().get("cookie") or "")
    mine = page.request.get(demo_server.url + "/api/v1/account/tokens")
    assert mine.status == 200 and mine.json()["items"] == []
    page.goto(demo_server.url + "/coach")
    expect(page.locator("#who")).to_contain_text("Ingelogd als")  # still signed in


def test_ten_wrong_passwords_throttle(page, demo_server):
    address = f"doelwit-{uuid.uuid4().hex[:8]}@welzijn.example"
    create_user(demo_server.data_dir, address, "Dirk Doelwit", "coach")
    page.goto(demo_server.url + "/inloggen")
    page.get_by_label("E-mailadres", exact=True).fill(address)
    box = page.locator("#signin-error")
    for i in range(10):
        page.get_by_label("Wachtwoord", exact=True).fill(f"verkeerd wachtwoord {i}")
        with page.expect_response("**/api/v1/session") as answer:
            page.get_by_role("button", name="Inloggen", exact=True).click()
        assert answer.value.status == (429 if i == 9 else 401), i
        expect(page.locator("#signin-submit")).to_be_enabled()  # the page has answered
    expect(box).to_contain_text("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)  # the right one waits too
    with page.expect_response("**/api/v1/session") as answer:
        page.get_by_role("button", name="Inloggen", exact=True).click()
    assert answer.value.status == 429
    expect(box).to_contain_text("Te veel mislukte pogingen")
    assert "/inloggen" in page.url
    shot(page, "signin-throttled", full_page=False)


def test_a_person_makes_names_scopes_and_revokes_an_api_token(page, demo_server):
    password_sign_in(page, demo_server, demo_server.admin_email, path="/account")
    page.wait_for_url("**/account")
    expect(page.locator("#me")).to_contain_text(demo_server.admin_email)
    page.get_by_label("Naam van de koppeling").fill("Registratiesysteem")
    page.get_by_label("Rechten").select_option(label="Alleen lezen")
    page.get_by_label("Geldig (dagen)").fill("30")
    page.get_by_role("button", name="Token maken").click()
    secret = page.locator("#new-token-value")
    expect(secret).to_contain_text("smk_")
    token = secret.inner_text()
    row = page.locator("#tokens tbody tr").filter(has_text="Registratiesysteem")
    expect(row).to_contain_text("alleen lezen")
    expect(row).to_contain_text("actief")
    shot(page, "tokens")
    assert demo_server.request("GET", "/api/v1/me", token=token)[0] == 200
    refused = demo_server.request("POST", "/api/v1/match", {"spider_web": {}}, token=token)
    assert refused[0] == 403  # read only
    row.get_by_role("button", name="Token Registratiesysteem intrekken").click()
    expect(row).to_contain_text("ingetrokken")
    assert demo_server.request("GET", "/api/v1/me", token=token)[0] == 401


def test_the_sign_in_page(page, demo_server):
    page.goto(demo_server.url + "/inloggen")
    expect(page.get_by_role("heading", name="Inloggen", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=f"Inloggen via {SSO_ORGANIZATION}")).to_be_visible()
    expect(page.locator("#demo")).to_be_visible()
    page.get_by_role("button", name="Wachtwoord vergeten?").click()
    expect(page.get_by_role("textbox", name="Je e-mailadres")).to_be_visible()
    shot(page, "signin")
