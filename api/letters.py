"""/api/v1/referrals/{id}/letters: the terugkoppeling to the GP for each step of the
trajectory that matters, as a printable HTML page or a PDF (WeasyPrint)."""

from flask import Response, render_template, request
from flask_smorest import Blueprint, abort
from marshmallow import fields, validate

from api import services
from api.auth import SECURITY, require
from api.errors import RATE_LIMITED, error_responses
from api.referrals.resources import load_visible
from api.schema import Schema
from matcher.paths import STATIC_DIR
from trajectory.letters import compose, nl_date
from trajectory.trajectories import FEEDBACK_STEPS, feedback_steps

blp = Blueprint(
    "letters",
    __name__,
    url_prefix="/api/v1/referrals",
    description="Feedback letters (terugkoppeling) to the referring GP practice.",
)
STEPS = ", ".join(FEEDBACK_STEPS)


class LetterSchema(Schema):
    step = fields.String(required=True, validate=validate.OneOf(list(FEEDBACK_STEPS)))
    label = fields.String(required=True, metadata={"description": "Dutch."})
    date = fields.Date(required=True)
    html = fields.String(required=True, metadata={"description": "The printable page."})
    pdf = fields.String(required=True, metadata={"description": "The same letter as PDF."})


class LetterListSchema(Schema):
    items = fields.List(fields.Nested(LetterSchema), required=True)


class LetterArgs(Schema):
    format = fields.String(
        load_default=None,
        validate=validate.OneOf(["html", "pdf"]),
        metadata={"description": "html (default) or pdf; also Accept: application/pdf."},
    )


def _steps(referral: dict):
    trajectory = services.get().trajectories.of_referral(referral["id"])
    return trajectory, feedback_steps(trajectory, referral["first_contact_date"])


@blp.route("/<referral_id>/letters")
@require("coach", "referrer")
@blp.doc(security=SECURITY)
@blp.response(200, LetterListSchema)
@error_responses(blp, 401, 403, 404, RATE_LIMITED, e404="No such referral visible to you")
def letters(referral_id):
    """The letters to the GP so far, one per step that happened (contact made, activity
    chosen, still taking part at 3 months, closed)."""
    referral = load_visible(referral_id)
    _, steps = _steps(referral)
    base = f"/api/v1/referrals/{referral_id}/letters"
    return {
        "items": [
            {
                "step": s.code,
                "label": s.label,
                "date": s.day,
                "html": f"{base}/{s.code}",
                "pdf": f"{base}/{s.code}?format=pdf",
            }
            for s in steps
        ]
    }


@blp.route(f"/<referral_id>/letters/<any({STEPS}):step>")
@require("coach", "referrer")
@blp.doc(
    security=SECURITY,
    responses={
        "200": {
            "description": "The letter: a printable HTML page, or with format=pdf a PDF",
            "content": {
                "text/html": {"schema": {"type": "string"}},
                "application/pdf": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    },
)
@blp.arguments(LetterArgs, location="query")
@error_responses(
    blp, 401, 403, 404, RATE_LIMITED, e404="No such referral visible to you, or step not yet"
)
def letter(args, referral_id, step):
    """One letter to the GP (Dutch; the client only by the sender's reference)."""
    referral = load_visible(referral_id)
    trajectory, steps = _steps(referral)
    found = next((s for s in steps if s.code == step), None)
    if found is None:
        abort(
            404, message=f"Nog geen terugkoppeling '{FEEDBACK_STEPS[step]}' voor deze verwijzing."
        )
    org = services.get().store.organization(referral["organization_id"]) or {}
    content = compose(found, referral, trajectory, org.get("name") or "de welzijnsorganisatie")
    day = nl_date(content.day)
    wants_pdf = args["format"] == "pdf" or (
        args["format"] is None
        and request.accept_mimetypes.best_match(["text/html", "application/pdf"])
        == "application/pdf"
    )
    name = f"terugkoppeling-{referral['client_reference']}-{step}"
    if wants_pdf:
        from weasyprint import CSS, HTML  # imported when needed: it loads pango at import

        html = render_template("letter.html", letter=content, day=day, pdf=True)
        pdf = HTML(string=html, base_url=None).write_pdf(
            stylesheets=[CSS(filename=str(STATIC_DIR / "css" / "letter.css"))]
        )
        return Response(
            pdf,
            mimetype="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'},
        )
    html = render_template("letter.html", letter=content, day=day, pdf=False)
    return Response(html, mimetype="text/html")
