"""Commands over attendance: report, export, and the organisation aliases reports group by."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from checkin.atomic_files import atomic_open
from checkin.commands.common import (
    Subparsers,
    add_day,
    add_db,
    add_desk,
    add_json,
    check_day,
    open_desk,
    show,
)
from checkin.desk import Desk
from checkin.domain.attendance import collector_paused
from checkin.errors import UserError
from checkin.export import export_attendance
from checkin.messages import LANGUAGES, _, ngettext
from checkin.reports.language import Words, check_language
from checkin.reports.queries import Scope, needs_extra
from checkin.reports.report import Report, build, json_text, to_json
from checkin.reports.text import report_text

REPORT_DAY = "today during the event, every day before and after it"
FORMATS = ("json", "csv", "xlsx", "pdf")


def _language(text: str) -> str:
    try:
        return check_language(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def register(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="attendance: expected and checked in, per group")
    add_db(report)
    report.add_argument(
        "--by", metavar="FIELD", help="category, ticket_type, organisation, status, order_code, "
        "day, point, or an imported column's header",
    )  # fmt: skip
    add_day(report, REPORT_DAY)
    report.add_argument("--all-days", action="store_true", help="the whole event, every day")
    add_desk(report)
    add_report_output(report)
    add_json(report)
    report.set_defaults(func=run_report)

    export = sub.add_parser("export", help="write attendance to OUT.csv or OUT.xlsx")
    export.add_argument("out", metavar="OUT", help="the file to write: NAME.xlsx or NAME.csv")
    add_db(export)
    add_desk(export)
    add_lang(export)
    export.add_argument("--excel-nordic", action="store_true",
                        help="CSV in Windows-1252 for old Excel (semicolons, CRLF)")  # fmt: skip
    add_json(export)
    export.set_defaults(func=run_export)

    alias = sub.add_parser("org-alias", help="count one organisation name as another in "
                           "reports by organisation; without ALIAS: list the aliases")  # fmt: skip
    alias.add_argument("alias", nargs="?", metavar="ALIAS")
    alias.add_argument("--as", dest="target", metavar="ORGANISATION")
    alias.add_argument("--remove", action="store_true", help="stop counting ALIAS as another")
    add_db(alias)
    add_json(alias)
    alias.set_defaults(func=run_org_alias)


def add_lang(parser: argparse.ArgumentParser) -> None:
    """Add ``--lang nb|nn|en``: the language of a written report or export."""
    parser.add_argument("--lang", type=_language, metavar="|".join(LANGUAGES),
                        help="the document's language (default: the desk's)")  # fmt: skip


def report_day(desk: Desk, day: date | None, all_days: bool) -> date | None:
    """The day a report covers: the one asked for; else today during the event; else all."""
    if all_days:
        return None
    if day is not None:
        check_day(desk.event, day)
        return day
    today = desk.today()
    return today if today in desk.event.days else None


def report_format(args: argparse.Namespace) -> str | None:
    """Return the format to write (None: text or JSON on the terminal).

    ``--out -`` is the terminal, as in most tools: the text or JSON goes to standard output
    (``args.out`` becomes None); a CSV, XLSX or PDF needs a file.
    """
    if args.out is not None and str(args.out) == "-":
        if args.format not in (None, "json"):
            raise UserError(
                _("--out - is the terminal, which takes the text or JSON; write a {format} "
                  "report to a file: --out NAME.{format}.").format(format=args.format)
            )  # fmt: skip
        args.out = None
    suffix = "" if args.out is None else str(args.out.suffix).lower().lstrip(".")
    if args.format:
        if args.format != "json" and args.out is None:
            raise UserError(_("--format {format} needs --out FILE.").format(format=args.format))
        if suffix in FORMATS and suffix != args.format:
            raise UserError(
                _("--format {format} does not write a .{suffix} file: name the file "
                  "NAME.{format}.").format(format=args.format, suffix=suffix)
            )  # fmt: skip
        return str(args.format)
    if args.out is None:
        return None
    if suffix not in FORMATS:
        raise UserError(
            _("Cannot write a report to '{name}': give --format or a file ending in {suffixes}."
              ).format(name=args.out.name, suffixes=", ".join("." + f for f in FORMATS))
        )  # fmt: skip
    return suffix


def check_report_flags(args: argparse.Namespace, kind: str | None) -> None:
    """Refuse flags that would be ignored with the others given (exit 2, naming the clash)."""
    if args.day is not None and args.all_days:
        raise UserError(_("--day and --all-days clash: give one of them."))
    if args.lang and kind in (None, "json"):
        raise UserError(_("--lang is for a report file (CSV, XLSX or PDF, with --out); the "
                          "terminal and JSON get the desk's language."))  # fmt: skip


def run_report(args: argparse.Namespace) -> int:
    kind = report_format(args)
    check_report_flags(args, kind)
    with collector_paused():  # the snapshot's rows hold no cycles; the collector would walk them
        return _report(args, kind)


def _report(args: argparse.Namespace, kind: str | None) -> int:
    desk = open_desk(args, readonly=True)
    try:
        day = report_day(desk, args.day, args.all_days)
        data = desk.attendance(extra=needs_extra(args.by))
        report = build(data, Scope(desk.point.name, day), args.by, queue=args.queue)
    finally:
        desk.close()
    facts = to_json(report)
    if kind is not None and args.out is not None:
        write_report(report, facts, kind, args.out, args.lang)
        facts["file"] = str(args.out)
    elif kind == "json":
        facts["file"] = None
        return _print_json(facts)
    show(args, facts, report_said(report, args.out))
    return 0


def _print_json(facts: dict[str, Any]) -> int:
    print(json.dumps(facts, ensure_ascii=False))
    return 0


def report_said(report: Report, out: Path | None) -> str:
    """What the terminal says of a report: its text, or with ``--out`` where the file went.

    The file holds the report; the terminal then says one line in the desk's language.
    """
    return report_text(report) if out is None else _("Wrote the report to {file}.").format(file=out)


def write_report(report: Report, facts: dict[str, Any], kind: str, out: Path,
                 language: str | None) -> None:  # fmt: skip
    """Write a report to a file as JSON, CSV, XLSX or PDF."""
    if kind == "json":
        with atomic_open(out, "w", encoding="utf-8") as handle:
            handle.write(json_text(facts))
    elif kind == "pdf":
        from checkin.reports.pdf import write_pdf

        write_pdf(report, out, language)
    else:
        from checkin.reports.tables import write_tables

        write_tables(report, out, language, kind)


def run_export(args: argparse.Namespace) -> int:
    suffix = Path(args.out).suffix.lower()
    if args.excel_nordic and suffix != ".csv":
        raise UserError(_("--excel-nordic is for CSV files (Windows-1252, semicolons), not "
                          "'{name}': leave it out, or name the file NAME.csv.").format(
                              name=Path(args.out).name))  # fmt: skip
    desk = open_desk(args, readonly=True)
    try:
        rows, lost = export_attendance(desk, args.out, language=args.lang,
                                       nordic=args.excel_nordic)  # fmt: skip
    finally:
        desk.close()
    text = ngettext(
        "Wrote {count} registration to {file}.", "Wrote {count} registrations to {file}.", rows
    )
    text = Words().format(text, count=rows, file=args.out)  # counts grouped: "10 800"
    if lost:
        text += "\n" + ngettext(
            "{count} cell held characters Windows-1252 lacks; they were written as '?'. "
            "Leave out --excel-nordic for a UTF-8 file that keeps them.",
            "{count} cells held characters Windows-1252 lacks; they were written as '?'. "
            "Leave out --excel-nordic for a UTF-8 file that keeps them.",
            lost,
        ).format(count=lost)
    show(args, {"file": args.out, "rows": rows, "replaced_cells": lost}, text)
    return 0


def run_org_alias(args: argparse.Namespace) -> int:
    if args.alias is None:
        desk = open_desk(args, readonly=True)
        try:
            pairs = desk.org_aliases()
        finally:
            desk.close()
        lines = [f"{alias}  →  {target}" for alias, target in pairs]
        show(args, [{"alias": a, "organisation": t} for a, t in pairs],
             "\n".join(lines) or _("No organisation aliases yet."))  # fmt: skip
        return 0
    if not args.remove and not args.target:
        raise UserError(_("Say which organisation '{alias}' belongs to: --as NAME.").format(
            alias=args.alias))  # fmt: skip
    desk = open_desk(args)
    try:
        if args.remove:
            desk.remove_org_alias(args.alias)
            text = _("'{alias}' is no longer counted as another organisation.")
        else:
            desk.set_org_alias(args.alias, args.target)
            text = _("'{alias}' is counted as '{organisation}' in reports by organisation.")
    finally:
        desk.close()
    facts = {"alias": args.alias, "organisation": None if args.remove else args.target}
    show(args, facts, text.format(alias=args.alias, organisation=args.target))
    return 0


def add_report_output(parser: argparse.ArgumentParser) -> None:
    """The report's --format, --out, --queue and --lang (the desk's report and the hub's)."""
    parser.add_argument("--format", choices=FORMATS, help="write the report as JSON, CSV, XLSX "
                        "or PDF (default: from --out's suffix; text on the terminal)")  # fmt: skip
    parser.add_argument("--out", type=Path, metavar="FILE", help="write the report to FILE; "
                        "the terminal then says only where (-: the terminal)")  # fmt: skip
    parser.add_argument("--queue", type=int, metavar="N",
                        help="people in line now: the report says how long they wait")  # fmt: skip
    add_lang(parser)
