"""QR decoding on ../shared/qr-bench's synthetic desk frames: ours beside the raw calls.

In one run, on the same 1280x720 frames (300 with a ticket, 100 empty): our default decoder
(`checkin.scan.decoders.choose()`, zxing-cpp with a rescue pass), the raw zxing-cpp call, and
the raw OpenCV detectors. Targets: read at least as many as the best, zero wrong decodes,
zero false positives on empty frames, and per-frame cost within 1.2x of the raw zxing-cpp
call, on frames with a code and on empty ones (most frames at a desk are empty). A second set:
200 phone screens filmed by a webcam, with moiré (`checkin.scan.screens`, issue 11's kind
14). The frames are generated once into ~/.cache/checkin-bench (segno, about 75 s; the phone
screens about 40 s).
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
SCREENS = Path.home() / ".cache" / "checkin-bench" / "screens"
SCREEN_COUNT = 200
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


def screen_frames() -> list[tuple[str, str | None, Any]]:
    """Return phone screens filmed by a webcam (moiré), made once and kept as PNG files."""
    from checkin.scan.screens import filmed, shots

    SCREENS.mkdir(parents=True, exist_ok=True)
    out: list[tuple[str, str | None, Any]] = []
    for index, shot in zip(range(SCREEN_COUNT), shots(2026), strict=False):
        text, path = f"NHI-{300000 + index}", SCREENS / f"{index:03d}.png"
        if not path.exists():
            cv2.imwrite(str(path), filmed(text, shot))
        out.append(("screen", text, cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)))
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


class Tally:
    """One decoder's reads and times over a set of frames."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.per_bucket: Counter[str] = Counter()
        self.with_code: list[float] = []
        self.empty: list[float] = []

    def add(self, bucket: str, expected: str | None, texts: list[str], ms: float) -> None:
        (self.with_code if expected is not None else self.empty).append(ms)
        if expected is None:
            self.counts["false_positive"] += bool(texts)
        elif expected in texts:
            self.counts["read"] += 1
            self.per_bucket[bucket] += 1
        elif texts:
            self.counts["wrong"] += 1

    def summary(self) -> dict[str, object]:
        code, empty = self.with_code, self.empty
        return {
            "read": self.counts["read"],
            "wrong": self.counts["wrong"],
            "false_positives": self.counts["false_positive"],
            "ms_median": round(statistics.median(code), 2),
            "ms_p95": round(statistics.quantiles(code, n=20)[-1], 2),
            "ms_empty_median": round(statistics.median(empty), 2) if empty else None,
            "ms_empty_p95": round(statistics.quantiles(empty, n=20)[-1], 2) if empty else None,
            "ms_mean": round(statistics.fmean(code + empty), 2),
            "buckets": dict(self.per_bucket),
        }


def measure(
    decoders: dict[str, Decode], data: list[tuple[str, str | None, Any]]
) -> dict[str, dict[str, object]]:
    """Time every decoder on each frame in turn, so a busy moment costs them all alike.

    The order rotates from frame to frame: the decoder that reads a frame first pays for
    bringing it into the CPU's cache.
    """
    for decode in decoders.values():
        for _, _, gray in data[:5]:
            decode(gray)
    tallies = {name: Tally() for name in decoders}
    names = list(decoders)
    for index, (bucket, expected, gray) in enumerate(data):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            decode = decoders[name]
            start = time.perf_counter()
            texts = decode(gray)
            tallies[name].add(bucket, expected, texts, (time.perf_counter() - start) * 1000)
    return {name: tally.summary() for name, tally in tallies.items()}


def main() -> None:
    cv2.setNumThreads(1)
    data = frames()
    decoders: dict[str, Decode] = {
        "checkin (zxing-cpp + rescue + moiré)": ours(),
        "raw zxing-cpp": raw_zxing,
        "raw OpenCV QRCodeDetector": raw_opencv(cv2.QRCodeDetector()),
        "raw OpenCV QRCodeDetectorAruco": raw_opencv(cv2.QRCodeDetectorAruco()),
    }
    results = measure(decoders, data)
    screens = screen_frames()
    moire = measure({name: decoders[name] for name in list(decoders)[:2]}, screens)
    print(json.dumps({"synthetic": results, "phone_screens": moire}))
    table(results, data)
    mine, raw = results["checkin (zxing-cpp + rescue + moiré)"], results["raw zxing-cpp"]
    for key, what in (
        ("ms_median", "frames with a code, median"),
        ("ms_empty_median", "empty frames, median"),
        ("ms_empty_p95", "empty frames, p95"),
        ("ms_mean", "all frames, mean"),
    ):
        print(f"cost ratio ours / raw zxing-cpp ({what}): "
              f"{float(str(mine[key])) / float(str(raw[key])):.2f}x (target <= 1.2x)")  # fmt: skip
    print(f"phone screens with moiré, read of {len(screens)}: "
          + ", ".join(f"{name} {r['read']} ({r['wrong']} wrong, median {r['ms_median']} ms)"
                      for name, r in moire.items()))  # fmt: skip


def table(results: dict[str, dict[str, object]], data: list[tuple[str, str | None, Any]]) -> None:
    total = sum(1 for _, expected, _ in data if expected is not None)
    print(
        f"| decoder | read of {total} | wrong | false positives of {len(data) - total} "
        "| ms/frame median | p95 | empty frame median | empty p95 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['read']} | {r['wrong']} | {r['false_positives']} | {r['ms_median']} "
            f"| {r['ms_p95']} | {r['ms_empty_median']} | {r['ms_empty_p95']} |"
        )


if __name__ == "__main__":
    main()
