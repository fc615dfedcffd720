"""A real OpenID Connect provider for the tests, built from Authlib's server components and
run on a free loopback port in a thread: discovery document, JWKS, an authorization
endpoint with a sign-in form, the token endpoint (authorization code flow, client secret)
and an id_token signed with an RSA JWK.

    idp = OidcProvider(users={"anna": {...claims...}}).start()
    idp.redirect_uris.append("http://127.0.0.1:8000/sso/x/callback")
    ... idp.issuer, idp.client_id, idp.client_secret ...
    idp.stop()

Nothing in it knows the service: what the service gets is what any IdP would send.
"""

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlencode

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oidc.core import AuthorizationCodeMixin
from authlib.oidc.core.grants import OpenIDCode
from flask import Flask, jsonify, request
from joserfc.jwk import RSAKey
from werkzeug.serving import make_server

from tests.server import free_port

SCOPES = {"openid", "email", "profile"}


@dataclass
class Client(ClientMixin):
    client_id: str
    client_secret: str
    redirect_uris: list[str]

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return self.redirect_uris[0] if self.redirect_uris else None

    def get_allowed_scope(self, scope):
        return " ".join(s for s in (scope or "").split() if s in SCOPES)

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret):
        return hmac.compare_digest(self.client_secret, client_secret or "")

    def check_endpoint_auth_method(self, method, endpoint):
        if endpoint == "token":
            return method in ("client_secret_basic", "client_secret_post")
        return True

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


@dataclass
class Code(AuthorizationCodeMixin):
    code: str
    client_id: str
    redirect_uri: str
    scope: str
    user: str
    nonce: str | None
    auth_time: int = field(default_factory=lambda: int(time.time()))

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return self.auth_time

    def expired(self) -> bool:
        return time.time() - self.auth_time > 300


class OidcProvider:
    def __init__(self, users: dict[str, dict]):
        self.users = users  # username -> claims (sub, email, name, and any others)
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.client_id = "socialmap"
        self.client_secret = secrets.token_urlsafe(24)
        self.redirect_uris: list[str] = []
        self.key = RSAKey.generate_key(
            2048, parameters={"kid": "idp-key-1", "use": "sig", "alg": "RS256"}, private=True
        )
        self.codes: dict[str, Code] = {}
        self.tokens_issued = 0
        self.app = self._build()
        self._server = None
        self._thread = None

    # -- the Authlib server --------------------------------------------------------------
    def _build(self) -> Flask:
        idp = self
        app = Flask("test-oidc-provider")
        app.config["SESSION_COOKIE_NAME"] = "idp_session"
        client = Client(self.client_id, self.client_secret, self.redirect_uris)

        class CodeGrant(grants.AuthorizationCodeGrant):
            TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

            def save_authorization_code(self, code, req):
                idp.codes[code] = Code(
                    code=code,
                    client_id=req.client.client_id,
                    redirect_uri=req.payload.redirect_uri,
                    scope=req.scope,
                    user=req.user,
                    nonce=req.payload.data.get("nonce"),
                )

            def query_authorization_code(self, code, client_):
                found = idp.codes.get(code)
                if found and found.client_id == client_.client_id and not found.expired():
                    return found
                return None

            def delete_authorization_code(self, authorization_code):
                idp.codes.pop(authorization_code.code, None)

            def authenticate_user(self, authorization_code):
                return authorization_code.user

        class IdToken(OpenIDCode):
            def resolve_client_private_key(self, client_):
                return idp.key

            def get_client_claims(self, client_):
                return {"iss": idp.issuer, "aud": [client_.get_client_id()]}

            def exists_nonce(self, nonce, req):
                return any(c.nonce == nonce for c in idp.codes.values())

            def generate_user_info(self, user, scope):
                return dict(idp.users[user])

        def save_token(token, req):
            idp.tokens_issued += 1

        server = AuthorizationServer(
            app,
            query_client=lambda cid: client if cid == client.client_id else None,
            save_token=save_token,
        )
        server.register_grant(CodeGrant, [IdToken(require_nonce=True)])

        @app.get("/.well-known/openid-configuration")
        def discovery():
            return jsonify(
                {
                    "issuer": idp.issuer,
                    "authorization_endpoint": f"{idp.issuer}/authorize",
                    "token_endpoint": f"{idp.issuer}/token",
                    "jwks_uri": f"{idp.issuer}/jwks",
                    "response_types_supported": ["code"],
                    "subject_types_supported": ["public"],
                    "id_token_signing_alg_values_supported": ["RS256"],
                    "scopes_supported": sorted(SCOPES),
                    "token_endpoint_auth_methods_supported": [
                        "client_secret_basic",
                        "client_secret_post",
                    ],
                    "claims_supported": ["sub", "email", "email_verified", "name"],
                }
            )

        @app.get("/jwks")
        def jwks():
            return jsonify({"keys": [idp.key.as_dict(private=False)]})

        @app.route("/authorize", methods=["GET", "POST"])
        def authorize():
            if request.method == "GET":
                try:
                    server.get_consent_grant(end_user=None)
                except Exception as e:  # an invalid request: say so, as an IdP does
                    return f"<p>Ongeldig verzoek: {escape(str(e))}</p>", 400
                options = "".join(
                    f'<option value="{escape(u)}">{escape(c.get("name", u))}</option>'
                    for u, c in idp.users.items()
                )
                query = escape(urlencode(request.args))
                return (
                    '<!doctype html><html lang="nl"><head><title>Test-IdP</title></head><body>'
                    "<h1>Inloggen bij je organisatie (test-IdP)</h1>"
                    f'<form method="post" action="/authorize?{query}">'
                    f'<label for="user">Gebruiker</label><select id="user" name="user">'
                    f"{options}</select>"
                    '<button type="submit">Inloggen bij IdP</button></form></body></html>'
                )
            user = request.form.get("user")
            user = user if user in idp.users else None  # unknown: the request is denied
            grant = server.get_consent_grant(end_user=user)
            return server.create_authorization_response(grant_user=user, grant=grant)

        @app.post("/token")
        def token():
            return server.create_token_response()

        return app

    # -- running ---------------------------------------------------------------------------
    def start(self) -> "OidcProvider":
        self._server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def config(self, **mapping) -> dict:
        """An entry for SOCIALMAP_OIDC_PROVIDERS that points at this provider."""
        return {
            "issuer": self.issuer,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            **mapping,
        }
