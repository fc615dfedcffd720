"""The Flask application: the JSON API, the HSDS read API and the web pages.

``create_app()`` takes defaults, then ``SOCIALMAP_*`` environment variables, then the test
override; gunicorn serves ``api:create_app()``.
"""

import os

from flask import Flask
from flask_smorest import Api

from api import errors, limits, services, sessions, sso
from matcher.paths import STATIC_DIR

DEFAULTS = {
    "DATA_DIR": "var",
    "BACKEND": "embedded",
    "ELASTICSEARCH_URL": None,
    "DATABASE_URL": None,  # default: SQLite in the data dir
    "EMBEDDER": "use-multilingual",
    "GAZETTEER": "",  # extra postal-code CSV files, separated by os.pathsep
    "GEOCODER": None,  # a geopy geocoder name such as "nominatim"; none = offline
    "GEOCODER_USER_AGENT": "socialmap",
    "GEOCODER_OPTIONS": {},  # extra geopy options as JSON, e.g. {"domain": "geo.example"}
    "GEOCODER_MIN_DELAY": 1.0,  # seconds between geocoder requests
    "MAX_CONTENT_LENGTH": 64 * 1024 * 1024,  # imports
    "MAX_ACTIVITY_BYTES": 256 * 1024,  # one listing
    "MATCHING_FILE": None,  # the matcher's weight table; default data/matching.json
    "RANKER_FILE": None,  # how the matcher combines its signals; default data/ranker.json
    "SMALL_CELL_THRESHOLD": 5,  # report cells under this many clients are hidden (min 5)
    "SEMANTIC_THRESHOLD": 0.15,
    "EMBED_TIMEOUT": 2.0,  # seconds for a query's embedding; past it, rank without meaning
    "ELASTICSEARCH_TIMEOUT": 10.0,  # seconds per cluster request
    "ELASTICSEARCH_CA_CERTS": None,  # a CA bundle (PEM) for a cluster with a private CA
    "ELASTICSEARCH_API_KEY": None,  # instead of user:password in the URL; never logged
    "RATE_LIMIT": "600/minute",  # per token (Flask-Limiter syntax); "off" disables it
    "RATE_LIMIT_STORAGE": "memory://",  # per process; redis:// or memcached:// to share
    "RETENTION_MONTHS": 24,  # closed trajectories (and ended referrals) are erased after this
    "DEMO_SIGNIN": False,  # the sign-in page offers demo people (make run turns it on)
    "SECRET_KEY": None,  # signs session cookies and CSRF tokens; default: made in the data dir
    "SECURE_COOKIES": True,  # Secure session cookie (off only for plain http on 127.0.0.1)
    "SESSION_IDLE_MINUTES": 60,  # a session unused this long ends
    "SESSION_MAX_HOURS": 12,  # and any session ends after this long
    "SIGNIN_MAX_FAILURES": 10,  # failed sign-ins per e-mail address within the window
    "SIGNIN_MAX_FAILURES_PER_ADDRESS": 50,  # and per client address
    "SIGNIN_WINDOW_MINUTES": 15,
    "OIDC_PROVIDERS": [],  # single sign-on: identity providers per organisation (api/sso.py)
    "PUBLIC_URL": None,  # the address in mailed links; default: the one a request came to
    "SMTP_URL": None,  # smtp://host:port, smtp+starttls://user:pw@host:587 or smtps://...
    "MAIL_FROM": "Sociale kaart <noreply@localhost>",
    "REPORT_RATE_LIMIT": "10/hour",  # a resident's reports per client address
    "MAP_TILES": None,  # a tile URL template for the pages' maps; none = outlines only, offline
    "MAP_ATTRIBUTION": None,  # pages offer short-lived demo tokens (make run turns it on)
    "TEXT_WEIGHT": 0.7,
    "API_TITLE": "Sociale kaart — Welzijn op Recept",
    "API_VERSION": "v1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/api/v1",
    "OPENAPI_JSON_PATH": "openapi.json",
    "JSON_SORT_KEYS": False,
}


class SocialMapApi(Api):
    # every operation documents its own error answers (see errors.error_responses)
    ERROR_SCHEMA = errors.ErrorSchema
    DEFAULT_ERROR_RESPONSE_NAME = None

    def handle_http_exception(self, error):
        """flask-smorest's envelope, always with a message (webargs' 422 has none)."""
        payload, code, headers = super().handle_http_exception(error)
        if "message" not in payload:
            if code == 422:
                payload["message"] = "Validation failed: see errors."
            elif code == 400 and "json" in payload.get("errors", {}):
                payload["message"] = "The body is not valid JSON."
            else:
                payload["message"] = error.description
        return payload, code, headers


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, static_folder=str(STATIC_DIR), static_url_path="/static")
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("SOCIALMAP")
    if test_config:
        app.config.update(test_config)
    app.config["DATA_DIR"] = os.path.abspath(str(app.config["DATA_DIR"]))
    app.json.sort_keys = False

    api = SocialMapApi(
        app,
        spec_kwargs={
            "info": {
                "description": (
                    "Sociale kaart and activity matching for Welzijn op Recept. Machines send "
                    "tokens as `Authorization: Bearer <token>`; the pages use the session "
                    "cookie of a signed-in person, with its CSRF token in `X-CSRFToken` on "
                    "every state-changing request."
                )
            }
        },
    )
    api.spec.components.security_scheme(
        "bearer", {"type": "http", "scheme": "bearer", "description": "API token"}
    )
    api.spec.components.security_scheme(
        "session",
        {
            "type": "apiKey",
            "in": "cookie",
            "name": "socialmap_session",
            "description": "A signed-in person (POST /api/v1/session); X-CSRFToken on writes.",
        },
    )

    services.init_app(app)
    errors.init_app(app)
    limits.init_app(app)
    sessions.init_app(app)
    sso.init_app(app)

    from api import meta
    from api.accounts.resources import blp as accounts_blp
    from api.activities.resources import blp as activities_blp
    from api.fhir.resources import blp as fhir_blp
    from api.gaps import blp as gaps_blp
    from api.hsds import blp as hsds_blp
    from api.imports import blp as imports_blp
    from api.letters import blp as letters_blp
    from api.match.resources import blp as match_blp
    from api.monitoring import blp as monitoring_blp
    from api.pages import demo_blp, pages
    from api.referrals.resources import blp as referrals_blp
    from api.trajectories.resources import blp as trajectories_blp
    from api.upkeep import public as upkeep_public
    from api.upkeep import resources as upkeep
    from api.upkeep.report_resources import blp as reports_blp

    api.register_blueprint(meta.blp)
    api.register_blueprint(activities_blp)
    api.register_blueprint(imports_blp)
    api.register_blueprint(match_blp)
    api.register_blueprint(gaps_blp)
    api.register_blueprint(hsds_blp)
    api.register_blueprint(referrals_blp)
    api.register_blueprint(letters_blp)
    api.register_blueprint(trajectories_blp)
    api.register_blueprint(monitoring_blp)
    api.register_blueprint(fhir_blp)
    api.register_blueprint(demo_blp)
    for blueprint in (
        upkeep.reviews_blp,
        upkeep.completeness_blp,
        upkeep.duplicates_blp,
        reports_blp,
        upkeep_public.blp,
    ):
        api.register_blueprint(blueprint)
    api.register_blueprint(accounts_blp)
    app.register_blueprint(pages)
    app.register_blueprint(upkeep_public.pages)

    from api import cli

    cli.init_app(app)
    return app
