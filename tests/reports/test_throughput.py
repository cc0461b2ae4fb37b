"""Desk throughput over hand-made check-ins: pace per desk, time to badge, the queue's wait."""

from datetime import date

import pytest

from checkin.domain.attendance import Attendance, Entry, Timing
from checkin.domain.model import Event
from checkin.reports.queries import Scope
from checkin.reports.throughput import badge_delays, throughput

DAY = date(2026, 6, 1)
T0 = 1_780_300_800.0  # 2026-06-01 08:00:00 UTC, a 10-minute slot's start


def attendance(entries, badges=None, timings=()):
    event = Event(id="e", name="Prøve", days=(DAY,))
    return Attendance(event=event, points={}, ticket_days={}, people=[], entries=entries,
                      badges=badges or {}, timings=timings)  # fmt: skip


def test_badge_delay_is_to_the_first_badge_after_the_check_in_and_reprints_do_not_count():
    entries = [
        Entry("A", "2026-06-01", T0, "D1", "main"),
        Entry("B", "2026-06-01", T0, "D1", "main"),
    ]
    badges = {"A": (T0 - 3600, T0 + 4, T0 + 30), "B": (T0 + 3600,)}  # B's is a reprint an hour on
    assert badge_delays(entries, badges) == [4]


def test_two_desks_their_pace_and_the_medians():
    entries = [Entry(f"T{i}", "2026-06-01", T0 + i * 30, "D1", "main") for i in range(20)]
    entries += [Entry(f"U{i}", "2026-06-01", T0 + i * 120, "D2", "main") for i in range(5)]
    timings = [Timing("D1", "main", T0, ms) for ms in (100, 200, 300, 400)]
    data = attendance(sorted(entries, key=lambda e: e.at), {"T0": (T0 + 2,)}, timings)
    now = T0 + 599  # the 10 minutes up to now (the start excluded): all 25 check-ins
    result = throughput(data, Scope(day=DAY), now, remaining=50, queue=10)
    d1, d2 = result.desks
    assert (d1.desk, d1.checked_in, d2.desk, d2.checked_in) == ("D1", 20, "D2", 5)
    assert d1.per_minute == pytest.approx(2.0)  # 20 in one 10-minute slot
    assert d1.result_ms == (250, 400) and d1.timed == 4
    assert d1.badge_s == 2 and d2.badge_s is None
    pace = 25 / (599 / 60)  # the point opened 599 s ago: its pace over those, not 10 minutes
    assert result.pace == pytest.approx(pace)
    assert result.wait_min == pytest.approx(10 / pace)  # 10 in line
    assert result.clear_min == pytest.approx(50 / pace)


def test_at_opening_the_pace_is_over_the_minutes_worked_not_the_whole_window():
    entries = [Entry(f"T{i}", "2026-06-01", T0 + i * 10, "D1", "main") for i in range(6)]
    data = attendance(entries)
    result = throughput(data, Scope(day=DAY), T0 + 60, remaining=100)
    assert result.pace == pytest.approx(6.0)  # six in the first minute, not 0.6 a minute
    assert result.clear_min == pytest.approx(100 / 6)
    seconds_in = throughput(data, Scope(day=DAY), T0 + 20, remaining=100)
    assert seconds_in.pace == pytest.approx(3.0)  # three in 20 s: counted as a whole minute
