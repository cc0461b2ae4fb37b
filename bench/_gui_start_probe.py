"""Child of bench_gui.py: start a window and print {"ready": time.time()} once it is on screen.

`bare`: a plain PySide6 QMainWindow. `checkin`: the real `checkin run --db PATH --no-camera`
entry point. In both, an application-wide event filter, set before the window exists, waits
for the X server to expose the window, and takes the time when that Expose event has been
handled, which is when Qt has painted the window's contents: what a person sees. Nothing of
checkin is imported before this process starts, so the whole interpreter start is counted by
the parent.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow


class Exposed(QObject):
    """Prints the time once a window of the wanted title is exposed and painted, then quits."""

    def __init__(self, title_part: str) -> None:
        super().__init__()
        self.title_part = title_part

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
            and self.title_part in watched.title()
        ):
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, ready)  # the first thing after the expose and its paint
        return False


def ready() -> None:
    print(json.dumps({"ready": time.time()}), flush=True)
    QApplication.quit()


def bare() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    watcher = Exposed("bare")
    app.installEventFilter(watcher)
    window = QMainWindow()
    window.setWindowTitle("bare PySide6 window")
    window.show()
    return int(app.exec())


def checkin(db: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    watcher = Exposed("—")  # the desk window's title: "Check-in Desk — <event>", any language
    app.installEventFilter(watcher)
    from checkin.cli import main

    return main(["run", "--db", db, "--no-camera"])


if __name__ == "__main__":
    raise SystemExit(bare() if sys.argv[1] == "bare" else checkin(sys.argv[2]))
