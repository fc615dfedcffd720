"""Review reminders: the weekly digest of listings unconfirmed for 11 and 12 months, sent
to the organisation's contact address through the outbox to a real SMTP server, and its
one-click "nog actueel" links (signed, single-use, expiring)."""

from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import update

from api import create_app, services
from api.store import now
from api.upkeep.tables import review_links
from tests.conftest import ORG_A, ORG_B, activity
from tests.mail import links_in, text_of

ORG_A_MAIL = {**ORG_A, "email": "activiteiten@welzijn-voorbeeld.example"}
TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


@pytest.fixture
def mail_app(tmp_path, smtp_server):
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "SMTP_URL": smtp_server.url,
            "PUBLIC_URL": "http://kaart.test",
        }
    )
    yield app
    app.extensions["socialmap"].close()


@pytest.fixture
def listings(mail_app):
    client = mail_app.test_client()
    with mail_app.app_context():
        store = services.get().store
        _, admin = store.create_token("admin")
        _, provider = store.create_token("provider", organization_id="org-a")
    admin = {"Authorization": f"Bearer {admin}"}
    made = {
        "eleven": activity(
            id="eleven", name="Koffie-ochtend", organization=ORG_A_MAIL, assured_date=ago(340)
        ),
        "twelve": activity(
            id="twelve", name="Jeu de boules", organization=ORG_A_MAIL, assured_date=ago(400)
        ),
        "fresh": activity(
            id="fresh", name="Breicafé", organization=ORG_A_MAIL, assured_date=ago(100)
        ),
        "no-mail": activity(
            id="no-mail", name="Voetbal", organization=ORG_B, assured_date=ago(350)
        ),
    }
    for doc in made.values():
        r = client.post("/api/v1/activities", json=doc, headers=admin)
        assert r.status_code == 201, r.get_json()
    return {"admin": admin, "provider": {"Authorization": f"Bearer {provider}"}}


def send(app, *args):
    return app.test_cli_runner().invoke(args=["reminders", "send", *args])


def test_the_digest_reaches_the_organisation_once_a_week_with_links(
    mail_app, listings, smtp_server
):
    result = send(mail_app)
    assert result.exit_code == 0, result.output
    assert "1 digests with 2 listings" in result.output
    assert "no contact e-mail for organisation org-b" in result.output
    (msg,) = smtp_server.wait(1)
    assert msg["To"] == ORG_A_MAIL["email"]
    assert msg["Subject"] == "Herinnering: 2 activiteiten graag controleren"
    body = text_of(msg)
    assert "Koffie-ochtend" in body and "Jeu de boules" in body and "Breicafé" not in body
    assert "Al een jaar of langer niet bevestigd" in body
    links = [u for u in links_in(msg) if "/nog-actueel/" in u]
    assert len(links) == 2 and all(u.startswith("http://kaart.test/nog-actueel/") for u in links)
    # the same week again: nothing; next week: nothing new to remind
    assert "0 digests" in send(mail_app).output
    nxt = (TODAY + timedelta(days=7)).isoformat()
    assert "0 digests" in send(mail_app, "--date", nxt).output
    # a month on, the 11-month listing has turned 12 months: its second reminder
    later = send(mail_app, "--date", (TODAY + timedelta(days=30)).isoformat())
    assert "1 digests with 1 listings" in later.output, later.output
    second = smtp_server.wait(2)[1]
    assert "Koffie-ochtend" in text_of(second) and "Jeu de boules" not in text_of(second)
    assert len(smtp_server.messages) == 2


def test_a_link_confirms_once(mail_app, listings, smtp_server):
    send(mail_app)
    (msg,) = smtp_server.wait(1)
    link = next(u for u in links_in(msg) if "/nog-actueel/" in u)
    token = urlsplit(link).path.rsplit("/", 1)[1]
    client = mail_app.test_client()
    seen = client.get(f"/api/v1/reviews/links/{token}")
    assert seen.status_code == 200, seen.get_json()
    name = seen.get_json()["activity"]["name"]
    assert seen.get_json()["confirmed"] is False
    before = date.today()
    done = client.post(f"/api/v1/reviews/links/{token}")
    assert done.status_code == 200, done.get_json()
    assert done.get_json()["confirmed"] is True
    # the day of the confirmation (the suite may run across midnight)
    assert done.get_json()["activity"]["assured_date"] in {
        before.isoformat(),
        date.today().isoformat(),
    }
    # single use
    again = client.post(f"/api/v1/reviews/links/{token}")
    assert again.status_code == 410 and again.get_json()["errors"]["token"] == ["used"]
    assert client.get(f"/api/v1/reviews/links/{token}").status_code == 410
    # the listing is confirmed and no longer due
    due = client.get("/api/v1/reviews", headers=listings["provider"]).get_json()
    assert name not in [i["name"] for i in due["items"]]
    history = client.get(
        f"/api/v1/activities/{done.get_json()['activity']['id']}/history", headers=listings["admin"]
    ).get_json()["items"]
    assert history[0]["action"] == "confirm" and history[0]["actor"].startswith("link:")


def test_a_tampered_or_expired_link_does_nothing(mail_app, listings, smtp_server):
    send(mail_app)
    (msg,) = smtp_server.wait(1)
    first, second = [
        urlsplit(u).path.rsplit("/", 1)[1] for u in links_in(msg) if "/nog-actueel/" in u
    ]
    client = mail_app.test_client()
    tampered = first[:-2] + ("AA" if not first.endswith("AA") else "BB")
    assert client.post(f"/api/v1/reviews/links/{tampered}").status_code == 404
    assert client.post("/api/v1/reviews/links/not-a-token").status_code == 404
    with mail_app.app_context():
        with services.get().store.engine.begin() as conn:
            conn.execute(update(review_links).values(expires_at=now() - timedelta(minutes=1)))
    expired = client.post(f"/api/v1/reviews/links/{second}")
    assert expired.status_code == 410 and expired.get_json()["errors"]["token"] == ["expired"]
    for activity_id in ("eleven", "twelve"):
        doc = client.get(f"/api/v1/activities/{activity_id}", headers=listings["admin"]).get_json()
        assert doc["assured_date"] != TODAY.isoformat()


def test_the_provider_sees_what_is_due(mail_app, listings):
    client = mail_app.test_client()
    r = client.get("/api/v1/reviews", headers=listings["provider"])
    assert r.status_code == 200
    body = r.get_json()
    assert body["organization"]["email"] == ORG_A_MAIL["email"]
    assert [(i["id"], i["stage"]) for i in body["items"]] == [
        ("twelve", "second"),
        ("eleven", "first"),
    ]
    assert body["items"][1]["stale_from"] == (TODAY + timedelta(days=26)).isoformat()
    assert body["last_digest"] is None
    # another organisation's: refused
    assert (
        client.get("/api/v1/reviews?organization=org-b", headers=listings["provider"]).status_code
        == 403
    )
    # admin: all organisations
    every = client.get("/api/v1/reviews", headers=listings["admin"]).get_json()
    assert {i["id"] for i in every["items"]} == {"eleven", "twelve", "no-mail"}


def test_without_a_base_url_the_command_says_so(app):
    result = app.test_cli_runner().invoke(args=["reminders", "send"])
    assert result.exit_code != 0 and "--base-url" in result.output


def test_the_provider_chooses_where_the_digest_goes(mail_app, listings, smtp_server):
    client = mail_app.test_client()
    put = client.put(
        "/api/v1/reviews/contact",
        json={"email": "upkeep@org-a.example"},
        headers=listings["provider"],
    )
    assert put.status_code == 200, put.get_json()
    assert (
        client.put(
            "/api/v1/reviews/contact", json={"email": "geen adres"}, headers=listings["provider"]
        ).status_code
        == 422
    )
    assert (
        client.put(
            "/api/v1/reviews/contact",
            json={"email": "x@y.example", "organization": "org-b"},
            headers=listings["provider"],
        ).status_code
        == 403
    )
    # an import rewrites the HSDS organisation (without the chosen address): it still holds
    client.patch(
        "/api/v1/activities/fresh", json={"description": "Nieuw."}, headers=listings["admin"]
    )
    due = client.get("/api/v1/reviews", headers=listings["provider"]).get_json()
    assert due["organization"]["email"] == "upkeep@org-a.example"
    send(mail_app)
    (msg,) = smtp_server.wait(1)
    assert msg["To"] == "upkeep@org-a.example"
    # an organisation without any address gets one from the admin, and its digest next week
    assert (
        client.put(
            "/api/v1/reviews/contact",
            json={"email": "sport@org-b.example", "organization": "org-b"},
            headers=listings["admin"],
        ).status_code
        == 200
    )
    out = send(mail_app, "--date", (TODAY + timedelta(days=7)).isoformat()).output
    assert "1 digests with 1 listings" in out, out
    assert smtp_server.wait(2)[1]["To"] == "sport@org-b.example"
