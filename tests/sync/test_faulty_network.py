"""Three desks sync through a proxy that refuses, resets, stalls, answers 500 and cuts answers
mid-way: repeated syncs converge, with nothing lost and nothing stored twice."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from checkin.desk import SyncLedger
from checkin.domain.model import Method
from checkin.sync.client import HubClient, SyncError
from checkin.sync.engine import SyncEngine

from .conftest import PEOPLE, Hub, connect, open_desk, snapshot
from .faulty_proxy import FATES, FaultyProxy

pytestmark = [pytest.mark.integration, pytest.mark.slow]
DAY = date(2026, 6, 1)
DESKS = ("desk-1", "desk-2", "desk-3")


def flaky_client(proxy: FaultyProxy, token: str) -> HubClient:
    client = HubClient(proxy.url, token, timeout=(1.0, 1.5), retries=1, backoff=0.01)
    client.session.headers["Connection"] = "close"  # every request a connection of its own
    return client


def offline_work(paths: dict[str, Path]) -> int:
    """Each desk admits overlapping tickets, registers a walk-in and fixes a name."""
    made = 0
    for n, name in enumerate(DESKS):
        desk = open_desk(paths[name], name)
        for code, *_ in PEOPLE[n : n + 2]:
            made += desk.check_in(code, Method.SCAN, DAY).checkin is not None
        made += desk.walk_in("Synnøve", f"Walk-in {name}", day=DAY).checkin is not None
        desk.update_registration(PEOPLE[n][0], note=f"fixed at {name}")
        desk.close()
    return made


def test_repeated_syncs_through_a_faulty_network_converge_exactly_once(
    hub: Hub, tmp_path: Path
) -> None:
    paths = {name: tmp_path / f"{name}.checkin" for name in DESKS}
    for name, path in paths.items():
        connect(hub, path, name)
    admitted = offline_work(paths)
    port = urlsplit(hub.url).port
    assert port is not None
    proxy = FaultyProxy(port, rate=0.5, seed=12)
    order = list(DESKS)
    try:
        for round_ in range(60):
            random.Random(round_).shuffle(order)
            clean = [_sync(paths[name], flaky_client(proxy, hub.token(name))) for name in order]
            if all(clean) and round_ > 0:
                break
        else:
            pytest.fail(f"no clean round in 60: {proxy.fates}")
    finally:
        proxy.stop()
    assert set(FATES) <= set(proxy.fates), proxy.fates  # every kind of fault did happen
    states = [snapshot(paths[name]) for name in DESKS]
    assert states[0] == states[1] == states[2]
    assert len(states[0]["checkins"]) == admitted
    assert {states[0]["registrations"][code][9] for code, *_ in PEOPLE[:3]} == {
        f"fixed at {name}" for name in DESKS
    }
    with HubClient(hub.url, hub.token("reader")) as client:
        held = Counter(p.entry.id for page in client.pull_all(hub.slug, 0) for p in page.entries)
    assert set(held.values()) == {1}


def _sync(path: Path, client: HubClient) -> bool:
    """One sync; True when it exchanged everything and nothing new arrived."""
    ledger = SyncLedger.open(path)
    try:
        report = SyncEngine(ledger, client, batch_size=2, page_size=3).run_once()
    except SyncError:
        return False
    finally:
        ledger.close()
        client.close()
    return report.waiting == 0 and report.pulled == 0
