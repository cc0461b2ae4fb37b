"""Attendance on the hub, counted by the desk's own report code (`checkin.reports`).

`attendance` reads the hub's merged records and check-ins into the same `Attendance` snapshot
a desk reads from its event file (`checkin.domain.attendance`), so ``checkin hub report`` and
``checkin hub export`` give what ``checkin report`` and ``checkin export`` give for the same data:
the same keys (``expected``, ``checked_in``, ``groups``), formats and columns. The hub keeps no
organisation aliases, scan-to-result times or badge jobs (they stay at the desks): its reports
join organisations by their folded names alone and show no timings.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa

from checkin.domain.attendance import Attendance, Entry, Person, collector_paused
from checkin.domain.clock import parse_utc
from checkin.domain.model import MAIN_POINT, Event, Point
from checkin.errors import UserError
from checkin.hub import reads
from checkin.hub.errors import HubError
from checkin.hub.events import HubEvent
from checkin.hub.tables import records
from checkin.reports.queries import Scope, needs_extra
from checkin.reports.report import build, to_json

__all__ = ["MAIN_POINT", "attendance", "report_json"]


def attendance(conn: sa.Connection, event: HubEvent, *, extra: bool = True) -> Attendance:
    """Read one hub event into the reports' snapshot (call inside one read transaction).

    Args:
        conn: a connection to the hub's database (SQLite or PostgreSQL).
        event: the event.
        extra: read the imported columns too (an export, a report by such a column).
    """
    with collector_paused():
        return Attendance(
            event=Event(event.id, event.name, event.days, event.timezone),
            points=_points(conn, event), ticket_days=_ticket_days(conn, event),
            people=_people(conn, event, extra=extra), entries=_entries(conn, event),
            source="hub",
        )  # fmt: skip


def _fields(conn: sa.Connection, event: HubEvent, entity: str) -> list[tuple[str, Any]]:
    rows = conn.execute(
        sa.select(records.c.key, records.c.fields)
        .where(records.c.event_id == event.id, records.c.entity == entity)
    )  # fmt: skip
    return [(str(row.key), json.loads(row.fields)) for row in rows]


def _people(conn: sa.Connection, event: HubEvent, *, extra: bool) -> list[Person]:
    found = []
    for code, f in _fields(conn, event, "registration"):
        found.append(Person(
            code, f.get("first_name", ""), f.get("last_name", ""), f.get("organisation", ""),
            f.get("email", ""), f.get("ticket_type", ""), f.get("category", ""),
            tuple(f.get("valid_days") or ()), f.get("status") or "valid",
            f.get("order_code", ""), (f.get("extra") or {}) if extra else {},
        ))  # fmt: skip
    return found


def _points(conn: sa.Connection, event: HubEvent) -> dict[str, Point]:
    found = {MAIN_POINT: Point(MAIN_POINT)}
    for name, f in _fields(conn, event, "point"):
        found[name] = Point(
            name, tuple(f.get("ticket_types") or ()), tuple(f.get("categories") or ()),
            tuple(date.fromisoformat(d) for d in f.get("days") or ()),
            bool(f.get("multi_entry")),
        )  # fmt: skip
    return found


def _ticket_days(conn: sa.Connection, event: HubEvent) -> dict[str, tuple[str, ...]]:
    kinds = _fields(conn, event, "ticket_type")
    return {name: tuple(f["days"]) for name, f in kinds if f.get("days")}


def _entries(conn: sa.Connection, event: HubEvent) -> list[Entry]:
    found = [
        Entry(str(r.code), str(r.day), parse_utc(str(r.at)).timestamp(),
              str(r.desk), str(r.point))
        for r in reads.active_checkins(conn, event)
    ]  # fmt: skip
    found.sort(key=lambda entry: entry.at)  # the stored text's offset may differ from desk to desk
    return found


def report_json(
    conn: sa.Connection,
    event: HubEvent,
    by: str | None = None,
    day: date | None = None,
    point: str = MAIN_POINT,
) -> dict[str, Any]:
    """Return the report as JSON, as ``checkin report --json`` prints it (the HTTP route's).

    Raises:
        HubError: 400 ``bad_field`` when ``by`` names no field or column.
    """
    data = attendance(conn, event, extra=needs_extra(by))
    try:
        return to_json(build(data, Scope(point, day), by))
    except UserError as error:
        raise HubError(400, "bad_field", str(error)) from None
