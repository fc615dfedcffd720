"""Health, vocabularies, who am I, and the areas (open CBS boundaries)."""

from flask import current_app
from flask_smorest import Blueprint, abort
from marshmallow import fields, validate

from api import services
from api.auth import SECURITY, current_token
from api.errors import RATE_LIMITED, error_responses
from api.schema import Schema
from matcher.vocab import entries
from trajectory.referrals import REFERRER_TYPES, REJECT_REASONS
from trajectory.trajectories import (
    CHECKIN_RESULTS,
    CLOSE_REASONS,
    CONVERSATION_KINDS,
    FEEDBACK_STEPS,
    STOP_REASONS,
)

blp = Blueprint("meta", __name__, url_prefix="/api/v1", description="Service information.")

VOCABULARIES = (
    "categories",
    "accessibility",
    "features",
    "delivery",
    "cost_options",
    "days",
    "parts_of_day",
    "statuses",
    "dimensions",
    "capacity",
    "report_reasons",
)


class HealthSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ok"]))


class VocabularyEntrySchema(Schema):
    code = fields.String(required=True)
    label = fields.String(required=True, metadata={"description": "Dutch label."})
    description = fields.String()
    reason = fields.String(metadata={"description": "How a match explanation words it."})
    before = fields.String(metadata={"description": "Parts of day: ends before HH:MM."})
    aspects = fields.List(fields.String(), metadata={"description": "Dimensions: the aspects."})


class CategoriesSchema(Schema):
    items = fields.List(fields.Nested(VocabularyEntrySchema), required=True)


# the referral's and trajectory's code lists (trajectory/), for the coach's and GP's pages
TRAJECTORY_LISTS = {
    "referrer_types": REFERRER_TYPES,
    "reject_reasons": REJECT_REASONS,
    "conversation_kinds": CONVERSATION_KINDS,
    "close_reasons": CLOSE_REASONS,
    "checkin_results": CHECKIN_RESULTS,
    "stop_reasons": STOP_REASONS,
    "feedback_steps": FEEDBACK_STEPS,
}

VocabulariesSchema = Schema.from_dict(
    {
        name: fields.List(fields.Nested(VocabularyEntrySchema), required=True)
        for name in (*VOCABULARIES, *TRAJECTORY_LISTS)
    },
    name="VocabulariesSchema",
)


class SettingsSchema(Schema):
    map_tiles = fields.String(required=True, allow_none=True)
    map_attribution = fields.String(required=True, allow_none=True)
    demo_signin = fields.Boolean(required=True)


class MeOrganizationSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True, allow_none=True)


class MeSchema(Schema):
    role = fields.String(
        required=True,
        validate=validate.OneOf(["admin", "provider", "coach", "municipality", "referrer"]),
    )
    organization = fields.Nested(MeOrganizationSchema, required=True, allow_none=True)
    municipality = fields.String(required=True, allow_none=True)
    agb = fields.String(
        required=True, allow_none=True, metadata={"description": "A referrer's AGB code."}
    )
    expires_at = fields.String(
        required=True, allow_none=True, metadata={"description": "ISO 8601 date-time."}
    )


class AreaPropertiesSchema(Schema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    level = fields.String(required=True, validate=validate.OneOf(["gemeente", "wijk", "buurt"]))
    municipality = fields.String(required=True)
    population = fields.Integer(required=True, allow_none=True)


class AreaFeatureSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(["Feature"]))
    id = fields.String(required=True)
    geometry = fields.Dict(
        required=True, metadata={"description": "GeoJSON Polygon or MultiPolygon (WGS 84)."}
    )
    properties = fields.Nested(AreaPropertiesSchema, required=True)


class AreasSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(["FeatureCollection"]))
    features = fields.List(fields.Nested(AreaFeatureSchema), required=True)


@blp.route("/health")
@blp.response(200, HealthSchema)
def health():
    """Liveness: the process answers."""
    return {"status": "ok"}


@blp.route("/categories")
@blp.response(200, CategoriesSchema)
@error_responses(blp, RATE_LIMITED)
def categories():
    """The eight Welzijn op Recept categories with their Dutch labels."""
    return {"items": entries("categories")}


@blp.route("/vocabularies")
@blp.response(200, VocabulariesSchema)
@error_responses(blp, RATE_LIMITED)
def vocabularies():
    """Every code list of the Dutch profile with Dutch labels (for forms and pages)."""
    return {
        **{name: entries(name) for name in VOCABULARIES},
        **{
            name: [{"code": k, "label": v} for k, v in codes.items()]
            for name, codes in TRAJECTORY_LISTS.items()
        },
    }


@blp.route("/settings")
@blp.response(200, SettingsSchema)
@error_responses(blp, RATE_LIMITED)
def page_settings():
    """What the pages need to know of this server: the map tiles to use (none by default:
    the maps draw area outlines and points offline, and no client place leaves the server)."""
    config = current_app.config
    return {
        "map_tiles": config["MAP_TILES"] or None,
        "map_attribution": config["MAP_ATTRIBUTION"] or None,
        "demo_signin": bool(config["DEMO_SIGNIN"]),
    }


@blp.route("/me")
@blp.doc(security=SECURITY)
@blp.response(200, MeSchema)
@error_responses(blp, 401, RATE_LIMITED)
def me():
    """The token's role and what it is limited to (the pages use it after sign-in)."""
    token = current_token()
    if token is None:
        abort(401, message="A valid API token is required (Authorization: Bearer).")
    organization = None
    if token.organization_id:
        known = services.get().store.organization(token.organization_id) or {}
        organization = {"id": token.organization_id, "name": known.get("name")}
    return {
        "role": token.role,
        "organization": organization,
        "municipality": token.municipality,
        "agb": token.agb,
        "expires_at": token.expires_at.isoformat() if token.expires_at else None,
    }


class AreasArgs(Schema):
    municipality = fields.String(
        load_default=None, validate=validate.Regexp(r"^GM\d{4}$", error="Use a code GMxxxx.")
    )
    level = fields.String(load_default=None, validate=validate.OneOf(["gemeente", "wijk", "buurt"]))


@blp.route("/areas")
@blp.arguments(AreasArgs, location="query")
@blp.response(200, AreasSchema)
@error_responses(blp, RATE_LIMITED)
def area_shapes(args):
    """The loaded areas as a GeoJSON FeatureCollection (open CBS/PDOK boundaries)."""
    rows = services.get().store.areas(args["municipality"])
    if args["level"]:
        rows = [r for r in rows if r["level"] == args["level"]]
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": r["code"],
                "geometry": r["geometry"],
                "properties": {
                    k: r[k] for k in ("code", "name", "level", "municipality", "population")
                },
            }
            for r in rows
        ],
    }
