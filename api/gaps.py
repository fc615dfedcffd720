"""GET /api/v1/gaps: the coverage report of one municipality (JSON or CSV)."""

import csv
import io
from datetime import UTC, datetime, time

from flask import Response
from flask_smorest import Blueprint, abort
from marshmallow import ValidationError, fields, validate, validates_schema

from api import services
from api.auth import SECURITY, current_token, require
from api.errors import RATE_LIMITED, error_responses
from api.schema import Schema
from matcher.areas import Area
from matcher.coverage import build_report, gaps_csv_rows

blp = Blueprint(
    "gaps",
    __name__,
    url_prefix="/api/v1/gaps",
    description="Coverage gaps: what is missing where (the 80/20 rule).",
)


class GapsArgsSchema(Schema):
    municipality = fields.String(
        required=True,
        validate=validate.Regexp(
            r"^GM\d{4}$", error="Use a CBS municipality code: GM followed by four digits."
        ),
    )
    from_ = fields.Date(data_key="from", metadata={"description": "First day, inclusive."})
    to = fields.Date(metadata={"description": "Last day, inclusive."})
    format = fields.String(load_default="json", validate=validate.OneOf(("json", "csv")))

    @validates_schema
    def _order(self, data, **kw):
        if data.get("from_") and data.get("to") and data["to"] < data["from_"]:
            raise ValidationError("Must not be before 'from'.", "to")


def _count():
    return fields.Raw(required=True, metadata={"description": 'A number, or "<5" when hidden.'})


class GapsReportSchema(Schema):
    municipality = fields.String(required=True)
    clients = _count()
    covered = _count()
    unmet = _count()
    coverage = fields.Float(required=True, allow_none=True)
    coverage_at_least = fields.Float(
        metadata={"description": "Given instead of coverage when few clients were unmet."}
    )
    coverage_at_most = fields.Float(
        metadata={"description": "Given instead of coverage when few clients were covered."}
    )
    target = fields.Float(required=True)
    gaps = fields.List(
        fields.Dict(),
        required=True,
        metadata={
            "description": (
                "Ranked by unmet clients: area {code, name}, category, category_label, "
                "constraints, "
                "unmet, supply, and for the top five closing {nearest_that_would_fit_but, "
                "clients_served_by_one_fitting_activity}."
            )
        },
    )
    suppressed_cells = fields.Integer(required=True)
    small_cell_threshold = fields.Integer(required=True)
    supply = fields.List(
        fields.Dict(),
        required=True,
        metadata={
            "description": (
                "Per area and category: walking, cycling, wheelchair, free, evening, stale, "
                "remote, "
                "residents_per_activity."
            )
        },
    )
    trend = fields.List(
        fields.Dict(),
        required=True,
        metadata={"description": "Per quarter: clients, covered, coverage."},
    )
    monitoring = fields.List(
        fields.Dict(),
        required=True,
        metadata={
            "description": (
                "Per quarter: match_requests, chosen_activities_per_category, no_fit_outcomes."
            )
        },
    )
    areas = fields.List(
        fields.Dict(),
        required=True,
        metadata={
            "description": (
                "Per area (wijk or buurt): area {code, name, municipality}, clients, "
                'covered, unmet, coverage; hidden like the trend ("<5", null).'
            )
        },
    )
    categories = fields.List(
        fields.Dict(),
        required=True,
        metadata={
            "description": (
                "Per first needed category: category, category_label, clients, covered, "
                "unmet, coverage; hidden like the trend."
            )
        },
    )


def _naive_utc(day, end: bool = False) -> datetime | None:
    """Day bounds as the store compares them (UTC, without zone)."""
    if day is None:
        return None
    moment = datetime.combine(day, time.max if end else time.min, tzinfo=UTC)
    return moment.replace(tzinfo=None)


@blp.route("")
@require("municipality")
@blp.doc(
    security=SECURITY,
    responses={
        "200": {
            "description": "JSON; with format=csv a text/csv file, one row per gap",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/GapsReport"}},
                "text/csv": {"schema": {"type": "string"}},
            },
            "headers": {
                "Content-Disposition": {
                    "schema": {"type": "string"},
                    "description": "With format=csv: attachment; filename=gaps-GMxxxx.csv",
                }
            },
        }
    },
)
@blp.arguments(GapsArgsSchema, location="query")
@blp.response(200, GapsReportSchema, description="JSON; with format=csv a text/csv file")
@error_responses(blp, 401, 403, RATE_LIMITED, e403="Another municipality's report")
def gaps(args):
    """Coverage against the 80% target, gaps by area, category and binding requirement,
    supply beside demand, the quarterly trend and the monitoring figures (small cells
    hidden). `format=csv` gives one row per gap."""
    token = current_token()
    municipality = args["municipality"]
    if token.role == "municipality" and token.municipality != municipality:
        abort(403, message="A municipality token reads only its own municipality's report.")
    svc = services.get()
    groups, chosen = svc.store.demand_groups(
        municipality, _naive_utc(args.get("from_")), _naive_utc(args.get("to"), end=True)
    )
    areas = [Area(**a) for a in svc.store.areas(municipality)]
    activities = list(svc.activity_documents())
    report = build_report(
        municipality,
        groups,
        chosen,
        areas,
        activities,
        threshold=svc.config.get("SMALL_CELL_THRESHOLD"),
    )
    if args["format"] == "csv":
        out = io.StringIO()
        csv.writer(out).writerows(gaps_csv_rows(report))
        return Response(
            out.getvalue(),
            mimetype="text/csv",
            headers={"Content-Disposition": f"attachment; filename=gaps-{municipality}.csv"},
        )
    return report
