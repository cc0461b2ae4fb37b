"""Reading a "valid days" cell: ISO or Norwegian dates, "Dag 2", or weekday names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from checkin.messages import N_, said

WEEKDAYS = {
    name: number
    for number, names in enumerate((
        ("mandag", "måndag", "monday", "man", "mon"),
        ("tirsdag", "tysdag", "tuesday", "tir", "tue"),
        ("onsdag", "wednesday", "ons", "wed"), ("torsdag", "thursday", "tor", "thu"),
        ("fredag", "friday", "fre", "fri"), ("lørdag", "laurdag", "saturday", "lør", "sat"),
        ("søndag", "sundag", "sunday", "søn", "sun"),
    ))
    for name in names
}  # fmt: skip
SEPARATORS = re.compile(r"\s*(?:[,;/+&]|\bog\b|\band\b)\s*", re.IGNORECASE)
NORWEGIAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
NTH_DAY = re.compile(r"^(?:dag|day)?\s*(\d{1,2})\.?$", re.IGNORECASE)


def parse_days(cell: str, event_days: Sequence[date]) -> tuple[tuple[date, ...], str | None]:
    """Return the days a cell names and None, or () and a message saying what is wrong."""
    found: list[date] = []
    for part in SEPARATORS.split(cell.strip()):
        if not part:
            continue
        day = _one_day(part, event_days)
        if isinstance(day, str):
            return (), day
        if event_days and day not in event_days:
            return (), said(N_("{day} is not one of the event's days"), day=day.isoformat())
        found.append(day)
    return tuple(sorted(set(found))), None


def _one_day(part: str, event_days: Sequence[date]) -> date | str:
    try:
        return date.fromisoformat(part)
    except ValueError:
        pass
    match = NORWEGIAN_DATE.match(part)
    if match:
        day, month, year = (int(group) for group in match.groups())
        try:
            return date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            return said(N_("'{part}' is not a date"), part=part)
    return _relative_day(part, event_days)


def _relative_day(part: str, event_days: Sequence[date]) -> date | str:
    nth = NTH_DAY.match(part)
    weekday = WEEKDAYS.get(part.lower().rstrip("."))
    if nth is None and weekday is None:
        return said(N_("'{part}' is not a day (use 2026-06-01, 01.06.2026, Dag 1 or mandag)"),
                    part=part)  # fmt: skip
    if not event_days:
        return said(N_("'{part}' needs the event's days; create the event with --days first"),
                    part=part)  # fmt: skip
    if nth is not None:
        index = int(nth.group(1))
        if not 1 <= index <= len(event_days):
            return said(N_("there is no day {index}: the event's days are Dag 1 to Dag {count}"),
                        count=len(event_days), index=index)  # fmt: skip
        return event_days[index - 1]
    matches = [day for day in event_days if day.weekday() == weekday]
    return matches[0] if matches else said(N_("no event day is a {part}"), part=part)
