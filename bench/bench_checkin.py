"""One durable check-in (committed, fsynced) on an event of 100,000 registrations: p95 < 10 ms.

Side by side, the bare cost of one fsynced INSERT in the same file and run (the floor a
durable check-in cannot go under), so the ratio shows what the rules and the log add.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from checkin.demo import make_demo
from checkin.domain.model import Method

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
COUNT = 1000


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        desk = make_demo(Path(tmp) / "event.sqlite", size=SIZE, seed=3)
        codes = [r.code for r in desk.registrations() if r.status.value == "valid"][:COUNT]
        ours = []
        for code in codes:
            start = time.perf_counter()
            desk.check_in(code, Method.HANDHELD)
            ours.append((time.perf_counter() - start) * 1000)
        conn = desk.conn
        conn.execute("CREATE TABLE bare (id TEXT, code TEXT)")
        bare = []
        for code in codes:
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bare VALUES (?, ?)", (str(uuid.uuid4()), code))
            conn.execute("COMMIT")
            bare.append((time.perf_counter() - start) * 1000)
        desk.close()
    result = {
        "registrations": SIZE,
        "checkins": len(ours),
        "p50_ms": round(statistics.median(ours), 2),
        "p95_ms": round(p95(ours), 2),
        "bare_insert_p95_ms": round(p95(bare), 2),
        "ratio_p95": round(p95(ours) / p95(bare), 2),
    }
    print(json.dumps(result))
    print(
        f"| durable check-in, {SIZE:,} registrations | p50 {result['p50_ms']} ms, "
        f"p95 {result['p95_ms']} ms (target < 10) | bare fsynced insert p95 "
        f"{result['bare_insert_p95_ms']} ms | {result['ratio_p95']}x |"
    )


if __name__ == "__main__":
    main()
