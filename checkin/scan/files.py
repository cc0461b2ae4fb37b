"""Decoding image files in bulk (``checkin decode``): one decoder, many files, one process.

An image's size is read from its header (imagesize) before it is decoded, so a file that
claims 60000x60000 pixels in a few hundred kilobytes is refused (limit MAX_PIXELS) without
allocating gigabytes; a file that is not an image, or that OpenCV cannot decode, is refused
with a reason, and the other files are still decoded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import imagesize
import numpy as np

from checkin.domain.payload import strip_invisible
from checkin.messages import N_, said
from checkin.scan.decoders import Decoder, choose, to_gray

MAX_PIXELS = 40_000_000  # 40 megapixels: a phone photo is 12 to 50 (a 50 is refused)
MAX_FILE_BYTES = 100_000_000


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


def header_size(path: Path) -> tuple[int, int] | None:
    """Return (width, height) from an image file's header, or None if it does not say."""
    try:
        width, height = imagesize.get(str(path))
    except Exception:  # imagesize raises what its parsers meet on a broken header
        return None
    return (int(width), int(height)) if width > 0 and height > 0 else None


def too_large(width: int, height: int) -> str:
    return said(
        N_("image too large ({width}x{height} pixels; the limit is {limit} megapixels)"),
        width=width, height=height, limit=MAX_PIXELS // 1_000_000,
    )  # fmt: skip


def read_image(path: Path) -> np.ndarray | str:
    """Return an image as a grey array, or a message saying why it cannot be read."""
    if path.is_dir():
        return N_("is a folder, not an image")
    if not path.is_file():
        return N_("no such file") if not path.exists() else N_("not a file but a device or a pipe")
    size = header_size(path)
    if size is not None and size[0] * size[1] > MAX_PIXELS:
        return too_large(*size)
    if path.stat().st_size > MAX_FILE_BYTES:
        return said(N_("file too large ({size} MB)"), size=path.stat().st_size // 1_000_000)
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
        image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    except (cv2.error, OSError, MemoryError):
        image = None
    if image is None:
        return N_("not an image OpenCV can read")
    if image.size > MAX_PIXELS:
        return too_large(image.shape[1], image.shape[0])
    return image


def decode_file(path: Path, decoder: Decoder | None = None) -> FileResult:
    """Decode every QR code in one image file."""
    image = read_image(path)
    if isinstance(image, str):
        return FileResult(str(path), (), 0.0, image)
    start = time.perf_counter()
    detections = (decoder or choose()).decode(to_gray(image))
    elapsed = round((time.perf_counter() - start) * 1000, 2)
    codes = tuple(strip_invisible(d.text) for d in detections)  # a BOM is no part of a code
    return FileResult(str(path), codes, elapsed)
