"""Commands over personal data: purge (after the event), audit (who looked at whom)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from checkin.commands.common import Subparsers, add_db, add_json, clock_time, open_desk, show
from checkin.desk import AuditEntry, Desk, PurgeReport
from checkin.errors import UserError
from checkin.messages import N_, _

YES_WORDS = {"y", "yes", "j", "ja"}
ACTION_WORDS = {
    "details": N_("details shown"),
    "reprint": N_("badge reprinted"),
    "edit": N_("record corrected"),
}


def register(sub: Subparsers) -> None:
    purge = sub.add_parser(
        "purge",
        help="remove the personal data after the event, keep anonymous counts for reports",
        description="Empties names, e-mails, organisations, notes and ticket codes from the "
        "event file, its outbox, audit log and search index, then rewrites the file; reports "
        "give the same counts afterwards. Asks first unless --yes.",
    )
    add_db(purge)
    purge.add_argument("--yes", action="store_true", help="do not ask; purge at once")
    purge.add_argument(
        "--keep", action="append", default=[], metavar="COLUMN",
        help="an imported column that holds no personal data, kept for reports (e.g. Kommune); "
        "may be given more than once",
    )  # fmt: skip
    add_json(purge)
    purge.set_defaults(func=run_purge)
    audit = sub.add_parser("audit", help="list who looked at whom at the desk (the audit log)")
    add_db(audit)
    audit.add_argument("--code", metavar="CODE", help="only the lookups of this ticket code")
    audit.add_argument("--limit", type=int, default=0, metavar="N", help="only the newest N")
    add_json(audit)
    audit.set_defaults(func=run_audit)


def run_purge(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        if not args.yes and not _confirmed(args, desk):
            print(_("Nothing was purged."), file=sys.stderr)
            return 1
        report = desk.purge(tuple(args.keep))
    finally:
        desk.close()
    show(args, _report_json(report), _report_text(args, report))
    if not report.wal_truncated:
        raise UserError(
            _(
                "{path}: the personal data is gone from the file, but another program still "
                "has it open, so its write-ahead log could not be emptied. Close the other "
                "program and run purge again."
            ).format(path=args.db)
        )
    return 0


def _confirmed(args: argparse.Namespace, desk: Desk) -> bool:
    """Ask on the terminal; without one, refuse (a script must say --yes)."""
    if not sys.stdin.isatty():
        raise UserError(
            _(
                "purge removes every name, e-mail and ticket code from {path} for good and "
                "needs a confirmation, but there is no terminal to ask on; run it again with "
                "--yes."
            ).format(path=args.db)
        )
    print(
        _(
            "This removes every name, e-mail, organisation, note and ticket code of "
            "{count} registrations from {path} for good; the counts for reports are kept."
        ).format(count=desk.count_registrations(), path=args.db),
        file=sys.stderr,
    )
    waiting = desk.unsent_changes()
    if waiting:
        print(
            _(
                "{count} changes have not reached a hub yet and will be lost (sync first if "
                "one is used)."
            ).format(count=waiting),
            file=sys.stderr,
        )
    sys.stderr.write(_("Purge the personal data? [y/N] "))
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in YES_WORDS


def _report_json(report: PurgeReport) -> dict[str, object]:
    return {
        "purged": True,
        "registrations": report.registrations,
        "checkins": report.checkins,
        "deleted": report.deleted,
        "unsent_lost": report.unsent,
        "kept_columns": list(report.kept_columns),
        "wal_truncated": report.wal_truncated,
    }


def _report_text(args: argparse.Namespace, report: PurgeReport) -> str:
    text = _(
        "Purged {path}: {people} registrations made anonymous, {checkins} check-ins kept for "
        "reports, {changes} outbox entries and {audit} audit log entries deleted."
    ).format(
        path=args.db, people=report.registrations, checkins=report.checkins,
        changes=report.deleted.get("changes", 0), audit=report.deleted.get("audit_log", 0),
    )  # fmt: skip
    if report.unsent:
        text += "\n" + _("{count} changes had not reached a hub.").format(count=report.unsent)
    return text


def run_audit(args: argparse.Namespace) -> int:
    desk = open_desk(args, readonly=True)
    try:
        rows = desk.audit_log(args.code, max(0, args.limit))
        zone = desk.event.timezone
    finally:
        desk.close()
    if args.json:
        for row in rows:
            show(args, _entry_json(row), "")
        return 0
    lines = [_entry_line(row, zone) for row in rows] or [_("The audit log is empty.")]
    show(args, None, "\n".join(lines))
    return 0


def _entry_json(row: AuditEntry) -> dict[str, str]:
    return {"at": row.at, "desk": row.desk, "action": str(row.action), "code": row.code}


def _entry_line(row: AuditEntry, zone: str) -> str:
    when = clock_time(datetime.fromisoformat(row.at), zone)
    return f"{when}  {row.desk}  {_(ACTION_WORDS[str(row.action)])}  {row.code}"
