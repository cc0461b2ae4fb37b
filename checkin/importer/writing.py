"""Writing an import into an event file: all or nothing, updating by ticket code.

`checkin.importer.load` reads and checks the file whole. Here rows without a code get a
signed code (the same one again on a re-import, found by the row's `import_key`), every row is
compared with what the file already holds (`checkin.store.registrations.Batch`), and the added
and changed rows are handed with one outbox change each to `checkin.store.staging`, which
writes them in short transactions so admits at other desks never wait long, and undoes them
all if anything fails. A file with any problem writes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.domain.model import Event, Status
from checkin.domain.names import fold
from checkin.domain.signing import fresh_code
from checkin.importer.load import ImportedRow, LoadResult, Problem, load
from checkin.progress import NoProgress, Progress
from checkin.store import changes, registrations, staging
from checkin.store.changes import ChangeRow, OpChanges
from checkin.store.registrations import Verdict

if TYPE_CHECKING:  # sqlite-utils (and the NumPy it loads) only when a file is opened
    import sqlite_utils

IMPORTED_CHANGES = OpChanges(registrations=True, counts=True)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, on a dry run or with problems, would have done).

    Attributes:
        file: the file as given.
        rows: the registrations read from it.
        added, updated, unchanged: what the rows are to the event file.
        cancelled: rows that cancel a registration the file held as valid (or add one cancelled).
        written: whether anything was written (False on a dry run or with problems).
        problems: what stops the import (nothing written when there are any).
        mapping: field → the header of the column it was read from.
        warnings: choices made that the user may want to change (two columns for one field).
        longest_lock_s: the longest the event file's write lock was held at once, in seconds.
        write_chunks: the short transactions the rows were written in.
        changes: what the import changed, with the ids of its outbox entries.
    """

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
    longest_lock_s: float = 0.0
    write_chunks: int = 0
    changes: OpChanges = field(default_factory=OpChanges)

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
    """Identify a row that came without a code, so a re-import finds its generated code.

    The key is the e-mail address (lower case) and the folded first and last names.
    """
    return "|".join((row.email.lower(), fold(row.first_name), fold(row.last_name)))


def import_file(
    db: sqlite_utils.Database,
    event: Event,
    path: Path,
    *,
    overrides: dict[str, str] | None = None,
    dry_run: bool = False,
    origin: str = "",
    now: str = "",
    progress: Progress | None = None,
) -> ImportReport:
    """Import one CSV/XLSX file into the event file open as ``db``.

    Args:
        db: the event file (`checkin.store.db.open_db`).
        event: its event (the days a "Dager" column is read against).
        path: the file to import.
        overrides: ``--map``: field → column header, "" for "no column".
        dry_run: check and count only; nothing is written.
        origin: the desk named as the outbox entries' origin.
        now: the time written on the rows and entries (UTC text).
        progress: told the share done (0 to 1) and what is going on; may cancel.

    Returns:
        The report; with problems, nothing was written.

    Raises:
        UserError: "import cancelled" when ``progress`` cancelled (everything undone).
        StorageError: the event file refused the write (everything undone).
    """
    progress = progress or NoProgress()
    loaded = load(path, overrides, event.days, progress)
    if loaded.problems:
        return ImportReport(str(path), len(loaded.rows), problems=loaded.problems,
                            mapping=loaded.mapping, warnings=loaded.warnings)  # fmt: skip
    if not dry_run:
        staging.recover(db)
    return _write(db, path, loaded, dry_run, (origin, now), progress)


def _write(
    db: sqlite_utils.Database,
    path: Path,
    loaded: LoadResult,
    dry_run: bool,
    stamp: tuple[str, str],
    progress: Progress,
) -> ImportReport:
    """Compare the checked rows with the file and write the changes (``stamp``: origin, now)."""
    batch = registrations.Batch(db.conn)
    counts, outbox = _compare(batch, loaded, *stamp)
    stats, sent = staging.WriteStats(), None
    if batch.rows and not dry_run:
        progress.set(0.9, "writing")
        stats = staging.write(db, batch.rows, outbox, stamp[1], str(path), progress)
        sent = [row.id for row in outbox]
    progress.set(1.0, "done")
    return _report(path, loaded, counts, stats, sent)


def _report(
    path: Path,
    loaded: LoadResult,
    counts: Counter[str],
    stats: staging.WriteStats,
    sent: list[str] | None,
) -> ImportReport:
    """The report of a checked import; ``sent`` lists its outbox ids when it was written."""
    done = OpChanges() if sent is None else replace(IMPORTED_CHANGES, outbox=tuple(sent))
    return ImportReport(
        str(path), len(loaded.rows), counts[Verdict.ADDED], counts[Verdict.UPDATED],
        counts[Verdict.UNCHANGED], counts[Status.CANCELLED], sent is not None,
        mapping=loaded.mapping, warnings=loaded.warnings, longest_lock_s=stats.longest_lock_s,
        write_chunks=stats.chunks, changes=done,
    )  # fmt: skip


def _compare(
    batch: registrations.Batch, loaded: LoadResult, origin: str, now: str
) -> tuple[Counter[str], list[ChangeRow]]:
    """Give code-less rows their codes, put every row in the batch; count and log changes."""
    taken = batch.codes() | {row.code for row in loaded.rows if row.code}
    seen: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    outbox: list[ChangeRow] = []
    for row in loaded.rows:
        key = ""
        if not row.code:
            base = import_key(row)
            seen[base] += 1
            key = base if seen[base] == 1 else f"{base}#{seen[base]}"
            row = replace(row, code=batch.code_for(key) or fresh_code(taken), signed=True)
        verdict = batch.put(row, key)
        counts[verdict] += 1
        if row.status is Status.CANCELLED and not batch.was_cancelled(row.code):
            counts[Status.CANCELLED] += 1
        if verdict is not Verdict.UNCHANGED:
            op = "create" if verdict is Verdict.ADDED else "update"
            payload = registrations.as_dict(row)
            outbox.append(changes.change_row(now, origin, "registration", row.code, op, payload))
    return counts, outbox
