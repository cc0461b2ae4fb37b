"""The scanner: frames in, ticket codes out, on threads of its own and with no Qt.

Live sources (a webcam, a stream) are read on a reader thread into a one-frame slot; the
decode thread always takes the newest frame, so a slow decode drops frames instead of
falling behind (the newest frame wins, as in PySide6's mandelbrot example). Files are read
frame by frame with none dropped (``run_until_end``), or paced at their own frame rate when
played as a camera (``start``). Codes are debounced and reported through plain callbacks;
the window's bridge turns them into Qt signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from checkin.scan.debounce import Debouncer
from checkin.scan.decoders import Decoder, Detection, Points, choose, to_gray
from checkin.scan.slot import Frame, FrameSlot
from checkin.scan.sources import FrameSource, SourceEnded


@dataclass(frozen=True)
class ScanEvent:
    """A code that just came into view.

    Attributes:
        text: the code's text as decoded (`checkin.desk.Desk.check_in` reads it).
        points: its outline in the frame, four (x, y) corners in pixels.
        at: the frame's time in seconds (`checkin.scan.slot.Frame.at`): `time.monotonic()`
            when the frame was read, except for a file decoded frame by frame
            (`Scanner.run_until_end`), where it is the place in the video. The window's
            scanner (`Scanner.start`) always gives monotonic times, so the desk can time a
            check-in from it (`checkin.desk.Desk.check_in`'s ``seen_at``).
        others: how many other codes the same frame held.
    """

    text: str
    points: Points
    at: float
    others: int


@dataclass(frozen=True)
class Preview:
    """A frame for the window to show, with the outlines of the codes found in it.

    Attributes:
        image: the frame, height x width x 3 ``uint8`` in OpenCV's BGR order (the window
            converts it; grey sources give height x width).
        outlines: each code's four (x, y) corners in pixels of ``image``.
        at: the frame's time in seconds (see `checkin.scan.slot.Frame.at`).
    """

    image: np.ndarray
    outlines: tuple[Points, ...]
    at: float


class Scanner:
    """Runs a frame source through a decoder and a debouncer, calling back with new codes.

    Args:
        source: where frames come from (`checkin.scan.sources.open_source`).
        on_code: called with each code that comes into view (on the decode thread).
        decoder: reads QR codes in a grey frame (default `checkin.scan.decoders.choose`).
        on_preview: called with a frame to show, at most every ``preview_interval``.
        on_error: called with a sentence when the source fails for a moment.
        on_end: called once when a file source has no more frames.
        preview_interval: seconds between previews (0.033: one frame at 30 fps).
        debouncer: when a code fires again (default: once it was out of view 0.8 s).
    """

    def __init__(
        self,
        source: FrameSource,
        on_code: Callable[[ScanEvent], None],
        *,
        decoder: Decoder | None = None,
        on_preview: Callable[[Preview], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_end: Callable[[], None] | None = None,
        preview_interval: float = 0.033,
        debouncer: Debouncer | None = None,
    ) -> None:
        self.source = source
        self.decoder = decoder or choose()
        self.debouncer = debouncer or Debouncer()
        self.on_code, self.on_preview = on_code, on_preview
        self.on_error, self.on_end = on_error, on_end
        self.preview_interval = preview_interval
        self.slot = FrameSlot()
        self.frames_decoded = 0
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._last_preview = 0.0

    # -- running ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the reader and decode threads; returns at once."""
        self._threads = [
            threading.Thread(target=self._read_loop, name="scan-read", daemon=True),
            threading.Thread(target=self._decode_loop, name="scan-decode", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop both threads and close the source.

        Args:
            timeout: how long to wait for each thread to end, in seconds; a thread stuck in
                a camera driver is left to end on its own (they are daemon threads).
        """
        self._stop.set()
        self.slot.close()
        for thread in self._threads:
            thread.join(timeout)
        self.source.close()

    def run_until_end(self) -> None:
        """Decode every frame of a file (or a camera until stop) in the calling thread."""
        index = 0
        try:
            while not self._stop.is_set():
                image = self.source.read()
                if image is None:
                    continue
                at = index / self.source.fps if not self.source.live else time.monotonic()
                self.process(Frame(image, at))
                index += 1
        except SourceEnded:
            pass
        finally:
            self.source.close()
        if self.on_end:
            self.on_end()

    # -- the loops ----------------------------------------------------------------------
    def _read_loop(self) -> None:
        pace = 0.0 if self.source.live else 1.0 / self.source.fps
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                image = self.source.read()
            except SourceEnded:
                break
            except Exception as error:  # a camera driver may raise anything
                self._report(f"camera: {error}")
                continue
            if image is None:
                self._report(f"No picture from {self.source.description}; trying again.")
                continue
            self.slot.put(Frame(image, time.monotonic()))
            if pace:
                time.sleep(max(0.0, pace - (time.monotonic() - started)))
        self.slot.close()

    def _decode_loop(self) -> None:
        while not self._stop.is_set():
            frame = self.slot.take(timeout=0.2)
            if frame is not None:
                self.process(frame)
            elif self.slot.closed:
                break
        if self.on_end and not self._stop.is_set():
            self.on_end()

    def process(self, frame: Frame) -> list[Detection]:
        """Decode one frame, fire new codes and, now and then, a preview.

        Returns:
            Every code found in the frame (new or not), in the decoder's order.
        """
        detections = self.decoder.decode(to_gray(frame.image))
        self.frames_decoded += 1
        fresh = self.debouncer.feed([d.text for d in detections], frame.at)
        if fresh:
            first = next(d for d in detections if d.text == fresh[0])
            self.on_code(ScanEvent(first.text, first.points, frame.at, len(detections) - 1))
        if self.on_preview and (frame.at - self._last_preview >= self.preview_interval):
            self._last_preview = frame.at
            self.on_preview(Preview(frame.image, tuple(d.points for d in detections), frame.at))
        return detections

    def _report(self, message: str) -> None:
        if self.on_error:
            self.on_error(message)
