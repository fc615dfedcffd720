"""The Open Referral HSDS 3.0 read API: /hsds/services and /hsds/services/{id}."""

import math
from datetime import UTC, datetime

from flask_smorest import Blueprint, abort
from marshmallow import fields, validate

from api import services
from api.errors import RATE_LIMITED, SEARCH_DOWN, error_responses
from api.schema import Schema
from indexers.base import SearchQuery
from matcher.hsds import hsds_id, to_hsds

blp = Blueprint(
    "hsds",
    __name__,
    url_prefix="/hsds",
    description="Open Referral HSDS 3.0 read API (no token needed).",
)


class HsdsListArgs(Schema):
    search = fields.String(validate=validate.Length(max=500))
    page = fields.Integer(load_default=1, validate=validate.Range(min=1))
    per_page = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    taxonomy_term_id = fields.String()
    modified_after = fields.DateTime()
    full_service = fields.Boolean(load_default=True)


def _term_ids(service: dict) -> set[str]:
    ids = {a["taxonomy_term_id"] for a in service.get("attributes") or []}
    for sal in service.get("service_at_locations") or []:
        ids |= {a["taxonomy_term_id"] for a in sal["location"].get("attributes") or []}
    return ids


class HsdsServiceSchema(Schema):
    """An HSDS 3.0 ``service`` in the Dutch profile (documentation only: the answer is the
    HSDS document as ``matcher.hsds.to_hsds`` builds it, see the HSDS 3.0 schema)."""

    id = fields.String(required=True, metadata={"description": "A UUID."})
    name = fields.String(required=True)
    description = fields.String(allow_none=True)
    organization_id = fields.String(allow_none=True)
    organization = fields.Dict(metadata={"description": "HSDS organization."})
    url = fields.String(allow_none=True)
    email = fields.String(allow_none=True)
    status = fields.String(required=True)
    fees_description = fields.String(allow_none=True)
    application_process = fields.String(allow_none=True)
    eligibility_description = fields.String(allow_none=True)
    alert = fields.String(allow_none=True)
    minimum_age = fields.Integer(allow_none=True)
    maximum_age = fields.Integer(allow_none=True)
    assured_date = fields.String(allow_none=True, metadata={"description": "YYYY-MM-DD"})
    last_modified = fields.String(allow_none=True, metadata={"description": "ISO 8601."})
    attributes = fields.List(fields.Dict(), metadata={"description": "HSDS attribute."})
    languages = fields.List(fields.Dict(), metadata={"description": "HSDS language."})
    cost_options = fields.List(fields.Dict(), metadata={"description": "HSDS cost_option."})
    schedules = fields.List(fields.Dict(), metadata={"description": "HSDS schedule."})
    service_at_locations = fields.List(
        fields.Dict(), metadata={"description": "HSDS service_at_location, with its location."}
    )


class HsdsPageSchema(Schema):
    """HSDS 3.0 ``service_list`` page; ``contents`` are HSDS services (see the HSDS schema)."""

    total_items = fields.Integer(required=True)
    total_pages = fields.Integer(required=True)
    page_number = fields.Integer(required=True)
    size = fields.Integer(required=True)
    first_page = fields.Boolean(required=True)
    last_page = fields.Boolean(required=True)
    empty = fields.Boolean(required=True)
    contents = fields.List(
        fields.Dict(),
        required=True,
        metadata={"description": "HSDS services, as GET /hsds/services/{service_id} gives."},
    )


@blp.route("/services")
@blp.arguments(HsdsListArgs, location="query")
@blp.response(200, HsdsPageSchema)
@error_responses(blp, RATE_LIMITED, SEARCH_DOWN)
def list_services(args):
    """A page of services (HSDS ``service_list``), all statuses: by name, or by relevance
    for a ``search``."""
    query = SearchQuery(
        text=args.get("search"),
        active_only=False,
        sort="relevance" if args.get("search") else "name",
        limit=1_000_000,
    )
    docs = [h.document for h in services.get().backend.search(query).hits]
    after = args.get("modified_after")
    if after is not None:
        after = after if after.tzinfo else after.replace(tzinfo=UTC)
        docs = [
            d
            for d in docs
            if d.get("updated_at") and datetime.fromisoformat(d["updated_at"]) > after
        ]
    if args.get("taxonomy_term_id"):  # term ids live in the HSDS form: convert, then filter
        docs = [d for d in docs if args["taxonomy_term_id"] in _term_ids(to_hsds(d))]
    total, size, page = len(docs), args["per_page"], args["page"]
    pages = max(1, math.ceil(total / size))
    chunk = [to_hsds(d) for d in docs[(page - 1) * size : page * size]]
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": size,
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not chunk,
        "contents": chunk,
    }


@blp.route("/services/<service_id>")
@blp.alt_response(200, schema=HsdsServiceSchema, description="HSDS service", success=True)
@error_responses(blp, 404, RATE_LIMITED, SEARCH_DOWN, e404="No such service")
def get_service(service_id):
    """One service in full (HSDS ``service``)."""
    svc = services.get()
    stored = svc.store.get(service_id)
    if stored is None:  # an id of ours that is exported as a derived UUID
        own = next((i for i in svc.backend.ids() if hsds_id(i) == service_id), None)
        stored = svc.store.get(own) if own else None
    if stored is None:
        abort(404, message=f"No service with id {service_id}.")
    return to_hsds(stored.public())
