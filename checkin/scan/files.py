"""Decoding image files in bulk (``checkin decode``): one decoder, many files, one process."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from checkin.scan.decoders import Decoder, choose, to_gray

MAX_PIXELS = 40_000_000


@dataclass(frozen=True)
class FileResult:
    """What one image file held: its codes and the decode time, or why it could not be read."""

    file: str
    codes: tuple[str, ...]
    ms: float
    error: str = ""

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"file": self.file, "codes": list(self.codes), "ms": self.ms}
        if self.error:
            out["error"] = self.error
        return out


def read_image(path: Path) -> np.ndarray | str:
    """Return an image as a grey array, or a message saying why it cannot be read."""
    if not path.is_file():
        return "no such file"
    data = np.fromfile(str(path), dtype=np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    if image is None:
        return "not an image OpenCV can read"
    if image.size > MAX_PIXELS:
        return f"image too large ({image.shape[1]}x{image.shape[0]})"
    return image


def decode_file(path: Path, decoder: Decoder | None = None) -> FileResult:
    """Decode every QR code in one image file."""
    image = read_image(path)
    if isinstance(image, str):
        return FileResult(str(path), (), 0.0, image)
    start = time.perf_counter()
    detections = (decoder or choose()).decode(to_gray(image))
    elapsed = round((time.perf_counter() - start) * 1000, 2)
    return FileResult(str(path), tuple(d.text for d in detections), elapsed)
