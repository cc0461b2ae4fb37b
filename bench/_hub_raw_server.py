"""The peer for bench_hub.py: the bare cost of moving the same rows over HTTP into SQLite.

A plain ASGI app under uvicorn, no framework, no validation, no auth: POST /push takes
``{"entries": [...]}`` and inserts them with one executemany in one fsynced transaction;
GET /rows?after=&limit= returns stored rows by key. Run: python bench/_hub_raw_server.py DB PORT.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import threading
from typing import Any
from urllib.parse import parse_qs

import uvicorn

DB = sys.argv[1] if len(sys.argv) > 1 else "raw.sqlite"
local = threading.local()


def conn() -> sqlite3.Connection:
    if not hasattr(local, "conn"):
        local.conn = sqlite3.connect(DB, isolation_level=None, check_same_thread=False)
        local.conn.execute("PRAGMA journal_mode = WAL")
        local.conn.execute("PRAGMA synchronous = FULL")
        local.conn.execute("PRAGMA busy_timeout = 30000")
        for table in (
            "raw_entries (id TEXT PRIMARY KEY, body TEXT)",
            "raw_rows (key TEXT PRIMARY KEY, body TEXT)",
        ):
            local.conn.execute(f"CREATE TABLE IF NOT EXISTS {table}")
    found: sqlite3.Connection = local.conn
    return found


async def body_of(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def push(raw: bytes) -> bytes:
    entries = json.loads(raw)["entries"]
    db = conn()
    db.execute("BEGIN IMMEDIATE")
    db.executemany(
        "INSERT OR IGNORE INTO raw_entries VALUES (?, ?)",
        [(e["id"], json.dumps(e)) for e in entries],
    )
    db.execute("COMMIT")
    return json.dumps({"stored": len(entries)}).encode()


def rows(query: str) -> bytes:
    params = parse_qs(query)
    after, limit = params.get("after", [""])[0], int(params.get("limit", ["1000"])[0])
    found = conn().execute(
        "SELECT key, body FROM raw_rows WHERE key > ? ORDER BY key LIMIT ?", (after, limit)
    )
    return json.dumps([{"key": k, "fields": json.loads(b)} for k, b in found]).encode()


async def app(scope: Any, receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    if scope["path"] == "/push":
        out = push(await body_of(receive))
    else:
        out = rows(scope["query_string"].decode())
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})  # fmt: skip
    await send({"type": "http.response.body", "body": out})


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
