"""The hub over loopback: push 10,000 check-ins, pull 100,000 registrations, 20 pushers at once.

Side by side in the same run, the bare cost of the same rows: `requests` to a plain ASGI app
that bulk-inserts them into SQLite (bench/_hub_raw_server.py), and for the pull, the same rows
read raw and bulk-inserted into a desk-side SQLite table as ours are. Then 20 concurrent
pushers against one hub on SQLite, one hub on PostgreSQL, and two hubs on one PostgreSQL
(the PostgreSQL runs need CHECKIN_PG_URL, from scripts/postgres.sh; skipped without it).
Prints one JSON line per figure and the Markdown rows for bench/RESULTS.md.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

from checkin.domain.hlc import HybridClock
from checkin.hub import db, events, ledger, tokens
from checkin.sync.client import HubClient
from checkin.sync.protocol import Entry, parse_entry

ROOT = Path(__file__).resolve().parents[1]
PUSH = int(os.environ.get("BENCH_HUB_PUSH", "10000"))
PULL = int(os.environ.get("BENCH_HUB_PULL", "100000"))
BATCH = 500
PAGE = 5000
PUSHERS = 20
PUSHER_BATCHES = 10
PUSHER_SIZE = 100
POLLS = 50
MORNING = datetime(2026, 6, 1, 6, 30, tzinfo=UTC)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(command: list[str], url: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    for _ in range(300):
        try:
            requests.get(url, timeout=1)
            return process
        except requests.RequestException:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{command} did not start")


def start_hub(db_url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "checkin", "hub", "serve", "--db", db_url, "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    return start(command, url + "/health"), url


def prepare(db_url: str) -> tuple[str, str]:
    """Migrate, make an event and a token; returns (slug, token)."""
    engine = db.make_engine(db_url, pool_size=1)
    db.migrate(engine)
    now = datetime.now(UTC).isoformat()
    slug = f"bench-{uuid.uuid4().hex[:8]}"
    with db.writing(engine) as conn:
        events.create(conn, slug, "Benchmark", (MORNING.date(),), "Europe/Oslo", now)
        token = tokens.add(conn, f"bench-{slug}", now)
    engine.dispose()
    return slug, token


def checkins(count: int, desk: str) -> list[Entry]:
    out = []
    for n in range(count):
        cid, at = str(uuid.uuid4()), MORNING + timedelta(milliseconds=n)
        out.append(parse_entry({
            "id": str(uuid.uuid4()), "entity": "checkin", "key": cid, "op": "append",
            "at": at.isoformat(), "hlc": f"{int(at.timestamp() * 1000):015d}-000000-{desk}",
            "origin": desk, "payload": {
                "id": cid, "code": f"T{n:06d}", "day": "2026-06-01", "at": at.isoformat(),
                "desk": desk, "point": "main", "method": "scan", "kind": "checkin"},
        }))  # fmt: skip
    return out


def seed_registrations(db_url: str, slug: str, count: int) -> list[dict[str, Any]]:
    """Write registrations straight into the hub's log (as an import does); return the rows."""
    clock = HybridClock("hub", lambda: int(MORNING.timestamp() * 1000))
    engine = db.make_engine(db_url, pool_size=1)
    rows = []
    with db.writing(engine) as conn:
        event = events.get(conn, slug)
        last = ledger.lock(conn, event.id)
        made = []
        for n in range(count):
            fields = {"first_name": f"Kari {n}", "last_name": "Nordmann", "organisation":
                      "Helse Bergen HF", "email": f"kari{n}@example.no", "category": "Helseforetak",
                      "ticket_type": "Full", "valid_days": [], "status": "valid"}  # fmt: skip
            rows.append({"key": f"R{n:07d}", **fields})
            made.append(parse_entry({
                "id": str(uuid.uuid4()), "entity": "registration", "key": f"R{n:07d}",
                "op": "create", "at": MORNING.isoformat(), "hlc": clock.now().encode(),
                "origin": "bench", "payload": fields}))  # fmt: skip
        ledger.store(conn, event.id, made, last, None, "bench", MORNING.isoformat())
    engine.dispose()
    return rows


def desk_table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE regs (code TEXT PRIMARY KEY, fields TEXT, clocks TEXT)")
    return conn


def timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def bench_push(url: str, slug: str, token: str, raw_url: str) -> dict[str, Any]:
    entries = checkins(PUSH, "desk-1")
    with HubClient(url, token) as client:
        ours = timed(lambda: [client.push(slug, entries[i : i + BATCH], "desk-1")
                              for i in range(0, PUSH, BATCH)])  # fmt: skip
        assert client.pull(slug, since=0, limit=1).last_seq == PUSH
    bodies = [e.model_dump(mode="json", exclude_none=True) for e in entries]

    def raw() -> None:
        with requests.Session() as session:
            for i in range(0, PUSH, BATCH):
                body = json.dumps({"entries": bodies[i : i + BATCH]})
                session.post(raw_url + "/push", data=body, timeout=60).raise_for_status()

    return {"what": "push", "entries": PUSH, "ours_s": ours, "raw_s": timed(raw)}


def bench_pull(url: str, slug: str, token: str, raw_url: str) -> dict[str, Any]:
    ours_table, raw_table = desk_table(), desk_table()

    def ours() -> None:
        with HubClient(url, token) as client:
            for page in client.all_registrations(slug, limit=PAGE):
                ours_table.executemany("INSERT INTO regs VALUES (?, ?, ?)", [
                    (r.code, json.dumps(r.fields), json.dumps(r.clocks))
                    for r in page.registrations])  # fmt: skip

    def raw() -> None:
        after = ""
        with requests.Session() as session:
            while True:
                query = {"after": after, "limit": str(PAGE)}
                rows = session.get(raw_url + "/rows", params=query, timeout=60).json()
                if not rows:
                    return
                values = [(r["key"], json.dumps(r["fields"])) for r in rows]
                raw_table.executemany("INSERT INTO regs VALUES (?, ?, '{}')", values)
                after = rows[-1]["key"]

    result = {"what": "pull", "entries": PULL, "ours_s": timed(ours), "raw_s": timed(raw)}
    counts = [t.execute("SELECT count(*) FROM regs").fetchone()[0] for t in (ours_table, raw_table)]
    assert counts == [PULL, PULL], counts
    return result


def pusher(
    url: str, slug: str, token: str, batches: list[list[Entry]], out: dict[str, list[Any]]
) -> None:
    try:
        with HubClient(url, token) as client:
            for entries in batches:
                start = time.perf_counter()
                client.push(slug, entries, entries[0].origin)
                out["latency"].append(time.perf_counter() - start)
    except Exception as error:  # counted, not raised: the figure is the error count
        out["errors"].append(repr(error))


def bench_concurrent(label: str, urls: list[str], slug: str, token: str) -> dict[str, Any]:
    out: dict[str, list[Any]] = {"latency": [], "errors": []}
    work = [[checkins(PUSHER_SIZE, f"desk-{n}") for _ in range(PUSHER_BATCHES)]
            for n in range(PUSHERS)]  # fmt: skip
    threads = [threading.Thread(target=pusher, args=(urls[n % len(urls)], slug, token,
                                                     work[n], out))
               for n in range(PUSHERS)]  # fmt: skip
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    latency = sorted(out["latency"])
    with HubClient(urls[0], token) as client:
        stored = client.pull(slug, since=0, limit=1).last_seq
    return {
        "what": f"concurrent {label}",
        "pushers": PUSHERS,
        "entries": stored,
        "errors": len(out["errors"]),
        "first_error": out["errors"][:1],
        "p50_ms": round(statistics.median(latency) * 1000, 1),
        "p95_ms": round(statistics.quantiles(latency, n=20)[-1] * 1000, 1),
        "entries_per_s": round(stored / elapsed),
    }


def poller(url: str, slug: str, token: str, since: int, out: dict[str, list[Any]]) -> None:
    with HubClient(url, token) as client:
        for _ in range(POLLS):
            start = time.perf_counter()
            client.pull(slug, since=since)
            out["latency"].append(time.perf_counter() - start)


def bench_polling(label: str, urls: list[str], slug: str, token: str) -> dict[str, Any]:
    """20 desks asking "anything new?" at once, with nothing new: the common request."""
    with HubClient(urls[0], token) as client:
        since = client.pull(slug, since=0, limit=1).last_seq
    out: dict[str, list[Any]] = {"latency": []}
    threads = [threading.Thread(target=poller, args=(urls[n % len(urls)], slug, token, since, out))
               for n in range(PUSHERS)]  # fmt: skip
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    latency = sorted(out["latency"])
    return {
        "what": f"polling {label}",
        "pollers": PUSHERS,
        "requests": len(latency),
        "p95_ms": round(statistics.quantiles(latency, n=20)[-1] * 1000, 1),
        "requests_per_s": round(len(latency) / elapsed),
    }


def pg_admin() -> str | None:
    admin = os.environ.get("CHECKIN_PG_URL")
    state = Path(os.environ.get("TMPDIR", "/tmp")) / "checkin-ci" / "postgres.env"
    if not admin and state.exists():
        admin = state.read_text().strip().split("=", 1)[1]
    return admin


def pg_database(admin: str, name: str, *, drop: bool = False) -> str:
    """Create (or drop) a database of its own in the test cluster; returns its URL."""
    engine = sa.create_engine(db.database_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        what = (
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
            if drop
            else f'CREATE DATABASE "{name}"'
        )
        conn.execute(sa.text(what))
    engine.dispose()
    return admin.rsplit("/", 1)[0] + "/" + name


def report(result: dict[str, Any]) -> None:
    if "ours_s" in result:
        result["ours_per_s"] = round(result["entries"] / result["ours_s"])
        result["raw_per_s"] = round(result["entries"] / result["raw_s"])
        result["ratio"] = round(result["ours_s"] / result["raw_s"], 2)
        result["ours_s"], result["raw_s"] = round(result["ours_s"], 2), round(result["raw_s"], 2)
    print(json.dumps(result), flush=True)


def loopback(tmp: Path) -> None:
    hub_db = str(tmp / "hub.sqlite")
    slug, token = prepare(hub_db)
    raw_port = free_port()
    raw_url = f"http://127.0.0.1:{raw_port}"
    raw = start([sys.executable, "bench/_hub_raw_server.py", str(tmp / "raw.sqlite"),
                 str(raw_port)], raw_url + "/rows")  # fmt: skip
    hub, url = start_hub(hub_db)
    try:
        report(bench_push(url, slug, token, raw_url))
        rows = seed_registrations(hub_db, slug, PULL)
        seed = sqlite3.connect(tmp / "raw.sqlite")
        with seed:
            seed.executemany("INSERT INTO raw_rows VALUES (?, ?)",
                             [(r.pop("key"), json.dumps(r)) for r in rows])  # fmt: skip
        seed.close()
        report(bench_pull(url, slug, token, raw_url))
    finally:
        for process in (hub, raw):
            process.terminate()
            process.wait(10)


def concurrent(tmp: Path) -> None:
    setups: list[tuple[str, str | None, int]] = [("1 hub, SQLite", str(tmp / "c.sqlite"), 1)]
    admin, name = pg_admin(), f"bench_{uuid.uuid4().hex[:8]}"
    pg = pg_database(admin, name) if admin else None
    setups += [("1 hub, PostgreSQL", pg, 1), ("2 hubs, one PostgreSQL", pg, 2)]
    for label, db_url, count in setups:
        if db_url is None:
            print(json.dumps({"what": f"concurrent {label}", "skipped": "no CHECKIN_PG_URL"}))
            continue
        slug, token = prepare(db_url)
        hubs = [start_hub(db_url) for _ in range(count)]
        try:
            report(bench_concurrent(label, [url for _, url in hubs], slug, token))
            report(bench_polling(label, [url for _, url in hubs], slug, token))
        finally:
            for process, _ in hubs:
                process.terminate()
                process.wait(10)
    if admin:
        pg_database(admin, name, drop=True)


def main() -> None:
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    with tempfile.TemporaryDirectory() as folder:
        if only in ("", "loopback"):
            loopback(Path(folder))
        if only in ("", "concurrent"):
            concurrent(Path(folder))


if __name__ == "__main__":
    main()
