"""QR decoding on ../shared/qr-bench's synthetic desk frames: ours beside the raw calls.

In one run, on the same 1280x720 frames (300 with a ticket, 100 empty): our default decoder
(`checkin.scan.decoders.choose()`, zxing-cpp with a rescue pass), the raw zxing-cpp call, and
the raw OpenCV detectors. Targets: read at least as many as the best, zero wrong decodes,
zero false positives on empty frames, and per-frame cost within 1.2x of the raw zxing-cpp
call. The frames are generated once into ~/.cache/checkin-bench (segno, about 75 s).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import zxingcpp

from checkin.scan.decoders import choose

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "checkin-bench" / "synth"
GENERATOR = ROOT.parent / "shared" / "qr-bench" / "gen_synthetic.py"
Decode = Callable[[np.ndarray], list[str]]


def frames() -> list[tuple[str, str | None, Any]]:
    if not (CACHE / "manifest.json").exists():
        subprocess.run([sys.executable, str(GENERATOR), "--out", str(CACHE)], check=True)
    buckets = {
        f["file"]: f["bucket"] for f in json.loads((CACHE / "manifest.json").read_text())["frames"]
    }
    out = []
    for path in sorted(CACHE.glob("*.jpg")):
        expected = path.with_suffix(".txt")
        text = expected.read_text(encoding="utf-8") if expected.exists() else None
        gray = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        out.append((buckets.get(path.name, "empty"), text, gray))
    return out


def raw_zxing(gray: np.ndarray) -> list[str]:
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCodeModel2)
    found = zxingcpp.read_barcodes(gray, formats=formats, text_mode=zxingcpp.TextMode.Plain)
    return [b.text for b in found]


def raw_opencv(detector: Any) -> Decode:
    def decode(gray: np.ndarray) -> list[str]:
        try:
            text, _, _ = detector.detectAndDecode(gray)
        except cv2.error:
            return []
        return [text] if text else []

    return decode


def ours() -> Decode:
    decoder = choose()
    return lambda gray: [d.text for d in decoder.decode(gray)]


def measure(decode: Decode, data: list[tuple[str, str | None, Any]]) -> dict[str, object]:
    for _, _, gray in data[:5]:
        decode(gray)
    counts: Counter[str] = Counter()
    per_bucket: Counter[str] = Counter()
    with_code: list[float] = []
    empty: list[float] = []
    for bucket, expected, gray in data:
        start = time.perf_counter()
        texts = decode(gray)
        elapsed = (time.perf_counter() - start) * 1000
        (with_code if expected is not None else empty).append(elapsed)
        if expected is None:
            counts["false_positive"] += bool(texts)
        elif expected in texts:
            counts["read"] += 1
            per_bucket[bucket] += 1
        elif texts:
            counts["wrong"] += 1
    return {
        "read": counts["read"],
        "wrong": counts["wrong"],
        "false_positives": counts["false_positive"],
        "ms_median": round(statistics.median(with_code), 2),
        "ms_p95": round(statistics.quantiles(with_code, n=20)[-1], 2),
        "ms_empty_median": round(statistics.median(empty), 2),
        "buckets": dict(per_bucket),
    }


def main() -> None:
    cv2.setNumThreads(1)
    data = frames()
    results = {
        "checkin (zxing-cpp + rescue)": measure(ours(), data),
        "raw zxing-cpp": measure(raw_zxing, data),
        "raw OpenCV QRCodeDetector": measure(raw_opencv(cv2.QRCodeDetector()), data),
        "raw OpenCV QRCodeDetectorAruco": measure(raw_opencv(cv2.QRCodeDetectorAruco()), data),
    }
    total = sum(1 for _, expected, _ in data if expected is not None)
    ours_ms = float(str(results["checkin (zxing-cpp + rescue)"]["ms_median"]))
    zxing_ms = float(str(results["raw zxing-cpp"]["ms_median"]))
    print(json.dumps(results))
    print(
        f"| decoder | read of {total} | wrong | false positives of {len(data) - total} "
        "| ms/frame median | p95 | empty frame median |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['read']} | {r['wrong']} | {r['false_positives']} | {r['ms_median']} "
            f"| {r['ms_p95']} | {r['ms_empty_median']} |"
        )
    print(
        f"cost ratio ours / raw zxing-cpp (median, frames with a code): "
        f"{float(ours_ms) / float(zxing_ms):.2f}x (target <= 1.2x)"
    )


if __name__ == "__main__":
    main()
