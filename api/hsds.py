"""The Open Referral HSDS 3.0 read API: /hsds/services and /hsds/services/{id}."""

import math
from datetime import UTC, datetime

from flask_smorest import Blueprint, abort
from marshmallow import Schema, fields, validate

from api import services
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


class HsdsPageSchema(Schema):
    """HSDS 3.0 ``service_list`` page; ``contents`` are HSDS services (see the HSDS schema)."""

    total_items = fields.Integer()
    total_pages = fields.Integer()
    page_number = fields.Integer()
    size = fields.Integer()
    first_page = fields.Boolean()
    last_page = fields.Boolean()
    empty = fields.Boolean()
    contents = fields.List(fields.Dict())


@blp.route("/services")
@blp.arguments(HsdsListArgs, location="query")
@blp.response(200, HsdsPageSchema)
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
