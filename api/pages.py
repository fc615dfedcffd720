"""The web pages: a start page and one page each for coaches, providers and municipalities.

The pages are static HTML and JavaScript in ``static/`` that call the JSON API with the
person's session cookie (and its CSRF token). Front-end libraries come from the npm
registry (``static/package.json``, installed by ``make run``/``make test``) and are served
from ``/vendor/`` — never a CDN.
"""

from pathlib import Path

from flask import Blueprint as FlaskBlueprint
from flask import abort as flask_abort
from flask import current_app, send_from_directory
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from marshmallow import fields, validate

from api import demo_trajectories, services, sessions
from api.account_store import AccountExists
from api.accounts.resources import session_view
from api.accounts.schemas import SessionSchema
from api.errors import RATE_LIMITED, error_responses
from api.schema import Schema

pages = FlaskBlueprint("pages", __name__)

PAGES = {
    "/": "index.html",
    "/coach": "coach.html",
    "/aanbieder": "provider.html",
    "/gemeente": "municipality.html",
    "/coach/trajecten": "trajectories.html",
    "/verwijzer": "referrer.html",
    # people (api/accounts): sign in, choose a password, invite colleagues, own account
    "/inloggen": "signin.html",
    "/wachtwoord": "password.html",
    "/uitnodigen": "invite.html",
    "/account": "account.html",
}

# npm packages the pages may load, and the folder of each that is served.
VENDOR = {
    "chart.js": "dist",
    "chartjs-plugin-dragdata": "dist",
    "leaflet": "dist",
}


def _page(filename: str):
    def view():
        response = send_from_directory(current_app.static_folder, filename)
        response.headers["Cache-Control"] = "no-cache"
        return response

    view.__name__ = "page_" + filename.split(".")[0]
    return view


for _path, _file in PAGES.items():
    pages.add_url_rule(_path, view_func=_page(_file))


@pages.route("/vendor/<package>/<path:filename>")
def vendor(package: str, filename: str):
    """A file from an npm package's distribution folder (static/node_modules)."""
    if package not in VENDOR:
        flask_abort(404)
    folder = Path(current_app.static_folder) / "node_modules" / package / VENDOR[package]
    response = send_from_directory(folder, filename, max_age=86400)
    return response


# -- demo sign-in ----------------------------------------------------------------------

demo_blp = Blueprint(
    "demo",
    __name__,
    url_prefix="/api/v1/demo",
    description="Demo sign-in for the bundled demo map (only when SOCIALMAP_DEMO_SIGNIN is on).",
)

DEMO_ROLES = ("coach", "provider", "municipality", "referrer")
DEMO_NAMES = {
    "coach": "Demo-welzijnscoach",
    "provider": "Demo-aanbieder",
    "municipality": "Demo-gemeente",
    "referrer": "Demo-huisartsenpraktijk",
}


class DemoSignInSchema(Schema):
    role = fields.String(required=True, validate=validate.OneOf(DEMO_ROLES))
    organization = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=100),
        metadata={
            "description": "For a provider: the id of a demo organisation (a coach gets the "
            "demo welfare organisation, a referrer the first demo practice)."
        },
    )


class DemoOrganizationSchema(Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    activities = fields.Integer(required=True)


class DemoOfferSchema(Schema):
    roles = fields.List(fields.String(validate=validate.OneOf(DEMO_ROLES)), required=True)
    organizations = fields.List(fields.Nested(DemoOrganizationSchema), required=True)
    municipality = fields.String(required=True, allow_none=True)


def _demo_enabled() -> None:
    if not current_app.config["DEMO_SIGNIN"]:
        abort(404, message="Demo sign-in is off (SOCIALMAP_DEMO_SIGNIN).")


def _demo_municipality() -> str | None:
    codes = sorted({a["municipality"] for a in services.get().store.areas()})
    return codes[0] if codes else None


@demo_blp.route("")
class DemoSignIn(MethodView):
    @demo_blp.response(200, DemoOfferSchema)
    @error_responses(demo_blp, 404, RATE_LIMITED, e404="Demo sign-in is off")
    def get(self):
        """What the demo offers: the organisations and the municipality to sign in as."""
        _demo_enabled()
        store = services.get().store
        return {
            "roles": list(DEMO_ROLES),
            "organizations": store.organizations(limit=12),
            "municipality": _demo_municipality(),
        }

    @demo_blp.arguments(DemoSignInSchema)
    @demo_blp.response(201, SessionSchema)
    @error_responses(
        demo_blp,
        400,
        404,
        409,
        RATE_LIMITED,
        e400="The body is not valid JSON, or the CSRF token is missing (X-CSRFToken)",
        e404="Demo sign-in is off",
        e409="No areas are loaded (for a municipality)",
    )
    def post(self, data):
        """Sign in as a demo person of a role (never admin): a session, as with a password."""
        _demo_enabled()
        sessions.check_csrf()
        store = services.get().store
        organization = municipality = agb = None
        if data["role"] == "coach" and store.organization(demo_trajectories.ORGANIZATION):
            organization = demo_trajectories.ORGANIZATION  # its referrals and trajectories
        elif data["role"] == "referrer":
            agb = demo_trajectories.PRACTICES[0]
        elif data["role"] == "provider":
            organization = data["organization"]
            if not organization or store.organization(organization) is None:
                abort(
                    422,
                    message="Validation failed.",
                    errors={"json": {"organization": ["Choose an organisation of the demo map."]}},
                )
        elif data["role"] == "municipality":
            municipality = _demo_municipality()
            if municipality is None:
                abort(409, message="No areas are loaded; run `socialmap demo` first.")
        accounts = services.get().accounts
        email = f"demo-{data['role']}{'-' + organization if organization else ''}@demo.invalid"
        account = accounts.by_email(email)
        if account is None:
            try:
                account = accounts.create(
                    email,
                    DEMO_NAMES[data["role"]],
                    data["role"],
                    created_by="demo",
                    organization_id=organization,
                    municipality=municipality,
                    agb=agb,
                )
            except AccountExists:  # made by a parallel request
                account = accounts.by_email(email)
        sessions.sign_in(account, "demo")
        accounts.log(f"account:{account.id}", "sign_in", {"method": "demo"})
        return session_view(), 201
