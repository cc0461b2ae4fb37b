"""Where the desk's sense of time comes from: the real clock, or a fixed one in tests."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    """Tells the current time in UTC."""

    def now(self) -> datetime: ...


class SystemClock:
    """The computer's clock, always in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stays where it is set; tests move it by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def local_day(at: datetime, timezone: str) -> date:
    """Return the calendar day of a UTC moment in the event's time zone."""
    return at.astimezone(ZoneInfo(timezone)).date()


def event_day(at: datetime, timezone: str, day_change: time) -> date:
    """Return the event day a UTC moment belongs to: before ``day_change`` it is the day before.

    The comparison is on the local wall clock, so it holds across daylight-saving changes.
    """
    local = at.astimezone(ZoneInfo(timezone))
    if local.time().replace(tzinfo=None) < day_change:
        return local.date() - timedelta(days=1)
    return local.date()


MAX_DAY_CHANGE = time(12, 0)


def parse_day_change(text: str) -> time:
    """Read a day change time such as "04:00" (or "4.00"); it must lie from 00:00 to 12:00.

    Raises:
        ValueError: with a message naming the problem.
    """
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", text.strip())
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f"'{text}' is not a time like 04:00")
    value = time(int(match.group(1)), int(match.group(2)))
    if value > MAX_DAY_CHANGE:
        raise ValueError(
            f"the day change {text} is after 12:00; it is the time in the night an event day "
            "ends, such as 04:00 (00:00 for midnight)"
        )
    return value


def utc_text(at: datetime) -> str:
    """Format a moment as the ISO text stored in the event file (UTC, milliseconds, 'Z')."""
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    """Read back a moment written by `utc_text`."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
