"""QR decoders over grey frames, chosen by measurement (bench/RESULTS.md, "Scanning").

zxing-cpp reads as many of the synthetic desk frames as the best of OpenCV's detectors at a
tenth of the cost, so it is the first pass. It also says where it saw a code it could not
read (``return_errors``); only then does a second pass run, on that region alone: the crop
upscaled and sharpened (an unsharp mask gives a blurred code its edges back), read again by
zxing-cpp with either binariser and by OpenCV's detector. Frames
with no code at all (most of them at a desk) cost one zxing-cpp call. Only QR Model 2 is
accepted: the whole QR family made zxing-cpp report a phantom Micro QR on a noisy frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import cv2
import numpy as np
import zxingcpp

Points = tuple[tuple[float, float], ...]
FORMAT = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCodeModel2)
CROP_MARGIN = 0.25
UPSCALE_TARGET = 480


@dataclass(frozen=True)
class Detection:
    """A decoded code and the corners of where it was in the frame."""

    text: str
    points: Points


class Decoder(Protocol):
    """Anything that turns a grey frame into the codes it can read."""

    name: str

    def decode(self, gray: np.ndarray) -> list[Detection]: ...


def _points(
    position: zxingcpp.Position, dx: float = 0.0, dy: float = 0.0, scale: float = 1.0
) -> Points:
    corners = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    return tuple((dx + c.x / scale, dy + c.y / scale) for c in corners)


class ZxingDecoder:
    """zxing-cpp alone: the fastest reader that reads the most (measured)."""

    name = "zxing-cpp"

    def __init__(self, binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage) -> None:
        self.binarizer = binarizer

    def read(self, gray: np.ndarray) -> list[zxingcpp.Barcode]:
        return zxingcpp.read_barcodes(
            gray, formats=FORMAT, text_mode=zxingcpp.TextMode.Plain,
            binarizer=self.binarizer, return_errors=True,
        )  # fmt: skip

    def decode(self, gray: np.ndarray) -> list[Detection]:
        return [
            Detection(b.text, _points(b.position)) for b in self.read(gray) if b.valid and b.text
        ]


class OpenCvDecoder:
    """OpenCV's ArUco-based QR detector: slower, a second opinion on hard regions."""

    name = "opencv"

    def __init__(self) -> None:
        self.detector = cv2.QRCodeDetectorAruco()

    def decode(self, gray: np.ndarray) -> list[Detection]:
        try:  # OpenCV raises on some valid codes; a live loop must not die of it
            ok, texts, points, _ = self.detector.detectAndDecodeMulti(gray)
        except cv2.error:
            return []
        if not ok or points is None:
            return []
        return [
            Detection(text, tuple((float(x), float(y)) for x, y in corners))
            for text, corners in zip(texts, points, strict=True)
            if text
        ]


class LayeredDecoder:
    """zxing-cpp first; a second pass only on regions where it saw a code but could not read it."""

    name = "zxing-cpp+rescue"

    def __init__(self) -> None:
        self.first = ZxingDecoder()
        self.rescuers: tuple[Decoder, ...] = (
            self.first,
            ZxingDecoder(zxingcpp.Binarizer.GlobalHistogram),
            OpenCvDecoder(),
        )

    def decode(self, gray: np.ndarray) -> list[Detection]:
        found, failed = [], []
        for barcode in self.first.read(gray):
            if barcode.valid and barcode.text:
                found.append(Detection(barcode.text, _points(barcode.position)))
            else:
                failed.append(barcode.position)
        for position in failed[:2]:
            found += self._rescue(gray, position)
        return _unique(found)

    def _rescue(self, gray: np.ndarray, position: zxingcpp.Position) -> list[Detection]:
        crop, dx, dy = _crop(gray, position)
        if crop.size == 0:
            return []
        scale = max(1.0, UPSCALE_TARGET / max(crop.shape))
        if scale > 1.0:
            crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        for rescuer, image in [(r, v) for v in (_sharpened(crop), crop) for r in self.rescuers]:
            hits = rescuer.decode(image)
            if hits:
                return [
                    Detection(h.text, tuple((dx + x / scale, dy + y / scale) for x, y in h.points))
                    for h in hits
                ]
        return []


def _sharpened(gray: np.ndarray) -> np.ndarray:
    """Unsharp mask: gives a blurred code's modules back their edges."""
    return cv2.addWeighted(gray, 1.8, cv2.GaussianBlur(gray, (0, 0), 2.0), -0.8, 0)


def _crop(gray: np.ndarray, position: zxingcpp.Position) -> tuple[np.ndarray, int, int]:
    corners = _points(position)
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    margin = CROP_MARGIN * max(max(xs) - min(xs), max(ys) - min(ys), 16)
    left, top = max(0, int(min(xs) - margin)), max(0, int(min(ys) - margin))
    right = min(gray.shape[1], int(max(xs) + margin))
    bottom = min(gray.shape[0], int(max(ys) + margin))
    return gray[top:bottom, left:right], left, top


def _unique(found: list[Detection]) -> list[Detection]:
    seen: dict[str, Detection] = {}
    for detection in found:
        seen.setdefault(detection.text, detection)
    return list(seen.values())


DECODERS = {"zxing": ZxingDecoder, "opencv": OpenCvDecoder, "layered": LayeredDecoder}


def choose(name: str = "layered") -> Decoder:
    """Return a decoder by name: layered (default), zxing or opencv."""
    if name not in DECODERS:
        raise ValueError(f"unknown decoder '{name}' (choose from {', '.join(DECODERS)})")
    decoder: Decoder = DECODERS[name]()
    return decoder


def to_gray(frame: np.ndarray) -> np.ndarray:
    """Return a grey view of a BGR (or already grey) frame."""
    if frame.ndim == 2:
        return frame
    return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
