"""Test set-up: Qt offscreen before any Qt import; the gui marker added automatically."""

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# never the developer's own keyring: secrets go to the owner-only file beside the settings
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# the command line's messages in English whatever the machine's locale or the developer's
# settings (tests/unit/test_messages.py unsets it to test the other languages)
os.environ.setdefault("CHECKIN_LANGUAGE", "en")
# never the developer's own settings, data or logs: the per-user folders in a temporary place
_HOME = tempfile.mkdtemp(prefix="checkin-tests-")
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ.setdefault(_name, os.path.join(_HOME, _name.lower()))


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication():
    """A QApplication before any test: a report's PDF made first (QGuiApplication only) would
    otherwise leave the process unable to make widgets, and a later widget test aborts.

    Cyclic garbage is collected on this (the GUI) thread only, as the desk does
    (`checkin.ui.garbage`): a widget left in a cycle by one test was otherwise collected on
    whichever thread allocated next (a database or server thread) and destroyed there while
    the GUI thread painted: a segmentation fault.
    """
    from PySide6.QtWidgets import QApplication

    from checkin.ui.garbage import GuiThreadCollector

    app = QApplication.instance() or QApplication([])
    collector = GuiThreadCollector(app)
    collector.start()
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests(_one_qapplication):
    """What a test left in cycles goes before the next test, on the GUI thread (a test that
    runs no Qt event loop gives the collector's timer no turn)."""
    yield
    _one_qapplication.collect_due()


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that switched the process's language (checkin.messages) does not leak it."""
    yield
    from checkin import messages

    if messages.language() != "en":
        messages.use("en")


# Folders whose every test uses a real part beside the package: a server on 127.0.0.1 (hub,
# pretix, PostgreSQL), a subprocess, CUPS, an X server, a camera's video file.
INTEGRATION_FOLDERS = {"integration", "hub", "pretix", "ship", "x11"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark gui (qtbot/qapp) and integration (by folder) tests; ``-m "not slow"`` iterates fast."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        if INTEGRATION_FOLDERS & set(item.path.parent.parts[-1:]):
            item.add_marker(pytest.mark.integration)
