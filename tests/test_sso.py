"""Single sign-on with OpenID Connect against a real provider (tests/oidc_provider.py, Authlib's
server components on a loopback port): the authorization code flow end to end, the
id_token checked, a claim mapped to the organisation."""

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from api import create_app, services
from tests.conftest import activity
from tests.oidc_provider import OidcProvider

USERS = {
    "anna": {
        "sub": "u-anna",
        "email": "anna@sportclub.example",
        "email_verified": True,
        "name": "Anna de Vries",
        "organisation": "sportclub-kampen",
    },
    "bert": {
        "sub": "u-bert",
        "email": "bert@elders.example",
        "email_verified": True,
        "name": "Bert Elders",
        "organisation": "onbekend",
    },
}


@pytest.fixture
def idp():
    provider = OidcProvider(USERS).start()
    yield provider
    provider.stop()


@pytest.fixture
def sso_app(tmp_path, idp):
    idp.redirect_uris.append("http://localhost/sso/sportclub/callback")
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "SECURE_COOKIES": False,
            "OIDC_PROVIDERS": [
                idp.config(
                    id="sportclub",
                    name="Sportclub De Kampen",
                    role="provider",
                    organization_claim="organisation",
                    organizations={"sportclub-kampen": "org-b"},
                )
            ],
        }
    )
    with app.app_context():
        services.get().store.create(
            activity(id="b-1", organization={"id": "org-b", "name": "Sportclub De Kampen"}), "test"
        )
    yield app
    app.extensions["socialmap"].close()


def sign_in_at_idp(client, user: str, next_page: str = "/aanbieder"):
    """Follow the flow as a browser would; returns the service's answer to the callback."""
    start = client.get(f"/sso/sportclub?next={next_page}")
    assert start.status_code == 302, start.get_data(as_text=True)
    authorize = start.headers["Location"]
    assert authorize.startswith("http://127.0.0.1:")
    query = parse_qs(urlsplit(authorize).query)
    assert query["response_type"] == ["code"] and "nonce" in query and "state" in query
    browser = requests.Session()
    form = browser.get(authorize, timeout=10)
    assert form.status_code == 200 and "Inloggen bij je organisatie" in form.text
    back = browser.post(authorize, data={"user": user}, allow_redirects=False, timeout=10)
    assert back.status_code == 302, back.text
    callback = urlsplit(back.headers["Location"])
    assert callback.path == "/sso/sportclub/callback"
    return client.get(f"{callback.path}?{callback.query}")


def test_a_provider_signs_in_with_its_identity_provider(sso_app, idp):
    client = sso_app.test_client()
    r = sign_in_at_idp(client, "anna")
    assert r.status_code == 302 and r.headers["Location"] == "/aanbieder"
    assert idp.tokens_issued == 1  # the code was exchanged at the real token endpoint
    me = client.get("/api/v1/me").json
    assert me["role"] == "provider" and me["organization"]["id"] == "org-b"
    session = client.get("/api/v1/session").json
    assert session["account"]["email"] == "anna@sportclub.example"
    assert session["account"]["display_name"] == "Anna de Vries"
    assert session["account"]["sso"] is True and session["account"]["has_password"] is False
    with sso_app.app_context():
        events = services.get().accounts.events()
    assert events[0]["action"] == "sign_in" and events[0]["details"]["method"] == "oidc:sportclub"

    # the second time: the same account, found by issuer and subject
    again = sso_app.test_client()
    assert sign_in_at_idp(again, "anna").status_code == 302
    with sso_app.app_context():
        assert len(services.get().accounts.find()) == 1


def test_an_organisation_the_mapping_does_not_know_is_refused(sso_app):
    client = sso_app.test_client()
    r = sign_in_at_idp(client, "bert")
    assert r.status_code == 302 and r.headers["Location"] == "/inloggen?fout=sso_organisatie"
    assert client.get("/api/v1/me").status_code == 401
    with sso_app.app_context():
        assert services.get().accounts.find() == []
        event = services.get().accounts.events()[0]
    assert event["action"] == "sign_in_failed" and event["details"]["reason"] == "sso_organisatie"


def test_a_callback_with_a_forged_state_or_a_used_code_signs_no_one_in(sso_app, idp):
    client = sso_app.test_client()
    start = client.get("/sso/sportclub")
    authorize = start.headers["Location"]
    browser = requests.Session()
    back = browser.post(authorize, data={"user": "anna"}, allow_redirects=False, timeout=10)
    callback = urlsplit(back.headers["Location"])
    params = parse_qs(callback.query)
    forged = client.get(f"{callback.path}?code={params['code'][0]}&state=forged")
    assert forged.headers["Location"] == "/inloggen?fout=sso"
    assert client.get("/api/v1/me").status_code == 401
    # another browser (no state of its own) replays the callback: refused too
    other = sso_app.test_client()
    assert (
        other.get(f"{callback.path}?{callback.query}").headers["Location"] == "/inloggen?fout=sso"
    )
    assert other.get("/api/v1/me").status_code == 401


def test_the_sign_in_page_lists_the_identity_providers(sso_app):
    providers = sso_app.test_client().get("/api/v1/session").json["identity_providers"]
    assert providers == [
        {"id": "sportclub", "name": "Sportclub De Kampen", "url": "/sso/sportclub"}
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "x", "client_id": "c", "client_secret": "s", "role": "coach"}, "issuer"),
        (
            {
                "id": "x",
                "issuer": "https://i",
                "client_id": "c",
                "client_secret": "s",
                "role": "provider",
            },
            "organization",
        ),
        (
            {
                "id": "X Y",
                "issuer": "https://i",
                "client_id": "c",
                "client_secret": "s",
                "role": "coach",
            },
            "slug",
        ),
        (
            {
                "id": "x",
                "issuer": "https://i",
                "client_id": "c",
                "client_secret": "s",
                "role": "boss",
            },
            "role",
        ),
    ],
)
def test_a_wrong_provider_setting_says_what_is_missing(tmp_path, entry, message):
    with pytest.raises(ValueError, match=message):
        create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "OIDC_PROVIDERS": [entry]})
