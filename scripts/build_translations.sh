#!/usr/bin/env bash
# Build the .qm files the app loads from the .ts sources in assets/translations/ (Qt's lrelease).
# After changing UI strings, refresh the sources with `make ts` (lupdate), then translate the
# new entries in Qt Linguist or in the .ts file (README, "Translations").
# lrelease: $LRELEASE if set, else the project's .venv (made by `make`), else pyside6-lrelease on
# PATH (a fresh clone run with another environment's bin folder first on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=${LRELEASE:-.venv/bin/pyside6-lrelease}
if [[ ! -x "$lrelease" ]]; then
  lrelease=$(command -v pyside6-lrelease) || {
    echo "build_translations: pyside6-lrelease not found: run make (it makes .venv), or put" \
      "PySide6's bin folder on PATH, or set LRELEASE" >&2
    exit 2
  }
fi
for ts in assets/translations/*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
