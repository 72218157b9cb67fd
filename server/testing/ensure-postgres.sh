#!/usr/bin/env bash
# Makes Debian's PostgreSQL server ready for the reference server's tests (.ci/run calls it; a
# developer may too, as root): installs postgresql when missing, starts the cluster, creates the role
# and database of CLIENTELA_TEST_DATABASE_URL's default (clientela / clientela on 127.0.0.1:5432).
# Exits non-zero when it cannot.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 30); do
  su postgres -c 'psql -qAtc "SELECT 1"' >/dev/null 2>&1 && break
  sleep 1
done

su postgres -c 'psql -v ON_ERROR_STOP=1 -q' <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clientela') THEN
    CREATE ROLE clientela LOGIN PASSWORD 'clientela';
  END IF;
END $$;
SELECT 'CREATE DATABASE clientela OWNER clientela' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'clientela')\gexec
SQL
echo "PostgreSQL $version ready: postgres://clientela:***@127.0.0.1:5432/clientela"
