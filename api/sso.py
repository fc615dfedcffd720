"""Single sign-on with OpenID Connect (Authlib) for organisations with their own identity
provider (Entra ID, Keycloak, ...).

``SOCIALMAP_OIDC_PROVIDERS`` is a JSON list, one object per identity provider::

    {"id": "welzijn-mrs", "name": "Welzijn Meierijstad", "issuer": "https://idp.example/realms/x",
     "client_id": "socialmap", "client_secret": "...", "role": "provider",
     "organization_claim": "organisation", "organizations": {"wmrs": "org-welzijn"}}

``role`` is the role every person from that provider gets; the organisation is either fixed
(``"organization": "org-id"``) or read from a claim of the id_token (``organization_claim``),
translated by ``organizations`` when given (a claim value not in it is refused). A
``municipality`` provider names its ``"municipality": "GMxxxx"``. The discovery document is
``issuer + /.well-known/openid-configuration`` unless ``metadata_url`` says otherwise.

A person is known by (issuer, subject): the first sign-in makes the account, later ones
follow the provider's e-mail, name and organisation. An existing password account with the
same address is linked only when its role and organisation are the ones the provider maps to.
"""

import re
from dataclasses import dataclass

from flask import Blueprint, Flask, current_app, redirect, request, session, url_for
from requests import RequestException

from api import services, sessions
from api.account_store import AccountExists, normalize_email
from api.store import ROLES

blp = Blueprint("sso", __name__, url_prefix="/sso")

HOME = {
    "coach": "/coach",
    "provider": "/aanbieder",
    "municipality": "/gemeente",
    "admin": "/account",
    "referrer": "/account",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    metadata_url: str
    client_id: str
    client_secret: str
    role: str
    organization: str | None = None
    organization_claim: str | None = None
    organizations: dict | None = None
    municipality: str | None = None
    scope: str = "openid email profile"

    @classmethod
    def parse(cls, item: dict) -> "Provider":
        def need(key):
            if not item.get(key):
                raise ValueError(f"SOCIALMAP_OIDC_PROVIDERS: a provider needs {key!r}")
            return item[key]

        pid = need("id")
        if not _ID.match(pid):
            raise ValueError(f"SOCIALMAP_OIDC_PROVIDERS: id {pid!r} must be a lower-case slug")
        role = need("role")
        if role not in ROLES:
            raise ValueError(f"SOCIALMAP_OIDC_PROVIDERS: role must be one of {', '.join(ROLES)}")
        if role == "provider" and not (item.get("organization") or item.get("organization_claim")):
            raise ValueError(
                f"SOCIALMAP_OIDC_PROVIDERS: {pid} needs 'organization' or 'organization_claim'"
            )
        if role == "municipality" and not item.get("municipality"):
            raise ValueError(f"SOCIALMAP_OIDC_PROVIDERS: {pid} needs 'municipality'")
        metadata = item.get("metadata_url") or (
            need("issuer").rstrip("/") + "/.well-known/openid-configuration"
        )
        return cls(
            id=pid,
            name=item.get("name") or pid,
            metadata_url=metadata,
            client_id=need("client_id"),
            client_secret=need("client_secret"),
            role=role,
            organization=item.get("organization"),
            organization_claim=item.get("organization_claim"),
            organizations=item.get("organizations"),
            municipality=item.get("municipality"),
            scope=item.get("scope") or "openid email profile",
        )

    def organization_of(self, claims: dict) -> str | None:
        if self.organization:
            return self.organization
        if not self.organization_claim:
            return None
        value = claims.get(self.organization_claim)
        if isinstance(value, list):
            value = value[0] if len(value) == 1 else None
        if not isinstance(value, str) or not value:
            return None
        if self.organizations is not None:
            return self.organizations.get(value)
        return value


def _registry() -> dict[str, Provider]:
    return current_app.extensions["socialmap_sso"]["providers"]


def providers() -> list[dict]:
    """The identity providers the sign-in page offers."""
    return [{"id": p.id, "name": p.name, "url": f"/sso/{p.id}"} for p in _registry().values()]


def _fail(reason: str, provider: str | None = None, detail: str = ""):
    services.get().accounts.log(
        "anonymous",
        "sign_in_failed",
        {"method": f"oidc:{provider}", "reason": reason, "detail": detail[:200]},
    )
    return redirect(f"/inloggen?fout={reason}")


def _safe_next(value: str | None) -> str | None:
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return None


def _callback_url(provider_id: str) -> str:
    """The redirect URI registered at the provider: under SOCIALMAP_PUBLIC_URL when set
    (behind a proxy that ends TLS), else the address this request came to."""
    public = current_app.config.get("PUBLIC_URL")
    if public:
        return f"{public.rstrip('/')}/sso/{provider_id}/callback"
    return url_for("sso.callback", provider_id=provider_id, _external=True)


@blp.route("/<provider_id>")
def start(provider_id: str):
    """To the organisation's identity provider."""
    provider = _registry().get(provider_id)
    if provider is None:
        return redirect("/inloggen?fout=sso_onbekend")
    session["sso_next"] = _safe_next(request.args.get("next"))
    client = current_app.extensions["socialmap_sso"]["oauth"].create_client(provider.id)
    try:
        return client.authorize_redirect(_callback_url(provider.id))
    except (RequestException, _oauth_error(), ValueError) as e:
        return _fail("sso_onbereikbaar", provider.id, str(e))


@blp.route("/<provider_id>/callback")
def callback(provider_id: str):
    """Back from the identity provider: the id_token is checked (signature by the
    provider's JWKS, issuer, audience, nonce) and the person signed in."""
    provider = _registry().get(provider_id)
    if provider is None:
        return redirect("/inloggen?fout=sso_onbekend")
    client = current_app.extensions["socialmap_sso"]["oauth"].create_client(provider.id)
    try:
        token = client.authorize_access_token()
    except (RequestException, _oauth_error(), ValueError) as e:
        return _fail("sso", provider.id, str(e))
    claims = token.get("userinfo") or {}
    issuer, subject = claims.get("iss"), claims.get("sub")
    email = normalize_email(claims.get("email") or "")
    if not (issuer and subject and "@" in email) or claims.get("email_verified") is False:
        return _fail("sso_gegevens", provider.id, "no subject or verified e-mail")
    organization = provider.organization_of(claims)
    if provider.role == "provider" and not organization:
        return _fail("sso_organisatie", provider.id, "organisation claim not mapped")
    name = (claims.get("name") or email.split("@")[0])[:200]
    accounts = services.get().accounts
    mapped = {
        "role": provider.role,
        "organization_id": organization,
        "municipality": provider.municipality,
    }
    account = accounts.by_oidc(issuer, subject)
    if account is not None:
        if account.disabled:
            return _fail("sso_uitgeschakeld", provider.id)
        changes = {
            k: v
            for k, v in {**mapped, "email": email, "display_name": name}.items()
            if getattr(account, k) != v
        }
        if changes:
            other = accounts.by_email(email)
            if other is not None and other.id != account.id:
                return _fail("sso_bestaat", provider.id, "e-mail of another account")
            accounts.update(account.id, **changes)
            account = accounts.get(account.id)
    else:
        existing = accounts.by_email(email)
        if existing is not None:
            same = all(getattr(existing, k) == v for k, v in mapped.items())
            if existing.sso or existing.disabled or not same:
                return _fail("sso_bestaat", provider.id, "e-mail of another account")
            accounts.update(existing.id, oidc_issuer=issuer, oidc_subject=subject)
            account = accounts.get(existing.id)
        else:
            try:
                account = accounts.create(
                    email,
                    name,
                    provider.role,
                    created_by=f"oidc:{provider.id}",
                    oidc=(issuer, subject),
                    **{k: v for k, v in mapped.items() if k != "role"},
                )
            except AccountExists:
                return _fail("sso_bestaat", provider.id, "e-mail taken meanwhile")
    sessions.sign_in(account, f"oidc:{provider.id}")
    accounts.log(f"account:{account.id}", "sign_in", {"method": f"oidc:{provider.id}"})
    return redirect(_safe_next(session.pop("sso_next", None)) or HOME.get(account.role, "/"))


def _oauth_error() -> type[Exception]:
    from authlib.integrations.flask_client import OAuthError

    return OAuthError


def init_app(app: Flask) -> None:
    items = app.config.get("OIDC_PROVIDERS") or []
    if isinstance(items, dict):
        items = [items]
    registry = {}
    oauth = None
    if items:  # authlib is loaded only where sign-on is configured (0.1 s at every start)
        from authlib.integrations.flask_client import OAuth

        oauth = OAuth(app)
    for item in items:
        provider = Provider.parse(item)
        registry[provider.id] = provider
        oauth.register(
            name=provider.id,
            client_id=provider.client_id,
            client_secret=provider.client_secret,
            server_metadata_url=provider.metadata_url,
            client_kwargs={"scope": provider.scope, "default_timeout": 10},
        )
    app.extensions["socialmap_sso"] = {"providers": registry, "oauth": oauth}
    app.register_blueprint(blp)
