"""Commands for badges and tickets: badge (PDF), print (silently), printers, tickets.

Qt is imported inside the commands, so the other commands start without loading it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.badges.template import DEFAULT_TEMPLATE, load_template, template_names
from checkin.commands.common import (
    Subparsers,
    TerminalProgress,
    add_db,
    add_json,
    emit,
    open_desk,
    show,
)
from checkin.desk import Desk
from checkin.errors import NotFoundError, StorageError, Trouble
from checkin.messages import _, ngettext

if TYPE_CHECKING:
    from checkin.badges.render import Badge
    from checkin.desk import PrintLog

PRINT_WAIT_S = 60.0


def _add_template(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template", default=DEFAULT_TEMPLATE, metavar="NAME",
        help=f"badge template: {', '.join(template_names())}, or a .toml file "
        f"(default {DEFAULT_TEMPLATE})",
    )  # fmt: skip


def register(sub: Subparsers) -> None:
    badge = sub.add_parser("badge", help="write badges to one PDF (given codes, or --all)")
    badge.add_argument("codes", nargs="*", metavar="CODE")
    badge.add_argument("--all", action="store_true", help="every valid registration, by name")
    badge.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _add_template(badge)
    add_db(badge)
    add_json(badge)
    badge.set_defaults(func=run_badge)

    print_ = sub.add_parser("print", help="print one badge now, without a dialog")
    print_.add_argument("code", metavar="CODE")
    print_.add_argument("--printer", metavar="NAME", help="printer (default: the system's)")
    _add_template(print_)
    add_db(print_)
    add_json(print_)
    print_.set_defaults(func=run_print)

    printers = sub.add_parser("printers", help="list the printers and their health")
    add_json(printers)
    printers.set_defaults(func=run_printers)

    tickets = sub.add_parser("tickets", help="write a QR ticket (PNG + PDF) per registration")
    tickets.add_argument("--out", type=Path, required=True, metavar="DIR")
    add_db(tickets)
    add_json(tickets)
    tickets.set_defaults(func=run_tickets)


def _badges(desk: Desk, codes: list[str], every: bool) -> list[Badge]:
    from checkin.badges.render import badge_for

    name = desk.event.name
    if every:
        return [badge_for(reg, desk.ticket_payload(reg), name) for reg in desk.valid_by_name()]
    found = {code: desk.registration(code) for code in codes}
    missing = [code for code, reg in found.items() if reg is None]
    if missing:
        raise NotFoundError(
            _("No registration with ticket code {codes}.").format(codes=", ".join(missing))
        )
    return [badge_for(reg, desk.ticket_payload(reg), name) for reg in found.values() if reg]


def run_badge(args: argparse.Namespace) -> int:
    if bool(args.codes) == bool(args.all):
        print(_("checkin badge: give ticket codes or --all (not both)"), file=sys.stderr)
        return 2
    from checkin.badges.render import render_pdf

    template = load_template(args.template)
    desk = open_desk(args, readonly=True)
    try:
        badges = _badges(desk, args.codes, args.all)
    finally:
        desk.close()
    progress = TerminalProgress("Badges")
    try:
        render_pdf(badges, template, args.out, progress)
    finally:
        progress.close()
    pages = -(-len(badges) // len(template.slots()))
    result = {
        "out": str(args.out),
        "badges": len(badges),
        "pages": pages,
        "template": template.name,
    }
    on_pages = ngettext("on {pages} page", "on {pages} pages", pages).format(pages=pages)
    text = ngettext("Wrote {count} badge {on_pages} to {file}.",
                    "Wrote {count} badges {on_pages} to {file}.", len(badges))  # fmt: skip
    show(args, result, text.format(count=len(badges), on_pages=on_pages, file=args.out))
    return 0


def run_print(args: argparse.Namespace) -> int:
    from checkin.badges.printing import JobState, PrintQueue
    from checkin.badges.render import badge_for

    load_template(args.template)  # a bad template is bad input (exit 2), not a refused print
    desk = open_desk(args, readonly=True)
    try:
        registration = desk.registration(args.code)
        if registration is None:
            raise NotFoundError(
                _("No registration with ticket code '{code}'.").format(code=args.code)
            )
        badge = badge_for(registration, desk.ticket_payload(registration), desk.event.name)
        log = _print_log(args, desk)
    finally:
        desk.close()
    queue = PrintQueue(history=log)
    try:
        job = queue.submit(badge, args.template, args.printer)
        job = queue.wait(job.id, PRINT_WAIT_S)
    finally:
        queue.stop()
        if log is not None:
            log.close()
    printer = job.printer or "(default)"
    if args.json:
        emit({"job": job.id, "code": args.code, "printer": printer, "state": job.state.value,
              "message": job.message})  # fmt: skip
    else:
        print(job.message, file=sys.stdout if job.state is JobState.DONE else sys.stderr)
    return 0 if job.state is JobState.DONE else 1


def _print_log(args: argparse.Namespace, desk: Desk) -> PrintLog | None:
    """The event file's print log; a read-only file prints unlogged, and says so."""
    try:
        return desk.print_log()
    except StorageError as error:
        if error.trouble not in (Trouble.READ_ONLY, Trouble.NO_PERMISSION):
            raise
        print(_("checkin print: {path} is read-only: this print is not logged in it.").format(
            path=args.db), file=sys.stderr)  # fmt: skip
        return None


def run_printers(args: argparse.Namespace) -> int:
    from checkin.badges.printers import list_printers

    printers = list_printers()
    for printer in printers:
        if args.json:
            emit({"name": printer.name, "default": printer.is_default, "health": printer.health,
                  "message": printer.message})  # fmt: skip
        else:
            mark = "*" if printer.is_default else " "
            print(f"{mark} {printer.name:<24} {printer.health:<13} {printer.message}")
    if not printers and not args.json:
        print(_("No printers found (is CUPS running, or a printer installed?)."), file=sys.stderr)
    return 0


def run_tickets(args: argparse.Namespace) -> int:
    from checkin.tickets import write_tickets

    desk = open_desk(args, readonly=True)
    progress = TerminalProgress("Tickets")
    try:
        valid = desk.valid_by_name()
        items = ((reg, desk.ticket_payload(reg)) for reg in valid)
        report = write_tickets(items, desk.event.name, args.out, len(valid), progress)
    finally:
        progress.close()
        desk.close()
    text = ngettext(
        "Wrote {count} ticket (PNG + PDF) to {folder}; list: {index}",
        "Wrote {count} tickets (PNG + PDF) to {folder}; list: {index}",
        report.count,
    )
    show(args, {"out": str(report.folder), "tickets": report.count, "index": str(report.index)},
         text.format(count=report.count, folder=report.folder, index=report.index))  # fmt: skip
    return 0
