"""/api/v1/reviews, /api/v1/completeness and /api/v1/duplicates: what is due for review
(and the one-click "nog actueel" links), what listings lack, and the admin's duplicates."""

from datetime import timedelta

from flask_smorest import Blueprint, abort

from api import listings, services
from api.auth import SECURITY, actor, current_token, require
from api.errors import RATE_LIMITED, SEARCH_DOWN, error_responses
from api.store import NotFound, now
from api.upkeep import duplicates, reviews
from api.upkeep.schemas import (
    CompletenessSchema,
    DecisionSchema,
    DigestContactAnswerSchema,
    DigestContactSchema,
    OrganizationArgs,
    PairListArgs,
    PairListSchema,
    PairSchema,
    ReviewLinkSchema,
    ReviewsSchema,
)
from matcher import completeness as comp
from matcher.explain import cost as cost_text
from matcher.vocab import label

reviews_blp = Blueprint(
    "reviews",
    __name__,
    url_prefix="/api/v1/reviews",
    description="Listings due for review, and the one-click 'nog actueel' links of the digest.",
)
completeness_blp = Blueprint(
    "completeness",
    __name__,
    url_prefix="/api/v1/completeness",
    description="What listings lack of what coaches filter on.",
)
duplicates_blp = Blueprint(
    "duplicates",
    __name__,
    url_prefix="/api/v1/duplicates",
    description="Listings that may be the same activity twice, for the admin to decide.",
)


def own_organization(args: dict) -> str | None:
    """A provider's own organisation; an admin's choice (None: all)."""
    token = current_token()
    if token.role == "provider":
        if not token.organization_id:
            abort(403, message="This provider token has no organisation.")
        if args.get("organization") not in (None, token.organization_id):
            abort(403, message="A provider sees only its own organisation.")
        return token.organization_id
    return args.get("organization")


# -- reviews --------------------------------------------------------------------------
@reviews_blp.route("")
@require("provider")
@reviews_blp.doc(security=SECURITY)
@reviews_blp.arguments(OrganizationArgs, location="query")
@reviews_blp.response(200, ReviewsSchema)
@error_responses(reviews_blp, 401, 403, RATE_LIMITED, e403="Another organisation's")
def due(args):
    """Listings due for review: unconfirmed for 11 months (first reminder) or 12 (second)."""
    org_id = own_organization(args)
    org = services.get().store.organization(org_id) if org_id else None
    return {
        "organization": (
            {"id": org["id"], "name": org["name"], "email": reviews.contact_address(org) or None}
            if org
            else None
        ),
        "items": reviews.due_listings(org_id),
        "last_digest": reviews.last_digest(org_id) if org_id else None,
    }


@reviews_blp.route("/contact", methods=["PUT"])
@require("provider")
@reviews_blp.doc(security=SECURITY)
@reviews_blp.arguments(DigestContactSchema)
@reviews_blp.response(200, DigestContactAnswerSchema)
@error_responses(
    reviews_blp,
    400,
    401,
    403,
    404,
    RATE_LIMITED,
    e403="Another organisation's",
    e404="No such organisation",
)
def contact(data):
    """Where the organisation's weekly review digest goes (over the HSDS organisation's
    email, which imports rewrite)."""
    org_id = own_organization(data)
    if not org_id:
        abort(
            422,
            message="Validation failed.",
            errors={"json": {"organization": ["Name the organisation."]}},
        )
    if services.get().store.organization(org_id) is None:
        abort(404, message=f"No organisation {org_id}.")
    reviews.set_contact(org_id, data["email"])
    return {"organization_id": org_id, "email": data["email"]}


def _link_answer(row: dict, confirmed: bool) -> dict:
    stored = services.get().store.get(row["activity_id"])
    if stored is None:
        abort(410, message="This activity no longer exists.")
    doc = stored.doc
    return {
        "activity": {
            "id": doc["id"],
            "name": doc["name"],
            "organization": doc["organization"]["name"],
            "assured_date": doc.get("assured_date"),
        },
        "confirmed": confirmed,
    }


LINK_ERRORS = {
    "invalid": (404, "This link is not valid."),
    "used": (410, "This link was used already: the activity is confirmed."),
    "expired": (410, "This link has expired: confirm the activity on the provider page."),
}


def _refused(e: reviews.LinkRefused):
    code, message = LINK_ERRORS[e.reason]
    abort(code, message=message, errors={"token": [e.reason]})


@reviews_blp.route("/links/<token>", methods=["GET"])
@reviews_blp.response(200, ReviewLinkSchema)
@error_responses(
    reviews_blp, 404, 410, RATE_LIMITED, e404="Not a valid link", e410="Used or expired"
)
def link(token):
    """What a 'nog actueel' link from the digest is for (no sign-in: the link is the key)."""
    try:
        row = reviews.read_link(token)
    except reviews.LinkRefused as e:
        _refused(e)
    return _link_answer(row, confirmed=False)


@reviews_blp.route("/links/<token>", methods=["POST"])
@reviews_blp.response(200, ReviewLinkSchema)
@error_responses(
    reviews_blp,
    404,
    410,
    RATE_LIMITED,
    SEARCH_DOWN,
    e404="Not a valid link",
    e410="Used, expired, or the activity is gone",
)
def use_link(token):
    """'Nog actueel': the listing's assured_date becomes today. The link works once."""
    try:
        row = reviews.use_link(token)
    except reviews.LinkRefused as e:
        _refused(e)
    stored = services.get().store.get(row["activity_id"])
    if stored is None:
        abort(410, message="This activity no longer exists.")
    try:
        listings.confirm(stored, f"link:{row['id']}", None)
    except NotFound:
        abort(410, message="This activity no longer exists.")
    return _link_answer(row, confirmed=True)


# -- completeness ---------------------------------------------------------------------
_DEMAND: dict = {}


def field_demand() -> dict[str, int]:
    """How often coaches filtered on each field in the last year (cached for 10 minutes)."""
    svc = services.get()
    key = id(svc.store.engine)
    cached = _DEMAND.get(key)
    if cached and cached[0] > now():
        return cached[1]
    from sqlalchemy import select

    from api.store import match_log

    since = now() - timedelta(days=365)
    q = select(match_log.c.requirements).where(match_log.c.at >= since)
    import json

    with svc.store.engine.connect() as conn:
        demand = comp.field_demand(json.loads(r) for (r,) in conn.execute(q))
    _DEMAND[key] = (now() + timedelta(minutes=10), demand)
    return demand


@completeness_blp.route("")
@require("provider")
@completeness_blp.doc(security=SECURITY)
@completeness_blp.arguments(OrganizationArgs, location="query")
@completeness_blp.response(200, CompletenessSchema)
@error_responses(completeness_blp, 401, 403, RATE_LIMITED, e403="Another organisation's")
def completeness(args):
    """Each listing's completeness score, and what is missing, what coaches filter on most
    first (the anonymous match log's requirement names)."""
    org_id = own_organization(args)
    demand = field_demand()

    def missing_field(f):
        return {"field": f, "label": comp.LABELS[f], "filtered": demand.get(f, 0)}

    items = []
    for stored in services.get().store.iter_activities(organization_id=org_id):
        c = comp.completeness(stored.doc)
        items.append(
            {
                "id": stored.doc["id"],
                "name": stored.doc["name"],
                "score": c.score,
                "missing": [missing_field(f) for f in comp.by_demand(c.missing, demand)],
            }
        )
    items.sort(key=lambda i: (i["score"], i["name"]))
    return {
        "average": round(sum(i["score"] for i in items) / len(items), 2) if items else None,
        "fields_": [missing_field(f) for f in comp.by_demand(comp.FIELDS, demand)],
        "items": items,
    }


# -- duplicates -------------------------------------------------------------------------
def _listing_summary(activity_id: str) -> dict:
    stored = services.get().store.get(activity_id)
    if stored is None:
        return {"id": activity_id, "exists": False}
    doc = stored.doc
    loc = doc.get("location") or {}
    place = (
        label("delivery", doc.get("delivery"))
        if doc.get("delivery") != "in_person"
        else ", ".join(
            p
            for p in (loc.get("name"), loc.get("address"), loc.get("postal_code"), loc.get("city"))
            if p
        )
    )
    when = []
    for s in doc.get("schedules") or []:
        days = ", ".join(label("days", d) for d in s.get("days") or [])
        when.append(f"{days} {s.get('opens_at') or ''}".strip())
    return {
        "id": doc["id"],
        "exists": True,
        "name": doc["name"],
        "organization": doc["organization"]["name"],
        "place": place or None,
        "when": when or ["tijd in overleg"],
        "description": (doc.get("description") or "")[:400] or None,
        "assured_date": doc.get("assured_date"),
        "cost": cost_text(doc),
    }


def _pair(pair: dict) -> dict:
    return {**pair, "a": _listing_summary(pair["a_id"]), "b": _listing_summary(pair["b_id"])}


@duplicates_blp.route("")
@require()
@duplicates_blp.doc(security=SECURITY)
@duplicates_blp.arguments(PairListArgs, location="query")
@duplicates_blp.response(200, PairListSchema)
@error_responses(duplicates_blp, 401, 403, RATE_LIMITED)
def pair_list(args):
    """Possible duplicates with the evidence (name, place, time, text, meaning), likeliest
    first (admin)."""
    items, total = duplicates.pairs(args["status"], args["page"], args["per_page"])
    return {"items": [_pair(p) for p in items], "total": total}


@duplicates_blp.route("/<pair_id>/decision", methods=["POST"])
@require()
@duplicates_blp.doc(security=SECURITY)
@duplicates_blp.arguments(DecisionSchema)
@duplicates_blp.response(200, PairSchema)
@error_responses(
    duplicates_blp,
    400,
    401,
    403,
    404,
    409,
    RATE_LIMITED,
    SEARCH_DOWN,
    e409="Decided already, or a listing is gone",
)
def decide(data, pair_id):
    """Keep both (searches show one), merge, or dismiss (admin)."""
    try:
        pair = duplicates.decide(pair_id, data["action"], data.get("keep"), actor())
    except duplicates.PairNotFound:
        abort(404, message=f"No duplicate pair {pair_id}.")
    except duplicates.PairClosed as e:
        abort(409, message=str(e))
    except ValueError as e:
        abort(422, message="Validation failed.", errors={"json": {"keep": [str(e)]}})
    return _pair(pair)
