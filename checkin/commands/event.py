"""Commands that set up an event: new, info, ticket-type, point, demo-data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from contextlib import suppress
from datetime import time
from pathlib import Path

from rapidfuzz import fuzz, process

from checkin.commands.common import (
    Subparsers,
    add_db,
    add_json,
    open_desk,
    parse_days,
    parse_event_name,
    parse_timezone,
    show,
)
from checkin.desk import Desk
from checkin.domain.clock import parse_day_change
from checkin.domain.fields import to_json
from checkin.domain.model import DEFAULT_DAY_CHANGE, DEFAULT_TIMEZONE, Point, TicketType
from checkin.domain.names import fold
from checkin.errors import UserError
from checkin.messages import N_, _, ngettext
from checkin.reports.language import Words

CLOSE_NAME_SCORE = 80.0


def register(sub: Subparsers) -> None:
    new = sub.add_parser("new", help="create an event file")
    add_db(new)
    new.add_argument("--name", type=parse_event_name, required=True, help="the event's name")
    new.add_argument("--days", type=parse_days, required=True, metavar="D1,D2", help="its days")
    new.add_argument("--timezone", type=parse_timezone, default=DEFAULT_TIMEZONE,
                     help="an IANA time zone (default Europe/Oslo)")  # fmt: skip
    new.add_argument("--day-change", type=_day_change, default=DEFAULT_DAY_CHANGE, metavar="HH:MM",
                     help="local time an event day ends (default 04:00)")  # fmt: skip
    add_json(new)
    new.set_defaults(func=run_new)

    info = sub.add_parser("info", help="show the event and its figures")
    add_db(info)
    add_json(info)
    info.set_defaults(func=run_info)
    _register_rules(sub)

    demo = sub.add_parser("demo-data", help="create a realistic demo event with Norwegian names")
    add_db(demo)
    demo.add_argument("--size", type=int, default=500, help="registrations (default 500)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    add_json(demo)
    demo.set_defaults(func=run_demo_data)


def _register_rules(sub: Subparsers) -> None:
    kind = sub.add_parser("ticket-type", help="set a ticket type's valid days and desk note")
    add_db(kind)
    kind.add_argument("name", metavar="NAME", help="a ticket type the registrations have")
    kind.add_argument("--days", type=parse_days, default=(), metavar="D1,D2")
    kind.add_argument("--note", default="", help='a note the desk must act on ("check student ID")')
    kind.add_argument("--new", action="store_true", help="a type no registration has (yet)")
    add_json(kind)
    kind.set_defaults(func=run_ticket_type)

    point = sub.add_parser("point", help="add or change a check-in point")
    add_db(point)
    point.add_argument("name", metavar="NAME")
    point.add_argument("--ticket-types", default="", metavar="T1,T2", help="admitted types")
    point.add_argument("--categories", default="", metavar="C1,C2", help="admitted categories")
    point.add_argument("--days", type=parse_days, default=(), metavar="D1,D2")
    point.add_argument("--multi", action="store_true", help="allow many entries a day")
    point.add_argument("--new", action="store_true", help="types/categories no one has (yet)")
    add_json(point)
    point.set_defaults(func=run_point)


def _day_change(text: str) -> time:
    try:
        return parse_day_change(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _remove_new_file(path: Path) -> None:
    """Remove an event file this command began and could not finish (never a half file)."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with suppress(OSError):
            leftover.unlink()


def _creating(path: Path) -> bool:
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


def run_new(args: argparse.Namespace) -> int:
    if not _creating(args.db):
        raise UserError(
            _("{path} already exists; choose another file for the new event.").format(path=args.db)
        )
    desk = None
    try:  # every argument was checked by the parser: a failure here removes what was made
        desk = Desk.create(args.db, args.name, args.days, args.timezone, day_change=args.day_change)
        _show_event(args, desk, _("Created {event}"))
    except BaseException:
        if desk is not None:
            desk.close()
        _remove_new_file(args.db)
        raise
    desk.close()
    return 0


def run_info(args: argparse.Namespace) -> int:
    desk = open_desk(args, readonly=True)
    try:
        _show_event(args, desk, "{event}")
    finally:
        desk.close()
    return 0


def _event_json(desk: Desk) -> dict[str, object]:
    checked_in, expected = desk.counts()
    return {
        "db": str(desk.path),
        "event": desk.event.name,
        "id": desk.event.id,
        "days": [day.isoformat() for day in desk.event.days],
        "timezone": desk.event.timezone,
        "day_change": desk.event.day_change.strftime("%H:%M"),
        "registrations": desk.count_registrations(),
        "today": desk.today().isoformat(),
        "checked_in_today": checked_in,
        "expected_today": expected,
    }


def _show_event(args: argparse.Namespace, desk: Desk, title: str) -> None:
    """Show the event; ``title`` is its first line, with ``{event}`` for the event's name."""
    facts = _event_json(desk)
    days = ", ".join(day.isoformat() for day in desk.event.days)
    today = desk.today()
    words = Words()  # counts grouped as the language writes them: "10 800", "10,800"
    figures = (
        words.format(_("today ({day}): {checked_in} of {expected} checked in"),
            day=today.isoformat(), checked_in=facts["checked_in_today"],
            expected=facts["expected_today"])
        if today in desk.event.days
        else _("today ({day}) is not an event day").format(day=today.isoformat())
    )  # fmt: skip
    text = words.format(
        _("  file: {file}\n  days: {days} ({timezone})\n  registrations: {count}"),
        file=desk.path,
        days=days,
        timezone=desk.event.timezone,
        count=facts["registrations"],
    )
    show(args, facts, f"{title.format(event=desk.event.name)}\n{text}\n  {figures}")


def close_name(name: str, known: Iterable[str]) -> str | None:
    """Return the known name a typed one is likely a typo of ("Dagsbilett" → "Dagsbillett")."""
    found = process.extractOne(
        name, list(known), scorer=fuzz.ratio, processor=fold, score_cutoff=CLOSE_NAME_SCORE
    )
    return None if found is None else str(found[0])


UNKNOWN_NAME = {
    "ticket_type": N_(
        "No registration has the ticket type '{name}'.{hint} To set up a ticket type no one has "
        "yet, add --new."
    ),
    "category": N_(
        "No registration has the category '{name}'.{hint} To set up a category no one has yet, "
        "add --new."
    ),
}


def check_names(given: Iterable[str], known: set[str], field: str, allow_new: bool) -> None:
    """Refuse names no registration has, suggesting the close one; --new lets them through.

    Args:
        given: the names typed.
        known: the names the registrations have.
        field: ``ticket_type`` or ``category``.
        allow_new: --new was given.

    Raises:
        UserError: a name is unknown while the event has registrations and --new is not given.
    """
    for name in given:
        if name in known or allow_new or not known:
            continue
        close = close_name(name, known)
        hint = (_(" Did you mean '{close}'?").format(close=close) if close
                else _(" Known: {known}.").format(known=", ".join(sorted(known))))  # fmt: skip
        raise UserError(_(UNKNOWN_NAME[field]).format(name=name, hint=hint))


def run_ticket_type(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        check_names([args.name], desk.values_in_use("ticket_type"), "ticket_type", args.new)
        kind = TicketType(args.name, args.days, args.note)
        desk.set_ticket_type(kind)
        holders = sum(1 for reg in desk.registrations() if reg.ticket_type == kind.name)
    finally:
        desk.close()
    days = ", ".join(d.isoformat() for d in kind.days) or _("every event day")
    note = _("; note: {note}").format(note=kind.note) if kind.note else ""
    text = ngettext(
        "Ticket type '{name}' ({count} registration): valid {days}{note}.",
        "Ticket type '{name}' ({count} registrations): valid {days}{note}.",
        holders,
    )
    show(args, to_json(kind), text.format(name=kind.name, count=holders, days=days, note=note))
    if not holders and not args.json:
        print(_("Note: no registration has the ticket type '{name}' yet.").format(name=kind.name),
              file=sys.stderr)  # fmt: skip
    return 0


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def run_point(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        kinds, groups = _names(args.ticket_types), _names(args.categories)
        check_names(kinds, desk.values_in_use("ticket_type"), "ticket_type", args.new)
        check_names(groups, desk.values_in_use("category"), "category", args.new)
        entry = Point(args.name, kinds, groups, args.days, args.multi)
        desk.set_point(entry)
    finally:
        desk.close()
    every = _("all")
    text = (
        _("Check-in point '{name}': ticket types {kinds}; categories {groups}; days {days}; "
          "many entries a day.") if entry.multi_entry else
        _("Check-in point '{name}': ticket types {kinds}; categories {groups}; days {days}; "
          "one entry a day.")
    ).format(name=entry.name, kinds=", ".join(kinds) or every, groups=", ".join(groups) or every,
             days=", ".join(d.isoformat() for d in entry.days) or every)  # fmt: skip
    show(args, to_json(entry), text)
    return 0


def run_demo_data(args: argparse.Namespace) -> int:
    from checkin.demo import make_demo

    if not _creating(args.db):
        raise UserError(
            _("{path} already exists; choose another file for the demo event.").format(path=args.db)
        )
    try:
        desk = make_demo(args.db, size=args.size, seed=args.seed)
    except BaseException:
        _remove_new_file(args.db)
        raise
    _show_event(args, desk, _("Created the demo event {event}"))
    desk.close()
    return 0
