"""Test media made by the tests: QR images from several generators, and video files."""

from pathlib import Path

import cv2
import numpy as np
import zxingcpp

from checkin.scan.simulated import desk_background, qr_image


def opencv_qr(payload: str, scale: int = 6) -> np.ndarray:
    encoded = cv2.QRCodeEncoder.create().encode(payload)
    image = cv2.resize(encoded, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    return cv2.copyMakeBorder(image, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)


def zxing_qr(payload: str) -> np.ndarray:
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    image = np.array(zxingcpp.write_barcode_to_image(barcode, scale=6), dtype=np.uint8)
    return cv2.copyMakeBorder(image, 24, 24, 24, 24, cv2.BORDER_CONSTANT, value=255)


def place(frame: np.ndarray, code: np.ndarray, left: int, top: int) -> None:
    colour = cv2.cvtColor(code, cv2.COLOR_GRAY2BGR)
    frame[top : top + code.shape[0], left : left + code.shape[1]] = colour


def write_video(path: Path, timeline: list[list[tuple[str, int, int]]], size=(640, 360), fps=30):
    """Write an MJPG video: one frame per timeline entry, each a list of (payload, x, y)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
    background = desk_background(*size)
    cache: dict[str, np.ndarray] = {}
    for codes in timeline:
        frame = background.copy()
        for payload, left, top in codes:
            code = cache.setdefault(payload, qr_image(payload, module_px=4))
            place(frame, code, left, top)
        writer.write(frame)
    writer.release()
    return path
