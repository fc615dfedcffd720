"""Health, vocabularies, who am I, and the areas (open CBS boundaries)."""

from flask import current_app
from flask_smorest import Blueprint, abort
from marshmallow import Schema, fields, validate

from api import services
from api.auth import SECURITY, current_token
from matcher.vocab import entries

blp = Blueprint("meta", __name__, url_prefix="/api/v1", description="Service information.")


@blp.route("/health")
def health():
    """Liveness: the process answers."""
    return {"status": "ok"}


@blp.route("/categories")
def categories():
    """The eight Welzijn op Recept categories with their Dutch labels."""
    return {"items": entries("categories")}


@blp.route("/vocabularies")
def vocabularies():
    """Every code list of the Dutch profile with Dutch labels (for forms and pages)."""
    return {
        name: entries(name)
        for name in (
            "categories",
            "accessibility",
            "features",
            "delivery",
            "cost_options",
            "days",
            "parts_of_day",
            "statuses",
            "dimensions",
        )
    }


@blp.route("/settings")
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
        "expires_at": token.expires_at.isoformat() if token.expires_at else None,
    }


class AreasArgs(Schema):
    municipality = fields.String(
        load_default=None, validate=validate.Regexp(r"^GM\d{4}$", error="Use a code GMxxxx.")
    )
    level = fields.String(load_default=None, validate=validate.OneOf(["gemeente", "wijk", "buurt"]))


@blp.route("/areas")
@blp.arguments(AreasArgs, location="query")
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
