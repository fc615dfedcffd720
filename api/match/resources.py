"""POST /api/v1/match and /api/v1/match/{id}/outcome: recommendations during an intake."""

import uuid
from datetime import date

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from api import services
from api.activities.resources import present
from api.auth import SECURITY, actor, current_token, require
from api.errors import RATE_LIMITED, SEARCH_DOWN, error_responses
from api.match.schemas import (
    MatchRequestSchema,
    MatchResponseSchema,
    OutcomeResponseSchema,
    OutcomeSchema,
)
from api.upkeep.flags import mark_reported
from matcher.categories import listing_categories
from matcher.engine import match
from matcher.monitoring import log_entry, no_fit_reason_code
from matcher.places import UnknownPlace, pc4
from matcher.profile import ClientProfile, Requirements
from matcher.vocab import label

blp = Blueprint(
    "match",
    __name__,
    url_prefix="/api/v1/match",
    description="Ranked, explained recommendations for a client.",
)


def _place(location: dict) -> tuple[float, float, str | None]:
    """Coordinates for distance (given, or the PC4 centroid) and the PC4 for the log."""
    svc = services.get()
    code = pc4(location.get("postal_code"))
    if location.get("latitude") is not None:
        lat, lon = location["latitude"], location["longitude"]
        return lat, lon, code or svc.gazetteer.nearest_pc4(lat, lon)
    try:
        point = svc.gazetteer.lookup(location["postal_code"])
    except UnknownPlace as e:
        abort(400, message=str(e), errors={"json": {"location": {"postal_code": [str(e)]}}})
    return point.latitude, point.longitude, code


def _open_trajectory(trajectory_id: str) -> None:
    """A trajectory the coach may link a match to: its organisation's and open; 422 else."""
    token = current_token()
    t = services.get().trajectories.get(trajectory_id)
    if t is None or (token.role != "admin" and t["organization_id"] != token.organization_id):
        message = "Onbekend traject voor deze organisatie."
    elif t["status"] != "open":
        message = "Dit traject is afgesloten."
    else:
        return
    abort(422, message="Validation failed.", errors={"json": {"trajectory_id": [message]}})


def _add_to_trajectory(match_id: str, chosen: list[dict]) -> str | None:
    """A chosen outcome of a match linked to an open trajectory adds its activities there."""
    from api.trajectories.resources import activity_facts
    from api.trajectory_store import NotAllowed

    svc = services.get()
    trajectory_id = svc.trajectories.trajectory_of_match(match_id)
    if not trajectory_id:
        return None
    for item in chosen:
        facts = activity_facts(item["id"]) or {"id": item["id"], "name": item["id"]}
        facts["categories"] = facts.get("categories") or item["categories"]
        try:
            svc.trajectories.choose(trajectory_id, facts, date.today(), actor(), match_id=match_id)
        except NotAllowed:
            pass  # chosen before, or the trajectory closed meanwhile
    return trajectory_id


def client_profile(data: dict) -> tuple[ClientProfile, str | None]:
    """A validated match request -> the client's profile and PC4 (for the anonymous log)."""
    lat, lon, client_pc4 = _place(data["location"])
    profile = ClientProfile(
        spider_web=data["spider_web"],
        latitude=lat,
        longitude=lon,
        focus=tuple(data["focus"]),
        wishes=data["wishes"],
        max_distance_km=data["max_distance_km"],
        requirements=Requirements.from_dict(data["requirements"]),
        age=data.get("age"),
        limit=data["limit"],
    )
    return profile, client_pc4


@blp.route("")
class Match(MethodView):
    @require("coach")
    @blp.doc(security=SECURITY)
    @blp.arguments(MatchRequestSchema)
    @blp.response(200, MatchResponseSchema)
    @error_responses(
        blp,
        400,
        401,
        403,
        RATE_LIMITED,
        SEARCH_DOWN,
        e400="Unknown postal code, or the body is not valid JSON",
    )
    def post(self, data):
        """Rank fitting activities for a client and say why each fits (linked to a trajectory
        when ``trajectory_id`` names one)."""
        trajectory_id = data.get("trajectory_id")
        if trajectory_id:
            _open_trajectory(trajectory_id)
        profile, client_pc4 = client_profile(data)
        lat, lon = profile.latitude, profile.longitude
        svc = services.get()
        result = match(profile, svc.backend, svc.matching_settings(), svc.ranker())
        match_id = str(uuid.uuid4())
        area = svc.area_index().locate(lat, lon)
        svc.store.log_match(
            log_entry(
                match_id,
                result,
                profile,
                client_pc4,
                area.code if area else None,
                area.municipality if area else None,
            )
        )
        if trajectory_id:
            svc.trajectories.link_match(trajectory_id, match_id, actor())
        answer = {
            "match_id": match_id,
            "trajectory_id": trajectory_id,
            "area": area.as_dict() if area else None,
            "place": {"latitude": round(lat, 5), "longitude": round(lon, 5)},
            "needs": {c: round(v, 3) for c, v in result.needs.categories.items()},
            "results": [
                {
                    "activity": present(r.activity, r.distance_km),
                    "score": r.score,
                    "distance_km": r.distance_km,
                    "dimensions": r.dimensions,
                    "reasons": r.reasons,
                }
                for r in result.results
            ],
            "covered": result.covered,
            "first_need": {
                "category": result.first_need,
                "label": label("categories", result.first_need) if result.first_need else None,
                "served": result.first_need_served,
            },
            "alternatives": [
                {
                    "activity": present(a.activity, a.distance_km),
                    "score": a.score,
                    "distance_km": a.distance_km,
                    "gives": a.gives,
                    "constraints": a.constraints,
                }
                for a in result.alternatives
            ],
        }
        # "gemeld als mogelijk onjuist": the coach sees an open report on a listing
        mark_reported(answer["results"] + answer["alternatives"], key=lambda x: x["activity"])
        return answer


@blp.route("/<match_id>/outcome", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(OutcomeSchema)
@blp.response(200, OutcomeResponseSchema)
@error_responses(
    blp,
    400,
    401,
    403,
    404,
    409,
    RATE_LIMITED,
    SEARCH_DOWN,
    e400="The body is not valid JSON",
    e404="No such match",
    e409="An outcome was recorded already",
)
def outcome(data, match_id):
    """Record what the client chose, or that nothing fitted (once per match)."""
    store = services.get().store
    logged = store.get_match(match_id)
    if logged is None:
        abort(404, message=f"No match with id {match_id}.")
    if data.get("chosen"):
        offered = logged["results"]
        unknown = [i for i in data["chosen"] if i not in offered]
        if unknown:
            abort(
                422,
                message="Validation failed.",
                errors={"json": {"chosen": [f"Not offered in this match: {', '.join(unknown)}."]}},
            )
        chosen = []
        for activity_id in data["chosen"]:
            doc = services.get().backend.get(activity_id) or {}
            kinds = list(listing_categories(doc).categories) if doc else []
            chosen.append({"id": activity_id, "categories": kinds})
        recorded = store.record_outcome(match_id, "chosen", chosen=chosen)
        reason = None
    else:
        reason = no_fit_reason_code(data.get("reason"))
        recorded = store.record_outcome(match_id, "no_fit", reason=reason)
    if not recorded:
        abort(409, message="An outcome was recorded for this match already.")
    trajectory_id = _add_to_trajectory(match_id, chosen) if data.get("chosen") else None
    return {
        "match_id": match_id,
        "trajectory_id": trajectory_id,
        "outcome": "chosen" if data.get("chosen") else "no_fit",
        "chosen": data.get("chosen") or [],
        "reason": reason,
    }
