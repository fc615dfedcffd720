#!/usr/bin/env bash
# The Dockerfile's steps without a Docker engine (none runs on our machines):
#   1. hadolint lints the Dockerfile;
#   2. the "pages" stage: npm ci of static/package.json;
#   3. the "build" stage: a fresh virtual environment, pip install of a copy of the sources
#      (not editable: package data must be in the wheel), the model loaded once;
#   4. the final stage: the files laid out as in /app, started as a non-root user with
#      SOCIALMAP_LOAD_DEMO=true, by the image's own CMD, and the HEALTHCHECK command run.
# Usage: scripts/check-dockerfile.sh   (make container-check)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null || true; rm -rf "$work"' EXIT
py="${PYTHON:-python3}"
hadolint="${HADOLINT:-$root/.venv/bin/hadolint}"

echo "1. hadolint"
"$hadolint" "$root/Dockerfile"

echo "2. pages stage: npm ci"
mkdir -p "$work/static"
cp "$root/static/package.json" "$root/static/package-lock.json" "$work/static/"
(cd "$work/static" && npm ci --omit=dev --no-audit --no-fund --loglevel=error)

echo "3. build stage: fresh venv, pip install ."
mkdir -p "$work/src"
cp -r "$root/pyproject.toml" "$root/README.md" "$root/api" "$root/matcher" "$root/indexers" "$root/trajectory" "$work/src/"
find "$work/src" -name __pycache__ -prune -exec rm -rf {} +
"$py" -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check "$work/src"
(cd / && "$work/venv/bin/python" -c "from indexers.embedders import load_embedder; load_embedder('use-multilingual').encode(['wandelen'])")

echo "4. final stage: /app layout, non-root user, the image's CMD"
mkdir -p "$work/app" "$work/data"
cp -r "$root/data" "$work/app/data"
cp -r "$root/static" "$work/app/static"
rm -rf "$work/app/static/node_modules"
mv "$work/static/node_modules" "$work/app/static/node_modules"
cmd="$(sed -n 's/^CMD \["sh", "-c", "\(.*\)"\]$/\1/p' "$root/Dockerfile" | sed 's/\\"/"/g')"
health="$(sed -n 's/^ *CMD \["python", "-c", "\(.*\)"\]$/\1/p' "$root/Dockerfile")"
[ -n "$cmd" ] && [ -n "$health" ] || { echo "could not read CMD/HEALTHCHECK from the Dockerfile"; exit 1; }
cmd="${cmd//--port 8000/--port 18765}"
health="${health//:8000/:18765}"
run_as=()
if [ "$(id -u)" = 0 ]; then
  chmod -R a+rX "$work"
  chown -R nobody "$work/data"
  # the image runs as an unprivileged user: do the same, where this machine's Python allows
  # it (a Python under /root, as pyenv installs it, is out of reach for other users)
  if "$(command -v runuser)" -u nobody -- "$work/venv/bin/python" -c pass 2>/dev/null; then
    run_as=("$(command -v runuser)" -u nobody --)
  else
    echo "   (this machine's Python is not usable by other users: running as $(id -un))"
  fi
fi
(
  cd /
  env -i PATH="$work/venv/bin:/usr/bin:/bin" HOME=/tmp SOCIALMAP_HOME="$work/app" \
    SOCIALMAP_DATA_DIR="$work/data" SOCIALMAP_WORKERS=2 SOCIALMAP_LOAD_DEMO=true \
    HF_HUB_OFFLINE=1 PYTHONUNBUFFERED=1 "${run_as[@]}" sh -c "$cmd" >"$work/server.log" 2>&1 &
  echo $! >"$work/pid"
)
for _ in $(seq 240); do
  if "$work/venv/bin/python" -c "$health" 2>/dev/null; then break; fi
  sleep 0.5
done
"$work/venv/bin/python" -c "$health" || { cat "$work/server.log"; exit 1; }
"$work/venv/bin/python" - <<PY
import json, urllib.request
base = "http://127.0.0.1:18765"
def get(path):
    with urllib.request.urlopen(base + path, timeout=10) as r:
        return r.status, r.read()
assert get("/coach")[0] == 200
for page in ("/coach/trajecten", "/verwijzer", "/static/css/letter.css"):
    assert get(page)[0] == 200, page
assert len(get("/vendor/leaflet/leaflet.js")[1]) > 100000
items = json.loads(get("/hsds/services?per_page=1")[1])
assert items["total_items"] > 200, items["total_items"]
print("healthy; pages, vendor files and the demo map are served;", items["total_items"], "services")
PY
echo "Dockerfile steps: OK"
