"""What the first screen does not need stays out of the start (issue 16's start-up)."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = (
    "numpy",
    "sqlite_utils",
    "cv2",
    "zxingcpp",
    "openpyxl",
    "PySide6.QtMultimedia",
    "requests",
    "PySide6.QtCharts",
)


def _loaded_after(statement: str) -> set[str]:
    probe = f"{statement}; import sys; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stdout.split())


def test_the_command_line_and_the_desk_load_no_heavy_library() -> None:
    loaded = _loaded_after("import checkin.cli, checkin.desk, checkin.commands.gui, checkin.ui.app")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_opening_an_event_file_loads_sqlite_utils(tmp_path: object) -> None:
    loaded = _loaded_after(
        "import tempfile, pathlib; from checkin.store.db import open_db; "
        "open_db(pathlib.Path(tempfile.mkdtemp()) / 'e.sqlite', create=True)"
    )
    assert "sqlite_utils" in loaded


NATIVE_FIRST = """
import sys, threading, argparse, pathlib
from checkin.commands import gui
class Started(Exception):
    pass
def first_thread(self):
    print(" ".join(sorted(sys.modules)))
    raise Started
threading.Thread.start = first_thread
args = argparse.Namespace(db=pathlib.Path("{db}"), no_camera=True, camera=None, printer=None,
                          template=None, desk=None)
try:
    gui.{command}(args)
except Started:
    pass
"""


def test_the_window_loads_its_unsafe_native_modules_before_its_first_thread(tmp_path) -> None:
    """shiboken6 aborts, cryptography half-loads, if another thread imports as they start."""
    for command in ("run_run", "run_demo"):
        probe = NATIVE_FIRST.format(db=tmp_path / f"{command}.sqlite", command=command)
        env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              check=True, timeout=60, env=env)  # fmt: skip
        loaded = set(done.stdout.split())
        assert {"shiboken6", "cryptography.hazmat.bindings._rust"} <= loaded, command
