"""Write the desk's three sounds to assets/sounds/ (stdlib only): ok, duplicate, rejected.

Distinct by pitch and rhythm, so a volunteer hears the outcome without looking: one bright
rising chirp (ok), two mid beeps (already checked in), one low buzz (refused).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds"
SOUNDS = {
    "ok": [(880, 0.08), (1320, 0.12)],
    "duplicate": [(660, 0.12), (0, 0.06), (660, 0.12)],
    "rejected": [(196, 0.35)],
}


def tone(frequency: float, seconds: float) -> list[int]:
    count = int(RATE * seconds)
    fade = max(1, int(RATE * 0.01))
    samples = []
    for index in range(count):
        envelope = min(1.0, index / fade, (count - index) / fade)
        value = math.sin(2 * math.pi * frequency * index / RATE) if frequency else 0.0
        samples.append(int(12000 * envelope * value))
    return samples


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        samples = [s for frequency, seconds in notes for s in tone(frequency, seconds)]
        with wave.open(str(OUT / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


if __name__ == "__main__":
    main()
