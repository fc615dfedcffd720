"""Shared fixtures: a fresh app and store per test, tokens for every role, sample listings."""

import copy
from pathlib import Path

import pytest

from api import create_app, services

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ORG_A = {"id": "org-a", "name": "Stichting Welzijn Voorbeeld"}
ORG_B = {"id": "org-b", "name": "Sportclub Voorbeeld"}

# A valid in-person listing in Veghel (Meierijstad); tests change what they need.
BASE_ACTIVITY = {
    "name": "Wandelgroep De Stapvoets",
    "description": "Elke dinsdagochtend wandelen we een uur in een rustig tempo langs de Aa.",
    "organization": ORG_A,
    "categories": ["sport_movement", "nature", "contact_meeting"],
    "accessibility": ["wheelchair", "step_free"],
    "features": ["walk_in", "come_alone_welcome"],
    "delivery": "in_person",
    "location": {
        "name": "Wijkcentrum De Bunders",
        "address": "Bundersweg 1",
        "postal_code": "5461 AB",
        "city": "Veghel",
        "latitude": 51.6170,
        "longitude": 5.5480,
    },
    "schedules": [{"days": ["TU"], "opens_at": "10:00", "closes_at": "11:00"}],
    "costs": [],
    "languages": ["nl"],
    "status": "active",
    "assured_date": "2026-10-01",
}


def activity(**changes) -> dict:
    """A copy of BASE_ACTIVITY with top-level fields replaced."""
    doc = copy.deepcopy(BASE_ACTIVITY)
    doc.update(copy.deepcopy(changes))
    return doc


@pytest.fixture
def app(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "var")})
    yield app
    app.extensions["socialmap"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def tokens(app) -> dict[str, dict]:
    """Authorization headers per role: admin, provider_a, provider_b, coach, municipality,
    referrer (GP practice AGB 01234567)."""
    with app.app_context():
        store = services.get().store
        made = {
            "admin": store.create_token("admin"),
            "provider_a": store.create_token("provider", organization_id="org-a"),
            "provider_b": store.create_token("provider", organization_id="org-b"),
            "coach": store.create_token("coach"),
            "municipality": store.create_token("municipality", municipality="GM1948"),
            "referrer": store.create_token("referrer", agb="01234567"),
        }
    return {k: {"Authorization": f"Bearer {secret}"} for k, (_, secret) in made.items()}


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture
def smtp_server():
    """A real SMTP server on loopback (aiosmtpd); see tests/mail.py."""
    from tests.mail import SmtpServer

    server = SmtpServer().start()
    yield server
    server.stop()
