"""Abuse limits: a rate limit per token, security headers, a CSP without inline script."""

import pytest

from api import create_app, services


@pytest.fixture
def limited(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "RATE_LIMIT": "3/minute"})
    with app.app_context():
        store = services.get().store
        tokens = [store.create_token("coach")[1] for _ in range(2)]
    yield app.test_client(), [{"Authorization": f"Bearer {t}"} for t in tokens]
    app.extensions["socialmap"].close()


def test_the_limit_holds_per_token_across_endpoints(limited):
    client, (alice, bob) = limited
    codes = [
        client.get(path, headers=alice).status_code
        for path in ("/api/v1/categories", "/api/v1/me", "/api/v1/vocabularies", "/api/v1/me")
    ]
    assert codes == [200, 200, 200, 429]
    over = client.get("/api/v1/me", headers=alice)
    assert over.status_code == 429
    assert over.json["message"].startswith("Rate limit exceeded")
    assert int(over.headers["Retry-After"]) > 0
    assert client.get("/api/v1/me", headers=bob).status_code == 200  # another token's budget
    assert client.get("/api/v1/health", headers=alice).status_code == 200  # probes pass


def test_made_up_tokens_share_the_address_budget(limited):
    client, _ = limited
    codes = [
        client.get("/api/v1/categories", headers={"Authorization": f"Bearer fake{i}"}).status_code
        for i in range(4)
    ]
    assert codes == [200, 200, 200, 429]


def test_off_disables_the_limit(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "var"), "RATE_LIMIT": "off"})
    client = app.test_client()
    assert {client.get("/api/v1/categories").status_code for _ in range(50)} == {200}
    app.extensions["socialmap"].close()


def test_security_headers(client):
    api = client.get("/api/v1/categories")
    assert api.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" not in api.headers
    for path in ("/", "/coach", "/aanbieder", "/gemeente"):
        with client.get(path) as page:
            csp = page.headers["Content-Security-Policy"]
            assert "script-src 'self'" in csp and "unsafe-inline" not in csp
            assert "frame-ancestors 'none'" in csp
            assert page.headers["X-Frame-Options"] == "DENY"
            assert b"<script>" not in page.data  # no inline script: all code in files
            assert b" onclick=" not in page.data and b" style=" not in page.data


def test_csp_admits_the_configured_tile_server_only(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "MAP_TILES": "https://{s}.tiles.example.org/{z}/{x}/{y}.png",
        }
    )
    with app.test_client().get("/") as page:
        assert (
            "img-src 'self' data: blob: https://*.tiles.example.org"
            in page.headers["Content-Security-Policy"]
        )
    app.extensions["socialmap"].close()
