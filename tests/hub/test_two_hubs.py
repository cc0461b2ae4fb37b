"""Several writers at once: no entry lost or doubled, and pullers see a gap-free sequence.

On PostgreSQL, two `checkin hub serve` processes share one database and the writers are split
between them; on SQLite, one hub takes them all. A puller polls all the while and moves its
cursor as desks do: it must end with every entry exactly once, numbered 1..N without a gap.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest

from checkin.sync.client import HubClient

from .conftest import start_hub
from .entries import MORNING, checkin

pytestmark = [pytest.mark.integration, pytest.mark.slow]
WRITERS = 8
BATCHES = 12
PER_BATCH = 25


def writer(url, token, slug, number, pushed, errors):
    try:
        with HubClient(url, token) as desk:
            for b in range(BATCHES):
                entries = [
                    checkin(f"W{number}-{b}-{n}", f"desk-{number}", MORNING + timedelta(seconds=n))
                    for n in range(PER_BATCH)
                ]
                desk.push(slug, entries, f"desk-{number}")
                pushed.extend(e.id for e in entries)
    except Exception as error:  # the test reports it
        errors.append(error)


def puller(url, token, slug, seen, done):
    cursor = 0
    with HubClient(url, token) as desk:
        while True:
            finished = done.is_set()
            page = desk.pull(slug, since=cursor, limit=500)
            seen.extend((p.seq, p.entry.id) for p in page.entries)
            cursor = page.next_since
            if finished and not page.more:
                return
            time.sleep(0.005)


def test_concurrent_writers_and_a_puller_see_every_entry_once_in_order(database, tmp_path):
    hubs = [start_hub(database.db_url, tmp_path)]
    if database.backend == "postgresql":
        hubs.append(start_hub(database.db_url, tmp_path))
    database.hub = hubs[0]
    try:
        slug = database.new_event()
        pushed, errors, seen = [], [], []
        done = threading.Event()
        token = database.tokens["desk-1"]
        pullers = [
            threading.Thread(target=puller, args=(hub.url, token, slug, seen_list, done))
            for hub, seen_list in zip(hubs, [seen, []], strict=False)
        ]
        writers = [
            threading.Thread(
                target=writer, args=(hubs[n % len(hubs)].url, token, slug, n, pushed, errors)
            )
            for n in range(WRITERS)
        ]
        for thread in [*pullers, *writers]:
            thread.start()
        for thread in writers:
            thread.join(120)
        done.set()
        for thread in pullers:
            thread.join(60)
    finally:
        for hub in hubs:
            hub.stop()
        database.hub = None
    assert errors == []
    total = WRITERS * BATCHES * PER_BATCH
    assert len(pushed) == total
    assert [seq for seq, _ in seen] == list(range(1, total + 1))
    assert sorted(entry_id for _, entry_id in seen) == sorted(pushed)
