"""One JSON error envelope for everything: ``{"code", "status", "message", "errors"}``.

flask-smorest formats HTTP errors; this adds the cases it does not cover (an unreachable
search engine, an unexpected exception) so that no answer is an HTML page or a stack trace.
"""

import logging

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from indexers.base import BackendUnavailable

log = logging.getLogger(__name__)


def envelope(code: int, status: str, message: str, errors: dict | None = None):
    body = {"code": code, "status": status, "message": message}
    if errors:
        body["errors"] = errors
    return jsonify(body), code


def init_app(app: Flask) -> None:
    @app.errorhandler(BackendUnavailable)
    def _unavailable(e):
        return envelope(503, "Service Unavailable", f"Search is unavailable: {e}")

    @app.errorhandler(Exception)
    def _unexpected(e):
        if isinstance(e, HTTPException):
            return envelope(e.code or 500, e.name, e.description or e.name)
        log.exception("unhandled error")
        return envelope(500, "Internal Server Error", "Something went wrong on our side.")
