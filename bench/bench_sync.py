"""The desk's side of sync over loopback: a desk pushes 10,000 check-ins, a desk pulls 100,000.

Ours: `checkin.sync.engine.SyncEngine.run_once` on a real event file against `checkin hub
serve` on SQLite: the outbox read in batches of 500 (each batch marked before it is sent,
acknowledged after), pushed, then the pull of what is new applied page by page with its cursor
(check-ins by id, registrations merged field by field with their clocks, the search index kept).
Peer in the same run: the bare cost of the same rows, `requests` to a plain ASGI app that
bulk-inserts them into SQLite (bench/_hub_raw_server.py), and for the pull the same rows read
raw and bulk-inserted into a plain SQLite table. Prints one JSON line per figure.
Sizes: BENCH_SYNC_PUSH (10000), BENCH_SYNC_PULL (100000).
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_hub as hub_bench  # its hub, raw server and seeding

from checkin.desk import Desk, EventSeed, SyncLedger
from checkin.domain.model import Method
from checkin.domain.sync_model import HUB, HubLink
from checkin.sync.client import HubClient
from checkin.sync.engine import SyncEngine

PUSH = int(os.environ.get("BENCH_SYNC_PUSH", "10000"))
PULL = int(os.environ.get("BENCH_SYNC_PULL", "100000"))
DAY = hub_bench.MORNING.date()


def desk_file(path: Path, url: str, slug: str, token: str, desk: str) -> SyncLedger:
    with HubClient(url, token) as client:
        info = client.event(slug)
    seed = EventSeed(info.id, info.name, tuple(info.days), info.timezone,
                     base64.b64decode(info.public_key), None)  # fmt: skip
    link = HubLink(HUB, url, slug, desk, datetime.now(UTC).isoformat())
    return SyncLedger.create(path, seed, link)


def sync_once(ledger: SyncLedger, url: str, token: str) -> tuple[float, Any]:
    with HubClient(url, token) as client:
        start = time.perf_counter()
        report = SyncEngine(ledger, client).run_once()
        return time.perf_counter() - start, report


def bench_push(tmp: Path, url: str, slug: str, token: str, raw_url: str) -> dict[str, Any]:
    ledger = desk_file(tmp / "desk-1.sqlite", url, slug, token, "desk-1")
    sync_once(ledger, url, token)  # the registrations first (not timed)
    desk = Desk.open(tmp / "desk-1.sqlite", "desk-1")
    codes = [row[0] for row in desk.conn.execute("SELECT code FROM registrations LIMIT ?",
                                                    (PUSH,))]  # fmt: skip
    for code in codes:
        desk.check_in(code, Method.SCAN, DAY)
    desk.close()
    outbox = [json.loads(row[0]) for row in ledger.db.conn.execute(
        "SELECT payload FROM changes WHERE sent_at IS NULL")]  # fmt: skip
    ours, report = sync_once(ledger, url, token)
    ledger.close()
    assert report.pushed == len(codes), report
    assert report.waiting == 0, report

    def raw() -> None:
        with requests.Session() as session:
            for i in range(0, len(outbox), 500):
                body = json.dumps({"entries": [{"id": str(uuid.uuid4()), **p}
                                               for p in outbox[i : i + 500]]})  # fmt: skip
                session.post(raw_url + "/push", data=body, timeout=60).raise_for_status()

    return {"what": "desk push (sync of waiting check-ins: push, then pull them back)",
            "entries": len(codes), "ours_s": ours, "raw_s": hub_bench.timed(raw)}  # fmt: skip


def bench_pull(tmp: Path, url: str, slug: str, token: str, raw_url: str) -> dict[str, Any]:
    ledger = desk_file(tmp / "desk-2.sqlite", url, slug, token, "desk-2")
    ours, report = sync_once(ledger, url, token)
    ledger.close()
    table = sqlite3.connect(tmp / "raw-desk.sqlite")
    table.execute("CREATE TABLE regs (code TEXT PRIMARY KEY, fields TEXT)")

    def raw() -> None:
        after = ""
        with requests.Session() as session, table:
            while True:
                query = {"after": after, "limit": "1000"}
                rows = session.get(raw_url + "/rows", params=query, timeout=60).json()
                if not rows:
                    return
                table.executemany("INSERT INTO regs VALUES (?, ?)",
                                  [(r["key"], json.dumps(r["fields"])) for r in rows])  # fmt: skip
                after = rows[-1]["key"]

    raw_s = hub_bench.timed(raw)
    assert report.applied.registrations == PULL, report.applied
    return {"what": "desk pull (first sync: every registration and check-in, applied)",
            "entries": report.pulled, "registrations": PULL, "ours_s": ours,
            "raw_s": raw_s * report.pulled / PULL}  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        hub_db = str(tmp / "hub.sqlite")
        slug, token = hub_bench.prepare(hub_db)
        rows = hub_bench.seed_registrations(hub_db, slug, PULL)
        raw_port = hub_bench.free_port()
        raw_url = f"http://127.0.0.1:{raw_port}"
        command = [sys.executable, "bench/_hub_raw_server.py", str(tmp / "raw.sqlite"),
                   str(raw_port)]  # fmt: skip
        raw = hub_bench.start(command, raw_url + "/rows")
        seed = sqlite3.connect(tmp / "raw.sqlite")
        with seed:
            seed.executemany("INSERT INTO raw_rows VALUES (?, ?)",
                             [(r.pop("key"), json.dumps(r)) for r in rows])  # fmt: skip
        seed.close()
        hub, url = hub_bench.start_hub(hub_db)
        try:
            hub_bench.report(bench_push(tmp, url, slug, token, raw_url))
            hub_bench.report(bench_pull(tmp, url, slug, token, raw_url))
        finally:
            for process in (hub, raw):
                process.terminate()
                process.wait(10)


if __name__ == "__main__":
    main()
