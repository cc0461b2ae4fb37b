"""Child of bench_gui.py: start a window and print {"ready": time.time()} once it is shown.

`bare`: a plain PySide6 QMainWindow. `checkin`: the real `checkin run --db PATH --no-camera`
entry point; a timer set before it looks for the visible desk window. Nothing of checkin is
imported before this process starts, so the whole interpreter start is counted by the parent.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def ready() -> None:
    print(json.dumps({"ready": time.time()}), flush=True)
    QApplication.quit()


def bare() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    QTimer.singleShot(0, ready)
    return int(app.exec())


def checkin(db: str) -> int:
    QApplication.instance() or QApplication(sys.argv[:1])

    def check() -> None:
        from checkin.ui.main_window import MainWindow

        if any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()):
            ready()
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    from checkin.cli import main

    return main(["run", "--db", db, "--no-camera"])


if __name__ == "__main__":
    raise SystemExit(bare() if sys.argv[1] == "bare" else checkin(sys.argv[2]))
