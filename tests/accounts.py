"""Helpers for tests with people: accounts made in the store, clients signed in through the
real sign-in endpoint (session cookie + CSRF token)."""

from functools import cache

from api import services
from api.passwords import hash_password

PASSWORD = "groene fiets onder de linde"  # strong enough for the rule


@cache
def password_hash(password: str = PASSWORD) -> str:
    return hash_password(password)  # argon2 is slow on purpose: once per test run


def make_account(app, email: str, role: str, password: str | None = PASSWORD, **fields):
    with app.app_context():
        return services.get().accounts.create(
            email,
            fields.pop("display_name", email.split("@")[0].title()),
            role,
            created_by="test",
            password_hash=password_hash(password) if password else None,
            **fields,
        )


class SessionClient:
    """A test client with its own cookie jar, signed in as one person; ``open`` adds the
    CSRF header as the pages do."""

    def __init__(self, app, email: str, password: str = PASSWORD):
        self.client = app.test_client()
        self.csrf = self.client.get("/api/v1/session").json["csrf_token"]
        r = self.client.post(
            "/api/v1/session",
            json={"email": email, "password": password},
            headers={"X-CSRFToken": self.csrf},
        )
        assert r.status_code == 200, r.get_json()
        self.account = r.json["account"]

    def open(self, path, method="GET", headers=None, **kwargs):
        h = {"X-CSRFToken": self.csrf, **(headers or {})}
        return self.client.open(path, method=method, headers=h, **kwargs)

    def get(self, path, **kwargs):
        return self.open(path, "GET", **kwargs)

    def post(self, path, **kwargs):
        return self.open(path, "POST", **kwargs)

    def delete(self, path, **kwargs):
        return self.open(path, "DELETE", **kwargs)
