"""Desks syncing through a real hub on 127.0.0.1: they converge, nothing lost or doubled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checkin.domain.model import Method, Outcome

from .conftest import Hub, connect, open_desk, sync

pytestmark = [pytest.mark.integration]
DAY = date(2026, 6, 1)


def test_a_ticket_admitted_at_one_desk_is_already_checked_in_at_the_other(
    hub: Hub, tmp_path: Path
) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    first = connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    assert first["applied"]["registrations"] == 4
    desk = open_desk(one, "desk-1")
    assert desk.check_in("NHI-1", Method.SCAN, DAY).decision.outcome is Outcome.OK
    desk.close()
    code, report = sync(one)
    assert code == 0 and report["pushed"] == 1 and report["waiting"] == 0
    code, report = sync(two)
    assert code == 0 and report["applied"]["checkins"] == 1
    desk = open_desk(two, "desk-2")
    again = desk.check_in("NHI-1", Method.SCAN, DAY)
    desk.close()
    assert again.decision.outcome is Outcome.DUPLICATE
