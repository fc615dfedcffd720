"""Docs that cannot drift: every setting and endpoint is documented."""

import re

from api import DEFAULTS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
NOT_SETTINGS = {
    "API_TITLE",
    "API_VERSION",
    "OPENAPI_VERSION",
    "OPENAPI_URL_PREFIX",
    "OPENAPI_JSON_PATH",
    "JSON_SORT_KEYS",
}


def test_every_setting_is_in_the_readme():
    for key in set(DEFAULTS) - NOT_SETTINGS:
        assert f"SOCIALMAP_{key}" in README, f"SOCIALMAP_{key} is not documented"


def test_openapi_lists_the_contract_paths(client):
    spec = client.get("/api/v1/openapi.json").json
    for path in [
        "/api/v1/health",
        "/api/v1/categories",
        "/api/v1/activities",
        "/api/v1/activities/{activity_id}",
        "/api/v1/activities/{activity_id}/confirm",
        "/api/v1/import",
        "/hsds/services",
        "/hsds/services/{service_id}",
    ]:
        assert path in spec["paths"], path
    assert "bearer" in spec["components"]["securitySchemes"]


def test_every_api_path_is_in_the_readme(client):
    spec = client.get("/api/v1/openapi.json").json
    for path in spec["paths"]:
        generic = re.sub(r"\{[^}]+\}", "{id}", path)
        assert generic in README or path in README, f"{path} is not in the README"


def test_readme_gives_the_two_fresh_machine_commands():
    assert "make run" in README and "make test" in README


def test_categories_have_dutch_labels(client):
    items = client.get("/api/v1/categories").json["items"]
    assert [i["code"] for i in items] == [
        "sport_movement",
        "nature",
        "cooking_food",
        "creative_cultural",
        "relaxation_meaning",
        "volunteering",
        "contact_meeting",
        "other",
    ]
    assert items[0]["label"] == "Bewegen en sporten"


def test_openapi_lists_the_people_endpoints_and_both_ways_in(client):
    spec = client.get("/api/v1/openapi.json").json
    for path in [
        "/api/v1/session",
        "/api/v1/account/sessions",
        "/api/v1/account/password",
        "/api/v1/account/tokens",
        "/api/v1/account/tokens/{token_id}",
        "/api/v1/accounts",
        "/api/v1/accounts/{account_id}/invitation",
        "/api/v1/password-reset",
        "/api/v1/password/link",
        "/api/v1/password",
    ]:
        assert path in spec["paths"], path
    schemes = spec["components"]["securitySchemes"]
    assert schemes["session"] == {
        "type": "apiKey",
        "in": "cookie",
        "name": "socialmap_session",
        "description": schemes["session"]["description"],
    }


def test_shared_doc_schemas_give_the_same_openapi_document(client, tmp_path):
    """api.schema.Schema lets the docs share schema instances instead of deep-copying them
    (a faster start); the OpenAPI document is the same as with marshmallow's copies."""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, sys, api.schema\n"
        "del api.schema.Schema.__deepcopy__\n"  # marshmallow's own deep copy
        "from api import create_app\n"
        "spec = create_app().test_client().get('/api/v1/openapi.json').json\n"
        "sys.stdout.write(json.dumps(spec, sort_keys=True))\n"
    )
    env = {**os.environ, "SOCIALMAP_DATA_DIR": str(tmp_path)}
    copied = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, check=True
    ).stdout
    shared = client.get("/api/v1/openapi.json").json
    assert json.loads(copied) == shared
