"""Desks syncing through a real hub on 127.0.0.1: they converge, nothing lost or doubled.

Each desk is a real event file made by ``checkin connect`` and synced by ``checkin sync``
(in this process, through `checkin.cli.main`); check-ins, walk-ins and edits go through the
desk (`checkin.desk.Desk`) as the window makes them. The hub is `checkin hub serve` in a
subprocess, on SQLite and on PostgreSQL (tests/sync/conftest.py).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Outcome

from .conftest import Hub, connect, open_desk, run, run_json, snapshot, sync

pytestmark = [pytest.mark.integration]
DAY = date(2026, 6, 1)


def admit(path: Path, desk: str, code: str, at: datetime | None = None) -> Outcome:
    clock = FixedClock(at) if at else None
    opened = open_desk(path, desk, clock)
    try:
        return opened.check_in(code, Method.SCAN, DAY).decision.outcome
    finally:
        opened.close()


def test_a_ticket_admitted_at_one_desk_is_already_checked_in_at_the_other(
    hub: Hub, tmp_path: Path
) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    first = connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    assert first["applied"]["registrations"] == 4
    assert admit(one, "desk-1", "NHI-1") is Outcome.OK
    code, report = sync(one)
    assert code == 0 and report["pushed"] == 1 and report["waiting"] == 0
    code, report = sync(two)
    assert code == 0 and report["applied"]["checkins"] == 1
    desk = open_desk(two, "desk-2")
    again = desk.check_in("NHI-1", Method.SCAN, DAY)
    desk.close()
    assert again.decision.outcome is Outcome.DUPLICATE
    assert again.decision.earlier is not None and again.decision.earlier.desk == "desk-1"


def test_three_desks_offline_converge_in_any_order(hub: Hub, tmp_path: Path) -> None:
    paths = {name: tmp_path / f"{name}.checkin" for name in ("desk-1", "desk-2", "desk-3")}
    for name, path in paths.items():
        connect(hub, path, name)
    morning = datetime(2026, 6, 1, 6, 40, tzinfo=UTC)
    # offline: overlapping tickets, a walk-in each at two desks, name fixes at two desks
    assert admit(paths["desk-1"], "desk-1", "NHI-1", morning.replace(minute=41)) is Outcome.OK
    assert admit(paths["desk-2"], "desk-2", "NHI-1", morning.replace(minute=40)) is Outcome.OK
    assert admit(paths["desk-3"], "desk-3", "NHI-2") is Outcome.OK
    assert admit(paths["desk-2"], "desk-2", "NHI-2") is Outcome.OK
    walk_ins = []
    for name in ("desk-1", "desk-3"):
        desk = open_desk(paths[name], name)
        walk_ins.append(desk.walk_in("Synnøve", f"Walk-in {name}", "Kommune", day=DAY).registration)
        desk.close()
    desk = open_desk(paths["desk-1"], "desk-1")
    desk.update_registration("NHI-3", first_name="Kari Anne")
    desk.close()
    desk = open_desk(paths["desk-3"], "desk-3")
    desk.update_registration("NHI-3", organisation="Helse Bergen")
    desk.close()
    order = list(paths)
    for round_ in range(2):  # the first round spreads everything, the second brings it home
        random.Random(round_).shuffle(order)
        for name in order:
            assert sync(paths[name])[0] == 0
    states = {name: snapshot(path) for name, path in paths.items()}
    assert states["desk-1"] == states["desk-2"] == states["desk-3"]
    people = states["desk-1"]["registrations"]
    assert people["NHI-3"][:3] == ("Kari Anne", "Nordmann", "Helse Bergen")
    assert {w.code for w in walk_ins if w} <= set(people)
    assert len(states["desk-1"]["checkins"]) == 6  # 4 admissions + 2 walk-ins, none doubled
    # a later scan at desk 1 of a ticket admitted at desk 2 (first) says: already, at desk 2
    desk = open_desk(paths["desk-1"], "desk-1")
    later = desk.check_in("NHI-1", Method.SCAN, DAY)
    desk.close()
    assert later.decision.outcome is Outcome.DUPLICATE
    assert later.decision.earlier is not None and later.decision.earlier.desk == "desk-2"


def test_offline_double_admission_is_noticed_once_at_both_desks(hub: Hub, tmp_path: Path) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    admit(one, "desk-1", "NHI-4", datetime(2026, 6, 1, 6, 40, tzinfo=UTC))
    admit(two, "desk-2", "NHI-4", datetime(2026, 6, 1, 6, 41, tzinfo=UTC))
    assert sync(one)[1]["notices"] == []  # desk 2's check-in is not on the hub yet
    _, at_two = sync(two)
    _, at_one = sync(one)
    [notice_two] = at_two["notices"]
    [notice_one] = at_one["notices"]
    assert (notice_two["code"], notice_two["desk"], notice_two["here_desk"]) == (
        "NHI-4", "desk-1", "desk-2",
    )  # fmt: skip
    assert notice_two["name"] == "Ola Dunk" and notice_two["first_here"] is False
    assert (notice_one["desk"], notice_one["first_here"]) == ("desk-2", True)
    assert sync(one)[1]["notices"] == [] and sync(two)[1]["notices"] == []  # shown once
    code, text = run("sync", "--db", str(tmp_path / "desk-1.checkin"), "--once")
    assert code == 0 and "also admitted" not in text


def test_notice_in_words(hub: Hub, tmp_path: Path) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    admit(one, "desk-1", "NHI-2", datetime(2026, 6, 1, 6, 40, tzinfo=UTC))
    admit(two, "desk-2", "NHI-2", datetime(2026, 6, 1, 6, 45, tzinfo=UTC))
    assert run("sync", "--db", str(one), "--once")[0] == 0
    code, text = run("sync", "--db", str(two), "--once")
    assert code == 0
    assert (
        "also admitted elsewhere: NHI-2 Bjørn Bjorheim Bøe was admitted at desk-1 at "
        "2026-06-01 08:40 and here (desk-2) at 2026-06-01 08:45; desk-1's check-in counts."
    ) in text


def test_an_undo_at_another_desk_reaches_the_desk_that_admitted(hub: Hub, tmp_path: Path) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    admit(one, "desk-1", "NHI-3")
    sync(one)
    sync(two)
    desk = open_desk(two, "desk-2")
    assert desk.undo("NHI-3", DAY) is not None
    desk.close()
    sync(two)
    sync(one)
    assert [c for c in snapshot(one)["checkins"] if c[6] == "undo"] != []
    assert admit(one, "desk-1", "NHI-3") is Outcome.OK  # taken back: admitted afresh
    [new] = snapshot(one)["checkins"] - snapshot(two)["checkins"]
    assert (new[1], new[2], new[6]) == ("desk-1", "NHI-3", "checkin")


def test_a_day_change_set_at_one_desk_reaches_an_open_desk(hub: Hub, tmp_path: Path) -> None:
    one, two = tmp_path / "desk-1.checkin", tmp_path / "desk-2.checkin"
    connect(hub, one, "desk-1")
    connect(hub, two, "desk-2")
    open_two = open_desk(two, "desk-2")  # the window's desk, open all along
    desk = open_desk(one, "desk-1")
    desk.set_day_change(time(5, 30))
    desk.close()
    sync(one)
    code, report = sync(two)
    assert code == 0 and report["pulled"] >= 1
    assert open_two.event.day_change != time(5, 30)  # read when it opened
    changed = open_two.reload_rules()
    open_two.close()
    assert changed.event and open_two.event.day_change == time(5, 30)


def test_connect_takes_the_url_as_an_option_too_and_refuses_another_events_file(
    hub: Hub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk-1.checkin"
    code, made = run_json("connect", "hub", "--url", hub.url, "--event", hub.slug, "--token",
                          hub.token("desk-1"), "--db", str(path), "--desk", "desk-1")  # fmt: skip
    assert code == 0 and made["status"] == "connected" and made["pulled"] >= 4
    other = tmp_path / "other.checkin"
    Desk.create(other, "Another event", (DAY,)).close()
    code, _ = run("connect", hub.url, "--event", hub.slug, "--token", hub.token("desk-1"),
                  "--db", str(other))  # fmt: skip
    assert code == 2
    assert f"{other} holds another event than {hub.slug}" in capsys.readouterr().err
