"""One JSON error envelope for everything: ``{"code", "status", "message", "errors"}``.

flask-smorest formats HTTP errors; this adds the cases it does not cover (an unreachable
search engine, an unexpected exception) so that no answer is an HTML page or a stack trace.
"""

import logging
from http import HTTPStatus

from flask import Flask, jsonify
from marshmallow import fields
from werkzeug.exceptions import HTTPException

from api.schema import Schema
from indexers.base import BackendUnavailable

log = logging.getLogger(__name__)


class ErrorSchema(Schema):
    """The error envelope of every 4xx/5xx answer."""

    code = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    status = fields.String(required=True, metadata={"description": "The HTTP status name."})
    message = fields.String(required=True, metadata={"description": "What went wrong."})
    errors = fields.Dict(
        metadata={"description": "Field errors by location (json, query, headers) and field name."}
    )


# Answers that may come from any request, whatever the operation.
RATE_LIMITED = 429  # SOCIALMAP_RATE_LIMIT, per token (not on /api/v1/health)
SEARCH_DOWN = 503  # the search engine (Elasticsearch) cannot be reached


def error_responses(blp, *codes: int, **descriptions: str):
    """Document error answers of a view in the JSON envelope (``ErrorSchema``).

    ``descriptions`` name what a code means for this view, keyed ``e404="..."``."""

    def decorator(view):
        for code in codes:
            description = descriptions.get(f"e{code}") or HTTPStatus(code).phrase
            view = blp.alt_response(code, schema=ErrorSchema, description=description)(view)
        return view

    return decorator


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
