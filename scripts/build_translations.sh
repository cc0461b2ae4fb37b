#!/usr/bin/env bash
# Build the .qm files the app loads from the .ts sources in assets/translations/ (Qt's lrelease).
# After changing UI strings, refresh the sources with `make ts` (lupdate), then translate the
# new entries in Qt Linguist or in the .ts file (README, "Translations").
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in assets/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
