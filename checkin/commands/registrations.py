"""Commands over registrations: import, search, edit (report and export: `reports`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from checkin.commands.common import (
    Subparsers,
    TerminalProgress,
    add_day,
    add_db,
    add_json,
    emit,
    open_desk,
    show,
)
from checkin.domain.model import CheckIn, Registration, Status
from checkin.errors import NotFoundError, UserError
from checkin.importer import FIELDS
from checkin.messages import _, ngettext
from checkin.reports.language import Words


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
    add_day(find, "today; a ✓ and the time mark who is checked in that day")
    add_json(find)
    find.set_defaults(func=run_search)

    edit = sub.add_parser("edit", help="correct a registration (a misspelt name, say)")
    edit.add_argument("code", metavar="CODE")
    add_db(edit)
    edit.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    add_json(edit)
    edit.set_defaults(func=run_edit)


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
    )
    counts = Words().format(counts, **report)  # "10 800 rows" as the language writes it
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
        zone = ZoneInfo(desk.event.timezone)
        admitted = {hit.code: desk.checked_in(hit.code, args.day) for hit in hits}
    finally:
        desk.close()
    found = [
        {
            "ticket": hit.code, "name": hit.name, "first_name": hit.first_name,
            "last_name": hit.last_name, "organisation": hit.organisation,
            "category": hit.category, "ticket_type": hit.ticket_type, "status": hit.status.value,
            **_admitted_json(admitted[hit.code], zone),
        }
        for hit in hits
    ]  # fmt: skip
    lines = [
        "  ".join(part for part in (*_hit_parts(hit), _admitted_text(admitted[hit.code], zone))
                  if part)
        for hit in hits
    ]  # fmt: skip
    show(
        args,
        found,
        "\n".join(lines) or _("No registration matches '{query}'.").format(query=args.query),
    )
    return 0


def _admitted_json(checkin: CheckIn | None, zone: ZoneInfo) -> dict[str, str | None]:
    """``checked_in_at`` (ISO 8601 in the event's zone) and ``checked_in_desk``, or None."""
    if checkin is None:
        return {"checked_in_at": None, "checked_in_desk": None}
    return {"checked_in_at": checkin.at.astimezone(zone).isoformat(timespec="seconds"),
            "checked_in_desk": checkin.desk}  # fmt: skip


def _admitted_text(checkin: CheckIn | None, zone: ZoneInfo) -> str:
    if checkin is None:
        return ""
    return _("✓ checked in {time} ({desk})").format(
        time=checkin.at.astimezone(zone).strftime("%H:%M"), desk=checkin.desk)  # fmt: skip


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
