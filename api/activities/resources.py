"""/api/v1/activities: search the sociale kaart and keep listings up to date."""

import json

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import ValidationError, fields, validate

from api import listings, services
from api.activities.schemas import (
    ActivityListSchema,
    ActivitySchema,
    AuditListSchema,
    SearchArgsSchema,
)
from api.auth import SECURITY, actor, current_token, may_write, require
from api.errors import RATE_LIMITED, SEARCH_DOWN, error_responses
from api.schema import Schema
from api.store import AlreadyExists, NotFound, StoredActivity, VersionConflict
from api.upkeep.flags import mark_reported
from indexers.base import SearchQuery
from matcher import activity as act
from matcher.places import UnknownPlace

blp = Blueprint(
    "activities",
    __name__,
    url_prefix="/api/v1/activities",
    description="Search activities and keep listings up to date.",
)

READ_ROLES = ("coach", "provider", "municipality")

# what the write views answer, described once
NOT_OWNER = "Not this provider's organisation"
STALE_VERSION = "If-Match names an older version"
TOO_LARGE = "The listing is too large (SOCIALMAP_MAX_ACTIVITY_BYTES)"
# delete and confirm: the owner writes, naming the version read
owner_write_errors = error_responses(
    blp, 401, 403, 404, 412, RATE_LIMITED, SEARCH_DOWN, e403=NOT_OWNER, e412=STALE_VERSION
)
IF_MATCH = {
    "in": "header",
    "name": "If-Match",
    "required": False,
    "schema": {"type": "string"},
    "description": 'The ETag you read, e.g. "v3": the write fails with 412 when the listing '
    "changed since (optional; * or none: unconditional).",
}
ETAG = {"ETag": {"schema": {"type": "string"}, "description": 'The version, e.g. "v3".'}}


def present(doc: dict, distance_km: float | None = None, score: float | None = None) -> dict:
    """An activity as the API shows it: with freshness, monthly cost and distance."""
    out = dict(doc)
    out["freshness_days"] = act.freshness_days(doc)
    out["stale"] = act.is_stale(doc)
    out["monthly_cost_eur"] = act.monthly_cost(doc)
    if distance_km is not None:
        out["distance_km"] = round(distance_km, 2)
    if score is not None:
        out["score"] = round(score, 4)
    return out


def _etag(stored: StoredActivity) -> str:
    return f'"v{stored.version}"'


def _expected_version() -> int | None:
    """The version named by If-Match; None when absent or ``*``. 412 when unparseable."""
    if not request.if_match:
        return None
    if request.if_match.star_tag:
        return None
    for tag in request.if_match:
        if tag and tag.startswith("v") and tag[1:].isdigit():  # an empty tag "" is None
            return int(tag[1:])
    abort(412, message="If-Match does not name a version of this activity.")


@blp.before_request
def _check_size() -> None:
    """One listing is small: refuse a large body before it is read or validated."""
    if request.method not in ("POST", "PUT", "PATCH"):
        return
    limit = services.get().config["MAX_ACTIVITY_BYTES"]
    if request.content_length is not None and request.content_length > limit:
        abort(413, message=f"A listing may be at most {limit} bytes.")


def _load_or_404(activity_id: str) -> StoredActivity:
    stored = services.get().store.get(activity_id)
    if stored is None:
        abort(404, message=f"No activity with id {activity_id}.")
    return stored


def _check_owner(organization_id: str | None) -> None:
    if not may_write(organization_id):
        abort(403, message="A provider may only change its own organisation's activities.")


def _own_organization(data: dict) -> None:
    """Fill in or check the organisation of a new or replaced listing."""
    token = current_token()
    org = data.get("organization")
    if token.role == "provider":
        if org is None:
            known = services.get().store.organization(token.organization_id or "")
            if known is None:
                abort(
                    422,
                    message="Validation failed.",
                    errors={
                        "json": {
                            "organization": ["Give the organisation's id and name the first time."]
                        }
                    },
                )
            data["organization"] = {
                k: known[k] for k in known if k in ("id", "name", "description", "website", "email")
            }
        elif org["id"] != token.organization_id:
            abort(403, message="A provider may only list activities of its own organisation.")
    elif org is None:
        abort(
            422,
            message="Validation failed.",
            errors={"json": {"organization": ["Missing data for required field."]}},
        )


def _respond(stored: StoredActivity, status: int = 200):
    shown = mark_reported([present(stored.public())])[0]
    return shown, status, {"ETag": _etag(stored)}


def _conflict(e: VersionConflict):
    abort(
        412,
        message=f"The activity was changed by someone else (now version {e.current}); "
        "read it again and retry.",
    )


@blp.route("")
class Activities(MethodView):
    @require(*READ_ROLES)
    @blp.doc(security=SECURITY)
    @blp.arguments(SearchArgsSchema, location="query")
    @blp.response(200, ActivityListSchema)
    @error_responses(blp, 400, 401, 403, RATE_LIMITED, SEARCH_DOWN, e400="Unknown postal code")
    def get(self, args):
        """Search activities: by text relevance when q is given, else by distance."""
        lat, lon = args.get("lat"), args.get("lon")
        if lat is None and args.get("postal_code"):
            try:
                point = services.get().gazetteer.lookup(args["postal_code"])
            except UnknownPlace as e:
                abort(400, message=str(e), errors={"query": {"postal_code": [str(e)]}})
            lat, lon = point.latitude, point.longitude
        accessibility = list(args["accessibility"])
        if args.get("wheelchair"):
            accessibility.append("wheelchair")
        token = current_token()
        include_inactive = args["include_inactive"] and token.role in ("admin", "provider")
        query = SearchQuery(
            text=args.get("q"),
            latitude=lat,
            longitude=lon,
            radius_km=args.get("radius_km"),
            categories=args["category"],
            accessibility=accessibility,
            features=args["features"],
            free_only=bool(args.get("free")),
            max_cost_per_month=args.get("max_cost"),
            days=args["day"],
            parts_of_day=args["part_of_day"],
            languages=args["language"],
            age=args.get("age"),
            delivery=args["delivery"],
            capacity=args["capacity"],
            active_only=not include_inactive,
            organization_id=args.get("organization"),
            sort=args["sort"],
            offset=(args["page"] - 1) * args["per_page"],
            limit=args["per_page"],
        )
        results = services.get().backend.search(query)
        return {
            "items": mark_reported(
                [present(h.document, h.distance_km, h.score) for h in results.hits]
            ),
            "total": results.total,
            "page": args["page"],
            "per_page": args["per_page"],
        }

    @require("provider")
    @blp.doc(security=SECURITY)
    @blp.arguments(ActivitySchema)
    @blp.response(201, ActivitySchema, headers=ETAG)
    @error_responses(
        blp,
        400,
        401,
        403,
        409,
        413,
        RATE_LIMITED,
        SEARCH_DOWN,
        e400="The body is not valid JSON",
        e403=NOT_OWNER,
        e409="An activity with this id exists",
        e413=TOO_LARGE,
    )
    def post(self, data):
        """Add a listing (admin, or a provider for its own organisation)."""
        _own_organization(data)
        try:
            stored = listings.create(data, actor())
        except AlreadyExists:
            abort(409, message=f"An activity with id {data['id']} exists; use PUT to change it.")
        except ValidationError as e:
            abort(422, message="Validation failed.", errors={"json": e.normalized_messages()})
        return _respond(stored, 201)


@blp.route("/<activity_id>")
class ActivityById(MethodView):
    @require(*READ_ROLES)
    @blp.doc(security=SECURITY)
    @blp.response(200, ActivitySchema, headers=ETAG)
    @error_responses(blp, 401, 403, 404, RATE_LIMITED, e404="No such activity")
    def get(self, activity_id):
        """One listing, with its ETag for a later conditional write."""
        return _respond(_load_or_404(activity_id))

    @require("provider")
    @blp.doc(security=SECURITY, parameters=[IF_MATCH])
    @blp.arguments(ActivitySchema)
    @blp.response(200, ActivitySchema, headers=ETAG)
    @error_responses(
        blp,
        400,
        401,
        403,
        404,
        412,
        413,
        RATE_LIMITED,
        SEARCH_DOWN,
        e400="The body is not valid JSON",
        e403=NOT_OWNER,
        e412=STALE_VERSION,
        e413=TOO_LARGE,
    )
    def put(self, data, activity_id):
        """Replace a listing; send If-Match with the ETag you read to avoid lost updates."""
        current = _load_or_404(activity_id)
        _check_owner(current.doc["organization"]["id"])
        if data.get("id", activity_id) != activity_id:
            abort(
                422,
                message="Validation failed.",
                errors={"json": {"id": ["Does not match the id in the URL."]}},
            )
        data["id"] = activity_id
        _own_organization(data)
        return self._write(data, current)

    @require("provider")
    @blp.doc(
        security=SECURITY,
        parameters=[IF_MATCH],
        requestBody={
            "content": {
                "application/merge-patch+json": {"schema": {"type": "object"}},
                "application/json": {"schema": {"type": "object"}},
            }
        },
    )
    @blp.response(200, ActivitySchema, headers=ETAG)
    @error_responses(
        blp,
        400,
        401,
        403,
        404,
        412,
        413,
        422,
        RATE_LIMITED,
        SEARCH_DOWN,
        e400="The body is not a JSON object (a merge patch)",
        e403=NOT_OWNER,
        e412=STALE_VERSION,
        e413=TOO_LARGE,
        e422="The merged listing is not valid",
    )
    def patch(self, activity_id):
        """Change some fields (JSON merge patch: null removes a field)."""
        current = _load_or_404(activity_id)
        _check_owner(current.doc["organization"]["id"])
        body = request.get_json(silent=True, force=True)
        if not isinstance(body, dict):
            abort(
                400,
                message="The body must be a JSON object (a merge patch).",
                errors={"json": ["The body must be a JSON object (a merge patch)."]},
            )
        merged = _merge_patch(current.doc, body)
        merged["id"] = activity_id
        try:
            data = ActivitySchema().load(merged)
        except ValidationError as e:
            abort(422, message="Validation failed.", errors={"json": e.normalized_messages()})
        if data["organization"]["id"] != current.doc["organization"]["id"]:
            _check_owner(data["organization"]["id"])
        return self._write(data, current)

    @staticmethod
    def _write(data: dict, current: StoredActivity):
        try:
            stored = listings.replace(data, actor(), _expected_version())
        except VersionConflict as e:
            _conflict(e)
        except NotFound:
            abort(404, message="The activity was deleted meanwhile.")
        except ValidationError as e:
            abort(422, message="Validation failed.", errors={"json": e.normalized_messages()})
        return _respond(stored)

    @require("provider")
    @blp.doc(security=SECURITY, parameters=[IF_MATCH])
    @blp.response(204)
    @owner_write_errors
    def delete(self, activity_id):
        """Remove a listing."""
        current = _load_or_404(activity_id)
        _check_owner(current.doc["organization"]["id"])
        try:
            listings.delete(activity_id, actor(), _expected_version())
        except VersionConflict as e:
            _conflict(e)
        except NotFound:
            abort(404, message=f"No activity with id {activity_id}.")


@blp.route("/<activity_id>/confirm", methods=["POST"])
@require("provider")
@blp.doc(security=SECURITY, parameters=[IF_MATCH])
@blp.response(200, ActivitySchema, headers=ETAG)
@owner_write_errors
def confirm(activity_id):
    """The listing is still current: sets assured_date to today."""
    current = _load_or_404(activity_id)
    _check_owner(current.doc["organization"]["id"])
    try:
        stored = listings.confirm(current, actor(), _expected_version())
    except VersionConflict as e:
        _conflict(e)
    return _respond(stored)


class HistoryArgs(Schema):
    limit = fields.Integer(
        load_default=100,
        validate=validate.Range(min=1, max=1000),
        metadata={"description": "The newest this many changes."},
    )


@blp.route("/<activity_id>/history")
@require("provider")
@blp.doc(security=SECURITY)
@blp.arguments(HistoryArgs, location="query")
@blp.response(200, AuditListSchema)
@error_responses(blp, 401, 403, 404, RATE_LIMITED, e403=NOT_OWNER)
def history(args, activity_id):
    """The audit log of one listing: who changed what, when (newest first)."""
    current = services.get().store.get(activity_id)
    if current is not None:
        _check_owner(current.doc["organization"]["id"])
    elif current_token().role != "admin":
        abort(404, message=f"No activity with id {activity_id}.")
    return {"items": services.get().store.audit(activity_id, limit=args["limit"])}


def _merge_patch(target, patch):
    """RFC 7396 JSON merge patch."""
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = _merge_patch(out.get(key), value)
    return json.loads(json.dumps(out))
