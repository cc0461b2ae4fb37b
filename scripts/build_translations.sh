#!/usr/bin/env bash
# Build the .qm files the app loads from the .ts sources in assets/translations/ (Qt's lrelease).
# After changing UI strings, refresh the sources with `make ts` (lupdate, then the reviewed
# bokmål/nynorsk wording from scripts/fill_translations.py).
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in assets/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
