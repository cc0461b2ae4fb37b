"""The one place where core callbacks (scanner, print queue, event file) become Qt signals.

The scanner and the print queue call plain functions on their own threads; a signal emitted
there is delivered to slots on the GUI thread (a queued connection), so no widget is ever
touched off the GUI thread. Camera frames are turned into a QImage here, never a QPixmap.
"""

from __future__ import annotations

import cv2
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from checkin.badges.printing import PrintJob
from checkin.scan.scanner import Preview, ScanEvent
from checkin.store.db import Waiting


class QtBridge(QObject):
    """Re-emits core callbacks as signals for the window."""

    code_seen = Signal(object)  # ScanEvent
    frame_ready = Signal(QImage, object)  # image, outlines
    scan_error = Signal(str)
    print_state = Signal(object)  # PrintJob
    file_busy = Signal(object)  # seconds the event file has been busy (float), None when free

    def on_code(self, event: ScanEvent) -> None:
        self.code_seen.emit(event)

    def on_preview(self, preview: Preview) -> None:
        rgb = cv2.cvtColor(preview.image, cv2.COLOR_BGR2RGB)
        height, width, _ = rgb.shape
        image = QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.frame_ready.emit(image, preview.outlines)

    def on_error(self, message: str) -> None:
        self.scan_error.emit(message)

    def on_print(self, job: PrintJob) -> None:
        self.print_state.emit(job)

    def on_file_wait(self, waiting: Waiting) -> None:
        """A write waits for another program's lock (called on the database thread)."""
        self.file_busy.emit(None if waiting.done else waiting.seconds)
