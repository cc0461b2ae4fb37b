# Check-in Desk: `make run` and `make test` are all the set-up a fresh machine needs.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
STATE ?= $(or $(TMPDIR),/tmp)/checkin-ci

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)  ## create .venv and install the app with its dev tools

translations: $(STAMP)  ## build the .qm translations from assets/translations/*.ts
	@if [ -f scripts/build_translations.sh ]; then bash scripts/build_translations.sh; fi

ts: $(STAMP)  ## refresh the .ts catalogues from the source (new strings come in unfinished)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find checkin/ui -name '*.py' | sort) checkin/config.py \
	  -ts assets/translations/checkin_nb.ts assets/translations/checkin_nn.ts
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly -target-language en_GB checkin/ui/plurals.py \
	  -ts assets/translations/checkin_en.ts

messages: $(STAMP)  ## refresh the core's and the CLI's catalogues (assets/locale) from the source, and compile them
	$(VENV)/bin/pybabel extract -F assets/locale/babel.cfg -k N_ --no-location --sort-output \
	  --omit-header --ignore-dirs=ui -o assets/locale/checkin.pot checkin
	$(VENV)/bin/pybabel update -i assets/locale/checkin.pot -d assets/locale -D checkin \
	  --no-fuzzy-matching --ignore-obsolete --width 100
	$(VENV)/bin/pybabel compile -d assets/locale -D checkin --statistics

system-deps:  ## install/start what the tests need from the system (CUPS, Xvfb, PulseAudio)
	@if [ -f scripts/system_deps.sh ]; then bash scripts/system_deps.sh; fi

run: $(STAMP) translations  ## open the window on a demo event (no webcam or printer needed)
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY$$QT_QPA_PLATFORM" ]; then \
	  echo "No screen here (DISPLAY and WAYLAND_DISPLAY are empty): run it on a desktop, or"; \
	  echo "under Xvfb with: xvfb-run -a make run"; exit 2; fi
	@if [ "$$(uname)" = Linux ]; then bash scripts/system_deps.sh --window; fi
	$(VENV)/bin/checkin demo

test: $(STAMP) translations system-deps  ## run the whole test suite
	@if [ -f $(STATE)/env.sh ]; then source $(STATE)/env.sh; fi; \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)  ## ruff, formatting, mypy and the import contracts
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

floors:  ## install every dependency at its declared floor (.venv-floors) and run the unit tests there
	bash scripts/floors.sh

bench: $(STAMP) translations  ## run every benchmark under bench/ (figures in bench/RESULTS.md)
	@for script in bench/bench_*.py; do echo "== $$script"; QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

screenshots: $(STAMP) translations system-deps  ## save PNGs of the window's main states in docs/screenshots/
	@if [ -f $(STATE)/env.sh ]; then source $(STATE)/env.sh; fi; $(PY) scripts/screenshots.py

report-images: $(STAMP) translations  ## remake docs/img/ (a report's PDF pages, the dashboard) from a demo morning
	QT_QPA_PLATFORM=offscreen $(PY) scripts/report_images.py

dist: $(STAMP) translations  ## build the desktop bundle: dist/Check-in-Desk-VERSION/ (checkin, checkin-desk)
	@$(PY) -c 'import PyInstaller' 2>/dev/null || \
	  $(PY) -m pip install --disable-pip-version-check -q -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec
	@find dist -xtype l -delete  # links to the Qt libraries the spec left out
	@du -sh dist/*/ | tail -n 1

dist-check:  ## run the built bundle's own self-test (after make dist)
	@if [ -f $(STATE)/env.sh ]; then source $(STATE)/env.sh; fi; \
	bundle=dist/$$($(PY) -c "from checkin import APP_NAME as n, __version__ as v; \
	  print(n.replace(' ', '-') + '-' + v)"); \
	if [ ! -x "$$bundle/checkin" ]; then echo "No bundle in $$bundle: run make dist first"; exit 2; fi; \
	unwanted=$$(find "$$bundle" \( -name 'libQt6Quick*' -o -name 'libQt6Qml*' -o -name 'libQt6WebEngine*' \
	  -o -name 'libQt6Pdf*' -o -name 'libQt6VirtualKeyboard*' -o -name 'libffmpegmediaplugin*' \
	  -o -name 'libqgtk3*' -o -name 'libgtk-3*' \) | head -n 5); \
	if [ -n "$$unwanted" ]; then echo "The bundle holds what the spec leaves out:"; echo "$$unwanted"; exit 2; fi; \
	"$$bundle/checkin" --self-test

clean:  ## remove the venv and build output
	rm -rf $(VENV) .venv-floors build dist .pytest_cache .mypy_cache .ruff_cache

.PHONY: help venv ts translations messages floors system-deps run test lint bench screenshots report-images dist dist-check clean
