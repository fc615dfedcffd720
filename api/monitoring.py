"""GET /api/v1/monitoring: the minimal data set of Welzijn op Recept for one municipality
and quarter (JSON or CSV), from anonymous counts, with small cells hidden."""

import csv
import io
import re
from datetime import date

from flask import Response, request
from flask_smorest import Blueprint, abort
from marshmallow import fields, validate

from api import services
from api.auth import SECURITY, current_token, require
from api.errors import RATE_LIMITED, error_responses
from api.schema import Schema
from trajectory.monitoring import build_report, csv_rows
from trajectory.trajectories import quarter_bounds, quarter_of, quarters_between

blp = Blueprint(
    "monitoring",
    __name__,
    url_prefix="/api/v1/monitoring",
    description="Monitoring of Welzijn op Recept: inflow, throughput, outflow per quarter.",
)
TREND_QUARTERS = 4


class MonitoringArgs(Schema):
    municipality = fields.String(
        required=True,
        validate=validate.Regexp(
            r"^GM\d{4}$", error="Use a CBS municipality code: GM followed by four digits."
        ),
    )
    quarter = fields.String(
        load_default=None,
        validate=validate.Regexp(r"^\d{4}-?Q[1-4]$", error="Use a quarter as 2026Q3 (or 2026-Q3)."),
        metadata={"description": "2026Q3 or 2026-Q3; default the current quarter."},
    )
    format = fields.String(load_default=None, validate=validate.OneOf(("json", "csv")))


def _row(cell_description: str):
    return fields.List(fields.Dict(), required=True, metadata={"description": cell_description})


def _count(description: str = ""):
    return fields.Raw(
        required=True,
        allow_none=True,
        metadata={"description": (description + ' A number, "<5" when hidden.').strip()},
    )


class InflowSchema(Schema):
    referrals = _count("Referrals in the quarter.")
    by_referrer_type = _row('{code, label, count}; count "<5" or null when hidden.')
    by_icpc = _row("{code, label, count} per ICPC-1 code.")


class ThroughputSchema(Schema):
    clients_in_trajectory = _count("Clients in a trajectory at some time in the quarter.")
    trajectories_started = _count()
    conversations = _count()
    conversation_minutes_total = fields.Integer(required=True, allow_none=True)
    conversation_minutes_mean = fields.Float(required=True, allow_none=True)
    conversations_per_trajectory_mean = fields.Float(
        required=True,
        allow_none=True,
        metadata={"description": "Of the trajectories closed in the quarter."},
    )
    closed_trajectories = _count()
    closed_by_reason = _row("{code, label, count} per close reason.")


class OutflowSchema(Schema):
    chosen_activities = _count()
    chosen_by_category = _row("{code, label, count} per the activity's first category.")
    participants = _count("Clients who chose a first activity via WoR in the quarter.")
    participating_after_3_months = _count("Check-ins at 3 months: still taking part.")
    participating_after_6_months = _count("Check-ins at 6 months: still taking part.")
    dropouts = _count("Check-ins: stopped.")
    dropouts_by_reason = _row("{code, label, count} per stop reason.")


class WebChangeSchema(Schema):
    dimension = fields.String(required=True)
    label = fields.String(required=True)
    trajectories = _count("Closed with both spider webs.")
    mean_change = fields.Float(required=True, allow_none=True)


class MonitoringSchema(Schema):
    municipality = fields.String(required=True)
    quarter = fields.String(required=True)
    inflow = fields.Nested(InflowSchema, required=True)
    throughput = fields.Nested(ThroughputSchema, required=True)
    outflow = fields.Nested(OutflowSchema, required=True)
    spider_web_change = fields.List(fields.Nested(WebChangeSchema), required=True)
    trend = _row("Per quarter (the four up to this one): the headline figures.")
    suppressed_cells = fields.Integer(required=True)
    small_cell_threshold = fields.Integer(required=True)


def _quarter(raw: str | None) -> str:
    if not raw:
        return quarter_of(date.today())
    year, q = re.match(r"^(\d{4})-?Q([1-4])$", raw).groups()
    return f"{year}-Q{q}"


@blp.route("")
@require("municipality")
@blp.doc(
    security=SECURITY,
    responses={
        "200": {
            "description": "JSON; with format=csv or Accept: text/csv a CSV, one row a figure",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Monitoring"}},
                "text/csv": {"schema": {"type": "string"}},
            },
            "headers": {
                "Content-Disposition": {
                    "schema": {"type": "string"},
                    "description": "With CSV: attachment; filename=monitoring-GMxxxx-2026-Q3.csv",
                }
            },
        }
    },
)
@blp.arguments(MonitoringArgs, location="query")
@blp.response(200, MonitoringSchema, description="JSON; with format=csv a text/csv file")
@error_responses(blp, 401, 403, RATE_LIMITED, e403="Another municipality's figures")
def monitoring(args):
    """Referrals per quarter, by referrer type and ICPC code; clients in a trajectory,
    conversations (number, total and mean minutes, mean per trajectory), closed trajectories;
    chosen activities per category, participants, still taking part after 3 and 6 months,
    dropouts; the mean spider-web change from intake to close. Cells under 5 are hidden and
    cannot be derived from the totals."""
    token = current_token()
    municipality = args["municipality"]
    if token.role == "municipality" and token.municipality != municipality:
        abort(403, message="A municipality token reads only its own municipality's figures.")
    quarter = _quarter(args["quarter"])
    first, _ = quarter_bounds(quarter)
    start = date(first.year - 1, first.month, 1)
    trend = quarters_between(start, first)[-TREND_QUARTERS:]
    svc = services.get()
    referral_rows = [
        r for r in svc.referrals.counts() if r["municipality"] == municipality and r["quarter"]
        in trend
    ]  # fmt: skip
    report = build_report(
        municipality,
        quarter,
        trend,
        referral_rows,
        svc.trajectories.counts(municipality, trend),
        svc.trajectories.open_per_quarter(municipality, trend, date.today()),
        threshold=svc.config.get("SMALL_CELL_THRESHOLD"),
    )
    wants_csv = args["format"] == "csv" or (
        args["format"] is None
        and request.accept_mimetypes.best_match(["application/json", "text/csv"]) == "text/csv"
    )
    if wants_csv:
        out = io.StringIO()
        csv.writer(out).writerows(csv_rows(report))
        return Response(
            out.getvalue(),
            mimetype="text/csv",
            headers={
                "Content-Disposition": f"attachment; filename=monitoring-{municipality}-"
                f"{quarter}.csv"
            },
        )
    return report
