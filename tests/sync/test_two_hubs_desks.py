"""Two `checkin hub serve` processes on one PostgreSQL, the desks split between them: every desk
ends with the same check-ins and registrations, none lost or doubled, whichever hub it talks to.

(tests/hub/test_two_hubs.py covers the hub side: raw pushes split over two hubs, one puller.)
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome
from tests.hub.conftest import start_hub

from .conftest import Hub, open_desk, run_json, snapshot, sync

pytestmark = [pytest.mark.integration, pytest.mark.slow]
DAY = date(2026, 6, 1)
MORNING = datetime(2026, 6, 1, 6, 40, tzinfo=UTC)


def admit(path: Path, desk: str, code: str, minute: int) -> Outcome:
    opened = open_desk(path, desk, _clock(minute))
    try:
        return opened.check_in(code, Method.SCAN, DAY).decision.outcome
    finally:
        opened.close()


def _clock(minute: int) -> FixedClock:
    return FixedClock(MORNING.replace(minute=minute))


def test_desks_split_over_two_hubs_on_one_postgresql_converge(hub: Hub, tmp_path: Path) -> None:
    if hub.setup.backend != "postgresql":
        pytest.skip("two hub processes share one database on PostgreSQL")
    second = start_hub(hub.setup.db_url, tmp_path, "--no-advertise")
    try:
        urls = {"desk-1": hub.url, "desk-2": hub.url, "desk-3": second.url, "desk-4": second.url}
        paths = {name: tmp_path / f"{name}.checkin" for name in urls}
        for name, url in urls.items():
            code, out = run_json("connect", url, "--event", hub.slug, "--token", hub.token(name),
                                 "--db", str(paths[name]), "--desk", name)  # fmt: skip
            assert code == 0 and out["applied"]["registrations"] == 4, out
        # offline: the same ticket at a desk of each hub, the others spread over both
        assert admit(paths["desk-1"], "desk-1", "NHI-1", 41) is Outcome.OK
        assert admit(paths["desk-3"], "desk-3", "NHI-1", 40) is Outcome.OK
        assert admit(paths["desk-2"], "desk-2", "NHI-2", 42) is Outcome.OK
        assert admit(paths["desk-4"], "desk-4", "NHI-3", 43) is Outcome.OK
        desk = open_desk(paths["desk-4"], "desk-4", _clock(44))
        walk_in = desk.walk_in("Synnøve", "Ødegård", "Bergen kommune", day=DAY).registration
        desk.close()
        order = list(paths)
        for round_ in range(2):  # the first round spreads everything, the second brings it home
            random.Random(round_).shuffle(order)
            for name in order:
                code, report = sync(paths[name])
                assert code == 0 and report["waiting"] == 0, (name, report)
        states = {name: snapshot(path) for name, path in paths.items()}
        first = states["desk-1"]
        assert all(state == first for state in states.values())
        assert len(first["checkins"]) == 5  # 4 admissions + the walk-in, none doubled
        assert walk_in is not None and walk_in.code in first["registrations"]
        later = open_desk(paths["desk-2"], "desk-2", _clock(50))
        again = later.check_in("NHI-1", Method.SCAN, DAY)
        later.close()
        assert again.decision.outcome is Outcome.DUPLICATE
        assert again.decision.earlier is not None and again.decision.earlier.desk == "desk-3"
    finally:
        second.stop()
