"""The public sociale kaart for residents: search without signing in (no token, no match log,
nothing about the resident kept), and the pages of upkeep: the residents' page, the admin's
page and the page a "nog actueel" link from the digest opens."""

import re

from flask import Blueprint as FlaskBlueprint
from flask import current_app, send_from_directory
from flask_smorest import Blueprint, abort

from api import services
from api.activities.resources import present
from api.errors import RATE_LIMITED, SEARCH_DOWN, error_responses
from api.upkeep.schemas import PublicListSchema, PublicSearchArgs
from indexers.base import SearchQuery
from matcher.capacity import STATES, UNKNOWN
from matcher.places import UnknownPlace

blp = Blueprint(
    "public",
    __name__,
    url_prefix="/api/v1/public",
    description="The sociale kaart for residents: no sign-in, nothing about the searcher kept.",
)
pages = FlaskBlueprint("upkeep_pages", __name__)
POSTAL = re.compile(r"^\s*[1-9][0-9]{3}\s*([A-Za-z]{2})?\s*$")
ROOM = [UNKNOWN, *(s for s in STATES if s not in ("full", "waitlist"))]


def _page(filename: str):
    response = send_from_directory(current_app.static_folder, filename)
    response.headers["Cache-Control"] = "no-cache"
    return response


@pages.route("/activiteiten")
def residents():
    return _page("public.html")


@pages.route("/beheer")
def admin():
    return _page("admin.html")


@pages.route("/nog-actueel/<token>")
def still_current(token):
    response = _page("confirm.html")
    response.headers["Referrer-Policy"] = "no-referrer"  # the token is in the address
    return response


def place_point(value: str) -> tuple[float, float, str]:
    """A postal code, or the name of a loaded place, wijk or buurt -> (lat, lon, name)."""
    svc = services.get()
    if POSTAL.match(value):
        point = svc.gazetteer.lookup(value)
        return point.latitude, point.longitude, value.strip().upper()
    wanted = " ".join(value.split()).casefold()
    areas = svc.area_index().areas
    for exact in (True, False):
        for area in sorted(areas, key=lambda a: ("gemeente", "wijk", "buurt").index(a.level)):
            name = area.name.casefold()
            if (name == wanted) if exact else name.startswith(wanted):
                c = area.shape.representative_point()
                return c.y, c.x, area.name
    raise UnknownPlace(value)


@blp.route("/activities")
@blp.arguments(PublicSearchArgs, location="query")
@blp.response(200, PublicListSchema)
@error_responses(blp, 400, RATE_LIMITED, SEARCH_DOWN, e400="Unknown place")
def search(args):
    """Search activities as a resident: words, kind, place, accessibility, cost, day."""
    lat = lon = place = None
    if args.get("place"):
        try:
            lat, lon, place = place_point(args["place"])
        except UnknownPlace:
            message = "Deze plaats of postcode kennen we niet."
            abort(400, message=message, errors={"query": {"place": [message]}})
    accessibility = list(args["accessibility"])
    if args.get("wheelchair"):
        accessibility.append("wheelchair")
    query = SearchQuery(
        text=args.get("q") or None,
        latitude=lat,
        longitude=lon,
        radius_km=args["radius_km"] if lat is not None else None,
        categories=args["category"],
        accessibility=accessibility,
        free_only=bool(args.get("free")),
        max_cost_per_month=args.get("max_cost"),
        days=args["day"],
        capacity=ROOM if args.get("room") else [],
        sort="relevance" if args.get("q") else ("distance" if lat is not None else "name"),
        offset=(args["page"] - 1) * args["per_page"],
        limit=args["per_page"],
    )
    results = services.get().backend.search(query)
    return {
        "items": [present(h.document, h.distance_km) for h in results.hits],
        "total": results.total,
        "page": args["page"],
        "per_page": args["per_page"],
        "place": place,
    }
