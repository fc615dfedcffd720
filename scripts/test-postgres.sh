#!/usr/bin/env bash
# A PostgreSQL server on loopback for the store tests (CI runs this; so can you).
# Installs Debian's postgresql when absent, starts its cluster, makes a role and an empty
# database, and prints the SQLAlchemy URL alone on the last line:
#   export SOCIALMAP_TEST_DATABASE_URL=$(scripts/test-postgres.sh | tail -1)
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then
  apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
fi
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -1)
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
for _ in $(seq 30); do as_postgres pg_isready -q -p "$port" && break; sleep 0.5; done
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'socialmap') THEN
    CREATE ROLE socialmap LOGIN PASSWORD 'socialmap' CREATEDB;
  END IF;
END \$\$;
DROP DATABASE IF EXISTS socialmap_test;
CREATE DATABASE socialmap_test OWNER socialmap;
SQL
echo "postgresql+psycopg://socialmap:socialmap@127.0.0.1:${port}/socialmap_test"
