"""Commands over registrations: import, search, edit, report, export."""

from __future__ import annotations

import argparse
import sys

from checkin.commands.common import (
    Subparsers,
    TerminalProgress,
    add_day,
    add_db,
    add_desk,
    add_json,
    emit,
    open_desk,
)
from checkin.errors import UserError
from checkin.export import export_attendance
from checkin.importer import FIELDS


def register(sub: Subparsers) -> None:
    imp = sub.add_parser("import", help="import registrations from a CSV or XLSX export")
    imp.add_argument("file", metavar="FILE")
    add_db(imp)
    imp.add_argument(
        "--map", action="append", default=[], metavar="FIELD=COLUMN",
        help=f"use COLUMN for FIELD (fields: {', '.join(FIELDS)})",
    )  # fmt: skip
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
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

    report = sub.add_parser("report", help="attendance: expected and checked in, per group")
    add_db(report)
    report.add_argument("--by", metavar="FIELD", help="category, ticket_type, organisation, "
                        "day, or an imported column's header")  # fmt: skip
    add_day(report)
    add_desk(report)
    add_json(report)
    report.set_defaults(func=run_report)

    export = sub.add_parser("export", help="write attendance to OUT.csv or OUT.xlsx")
    export.add_argument("out", metavar="OUT")
    add_db(export)
    add_desk(export)
    add_json(export)
    export.set_defaults(func=run_export)


def _pairs(items: list[str], what: str) -> dict[str, str]:
    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(f"{what} '{item}' must look like FIELD=VALUE")
        pairs[key.strip()] = value.strip()
    return pairs


def run_import(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    progress = TerminalProgress("import")
    try:
        report = desk.import_file(args.file, _pairs(args.map, "--map"), dry_run=args.dry_run,
                                  progress=progress)  # fmt: skip
    finally:
        progress.close()
        desk.close()
    emit(report.to_json())
    for problem in report.problems:
        print(problem, file=sys.stderr)
    if report.problems:
        print(
            f"Nothing imported: {len(report.problems)} problem(s) in {args.file}.", file=sys.stderr
        )
        return 2
    return 0


def run_search(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    hits = desk.search(args.query, args.limit)
    emit([
        {
            "ticket": hit.code, "name": hit.name, "first_name": hit.first_name,
            "last_name": hit.last_name, "organisation": hit.organisation,
            "category": hit.category, "ticket_type": hit.ticket_type, "status": hit.status.value,
        }
        for hit in hits
    ])  # fmt: skip
    desk.close()
    return 0


def run_edit(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    updated = desk.update_registration(args.code, **_pairs(args.set, "--set"))
    emit({"ticket": updated.code, "name": updated.name, "organisation": updated.organisation})
    desk.close()
    return 0


def run_report(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    total, groups = desk.report(args.by, args.day)
    emit({
        "event": desk.event.name, "point": desk.point.name,
        "day": args.day.isoformat() if args.day else None, "by": args.by,
        "expected": total.expected, "checked_in": total.checked_in,
        "groups": [{"key": g.key, "expected": g.expected, "checked_in": g.checked_in}
                   for g in groups],
    })  # fmt: skip
    desk.close()
    return 0


def run_export(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    rows = export_attendance(desk, args.out)
    emit({"file": args.out, "rows": rows})
    desk.close()
    return 0
