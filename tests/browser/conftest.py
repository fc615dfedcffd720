"""Browser tests: Debian's Chromium, driven by Playwright, against a real ``socialmap serve``
with the demo map loaded. Screenshots go to tests/screenshots/ (look at them).

Chromium comes from Debian (``apt-get install chromium``, done by ``make test``); Playwright
never downloads a browser here. Without /usr/bin/chromium the tests skip, except under CI.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.server import Server, cli

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


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """gunicorn with the demo map and demo sign-in, shared by the browser tests."""
    data_dir = tmp_path_factory.mktemp("browser-var")
    cli(data_dir, "demo")
    server = Server(data_dir, workers=2, env={"SOCIALMAP_DEMO_SIGNIN": "true"}).start()
    server.admin = cli(data_dir, "token", "create", "--role", "admin").strip().splitlines()[-1]
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
    """Open a page and sign in with its demo button (provider: pick the organisation)."""
    page.goto(url)
    if organization:
        page.get_by_label("Organisatie").select_option(label=organization)
    page.locator("#demo-signin").click()
    page.get_by_text("Ingelogd als").wait_for()
