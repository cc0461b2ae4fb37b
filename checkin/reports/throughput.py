"""Desk throughput: check-ins per minute per desk and point, scan to result, the queue's wait.

What no peer shows organisers: how fast each desk works, how long a scan takes to its answer
and to the badge being queued (where the desk measured it), and how long the queue will take
at the current pace ("about 6 minutes"). The pace is the check-ins at the point over the last
``window`` minutes before ``now``; the queue is counted by a person (the dashboard's field,
``--queue``) since no desk can see the line. Without one, the time to check in everyone still
expected today at that pace is given instead.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import repeat
from operator import eq, floordiv

from checkin.domain.attendance import Attendance, Entry, EntryColumns
from checkin.reports.queries import Scope

PACE_WINDOW_MIN = 10  # the current pace is measured over this many minutes
SLOT_S = 600  # a desk's busy time is counted in 10-minute slots
BADGE_WITHIN_S = 600  # a badge queued later than this after the check-in was a reprint


@dataclass(frozen=True)
class DeskPace:
    """One desk at one point: how many it checked in and how fast.

    Attributes:
        desk, point: where.
        checked_in: check-ins in force.
        per_minute: check-ins per minute over the 10-minute slots it worked in.
        peak_per_minute: check-ins per minute in its busiest 10-minute slot.
        result_ms: median and 95th percentile scan to result (ms), None where not measured.
        timed: how many of its check-ins were measured from scan to result.
        badge_s: median seconds from check-in to badge queued, None without badges.
    """

    desk: str
    point: str
    checked_in: int
    per_minute: float
    peak_per_minute: float
    result_ms: tuple[float, float] | None
    timed: int
    badge_s: float | None


@dataclass(frozen=True)
class Throughput:
    """The desks' pace and what it means for the queue.

    Attributes:
        desks: every desk and point in the scope's day (all points), busiest first.
        pace: check-ins per minute at the scope's point over the last ``window`` minutes
            before ``now``, or since its first check-in when that is later (at least a
            minute); None when nobody was checked in then.
        window: the longest span the pace is measured over, in minutes (`PACE_WINDOW_MIN`).
        remaining: people expected in the scope not checked in yet.
        queue: people in the queue, as counted by someone (None if not given).
        wait_min: the queue's likely wait at the current pace, in minutes.
        clear_min: minutes to check in everyone remaining at the current pace.
        span_min: the minutes the pace was really measured over: ``window``, or fewer (at
            least 1) since the point's first check-in when it opened later; None: ``window``.
    """

    desks: tuple[DeskPace, ...]
    pace: float | None
    window: int
    remaining: int
    queue: int | None
    wait_min: float | None
    clear_min: float | None
    span_min: float | None = None

    @property
    def span(self) -> int:
        """The whole minutes the pace was measured over, as said to people (1 to ``window``)."""
        span = self.window if self.span_min is None else self.span_min
        return max(1, min(self.window, round(span)))


def throughput(
    data: Attendance,
    scope: Scope,
    now: float,
    remaining: int,
    queue: int | None = None,
    window: int = PACE_WINDOW_MIN,
) -> Throughput:
    """Measure the desks in a scope and the queue's likely wait.

    Args:
        data: the attendance.
        scope: the point and day (all days when None) measured.
        now: the moment the pace is measured up to (epoch seconds).
        remaining: people expected and not yet checked in (`queries.no_shows`).
        queue: people waiting in line, if someone counted them.
        window: the minutes the current pace is measured over.
    """
    day = str(scope.day) if scope.day else None
    entries = data.checkins
    if day is not None:
        entries = entries.where(list(map(eq, entries.days, repeat(day))))
    recent = _recent(entries, now - window * 60, now, scope.point)
    span = _span(entries, now, window, scope.point)
    pace = recent / span if recent else None
    return Throughput(
        desks=tuple(desk_paces(data, entries)),
        pace=pace,
        window=window,
        remaining=remaining,
        queue=queue,
        wait_min=queue / pace if pace and queue is not None else None,
        clear_min=remaining / pace if pace else None,
        span_min=span,
    )


def _span(entries: EntryColumns, now: float, window: int, point: str) -> float:
    """The minutes the pace is measured over: the window, or less when the point opened later.

    At opening, one minute's check-ins are not spread over ten: from the point's first
    check-in in the scope to now, at least one minute.
    """
    try:
        opened = entries.ats[entries.points.index(point)]  # the oldest there: one pass
    except ValueError:  # nobody checked in at the point in the scope
        opened = now
    return max(1.0, min(float(window), (now - opened) / 60))


def _recent(entries: EntryColumns, since: float, now: float, point: str) -> int:
    """Count the check-ins at a point in (since, now]: the entries are oldest first."""
    first, last = bisect_right(entries.ats, since), bisect_right(entries.ats, now)
    return entries.points[first:last].count(point)


def desk_paces(data: Attendance, entries: EntryColumns) -> list[DeskPace]:
    """Return each desk's pace at each point, busiest first."""
    slot_of = map(floordiv, entries.ats, repeat(SLOT_S))  # a whole float: as good as an int
    slots = Counter(zip(entries.desks, entries.points, slot_of, strict=True))  # in C
    counts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for (desk, point, _slot), count in slots.items():
        counts[(desk, point)].append(count)
    by_desk: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    if data.badges:  # the entries themselves are needed only to match badges to check-ins
        for entry in entries:
            by_desk[(entry.desk, entry.point)].append(entry)
    times: dict[tuple[str, str], list[float]] = defaultdict(list)
    for timing in data.timings:
        times[(timing.desk, timing.point)].append(timing.ms)
    paces = [
        _pace(key, listed, times.get(key, []), by_desk.get(key, []), data)
        for key, listed in counts.items()
    ]
    return sorted(paces, key=lambda p: (-p.checked_in, p.point, p.desk))


def _pace(
    key: tuple[str, str], slots: list[int], ms: list[float], entries: list[Entry], data: Attendance
) -> DeskPace:
    checked_in = sum(slots)
    return DeskPace(
        desk=key[0],
        point=key[1],
        checked_in=checked_in,
        per_minute=checked_in / (len(slots) * SLOT_S / 60),
        peak_per_minute=max(slots) / (SLOT_S / 60),
        result_ms=_median_p95(ms),
        timed=len(ms),
        badge_s=_median(badge_delays(entries, data.badges)),
    )


def badge_delays(entries: Iterable[Entry], badges: Mapping[str, tuple[float, ...]]) -> list[float]:
    """Return seconds from each check-in to its ticket's first badge queued after it."""
    delays: list[float] = []
    if not badges:
        return delays
    for entry in entries:
        later = [at - entry.at for at in badges.get(entry.code, ()) if at - entry.at >= -1]
        if later and min(later) <= BADGE_WITHIN_S:
            delays.append(max(0.0, min(later)))
    return delays


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _median_p95(values: list[float]) -> tuple[float, float] | None:
    if not values:
        return None
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
