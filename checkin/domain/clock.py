"""Where the desk's sense of time comes from: the real clock, or a fixed one in tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
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


def utc_text(at: datetime) -> str:
    """Format a moment as the ISO text stored in the event file (UTC, milliseconds, 'Z')."""
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> datetime:
    """Read back a moment written by `utc_text`."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
