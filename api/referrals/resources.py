"""/api/v1/referrals: a GP practice's Welzijn op Recept referral, and what the welfare
organisation's coach does with it (receive, accept, reject, first contact, complete)."""

from datetime import date

from flask.views import MethodView
from flask_smorest import Blueprint, abort

from api import services
from api.auth import SECURITY, actor, current_token, require
from api.errors import RATE_LIMITED, error_responses
from api.referrals.schemas import (
    ContactSchema,
    ReferralCreateSchema,
    ReferralListArgs,
    ReferralListSchema,
    ReferralSchema,
    RejectSchema,
)
from api.store import Token
from trajectory import icpc
from trajectory.referrals import (
    REFERRER_TYPES,
    REJECT_REASONS,
    STATUSES,
    TransitionRefused,
    business_status,
    deadline,
)

blp = Blueprint(
    "referrals",
    __name__,
    url_prefix="/api/v1/referrals",
    description="Welzijn op Recept referrals from GP practices to welfare organisations.",
)


def present(r: dict, today: date | None = None, trajectory_id: str | None = None) -> dict:
    """A stored referral as the API shows it, with the contact deadline of today."""
    due = deadline(r["referral_date"], r["status"], r["first_contact_date"], today or date.today())
    code = icpc.lookup(r["icpc_code"])
    return {
        "id": r["id"],
        "status": r["status"],
        "status_label": STATUSES[r["status"]],
        "business_status": business_status(
            r["status"], r["reject_reason"], r["first_contact_date"]
        ),
        "client_reference": r["client_reference"],
        "icpc": {"code": r["icpc_code"], "label": code.label if code else r["icpc_code"]},
        "referrer": {
            "type": r["referrer_type"],
            "label": REFERRER_TYPES[r["referrer_type"]],
            "agb": r["referrer_agb"],
        },
        "organization_id": r["organization_id"],
        "municipality": r["municipality"],
        "referral_date": r["referral_date"],
        "consent": {"given": True, "date": r["consent_date"]},
        "reason": r["reason"],
        "reject_reason": (
            {"code": r["reject_reason"], "label": REJECT_REASONS[r["reject_reason"]]}
            if r["reject_reason"]
            else None
        ),
        "contact": {
            "deadline": due.due,
            "overdue": due.overdue,
            "first_contact_date": r["first_contact_date"],
            "within_deadline": due.met,
        },
        "source": r["source"],
        "created_at": r["created_at"],
        "updated_at": r["updated_at"],
        "trajectory_id": trajectory_id,
        "fhir": {
            "service_request": f"/fhir/ServiceRequest/{r['id']}",
            "task": f"/fhir/Task/{r['task_id']}",
        },
    }


# -- who sees what ------------------------------------------------------------------------


def scope(token: Token) -> dict | None:
    """The list filter of a token: admin all, a coach its organisation's, a referrer its
    practice's; None when the token sees none (a coach token without an organisation)."""
    if token.role == "admin":
        return {}
    if token.role == "coach":
        return {"organization_id": token.organization_id} if token.organization_id else None
    if token.role == "referrer":
        return {"agb": token.agb} if token.agb else None
    return None


def visible(token: Token, r: dict) -> bool:
    if token.role == "admin":
        return True
    if token.role == "coach":
        return bool(token.organization_id) and r["organization_id"] == token.organization_id
    return token.role == "referrer" and r["referrer_agb"] == token.agb


def load_visible(referral_id: str) -> dict:
    """The referral if this token may see it; 404 otherwise (its existence is not told)."""
    r = services.get().referrals.get(referral_id)
    if r is None or not visible(current_token(), r):
        abort(404, message=f"Geen verwijzing met id {referral_id}.")
    return r


def create_referral(data: dict, source: str) -> dict:
    """Store a validated referral (JSON or FHIR) for the caller; aborts on a broken rule."""
    token = current_token()
    if token.role == "referrer":
        if data.get("referrer_agb") not in (None, token.agb):
            abort(
                403,
                message="Een verwijzer verwijst alleen namens de eigen praktijk (AGB-code).",
            )
        data["referrer_agb"] = token.agb
    elif not data.get("referrer_agb"):
        abort(
            422,
            message="Validatie mislukt.",
            errors={"json": {"referrer_agb": ["Geef de AGB-code van de verwijzende praktijk."]}},
        )
    if services.get().store.organization(data["organization_id"]) is None:
        abort(
            422,
            message="Validatie mislukt.",
            errors={
                "json": {
                    "organization_id": [
                        f"Onbekende welzijnsorganisatie {data['organization_id']!r}."
                    ]
                }
            },
        )
    return services.get().referrals.create(data, source, actor=actor())


def act(referral_id: str, action: str, **values) -> dict:
    """A coach's (or the referrer's) action on a visible referral; 409 when it does not fit
    the referral's status."""
    load_visible(referral_id)
    try:
        return services.get().referrals.act(referral_id, action, actor=actor(), **values)
    except TransitionRefused as e:
        abort(409, message=str(e))


# -- views --------------------------------------------------------------------------------

READERS = ("coach", "referrer")
COMMON = (400, 401, 403, RATE_LIMITED)


@blp.route("")
class Referrals(MethodView):
    @require("referrer")
    @blp.doc(security=SECURITY)
    @blp.arguments(ReferralCreateSchema)
    @blp.response(201, ReferralSchema)
    @error_responses(
        blp,
        *COMMON,
        e403="Not a referrer, or another practice's AGB code",
    )
    def post(self, data):
        """A referral from a GP practice (referrer: its own AGB code; admin names one)."""
        return present(create_referral(data, "json"))

    @require(*READERS)
    @blp.doc(security=SECURITY)
    @blp.arguments(ReferralListArgs, location="query")
    @blp.response(200, ReferralListSchema)
    @error_responses(blp, *COMMON)
    def get(self, args):
        """Referrals newest first: a coach its organisation's, a referrer its own, admin all;
        each with its contact deadline and whether it is overdue."""
        filters = scope(current_token())
        if filters is None:
            return {"items": [], "total": 0}
        items, total = services.get().referrals.find(
            **filters,
            statuses=args["status"],
            limit=args["per_page"],
            offset=(args["page"] - 1) * args["per_page"],
        )
        today = date.today()
        linked = services.get().trajectories.ids_of_referrals([r["id"] for r in items])
        return {
            "items": [present(r, today, linked.get(r["id"])) for r in items],
            "total": total,
        }


@blp.route("/<referral_id>")
class ReferralItem(MethodView):
    @require(*READERS)
    @blp.doc(security=SECURITY)
    @blp.response(200, ReferralSchema)
    @error_responses(blp, 401, 403, 404, RATE_LIMITED, e404="No such referral visible to you")
    def get(self, referral_id):
        """One referral (a coach: its organisation's; a referrer: its own)."""
        r = load_visible(referral_id)
        return present(
            r, trajectory_id=services.get().trajectories.ids_of_referrals([r["id"]]).get(r["id"])
        )

    @require("coach")
    @blp.doc(security=SECURITY)
    @blp.response(204)
    @error_responses(blp, 401, 403, 404, RATE_LIMITED, e404="No such referral visible to you")
    def delete(self, referral_id):
        """Erase a referral, its Task and its trajectory on the client's request (AVG); the
        anonymous monitoring counts stay."""
        load_visible(referral_id)
        services.get().referrals.erase(referral_id, actor=actor())
        return ""


ACTION_ERRORS = (401, 403, 404, 409, RATE_LIMITED)
ACTION_DOCS = {"e404": "No such referral visible to you", "e409": "Not possible in this status"}


@blp.route("/<referral_id>/receive", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.response(200, ReferralSchema)
@error_responses(blp, *ACTION_ERRORS, **ACTION_DOCS)
def receive(referral_id):
    """The coach has seen the referral: Task requested -> received."""
    return present(act(referral_id, "receive"))


@blp.route("/<referral_id>/accept", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.response(200, ReferralSchema)
@error_responses(blp, *ACTION_ERRORS, **ACTION_DOCS)
def accept(referral_id):
    """The organisation takes the referral on: Task -> accepted."""
    return present(act(referral_id, "accept"))


@blp.route("/<referral_id>/reject", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(RejectSchema)
@blp.response(200, ReferralSchema)
@error_responses(blp, 400, *ACTION_ERRORS, **ACTION_DOCS)
def reject(data, referral_id):
    """The organisation declines, with a reason code: Task -> rejected."""
    return present(act(referral_id, "reject", reject_reason=data["reason"]))


@blp.route("/<referral_id>/contact", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.arguments(ContactSchema)
@blp.response(200, ReferralSchema)
@error_responses(blp, 400, *ACTION_ERRORS, **ACTION_DOCS)
def contact(data, referral_id):
    """The coach's first contact with the client (default today): Task -> in-progress."""
    r = load_visible(referral_id)
    day = data["date"] or date.today()
    if day < r["referral_date"]:
        abort(
            422,
            message="Validatie mislukt.",
            errors={"json": {"date": ["Het eerste contact ligt niet vóór de verwijsdatum."]}},
        )
    return present(act(referral_id, "contact", first_contact=day))


@blp.route("/<referral_id>/complete", methods=["POST"])
@require("coach")
@blp.doc(security=SECURITY)
@blp.response(200, ReferralSchema)
@error_responses(blp, *ACTION_ERRORS, **ACTION_DOCS)
def complete(referral_id):
    """The trajectory is closed: Task in-progress -> completed."""
    return present(act(referral_id, "complete"))


@blp.route("/<referral_id>/cancel", methods=["POST"])
@require("referrer")
@blp.doc(security=SECURITY)
@blp.response(200, ReferralSchema)
@error_responses(blp, *ACTION_ERRORS, **ACTION_DOCS)
def cancel(referral_id):
    """The referrer withdraws its referral: Task -> cancelled."""
    return present(act(referral_id, "cancel"))
