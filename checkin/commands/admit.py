"""Commands that check tickets in and take check-ins back: admit, undo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import chain

from checkin.commands.common import Subparsers, add_day, add_db, add_desk, add_json, emit, open_desk
from checkin.domain.model import Method, Outcome


def register(sub: Subparsers) -> None:
    admit = sub.add_parser("admit", help="check in tickets by code ('-' reads codes from stdin)")
    admit.add_argument("codes", nargs="*", metavar="CODE")
    admit.add_argument("--order", metavar="ORDER", help="check in a whole order or group")
    admit.add_argument(
        "--method", choices=[m.value for m in Method], default=Method.HANDHELD.value,
        help="how the codes were read (default handheld)",
    )  # fmt: skip
    add_db(admit)
    add_day(admit)
    add_desk(admit)
    add_json(admit)
    admit.set_defaults(func=run_admit)

    undo = sub.add_parser("undo", help="take back a ticket's latest check-in (history is kept)")
    undo.add_argument("code", metavar="CODE")
    add_db(undo)
    add_day(undo)
    add_desk(undo)
    add_json(undo)
    undo.set_defaults(func=run_undo)


def _codes(codes: list[str]) -> Iterator[str]:
    for code in codes:
        if code == "-":
            yield from (line.strip() for line in sys.stdin if line.strip())
        else:
            yield code


def run_admit(args: argparse.Namespace) -> int:
    if not args.codes and not args.order:
        print("checkin admit: give ticket codes, '-' for stdin, or --order ORDER", file=sys.stderr)
        return 2
    desk = open_desk(args)
    method = Method(args.method)
    refused = False
    try:
        group = desk.admit_order(args.order, method, args.day) if args.order else []
        scanned = (desk.check_in(code, method, args.day) for code in _codes(args.codes))
        for result in chain(group, scanned):
            emit(result.to_json())
            refused = refused or result.decision.outcome is Outcome.REJECTED
    finally:
        desk.close()
    return 1 if refused else 0


def run_undo(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    entry = desk.undo(args.code, args.day)
    desk.close()
    if entry is None:
        emit({"ticket": args.code, "result": "nothing_to_undo"})
        return 1
    emit({"ticket": args.code, "result": "undone", "undoes": entry.undoes, "id": entry.id})
    return 0
