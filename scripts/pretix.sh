#!/usr/bin/env bash
# pretix.sh - a real pretix server on 127.0.0.1 for the pretix sync tests and benchmark.
#
#   bash scripts/pretix.sh [--reset] [--bench]   install (once), start, print the servers JSON path
#   source "$STATE/pretix/env.sh"                 CHECKIN_PRETIX_SERVERS=<that JSON file>
#   bash scripts/pretix.sh --stop                 stop the server (by its PID file)
#
# One pretix (version $PRETIX_VERSION, default 2026.8.0) from PyPI in its own venv, SQLite, no
# Redis or Celery, started by ../shared/pretix/setup_pretix.sh with --schema syncdb (tables made
# from the models: about 10 s instead of 70 s of migrations; the API answers the same). It holds
# three demo organizers, each with a two-day event, three products, one check-in list, paid,
# pending and canceled orders with Norwegian names, a team token and a device:
#   random  nordconf/nc27   240 orders, random secrets (for pull, mapping, upload tests)
#   signed  nordsign/nc27s  30 orders, pretix_sig1 signed secrets, one revoked secret
#   bench   nordbench/nc27b 5,000 orders (only with --bench)
# After the data is made, a copy of the database is kept; --reset copies it back (SQLite backup
# API, about 0.2 s; pretix keeps no cache here), so every test session starts from the same data.
# Cheap when already there: a second call with the server up takes about a second.
#
# STATE is ${CHECKIN_CI_STATE:-${TMPDIR:-/tmp}/checkin-ci}; port ${CHECKIN_PRETIX_PORT:-18360}.
# Needs python3.11 (pretix's floor) and PyPI the first time; exits non-zero with the reason.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${CHECKIN_CI_STATE:-${TMPDIR:-/tmp}/checkin-ci}
DIR=$STATE/pretix
PORT=${CHECKIN_PRETIX_PORT:-18360}
SETUP=${CHECKIN_PRETIX_SETUP:-$ROOT/../shared/pretix/setup_pretix.sh}
SHARED=$(dirname "$SETUP")
SERVER_DIR=$DIR/server
DATA=$SERVER_DIR/data
export PRETIX_VENV=$DIR/venv

say() { echo "[pretix.sh] $*" >&2; }

RESET=0
BENCH=0
case "${1:-}" in
  --stop)
    [[ -f "$SETUP" ]] && bash "$SETUP" --stop "$SERVER_DIR" || true
    rm -f "$DIR/env.sh"
    exit 0
    ;;
esac
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=1 ;;
    --bench) BENCH=1 ;;
    -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
    *) say "unknown option $arg"; exit 2 ;;
  esac
done
[[ -f "$SETUP" ]] || { say "missing $SETUP (../shared beside the checkout)"; exit 1; }
mkdir -p "$DIR"

copy_db() {  # copy_db FROM TO: a consistent copy through SQLite's backup API
  python3 - "$1" "$2" <<'EOF'
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2], timeout=30)
with target:
    source.backup(target)
source.close()
target.close()
EOF
}

add_dataset() {  # add_dataset NAME ORGANIZER EVENT ORDERS SECRETS
  local name=$1 out=$DATA/demo_$1.json
  [[ -f "$out" ]] && return 0
  say "creating demo data '$name': $4 orders, $5 secrets"
  PRETIX_CONFIG_FILE=$SERVER_DIR/pretix.cfg PYTHONPATH=$SERVER_DIR DJANGO_SETTINGS_MODULE=settings_local \
    "$PRETIX_VENV/bin/python" "$SHARED/make_demo_data.py" --organizer "$2" --event "$3" \
    --orders "$4" --secrets "$5" --out "$out.new" >"$DIR/demo_$name.log" 2>&1 \
    || { tail -20 "$DIR/demo_$name.log" >&2; say "demo data '$name' failed"; exit 1; }
  mv "$out.new" "$out"
  rm -f "$DATA/pristine.sqlite3"  # the snapshot must include the new data
}

# 1. pretix itself and the first event (setup_pretix.sh is idempotent and fast when all is there)
bash "$SETUP" --schema syncdb --orders 240 --secrets random "$SERVER_DIR" "$PORT" >"$DIR/setup.json"
cp "$SERVER_DIR/demo.json" "$DATA/demo_random.json"

# 2. more events on the same server, then the pristine copy
if [[ -f "$DATA/pristine.sqlite3" && $RESET -eq 1 ]]; then
  copy_db "$DATA/pristine.sqlite3" "$DATA/db.sqlite3"
  say "data reset to the pristine copy"
fi
add_dataset signed nordsign nc27s 30 signed
[[ $BENCH -eq 1 ]] && add_dataset bench nordbench nc27b 5000 random
if [[ ! -f "$DATA/pristine.sqlite3" ]]; then
  copy_db "$DATA/db.sqlite3" "$DATA/pristine.sqlite3.new"
  mv "$DATA/pristine.sqlite3.new" "$DATA/pristine.sqlite3"
  say "pristine copy kept"
fi

# 3. what the tests read
python3 - "$DIR/setup.json" "$DATA" "$DIR/servers.json" <<'EOF'
import json, pathlib, sys
setup = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
events = {path.stem.removeprefix("demo_"): json.loads(path.read_text(encoding="utf-8"))
          for path in sorted(pathlib.Path(sys.argv[2]).glob("demo_*.json"))}
servers = {"base_url": setup["base_url"], "pid": setup["pid"], "timing_s": setup["timing_s"],
           "events": events}
out = pathlib.Path(sys.argv[3])
out.with_suffix(".new").write_text(json.dumps(servers, ensure_ascii=False, indent=1), encoding="utf-8")
out.with_suffix(".new").replace(out)
EOF
echo "export CHECKIN_PRETIX_SERVERS=$DIR/servers.json" >"$DIR/env.sh"
say "pretix at http://127.0.0.1:$PORT ($(python3 -c "import json,sys; print(', '.join(json.load(open(sys.argv[1]))['events']))" "$DIR/servers.json"))"
echo "$DIR/servers.json"
