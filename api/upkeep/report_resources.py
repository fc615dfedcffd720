"""/api/v1/reports: "Klopt dit niet?" — report a wrong listing (a coach, or a resident
without signing in), the provider's and admin's queue, resolving, and what the
municipality sees of how fast reports are resolved."""

from datetime import UTC, datetime, timedelta

from flask import current_app, request
from flask_limiter.util import get_remote_address
from flask_smorest import Blueprint, abort
from limits import parse

from api import services
from api.auth import SECURITY, actor, current_token, require
from api.errors import RATE_LIMITED, error_responses
from api.upkeep.reports import AlreadyResolved, ReportNotFound
from api.upkeep.schemas import (
    LINKISH,
    ReportInSchema,
    ReportListArgs,
    ReportListSchema,
    ReportReceiptSchema,
    ReportStatsArgs,
    ReportStatsSchema,
    ResolvedSchema,
    ResolveSchema,
)
from matcher import activity as act

blp = Blueprint(
    "reports",
    __name__,
    url_prefix="/api/v1/reports",
    description="'Klopt dit niet?': reports of wrong listings, and their resolution.",
)

REPORTERS = ("coach", "provider")  # and admin; a resident reports without a token


def _public_limit() -> None:
    """A resident's reports count per client address (SOCIALMAP_REPORT_RATE_LIMIT)."""
    limiter = current_app.extensions.get("limiter_instance")
    rate = str(current_app.config.get("REPORT_RATE_LIMIT") or "off")
    if limiter is None or not limiter.enabled or rate.lower() in ("off", "none", "0"):
        return
    item = parse(rate)
    if not limiter.limiter.hit(item, "public-report", get_remote_address() or "unknown"):
        abort(429, message=f"Too many reports from this address ({rate}); try again later.")


def _municipality(doc: dict) -> str | None:
    coords = act.coordinates(doc)
    if not coords:
        return None
    area = services.get().area_index().locate(*coords)
    return area.municipality if area else None


def _present(report: dict, names: dict[str, str] | None = None) -> dict:
    out = dict(report)
    out["status"] = "resolved" if report["resolved_at"] else "open"
    if names is not None:
        out["activity_name"] = names.get(report["activity_id"])
    return out


@blp.route("", methods=["POST"])
@blp.doc(
    security=[{}, *SECURITY],
    description="Without a token: a resident's report (the `website` field must stay empty, "
    "no links in the remark, a few reports per address per hour). With a coach's, "
    "provider's or admin's token: theirs.",
)
@blp.arguments(ReportInSchema)
@blp.response(201, ReportReceiptSchema)
@error_responses(
    blp,
    400,
    401,
    403,
    404,
    RATE_LIMITED,
    e401="An invalid token (send none to report as a resident)",
    e404="No such activity",
)
def report(data):
    """'Klopt dit niet?': report a listing as stopped, full, at another time or place, or
    otherwise wrong, with an optional remark (at most 500 characters)."""
    token = current_token()
    if token is None and request.headers.get("Authorization"):
        abort(401, message="A valid API token is required (or none, to report as a resident).")
    if token is not None and token.role not in (*REPORTERS, "admin"):
        abort(403, message=f"The {token.role} role may not report listings.")
    if token is None:
        if data["remark"] and LINKISH.search(data["remark"]):
            abort(
                422,
                message="Validation failed.",
                errors={"json": {"remark": ["Leave out links and web addresses."]}},
            )
        _public_limit()
    stored = services.get().store.get(data["activity_id"])
    inactive = (stored.doc.get("status") or "active") != "active" if stored else True
    if stored is None or (inactive and token is None):
        abort(404, message=f"No activity with id {data['activity_id']}.")
    made = services.get().reports.create(
        stored.doc,
        data["reason"],
        data["remark"],
        source=token.role if token else "public",
        reporter=actor() if token else None,
        municipality=_municipality(stored.doc),
    )
    return _present(made), 201


@blp.route("", methods=["GET"])
@require("provider")
@blp.doc(security=SECURITY)
@blp.arguments(ReportListArgs, location="query")
@blp.response(200, ReportListSchema)
@error_responses(blp, 401, 403, RATE_LIMITED, e403="Another organisation's")
def queue(args):
    """The queue: a provider's own organisation's reports, or all (admin), newest first."""
    token = current_token()
    org = args.get("organization")
    if token.role == "provider":
        if org not in (None, token.organization_id) or not token.organization_id:
            abort(403, message="A provider sees only its own organisation's reports.")
        org = token.organization_id
    items, total = services.get().reports.queue(org, args["status"], args["page"], args["per_page"])
    docs = services.get().store.get_many(list({r["activity_id"] for r in items}))
    names = {d.doc["id"]: d.doc["name"] for d in docs}
    return {"items": [_present(r, names) for r in items], "total": total}


@blp.route("/<report_id>/resolve", methods=["POST"])
@require("provider")
@blp.doc(security=SECURITY)
@blp.arguments(ResolveSchema)
@blp.response(200, ResolvedSchema)
@error_responses(
    blp, 400, 401, 403, 404, 409, RATE_LIMITED, e403="Another organisation's", e409="Resolved"
)
def resolve(data, report_id):
    """Resolve a report as fixed (the listing is put right) or not an error; every open
    report of that listing is resolved with it."""
    svc = services.get()
    found = svc.reports.get(report_id)
    token = current_token()
    if found is None or (
        token.role == "provider" and found["organization_id"] != token.organization_id
    ):
        abort(404, message=f"No report {report_id}.")
    try:
        resolved = svc.reports.resolve(report_id, data["resolution"], actor())
    except ReportNotFound:
        abort(404, message=f"No report {report_id}.")
    except AlreadyResolved:
        abort(409, message="This report was resolved already.")
    return {"resolved": [_present(r) for r in resolved]}


@blp.route("/stats", methods=["GET"])
@require("municipality")
@blp.doc(security=SECURITY)
@blp.arguments(ReportStatsArgs, location="query")
@blp.response(200, ReportStatsSchema)
@error_responses(blp, 401, 403, RATE_LIMITED, e403="Another municipality's")
def stats(args):
    """How many reports came in for listings in the municipality, and how fast providers
    resolved them (median days, share within 14 days); counts under 5 show as "<5"."""
    token = current_token()
    if token.role == "municipality" and token.municipality != args["municipality"]:
        abort(403, message="A municipality sees only its own figures.")

    def at(d, days=0):
        return datetime(d.year, d.month, d.day, tzinfo=UTC) + timedelta(days=days)

    start = at(args["from_"]) if args.get("from_") else None
    end = at(args["to"], 1) if args.get("to") else None
    return services.get().reports.stats(args["municipality"], start, end)
