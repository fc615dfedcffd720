"""/api/v1/trajectories and /api/v1/followup: what the welfare organisation's coach does
with a referral — conversations, the spider web at intake and close, the matches made,
the activities chosen, the check-ins at 3, 6 and 9 months, and the close."""

from datetime import date

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from api import services
from api.auth import SECURITY, actor, current_token, require
from api.errors import RATE_LIMITED, error_responses
from api.trajectories.schemas import (
    CheckinSchema,
    ChooseSchema,
    CloseSchema,
    ConversationCreateSchema,
    FollowupArgs,
    FollowupSchema,
    LinkMatchSchema,
    SnapshotSchema,
    TrajectoryCreateSchema,
    TrajectoryListArgs,
    TrajectoryListSchema,
    TrajectorySchema,
)
from api.trajectory_store import NotAllowed
from matcher.categories import listing_categories
from trajectory import icpc
from trajectory.referrals import OPEN, REFERRER_TYPES, STATUSES
from trajectory.trajectories import (
    CHECKIN_RESULTS,
    CLOSE_REASONS,
    CONVERSATION_KINDS,
    STOP_REASONS,
    checkin_schedule,
    feedback_steps,
    spider_web_change,
)

blp = Blueprint(
    "trajectories",
    __name__,
    url_prefix="/api/v1",
    description="Welzijn op Recept trajectories: the coach's conversations, spider web, "
    "matches, chosen activities, follow-up and close.",
)


def _code(code: str | None, labels: dict) -> dict | None:
    return {"code": code, "label": labels.get(code, code)} if code else None


def present(t: dict, referral: dict, today: date | None = None) -> dict:
    """A stored trajectory as the API shows it (with each check-in's state of today)."""
    today = today or date.today()
    code = icpc.lookup(referral["icpc_code"])
    activities = []
    for a in t["activities"]:
        done = {c["month"]: c for c in a["checkins"]}
        checkins = []
        for due in checkin_schedule(a["chosen_on"], done, today):
            c = done.get(due.month) or {}
            checkins.append(
                {
                    "month": due.month,
                    "due": due.due,
                    "state": due.state,
                    "date": c.get("date"),
                    "result": c.get("result"),
                    "result_label": CHECKIN_RESULTS.get(c.get("result")),
                    "reason": _code(c.get("stop_reason"), STOP_REASONS),
                }
            )
        activities.append(
            {
                "id": a["id"],
                "activity_id": a["activity_id"],
                "name": a["activity_name"],
                "categories": a["categories"],
                "match_id": a["match_id"],
                "chosen_on": a["chosen_on"],
                "checkins": checkins,
            }
        )
    snapshots = {k: t["snapshots"].get(k) for k in ("intake", "close")}
    return {
        "id": t["id"],
        "referral": {
            "id": referral["id"],
            "client_reference": referral["client_reference"],
            "referral_date": referral["referral_date"],
            "icpc": {"code": referral["icpc_code"], "label": code.label if code else ""},
            "referrer_type": _code(referral["referrer_type"], REFERRER_TYPES),
            "status": referral["status"],
            "status_label": STATUSES[referral["status"]],
        },
        "organization_id": t["organization_id"],
        "municipality": t["municipality"],
        "status": t["status"],
        "status_label": "lopend" if t["status"] == "open" else "afgesloten",
        "opened_on": t["opened_on"],
        "closed_on": t["closed_on"],
        "close_reason": _code(t["close_reason"], CLOSE_REASONS),
        "conversations": [
            {
                "id": c["id"],
                "date": c["date"],
                "minutes": c["minutes"],
                "kind": c["kind"],
                "kind_label": CONVERSATION_KINDS[c["kind"]],
            }
            for c in t["conversations"]
        ],
        "conversation_minutes": sum(c["minutes"] for c in t["conversations"]),
        "snapshots": snapshots,
        "spider_web_change": spider_web_change(
            (snapshots["intake"] or {}).get("scores"), (snapshots["close"] or {}).get("scores")
        ),
        "matches": t["matches"],
        "activities": activities,
        "steps": [
            {"step": s.code, "label": s.label, "date": s.day}
            for s in feedback_steps(t, referral["first_contact_date"])
        ],
        "created_at": t["created_at"],
        "updated_at": t["updated_at"],
    }


# -- who sees what ------------------------------------------------------------------------


def _scope() -> dict | None:
    """admin all; a coach its organisation's; None: a coach without an organisation."""
    token = current_token()
    if token.role == "admin":
        return {}
    return {"organization_id": token.organization_id} if token.organization_id else None


def load(trajectory_id: str) -> dict:
    """The trajectory if this token may see it; 404 otherwise (its existence is not told)."""
    t = services.get().trajectories.get(trajectory_id)
    scope = _scope()
    if (
        t is None
        or scope is None
        or scope.get("organization_id")
        not in (
            None,
            t["organization_id"],
        )
    ):
        abort(404, message=f"Geen traject met id {trajectory_id}.")
    return t


def show(t: dict) -> dict:
    return present(t, services.get().referrals.get(t["referral_id"]))


def write(trajectory_id: str, method: str, *args, **kwargs) -> dict:
    """A write on a visible trajectory; 409 when it does not fit its state."""
    load(trajectory_id)
    try:
        t = getattr(services.get().trajectories, method)(trajectory_id, *args, **kwargs)
    except NotAllowed as e:
        abort(409, message=str(e))
    except LookupError:
        abort(404, message="Niet gevonden in dit traject.")
    return show(t)


def invalid(field: str, message: str):
    abort(422, message="Validatie mislukt.", errors={"json": {field: [message]}})


def activity_facts(activity_id: str) -> dict | None:
    """What a trajectory keeps of a chosen activity: id, name and categories."""
    doc = services.get().backend.get(activity_id)
    if not doc:
        stored = services.get().store.get(activity_id)
        doc = stored.public() if stored else None
    if not doc:
        return None
    return {
        "id": activity_id,
        "name": doc.get("name") or activity_id,
        "categories": list(listing_categories(doc).categories),
    }


# -- views --------------------------------------------------------------------------------

COMMON = (400, 401, 403, RATE_LIMITED)
ONE = (401, 403, 404, RATE_LIMITED)
WRITE = (400, 401, 403, 404, 409, RATE_LIMITED)
DOCS = {"e404": "No such trajectory visible to you", "e409": "Not possible in its state"}


@blp.route("/trajectories")
class Trajectories(MethodView):
    @require("coach")
    @blp.doc(security=SECURITY)
    @blp.arguments(TrajectoryCreateSchema)
    @blp.response(201, TrajectorySchema)
    @error_responses(blp, *COMMON, 409, e409="The referral has a trajectory, or it has ended")
    def post(self, data):
        """A referral of the coach's organisation becomes a trajectory (one per referral)."""
        token = current_token()
        referral = services.get().referrals.get(data["referral_id"])
        if referral is None or (
            token.role != "admin" and referral["organization_id"] != token.organization_id
        ):
            invalid("referral_id", "Onbekende verwijzing voor deze organisatie.")
        if referral["status"] not in OPEN:
            abort(409, message=f"Deze verwijzing is {STATUSES[referral['status']]}.")
        if data["opened_on"] < referral["referral_date"]:
            invalid("opened_on", "Een traject begint niet vóór de verwijsdatum.")
        try:
            t = services.get().trajectories.open(
                referral,
                data["opened_on"],
                data["municipality"] or referral["municipality"],
                actor(),
                intake=data["intake"],
            )
        except NotAllowed as e:
            abort(409, message=str(e))
        return show(t)

    @require("coach")
    @blp.doc(security=SECURITY)
    @blp.arguments(TrajectoryListArgs, location="query")
    @blp.response(200, TrajectoryListSchema)
    @error_responses(blp, *COMMON)
    def get(self, args):
        """The organisation's trajectories newest first (admin: all)."""
        scope = _scope()
        if scope is None:
            return {"items": [], "total": 0}
        items, total = services.get().trajectories.find(
            **scope,
            status=args["status"],
            limit=args["per_page"],
            offset=(args["page"] - 1) * args["per_page"],
        )
        today = date.today()
        referrals = services.get().referrals
        return {
            "items": [present(t, referrals.get(t["referral_id"]), today) for t in items],
            "total": total,
        }


@blp.route("/trajectories/<trajectory_id>")
class TrajectoryItem(MethodView):
    @require("coach")
    @blp.doc(security=SECURITY)
    @blp.response(200, TrajectorySchema)
    @error_responses(blp, *ONE, **DOCS)
    def get(self, trajectory_id):
        """One trajectory with its conversations, spider webs, matches, activities and
        check-ins."""
        return show(load(trajectory_id))

    @require("coach")
    @blp.doc(security=SECURITY)
    @blp.response(204)
    @error_responses(blp, *ONE, **DOCS)
    def delete(self, trajectory_id):
        """Erase the trajectory and its referral on the client's request (AVG); the
        anonymous monitoring counts stay."""
        load(trajectory_id)
        services.get().trajectories.erase(trajectory_id, actor())
        return ""


@blp.route("/trajectories/<trajectory_id>/conversations", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(ConversationCreateSchema)
@blp.response(201, TrajectorySchema)
@error_responses(blp, *WRITE, **DOCS)
def add_conversation(data, trajectory_id):
    """A conversation (date, minutes, kind); the first is the referral's first contact."""
    t = load(trajectory_id)
    if data["date"] < t["opened_on"]:
        invalid("date", "Een gesprek ligt niet vóór het begin van het traject.")
    return write(trajectory_id, "add_conversation", data["date"], data["minutes"], data["kind"],
                 actor()), 201  # fmt: skip


@blp.route("/trajectories/<trajectory_id>/snapshots/<any(intake, close):kind>", methods=["PUT"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(SnapshotSchema)
@blp.response(200, TrajectorySchema)
@error_responses(blp, *WRITE, **DOCS)
def set_snapshot(data, trajectory_id, kind):
    """The spider web at intake or at close (``kind``), replacing an earlier one."""
    return write(trajectory_id, "set_snapshot", kind, data["date"], data["scores"], actor())


@blp.route("/trajectories/<trajectory_id>/matches", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(LinkMatchSchema)
@blp.response(200, TrajectorySchema)
@error_responses(blp, *WRITE, **DOCS)
def link_match(data, trajectory_id):
    """Link a match made for this client (``POST /api/v1/match`` can do it at once with
    ``trajectory_id``); a chosen outcome of a linked match adds its activities."""
    load(trajectory_id)
    if services.get().store.get_match(data["match_id"]) is None:
        invalid("match_id", "Onbekende match.")
    return write(trajectory_id, "link_match", data["match_id"], actor())


@blp.route("/trajectories/<trajectory_id>/activities", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(ChooseSchema)
@blp.response(201, TrajectorySchema)
@error_responses(blp, *WRITE, **DOCS)
def choose(data, trajectory_id):
    """An activity the client chose; its check-ins fall due at 3, 6 and 9 months."""
    t = load(trajectory_id)
    if data["match_id"]:
        logged = services.get().store.get_match(data["match_id"])
        if logged is None or data["activity_id"] not in (logged["results"] or []):
            invalid("match_id", "Deze match bood die activiteit niet aan.")
    facts = activity_facts(data["activity_id"])
    if facts is None:
        invalid("activity_id", "Onbekende activiteit.")
    if data["date"] < t["opened_on"]:
        invalid("date", "Een keuze ligt niet vóór het begin van het traject.")
    result = write(trajectory_id, "choose", facts, data["date"], actor(), match_id=data["match_id"])
    return result, 201


@blp.route("/trajectories/<trajectory_id>/activities/<chosen_id>/checkins", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(CheckinSchema)
@blp.response(201, TrajectorySchema)
@error_responses(blp, *WRITE, e404="No such trajectory or chosen activity", e409=DOCS["e409"])
def checkin(data, trajectory_id, chosen_id):
    """A check-in at 3, 6 or 9 months: neemt nog deel, gestopt (with a reason code) or niet
    bereikt."""
    result = write(
        trajectory_id,
        "checkin",
        chosen_id,
        data["month"],
        data["date"],
        data["result"],
        data["reason"],
        actor(),
    )
    return result, 201


@blp.route("/trajectories/<trajectory_id>/close", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(CloseSchema)
@blp.response(200, TrajectorySchema)
@error_responses(blp, *WRITE, **DOCS)
def close(data, trajectory_id):
    """Close with a reason code (and the closing spider web); the referral's Task is
    completed and the GP gets the closing letter."""
    return write(
        trajectory_id, "close", data["date"], data["reason"], actor(), scores=data["spider_web"]
    )


@blp.route("/followup")
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(FollowupArgs, location="query")
@blp.response(200, FollowupSchema)
@error_responses(blp, *COMMON)
def followup(args):
    """The check-ins of the organisation's chosen activities that are due or overdue (or
    upcoming), most urgent first."""
    scope = _scope()
    if scope is None:
        return {"items": [], "total": 0}
    today = date.today()
    out = []
    for a in services.get().trajectories.chosen_with_checkins(scope.get("organization_id")):
        done = {c["month"]: c for c in a["checkins"]}
        for due in checkin_schedule(a["chosen_on"], done, today):
            if due.state in args["state"]:
                out.append(
                    {
                        "trajectory_id": a["trajectory_id"],
                        "client_reference": a["client_reference"],
                        "chosen_id": a["id"],
                        "activity_id": a["activity_id"],
                        "activity_name": a["activity_name"],
                        "month": due.month,
                        "due": due.due,
                        "state": due.state,
                    }
                )
    rank = {"overdue": 0, "due": 1, "upcoming": 2}
    out.sort(key=lambda i: (rank[i["state"]], i["due"]))
    return {"items": out, "total": len(out)}
