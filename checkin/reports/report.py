"""One attendance report: totals, groups, the distinct count, no-shows, arrivals and pace.

`build` counts everything a report document shows, once, over one `Attendance`; the writers
(`to_json`, `checkin.reports.tables`, `checkin.reports.pdf`) only lay it out. The JSON keys
``expected``, ``checked_in`` and ``groups`` are an API (the command line's ``--json``).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from checkin.domain.attendance import Attendance, Person, collector_paused
from checkin.domain.organisations import Joiner
from checkin.reports.queries import (
    Bucket,
    Counting,
    Distinct,
    Group,
    Scope,
    arrivals,
    distinct,
    groups,
    no_shows,
    total,
)
from checkin.reports.throughput import DeskPace, Throughput, throughput


@dataclass(frozen=True)
class Report:
    """What one report shows.

    Attributes:
        event: the event's name.
        timezone: its time zone (IANA name), for times shown.
        scope: the point, and the day (None: the whole event).
        by: the field grouped by (None: totals only).
        totals: expected and checked in over the whole scope (each person once).
        groups: one row per value of ``by``, in Norwegian alphabetical order (by day: in order).
        distinct: how many different values of ``by`` were present (None without ``by``).
        no_shows: expected and not checked in, in Norwegian name order.
        arrivals: first arrivals per 10 minutes (event time zone).
        pace: the desks' pace and the queue's likely wait (`checkin.reports.throughput`).
        source: "event file" or "hub".
    """

    event: str
    timezone: str
    scope: Scope
    by: str | None
    totals: Group
    groups: tuple[Group, ...]
    distinct: Distinct | None
    no_shows: tuple[Person, ...]
    arrivals: tuple[Bucket, ...]
    pace: Throughput
    source: str


def build(
    data: Attendance,
    scope: Scope,
    by: str | None,
    now: float | None = None,
    queue: int | None = None,
) -> Report:
    """Count a report over an attendance snapshot.

    Args:
        data: the attendance (`checkin.desk.Desk.attendance`).
        scope: the check-in point and day (None: every day).
        by: a field (category, ticket_type, organisation, status, order_code, day, point), an
            imported column's header, or None.
        now: the moment the desks' current pace is measured up to (epoch seconds; default now).
        queue: people waiting in line, as someone counted them (the pace gives their wait).

    Raises:
        UserError: ``by`` names no field or column (the message lists the choices).
    """
    with collector_paused():
        return _build(data, scope, by, time.time() if now is None else now, queue)


def _build(data: Attendance, scope: Scope, by: str | None, now: float, queue: int | None) -> Report:
    joiner = Joiner(data.aliases)
    counting = Counting(data, scope)
    rows = tuple(groups(data, scope, by, joiner, counting)) if by else ()
    missing = tuple(no_shows(data, scope, counting))
    return Report(
        event=data.event.name, timezone=data.event.timezone, scope=scope, by=by,
        totals=total(data, scope, counting=counting), groups=rows,
        distinct=distinct(by, rows) if by else None, no_shows=missing,
        arrivals=tuple(arrivals(data, scope)),
        pace=throughput(data, scope, now, len(missing), queue),
        source=data.source,
    )  # fmt: skip


def _share(group: Group) -> float | None:
    return None if group.share is None else round(group.share, 4)


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def to_json(report: Report) -> dict[str, Any]:
    """Return the report as JSON: the keys ``expected``, ``checked_in``, ``groups`` and more.

    Shape: ``{"event", "point", "day" (ISO or null), "by", "expected", "checked_in",
    "share" (0..1 or null), "groups": [{"key", "expected", "checked_in", "share", "names"?}],
    "distinct": {"field", "present", "expected"} or null, "no_shows": [{code, first_name,
    last_name, organisation, category, ticket_type}], "arrivals": [{"start" (ISO with
    offset), "checked_in"}], "pace": {"per_minute", "window_min" (the longest span), "span_min"
    (the minutes the pace was really measured over: fewer at opening), ..., "desks": [{"desk",
    "point", "checked_in",
    "per_minute", "peak_per_minute", "badge_s", "result_ms": {"median", "p95"} (scan to
    result, ms) or null, "timed" (check-ins measured)}]}}``.
    """
    return {
        "event": report.event, "point": report.scope.point, "day": _day(report.scope.day),
        "by": report.by, "expected": report.totals.expected,
        "checked_in": report.totals.checked_in, "share": _share(report.totals),
        "groups": [_group_json(group) for group in report.groups],
        "distinct": None if report.distinct is None else {
            "field": report.distinct.field, "present": report.distinct.present,
            "expected": report.distinct.expected},
        "no_shows": [
            {"code": p.code, "first_name": p.first_name, "last_name": p.last_name,
             "organisation": p.organisation, "category": p.category,
             "ticket_type": p.ticket_type}
            for p in report.no_shows
        ],  # a dict display: three times faster than zip for 40,000 no-shows
        "arrivals": [{"start": b.start.isoformat(), "checked_in": b.checked_in}
                     for b in report.arrivals],
        "pace": _pace_json(report.pace),
    }  # fmt: skip


def json_text(facts: dict[str, Any]) -> str:
    """Return a report's JSON as a file keeps it: one top-level key a line, values compact.

    ``json.dump`` with an indent encodes in Python (1.2 s for 22,000 no-shows); each value
    here goes through the C encoder in one call (0.05 s), and the file still shows its keys
    line by line. Parses to ``facts``, unchanged.
    """
    encode = json.JSONEncoder(ensure_ascii=False).encode  # no indent: the C encoder
    lines = [f" {encode(key)}: {encode(value)}" for key, value in facts.items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _group_json(group: Group) -> dict[str, Any]:
    found: dict[str, Any] = {
        "key": group.key, "expected": group.expected, "checked_in": group.checked_in,
        "share": _share(group),
    }  # fmt: skip
    if group.names:
        found["names"] = list(group.names)
    return found


def _pace_json(pace: Throughput) -> dict[str, Any]:
    return {
        "per_minute": pace.pace, "window_min": pace.window,
        "span_min": None if pace.span_min is None else round(pace.span_min, 2),
        "remaining": pace.remaining,
        "minutes_to_clear": pace.clear_min, "queue": pace.queue, "wait_min": pace.wait_min,
        "desks": [{"desk": d.desk, "point": d.point, "checked_in": d.checked_in,
                   "per_minute": round(d.per_minute, 2),
                   "peak_per_minute": round(d.peak_per_minute, 2),
                   "badge_s": d.badge_s, "result_ms": _result_ms(d), "timed": d.timed}
                  for d in pace.desks],
    }  # fmt: skip


def _result_ms(desk: DeskPace) -> dict[str, float] | None:
    """A desk's scan-to-result times: median and 95th percentile, ms to 0.1, or None."""
    if desk.result_ms is None:
        return None
    median, p95 = desk.result_ms
    return {"median": round(median, 1), "p95": round(p95, 1)}
