"""One frame slot: the camera overwrites it, the decoder takes the newest. Lag cannot build up."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Frame:
    """A frame from a source and when it was taken.

    Attributes:
        image: the picture as the source gave it: height x width x 3 ``uint8`` in OpenCV's
            BGR order, or height x width for a grey source.
        at: when, in seconds. For a live source (a camera, a stream) it is
            ``time.monotonic()`` when the frame was read; for a file decoded frame by frame
            (`Scanner.run_until_end`) it is the frame's place in the video, index / fps,
            so a file's timing does not depend on how fast it is decoded.
    """

    image: np.ndarray
    at: float


class FrameSlot:
    """Holds at most one frame; putting a new one drops the old one unread."""

    def __init__(self) -> None:
        self._frame: Frame | None = None
        self._ready = threading.Condition()
        self.dropped = 0
        self.closed = False

    def put(self, frame: Frame) -> None:
        with self._ready:
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._ready.notify()

    def take(self, timeout: float) -> Frame | None:
        """Return the newest frame, waiting up to ``timeout`` seconds; None if none or closed."""
        with self._ready:
            if self._frame is None and not self.closed:
                self._ready.wait(timeout)
            frame, self._frame = self._frame, None
            return frame

    def close(self) -> None:
        """Wake the taker for good (the source ended or the scanner stops)."""
        with self._ready:
            self.closed = True
            self._ready.notify_all()
