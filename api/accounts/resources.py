"""People: sign-in and sessions, passwords by e-mail link, invitations, personal API tokens.

Sign-in failures are throttled per typed e-mail address and per client address
(``SOCIALMAP_SIGNIN_MAX_FAILURES`` and ``..._PER_ADDRESS`` within
``SOCIALMAP_SIGNIN_WINDOW_MINUTES``), for addresses with and without an account alike; the
answers never tell whether an address has an account.
"""

import math
import time
from datetime import timedelta

from flask import current_app, request
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from werkzeug.http import http_date

from api import services, sessions, sso
from api.account_store import Account, AccountExists, LinkInvalid, email_key, normalize_email
from api.accounts import mails
from api.accounts.schemas import (
    AccountListSchema,
    ChangePasswordSchema,
    InvitationSchema,
    InvitedSchema,
    LinkCodeSchema,
    MessageSchema,
    NewTokenSchema,
    PasswordLinkSchema,
    PasswordResetSchema,
    PersonalTokenListSchema,
    SessionSchema,
    SetPasswordSchema,
    SignInSchema,
    TokenCreateSchema,
)
from api.auth import SECURITY, actor, current_token
from api.errors import RATE_LIMITED, envelope, error_responses
from api.passwords import hash_password, needs_rehash, verify_password, weakness
from api.store import now

blp = Blueprint(
    "accounts",
    __name__,
    url_prefix="/api/v1",
    description="People: sign-in, sessions, passwords, invitations and personal API tokens.",
)

INVITATION_VALID = timedelta(days=7)
RESET_VALID = timedelta(hours=1)
RESETS_PER_HOUR = 3  # per address; more requests are answered alike and send nothing
CSRF = "The CSRF token is missing or wrong (X-CSRFToken)"
PERSON_ONLY = "Only a signed-in person may do this (not with an API token)"
WRONG = "The e-mail address or password is wrong."


# -- helpers ---------------------------------------------------------------------------


def account_view(account: Account) -> dict:
    organization = None
    if account.organization_id:
        known = services.get().store.organization(account.organization_id) or {}
        organization = {"id": account.organization_id, "name": known.get("name")}
    return {
        "id": account.id,
        "email": account.email,
        "display_name": account.display_name,
        "role": account.role,
        "organization": organization,
        "municipality": account.municipality,
        "agb": account.agb,
        "org_admin": account.org_admin,
        "has_password": account.has_password,
        "sso": account.sso,
        "disabled": account.disabled,
        "created_at": account.created_at,
    }


def session_view() -> dict:
    p = sessions.person()
    return {
        "signed_in": p is not None,
        "account": account_view(p.account) if p else None,
        "expires_at": p.ends_at if p else None,
        "csrf_token": sessions.csrf_token(),
        "identity_providers": sso.providers(),
        "demo_signin": bool(current_app.config["DEMO_SIGNIN"]),
    }


def _person() -> sessions.Person:
    if request.headers.get("Authorization"):
        if current_token() is None:
            abort(401, message="The API token is not valid.")
        abort(403, message=PERSON_ONLY + ".")
    p = sessions.person()
    if p is None:
        abort(401, message="Sign in first.")
    return p


def _client_key() -> str:
    return "addr:" + (request.remote_addr or "unknown")


def _throttled(retry_at):
    """429 with Retry-After. Returned, not raised: the app's 429 handler speaks of the
    request rate limit, and this is about sign-ins."""
    seconds = max(1, math.ceil((retry_at - now()).total_seconds())) if retry_at else 60
    response, code = envelope(
        429, "Too Many Requests", "Too many failed sign-ins; try again later."
    )
    # as an HTTP date: Flask-Limiter, which sets the header on every limited answer, keeps
    # the later of its own and this one (and gives it in seconds)
    response.headers["Retry-After"] = http_date(time.time() + seconds)
    return response, code


def _limits() -> tuple[int, int, timedelta]:
    c = current_app.config
    return (
        int(c["SIGNIN_MAX_FAILURES"]),
        int(c["SIGNIN_MAX_FAILURES_PER_ADDRESS"]),
        timedelta(minutes=float(c["SIGNIN_WINDOW_MINUTES"])),
    )


# -- the session -----------------------------------------------------------------------


@blp.route("/session")
class Session(MethodView):
    @blp.response(200, SessionSchema)
    @error_responses(blp, RATE_LIMITED)
    def get(self):
        """Who is signed in with this browser, the CSRF token for its requests, and the ways
        to sign in (identity providers, demo)."""
        return session_view()

    @blp.arguments(SignInSchema)
    @blp.response(200, SessionSchema)
    @error_responses(
        blp,
        400,
        401,
        RATE_LIMITED,
        e400=CSRF,
        e401="The e-mail address or password is wrong (whether the address has an account "
        "is never told)",
        e429="Too many failed sign-ins for this address or from this client (Retry-After)",
    )
    def post(self, data):
        """Sign in with e-mail address and password; sets the session cookie."""
        sessions.check_csrf()
        accounts = services.get().accounts
        per_account, per_address, window = _limits()
        email = normalize_email(data["email"])
        keys = (email_key(email), _client_key())
        (n_email, until_email), (n_addr, until_addr) = (
            accounts.failures(keys[0], window),
            accounts.failures(keys[1], window),
        )
        found = accounts.by_email(email)
        who = f"account:{found.id}" if found else "anonymous"
        if n_email >= per_account or n_addr >= per_address:
            accounts.log(who, "sign_in_failed", {"reason": "throttled", "client": keys[1][5:]})
            return _throttled(max(t for t in (until_email, until_addr) if t))
        stored = accounts.password_hash(found.id) if found and not found.disabled else None
        if not verify_password(stored, data["password"]):
            accounts.record_failure(*keys)
            accounts.log(who, "sign_in_failed", {"reason": "password", "client": keys[1][5:]})
            if n_email + 1 >= per_account or n_addr + 1 >= per_address:
                return _throttled(now() + window)
            abort(401, message=WRONG)
        accounts.clear_failures(keys[0])
        if needs_rehash(stored):
            accounts.update(found.id, password_hash=hash_password(data["password"]))
        sessions.sign_in(found, "password")
        accounts.log(who, "sign_in", {"method": "password", "client": keys[1][5:]})
        return session_view()

    @blp.response(204)
    @error_responses(blp, 400, RATE_LIMITED, e400=CSRF)
    def delete(self):
        """Sign out: this session ends (the cookie no longer signs anyone in)."""
        p = sessions.person()
        if p is not None:
            services.get().accounts.log(f"account:{p.account.id}", "sign_out", {})
        sessions.sign_out()
        return "", 204


@blp.route("/account/sessions", methods=["DELETE"])
@blp.response(204)
@error_responses(blp, 400, 401, 403, RATE_LIMITED, e400=CSRF, e403=PERSON_ONLY)
def sign_out_everywhere():
    """Sign out everywhere: every session of this account ends, on every device."""
    p = _person()
    services.get().accounts.end_all_sessions(p.account.id, f"account:{p.account.id}")
    sessions.sign_out()
    return "", 204


# -- passwords -------------------------------------------------------------------------


@blp.route("/account/password", methods=["POST"])
@blp.arguments(ChangePasswordSchema)
@blp.response(204)
@error_responses(blp, 400, 401, 403, RATE_LIMITED, e400=CSRF, e403=PERSON_ONLY)
def change_password(data):
    """Change your own password (the current one is asked again); other sessions end."""
    p = _person()
    accounts = services.get().accounts
    if not verify_password(accounts.password_hash(p.account.id), data["current_password"]):
        accounts.record_failure(email_key(p.account.email), _client_key())
        abort(
            422,
            message="Validation failed.",
            errors={"json": {"current_password": ["The current password is wrong."]}},
        )
    problem = weakness(data["new_password"], p.account.email, p.account.display_name)
    if problem:
        abort(422, message="Validation failed.", errors={"json": {"new_password": [problem]}})
    accounts.update(p.account.id, password_hash=hash_password(data["new_password"]))
    accounts.end_all_sessions(p.account.id, f"account:{p.account.id}")
    sessions.sign_in(p.account, "password")  # this browser stays signed in
    return "", 204


@blp.route("/password-reset", methods=["POST"])
@blp.arguments(PasswordResetSchema)
@blp.response(202, MessageSchema)
@error_responses(blp, 400, RATE_LIMITED, e400=CSRF)
def request_password_reset(data):
    """Ask for a password-reset mail. The answer is the same whether the address has an
    account or not; a link is sent only when it has (at most 3 an hour)."""
    sessions.check_csrf()
    svc = services.get()
    accounts = svc.accounts
    key = "reset:" + email_key(data["email"])
    recent, _ = accounts.failures(key, timedelta(hours=1))
    found = accounts.by_email(data["email"])
    if found and not found.disabled and recent < RESETS_PER_HOUR:
        accounts.record_failure(key)
        with svc.store.engine.begin() as conn:
            code, expires = accounts.create_link(conn, found.id, "password_reset", RESET_VALID)
            subject, text = mails.password_reset(found, code, expires)
            svc.outbox.enqueue(found.email, subject, text, kind="password_reset", conn=conn)
            accounts.audit(conn, "anonymous", "password_reset", {"account": found.id})
        svc.outbox.deliver_soon()
    return {"message": "If the address has an account, a link is on its way."}, 202


@blp.route("/password/link", methods=["POST"])
@blp.arguments(LinkCodeSchema)
@blp.response(200, PasswordLinkSchema)
@error_responses(
    blp, 400, 410, RATE_LIMITED, e400=CSRF, e410="The link is unknown, used or expired"
)
def check_link(data):
    """What a link from a mail is for (to greet the person), without using it up."""
    sessions.check_csrf()
    link = services.get().accounts.peek_link(data["code"])
    if link is None:
        abort(410, message="This link is unknown, used or expired.")
    return {
        "purpose": link.purpose,
        "email": link.account.email,
        "display_name": link.account.display_name,
        "expires_at": link.expires_at,
    }


@blp.route("/password", methods=["POST"])
@blp.arguments(SetPasswordSchema)
@blp.response(200, PasswordLinkSchema)
@error_responses(
    blp, 400, 410, RATE_LIMITED, e400=CSRF, e410="The link is unknown, used or expired"
)
def set_password(data):
    """Set a password with the link from an invitation or reset mail (once)."""
    sessions.check_csrf()
    accounts = services.get().accounts
    link = accounts.peek_link(data["code"])
    if link is None:
        abort(410, message="This link is unknown, used or expired.")
    problem = weakness(data["password"], link.account.email, link.account.display_name)
    if problem:
        abort(422, message="Validation failed.", errors={"json": {"password": [problem]}})
    try:
        account = accounts.use_link(data["code"], hash_password(data["password"]))
    except LinkInvalid:
        abort(410, message="This link is unknown, used or expired.")
    return {
        "purpose": link.purpose,
        "email": account.email,
        "display_name": account.display_name,
        "expires_at": link.expires_at,
    }


# -- invitations -----------------------------------------------------------------------


def _inviter():
    """The admin (token or session) or an organisation's own admin (session)."""
    caller = current_token()
    if caller is None:
        abort(401, message="Sign in, or send a valid API token (Authorization: Bearer).")
    if caller.role == "admin" or (caller.via == "session" and caller.org_admin):
        return caller
    abort(403, message="Only an admin, or an organisation's own admin, invites people.")


def _own_scope(caller) -> dict:
    """What an organisation's own admin may invite into: its role and its organisation,
    municipality or practice."""
    return {
        "role": caller.role,
        "organization_id": caller.organization_id,
        "municipality": caller.municipality,
        "agb": caller.agb,
    }


@blp.route("/accounts")
class Accounts(MethodView):
    @blp.doc(security=SECURITY)
    @blp.response(200, AccountListSchema)
    @error_responses(blp, 401, 403, RATE_LIMITED)
    def get(self):
        """People: all for an admin; for an organisation's own admin, its colleagues."""
        caller = _inviter()
        accounts = services.get().accounts
        if caller.role == "admin":
            found = accounts.find()
        else:
            scope = _own_scope(caller)
            found = [
                a for a in accounts.find() if all(getattr(a, k) == v for k, v in scope.items())
            ]
        return {"items": [account_view(a) for a in found]}

    @blp.doc(security=SECURITY)
    @blp.arguments(InvitationSchema)
    @blp.response(201, InvitedSchema)
    @error_responses(
        blp,
        400,
        401,
        403,
        409,
        RATE_LIMITED,
        e400=CSRF,
        e403="Not an admin, or outside the own organisation",
        e409="An account with this address exists",
    )
    def post(self, data):
        """Invite someone: an account without a password, and a mail with a single-use
        link (7 days) to choose one."""
        caller = _inviter()
        if caller.role != "admin":
            scope = _own_scope(caller)
            asked = {k: data.get(k) for k in scope}
            if asked != scope:
                abort(403, message="An organisation's admin invites colleagues of its own only.")
        svc = services.get()
        accounts = svc.accounts
        inviter_name = "De beheerder"
        if caller.account_id:
            me = accounts.get(caller.account_id)
            inviter_name = me.display_name if me else inviter_name
        organization = None
        if data["organization_id"]:
            organization = (svc.store.organization(data["organization_id"]) or {}).get("name")
        try:
            with svc.store.engine.begin() as conn:
                account = accounts.create(
                    data["email"],
                    data["display_name"],
                    data["role"],
                    created_by=actor(),
                    organization_id=data["organization_id"],
                    municipality=data["municipality"],
                    agb=data["agb"],
                    org_admin=data["org_admin"],
                    conn=conn,
                )
                code, expires = accounts.create_link(
                    conn, account.id, "invitation", INVITATION_VALID
                )
                subject, text = mails.invitation(account, inviter_name, organization, code, expires)
                svc.outbox.enqueue(account.email, subject, text, kind="invitation", conn=conn)
                accounts.audit(
                    conn, actor(), "invite", {"account": account.id, "role": account.role}
                )
        except AccountExists:
            abort(409, message="An account with this address exists.")
        svc.outbox.deliver_soon()
        return {**account_view(account), "invitation_expires_at": expires}, 201


@blp.route("/accounts/<account_id>/invitation", methods=["POST"])
@blp.doc(security=SECURITY)
@blp.response(201, InvitedSchema)
@error_responses(
    blp, 400, 401, 403, 404, 409, RATE_LIMITED, e400=CSRF, e409="Has a password already"
)
def reinvite(account_id):
    """Send a new invitation (the earlier link stops working), for someone who has not
    chosen a password yet."""
    caller = _inviter()
    svc = services.get()
    accounts = svc.accounts
    account = accounts.get(account_id)
    if account is None or (
        caller.role != "admin"
        and any(getattr(account, k) != v for k, v in _own_scope(caller).items())
    ):
        abort(404, message="No such account.")
    if account.has_password or account.disabled:
        abort(409, message="This account has a password already (or is disabled).")
    with svc.store.engine.begin() as conn:
        code, expires = accounts.create_link(conn, account.id, "invitation", INVITATION_VALID)
        subject, text = mails.invitation(account, "De beheerder", None, code, expires)
        svc.outbox.enqueue(account.email, subject, text, kind="invitation", conn=conn)
        accounts.audit(conn, actor(), "invite", {"account": account.id, "again": True})
    svc.outbox.deliver_soon()
    return {**account_view(account), "invitation_expires_at": expires}, 201


# -- personal API tokens ----------------------------------------------------------------


@blp.route("/account/tokens")
class PersonalTokens(MethodView):
    @blp.response(200, PersonalTokenListSchema)
    @error_responses(blp, 401, 403, RATE_LIMITED, e403=PERSON_ONLY)
    def get(self):
        """Your own API tokens (never their secrets), newest first."""
        p = _person()
        return {"items": services.get().accounts.tokens_of(p.account.id)}

    @blp.arguments(TokenCreateSchema)
    @blp.response(201, NewTokenSchema)
    @error_responses(blp, 400, 401, 403, RATE_LIMITED, e400=CSRF, e403=PERSON_ONLY)
    def post(self, data):
        """A token for one of your integrations: your role and organisation, scope ``read``
        (GET only) or ``write``; the secret is in this answer only."""
        p = _person()
        a = p.account
        svc = services.get()
        expires = now() + timedelta(days=data["expires_days"])
        token_id, secret = svc.store.create_token(
            a.role,
            organization_id=a.organization_id,
            municipality=a.municipality,
            label=data["label"],
            expires_at=expires,
            agb=a.agb,
            account_id=a.id,
            scope=data["scope"],
        )
        svc.accounts.log(
            f"account:{a.id}",
            "token_create",
            {"token": token_id, "label": data["label"], "scope": data["scope"]},
        )
        made = next(t for t in svc.accounts.tokens_of(a.id) if t["id"] == token_id)
        return {**made, "token": secret}, 201


@blp.route("/account/tokens/<token_id>", methods=["DELETE"])
@blp.response(204)
@error_responses(blp, 400, 401, 403, 404, RATE_LIMITED, e400=CSRF, e403=PERSON_ONLY)
def revoke_personal_token(token_id):
    """Revoke one of your own tokens: it stops working at once."""
    p = _person()
    if not services.get().accounts.revoke_own_token(p.account.id, token_id):
        abort(404, message="You have no active token with this id.")
    return "", 204
