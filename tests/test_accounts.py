"""People sign in as people: passwords, throttling, sessions with CSRF and timeouts,
invitations and password resets through a real SMTP server, personal API tokens, the CLI."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import update

from api import create_app, services
from api.account_store import account_links, account_sessions
from api.store import now
from tests.accounts import PASSWORD, SessionClient, make_account
from tests.mail import links_in, text_of
from tests.test_store import database_url  # noqa: F401 (the fixture: SQLite and PostgreSQL)

MATCH = {"spider_web": {"participation": 3}, "location": {"postal_code": "5461"}}


@pytest.fixture
def app(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "SECURE_COOKIES": False})
    yield app
    app.extensions["socialmap"].close()


@pytest.fixture
def mail_app(tmp_path, smtp_server):
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "SECURE_COOKIES": False,
            "SMTP_URL": smtp_server.url,
            "PUBLIC_URL": "http://127.0.0.1:8000",
        }
    )
    yield app
    app.extensions["socialmap"].close()


def attempt(client, email, password, csrf=None):
    csrf = csrf or client.get("/api/v1/session").json["csrf_token"]
    return client.post(
        "/api/v1/session",
        json={"email": email, "password": password},
        headers={"X-CSRFToken": csrf},
    )


def events(app, action=None):
    with app.app_context():
        found = services.get().accounts.events(limit=1000)
    return [e for e in found if action is None or e["action"] == action]


# -- signing in ----------------------------------------------------------------------------


def test_sign_in_sets_a_session_cookie_that_the_api_accepts_and_sign_out_ends(app):
    make_account(app, "Carla@Welzijn.example", "coach", display_name="Carla Coach")
    client = app.test_client()
    r = attempt(client, "carla@welzijn.example", PASSWORD)
    assert r.status_code == 200, r.json
    assert r.json["signed_in"] and r.json["account"]["display_name"] == "Carla Coach"
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith("socialmap_session=") and "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert client.get("/api/v1/me").json["role"] == "coach"
    csrf = r.json["csrf_token"]
    assert (
        client.post("/api/v1/match", json=MATCH, headers={"X-CSRFToken": csrf}).status_code == 200
    )
    assert client.delete("/api/v1/session", headers={"X-CSRFToken": csrf}).status_code == 204
    assert client.get("/api/v1/me").status_code == 401
    assert [e["action"] for e in events(app)][:2] == ["sign_out", "sign_in"]


def test_the_cookie_is_secure_by_default(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "var")})
    make_account(app, "a@b.example", "coach")
    r = attempt(app.test_client(), "a@b.example", PASSWORD)
    assert "Secure" in r.headers["Set-Cookie"]
    app.extensions["socialmap"].close()


def test_a_wrong_password_and_an_unknown_address_get_the_same_answer(app):
    make_account(app, "carla@welzijn.example", "coach")
    wrong = attempt(app.test_client(), "carla@welzijn.example", "niet het wachtwoord")
    unknown = attempt(app.test_client(), "niemand@welzijn.example", "niet het wachtwoord")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json == unknown.json
    invited = make_account(app, "nog@welzijn.example", "coach", password=None)
    assert invited.has_password is False
    assert attempt(app.test_client(), "nog@welzijn.example", "").status_code == 422
    assert attempt(app.test_client(), "nog@welzijn.example", "iets").json == wrong.json
    failed = events(app, "sign_in_failed")
    assert len(failed) == 3 and {e["details"]["reason"] for e in failed} == {"password"}


def test_ten_wrong_passwords_throttle_even_the_right_one_and_unknown_addresses_alike(app):
    make_account(app, "carla@welzijn.example", "coach")
    client = app.test_client()
    answers = [attempt(client, "carla@welzijn.example", f"fout {i}") for i in range(10)]
    assert [a.status_code for a in answers] == [401] * 9 + [429]
    assert int(answers[-1].headers["Retry-After"]) > 60
    right = attempt(client, "carla@welzijn.example", PASSWORD)
    assert right.status_code == 429, "throttled: the right password waits too"
    ghosts = [attempt(client, "geest@welzijn.example", f"fout {i}") for i in range(11)]
    assert [a.status_code for a in ghosts] == [401] * 9 + [429, 429]
    assert ghosts[-1].json == right.json  # no difference between an account and none
    assert events(app, "sign_in_failed")[0]["details"]["reason"] == "throttled"
    # another person at the same client address is not locked out by these
    make_account(app, "dirk@welzijn.example", "coach")
    assert attempt(client, "dirk@welzijn.example", PASSWORD).status_code == 200


def test_failures_from_one_client_address_throttle_across_addresses(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "SIGNIN_MAX_FAILURES_PER_ADDRESS": 5,
        }
    )
    make_account(app, "carla@welzijn.example", "coach")
    client = app.test_client()
    codes = [attempt(client, f"p{i}@welzijn.example", "fout").status_code for i in range(5)]
    assert codes == [401] * 4 + [429]
    assert attempt(client, "carla@welzijn.example", PASSWORD).status_code == 429
    app.extensions["socialmap"].close()


# -- CSRF ----------------------------------------------------------------------------------


def test_a_cookie_write_without_the_csrf_token_is_refused(app):
    make_account(app, "carla@welzijn.example", "coach")
    person = SessionClient(app, "carla@welzijn.example")
    for headers in ({}, {"X-CSRFToken": "nep"}, {"X-CSRFToken": person.csrf + "x"}):
        r = person.client.post("/api/v1/match", json=MATCH, headers=headers)
        assert r.status_code == 400 and "CSRF" in r.json["message"], r.json
    assert person.post("/api/v1/match", json=MATCH).status_code == 200
    # signing in needs it too (no other site may sign a browser in)
    fresh = app.test_client()
    fresh.get("/api/v1/session")
    r = fresh.post("/api/v1/session", json={"email": "carla@welzijn.example", "password": PASSWORD})
    assert r.status_code == 400


def test_a_bearer_token_needs_no_csrf_and_ignores_the_cookie(app, tokens):
    make_account(app, "carla@welzijn.example", "provider", organization_id="org-a")
    person = SessionClient(app, "carla@welzijn.example")
    r = person.client.post("/api/v1/match", json=MATCH, headers=tokens["coach"])
    assert r.status_code == 200  # the coach token, no CSRF needed
    r = person.client.get("/api/v1/me", headers={"Authorization": "Bearer smk_x_nope"})
    assert r.status_code == 401  # a bad token is not rescued by the cookie


# -- timeouts and signing out everywhere --------------------------------------------------


def _age(app, **values):
    with app.app_context():
        with services.get().store.engine.begin() as conn:
            conn.execute(update(account_sessions).values(**values))


def test_an_idle_session_ends(app):
    make_account(app, "carla@welzijn.example", "coach")
    person = SessionClient(app, "carla@welzijn.example")
    assert person.get("/api/v1/me").status_code == 200
    _age(app, last_seen_at=now() - timedelta(minutes=61))
    assert person.get("/api/v1/me").status_code == 401
    _age(app, last_seen_at=now())  # it stays ended: the end was written
    assert person.get("/api/v1/me").status_code == 401


def test_a_session_ends_after_its_maximum_however_busy(app):
    make_account(app, "carla@welzijn.example", "coach")
    person = SessionClient(app, "carla@welzijn.example")
    _age(app, created_at=now() - timedelta(hours=12, minutes=1), last_seen_at=now())
    assert person.get("/api/v1/me").status_code == 401


def test_sign_out_everywhere_ends_every_session_of_the_account(app):
    make_account(app, "carla@welzijn.example", "coach")
    make_account(app, "dirk@welzijn.example", "coach")
    laptop = SessionClient(app, "carla@welzijn.example")
    tablet = SessionClient(app, "carla@welzijn.example")
    colleague = SessionClient(app, "dirk@welzijn.example")
    assert tablet.delete("/api/v1/account/sessions").status_code == 204
    assert laptop.get("/api/v1/me").status_code == 401
    assert tablet.get("/api/v1/me").status_code == 401
    assert colleague.get("/api/v1/me").status_code == 200
    assert events(app, "sign_out_all")[0]["details"]["sessions"] == 2


# -- invitations and passwords by mail ----------------------------------------------------


def test_an_admin_invites_a_coach_who_chooses_a_password_once(mail_app, smtp_server, tokens):
    r = mail_app.test_client().post(
        "/api/v1/accounts",
        json={
            "email": "Nieuwe.Coach@Welzijn.example",
            "display_name": "Noor Nieuw",
            "role": "coach",
            "organization_id": "org-a",
        },
        headers=tokens["admin"],
    )
    assert r.status_code == 201, r.json
    assert r.json["email"] == "nieuwe.coach@welzijn.example" and not r.json["has_password"]
    (mail,) = smtp_server.wait(1)
    assert mail["To"] == "nieuwe.coach@welzijn.example"
    assert mail["Subject"] == "Uitnodiging voor de sociale kaart"
    assert "Hallo Noor Nieuw" in text_of(mail) and "welzijnscoach" in text_of(mail)
    (link,) = links_in(mail)
    parts = urlsplit(link)
    assert parts.path == "/wachtwoord" and parts.fragment.startswith("code=")
    code = parts.fragment.removeprefix("code=")

    browser = mail_app.test_client()
    csrf = browser.get("/api/v1/session").json["csrf_token"]
    h = {"X-CSRFToken": csrf}
    page = browser.get("/wachtwoord")
    assert page.status_code == 200 and "Wachtwoord kiezen" in page.get_data(as_text=True)
    page.close()
    peek = browser.post("/api/v1/password/link", json={"code": code}, headers=h)
    assert peek.json["purpose"] == "invitation" and peek.json["display_name"] == "Noor Nieuw"
    weak = browser.post("/api/v1/password", json={"code": code, "password": "welkom123"}, headers=h)
    assert weak.status_code == 422 and weak.json["errors"]["json"]["password"]
    named = browser.post(
        "/api/v1/password", json={"code": code, "password": "noor nieuw welzijn"}, headers=h
    )
    assert named.status_code == 422  # her own name and address are guessable
    ok = browser.post("/api/v1/password", json={"code": code, "password": PASSWORD}, headers=h)
    assert ok.status_code == 200, ok.json
    again = browser.post("/api/v1/password", json={"code": code, "password": PASSWORD}, headers=h)
    assert again.status_code == 410
    person = SessionClient(mail_app, "nieuwe.coach@welzijn.example")
    assert person.get("/api/v1/me").json["organization"]["id"] == "org-a"
    assert events(mail_app, "invite")[0]["details"]["role"] == "coach"
    assert events(mail_app, "password_set")


def test_an_expired_link_sets_nothing(mail_app, smtp_server, tokens):
    mail_app.test_client().post(
        "/api/v1/accounts",
        json={"email": "x@welzijn.example", "display_name": "X", "role": "coach"},
        headers=tokens["admin"],
    )
    code = urlsplit(links_in(smtp_server.wait(1)[0])[0]).fragment.removeprefix("code=")
    with mail_app.app_context():
        with services.get().store.engine.begin() as conn:
            conn.execute(update(account_links).values(expires_at=now() - timedelta(seconds=1)))
    client = mail_app.test_client()
    h = {"X-CSRFToken": client.get("/api/v1/session").json["csrf_token"]}
    r = client.post("/api/v1/password", json={"code": code, "password": PASSWORD}, headers=h)
    assert r.status_code == 410
    assert attempt(client, "x@welzijn.example", PASSWORD).status_code == 401
    # a new invitation: a new link that works (and the old one still does not)
    account_id = next(
        a["id"]
        for a in mail_app.test_client()
        .get("/api/v1/accounts", headers=tokens["admin"])
        .json["items"]
    )
    again = mail_app.test_client().post(
        f"/api/v1/accounts/{account_id}/invitation", headers=tokens["admin"]
    )
    assert again.status_code == 201, again.json
    fresh = urlsplit(links_in(smtp_server.wait(2)[1])[0]).fragment.removeprefix("code=")
    assert fresh != code
    r = client.post("/api/v1/password", json={"code": fresh, "password": PASSWORD}, headers=h)
    assert r.status_code == 200
    assert attempt(client, "x@welzijn.example", PASSWORD).status_code == 200
    done = mail_app.test_client().post(
        f"/api/v1/accounts/{account_id}/invitation", headers=tokens["admin"]
    )
    assert done.status_code == 409  # has a password now


def test_an_organisations_own_admin_invites_only_its_colleagues(mail_app, smtp_server):
    make_account(mail_app, "hoofd@a.example", "provider", organization_id="org-a", org_admin=True)
    make_account(mail_app, "lid@a.example", "provider", organization_id="org-a")
    head = SessionClient(mail_app, "hoofd@a.example")
    member = SessionClient(mail_app, "lid@a.example")
    colleague = {"email": "nieuw@a.example", "display_name": "Nieuw", "role": "provider"}
    own = head.post("/api/v1/accounts", json={**colleague, "organization_id": "org-a"})
    assert own.status_code == 201, own.json
    other = head.post(
        "/api/v1/accounts", json={**colleague, "email": "b@b.example", "organization_id": "org-b"}
    )
    assert other.status_code == 403
    coach = head.post(
        "/api/v1/accounts", json={**colleague, "email": "c@a.example", "role": "coach"}
    )
    assert coach.status_code == 403
    refused = member.post(
        "/api/v1/accounts", json={**colleague, "email": "d@a.example", "organization_id": "org-a"}
    )
    assert refused.status_code == 403
    listed = head.get("/api/v1/accounts").json["items"]
    assert {a["email"] for a in listed} == {"hoofd@a.example", "lid@a.example", "nieuw@a.example"}
    assert (
        head.post("/api/v1/accounts", json={**colleague, "organization_id": "org-a"}).status_code
        == 409
    )
    smtp_server.wait(1)


def test_a_password_reset_mails_only_known_addresses_and_answers_alike(mail_app, smtp_server):
    make_account(mail_app, "carla@welzijn.example", "coach")
    old = SessionClient(mail_app, "carla@welzijn.example")
    client = mail_app.test_client()
    h = {"X-CSRFToken": client.get("/api/v1/session").json["csrf_token"]}
    known = client.post(
        "/api/v1/password-reset", json={"email": "carla@welzijn.example"}, headers=h
    )
    unknown = client.post(
        "/api/v1/password-reset", json={"email": "geest@welzijn.example"}, headers=h
    )
    assert known.status_code == unknown.status_code == 202 and known.json == unknown.json
    (mail,) = smtp_server.wait(1)
    assert mail["To"] == "carla@welzijn.example"
    assert mail["Subject"] == "Nieuw wachtwoord voor de sociale kaart"
    code = urlsplit(links_in(mail)[0]).fragment.removeprefix("code=")
    new = "zeven blauwe meeuwen op het dak"
    r = client.post("/api/v1/password", json={"code": code, "password": new}, headers=h)
    assert r.status_code == 200, r.json
    assert old.get("/api/v1/me").status_code == 401, "a reset ends the sessions there were"
    assert attempt(client, "carla@welzijn.example", PASSWORD).status_code == 401
    assert attempt(client, "carla@welzijn.example", new).status_code == 200
    assert len(smtp_server.messages) == 1


# -- personal tokens -------------------------------------------------------------------------


def test_a_person_makes_scopes_and_revokes_tokens_of_their_own(app, tokens):
    make_account(app, "anna@a.example", "provider", organization_id="org-a")
    make_account(app, "bert@a.example", "provider", organization_id="org-a")
    anna, bert = SessionClient(app, "anna@a.example"), SessionClient(app, "bert@a.example")
    made = anna.post("/api/v1/account/tokens", json={"label": "Ons CRM", "scope": "read"})
    assert made.status_code == 201, made.json
    secret = made.json["token"]
    machine = app.test_client()
    bearer = {"Authorization": f"Bearer {secret}"}
    assert machine.get("/api/v1/me", headers=bearer).json["organization"]["id"] == "org-a"
    assert machine.get("/api/v1/activities", headers=bearer).status_code == 200
    from tests.conftest import activity

    write = machine.post("/api/v1/activities", json=activity(id="crm-1"), headers=bearer)
    assert write.status_code == 403 and "read" in write.json["message"]
    writer = anna.post("/api/v1/account/tokens", json={"label": "Import", "scope": "write"}).json
    wrote = machine.post(
        "/api/v1/activities",
        json=activity(id="crm-1"),
        headers={"Authorization": f"Bearer {writer['token']}"},
    )
    assert wrote.status_code == 201
    listed = anna.get("/api/v1/account/tokens").json["items"]
    assert [t["label"] for t in listed] == ["Import", "Ons CRM"] and "token" not in listed[0]
    assert bert.get("/api/v1/account/tokens").json["items"] == []
    assert bert.delete(f"/api/v1/account/tokens/{made.json['id']}").status_code == 404
    # tokens do not manage tokens: that is a person's act
    assert machine.get("/api/v1/account/tokens", headers=bearer).status_code == 403
    assert anna.delete(f"/api/v1/account/tokens/{made.json['id']}").status_code == 204
    assert machine.get("/api/v1/me", headers=bearer).status_code == 401
    actions = [e["action"] for e in events(app)]
    assert actions.count("token_create") == 2 and actions.count("token_revoke") == 1


# -- the CLI and demo ------------------------------------------------------------------------


def test_the_first_admin_is_made_from_the_cli(app):
    runner = app.test_cli_runner()
    weak = runner.invoke(
        args=[
            "user",
            "create",
            "--email",
            "beheer@gemeente.example",
            "--name",
            "Beheer",
            "--role",
            "admin",
            "--password-stdin",
        ],
        input="kort\n",
    )
    assert weak.exit_code != 0 and "minstens" in weak.output
    made = runner.invoke(
        args=[
            "user",
            "create",
            "--email",
            "beheer@gemeente.example",
            "--name",
            "Beheer",
            "--role",
            "admin",
        ],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert made.exit_code == 0, made.output
    assert PASSWORD not in made.output
    admin = SessionClient(app, "beheer@gemeente.example")
    assert admin.get("/api/v1/accounts").status_code == 200
    listed = runner.invoke(args=["user", "list"])
    assert "beheer@gemeente.example" in listed.output and "admin" in listed.output
    disabled = runner.invoke(args=["user", "disable", "beheer@gemeente.example"])
    assert disabled.exit_code == 0
    assert admin.get("/api/v1/me").status_code == 401


def test_demo_sign_in_signs_in_a_demo_person_of_the_role(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "DEMO_SIGNIN": True,
            "SECURE_COOKIES": False,
        }
    )
    client = app.test_client()
    s = client.get("/api/v1/session").json
    assert s["demo_signin"] is True
    r = client.post(
        "/api/v1/demo", json={"role": "coach"}, headers={"X-CSRFToken": s["csrf_token"]}
    )
    assert r.status_code == 201, r.json
    assert r.json["account"]["role"] == "coach" and r.json["account"]["email"].endswith(".invalid")
    assert client.get("/api/v1/me").json["role"] == "coach"
    assert (
        client.post(
            "/api/v1/demo", json={"role": "admin"}, headers={"X-CSRFToken": s["csrf_token"]}
        ).status_code
        == 422
    )
    app.extensions["socialmap"].close()


def test_people_on_this_store(database_url, tmp_path, smtp_server):  # noqa: F811
    """Sign-in, throttling, sessions and an invitation link with the store on SQLite and on
    PostgreSQL (when SOCIALMAP_TEST_DATABASE_URL names one)."""
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "DATABASE_URL": database_url,
            "EMBEDDER": "none",
            "SECURE_COOKIES": False,
            "SMTP_URL": smtp_server.url,
        }
    )
    try:
        make_account(app, "carla@welzijn.example", "coach")
        assert attempt(app.test_client(), "carla@welzijn.example", "fout").status_code == 401
        person = SessionClient(app, "carla@welzijn.example")
        assert person.post("/api/v1/match", json=MATCH).status_code in (200, 503)
        made = person.post("/api/v1/account/tokens", json={"label": "x"})
        assert made.status_code == 201
        with app.app_context():
            _, admin = services.get().store.create_token("admin")
        invited = app.test_client().post(
            "/api/v1/accounts",
            json={"email": "nieuw@welzijn.example", "display_name": "Nieuw", "role": "coach"},
            headers={"Authorization": f"Bearer {admin}"},
        )
        assert invited.status_code == 201, invited.json
        code = urlsplit(links_in(smtp_server.wait(1)[0])[0]).fragment.removeprefix("code=")
        client = app.test_client()
        h = {"X-CSRFToken": client.get("/api/v1/session").json["csrf_token"]}
        set_ = client.post("/api/v1/password", json={"code": code, "password": PASSWORD}, headers=h)
        assert set_.status_code == 200
        assert person.delete("/api/v1/account/sessions").status_code == 204
        assert person.get("/api/v1/me").status_code == 401
    finally:
        app.extensions["socialmap"].close()
