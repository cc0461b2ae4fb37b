"""A report as the terminal shows it, in the language the command line speaks."""

from __future__ import annotations

from checkin.messages import _, ngettext
from checkin.reports.desk_table import DESKS, desk_lines
from checkin.reports.language import Words
from checkin.reports.queries import Group
from checkin.reports.report import Report
from checkin.reports.throughput import Throughput

NO_SHOWS_LISTED = 20  # the terminal lists this many no-shows; the files list them all


def percent(group: Group) -> str:
    """Return a group's share as ``83 %`` (empty when nobody was expected)."""
    return "" if group.share is None else f"{group.share * 100:.0f} %"


def report_text(report: Report) -> str:
    """Return the report as lines of text.

    The totals, one line per group, the distinct count, the no-shows (the first few), the
    current pace and each desk's (`checkin.reports.desk_table`).
    """
    day = report.scope.day
    head = _("{event}, {when}, point {point}: {checked_in} of {expected} checked in").format(
        event=report.event, when=day.isoformat() if day else _("all days"),
        point=report.scope.point, checked_in=report.totals.checked_in,
        expected=report.totals.expected,
    )  # fmt: skip
    lines = [f"{head} ({percent(report.totals)})" if report.totals.expected else head]
    lines += group_lines(list(report.groups))
    if report.distinct is not None and report.by not in ("day", "point"):
        lines.append(
            _("{present} different values of {field} were present (of {expected} expected).")
            .format(present=report.distinct.present, field=report.by,
                    expected=report.distinct.expected)
        )  # fmt: skip
    lines += no_show_lines(report)
    lines += pace_lines(report.pace)
    if report.pace.desks:
        words = Words()
        lines += [words(DESKS) + ":", *desk_lines(report.pace.desks, words)]
    return "\n".join(lines)


def group_lines(groups: list[Group]) -> list[str]:
    """Return one aligned line per group (none when there are no groups but the totals)."""
    if not groups or [g.key for g in groups] == [""]:
        return []
    none = _("(none)")
    width = min(40, max(len(g.key or none) for g in groups))
    return [
        "  "
        + _("{key}  {checked_in} of {expected}").format(
            key=f"{g.key or none:<{width}}", checked_in=f"{g.checked_in:>5}", expected=g.expected
        )
        + (f"  {percent(g):>5}" if g.expected else "")
        for g in groups
    ]


def no_show_lines(report: Report) -> list[str]:
    """Return the count of no-shows and the first few by name."""
    count = len(report.no_shows)
    if not count:
        return []
    lines = [
        ngettext(
            "{count} expected person is not checked in:",
            "{count} expected people are not checked in:",
            count,
        ).format(count=count)
    ]
    for person in report.no_shows[:NO_SHOWS_LISTED]:
        name = f"{person.last_name}, {person.first_name}".strip(", ")
        lines.append(f"  {person.code}  {name}  {person.organisation}".rstrip())
    if count > NO_SHOWS_LISTED:
        more = count - NO_SHOWS_LISTED
        lines.append("  " + _("… and {more} more (see --out).").format(more=more))
    return lines  # fmt: skip


def pace_lines(pace: Throughput) -> list[str]:
    """Return the current pace and what it means for those still expected."""
    if pace.pace is None or pace.clear_min is None:
        return []
    wait = []
    if pace.wait_min is not None:
        wait = [_("The queue of {queue} takes about {minutes:.0f} minutes at the current pace.")
                .format(queue=pace.queue, minutes=pace.wait_min)]  # fmt: skip
    return [
        *wait,
        _("Pace: {pace:.1f} check-ins a minute over the last {window} minutes; the {remaining} "
          "still expected take about {minutes:.0f} minutes at this pace.").format(
            pace=pace.pace, window=pace.window, remaining=pace.remaining, minutes=pace.clear_min),
    ]  # fmt: skip
