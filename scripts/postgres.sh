#!/usr/bin/env bash
# postgres.sh - a real PostgreSQL for the hub's tests: its own cluster on 127.0.0.1, its own port,
# under the CI state folder, with a database and a role for the tests.
#
#   bash scripts/postgres.sh          # install Debian's postgresql (root, when missing), start it
#   bash scripts/postgres.sh --stop   # stop the cluster this script started
#
# Writes "export CHECKIN_PG_URL=postgresql://..." to $STATE/postgres.env, which
# scripts/system_deps.sh copies into $STATE/env.sh for the tests. The role may create databases,
# so each test gets a fresh one. Without PostgreSQL (not root and not installed) it says why,
# writes no URL and exits 0: the PostgreSQL tests then skip with that reason.
set -euo pipefail

STATE=${CHECKIN_CI_STATE:-${TMPDIR:-/tmp}/checkin-ci}
PORT=${CHECKIN_CI_PG_PORT:-55432}
DATA="$STATE/pg/data"
SOCKETS="$STATE/pg"
ENV_FILE="$STATE/postgres.env"

say() { echo "[postgres] $*" >&2; }

bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

# Run a command as the cluster's owner: "postgres" when we are root (PostgreSQL refuses root).
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ "${1:-}" == "--stop" ]]; then
  rm -f "$ENV_FILE"
  if BIN=$(bindir) && [[ -f "$DATA/postmaster.pid" ]]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null && say "stopped"
  fi
  exit 0
fi

rm -f "$ENV_FILE"
if ! BIN=$(bindir); then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "PostgreSQL is not installed and this is not root on Debian: the PostgreSQL tests skip"
    exit 0
  fi
  say "apt: installing postgresql"
  mkdir -p "$STATE"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$STATE/apt-postgres.log" 2>&1 || true
  apt-get install -y -qq --no-install-recommends postgresql >>"$STATE/apt-postgres.log" 2>&1 \
    || { tail -20 "$STATE/apt-postgres.log" >&2; exit 1; }
  BIN=$(bindir)
fi

mkdir -p "$SOCKETS"
if [[ $(id -u) -eq 0 ]]; then chown postgres "$SOCKETS"; fi
if [[ ! -f "$DATA/PG_VERSION" ]]; then
  as_owner "$BIN/initdb" -D "$DATA" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    >"$SOCKETS/initdb.log" 2>&1 || { tail -20 "$SOCKETS/initdb.log" >&2; exit 1; }
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_owner "$BIN/pg_ctl" -D "$DATA" -w -t 30 -l "$SOCKETS/server.log" \
    -o "-p $PORT -k $SOCKETS -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" \
    start >/dev/null || { tail -20 "$SOCKETS/server.log" >&2; exit 1; }
fi
PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [[ -z $("${PSQL[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'checkin'") ]]; then
  "${PSQL[@]}" -c "CREATE ROLE checkin LOGIN CREATEDB PASSWORD 'checkin'"
fi
if [[ -z $("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'checkin'") ]]; then
  "${PSQL[@]}" -c "CREATE DATABASE checkin OWNER checkin"
fi
echo "export CHECKIN_PG_URL=postgresql://checkin:checkin@127.0.0.1:$PORT/checkin" >"$ENV_FILE"
say "PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version') on 127.0.0.1:$PORT ($ENV_FILE)"
