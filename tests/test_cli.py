"""The ``socialmap`` command: tokens, import, demo (see ../shared/API-CONTRACT.md, "Commands").

Most tests go through Flask's CLI runner bound to the test app; the exit codes and the
progress bar are also checked on the real console script in a subprocess.
"""

import copy
import json
import os
import random
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from api import create_app, services
from api.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DEMO_FILE = ROOT / "data" / "demo" / "meierijstad.json"


def invoke(runner, *args):
    """Run ``socialmap ARGS`` against the test app (its store, its index)."""
    return runner.invoke(cli, args=[str(a) for a in args])


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def socialmap_exe() -> Path:
    exe = Path(sys.executable).parent / "socialmap"
    if not exe.is_file():
        exe = ROOT / ".venv" / "bin" / "socialmap"
    if not exe.is_file():
        pytest.skip("the socialmap console script is not installed")
    return exe


def run_socialmap(
    data_dir: Path, *args, timeout: int = 600, env: dict | None = None
) -> subprocess.CompletedProcess:
    extra = env or {}
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOCIALMAP_")}
    env["SOCIALMAP_DATA_DIR"] = str(data_dir)
    env.update(extra)
    return subprocess.run(
        [str(socialmap_exe()), *map(str, args)],
        env=env,
        cwd=str(ROOT),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def examples_file(shared) -> Path:
    path = shared / "examples" / "dutch_profile_services.json"
    if not path.is_file():
        pytest.skip("the Dutch profile examples are not there")
    return path


@pytest.fixture
def examples(examples_file) -> list[dict]:
    return json.loads(examples_file.read_text(encoding="utf-8"))


@pytest.fixture
def mixed_file(tmp_path, examples) -> Path:
    """One valid record and one with an unknown wor-categorie code."""
    good = copy.deepcopy(examples[0])
    bad = copy.deepcopy(examples[1])
    bad["id"] = "cli-bad-category"
    bad["attributes"][0]["taxonomy_term"]["code"] = "knitting"
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([good, bad]), encoding="utf-8")
    return path


def count_activities(app) -> int:
    with app.app_context():
        return services.get().store.count()


# --- tokens --------------------------------------------------------------------------------


def _created_token(result) -> tuple[str, str]:
    """(token id, secret) from the output of ``token create``."""
    assert result.exit_code == 0, result.output
    stdout = getattr(result, "stdout", result.output)
    lines = stdout.strip().splitlines()
    secret = lines[-1]
    assert secret == secret.strip() and " " not in secret, "the token alone on the last line"
    match = re.search(r"\btoken (\S+)", stdout)
    assert match, stdout
    return match.group(1), secret


def test_token_create_prints_a_working_token(runner, client):
    result = invoke(runner, "token", "create", "--role", "coach")
    _, secret = _created_token(result)
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/activities", headers=headers).status_code == 200
    # a coach may not write listings
    assert client.post("/api/v1/import", json=[], headers=headers).status_code == 403


def test_token_without_bearer_is_401(client):
    assert client.get("/api/v1/activities").status_code == 401
    headers = {"Authorization": "Bearer smk_nothing_here"}
    assert client.get("/api/v1/activities", headers=headers).status_code == 401


def test_provider_token_needs_an_organization(runner):
    result = invoke(runner, "token", "create", "--role", "provider")
    assert result.exit_code == 2  # click's usage error
    assert "--organization" in result.output
    no_traceback(result)


def test_provider_token_with_organization(runner, client):
    result = invoke(runner, "token", "create", "--role", "provider", "--organization", "org-a")
    _, secret = _created_token(result)
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/activities", headers=headers).status_code == 200


def test_referrer_token_with_its_agb_code(runner, client):
    result = invoke(runner, "token", "create", "--role", "referrer", "--agb", "01234567")
    _, secret = _created_token(result)
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).get_json()
    assert me["role"] == "referrer" and me["agb"] == "01234567"


@pytest.mark.parametrize(
    "args",
    [
        ("--role", "referrer"),
        ("--role", "referrer", "--agb", "1234567"),
        ("--role", "referrer", "--agb", "0123456X"),
        ("--role", "coach", "--agb", "01234567"),
    ],
)
def test_referrer_token_needs_an_eight_digit_agb_code(runner, args):
    result = invoke(runner, "token", "create", *args)
    assert result.exit_code == 2, result.output
    assert "--agb" in result.output
    no_traceback(result)


def test_coach_token_with_its_organisation(runner, client):
    result = invoke(runner, "token", "create", "--role", "coach", "--organization", "org-a")
    _, secret = _created_token(result)
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"}).get_json()
    assert me["role"] == "coach" and me["organization"]["id"] == "org-a"


def test_token_revoke(runner, client):
    token_id, secret = _created_token(invoke(runner, "token", "create", "--role", "coach"))
    headers = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/activities", headers=headers).status_code == 200

    result = invoke(runner, "token", "revoke", token_id)
    assert result.exit_code == 0, result.output
    response = client.get("/api/v1/activities", headers=headers)
    assert response.status_code == 401

    again = invoke(runner, "token", "revoke", token_id)
    assert again.exit_code != 0
    no_traceback(again)


# --- import --------------------------------------------------------------------------------


def test_import_dutch_examples(runner, app, examples_file, examples):
    result = invoke(runner, "import", examples_file)
    assert result.exit_code == 0, result.output
    no_traceback(result)
    assert re.search(r"imported 6\b", result.output), result.output
    assert re.search(r"rejected 0\b", result.output), result.output
    assert count_activities(app) == 6
    with app.app_context():
        for record in examples:
            assert services.get().store.get(record["id"]) is not None

    again = invoke(runner, "import", examples_file)
    assert again.exit_code == 0, again.output
    assert re.search(r"unchanged 6\b", again.output), again.output
    assert count_activities(app) == 6


def test_import_with_a_rejected_record_exits_1(runner, app, mixed_file, examples):
    result = invoke(runner, "import", mixed_file)
    assert result.exit_code == 1, result.output
    no_traceback(result)
    assert re.search(r"imported 1\b", result.output), result.output
    assert re.search(r"rejected 1\b", result.output), result.output
    assert "cli-bad-category" in result.output
    assert "knitting" in result.output  # the per-record error
    with app.app_context():
        assert services.get().store.get(examples[0]["id"]) is not None
        assert services.get().store.get("cli-bad-category") is None


def test_import_ndjson_file(runner, app, tmp_path, examples):
    path = tmp_path / "services.ndjson"
    path.write_text("\n".join(json.dumps(r) for r in examples) + "\n", encoding="utf-8")
    result = invoke(runner, "import", path)
    assert result.exit_code == 0, result.output
    assert count_activities(app) == 6


@pytest.mark.parametrize(
    "content",
    [
        b"this is not json\nnor is this\n",
        b"<html><body>Not found</body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    ],
    ids=["text", "html", "binary"],
)
def test_import_not_json_fails_cleanly(runner, app, tmp_path, content):
    path = tmp_path / "not-json.json"
    path.write_bytes(content)
    result = invoke(runner, "import", path)
    assert result.exit_code != 0
    no_traceback(result)
    assert "not-json.json" in result.output or "JSON" in result.output, result.output
    assert count_activities(app) == 0


def test_import_missing_file_is_a_usage_error(runner, tmp_path):
    result = invoke(runner, "import", tmp_path / "nowhere.json")
    assert result.exit_code == 2
    no_traceback(result)


# --- import as a real process --------------------------------------------------------------


def test_subprocess_import_exit_codes(tmp_path, examples_file, mixed_file):
    data_dir = tmp_path / "var"
    ok = run_socialmap(data_dir, "import", examples_file)
    assert ok.returncode == 0, ok.stderr
    assert re.search(r"imported 6\b", ok.stdout), ok.stdout

    mixed = run_socialmap(data_dir, "import", mixed_file)
    assert mixed.returncode == 1, mixed.stderr
    assert "cli-bad-category" in mixed.stdout
    assert "Traceback" not in mixed.stderr

    bad = tmp_path / "bad.json"
    bad.write_text("{not json at all", encoding="utf-8")
    broken = run_socialmap(data_dir, "import", bad)
    assert broken.returncode != 0
    assert "Traceback" not in broken.stderr
    assert "JSON" in broken.stderr or "JSON" in broken.stdout


@pytest.mark.parametrize("command", ["check", "reindex"])
@pytest.mark.parametrize(
    "settings",
    [
        {"SOCIALMAP_ELASTICSEARCH_URL": "http://127.0.0.1:9"},  # nothing listens on port 9
        {
            "SOCIALMAP_ELASTICSEARCH_URL": "https://127.0.0.1:9",
            "SOCIALMAP_ELASTICSEARCH_CA_CERTS": "/nonexistent/ca.pem",
        },
    ],
    ids=["unreachable", "bad-ca-file"],
)
def test_index_commands_without_a_usable_cluster_say_so(tmp_path, command, settings):
    """An operator running check or reindex against a cluster that is down or misconfigured
    reads one line naming the problem, not a stack trace."""
    env = {"SOCIALMAP_BACKEND": "elasticsearch", "SOCIALMAP_ELASTICSEARCH_TIMEOUT": "2", **settings}
    result = run_socialmap(tmp_path / "var", command, env=env, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "search backend unavailable" in result.stderr
    if "SOCIALMAP_ELASTICSEARCH_CA_CERTS" in settings:
        assert "SOCIALMAP_ELASTICSEARCH_CA_CERTS" in result.stderr
    else:
        assert "127.0.0.1:9" in result.stderr


def test_subprocess_token_create(tmp_path):
    data_dir = tmp_path / "var"
    result = run_socialmap(data_dir, "token", "create", "--role", "coach")
    assert result.returncode == 0, result.stderr
    secret = result.stdout.strip().splitlines()[-1]
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    try:
        response = app.test_client().get(
            "/api/v1/activities", headers={"Authorization": f"Bearer {secret}"}
        )
        assert response.status_code == 200
    finally:
        app.extensions["socialmap"].close()


def generate_services(template: dict, n: int, seed: int = 1948) -> list[dict]:
    """``n`` variations of the Dutch example #1, placed around Veghel (51.6, 5.54)."""
    rng = random.Random(seed)
    old_id = template["id"]
    old_location = template["service_at_locations"][0]["location"]["id"]
    text = json.dumps(template, ensure_ascii=False)
    words = ["Wandelgroep", "Koffieochtend", "Moestuin", "Zangkoor", "Schilderclub", "Beweegmaatje"]
    out = []
    for i in range(n):
        new_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        location_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        doc = json.loads(text.replace(old_id, new_id).replace(old_location, location_id))
        doc["name"] = f"{rng.choice(words)} Veghel {i + 1}"
        loc = doc["service_at_locations"][0]["location"]
        loc["name"] = f"Ontmoetingsplek {i + 1}"
        loc["latitude"] = round(51.6 + rng.uniform(-0.03, 0.03), 5)
        loc["longitude"] = round(5.54 + rng.uniform(-0.04, 0.04), 5)
        for address in loc.get("addresses") or []:
            address["postal_code"] = f"546{rng.randint(1, 6)} {rng.choice(['AB', 'KL', 'XZ'])}"
            address["city"] = "Veghel"
        out.append(doc)
    return out


@pytest.mark.slow
def test_import_2000_records_shows_progress(tmp_path, examples):
    records = generate_services(examples[0], 2000)
    assert len({r["id"] for r in records}) == 2000
    path = tmp_path / "many.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    data_dir = tmp_path / "var"

    result = run_socialmap(data_dir, "import", path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "rec" in result.stderr or "%|" in result.stderr, result.stderr[-2000:]
    assert "2000" in result.stderr  # the bar's total
    assert "Traceback" not in result.stderr
    assert re.search(r"imported 2000\b", result.stdout), result.stdout
    assert re.search(r"rejected 0\b", result.stdout), result.stdout

    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    try:
        with app.app_context():
            assert services.get().store.count() == 2000
        client = app.test_client()
        page = client.get("/hsds/services?per_page=1").get_json()
        assert page["total_items"] == 2000  # indexed too, not only stored
        one = client.get(f"/hsds/services/{records[1234]['id']}").get_json()
        assert one["name"] == records[1234]["name"]
    finally:
        app.extensions["socialmap"].close()


# --- demo ----------------------------------------------------------------------------------


def test_demo_loads_once(runner, app):
    if not DEMO_FILE.is_file():
        pytest.skip(f"{DEMO_FILE} is not there yet")
    assert count_activities(app) == 0
    result = invoke(runner, "demo")
    assert result.exit_code == 0, result.output
    no_traceback(result)
    loaded = count_activities(app)
    assert loaded > 0
    assert re.search(r"rejected 0\b", result.output), result.output

    again = invoke(runner, "demo")
    assert again.exit_code == 0, again.output
    assert "nothing loaded" in again.output
    assert count_activities(app) == loaded


def test_demo_is_a_no_op_on_a_store_with_activities(runner, app, examples_file):
    assert invoke(runner, "import", examples_file).exit_code == 0
    result = invoke(runner, "demo")
    assert result.exit_code == 0, result.output
    assert "nothing loaded" in result.output
    assert count_activities(app) == 6
