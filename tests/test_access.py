"""Who may call what: a role x endpoint matrix through the HTTP API.

Every cell is its own test, once with a Bearer token and once as a person signed in with
the session cookie (and the CSRF header, as the pages send it): both answer to the same
rules. Callers without a valid token or session (none; a garbage token or forged cookie; a
revoked token or a signed-out session; an expired token or an idle session) get 401
everywhere; reads of the social map are open to every role but the referrer (a GP
practice only refers); writes on org-a's listing are for admin and org-a's provider only.
Referrals: a referrer sees and cancels its own practice's, a coach sees and handles its own
organisation's, admin all. A refused write must leave the store exactly as it was.
"""

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from api import services
from api.account_store import account_sessions
from api.sessions import COOKIE
from tests.accounts import PASSWORD, SessionClient, make_account
from tests.conftest import ORG_A, ORG_B, activity
from tests.referral_data import AGB, OTHER_AGB, referral, referral_callers, service_request
from tests.server import Server, cli

LISTING = "act-a"  # org-a's listing, created by admin before every test
NEW_ID = "new-a"  # the id a create would make
HSDS_ID = "hsds-a-1"  # the id an import would make

UNAUTHENTICATED = ("no_token", "garbage_token", "revoked_token", "expired_token")
ROLES = ("admin", "provider_a", "provider_b", "coach", "municipality", "referrer")
REJECTED = "rejected"  # import answered 200 with the record in "rejected"


def hsds_service(org: dict = ORG_A, service_id: str = HSDS_ID) -> dict:
    """A minimal valid HSDS 3.0 service of the Dutch profile."""
    return {
        "id": service_id,
        "name": "Koersbal in de Bunders",
        "description": "Elke woensdagmiddag koersballen, daarna koffie.",
        "organization_id": org["id"],
        "organization": dict(org),
        "status": "active",
        "attributes": [
            {"taxonomy_term": {"taxonomy": "wor-categorie", "code": "sport_movement"}},
            {"taxonomy_term": {"taxonomy": "drempel", "code": "walk_in"}},
        ],
        "service_at_locations": [
            {
                "location": {
                    "location_type": "physical",
                    "name": "Wijkcentrum De Bunders",
                    "latitude": 51.617,
                    "longitude": 5.548,
                    "addresses": [{"address_1": "Bundersweg 1", "postal_code": "5461 AB"}],
                }
            }
        ],
        "schedules": [{"freq": "WEEKLY", "byday": "WE", "opens_at": "14:00", "closes_at": "16:00"}],
        "languages": [{"code": "nl"}],
    }


# -- endpoints --------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str
    body: object = None  # JSON body, or None
    watched: str | None = None  # the activity a write touches (read back with admin)
    effect: str | None = None  # what an allowed write did, checked on read-back

    def call(self, caller: "Caller"):
        return caller.open(self.path, method=self.method, json=self.body)


BASE = "/api/v1/activities"
ENDPOINTS = {
    "search": Endpoint("GET", BASE),
    "get": Endpoint("GET", f"{BASE}/{LISTING}"),
    "history": Endpoint("GET", f"{BASE}/{LISTING}/history"),
    "create": Endpoint("POST", BASE, activity(id=NEW_ID), watched=NEW_ID, effect="exists"),
    "put": Endpoint(
        "PUT",
        f"{BASE}/{LISTING}",
        activity(name="Wandelgroep (vernieuwd)"),
        watched=LISTING,
        effect="renamed",
    ),
    "patch": Endpoint(
        "PATCH",
        f"{BASE}/{LISTING}",
        {"name": "Wandelgroep (vernieuwd)"},
        watched=LISTING,
        effect="renamed",
    ),
    "delete": Endpoint("DELETE", f"{BASE}/{LISTING}", watched=LISTING, effect="gone"),
    "confirm": Endpoint("POST", f"{BASE}/{LISTING}/confirm", watched=LISTING, effect="confirmed"),
    "import": Endpoint(
        "POST", "/api/v1/import", [hsds_service(ORG_A)], watched=HSDS_ID, effect="exists"
    ),
}

# Expected answer per endpoint and role (callers without a valid token: 401 everywhere).
# The audit history is upkeep data: the owning provider and admin only.
OWNER_WRITE = {
    "admin": 0,
    "provider_a": 0,
    "provider_b": 403,
    "coach": 403,
    "municipality": 403,
    "referrer": 403,
}
MATRIX: dict[str, dict[str, int | str]] = {
    "search": {**dict.fromkeys(ROLES, 200), "referrer": 403},
    "get": {**dict.fromkeys(ROLES, 200), "referrer": 403},
    "history": {**OWNER_WRITE, "admin": 200, "provider_a": 200},
    "create": {**OWNER_WRITE, "admin": 201, "provider_a": 201},
    "put": {**OWNER_WRITE, "admin": 200, "provider_a": 200},
    "patch": {**OWNER_WRITE, "admin": 200, "provider_a": 200},
    "delete": {**OWNER_WRITE, "admin": 204, "provider_a": 204},
    "confirm": {**OWNER_WRITE, "admin": 200, "provider_a": 200},
    "import": {**OWNER_WRITE, "admin": 200, "provider_a": 200, "provider_b": REJECTED},
}


def _cases():
    for name in ENDPOINTS:
        for caller in UNAUTHENTICATED:
            yield pytest.param(name, caller, 401, id=f"{name}-{caller}")
        for caller in ROLES:
            yield pytest.param(name, caller, MATRIX[name][caller], id=f"{name}-{caller}")


# -- fixtures ---------------------------------------------------------------------------


class Caller:
    """One caller of the matrix: the shared client with a Bearer header, or a browser of
    its own (a cookie jar) signed in as a person, sending the CSRF header as the pages do."""

    def __init__(self, client, headers: dict | None = None):
        self.client, self.headers = client, headers or {}

    def open(self, path: str, method: str = "GET", json=None):
        kwargs = {"headers": self.headers}
        if json is not None:
            kwargs["json"] = json
        return self.client.open(path, method=method, **kwargs)


# The person behind each caller name when the matrix runs on sessions.
PEOPLE = {
    "admin": ("admin", {}),
    "provider_a": ("provider", {"organization_id": "org-a"}),
    "provider_b": ("provider", {"organization_id": "org-b"}),
    "coach": ("coach", {}),
    "municipality": ("municipality", {"municipality": "GM1948"}),
    "referrer": ("referrer", {"agb": AGB}),
    "municipality_y": ("municipality", {"municipality": "GM0080"}),
    "coach_a": ("coach", {"organization_id": "org-a"}),
    "coach_b": ("coach", {"organization_id": "org-b"}),
    "referrer_y": ("referrer", {"agb": OTHER_AGB}),
}


class SessionCallers(dict):
    """Callers signed in as people, made when a test first asks for one (signing in costs
    an argon2 check): the roles, and the four ways of having no valid session."""

    def __init__(self, app):
        super().__init__()
        self.app = app

    def _person(self, name: str) -> SessionClient:
        role, fields = PEOPLE[name]
        make_account(self.app, f"{name}@matrix.example", role, **fields)
        return SessionClient(self.app, f"{name}@matrix.example")

    def __missing__(self, name: str) -> Caller:
        if name in PEOPLE:
            person = self._person(name)
            caller = Caller(person.client, {"X-CSRFToken": person.csrf})
        elif name == "no_token":  # no cookie at all
            caller = Caller(self.app.test_client())
        elif name == "garbage_token":  # a cookie not signed by this server
            client = self.app.test_client()
            client.set_cookie(COOKIE, "eyJfdXNlcl9pZCI6ImZvcmdlZCJ9.forged.signature")
            caller = Caller(client)
        elif name == "revoked_token":  # the cookie of a session that was signed out
            person = self._person("admin")
            old = person.client.get_cookie(COOKIE).value
            assert person.delete("/api/v1/session").status_code == 204
            person.client.set_cookie(COOKIE, old)
            caller = Caller(person.client, {"X-CSRFToken": person.csrf})
        elif name == "expired_token":  # a session idle for longer than allowed
            person = self._person("admin")
            with self.app.app_context():
                with services.get().store.engine.begin() as conn:
                    conn.execute(
                        update(account_sessions).values(
                            last_seen_at=datetime.now(UTC) - timedelta(hours=2)
                        )
                    )
            caller = Caller(person.client, {"X-CSRFToken": person.csrf})
        else:
            raise KeyError(name)
        self[name] = caller
        return caller


@pytest.fixture(params=["token", "session"])
def via(request) -> str:
    """How every caller of a matrix test reaches the API."""
    return request.param


def _token_callers(client, headers: dict[str, dict]) -> dict[str, Caller]:
    return {name: Caller(client, h) for name, h in headers.items()}


@pytest.fixture
def callers(app, client, tokens, via) -> dict[str, Caller]:
    """Every caller: the valid roles and the invalid tokens (or sessions)."""
    if via == "session":
        return SessionCallers(app)
    with app.app_context():
        store = services.get().store
        revoked_id, revoked = store.create_token("admin", label="revoked")
        assert store.revoke_token(revoked_id)
        _, expired = store.create_token(
            "admin", label="expired", expires_at=datetime.now(UTC) - timedelta(minutes=1)
        )
    return _token_callers(
        client,
        {
            **tokens,
            "no_token": {},
            "garbage_token": {"Authorization": "Bearer smk_000000000000_not-a-real-token"},
            "revoked_token": {"Authorization": f"Bearer {revoked}"},
            "expired_token": {"Authorization": f"Bearer {expired}"},
        },
    )


@pytest.fixture
def listing(client, tokens) -> dict:
    """org-a's listing, as admin reads it."""
    r = client.post(
        BASE, json=activity(id=LISTING, assured_date="2025-01-15"), headers=tokens["admin"]
    )
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def snapshot(client, admin: dict, activity_id: str) -> tuple:
    """What the store holds for one activity: (status, document, ETag, audit history)."""
    r = client.get(f"{BASE}/{activity_id}", headers=admin)
    h = client.get(f"{BASE}/{activity_id}/history", headers=admin)
    assert h.status_code == 200
    doc = r.get_json() if r.status_code == 200 else None
    if doc is not None:  # derived from today's date, not stored
        doc.pop("freshness_days", None)
    return r.status_code, doc, r.headers.get("ETag"), h.get_json()["items"]


def assert_envelope(r, status: int) -> None:
    body = r.get_json()
    assert isinstance(body, dict), r.get_data(as_text=True)
    assert body.get("code") == status
    assert body.get("status")
    assert body.get("message")


# -- the matrix -------------------------------------------------------------------------


@pytest.mark.parametrize(("endpoint", "caller", "expected"), list(_cases()))
def test_matrix(client, callers, tokens, listing, endpoint, caller, expected):
    ep = ENDPOINTS[endpoint]
    admin = tokens["admin"]
    before = snapshot(client, admin, ep.watched) if ep.watched else None

    r = ep.call(callers[caller])

    if expected == REJECTED:
        assert r.status_code == 200, r.get_json()
        report = r.get_json()
        assert report["imported"] == 0
        assert [x["id"] for x in report["rejected"]] == [HSDS_ID]
        assert report["rejected"][0]["errors"]
    else:
        assert r.status_code == expected, r.get_data(as_text=True)

    after = snapshot(client, admin, ep.watched) if ep.watched else None
    if not 200 <= r.status_code < 300 or expected == REJECTED:
        if r.status_code != 204:
            assert r.is_json, r.get_data(as_text=True)
        if r.status_code >= 400:
            assert_envelope(r, r.status_code)
        assert after == before, "a refused request changed the store"
        return

    # allowed: the answer is right and the write really happened
    if endpoint == "search":
        assert LISTING in [item["id"] for item in r.get_json()["items"]]
    elif endpoint == "get":
        assert r.get_json()["id"] == LISTING and r.headers.get("ETag")
    elif endpoint == "history":
        assert [e["action"] for e in r.get_json()["items"]] == ["create"]
    elif endpoint == "import":
        assert r.get_json()["imported"] == 1 and r.get_json()["rejected"] == []
    if not ep.watched:
        return
    status, doc, _, audit = after
    if ep.effect == "exists":
        assert status == 200 and doc["organization"]["id"] == "org-a"
    elif ep.effect == "renamed":
        assert status == 200 and doc["name"] == "Wandelgroep (vernieuwd)"
    elif ep.effect == "gone":
        assert status == 404
    elif ep.effect == "confirmed":
        assert status == 200 and doc["assured_date"] == date.today().isoformat()
    assert len(audit) == len(before[3]) + 1


# -- crossing organisations -------------------------------------------------------------


def test_provider_may_not_create_for_another_organisation(client, tokens):
    r = client.post(
        BASE, json=activity(id="b-by-a", organization=ORG_B), headers=tokens["provider_a"]
    )
    assert r.status_code == 403
    assert_envelope(r, 403)
    assert client.get(f"{BASE}/b-by-a", headers=tokens["admin"]).status_code == 404


@pytest.mark.parametrize(
    ("method", "body"),
    [
        pytest.param("PUT", activity(organization=ORG_B), id="put"),
        pytest.param("PATCH", {"organization": ORG_B}, id="patch"),
        pytest.param("PATCH", {"organization": {"id": "org-b"}}, id="patch-id-only"),
    ],
)
def test_provider_may_not_move_own_listing_to_another_organisation(
    client, tokens, listing, method, body
):
    before = snapshot(client, tokens["admin"], LISTING)
    r = client.open(f"{BASE}/{LISTING}", method=method, json=body, headers=tokens["provider_a"])
    assert r.status_code == 403, r.get_json()
    assert_envelope(r, 403)
    assert snapshot(client, tokens["admin"], LISTING) == before


@pytest.mark.parametrize(
    ("method", "body"),
    [
        pytest.param("PUT", activity(organization=ORG_B), id="put"),
        pytest.param("PATCH", {"organization": ORG_B}, id="patch"),
    ],
)
def test_other_provider_may_not_take_over_a_listing(client, tokens, listing, method, body):
    before = snapshot(client, tokens["admin"], LISTING)
    r = client.open(f"{BASE}/{LISTING}", method=method, json=body, headers=tokens["provider_b"])
    assert r.status_code == 403, r.get_json()
    assert snapshot(client, tokens["admin"], LISTING) == before


def test_admin_may_move_a_listing_and_then_the_old_owner_may_not_write_it(client, tokens, listing):
    r = client.patch(f"{BASE}/{LISTING}", json={"organization": ORG_B}, headers=tokens["admin"])
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["organization"]["id"] == "org-b"

    refused = client.patch(f"{BASE}/{LISTING}", json={"name": "x"}, headers=tokens["provider_a"])
    assert refused.status_code == 403
    allowed = client.patch(f"{BASE}/{LISTING}", json={"name": "y"}, headers=tokens["provider_b"])
    assert allowed.status_code == 200, allowed.get_json()


def test_provider_import_keeps_own_records_and_rejects_other_organisations(client, tokens):
    body = [hsds_service(ORG_A, "own-1"), hsds_service(ORG_B, "other-1")]
    r = client.post("/api/v1/import", json=body, headers=tokens["provider_a"])
    assert r.status_code == 200, r.get_json()
    report = r.get_json()
    assert report["imported"] == 1
    assert [x["id"] for x in report["rejected"]] == ["other-1"]
    assert "organization" in report["rejected"][0]["errors"]
    assert client.get(f"{BASE}/own-1", headers=tokens["admin"]).status_code == 200
    assert client.get(f"{BASE}/other-1", headers=tokens["admin"]).status_code == 404


def test_provider_import_may_not_overwrite_another_organisations_listing(client, tokens, listing):
    """An HSDS record with the id of org-a's listing, claiming org-b, sent by org-b."""
    before = snapshot(client, tokens["admin"], LISTING)
    record = hsds_service(ORG_B, LISTING)
    r = client.post("/api/v1/import", json=[record], headers=tokens["provider_b"])
    assert r.status_code in (200, 403), r.get_json()
    if r.status_code == 200:
        assert [x["id"] for x in r.get_json()["rejected"]] == [LISTING]
    assert snapshot(client, tokens["admin"], LISTING) == before


# -- the rest of the API: matching, outcomes, reports, public reads ---------------------

WEB = {
    "bodily_functions": 5,
    "mental_wellbeing": 5,
    "meaningfulness": 5,
    "quality_of_life": 5,
    "participation": 3,
    "daily_functioning": 7,
}
MATCH_BODY = {"spider_web": WEB, "location": {"latitude": 51.617, "longitude": 5.548}}
EVERYONE = (*UNAUTHENTICATED, *ROLES, "municipality_y")
COACHING = {"admin": 200, "coach": 200}
OWN_REPORT = {"admin": 200, "municipality": 200}
OTHER_ENDPOINTS = {
    # name: (method, path, body, {caller: status}; valid roles not named get 403)
    "match": ("POST", "/api/v1/match", MATCH_BODY, COACHING),
    "outcome": ("POST", "/api/v1/match/{match_id}/outcome", {"chosen": [LISTING]}, COACHING),
    "gaps": ("GET", "/api/v1/gaps?municipality=GM1948", None, OWN_REPORT),
    "gaps_csv": ("GET", "/api/v1/gaps?municipality=GM1948&format=csv", None, OWN_REPORT),
    "gaps_other": (
        "GET",
        "/api/v1/gaps?municipality=GM0080",
        None,
        {"admin": 200, "municipality_y": 200},
    ),
    "monitoring": ("GET", "/api/v1/monitoring?municipality=GM1948", None, OWN_REPORT),
    "monitoring_csv": (
        "GET",
        "/api/v1/monitoring?municipality=GM1948&quarter=2026Q3&format=csv",
        None,
        OWN_REPORT,
    ),
    "monitoring_other": (
        "GET",
        "/api/v1/monitoring?municipality=GM0080",
        None,
        {"admin": 200, "municipality_y": 200},
    ),
    "me": ("GET", "/api/v1/me", None, dict.fromkeys((*ROLES, "municipality_y"), 200)),
}
PUBLIC = {
    "health": "/api/v1/health",
    "categories": "/api/v1/categories",
    "vocabularies": "/api/v1/vocabularies",
    "settings": "/api/v1/settings",
    "areas": "/api/v1/areas",
    "openapi": "/api/v1/openapi.json",
    "hsds_services": "/hsds/services",
    "hsds_service": f"/hsds/services/{LISTING}",
}


def _other_cases():
    for name, (_, _, _, allowed) in OTHER_ENDPOINTS.items():
        for caller in EVERYONE:
            if caller in UNAUTHENTICATED:
                expected = 401
            else:
                expected = allowed.get(caller, 403)
            yield pytest.param(name, caller, expected, id=f"{name}-{caller}")
    for name in PUBLIC:
        for caller in EVERYONE:
            yield pytest.param(name, caller, 200, id=f"{name}-{caller}")
    for caller in EVERYONE:  # demo sign-in is off unless configured
        yield pytest.param("demo", caller, 404, id=f"demo-{caller}")


@pytest.fixture
def everyone(app, client, callers, via) -> dict[str, Caller]:
    if via == "session":
        return callers  # municipality_y is one of its people
    with app.app_context():
        _, secret = services.get().store.create_token("municipality", municipality="GM0080")
    callers["municipality_y"] = Caller(client, {"Authorization": f"Bearer {secret}"})
    return callers


@pytest.mark.parametrize(("endpoint", "caller", "expected"), list(_other_cases()))
def test_matrix_of_the_rest(client, everyone, tokens, listing, endpoint, caller, expected):
    who = everyone[caller]
    if endpoint in PUBLIC:
        r = who.open(PUBLIC[endpoint])
    elif endpoint == "demo":
        r = who.open("/api/v1/demo", "POST", json={"role": "coach"})
    else:
        method, path, body, _ = OTHER_ENDPOINTS[endpoint]
        if "{match_id}" in path:
            made = client.post("/api/v1/match", json=MATCH_BODY, headers=tokens["coach"])
            path = path.format(match_id=made.get_json()["match_id"])
        r = who.open(path, method, json=body)
    assert r.status_code == expected, r.get_data(as_text=True)[:300]
    if expected >= 400:
        assert_envelope(r, expected)
    if endpoint == "me" and expected == 200:
        assert r.get_json()["role"] == (
            "municipality"
            if caller.startswith("municip")
            else caller.removesuffix("_a").removesuffix("_b")
        )
    if endpoint == "gaps" and expected == 200:
        assert r.get_json()["municipality"] == "GM1948"


def test_a_refused_outcome_records_nothing(client, everyone, tokens, listing):
    made = client.post("/api/v1/match", json=MATCH_BODY, headers=tokens["coach"]).get_json()
    path = f"/api/v1/match/{made['match_id']}/outcome"
    for caller in ("provider_a", "municipality", "expired_token"):
        refused = everyone[caller].open(path, "POST", json={"no_fit": True})
        assert refused.status_code in (401, 403)
    # the coach can still record it: nothing was written by the refused calls
    assert client.post(path, json={"chosen": [LISTING]}, headers=tokens["coach"]).status_code == 200


# -- the people endpoints: who manages accounts, tokens and sessions -----------------------

PEOPLE_ENDPOINTS = {
    # name: (method, path, body, {via: {caller: status}}); valid roles not named get 403
    "accounts_list": (
        "GET",
        "/api/v1/accounts",
        None,
        {"token": {"admin": 200}, "session": {"admin": 200}},
    ),
    "invite": (
        "POST",
        "/api/v1/accounts",
        {"email": "nieuw@matrix.example", "display_name": "Nieuw", "role": "coach"},
        {"token": {"admin": 201}, "session": {"admin": 201}},
    ),
    "my_tokens": (
        "GET",
        "/api/v1/account/tokens",
        None,
        {"token": {}, "session": dict.fromkeys(ROLES, 200)},
    ),
    "token_create": (
        "POST",
        "/api/v1/account/tokens",
        {"label": "Koppeling", "scope": "read"},
        {"token": {}, "session": dict.fromkeys(ROLES, 201)},
    ),
    "password_change": (
        "POST",
        "/api/v1/account/password",
        {"current_password": PASSWORD, "new_password": "vier gele tulpen in de regen"},
        {"token": {}, "session": dict.fromkeys(ROLES, 204)},
    ),
    "sign_out_everywhere": (
        "DELETE",
        "/api/v1/account/sessions",
        None,
        {"token": {}, "session": dict.fromkeys(ROLES, 204)},
    ),
}


def _people_cases():
    for via in ("token", "session"):
        for name, (_, _, _, allowed) in PEOPLE_ENDPOINTS.items():
            for caller in (*UNAUTHENTICATED, *ROLES):
                expected = 401 if caller in UNAUTHENTICATED else allowed[via].get(caller, 403)
                yield pytest.param(via, name, caller, expected, id=f"{name}-{caller}-{via}")


def _people_state(app) -> tuple:
    with app.app_context():
        accounts = services.get().accounts
        people = accounts.find()
        return (
            sorted(a.email for a in people),
            sorted(t["id"] for a in people for t in accounts.tokens_of(a.id)),
        )


@pytest.mark.parametrize(("via", "endpoint", "caller", "expected"), list(_people_cases()))
def test_matrix_of_the_people_endpoints(app, client, tokens, via, endpoint, caller, expected):
    who = SessionCallers(app)[caller] if via == "session" else None
    if who is None:
        token_callers = {
            **tokens,
            "no_token": {},
            "garbage_token": {"Authorization": "Bearer smk_000000000000_not-a-real-token"},
        }
        with app.app_context():
            store = services.get().store
            revoked_id, revoked = store.create_token("admin")
            store.revoke_token(revoked_id)
            _, expired = store.create_token(
                "admin", expires_at=datetime.now(UTC) - timedelta(minutes=1)
            )
        token_callers["revoked_token"] = {"Authorization": f"Bearer {revoked}"}
        token_callers["expired_token"] = {"Authorization": f"Bearer {expired}"}
        who = Caller(client, token_callers[caller])
    method, path, body, _ = PEOPLE_ENDPOINTS[endpoint]
    before = _people_state(app)
    r = who.open(path, method, json=body)
    assert r.status_code == expected, r.get_data(as_text=True)[:300]
    if expected >= 400:
        assert_envelope(r, expected)
        assert _people_state(app) == before, "a refused call changed accounts or tokens"
    elif endpoint == "sign_out_everywhere":
        assert who.open("/api/v1/me").status_code == 401
    elif endpoint == "password_change":
        assert who.open("/api/v1/me").status_code == 200  # this browser stays signed in


def test_tokens_never_appear_in_logs(tmp_path):
    """gunicorn's access log and the app's log hold no token (they travel in a header)."""
    token = cli(tmp_path, "token", "create", "--role", "coach").strip().splitlines()[-1]
    server = Server(tmp_path, workers=1)  # for its port and request helper
    log = tmp_path / "server.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "socialmap"), "serve", "--port", str(server.port)],
            env={**os.environ, "SOCIALMAP_DATA_DIR": str(tmp_path), "SOCIALMAP_EMBEDDER": "none"},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            for _ in range(300):
                try:
                    if server.request("GET", "/api/v1/health")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            server.request("GET", "/api/v1/me", token=token)
            server.request("GET", "/api/v1/me", token=token + "x")
            server.request("GET", "/api/v1/activities?q=wandelen", token=token)
            server.request("POST", "/api/v1/match", {"bad": 1}, token=token)
        finally:
            proc.terminate()
            proc.wait(30)
    text = log.read_text()
    assert "GET /api/v1/me" in text  # the access log is there
    assert token.split("_")[-1] not in text and token not in text


# -- referrals: the JSON API and FHIR ---------------------------------------------------

REFERRAL_CALLERS = (*UNAUTHENTICATED, *ROLES, "coach_a", "coach_b", "referrer_y")
R = "/api/v1/referrals/{id}"
REFERRAL_ENDPOINTS = {
    # name: (method, path, body, {caller: status}, effect on the referral when allowed)
    # the referral is practice AGB's (caller "referrer") to org-a (caller "coach_a")
    "create": (
        "POST",
        "/api/v1/referrals",
        referral(referrer_agb=AGB),
        {"admin": 201, "referrer": 201, "referrer_y": 403},
        "created",
    ),
    "list": (
        "GET",
        "/api/v1/referrals",
        None,
        dict.fromkeys(("admin", "coach", "referrer", "coach_a", "coach_b", "referrer_y"), 200),
        "listed",
    ),
    "get": (
        "GET",
        R,
        None,
        {
            "admin": 200,
            "referrer": 200,
            "coach_a": 200,
            "coach": 404,
            "coach_b": 404,
            "referrer_y": 404,
        },
        None,
    ),
    "receive": ("POST", R + "/receive", None, "coaching", "received"),
    "accept": ("POST", R + "/accept", None, "coaching", "accepted"),
    "reject": ("POST", R + "/reject", {"reason": "duplicate"}, "coaching", "rejected"),
    "contact": ("POST", R + "/contact", {}, "coaching", "in-progress"),
    "complete": ("POST", R + "/complete", None, "coaching", "completed"),  # after contact
    "cancel": (
        "POST",
        R + "/cancel",
        None,
        {"admin": 200, "referrer": 200, "referrer_y": 404},
        "cancelled",
    ),
    "erase": (
        "DELETE",
        R,
        None,
        {**dict.fromkeys(("coach", "coach_b"), 404), "admin": 204, "coach_a": 204},
        "gone",
    ),
    "fhir_create": (
        "POST",
        "/fhir/ServiceRequest",
        service_request(),
        {"admin": 201, "referrer": 201, "referrer_y": 403},
        "created",
    ),
    "fhir_service_request": ("GET", "/fhir/ServiceRequest/{id}", None, "reading", None),
    "fhir_tasks": (
        "GET",
        "/fhir/Task?based-on=ServiceRequest/{id}",
        None,
        dict.fromkeys(("admin", "coach", "referrer", "coach_a", "coach_b", "referrer_y"), 200),
        "listed",
    ),
    "fhir_task": ("GET", "/fhir/Task/{task}", None, "reading", None),
}
COACHING = {"admin": 200, "coach_a": 200, "coach": 404, "coach_b": 404}
READING = REFERRAL_ENDPOINTS["get"][3]
SEES_IT = {"admin", "referrer", "coach_a"}  # who finds the referral in a list


def _referral_cases():
    for name, (_, _, _, allowed, _) in REFERRAL_ENDPOINTS.items():
        if isinstance(allowed, str):
            allowed = {"coaching": COACHING, "reading": READING}[allowed]
        for caller in REFERRAL_CALLERS:
            expected = 401 if caller in UNAUTHENTICATED else allowed.get(caller, 403)
            yield pytest.param(name, caller, expected, id=f"referral-{name}-{caller}")


@pytest.fixture
def referral_world(app, client, tokens, callers, via) -> dict:
    """Every caller, and a referral from practice AGB to org-a with its Task."""
    referral_tokens = referral_callers(app, client, tokens)  # also puts org-a and org-b in
    if via == "session":
        everyone = callers  # coach_a, coach_b and referrer_y are among its people
    else:
        everyone = callers
        for name in ("coach_a", "coach_b", "referrer_y"):
            everyone[name] = Caller(client, referral_tokens[name])
    r = client.post("/api/v1/referrals", json=referral(), headers=tokens["referrer"])
    assert r.status_code == 201, r.get_json()
    made = r.get_json()
    return {"callers": everyone, "id": made["id"], "task": made["fhir"]["task"].split("/")[-1]}


def _referral_state(client, admin: dict, referral_id: str):
    r = client.get(f"/api/v1/referrals/{referral_id}", headers=admin)
    return r.status_code, r.get_json() if r.status_code == 200 else None


@pytest.mark.parametrize(("endpoint", "caller", "expected"), list(_referral_cases()))
def test_referral_matrix(client, tokens, referral_world, endpoint, caller, expected):
    method, path, body, _, effect = REFERRAL_ENDPOINTS[endpoint]
    admin, referral_id = tokens["admin"], referral_world["id"]
    if endpoint == "complete":  # only an in-progress trajectory can be completed
        r = client.post(f"/api/v1/referrals/{referral_id}/contact", json={}, headers=admin)
        assert r.status_code == 200
    path = path.format(id=referral_id, task=referral_world["task"])
    before = _referral_state(client, admin, referral_id)
    count_before = client.get("/api/v1/referrals", headers=admin).get_json()["total"]

    r = referral_world["callers"][caller].open(path, method, json=body)

    assert r.status_code == expected, r.get_data(as_text=True)[:300]
    after = _referral_state(client, admin, referral_id)
    count_after = client.get("/api/v1/referrals", headers=admin).get_json()["total"]
    if expected >= 400:
        body = r.get_json()
        if path.startswith("/fhir/"):
            assert body["resourceType"] == "OperationOutcome" and body["issue"]
        else:
            assert_envelope(r, expected)
        assert after == before and count_after == count_before, "a refused call changed the store"
        return
    if effect == "created":
        assert count_after == count_before + 1
    elif effect == "listed":
        found = r.get_json()
        ids = (
            [
                e["resource"]["basedOn"][0]["reference"].split("/")[-1]
                for e in found.get("entry", [])
            ]
            if path.startswith("/fhir/")
            else [i["id"] for i in found["items"]]
        )
        assert (referral_id in ids) is (caller in SEES_IT), ids
    elif effect == "gone":
        assert after[0] == 404 and count_after == count_before - 1
    elif effect:
        assert after[1]["status"] == effect
    else:  # a read
        assert after == before


# -- trajectories, follow-up and the letters to the GP ------------------------------------

TR = "/api/v1/trajectories/{tid}"
SCORES = {**WEB}
TRAJECTORY_ENDPOINTS = {
    # name: (method, path, body, {caller: status}, effect when allowed)
    # the trajectory is org-a's (coach_a), of a referral by practice AGB (referrer)
    "create": (
        "POST",
        "/api/v1/trajectories",
        {"referral_id": "{free}"},
        {"admin": 201, "coach_a": 201, "coach": 422, "coach_b": 422},
        "created",
    ),
    "list": (
        "GET",
        "/api/v1/trajectories",
        None,
        dict.fromkeys(("admin", "coach", "coach_a", "coach_b"), 200),
        "listed",
    ),
    "get": ("GET", TR, None, "coaching", None),
    "conversation": (
        "POST",
        TR + "/conversations",
        {"minutes": 30, "kind": "phone"},
        "coaching_201",
        "conversation",
    ),
    "snapshot": ("PUT", TR + "/snapshots/close", {"scores": SCORES}, "coaching", "snapshot"),
    "link_match": ("POST", TR + "/matches", {"match_id": "{match}"}, "coaching", "linked"),
    "choose": ("POST", TR + "/activities", {"activity_id": "ref-org-b"}, "coaching_201", "chosen"),
    "checkin": (
        "POST",
        TR + "/activities/{chosen}/checkins",
        {"month": 3, "result": "participating"},
        "coaching_201",
        "checked",
    ),
    "close": ("POST", TR + "/close", {"reason": "goal_reached"}, "coaching", "closed"),
    "erase": (
        "DELETE",
        TR,
        None,
        {"admin": 204, "coach_a": 204, "coach": 404, "coach_b": 404},
        "gone",
    ),
    "followup": (
        "GET",
        "/api/v1/followup?state=upcoming",
        None,
        dict.fromkeys(("admin", "coach", "coach_a", "coach_b"), 200),
        "followup",
    ),
    "letters": ("GET", "/api/v1/referrals/{rid}/letters", None, "reading", None),
    "letter": ("GET", "/api/v1/referrals/{rid}/letters/contact", None, "reading", None),
    "letter_pdf": (
        "GET",
        "/api/v1/referrals/{rid}/letters/activity_chosen?format=pdf",
        None,
        "reading",
        None,
    ),
}
T_COACHING = {"admin": 200, "coach_a": 200, "coach": 404, "coach_b": 404}
T_NAMED = {
    "coaching": T_COACHING,
    "coaching_201": {**T_COACHING, "admin": 201, "coach_a": 201},
    "reading": READING,
}
T_SEES_IT = {"admin", "coach_a"}


def _trajectory_cases():
    for name, (_, _, _, allowed, _) in TRAJECTORY_ENDPOINTS.items():
        allowed = T_NAMED.get(allowed, allowed) if isinstance(allowed, str) else allowed
        for caller in REFERRAL_CALLERS:
            expected = 401 if caller in UNAUTHENTICATED else allowed.get(caller, 403)
            yield pytest.param(name, caller, expected, id=f"trajectory-{name}-{caller}")


@pytest.fixture
def trajectory_world(app, client, tokens, referral_world) -> dict:
    """referral_world's referral as org-a's trajectory with a conversation and a chosen
    activity; a second referral of org-a without one; a match to link."""
    admin = tokens["admin"]
    coach_a = referral_world["callers"]["coach_a"]
    rid = referral_world["id"]
    r = coach_a.open("/api/v1/trajectories", "POST", json={"referral_id": rid})
    assert r.status_code == 201, r.get_json()
    tid = r.get_json()["id"]
    base = f"/api/v1/trajectories/{tid}"
    conversation = {"minutes": 45, "kind": "visit"}
    assert coach_a.open(f"{base}/conversations", "POST", json=conversation).status_code == 201
    chosen = coach_a.open(f"{base}/activities", "POST", json={"activity_id": "ref-org-a"})
    assert chosen.status_code == 201, chosen.get_json()
    free = client.post(
        "/api/v1/referrals", json=referral(client_reference="R-FREE1"), headers=tokens["referrer"]
    ).get_json()["id"]
    match = client.post("/api/v1/match", json=MATCH_BODY, headers=admin).get_json()["match_id"]
    return {
        **referral_world,
        "tid": tid,
        "rid": rid,
        "free": free,
        "match": match,
        "chosen": chosen.get_json()["activities"][0]["id"],
    }


def _trajectory_state(client, admin: dict, tid: str):
    r = client.get(f"/api/v1/trajectories/{tid}", headers=admin)
    total = client.get("/api/v1/trajectories", headers=admin).get_json()["total"]
    return r.status_code, r.get_json() if r.status_code == 200 else None, total


def _fill(value, world: dict):
    if isinstance(value, str):
        return value.format(**world)
    if isinstance(value, dict):
        return {k: _fill(v, world) for k, v in value.items()}
    return value


@pytest.mark.parametrize(("endpoint", "caller", "expected"), list(_trajectory_cases()))
def test_trajectory_matrix(client, tokens, trajectory_world, endpoint, caller, expected):
    method, path, body, _, effect = TRAJECTORY_ENDPOINTS[endpoint]
    admin, world = tokens["admin"], trajectory_world
    path, body = _fill(path, world), _fill(body, world)
    before = _trajectory_state(client, admin, world["tid"])

    r = world["callers"][caller].open(path, method, json=body)

    assert r.status_code == expected, r.get_data(as_text=True)[:300]
    after = _trajectory_state(client, admin, world["tid"])
    if expected >= 400:
        assert_envelope(r, expected)
        assert after == before, "a refused call changed the store"
        return
    t = after[1]
    if effect == "created":
        assert after[2] == before[2] + 1
    elif effect == "listed":
        ids = [i["id"] for i in r.get_json()["items"]]
        assert (world["tid"] in ids) is (caller in T_SEES_IT), ids
    elif effect == "followup":
        ids = {i["trajectory_id"] for i in r.get_json()["items"]}
        assert (world["tid"] in ids) is (caller in T_SEES_IT), ids
    elif effect == "conversation":
        assert len(t["conversations"]) == len(before[1]["conversations"]) + 1
    elif effect == "snapshot":
        assert t["snapshots"]["close"]["scores"]["participation"] == 3
    elif effect == "linked":
        assert t["matches"] == [world["match"]]
    elif effect == "chosen":
        assert [a["activity_id"] for a in t["activities"]] == ["ref-org-a", "ref-org-b"]
    elif effect == "checked":
        assert t["activities"][0]["checkins"][0]["result"] == "participating"
    elif effect == "closed":
        assert t["status"] == "closed" and t["referral"]["status"] == "completed"
    elif effect == "gone":
        assert after[0] == 404 and after[2] == before[2] - 1
    else:  # a read
        assert after == before
        if endpoint == "letter_pdf":
            assert r.mimetype == "application/pdf" and r.data.startswith(b"%PDF-")
        elif endpoint == "letter":
            assert r.mimetype == "text/html" and "contact gelegd" in r.get_data(as_text=True)


# -- upkeep: reviews, completeness, reports, duplicates, the public search ----------------

OWN_ORG = {"admin": 200, "provider_a": 200, "provider_b": 200}
UPKEEP_ENDPOINTS = {
    # name: (method, path, body, {caller: status}; valid roles not named get 403, callers
    # without a valid token 401 unless named)
    "reviews": ("GET", "/api/v1/reviews", None, OWN_ORG),
    "reviews_other_org": (
        "GET",
        "/api/v1/reviews?organization=org-b",
        None,
        {"admin": 200, "provider_b": 200},
    ),
    "completeness": ("GET", "/api/v1/completeness", None, OWN_ORG),
    "completeness_other_org": (
        "GET",
        "/api/v1/completeness?organization=org-b",
        None,
        {"admin": 200, "provider_b": 200},
    ),
    "report": (
        "POST",
        "/api/v1/reports",
        {"activity_id": LISTING, "reason": "stopped"},
        {**dict.fromkeys(("admin", "provider_a", "provider_b", "coach", "no_token"), 201)},
    ),
    "report_queue": ("GET", "/api/v1/reports", None, OWN_ORG),
    "digest_contact": (
        "PUT",
        "/api/v1/reviews/contact",
        {"email": "digest@org.example"},
        # admin names the organisation; org-b has no listing here, so it is not known
        {"admin": 422, "provider_a": 200, "provider_b": 404},
    ),
    "resolve": (
        "POST",
        "/api/v1/reports/{report_id}/resolve",
        {"resolution": "fixed"},
        {"admin": 200, "provider_a": 200, "provider_b": 404},
    ),
    "report_stats": (
        "GET",
        "/api/v1/reports/stats?municipality=GM1948",
        None,
        {"admin": 200, "municipality": 200},
    ),
    "duplicates": ("GET", "/api/v1/duplicates", None, {"admin": 200}),
    "decision": (
        "POST",
        "/api/v1/duplicates/{pair_id}/decision",
        {"action": "dismiss"},
        {"admin": 200},
    ),
    # the link is the key: whoever holds it, whatever token they send
    "link": ("GET", "/api/v1/reviews/links/{link}", None, dict.fromkeys(EVERYONE, 200)),
    "link_use": ("POST", "/api/v1/reviews/links/{link}", None, dict.fromkeys(EVERYONE, 200)),
    "public_search": ("GET", "/api/v1/public/activities", None, dict.fromkeys(EVERYONE, 200)),
}


def _upkeep_cases():
    for name, (_, _, _, allowed) in UPKEEP_ENDPOINTS.items():
        for caller in EVERYONE:
            default = 401 if caller in UNAUTHENTICATED else 403
            yield pytest.param(
                name, caller, allowed.get(caller, default), id=f"upkeep-{name}-{caller}"
            )


@pytest.fixture
def upkeep_world(app, client, tokens, listing) -> dict:
    """org-a's listing (due for review, with a contact address), an open report on it, a
    likely duplicate of it, and a 'nog actueel' link from this week's digest."""
    from sqlalchemy import select

    from api.outbox import outbox
    from api.upkeep import reviews

    org = {**ORG_A, "email": "info@org-a.example"}
    due = (date.today() - timedelta(days=340)).isoformat()
    r = client.patch(
        f"{BASE}/{LISTING}",
        json={"organization": org, "assured_date": due},
        headers=tokens["admin"],
    )
    assert r.status_code == 200, r.get_json()
    twin = activity(id="act-a-twin", organization=org, name="Wandelgroep De Stapvoets Veghel")
    assert client.post(BASE, json=twin, headers=tokens["admin"]).status_code == 201
    made = client.post(
        "/api/v1/reports", json={"activity_id": LISTING, "reason": "full"}, headers=tokens["coach"]
    )
    pairs = client.get("/api/v1/duplicates", headers=tokens["admin"]).get_json()["items"]
    with app.app_context():
        assert reviews.send_digests("http://kaart.test").digests == 1
        with services.get().store.engine.connect() as conn:
            body = conn.execute(select(outbox.c.body_text)).scalar_one()
    link = next(w for w in body.split() if "/nog-actueel/" in w).rsplit("/", 1)[1]
    return {"report_id": made.get_json()["id"], "pair_id": pairs[0]["id"], "link": link}


def _upkeep_state(client, admin: dict) -> tuple:
    reports = client.get("/api/v1/reports?status=all", headers=admin).get_json()
    pairs = client.get("/api/v1/duplicates?status=all", headers=admin).get_json()
    listing = client.get(f"{BASE}/{LISTING}", headers=admin).get_json()
    return (
        [(r["id"], r["status"]) for r in reports["items"]],
        [(p["id"], p["status"]) for p in pairs["items"]],
        listing["assured_date"],
    )


@pytest.mark.parametrize(("endpoint", "caller", "expected"), list(_upkeep_cases()))
def test_upkeep_matrix(client, everyone, tokens, upkeep_world, via, endpoint, caller, expected):
    method, path, body, _ = UPKEEP_ENDPOINTS[endpoint]
    if via == "session" and caller in UNAUTHENTICATED and endpoint == "report":
        expected = 201  # a stale or forged cookie is a browser signed out: a resident may report
    path = path.format(**upkeep_world)
    before = _upkeep_state(client, tokens["admin"])
    r = everyone[caller].open(path, method, json=body)
    assert r.status_code == expected, r.get_data(as_text=True)[:300]
    after = _upkeep_state(client, tokens["admin"])
    if expected >= 400:
        assert_envelope(r, expected)
        assert after == before, "a refused call changed the store"
        return
    if endpoint == "report":
        assert len(after[0]) == len(before[0]) + 1
    elif endpoint == "resolve":
        assert dict(after[0])[upkeep_world["report_id"]] == "resolved"
    elif endpoint == "decision":
        assert dict(after[1])[upkeep_world["pair_id"]] == "dismissed"
    elif endpoint == "link_use":
        assert after[2] == date.today().isoformat()
    else:
        assert after == before
    if endpoint in ("reviews", "completeness", "report_queue") and caller == "provider_b":
        items = r.get_json()["items"]
        assert all(i.get("organization_id", "org-b") == "org-b" for i in items)
        assert LISTING not in [i.get("id") for i in items] + [i.get("activity_id") for i in items]
