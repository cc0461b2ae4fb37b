"""A report as the terminal shows it, in the language the command line speaks."""

from __future__ import annotations

from checkin.messages import _, ngettext
from checkin.reports.language import DASHBOARD, HOURS_FROM, Words
from checkin.reports.queries import Group
from checkin.reports.report import Report
from checkin.reports.throughput import DeskPace, Throughput

NO_SHOWS_LISTED = 20  # the terminal lists this many no-shows; the files list them all


def percent(group: Group) -> str:
    """Return a group's share as ``83 %`` (empty when nobody was expected)."""
    return "" if group.share is None else f"{group.share * 100:.0f} %"


def report_text(report: Report) -> str:
    """Return the report as lines of text.

    The totals, one line per group, the distinct count, the no-shows (the first few), the
    current pace and the queue's wait, and each desk's pace (`checkin.reports.desk_table`).
    """
    words = Words()
    day = report.scope.day
    head = words.format(
        _("{event}, {when}, point {point}: {checked_in} of {expected} checked in"),
        event=report.event, when=day.isoformat() if day else _("all days"),
        point=words.point(report.scope.point), checked_in=report.totals.checked_in,
        expected=report.totals.expected,
    )  # fmt: skip
    lines = [f"{head} ({percent(report.totals)})" if report.totals.expected else head]
    lines += group_lines(list(report.groups), report.by, words)
    if report.distinct is not None and report.by not in ("day", "point"):
        present = report.distinct.present
        found = ngettext(
            "{present} different value of {field} was present (of {expected} expected).",
            "{present} different values of {field} were present (of {expected} expected).",
            present,
        )
        lines.append(words.format(found, present=present, field=words.field(report.by),
                                  expected=report.distinct.expected))  # fmt: skip
    lines += no_show_lines(report)
    lines += pace_lines(report.pace)
    lines += desk_lines(report.pace.desks)
    return "\n".join(lines)


def group_lines(
    groups: list[Group], field: str | None = None, words: Words | None = None
) -> list[str]:
    """Return one aligned line per group (none when there are no groups but the totals)."""
    if not groups or [g.key for g in groups] == [""]:
        return []
    none = _("(none)")
    keys = [(words.group(field, g.key) if words else g.key) or none for g in groups]
    width = min(40, max(len(key) for key in keys))
    words = words or Words()  # counts grouped as the language writes them ("10 058")
    counts = [words.format(_("{checked_in} of {expected}"), checked_in=g.checked_in,
                           expected=g.expected) for g in groups]  # fmt: skip
    count_width = max(len(text) for text in counts)
    return [
        f"  {key:<{width}}  {count:>{count_width}}" + (f"  {percent(g):>5}" if g.expected else "")
        for key, count, g in zip(keys, counts, groups, strict=True)
    ]


def no_show_lines(report: Report) -> list[str]:
    """Return the count of no-shows and the first few by name."""
    count, words = len(report.no_shows), Words()
    if not count:
        return []
    lines = [
        words.format(
            ngettext(
                "{count} expected person is not checked in:",
                "{count} expected people are not checked in:",
                count,
            ),
            count=count,
        )
    ]
    for person in report.no_shows[:NO_SHOWS_LISTED]:
        name = f"{person.last_name}, {person.first_name}".strip(", ")
        lines.append(f"  {person.code}  {name}  {person.organisation}".rstrip())
    if count > NO_SHOWS_LISTED:
        more = count - NO_SHOWS_LISTED
        lines.append("  " + words.format(_("… and {more} more (see --out)."), more=more))
    return lines  # fmt: skip


def pace_lines(pace: Throughput) -> list[str]:
    """Return the current pace, what it means for those still expected, and the queue's wait.

    The pace is said over the minutes it was measured over (`Throughput.span`: fewer than
    the window at opening); counts are grouped as the language writes them.
    """
    words = Words()  # the language the command line speaks: its decimal sign and grouping
    if pace.pace is None or pace.clear_min is None:  # nobody came lately: no pace to tell
        if not pace.queue:
            return []
        return [words.format(words(DASHBOARD["no_pace"]), window=pace.window,
                             remaining=pace.remaining)]  # fmt: skip
    line, minutes = _clear_line(pace.remaining, pace.clear_min)
    lines = [words.format(line, pace=pace.pace, window=pace.span, remaining=pace.remaining,
                          minutes=minutes)]  # fmt: skip
    if pace.wait_min is not None and pace.queue:
        minutes = whole_minutes(pace.wait_min)
        queue = ngettext(
            "The queue of {queue} takes about {minutes} minute at the current pace.",
            "The queue of {queue} takes about {minutes} minutes at the current pace.",
            minutes,
        )
        lines.append(words.format(queue, queue=pace.queue, minutes=minutes))
    return lines


def _clear_line(remaining: int, clear_min: float) -> tuple[str, int]:
    """The pace's sentence (in the CLI's language) and the whole minutes or hours it says."""
    if remaining and clear_min >= HOURS_FROM:
        minutes = round(clear_min / 60)  # "about 141 hours", not "about 8,479 minutes"
        line = ngettext(
            "Pace: {pace:.1f} check-ins a minute over the last {window} min; the "
            "{remaining} still expected take about {minutes} hour at this pace.",
            "Pace: {pace:.1f} check-ins a minute over the last {window} min; the "
            "{remaining} still expected take about {minutes} hours at this pace.",
            minutes,
        )
    elif remaining:
        minutes = whole_minutes(clear_min)
        line = ngettext(
            "Pace: {pace:.1f} check-ins a minute over the last {window} min; the "
            "{remaining} still expected take about {minutes} minute at this pace.",
            "Pace: {pace:.1f} check-ins a minute over the last {window} min; the "
            "{remaining} still expected take about {minutes} minutes at this pace.",
            minutes,
        )
    else:
        minutes = 0
        line = _(
            "Pace: {pace:.1f} check-ins a minute over the last {window} min; nobody "
            "expected is still missing."
        )
    return line, minutes


def whole_minutes(minutes: float) -> int:
    """Minutes as said to people: rounded, and never "about 0 minutes" for some wait."""
    return max(1, round(minutes))


def desk_lines(desks: tuple[DeskPace, ...], shown: int = 8) -> list[str]:
    """Return a line per desk: its check-ins, pace, scan to result and time to badge."""
    lines, words = ([_("Desks:")] if desks else []), Words()
    for desk in desks[:shown]:
        line = words.format(
            _("{desk} at {point}: {checked_in} checked in, {per_minute:.1f} a minute in slots with "
              "check-ins, busiest 10 minutes {peak:.1f} a minute"),
            desk=desk.desk, point=words.point(desk.point), checked_in=desk.checked_in,
            per_minute=desk.per_minute, peak=desk.peak_per_minute)  # fmt: skip
        if desk.result_ms is not None:
            line += "; " + words.format(_("scan to result {ms:.0f} ms"), ms=desk.result_ms[0])
        if desk.badge_s is not None:
            line += "; " + words.format(_("to badge {seconds:.0f} s"), seconds=desk.badge_s)
        lines.append("  " + line)
    return lines
