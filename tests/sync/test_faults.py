"""What the network and people do to a sync: the hub down, answers lost, tokens revoked, a
first pull cut off. Real hub processes on 127.0.0.1; nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkin import config
from checkin.desk import SyncLedger
from checkin.domain.model import Method, Registration
from checkin.domain.sync_model import HUB, HubLink
from checkin.hub import db, tokens
from checkin.hub_link import linked_file as _linked_file
from checkin.hub_link import seed as _seed
from checkin.sync.client import HubClient, HubUnreachableError
from checkin.sync.engine import SyncEngine, token_secret
from checkin.sync.protocol import entry_from_outbox
from tests.hub import conftest as hub_conftest

from .conftest import Hub, connect, open_desk, run_json, sync

pytestmark = [pytest.mark.integration]
DAY = date(2026, 6, 1)


def admit_all(path: Path, desk: str, codes: list[str]) -> None:
    opened = open_desk(path, desk)
    for code in codes:
        opened.check_in(code, Method.SCAN, DAY)
    opened.close()


def hub_log(hub: Hub) -> Counter[str]:
    """How many times the hub holds each entry id (every one must be 1)."""
    with HubClient(hub.url, hub.token("reader")) as client:
        return Counter(p.entry.id for page in client.pull_all(hub.slug, 0) for p in page.entries)


def test_hub_down_exits_3_loses_nothing_and_the_next_sync_catches_up(
    hub: Hub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = hub_conftest.free_port()
    monkeypatch.setattr(hub_conftest, "free_port", lambda: port)
    own = hub_conftest.start_hub(hub.setup.db_url, tmp_path)
    path = tmp_path / "desk-1.checkin"
    code, _ = run_json("connect", own.url, "--event", hub.slug, "--token", hub.token("desk-1"),
                       "--db", str(path), "--desk", "desk-1")  # fmt: skip
    assert code == 0
    own.stop()
    admit_all(path, "desk-1", ["NHI-1", "NHI-2"])
    code, report = sync(path)
    assert code == 3 and report["status"] == "unreachable" and report["waiting"] == 2
    code, report = sync(path)  # still down: the same two wait, nothing is dropped
    assert code == 3 and report["waiting"] == 2
    ledger = SyncLedger.open(path)
    state = ledger.state()
    ledger.close()
    assert state.last_error_kind == "unreachable" and "connection refused" in state.last_error
    own = hub_conftest.start_hub(hub.setup.db_url, tmp_path)
    try:
        code, report = sync(path)
    finally:
        own.stop()
    assert code == 0 and report["pushed"] == 2 and report["waiting"] == 0
    assert set(hub_log(hub).values()) == {1}


def test_a_batch_whose_answer_was_lost_goes_again_and_nothing_is_doubled(
    hub: Hub, tmp_path: Path
) -> None:
    path = tmp_path / "desk-1.checkin"
    connect(hub, path, "desk-1")
    admit_all(path, "desk-1", ["NHI-1", "NHI-2", "NHI-3"])
    ledger = SyncLedger.open(path)
    batch = ledger.next_batch(500)
    assert batch is not None and len(batch.entries) == 3
    entries = [entry_from_outbox(row.row(), row.hlc) for row in batch.entries]
    with HubClient(hub.url, hub.token("desk-1")) as client:  # the hub stores it; the answer
        client.push(hub.slug, entries, "desk-1", batch_id=batch.id)  # never reaches the file
    again = ledger.next_batch(500)  # a crash later: the same batch is in flight
    ledger.close()
    assert again is not None and again.id == batch.id and again.resent
    code, report = sync(path)
    assert code == 0 and report["pushed"] == 0 and report["duplicates"] == 3
    assert report["waiting"] == 0
    assert set(hub_log(hub).values()) == {1}
    assert sync(path)[1]["pushed"] == 0  # and nothing goes a third time


def test_a_revoked_token_exits_2_in_words(hub: Hub, tmp_path: Path) -> None:
    path = tmp_path / "desk-9.checkin"
    connect(hub, path, "desk-9")
    engine = hub.setup.engine()
    with db.writing(engine) as conn:
        tokens.revoke(conn, "desk-9", datetime.now(UTC).isoformat())
    engine.dispose()
    admit_all(path, "desk-9", ["NHI-4"])
    code, report = sync(path)
    assert code == 2 and report["status"] == "token_refused" and report["waiting"] == 1
    assert "revoked" in report["error"]


def test_a_first_pull_cut_off_resumes_where_it_stopped(hub: Hub, tmp_path: Path) -> None:
    source = tmp_path / "desk-1.checkin"
    connect(hub, source, "desk-1")
    admit_all(source, "desk-1", ["NHI-1", "NHI-2", "NHI-3", "NHI-4"])
    assert sync(source)[0] == 0
    total = sum(hub_log(hub).values())
    path = tmp_path / "desk-2.checkin"
    code, _ = run_json("connect", hub.url, "--event", hub.slug, "--token", hub.token("desk-2"),
                       "--db", str(path), "--desk", "desk-2")  # fmt: skip
    assert code == 0
    # a third desk whose connection drops after the first page of three entries
    path = tmp_path / "desk-3.checkin"
    with HubClient(hub.url, hub.token("desk-3")) as client:
        info = client.event(hub.slug)
    ledger = _linked_file(path, info, HubLink(HUB, hub.url, hub.slug, "desk-3", "now"))
    assert _seed(info).id == ledger.event_id
    cut = _CutAfterPages(HubClient(hub.url, hub.token("desk-3")), pages=1)
    with pytest.raises(HubUnreachableError):
        SyncEngine(ledger, cut, page_size=3).run_once()  # type: ignore[arg-type]
    assert ledger.state().cursor == "3" and not ledger.state().first_pull_done
    ledger.close()

    config.secret_store().put(token_secret(info.id, "desk-3"), hub.token("desk-3"))
    code, report = sync(path)
    assert code == 0 and report["pulled"] == total - 3
    assert Counter(snapshot_codes(path)) == Counter(snapshot_codes(tmp_path / "desk-2.checkin"))


class _CutAfterPages:
    """A real client whose connection drops after some pulled pages (the rest is real)."""

    def __init__(self, client: HubClient, pages: int) -> None:
        self.client, self.pages = client, pages

    def __getattr__(self, name: str) -> object:
        return getattr(self.client, name)

    def pull_all(self, slug: str, since: int, limit: int = 1000):  # type: ignore[no-untyped-def]
        for n, page in enumerate(self.client.pull_all(slug, since, limit)):
            if n >= self.pages:
                raise HubUnreachableError("cut off")
            yield page


def snapshot_codes(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT code FROM registrations")] + [
            row[0] for row in conn.execute("SELECT id FROM checkins")
        ]
    finally:
        conn.close()


def test_a_desk_killed_mid_sync_resumes_exactly_once(hub: Hub, tmp_path: Path) -> None:
    path = tmp_path / "desk-1.checkin"
    connect(hub, path, "desk-1")
    desk = open_desk(path, "desk-1")
    desk.add_registrations(
        Registration(f"KILL-{n:05d}", "Åsmund", f"Ødegård {n}") for n in range(3000)
    )
    desk.close()
    env = {**os.environ, "PYTHONPATH": str(hub_conftest.ROOT)}
    command = [sys.executable, "-m", "checkin", "sync", "--db", str(path), "--once"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, cwd=hub_conftest.ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if _some_acknowledged(path):
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    code, report = sync(path)
    assert code == 0 and report["waiting"] == 0
    held = hub_log(hub)
    assert set(held.values()) == {1}
    assert report["pushed"] + report["duplicates"] < 3000  # some had gone before the kill
    with HubClient(hub.url, hub.token("reader")) as client:
        codes = {
            p.entry.key
            for page in client.pull_all(hub.slug, 0)
            for p in page.entries
            if p.entry.key.startswith("KILL-")
        }
    assert len(codes) == 3000


def _some_acknowledged(path: Path) -> bool:
    conn = sqlite3.connect(path, timeout=5)
    try:
        row = conn.execute("SELECT count(*) FROM changes WHERE sent_at IS NOT NULL").fetchone()
        return bool(row[0])
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()
