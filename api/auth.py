"""Bearer tokens and roles: who may call what.

Roles: ``admin`` (everything), ``provider`` (its own organisation's listings), ``coach``
(search, match, outcomes; with an organisation also its referrals), ``municipality`` (its
own municipality's reports), ``referrer`` (a GP practice by its AGB code: its own referrals).

A caller is a Bearer token (a machine) or, without an ``Authorization`` header, the person
signed in with the session cookie (``api/sessions.py``); both answer to the same rules.
A token with scope ``read`` may only read.
"""

from functools import wraps

from flask import g, request
from flask_smorest import abort

from api import services
from api.store import Token

SECURITY = [{"bearer": []}, {"session": []}]
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def current_token() -> Token | None:
    """The caller: a valid Bearer token, else the signed-in person (no header at all)."""
    if "token" not in g:
        header = request.headers.get("Authorization", "")
        scheme, _, secret = header.partition(" ")
        g.token = None
        if scheme.lower() == "bearer" and secret.strip():
            g.token = services.get().store.verify_token(secret.strip())
        elif not header:
            from api.sessions import principal

            g.token = principal()
    return g.token


def require(*roles: str):
    """Allow a view to tokens of these roles (admin always); 401 without a valid token."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            token = current_token()
            if token is None:
                abort(401, message="Sign in, or send a valid API token (Authorization: Bearer).")
            if token.role != "admin" and token.role not in roles:
                abort(403, message=f"The {token.role} role may not do this.")
            if token.scope == "read" and request.method not in READ_METHODS:
                abort(403, message="This token may only read (scope read).")
            return view(*args, **kwargs)

        return wrapper

    return decorator


def actor() -> str:
    token = current_token()
    if token is None:
        return "anonymous"
    return f"account:{token.account_id}" if token.via == "session" else f"token:{token.id}"


def may_write(organization_id: str | None) -> bool:
    token = current_token()
    if token is None:
        return False
    if token.role == "admin":
        return True
    return token.role == "provider" and token.organization_id == organization_id
