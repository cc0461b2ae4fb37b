"""A phone screen filmed by a webcam, simulated: moiré test frames for the tests and the bench.

A ticket shown on a phone is a QR code drawn with the screen's pixels, each made of red, green
and blue sub-pixels with dark gaps between them. A webcam samples that grid with its own,
slightly rotated and scaled; the two beat, and the light modules come out striped or mottled
(moiré). Here the screen is drawn at nine samples per screen pixel, rotated, sampled by a
camera whose pixels see a small spot each (``aperture``, in camera pixels), placed on a desk
background with sensor noise, and JPEG-compressed as a webcam stream is.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from checkin.scan.simulated import desk_background, qr_image

SUB = 9  # samples per screen pixel
SUBPIXELS = ((0.6, 0), (1.0, 3), (0.3, 6))  # red, green, blue: brightness and column
DOT = (5, 2)  # a sub-pixel's height and width, in samples; the rest of the pixel is dark


@dataclass(frozen=True)
class Shot:
    """How the phone was held and filmed."""

    module_px: int = 12  # screen pixels per QR module
    size: int = 300  # the code's side in the camera frame, px
    angle: float = 1.5  # degrees
    aperture: float = 0.2  # camera pixel's light-gathering spot, in camera pixels (sigma)
    quality: int = 80  # JPEG
    seed: int = 0


def screen(payload: str, module_px: int) -> np.ndarray:
    """Return the lit screen showing a QR code, SUB samples per screen pixel (float, 0-1)."""
    pixel = np.zeros((SUB, SUB), np.float32)
    for brightness, column in SUBPIXELS:
        pixel[1 : 1 + DOT[0], column : column + DOT[1]] = brightness
    modules = qr_image(payload, module_px=1, border=4).astype(np.float32) / 255
    lit = np.kron(modules, np.ones((module_px, module_px), np.float32))
    return np.kron(lit, pixel)


def filmed(payload: str, shot: Shot, width: int = 960, height: int = 540) -> np.ndarray:
    """Return a grey camera frame of the phone screen showing ``payload``."""
    lit = screen(payload, shot.module_px)
    lit *= 120 / max(float(lit.mean()), 1e-6)  # the camera's exposure
    side = lit.shape[0]
    turn = cv2.getRotationMatrix2D((side / 2, side / 2), shot.angle, 1.0)
    lit = cv2.warpAffine(lit, turn, (side, side), flags=cv2.INTER_LINEAR, borderValue=0)
    lit = cv2.GaussianBlur(lit, (0, 0), max(shot.aperture * side / shot.size, 0.1))
    code = cv2.resize(lit, (shot.size, shot.size), interpolation=cv2.INTER_LINEAR)
    frame = cv2.cvtColor(desk_background(width, height), cv2.COLOR_BGR2GRAY).astype(np.float32)
    top, left = (height - shot.size) // 2, (width - shot.size) // 2
    frame[top : top + shot.size, left : left + shot.size] = code
    noise = np.random.default_rng(shot.seed).normal(0.0, 3.0, size=frame.shape)
    image = np.clip(frame + noise, 0, 255).astype(np.uint8)
    _, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, shot.quality])
    decoded = cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)
    if decoded is None:  # pragma: no cover - OpenCV reads back its own JPEG
        raise RuntimeError("OpenCV could not read back the JPEG it wrote")
    return np.asarray(decoded, dtype=np.uint8)


def shots(seed: int) -> Iterator[Shot]:
    """Yield ways of filming a phone, varied and repeatable from a seed."""
    rng = random.Random(seed)
    while True:
        yield Shot(
            module_px=rng.randint(9, 16), size=rng.randint(200, 420),
            angle=rng.uniform(0.3, 6), aperture=rng.uniform(0.05, 0.45),
            quality=rng.randint(60, 92), seed=rng.randrange(1 << 30),
        )  # fmt: skip
