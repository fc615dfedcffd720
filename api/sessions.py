"""Sessions for the pages: Flask-Login over a signed cookie, CSRF by Flask-WTF.

The cookie holds a random session id (Flask-Login's user id is that id, not the account's),
whose hash is a row in ``account_sessions``: signing out ends the row, "everywhere" ends all
of an account's rows, and a session ends by itself when idle longer than
``SOCIALMAP_SESSION_IDLE_MINUTES`` or older than ``SOCIALMAP_SESSION_MAX_HOURS``.

The cookie is HttpOnly, SameSite=Lax and Secure unless ``SOCIALMAP_SECURE_COOKIES`` is off
(``make run`` and the tests serve plain http on 127.0.0.1). Every state-changing request that
rides on the cookie carries the CSRF token (``X-CSRFToken``); a request with an
``Authorization`` header is a machine's and is judged by its token alone, never the cookie.
"""

import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from flask import Flask, current_app, g, request, session
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf

from api import services
from api.account_store import Account
from api.errors import envelope
from api.store import Token

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
COOKIE = "socialmap_session"

csrf = CSRFProtect()
login_manager = LoginManager()


@dataclass
class Person(UserMixin):
    """The signed-in account for Flask-Login; its id is the session's id."""

    account: Account
    session_id: str
    ends_at: datetime

    def get_id(self) -> str:
        return self.session_id


@login_manager.user_loader
def _load(session_id: str) -> Person | None:
    config = current_app.config
    found = services.get().accounts.resume_session(
        session_id,
        idle=timedelta(minutes=float(config["SESSION_IDLE_MINUTES"])),
        absolute=timedelta(hours=float(config["SESSION_MAX_HOURS"])),
    )
    if found is None:
        return None
    account, ends_at = found
    return Person(account, session_id, ends_at)


def person() -> Person | None:
    """The person signed in with this request's cookie (None for machine requests)."""
    if request.headers.get("Authorization"):
        return None
    user = current_user
    return user if user and user.is_authenticated else None


def principal() -> Token | None:
    """The signed-in person as the API's caller (``auth.current_token`` uses it)."""
    p = person()
    if p is None:
        return None
    a = p.account
    return Token(
        id=f"session-{a.id}",
        role=a.role,
        organization_id=a.organization_id,
        municipality=a.municipality,
        expires_at=p.ends_at,
        agb=a.agb,
        account_id=a.id,
        via="session",
        org_admin=a.org_admin,
    )


def sign_in(account: Account, method: str) -> Person:
    """Start a session for the account and set the cookie."""
    accounts = services.get().accounts
    session_id = accounts.start_session(account.id, method)
    found = accounts.resume_session(
        session_id,
        idle=timedelta(minutes=float(current_app.config["SESSION_IDLE_MINUTES"])),
        absolute=timedelta(hours=float(current_app.config["SESSION_MAX_HOURS"])),
    )
    p = Person(account, session_id, found[1])
    login_user(p)
    g.pop("token", None)  # later lookups in this request see the person
    return p


def sign_out() -> None:
    p = person()
    if p is not None:
        services.get().accounts.end_session(p.session_id)
    logout_user()
    g.pop("token", None)


def csrf_token() -> str:
    return generate_csrf()


def check_csrf() -> None:
    """For a request that makes a session (signing in): the token is needed even before
    anyone is signed in, so that no other site can sign a browser in as someone else."""
    if not request.headers.get("Authorization"):
        csrf.protect()


def _secret_key(app: Flask) -> str:
    """SOCIALMAP_SECRET_KEY, or one made once and kept in the data dir (0600), so that
    every worker on this machine signs cookies alike."""
    if app.config.get("SECRET_KEY"):
        return app.config["SECRET_KEY"]
    path = Path(app.config["DATA_DIR"]) / "secret_key"
    if not path.exists():
        # written whole under another name, then linked into place: a worker starting at
        # the same moment reads either nothing yet (and links its own, which loses) or all
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".secret_key.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(tmp)
    return path.read_text().strip()


def init_app(app: Flask) -> None:
    app.config["SECRET_KEY"] = _secret_key(app)
    app.config.update(
        SESSION_COOKIE_NAME=COOKIE,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=bool(app.config["SECURE_COOKIES"]),
        WTF_CSRF_CHECK_DEFAULT=False,  # checked below: only requests that ride on a cookie
        WTF_CSRF_TIME_LIMIT=None,  # as long as the session, which has its own limits
        WTF_CSRF_SSL_STRICT=True,
    )
    login_manager.session_protection = None  # the session row is the protection
    login_manager.init_app(app)
    csrf.init_app(app)

    @app.before_request
    def _csrf_for_cookies():
        if request.method not in STATE_CHANGING or request.headers.get("Authorization"):
            return
        if "_user_id" in session:
            csrf.protect()

    @app.errorhandler(CSRFError)
    def _csrf_refused(e):
        return envelope(
            400,
            "Bad Request",
            f"{e.description} Send the session's CSRF token in the X-CSRFToken header "
            "(GET /api/v1/session gives it).",
        )
