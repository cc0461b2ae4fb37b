#!/usr/bin/env bash
# Build the .qm files the app loads from the .ts sources in assets/translations/ (Qt's lrelease).
# Refresh the sources after changing UI strings with:
#   .venv/bin/pyside6-lupdate checkin/ui/*.py -ts assets/translations/checkin_{nb,nn,en}.ts
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in assets/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
