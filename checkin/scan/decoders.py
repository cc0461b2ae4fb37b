"""QR decoders over grey frames, chosen by measurement (bench/RESULTS.md, "Scanning").

zxing-cpp reads as many of the synthetic desk frames as the best of OpenCV's detectors at a
tenth of the cost, so it is the first pass, at full size only. It also says where it saw a
code it could not read (``return_errors``); only then does a rescue pass run, on that region
alone: the crop upscaled and sharpened (an unsharp mask gives a blurred code its edges back),
read again by zxing-cpp with either binariser and by OpenCV's detector. When it saw nothing at
all, a moiré pass reads the frame smoothed and reduced (a phone screen filmed by a webcam), and
a last look reads light-on-dark codes; these take the place of zxing-cpp's own downscaled and
inverted passes (off in the first pass), so a frame with no code (most of them at a desk)
costs about one plain zxing-cpp call. Only QR Model 2 is accepted: the whole QR family made
zxing-cpp report a phantom Micro QR on a noisy frame.
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
MOIRE_MIN_SIDE = 240  # frames smaller than this have no room for the moiré pass


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

    def __init__(
        self,
        binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
        downscale: bool = True,
        invert: bool = True,
    ) -> None:
        self.binarizer = binarizer
        self.downscale = downscale
        self.invert = invert

    def read(self, gray: np.ndarray) -> list[zxingcpp.Barcode]:
        return zxingcpp.read_barcodes(
            gray, formats=FORMAT, text_mode=zxingcpp.TextMode.Plain,
            binarizer=self.binarizer, return_errors=True, try_downscale=self.downscale,
            try_invert=self.invert,
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
    """zxing-cpp at full size, then a rescue pass or a moiré pass.

    The rescue pass runs where zxing-cpp saw a code it could not read; the moiré pass, and a
    look for a light-on-dark code, when it saw nothing at all.
    """

    name = "zxing-cpp+rescue+moire"

    def __init__(self) -> None:
        self.first = ZxingDecoder(downscale=False, invert=False)
        self.rescuers: tuple[Decoder, ...] = (
            ZxingDecoder(),
            ZxingDecoder(zxingcpp.Binarizer.GlobalHistogram),
            OpenCvDecoder(),
        )
        local = ZxingDecoder(downscale=False, invert=False)
        histogram = ZxingDecoder(zxingcpp.Binarizer.GlobalHistogram, downscale=False, invert=False)
        both_ways = ZxingDecoder(zxingcpp.Binarizer.GlobalHistogram, downscale=False)
        self.moire: tuple[tuple[int, ZxingDecoder], ...] = (
            (4, local),
            (4, histogram),
            (2, both_ways),  # a large light-on-dark code (a phone in dark mode) too
        )
        # A small light-on-dark code, at full size: a fixed threshold on the inverted frame
        # reads it at a quarter of what zxing-cpp's own inverted pass costs (measured).
        self.light_on_dark = ZxingDecoder(zxingcpp.Binarizer.FixedThreshold, False, False)

    def decode(self, gray: np.ndarray) -> list[Detection]:
        found, failed = [], []
        for barcode in self.first.read(gray):
            if barcode.valid and barcode.text:
                found.append(Detection(barcode.text, _points(barcode.position)))
            else:
                failed.append(barcode.position)
        for position in failed[:2]:
            found += self._rescue(gray, position)
        if not found and not failed:
            found = self._through_moire(gray) or self.light_on_dark.decode(cv2.bitwise_not(gray))
        return _unique(found)

    def _through_moire(self, gray: np.ndarray) -> list[Detection]:
        """Read a frame where nothing was seen at all, smoothed and made smaller.

        A phone screen filmed by a webcam shows moiré: the screen's pixel grid beats with the
        camera's, and zxing-cpp finds no finder pattern. A Gaussian pyramid (``pyrDown``:
        smooth, then halve) at a half and a quarter of the size smooths the beat away while
        the code's modules stay a few pixels wide. This pass takes the place of zxing-cpp's
        own downscaled pass (off in the first pass), so an empty frame costs about what one
        plain zxing-cpp call does (bench/RESULTS.md).
        """
        if min(gray.shape[:2]) < MOIRE_MIN_SIDE:
            return []
        half = cv2.pyrDown(gray)
        levels = {2: half, 4: cv2.pyrDown(half)}
        for scale, decoder in self.moire:
            hits = decoder.decode(levels[scale])
            if hits:
                return [Detection(h.text, tuple((x * scale, y * scale) for x, y in h.points))
                        for h in hits]  # fmt: skip
        return []

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
