"""POST /api/v1/import: HSDS 3.0 services (JSON array or NDJSON) into the sociale kaart."""

import json

from flask import request
from flask_smorest import Blueprint, abort

from api import listings
from api.activities.schemas import ImportResultSchema
from api.auth import SECURITY, actor, current_token, require
from api.errors import RATE_LIMITED, SEARCH_DOWN, error_responses

blp = Blueprint(
    "import",
    __name__,
    url_prefix="/api/v1/import",
    description="Import HSDS 3.0 services in the Dutch profile.",
)


def parse_hsds(text: str) -> list:
    """A JSON document (array, page, service...) or NDJSON lines -> records.

    Raises ValueError naming the line of an NDJSON record that is not JSON.
    """
    stripped = text.strip()
    if not stripped:
        return []
    try:
        return [json.loads(stripped)]
    except json.JSONDecodeError as whole:
        if "\n" not in stripped:
            raise ValueError(f"not JSON: {whole}") from None
    records = []
    for n, line in enumerate(stripped.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise ValueError(f"line {n} is not JSON: {e.msg}") from None
    return records


@blp.route("", methods=["POST"])
@require("provider")
@blp.doc(
    security=SECURITY,
    requestBody={
        "content": {
            "application/json": {
                "schema": {
                    "description": "An array of HSDS services, a service_list page, one "
                    "service, or an organisation with its services; a record that is not a "
                    "valid service is listed under rejected.",
                    "oneOf": [{"type": "array", "items": {}}, {"type": "object"}],
                }
            },
            "application/x-ndjson": {
                "schema": {"type": "string", "description": "One HSDS service per line."}
            },
        }
    },
)
@blp.response(200, ImportResultSchema)
@error_responses(
    blp,
    400,
    401,
    403,
    413,
    RATE_LIMITED,
    SEARCH_DOWN,
    e400="The body is empty, or not HSDS JSON or NDJSON",
    e403="Not an admin or provider, or a provider token without organisation",
    e413="The body is too large (SOCIALMAP_MAX_CONTENT_LENGTH)",
)
def import_services():
    """Import services; valid records land even when others are rejected (listed with errors).

    A provider token imports only its own organisation's services."""
    from matcher.hsds import iter_services

    try:
        text = request.get_data(as_text=True)
        docs = parse_hsds(text)
    except (ValueError, UnicodeDecodeError) as e:
        abort(400, message=f"The body is not HSDS JSON or NDJSON: {e}")
    if not docs:
        abort(400, message="The body is empty: send HSDS services as JSON or NDJSON.")
    if len(docs) == 1 and not isinstance(docs[0], list | dict):
        abort(400, message="The body is not HSDS JSON: send an array or an object.")
    token = current_token()
    org = token.organization_id if token.role == "provider" else None
    if token.role == "provider" and not org:
        abort(403, message="This provider token has no organisation.")
    report = listings.import_records(iter_services(docs), actor(), organization_id=org)
    return report.as_dict()
