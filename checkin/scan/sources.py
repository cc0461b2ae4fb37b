"""Where frames come from: a webcam by index, a video file, an image sequence, a stream URL.

All go through OpenCV's VideoCapture (the headless wheel: no Qt of its own to clash with
PySide6). A live source (webcam, stream) that stops delivering is reopened with a growing
pause, so unplugging the webcam and plugging it back in needs no restart. A file ends.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from checkin.errors import UserError
from checkin.messages import _

RETRY_PAUSES = (0.2, 0.5, 1.0, 2.0)
# A stream's open and each read give up after these (ms), then the source reconnects. FFmpeg's
# own wait is 30 s, and a wait in C holds off Ctrl+C: a stalled server kept `checkin scan` from
# ending that long (seen in the suite).
STREAM_TIMEOUTS_MS = (cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, 5000, cv2.CAP_PROP_READ_TIMEOUT_MSEC, 3000)


class SourceEnded(Exception):  # noqa: N818  (an end, not an error)
    """A file or image sequence has no more frames."""


class FrameSource(Protocol):
    """Something that yields BGR frames."""

    live: bool
    description: str
    fps: float

    def read(self) -> np.ndarray | None:
        """Return the next frame, None if none is there right now; raise SourceEnded at the end."""
        ...

    def close(self) -> None: ...


class OpenCvSource:
    """A VideoCapture over a camera index, a file, an image sequence or a URL."""

    def __init__(self, spec: str, width: int | None = None, height: int | None = None) -> None:
        self.spec = spec
        self.size = (width, height)
        self.live = spec.isdigit() or "://" in spec
        self.description = f"camera {spec}" if spec.isdigit() else spec
        self.failures = 0
        self._capture = self._open()
        if not self.live and not self._capture.isOpened():
            raise UserError(
                _("Cannot open '{spec}' as a video or image sequence.").format(spec=spec)
            )
        self.fps = float(self._capture.get(cv2.CAP_PROP_FPS) or 0) or 30.0

    def opened(self) -> bool:
        """Did the source open (a camera that is there and free, a readable file)?"""
        return bool(self._capture.isOpened())

    def _open(self) -> cv2.VideoCapture:
        quiet_opencv()
        if "://" in self.spec:  # a stream: bounded waits, or a stalled server holds Ctrl+C 30 s
            capture = cv2.VideoCapture(self.spec, cv2.CAP_FFMPEG, list(STREAM_TIMEOUTS_MS))
        else:
            capture = cv2.VideoCapture(int(self.spec) if self.spec.isdigit() else self.spec)
        width, height = self.size
        if width and height:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        return capture

    def read(self) -> np.ndarray | None:
        ok, frame = self._capture.read() if self._capture.isOpened() else (False, None)
        if ok:
            self.failures = 0
            return frame
        if not self.live:
            raise SourceEnded(self.description)
        self._reconnect()
        return None

    def _reconnect(self) -> None:
        pause = RETRY_PAUSES[min(self.failures, len(RETRY_PAUSES) - 1)]
        self.failures += 1
        self._capture.release()
        time.sleep(pause)
        self._capture = self._open()

    def close(self) -> None:
        self._capture.release()


def quiet_opencv() -> None:
    """Keep OpenCV's own warnings ("can't open camera by index", once a try) off the terminal.

    What goes wrong is said in the desk's words instead; OpenCV's errors still show.
    """
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


def open_source(
    spec: str, width: int | None = None, height: int | None = None, *, wait: bool = True
) -> FrameSource:
    """Open a camera ("0"), a video file, an image sequence ("frames/%03d.png") or a URL.

    With ``wait`` a camera that is not there (yet) is tried again and again (the window: it
    may be plugged in); without, it is refused at once.

    Raises:
        UserError: no such file; or, without ``wait``, no such camera, named with those found.
    """
    if not spec.isdigit() and "://" not in spec and "%" not in spec and not Path(spec).exists():
        raise UserError(_("No camera, video file or stream '{spec}'.").format(spec=spec))
    source = OpenCvSource(spec, width, height)
    if not wait and spec.isdigit() and not source.opened():
        source.close()
        found = ", ".join(str(index) for index in list_cameras()) or _("none")
        raise UserError(
            _(
                "Camera {index} cannot be opened: it is not there or another program is using "
                "it (cameras that work here: {found}). Plug it in or close the other program, "
                "or give a video file."
            ).format(index=spec, found=found)
        )
    return source


def list_cameras(max_index: int = 6) -> list[int]:
    """Return the indexes of the cameras that open and deliver a frame."""
    found = []
    quiet_opencv()
    for index in range(max_index):
        capture = cv2.VideoCapture(index)
        if capture.isOpened() and capture.read()[0]:
            found.append(index)
        capture.release()
    return found
