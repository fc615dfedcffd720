"""Browser tests: Debian's Chromium, driven by Playwright, against a real ``socialmap serve``
with the demo map loaded. Screenshots go to tests/screenshots/ (look at them).

Chromium comes from Debian (``apt-get install chromium``, done by ``make test``); Playwright
never downloads a browser here. Without /usr/bin/chromium the tests skip, except under CI.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.accounts import PASSWORD
from tests.server import BIN, Server, cli

CHROMIUM = os.environ.get("SOCIALMAP_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
ROOT = Path(__file__).resolve().parent.parent.parent
# Chromium's own connections are refused on this closed network: switch them off.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--lang=nl-NL",  # Dutch form controls (time, date, file picker)
]
DESKTOP = {"width": 1280, "height": 900}
TABLET = {"width": 820, "height": 1180}  # iPad Air, portrait


def pytest_collection_modifyitems(config, items):
    missing = []
    if not Path(CHROMIUM).exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    if not (ROOT / "static" / "node_modules" / "leaflet").exists():
        missing.append("static/node_modules (cd static && npm ci)")
    if not missing:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("browser tests need " + ", ".join(missing))
    skip = pytest.mark.skip(reason="needs " + ", ".join(missing))
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


ADMIN_EMAIL = "beheer@gemeente.example"
# the demo organisation whose people sign in with their own identity provider
SSO_ORGANIZATION = "Omnisportvereniging Vitaal Veghel"
IDP_USERS = {
    "sanne": {
        "sub": "idp-sanne",
        "email": "sanne@sportvereniging.example",
        "email_verified": True,
        "name": "Sanne Sport",
        "organisation": "sv-veghel",
    }
}


def demo_organization(name: str) -> str:
    """The id of a demo organisation, by its name."""
    demo = json.loads((ROOT / "data" / "demo" / "meierijstad.json").read_text())
    return next(
        s["organization"]["id"] for s in demo if s.get("organization", {}).get("name") == name
    )


def create_user(data_dir: Path, email: str, name: str, role: str, *extra: str) -> None:
    """``socialmap user create`` with the password on stdin, as an operator would."""
    subprocess.run(
        [
            str(BIN / "socialmap"),
            "user",
            "create",
            "--email",
            email,
            "--name",
            name,
            "--role",
            role,
            "--password-stdin",
            *extra,
        ],
        input=PASSWORD + "\n",
        env={**os.environ, "SOCIALMAP_DATA_DIR": str(data_dir)},
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def mail_server():
    """The SMTP server the browser tests' server sends its mail to."""
    from tests.mail import SmtpServer

    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def identity_provider():
    """A real OpenID Connect provider (tests/oidc_provider.py) for one demo organisation."""
    from tests.oidc_provider import OidcProvider

    idp = OidcProvider(IDP_USERS).start()
    yield idp
    idp.stop()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, mail_server, identity_provider):
    """gunicorn with the demo map and demo sign-in, shared by the browser tests; its mail
    goes to ``mail_server``, one demo organisation signs in with ``identity_provider``, and
    the first admin was made with the CLI (``server.admin_email``, PASSWORD)."""
    data_dir = tmp_path_factory.mktemp("browser-var")
    cli(data_dir, "demo")
    create_user(data_dir, ADMIN_EMAIL, "Bea Beheer", "admin")
    sso = identity_provider.config(
        id="sv-veghel",
        name=SSO_ORGANIZATION,
        role="provider",
        organization_claim="organisation",
        organizations={"sv-veghel": demo_organization(SSO_ORGANIZATION)},
    )
    server = Server(
        data_dir,
        workers=2,
        env={
            "SOCIALMAP_DEMO_SIGNIN": "true",
            "SOCIALMAP_SECURE_COOKIES": "false",  # plain http on 127.0.0.1
            "SOCIALMAP_SMTP_URL": mail_server.url,
            "SOCIALMAP_OIDC_PROVIDERS": json.dumps([sso]),
        },
    )
    identity_provider.redirect_uris.append(f"{server.url}/sso/sv-veghel/callback")
    server.start()
    server.admin = cli(data_dir, "token", "create", "--role", "admin").strip().splitlines()[-1]
    server.admin_email = ADMIN_EMAIL
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class PageErrors(list):
    """JavaScript errors and failed requests seen by a page; a test ends with none."""


def _open(browser, viewport, tmp_path):
    context = browser.new_context(
        viewport=viewport, locale="nl-NL", accept_downloads=True, base_url=None
    )
    page = context.new_page()
    errors = PageErrors()
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on(
        "console",
        lambda m: (
            errors.append(f"console: {m.text}")
            if m.type == "error" and "Failed to load resource" not in m.text
            else None
        ),
    )
    page.set_default_timeout(15_000)
    page.errors = errors
    return context, page


@pytest.fixture
def page(browser, tmp_path):
    context, page = _open(browser, DESKTOP, tmp_path)
    yield page
    context.close()
    assert not page.errors, page.errors


@pytest.fixture
def tablet_page(browser, tmp_path):
    context, page = _open(browser, TABLET, tmp_path)
    yield page
    context.close()
    assert not page.errors, page.errors


def shot(page, name: str, full_page: bool = True) -> Path:
    """Save a screenshot as tests/screenshots/<name>.png and return its path."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture
def blocked_tiles(page):
    """No tile server is reachable: every request off localhost fails, as offline."""
    page.context.route(
        lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort()
    )
    return page


__all__ = ["shot", "shutil"]


def demo_sign_in(page, url: str, organization: str | None = None) -> None:
    """Open a page: it sends us to the sign-in page, where the demo offers a person of the
    page's role (provider: pick the organisation); then we are back on the page."""
    page.goto(url)
    page.wait_for_url("**/inloggen?*")
    if organization:
        page.get_by_label("Organisatie").select_option(label=organization)
    page.locator("#demo-signin").click()
    page.wait_for_url(url)
    page.get_by_text("Ingelogd als").wait_for()


def password_sign_in(page, server, email: str, password: str = PASSWORD, path: str = "/") -> None:
    """Sign in on /inloggen with e-mail and password, as a person does."""
    page.goto(server.url + "/inloggen" + (f"?next={path}" if path != "/" else ""))
    page.get_by_label("E-mailadres", exact=True).fill(email)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_role("button", name="Inloggen", exact=True).click()
    page.wait_for_url(lambda url: "/inloggen" not in url)
