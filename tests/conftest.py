"""Test set-up: Qt offscreen before any Qt import; the gui marker added automatically."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# never the developer's own keyring: secrets go to the owner-only file beside the settings
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
