"""Commands over registrations: import, search, edit, report, export."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from checkin.commands.common import (
    Subparsers,
    TerminalProgress,
    add_day,
    add_db,
    add_desk,
    add_json,
    check_day,
    emit,
    open_desk,
    show,
)
from checkin.desk import Desk, Group
from checkin.domain.collation import sort_key
from checkin.domain.model import Registration, Status
from checkin.errors import NotFoundError, UserError
from checkin.export import export_attendance
from checkin.importer import FIELDS
from checkin.messages import _, ngettext

REPORT_DAY = "today during the event, every day before and after it"


def register(sub: Subparsers) -> None:
    imp = sub.add_parser("import", help="import registrations from a CSV or XLSX export")
    imp.add_argument("file", metavar="FILE")
    add_db(imp)
    imp.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help=f"use COLUMN for FIELD (fields: {', '.join(FIELDS)})",
    )  # fmt: skip
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    imp.add_argument("--sheet", metavar="NAME|N",
                     help="the workbook's sheet to read, by name or number from 1 (default: the "
                     "first whose header has a name column)")  # fmt: skip
    add_json(imp)
    imp.set_defaults(func=run_import)

    find = sub.add_parser("search", help="find registrations by name, organisation, e-mail, code")
    find.add_argument("query", metavar="QUERY")
    add_db(find)
    find.add_argument("--limit", type=int, default=20)
    add_json(find)
    find.set_defaults(func=run_search)

    edit = sub.add_parser("edit", help="correct a registration (a misspelt name, say)")
    edit.add_argument("code", metavar="CODE")
    add_db(edit)
    edit.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    add_json(edit)
    edit.set_defaults(func=run_edit)

    _add_report(sub)

    export = sub.add_parser("export", help="write attendance to OUT.csv or OUT.xlsx")
    export.add_argument("out", metavar="OUT")
    add_db(export)
    add_desk(export)
    add_json(export)
    export.set_defaults(func=run_export)


def _add_report(sub: Subparsers) -> None:
    report = sub.add_parser("report", help="attendance: expected and checked in, per group")
    add_db(report)
    report.add_argument("--by", metavar="FIELD", help="category, ticket_type, organisation, "
                        "day, or an imported column's header")  # fmt: skip
    add_day(report, REPORT_DAY)
    report.add_argument("--all-days", action="store_true", help="the whole event, every day")
    add_desk(report)
    add_json(report)
    report.set_defaults(func=run_report)


def _pairs(items: list[str], what: str) -> dict[str, str]:
    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(
                _("{option} '{item}' must look like FIELD=VALUE").format(option=what, item=item)
            )
        pairs[key.strip()] = value.strip()
    return pairs


def _import_text(report: dict[str, object], dry_run: bool) -> str:
    counts = ngettext(
        "{rows} row: {added} added, {updated} updated, {unchanged} unchanged, {cancelled} "
        "cancelled",
        "{rows} rows: {added} added, {updated} updated, {unchanged} unchanged, {cancelled} "
        "cancelled",
        int(str(report["rows"])),
    ).format(**report)
    if dry_run:
        return _("Checked {file} (dry run, nothing written): {counts}.").format(
            file=report["file"], counts=counts
        )
    return _("Imported {file}: {counts}.").format(file=report["file"], counts=counts)


def run_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise NotFoundError(
            (_("{file} is a folder, not a file: give the CSV or XLSX file to import.")
             if source.is_dir() else
             _("{file} is not there: give the CSV or XLSX file to import.")).format(file=source)
        )  # fmt: skip
    desk = open_desk(args)
    progress = TerminalProgress("import")
    try:
        report = desk.import_file(source, _pairs(args.map, "--map"), dry_run=args.dry_run,
                                  progress=progress, sheet=args.sheet)  # fmt: skip
    finally:
        progress.close()
        desk.close()
    facts = report.to_json()
    if not report.problems:
        show(args, facts, _import_text(facts, args.dry_run))
    elif args.json:  # in words, "Nothing imported: N problems in FILE." says it once, below
        emit(facts)
    for warning in report.warnings:  # a choice made for the user, which they may change
        print(_("Warning: {warning}").format(warning=warning.text()), file=sys.stderr)
    for problem in report.problems:
        print(problem.text(), file=sys.stderr)
    if report.problems:
        print(ngettext("Nothing imported: {count} problem in {file}.",
                       "Nothing imported: {count} problems in {file}.",
                       len(report.problems)).format(count=len(report.problems), file=source),
              file=sys.stderr)  # fmt: skip
        return 2
    return 0


def run_search(args: argparse.Namespace) -> int:
    desk = open_desk(args, readonly=True)
    try:
        hits = desk.search(args.query, args.limit)
    finally:
        desk.close()
    found = [
        {
            "ticket": hit.code, "name": hit.name, "first_name": hit.first_name,
            "last_name": hit.last_name, "organisation": hit.organisation,
            "category": hit.category, "ticket_type": hit.ticket_type, "status": hit.status.value,
        }
        for hit in hits
    ]  # fmt: skip
    lines = ["  ".join(part for part in _hit_parts(hit) if part) for hit in hits]
    show(
        args,
        found,
        "\n".join(lines) or _("No registration matches '{query}'.").format(query=args.query),
    )
    return 0


def _hit_parts(hit: Registration) -> tuple[str, ...]:
    status = "" if hit.status is Status.VALID else hit.status.value.upper()
    return hit.code, hit.name, hit.organisation, hit.category, status


def run_edit(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        updated = desk.update_registration(args.code, **_pairs(args.set, "--set")).registration
    finally:
        desk.close()
    text = _("Updated {code}: {name}").format(code=updated.code, name=updated.name)
    show(args, {"ticket": updated.code, "name": updated.name, "organisation": updated.organisation},
         text + (f" ({updated.organisation})." if updated.organisation else "."))  # fmt: skip
    return 0


def report_day(desk: Desk, day: date | None, all_days: bool) -> date | None:
    """The day a report covers: the one asked for; else today during the event; else all."""
    if all_days:
        return None
    if day is not None:
        check_day(desk.event, day)
        return day
    today = desk.today()
    return today if today in desk.event.days else None


def _report_text(desk: Desk, day: date | None, total: Group, groups: list[Group]) -> str:
    when = day.isoformat() if day else _("all days")
    head = _("{event}, {when}, point {point}: {checked_in} of {expected} checked in").format(
        event=desk.event.name, when=when, point=desk.point.name, checked_in=total.checked_in,
        expected=total.expected,
    )  # fmt: skip
    if not groups or [g.key for g in groups] == [""]:
        return head
    none = _("(none)")
    width = min(40, max(len(g.key or none) for g in groups))
    rows = [
        "  "
        + _("{key}  {checked_in} of {expected}").format(
            key=f"{g.key or none:<{width}}", checked_in=f"{g.checked_in:>5}", expected=g.expected
        )
        for g in groups
    ]
    return "\n".join([head, *rows])


def run_report(args: argparse.Namespace) -> int:
    desk = open_desk(args, readonly=True)
    try:
        day = report_day(desk, args.day, args.all_days)
        total, groups = desk.report(args.by, day)
        if args.by != "day":
            groups = sorted(groups, key=lambda group: sort_key(group.key))
        facts = {
            "event": desk.event.name, "point": desk.point.name,
            "day": day.isoformat() if day else None, "by": args.by,
            "expected": total.expected, "checked_in": total.checked_in,
            "groups": [{"key": g.key, "expected": g.expected, "checked_in": g.checked_in}
                       for g in groups],
        }  # fmt: skip
        show(args, facts, _report_text(desk, day, total, groups))
    finally:
        desk.close()
    return 0


def run_export(args: argparse.Namespace) -> int:
    desk = open_desk(args, readonly=True)
    try:
        rows = export_attendance(desk, args.out)
    finally:
        desk.close()
    text = ngettext("Wrote {count} registration to {file}.",
                    "Wrote {count} registrations to {file}.", rows)  # fmt: skip
    show(args, {"file": args.out, "rows": rows}, text.format(count=rows, file=args.out))
    return 0
