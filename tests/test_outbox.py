"""The outbox: mail queued in the store and delivered to a real SMTP server (aiosmtpd)."""

import threading

import pytest
from sqlalchemy import select, update

from api import create_app, services
from api.outbox import MailError, Outbox, SmtpSettings, outbox
from api.store import now
from tests.mail import SmtpServer, links_in, text_of


@pytest.fixture
def mail_app(tmp_path, smtp_server):
    app = create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "SMTP_URL": smtp_server.url}
    )
    yield app
    app.extensions["socialmap"].close()


def _rows(engine):
    with engine.connect() as conn:
        return list(conn.execute(select(outbox)))


def test_a_queued_mail_arrives_with_text_html_and_link_and_keeps_no_body(mail_app, smtp_server):
    with mail_app.app_context():
        box = services.get().outbox
        box.enqueue(
            "coach@welzijn.example",
            "Uitnodiging voor de sociale kaart",
            "Welkom. Kies een wachtwoord: http://127.0.0.1:8000/account/invite/abc123",
            html="<p>Welkom.</p>",
            kind="invitation",
        )
        assert box.deliver() == {"sent": 1, "failed": 0}
        (msg,) = smtp_server.wait(1)
        assert msg["To"] == "coach@welzijn.example"
        assert msg["Subject"] == "Uitnodiging voor de sociale kaart"
        assert links_in(msg) == ["http://127.0.0.1:8000/account/invite/abc123"]
        assert msg.get_body(preferencelist=("html",)).get_content().strip() == "<p>Welkom.</p>"
        (row,) = _rows(box.engine)
        # delivered: the record stays, the link (a secret) does not
        assert row.sent_at is not None and row.body_text == "" and row.body_html is None
        assert box.deliver() == {"sent": 0, "failed": 0}  # never twice
        assert len(smtp_server.messages) == 1


def test_mail_waits_while_the_server_is_down_and_goes_when_it_is_back(tmp_path):
    server = SmtpServer()  # not started yet: its port refuses connections
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "SMTP_URL": server.url})
    try:
        with app.app_context():
            box = services.get().outbox
            box.enqueue("a@b.example", "Herinnering", "tekst", kind="review_digest")
            assert box.deliver() == {"sent": 0, "failed": 1}
            (row,) = _rows(box.engine)
            assert row.sent_at is None and row.attempts == 1
            assert "Connection" in row.last_error or "refused" in row.last_error.lower()
            assert row.next_attempt_at.replace(tzinfo=None) > now().replace(tzinfo=None)
            assert box.deliver() == {"sent": 0, "failed": 0}  # backs off: not due yet
            server.start()
            with box.engine.begin() as conn:  # an hour later
                conn.execute(update(outbox).values(next_attempt_at=now()))
            assert box.deliver() == {"sent": 1, "failed": 0}
            assert text_of(server.wait(1)[0]).strip() == "tekst"
    finally:
        server.stop()
        app.extensions["socialmap"].close()


def test_a_mail_written_in_a_transaction_that_fails_is_not_sent(mail_app, smtp_server):
    with mail_app.app_context():
        box = services.get().outbox
        with pytest.raises(RuntimeError):
            with box.engine.begin() as conn:
                box.enqueue("a@b.example", "Uitnodiging", "tekst", conn=conn)
                raise RuntimeError("the change that would send it failed")
        assert _rows(box.engine) == []
        assert box.deliver() == {"sent": 0, "failed": 0}


def test_two_workers_delivering_at_once_send_each_mail_once(mail_app, smtp_server):
    with mail_app.app_context():
        engine = services.get().store.engine
        first = Outbox(engine, smtp_url=smtp_server.url)
        second = Outbox(engine, smtp_url=smtp_server.url)
        for i in range(20):
            first.enqueue(f"p{i}@b.example", f"Bericht {i}", "tekst")
        results = []
        threads = [
            threading.Thread(target=lambda b=b: results.append(b.deliver()))
            for b in (first, second)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sum(r["sent"] for r in results) == 20
        smtp_server.wait(20)
        assert sorted(m["To"] for m in smtp_server.messages) == sorted(
            f"p{i}@b.example" for i in range(20)
        )


@pytest.mark.parametrize(
    "address", ["", "geen-adres", "a@b.example\nBcc: x@evil.example", "@b.example"]
)
def test_a_bad_address_is_refused_before_anything_is_queued(app, address):
    with app.app_context():
        box = services.get().outbox
        with pytest.raises(MailError):
            box.enqueue(address, "Onderwerp", "tekst")
        assert _rows(box.engine) == []


def test_a_subject_cannot_carry_headers(app):
    with app.app_context():
        box = services.get().outbox
        box.enqueue("a@b.example", "Onderwerp\nBcc: x@evil.example", "tekst")
        (row,) = _rows(box.engine)
        assert "\n" not in row.subject


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://127.0.0.1:2525", SmtpSettings("127.0.0.1", 2525, "plain")),
        (
            "smtps://u%40x:p%3Aw@mail.example",
            SmtpSettings("mail.example", 465, "ssl", "u@x", "p:w"),
        ),
        ("smtp+starttls://mail.example", SmtpSettings("mail.example", 587, "starttls")),
    ],
)
def test_smtp_url(url, expected):
    assert SmtpSettings.parse(url) == expected


@pytest.mark.parametrize("url", ["http://mail.example", "smtp://", "mail.example:25"])
def test_a_wrong_smtp_url_says_what_is_expected(url):
    with pytest.raises(ValueError, match="SOCIALMAP_SMTP_URL"):
        SmtpSettings.parse(url)


def test_cli_lists_and_delivers(mail_app, smtp_server):
    with mail_app.app_context():
        services.get().outbox.enqueue("a@b.example", "Herinnering", "geheim-link", kind="digest")
    runner = mail_app.test_cli_runner()
    listed = runner.invoke(args=["mail", "list", "--pending"])
    assert listed.exit_code == 0 and "queued" in listed.output and "a@b.example" in listed.output
    assert "geheim-link" not in listed.output
    sent = runner.invoke(args=["mail", "deliver"])
    assert sent.exit_code == 0, sent.output
    assert "sent 1, failed 0" in sent.output
    smtp_server.wait(1)


def test_cli_deliver_without_smtp_says_so(runner):
    result = runner.invoke(args=["mail", "deliver"])
    assert result.exit_code != 0
    assert "SOCIALMAP_SMTP_URL" in result.output
