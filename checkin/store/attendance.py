"""Attendance figures straight from the event file: expected, checked in, per group.

One SQL query per figure, so a report over 100,000 registrations does not walk them in
Python. "Expected" on a day follows the same precedence as `rules.valid_days`: the
registration's own days, else its ticket type's, else every event day; cancelled tickets are
not expected. A ticket checked in without a registration (a signed ticket whose registration
has not arrived yet) counts as checked in, under an empty group key.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from checkin.domain.model import Event, Point
from checkin.errors import UserError
from checkin.messages import _

BUILT_IN_GROUPS = {
    "category": "r.category",
    "ticket_type": "r.ticket_type",
    "organisation": "r.organisation",
    "status": "r.status",
    "order_code": "r.order_code",
}


@dataclass(frozen=True)
class Group:
    """One row of a report: a value of the grouping field and its two counts."""

    key: str
    expected: int
    checked_in: int


def _valid_on(day: date | None, event: Event) -> tuple[str, list[Any]]:
    if day is None:
        return "1", []
    if event.days and day not in event.days:
        return "0", []
    quoted = json.dumps(day.isoformat())
    sql = (
        "CASE WHEN r.valid_days != '[]' THEN instr(r.valid_days, ?) > 0 "
        "WHEN t.days IS NOT NULL AND t.days != '[]' THEN instr(t.days, ?) > 0 ELSE 1 END"
    )
    return sql, [quoted, quoted]


def _admitted_here(point: Point, day: date | None) -> tuple[str, list[Any]]:
    """The point's rules as SQL: its days (on a day), ticket types and categories."""
    if day is not None and point.days and day not in point.days:
        return "0", []
    clauses, params = [], []
    if point.ticket_types:
        clauses.append("r.ticket_type IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(point.ticket_types)))
    if point.categories:
        clauses.append("r.category IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(point.categories)))
    return (" AND ".join(clauses) or "1"), params


def group_expression(conn: sqlite3.Connection, field: str) -> tuple[str, list[Any]]:
    """Return the SQL for a grouping field: a built-in one or an imported column's header."""
    if field in BUILT_IN_GROUPS:
        return BUILT_IN_GROUPS[field], []
    path = '$."' + field.replace('"', '\\"') + '"'
    found = conn.execute(
        "SELECT 1 FROM registrations WHERE json_extract(extra, ?) IS NOT NULL LIMIT 1", (path,)
    ).fetchone()
    if found is None:
        choices = ", ".join([*BUILT_IN_GROUPS, "day", *extra_headers(conn)])
        raise UserError(
            _(
                "Cannot group by '{field}': no such field or column. Choose one of: {choices}."
            ).format(field=field, choices=choices)
        )
    return "json_extract(r.extra, ?)", [path]


def extra_headers(conn: sqlite3.Connection) -> list[str]:
    """Return the headers of imported columns kept as extra fields."""
    rows = conn.execute(
        "SELECT DISTINCT key FROM registrations, json_each(registrations.extra) ORDER BY key"
    )
    return [row[0] for row in rows]


def groups(
    conn: sqlite3.Connection, event: Event, point: Point, day: date | None, field: str | None
) -> list[Group]:
    """Return expected and checked-in counts per value of a field (one group if none)."""
    key_sql, key_params = group_expression(conn, field) if field else ("''", [])
    valid_sql, valid_params = _valid_on(day, event)
    point_sql, point_params = _admitted_here(point, day)
    done_day = "AND c.day = ?" if day is not None else ""
    done_params: list[Any] = [point.name] + ([day.isoformat()] if day is not None else [])
    sql = f"""
        WITH done AS (
            SELECT DISTINCT c.code FROM checkins c WHERE c.point = ? AND c.kind = 'checkin'
            {done_day} AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id)),
        expected AS (
            SELECT r.code AS code, coalesce({key_sql}, '') AS key FROM registrations r
            LEFT JOIN ticket_types t ON t.name = r.ticket_type
            WHERE r.status = 'valid' AND ({valid_sql}) AND ({point_sql})),
        everyone AS (
            SELECT e.code, e.key, 1 AS exp FROM expected e
            UNION ALL
            SELECT d.code, coalesce((SELECT {key_sql} FROM registrations r
                                     WHERE r.code = d.code), ''), 0
            FROM done d WHERE d.code NOT IN (SELECT code FROM expected))
        SELECT key, sum(exp), sum(code IN (SELECT code FROM done)) FROM everyone
        GROUP BY key ORDER BY key"""
    params = [*done_params, *key_params, *valid_params, *point_params, *key_params]
    return [Group(str(key), int(exp), int(done)) for key, exp, done in conn.execute(sql, params)]


def totals(conn: sqlite3.Connection, event: Event, point: Point, day: date | None) -> Group:
    """Return the expected and checked-in counts of a whole day (or of the whole event)."""
    return sum_of(groups(conn, event, point, day, None))


def sum_of(rows: list[Group]) -> Group:
    """Return the total of some groups."""
    return Group("", sum(g.expected for g in rows), sum(g.checked_in for g in rows))
