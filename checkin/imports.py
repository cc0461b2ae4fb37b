"""Importing registrations into an event file: all or nothing, updating by ticket code.

The importer reads and validates a file; this module gives rows without a code a signed code
(the same one again on a re-import, found by the row's import key), compares every row with
what the file already holds, and writes added and updated rows with one outbox change each,
all or nothing, in short transactions (`checkin.store.staging`) so admits at other desks never
wait long. A file with any problem writes nothing.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkin.domain.model import Event, Registration, Status
from checkin.domain.names import fold
from checkin.domain.signing import new_code
from checkin.importer import ImportedRow, LoadResult, Problem, load
from checkin.progress import NoProgress, Progress
from checkin.store import changes, registrations, staging
from checkin.store.registrations import Row


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, on a dry run or with problems, would have done)."""

    file: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    written: bool = False
    problems: list[Problem] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    longest_lock_s: float = 0.0  # the longest the write lock was held at once
    write_chunks: int = 0  # the short transactions the rows were written in

    def to_json(self) -> dict[str, Any]:
        """Return the report as `checkin import` prints it (keys are an API)."""
        out: dict[str, Any] = {
            "file": self.file,
            "rows": self.rows,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "cancelled": self.cancelled,
            "written": self.written,
            "mapping": self.mapping,
            "problems": [str(problem) for problem in self.problems],
        }
        if self.warnings:  # a choice the user may want to change (two columns, one field)
            out["warnings"] = [str(warning) for warning in self.warnings]
        return out


def import_key(row: ImportedRow) -> str:
    """Identify a row that came without a code, so a re-import finds its generated code."""
    return "|".join((row.email.lower(), fold(row.first_name), fold(row.last_name)))


def _registration(row: ImportedRow, code: str, signed: bool) -> Registration:
    return Registration(
        code, row.first_name, row.last_name, row.organisation, row.email, row.ticket_type,
        row.category, row.valid_days, row.status, row.order_code, row.note, signed, row.extra,
    )  # fmt: skip


def _rows_with_codes(
    loaded: LoadResult, known_keys: Mapping[str, str], taken: set[str]
) -> list[tuple[Registration, str]]:
    seen: Counter[str] = Counter()
    out = []
    for row in loaded.rows:
        if row.code:
            out.append((_registration(row, row.code, False), ""))
            continue
        base = import_key(row)
        seen[base] += 1
        key = base if seen[base] == 1 else f"{base}#{seen[base]}"
        code = known_keys.get(key) or _fresh_code(taken)
        out.append((_registration(row, code, True), key))
    return out


def _fresh_code(taken: set[str]) -> str:
    code = new_code()
    while code in taken:
        code = new_code()
    taken.add(code)
    return code


def import_file(
    conn: sqlite3.Connection,
    db: Any,
    event: Event,
    path: Path,
    *,
    overrides: Mapping[str, str] | None = None,
    dry_run: bool = False,
    origin: str = "",
    now: str = "",
    progress: Progress | None = None,
) -> ImportReport:
    """Import one file into the event; returns the report, with problems if nothing was written.

    The file is read and checked whole before anything is written; the writing then runs in
    short transactions that stay undoable until the last (`checkin.store.staging`).
    """
    progress = progress or NoProgress()
    loaded = load(path, overrides, event.days, progress)
    if loaded.problems:
        return ImportReport(
            str(path), len(loaded.rows), problems=loaded.problems, mapping=loaded.mapping,
            warnings=loaded.warnings,
        )  # fmt: skip
    if not dry_run:
        staging.recover(db)
    pairs, counts, to_write, to_log = _compare(conn, loaded, origin, now)
    stats = staging.WriteStats()
    if to_write and not dry_run:
        progress.set(0.9, "writing")
        stats = staging.write(db, to_write, to_log, now, str(path), progress)
    progress.set(1.0, "done")
    return ImportReport(
        str(path), len(pairs), counts["added"], counts["updated"], counts["unchanged"],
        counts["cancelled"], bool(to_write) and not dry_run, [], loaded.mapping,
        loaded.warnings, stats.longest_lock_s, stats.chunks,
    )  # fmt: skip


def _compare(
    conn: sqlite3.Connection, loaded: LoadResult, origin: str, now: str
) -> tuple[list[tuple[Registration, str]], Counter[str], list[Row], list[changes.ChangeRow]]:
    stored = registrations.stored_rows(conn)
    taken = set(stored) | {row.code for row in loaded.rows if row.code}
    pairs = _rows_with_codes(loaded, registrations.import_keys(conn), taken)
    counts: Counter[str] = Counter()
    to_write: list[Row] = []
    to_log: list[changes.ChangeRow] = []
    for registration, key in pairs:
        row = registrations.to_row(registration)
        before = stored.get(registration.code)
        verdict = "added" if before is None else ("unchanged" if before == row else "updated")
        counts[verdict] += 1
        if registration.status is Status.CANCELLED and (before is None or before[8] != "cancelled"):
            counts["cancelled"] += 1
        if verdict != "unchanged":
            to_write.append((*row, key))
            op = "create" if before is None else "update"
            to_log.append(changes.change_row(now, origin, "registration", registration.code, op,
                                             registrations.row_dict(row)))  # fmt: skip
    return pairs, counts, to_write, to_log
