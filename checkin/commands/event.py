"""Commands that set up an event: new, info, ticket-type, point, demo-data."""

from __future__ import annotations

import argparse
from datetime import time

from checkin.commands.common import Subparsers, add_db, add_json, emit, open_desk, parse_days
from checkin.desk import Desk
from checkin.domain.clock import parse_day_change
from checkin.domain.model import DEFAULT_DAY_CHANGE, DEFAULT_TIMEZONE, Point, TicketType
from checkin.store.event import point_dict, ticket_type_dict


def register(sub: Subparsers) -> None:
    new = sub.add_parser("new", help="create an event file")
    add_db(new)
    new.add_argument("--name", required=True, help="the event's name")
    new.add_argument("--days", type=parse_days, required=True, metavar="D1,D2", help="its days")
    new.add_argument("--timezone", default=DEFAULT_TIMEZONE, help="default Europe/Oslo")
    new.add_argument("--day-change", type=_day_change, default=DEFAULT_DAY_CHANGE, metavar="HH:MM",
                     help="local time an event day ends (default 04:00)")  # fmt: skip
    add_json(new)
    new.set_defaults(func=run_new)

    info = sub.add_parser("info", help="show the event and its figures")
    add_db(info)
    add_json(info)
    info.set_defaults(func=run_info)

    kind = sub.add_parser("ticket-type", help="set a ticket type's valid days and desk note")
    add_db(kind)
    kind.add_argument("name", metavar="NAME")
    kind.add_argument("--days", type=parse_days, default=(), metavar="D1,D2")
    kind.add_argument("--note", default="", help='a note the desk must act on ("check student ID")')
    add_json(kind)
    kind.set_defaults(func=run_ticket_type)

    point = sub.add_parser("point", help="add or change a check-in point")
    add_db(point)
    point.add_argument("name", metavar="NAME")
    point.add_argument("--ticket-types", default="", metavar="T1,T2", help="admitted types")
    point.add_argument("--categories", default="", metavar="C1,C2", help="admitted categories")
    point.add_argument("--days", type=parse_days, default=(), metavar="D1,D2")
    point.add_argument("--multi", action="store_true", help="allow many entries a day")
    add_json(point)
    point.set_defaults(func=run_point)

    demo = sub.add_parser("demo-data", help="create a realistic demo event with Norwegian names")
    add_db(demo)
    demo.add_argument("--size", type=int, default=500, help="registrations (default 500)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    add_json(demo)
    demo.set_defaults(func=run_demo_data)


def _day_change(text: str) -> time:
    try:
        return parse_day_change(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run_new(args: argparse.Namespace) -> int:
    desk = Desk.create(args.db, args.name, args.days, args.timezone, day_change=args.day_change)
    emit(_event_json(desk))
    desk.close()
    return 0


def run_info(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    emit(_event_json(desk))
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


def run_ticket_type(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    kind = TicketType(args.name, args.days, args.note)
    desk.set_ticket_type(kind)
    emit(ticket_type_dict(kind))
    desk.close()
    return 0


def _names(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def run_point(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    entry = Point(
        args.name, _names(args.ticket_types), _names(args.categories), args.days, args.multi
    )
    desk.set_point(entry)
    emit(point_dict(entry))
    desk.close()
    return 0


def run_demo_data(args: argparse.Namespace) -> int:
    from checkin.demo import make_demo

    desk = make_demo(args.db, size=args.size, seed=args.seed)
    emit(_event_json(desk))
    desk.close()
    return 0
