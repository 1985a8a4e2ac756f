#!/usr/bin/env bash
# Makes sure the services the tests use are running; installs and starts them when absent.
# PostgreSQL: the metadata store's tests run against it as well as SQLite.
set -euo pipefail

PG_USER=openbda
PG_DB=openbda_test

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }

if ! command -v pg_isready >/dev/null; then
  echo "installing PostgreSQL from apt" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_up; then
  echo "starting PostgreSQL" >&2
  cluster_version="$(ls /etc/postgresql | sort -V | tail -1)"
  pg_ctlcluster --skip-systemctl-redirect "$cluster_version" main start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || { echo "PostgreSQL is not answering on 127.0.0.1:5432" >&2; exit 1; }

# A password login works under any pg_hba (trust here, scram on a stock Debian install).
as_postgres() { su postgres -c "psql -q -v ON_ERROR_STOP=1 $*" ; }
if ! as_postgres "-tAc \"SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'\"" | grep -q 1; then
  as_postgres "-c \"CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_USER'\""
fi
if ! as_postgres "-tAc \"SELECT 1 FROM pg_database WHERE datname='$PG_DB'\"" | grep -q 1; then
  as_postgres "-c \"CREATE DATABASE $PG_DB OWNER $PG_USER\""
fi
echo "services ready: PostgreSQL (postgresql://$PG_USER@127.0.0.1:5432/$PG_DB)"
