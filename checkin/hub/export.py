"""The hub's attendance export: the desk's columns (CSV or XLSX, formula-safe), every desk merged.

One row per registration with the first check-in time in force per event day at the main
point, in the event's time zone; a last column counts later check-ins of the same ticket on
the same day (duplicates made by desks that were offline together).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from checkin.domain.clock import parse_utc
from checkin.domain.model import EXPORTED
from checkin.export import HEADER, safe_cell
from checkin.hub import reads
from checkin.hub.errors import HubError
from checkin.hub.events import HubEvent
from checkin.hub.report import MAIN_POINT


def rows(conn: sa.Connection, event: HubEvent, point: str = MAIN_POINT) -> Iterator[list[str]]:
    """Yield the header, then one row per registration (by last name, first name, code)."""
    days = [d.isoformat() for d in event.days]
    yield [*HEADER, *(f"Innsjekk {day}" for day in days), "Dobbel innsjekk"]
    zone = ZoneInfo(event.timezone)
    firsts: dict[tuple[str, str], str] = {}
    extra: dict[str, int] = {}
    for row in reads.active_checkins(conn, event):  # oldest first
        if row.point != point:
            continue
        slot = (str(row.code), str(row.day))
        if slot in firsts:
            extra[slot[0]] = extra.get(slot[0], 0) + 1
            continue
        firsts[slot] = parse_utc(str(row.at)).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    people = reads.merged(conn, event, "registration")
    for code in sorted(people, key=lambda c: (_text(people[c], "last_name"),
                                              _text(people[c], "first_name"), c)):  # fmt: skip
        person = people[code]
        base = [code if name == "code" else _text(person, name) for name, _ in EXPORTED]
        times = [firsts.get((code, day), "") for day in days]
        yield [safe_cell(v) for v in base] + times + [str(extra.get(code, 0))]


def _text(person: dict[str, Any], name: str) -> str:
    value = person.get(name, "valid" if name == "status" else "")
    return str(value)


def write(conn: sa.Connection, event: HubEvent, out: Path) -> int:
    """Write the export to a .csv or .xlsx file; returns the number of registrations."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise HubError(400, "bad_file", f"Cannot export to '{out.name}': the file name must "
                       "end in .csv or .xlsx")  # fmt: skip
    table = list(rows(conn, event))
    if suffix == ".csv":
        with out.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=";").writerows(table)
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Oppmøte")
        for line in table:
            sheet.append(line)
        book.save(out)
    return len(table) - 1
