#!/usr/bin/env bash
# floors.sh - install every dependency at the floor pyproject.toml declares and run the tests.
#
#   bash scripts/floors.sh        (make floors)
#
# Builds .venv-floors (FLOORS_VENV to put it elsewhere) with each runtime dependency and each of
# the hub's pinned to its floor ("pkg>=1.2" installs pkg==1.2; "==" pins stay), the package
# itself without dependencies, and the test tools at their newest; then runs the unit tests and
# the tests that exercise the store, the command line, the wire format and a real hub (on
# SQLite: FastAPI, uvicorn, SQLAlchemy, Alembic, requests, urllib3) at those floors. A
# floor the code has outgrown fails here, not on a user's machine. Reuses the venv when
# pyproject.toml has not changed since it was built.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${FLOORS_VENV:-$ROOT/.venv-floors}
PYTHON=${PYTHON:-python3}
STAMP=$VENV/.floors-of-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)

say() { echo "[floors] $*" >&2; }

if [[ ! -f "$STAMP" ]]; then
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" - "$ROOT/pyproject.toml" > "$VENV/floors.txt" <<'PY'
import re, sys, tomllib

project = tomllib.load(open(sys.argv[1], "rb"))["project"]
for spec in [*project["dependencies"], *project["optional-dependencies"]["hub"]]:
    name, op, version = re.fullmatch(r"([A-Za-z0-9_.\-\[\]]+)\s*(>=|==)\s*([^,;\s]+)", spec).groups()
    print(f"{name}=={version}")
PY
  say "installing the floors: $(tr '\n' ' ' < "$VENV/floors.txt")"
  "$VENV/bin/pip" install --disable-pip-version-check -q -r "$VENV/floors.txt"
  "$VENV/bin/pip" install --disable-pip-version-check -q --no-deps -e "$ROOT"
  "$VENV/bin/pip" install --disable-pip-version-check -q pytest pytest-qt pytest-timeout \
    hypothesis babel
  touch "$STAMP"
fi
say "installed: $("$VENV/bin/pip" freeze --exclude-editable | grep -iF -f <(sed 's/\[.*\]//; s/==.*//' "$VENV/floors.txt") | tr '\n' ' ')"
cd "$ROOT"
QT_QPA_PLATFORM=offscreen CHECKIN_NO_LOG_FILE=1 "$VENV/bin/python" -m pytest -q -p no:cacheprovider \
  tests/unit tests/integration/test_desk.py tests/integration/test_changes.py \
  tests/integration/test_schema.py tests/integration/test_search.py tests/integration/test_cli.py \
  tests/hub/test_protocol.py tests/hub/test_merge.py tests/hub/test_hlc.py \
  tests/hub/test_client.py tests/hub/test_refusals.py tests/hub/test_sync.py \
  -k "not postgresql" "$@"  # the hub's tests on SQLite: FastAPI, uvicorn, SQLAlchemy, Alembic
