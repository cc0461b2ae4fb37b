"""The event day change: before it (04:00 local by default) a moment counts to the day before."""

from datetime import UTC, date, datetime, time

import pytest

from checkin.domain.clock import event_day, parse_day_change

OSLO = "Europe/Oslo"


@pytest.mark.parametrize(
    ("utc", "day_change", "day"),
    [
        (datetime(2026, 6, 1, 22, 10, tzinfo=UTC), time(4), date(2026, 6, 1)),  # 00:10 local
        (datetime(2026, 6, 2, 1, 59, tzinfo=UTC), time(4), date(2026, 6, 1)),  # 03:59 local
        (datetime(2026, 6, 2, 2, 0, tzinfo=UTC), time(4), date(2026, 6, 2)),  # 04:00 local
        (datetime(2026, 6, 1, 22, 10, tzinfo=UTC), time(0), date(2026, 6, 2)),  # midnight rule
        (datetime(2026, 6, 2, 4, 29, tzinfo=UTC), time(6, 30), date(2026, 6, 1)),  # 06:29 local
        # daylight saving ends on 25 October 2026: 02:30 local happens twice, both before 04:00
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), time(4), date(2026, 10, 24)),
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), time(4), date(2026, 10, 24)),
        (datetime(2026, 10, 25, 3, 0, tzinfo=UTC), time(4), date(2026, 10, 25)),  # 04:00 CET
    ],
)
def test_event_day(utc, day_change, day):
    assert event_day(utc, OSLO, day_change) == day


@pytest.mark.parametrize(("text", "value"), [("04:00", time(4)), ("4.30", time(4, 30)),
                                             ("00:00", time(0)), ("12:00", time(12))])  # fmt: skip
def test_parse_day_change(text, value):
    assert parse_day_change(text) == value


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("13:00", "after 12:00"),
        ("4", "not a time"),
        ("25:00", "not a time"),
        ("04:60", "not a time"),
    ],
)
def test_parse_day_change_refuses(text, part):
    with pytest.raises(ValueError, match=part):
        parse_day_change(text)
