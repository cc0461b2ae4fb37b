"""Commands that check tickets in and take check-ins back: admit, undo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import chain
from typing import Any

from checkin.commands.common import (
    Subparsers,
    add_day,
    add_db,
    add_desk,
    add_json,
    clock_time,
    local_time,
    open_desk,
    show,
)
from checkin.desk import CheckInResult
from checkin.domain.model import Method, Outcome, Reason
from checkin.messages import N_, _

MAX_LINE_BYTES = 4096  # a line of standard input longer than this is refused, not read whole
OUTCOME_WORDS = {
    Outcome.OK: N_("checked in"),
    Outcome.DUPLICATE: N_("already checked in"),
    Outcome.REJECTED: N_("not admitted"),
}
REASON_WORDS = {
    Reason.UNKNOWN: N_("unknown ticket"),
    Reason.CANCELLED: N_("the registration is cancelled"),
    Reason.WRONG_DAY: N_("the ticket is not valid on this day"),
    Reason.NOT_AN_EVENT_DAY: N_("this is not a day of the event"),
    Reason.WRONG_POINT: N_("not admitted at this check-in point"),
    Reason.FORGED: N_("forged: the signature does not match"),
    Reason.UNREADABLE: N_("not a ticket code"),
    Reason.PENDING: N_("signed ticket, registration not here yet"),
    Reason.AMBIGUOUS: N_("ignoring case, the code matches several tickets"),
}
READ_AS_WORDS = {
    "case": N_("read ignoring case"),
    "keyboard_layout": N_("read through a keyboard-layout mix-up"),
}


def register(sub: Subparsers) -> None:
    admit = sub.add_parser("admit", help="check in tickets by code ('-' reads codes from stdin)")
    admit.add_argument("codes", nargs="*", metavar="CODE")
    admit.add_argument("--order", metavar="ORDER", help="check in a whole order or group")
    admit.add_argument(
        "--method", choices=[m.value for m in Method], default=Method.COMMAND_LINE.value,
        help=f"how the codes were read (default {Method.COMMAND_LINE.value})",
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


def stdin_codes() -> Iterator[str]:
    """Yield each non-blank line of standard input; a bad line is passed on, never fatal.

    Lines are read as bytes: one that is not UTF-8 comes out with U+FFFD in it, and one
    longer than MAX_LINE_BYTES is cut there, so the desk refuses either as unreadable and
    the stream goes on.
    """
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text stream put in place of stdin (tests, embedding)
        yield from (line.strip() for line in sys.stdin if line.strip())
        return
    first = True
    while line := stream.readline(MAX_LINE_BYTES):
        if not line.endswith(b"\n") and len(line) == MAX_LINE_BYTES:
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass  # skip the rest of an over-long line
            line += b"\xff"  # never a valid ticket, whatever the start looked like
        text = line.decode("utf-8", errors="replace").strip()
        if first:
            text, first = text.removeprefix("\ufeff"), False
        if text:
            yield text


def _codes(codes: list[str]) -> Iterator[str]:
    for code in codes:
        if code == "-":
            yield from stdin_codes()
        else:
            yield code


def result_json(result: CheckInResult, timezone: str) -> dict[str, Any]:
    """The JSON of a check-in result, its times in the event's zone with their offset."""
    out = result.to_json()
    if result.decision.earlier is not None:
        out["first_at"] = local_time(result.decision.earlier.at, timezone)
    return out


def result_text(result: CheckInResult, timezone: str) -> str:
    """One line for a person: ticket, outcome, name, why or when, and how it was read."""
    decision = result.decision
    name = result.registration.name if result.registration else ""
    line = f"{result.ticket}  {_(OUTCOME_WORDS[decision.outcome])}" + (f"  {name}" if name else "")
    if decision.earlier is not None:
        when = clock_time(decision.earlier.at, timezone)
        line += " " + _("(first at {when}, desk {desk})").format(
            when=when, desk=decision.earlier.desk
        )
    elif decision.valid_days:  # wrong day: say which days it is for
        days = ", ".join(day.isoformat() for day in decision.valid_days)
        line += ": " + _("the ticket is valid on {days}, not on this day").format(days=days)
    elif decision.reason in REASON_WORDS:
        line += f": {_(REASON_WORDS[decision.reason])}"
    if result.candidates:
        line += " (" + " / ".join(result.candidates) + ")"
    if result.message and decision.reason is Reason.UNREADABLE:
        line += f" ({result.message.rstrip('.')})"
    if result.read_as in READ_AS_WORDS:
        line += f"  [{_(READ_AS_WORDS[result.read_as])}]"
    notes = "; ".join(decision.flags)
    return line + ("  [" + _("note: {notes}").format(notes=notes) + "]" if notes else "")


def notice_text(result: CheckInResult) -> str | None:
    """The one-time notice a result carries, for a person, in their language (or None)."""
    if result.notice != "keyboard_layout" or result.layouts is None:
        return None
    scanner, computer = result.layouts
    return _(
        "The scanner seems set to another keyboard layout ({scanner}) than this computer "
        "({computer}); set the scanner to {computer} (see its manual) to stop these corrections."
    ).format(scanner=scanner, computer=computer)


def show_result(args: argparse.Namespace, result: CheckInResult, timezone: str) -> None:
    """Print a result (JSON or a line); a notice goes to standard error once, in words."""
    show(args, result_json(result, timezone), result_text(result, timezone))
    notice = notice_text(result)
    if notice and not getattr(args, "json", False):
        print(_("Note: {notice}").format(notice=notice), file=sys.stderr)


def run_admit(args: argparse.Namespace) -> int:
    if not args.codes and not args.order:
        print(_("checkin admit: give ticket codes, '-' for stdin, or --order ORDER"),
              file=sys.stderr)  # fmt: skip
        return 2
    desk = open_desk(args)
    zone = desk.event.timezone
    method = Method(args.method)
    refused = False
    try:
        group = desk.admit_order(args.order, method, args.day) if args.order else []
        scanned = (desk.check_in(code, method, args.day) for code in _codes(args.codes))
        for result in chain(group, scanned):
            show_result(args, result, zone)
            refused = refused or result.decision.outcome is Outcome.REJECTED
    finally:
        desk.close()
    return 1 if refused else 0


def run_undo(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        day = args.day or desk.today()
        undone = desk.undo(args.code, args.day)
    finally:
        desk.close()
    if undone is None:
        text = _("{code}: nothing to undo on {day} (no check-in in force).").format(
            code=args.code, day=day.isoformat()
        )
        show(args, {"ticket": args.code, "result": "nothing_to_undo"}, text)
        return 1
    text = _("{code}: check-in on {day} undone (the history keeps both entries).").format(
        code=args.code, day=day.isoformat()
    )
    entry = undone.checkin
    show(args, {"ticket": args.code, "result": "undone", "undoes": entry.undoes, "id": entry.id},
         text)  # fmt: skip
    return 0
