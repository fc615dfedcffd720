"""Abuse limits and security headers.

* Rate limiting per token with Flask-Limiter (``SOCIALMAP_RATE_LIMIT``, e.g. ``600/minute``;
  ``off`` disables it, as load tests do). Requests without a token count per client address.
  The counters live in ``SOCIALMAP_RATE_LIMIT_STORAGE`` (default: memory, per process — with
  several workers a client may get up to workers × the limit; use ``redis://`` or
  ``memcached://`` to share them).
* Security headers on every answer, and a Content-Security-Policy on the pages that allows
  no inline script, no framing and no other origin than the map tiles, if configured.
"""

from urllib.parse import urlsplit

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from api.auth import current_token
from api.errors import envelope


def rate_limit_key() -> str:
    """A valid token's id; otherwise the client address (made-up tokens share it)."""
    token = current_token()
    if token is not None:
        return f"token:{token.id}"
    return "addr:" + (get_remote_address() or "unknown")


def _exempt() -> bool:
    return request.path == "/api/v1/health" or not request.path.startswith(
        ("/api/", "/hsds/", "/fhir/")
    )


def init_app(app: Flask) -> None:
    rate = str(app.config["RATE_LIMIT"] or "off").strip()
    enabled = rate.lower() not in ("off", "none", "0", "false")
    app.config["RATELIMIT_ENABLED"] = enabled
    # one budget per token across all endpoints (application limits), not per route
    limiter = Limiter(
        rate_limit_key,
        app=app,
        application_limits=[rate] if enabled else [],
        storage_uri=app.config["RATE_LIMIT_STORAGE"],
        headers_enabled=True,
    )
    limiter.request_filter(_exempt)
    app.extensions["limiter_instance"] = limiter

    @app.errorhandler(429)
    def _too_many(e):
        response, code = envelope(
            429,
            "Too Many Requests",
            f"Rate limit exceeded ({e.description}); slow down and retry later.",
        )
        return response, code

    @app.after_request
    def _headers(response):
        h = response.headers
        h.setdefault("X-Content-Type-Options", "nosniff")
        h.setdefault("Referrer-Policy", "same-origin")
        if response.mimetype == "text/html":
            h.setdefault("Content-Security-Policy", content_security_policy())
            h.setdefault("X-Frame-Options", "DENY")
        return response


def content_security_policy() -> str:
    tiles = current_app.config.get("MAP_TILES")
    img = "'self' data: blob:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tiles else parts.netloc
        img += f" {parts.scheme}://{host}"
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {img}",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )
