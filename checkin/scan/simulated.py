"""A pretend webcam for the demo and the tests: demo tickets held up to a desk camera in turn.

Each ticket comes into view, stays about 1.5 s, leaves, and the next one follows after a
pause, so the whole pipeline (decode, debounce, check-in, card, badge) runs with no camera.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import cv2
import numpy as np
import qrcode

WIDTH, HEIGHT = 960, 540
SHOW_SECONDS = 1.5
GAP_SECONDS = 1.5


def qr_image(payload: str, module_px: int = 6, border: int = 4) -> np.ndarray:
    """Return a grey image of a QR code (dark modules 0, light 255), made with qrcode."""
    code = qrcode.QRCode(border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = np.array(code.get_matrix(), dtype=bool)
    image = np.where(matrix, 0, 255).astype(np.uint8)
    return cv2.resize(image, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)


def desk_background(width: int = WIDTH, height: int = HEIGHT) -> np.ndarray:
    """Return a plain desk-like background with a soft gradient (BGR)."""
    ramp = np.linspace(90, 140, width, dtype=np.uint8)
    base = np.tile(ramp, (height, 1))
    return cv2.merge([base, (base * 0.9).astype(np.uint8), (base * 0.8).astype(np.uint8)])


class SimulatedCamera:
    """A live-paced frame source that shows the given ticket payloads one after another."""

    live = True

    def __init__(self, payloads: Sequence[str], fps: float = 30.0, loop: bool = True) -> None:
        if not payloads:
            raise ValueError("the simulated camera needs at least one ticket to show")
        self.payloads = list(payloads)
        self.fps = fps
        self.loop = loop
        self.description = "demo camera"
        self._background = desk_background()
        self._cards = [self._card(p) for p in self.payloads[:50]]
        self._started = time.monotonic()
        self._last = 0.0

    @staticmethod
    def _card(payload: str) -> np.ndarray:
        code = qr_image(payload)
        card = np.full((code.shape[0] + 40, code.shape[1] + 40), 250, np.uint8)
        card[20 : 20 + code.shape[0], 20 : 20 + code.shape[1]] = code
        return cv2.cvtColor(card, cv2.COLOR_GRAY2BGR)

    def frame_at(self, seconds: float) -> np.ndarray:
        """Return the frame the camera shows ``seconds`` after it started."""
        frame = self._background.copy()
        period = SHOW_SECONDS + GAP_SECONDS
        index, phase = divmod(seconds, period)
        if phase < SHOW_SECONDS:
            card = self._cards[int(index) % len(self._cards)]
            drift = int(6 * np.sin(seconds * 3))
            top = (HEIGHT - card.shape[0]) // 2 + drift
            left = (WIDTH - card.shape[1]) // 2 + drift
            frame[top : top + card.shape[0], left : left + card.shape[1]] = card
        return frame

    def read(self) -> np.ndarray | None:
        wait = self._last + 1.0 / self.fps - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last = time.monotonic()
        return self.frame_at(self._last - self._started)

    def close(self) -> None:
        """Nothing to release."""
