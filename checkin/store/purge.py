"""Purge: remove the personal data from an event file after the event, keep anonymous counts.

What goes, in one transaction:

* registrations keep their ticket type, category, valid days, status and the imported columns
  the organiser names as not personal (``keep``: a municipality, say); names, e-mail,
  organisation, order code, note and every other imported column are emptied, and the ticket
  code becomes a pseudonym (``anon-<purge tag>-<n>``, numbered in a random order) so that the
  check-ins still point at the right registration and every report gives the same counts;
* check-ins and the print history keep their rows under the pseudonyms (a print job's message
  is emptied); refused scans keep their outcome and reason, not the text scanned;
* the outbox (``changes``: every payload), the audit log, an import's journal are deleted;
  changes not yet sent to a hub are lost, and the report says how many;
* any other table with a ``code`` column (one a later schema adds) gets the pseudonyms too;
* the search index is rebuilt from what is left (its old segments held every name).

Then, outside the transaction, the file is rewritten (``VACUUM``, with ``secure_delete`` on)
and the write-ahead log checkpointed and truncated to zero bytes, so neither the file's free
pages nor its ``-wal`` hold an old value; the ``-shm`` file holds page numbers only.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from checkin.errors import UserError
from checkin.messages import _
from checkin.store import search

EMPTIED = ("first_name", "last_name", "organisation", "email", "order_code", "note",
           "change_id", "import_key")  # fmt: skip
DELETED = ("changes", "audit_log", "import_undo", "import_outbox", "import_runs")
REMAPPED = ("checkins", "print_jobs")  # tables whose ``code`` column gets the pseudonyms


@dataclass(frozen=True)
class PurgeReport:
    """What a purge did.

    Attributes:
        registrations: registrations made anonymous.
        checkins: check-ins kept (under pseudonyms).
        deleted: rows deleted per table (``changes``, ``audit_log``, the import journal).
        unsent: of the deleted changes, how many had not been sent to a hub yet.
        kept_columns: the imported columns kept, as asked for.
        wal_truncated: the write-ahead log is empty (False: another program held it open).
    """

    registrations: int
    checkins: int
    deleted: dict[str, int]
    unsent: int
    kept_columns: tuple[str, ...]
    wal_truncated: bool = True


def check_ready(conn: sqlite3.Connection) -> None:
    """Refuse while an import is writing (its journal would lose its way).

    Raises:
        UserError: an import is in progress on this file.
    """
    running = conn.execute("SELECT count(*) FROM import_runs").fetchone()[0]
    if running:
        raise UserError(
            _(
                "An import is in progress on this event file; let it finish (or close the "
                "program importing), then purge."
            )
        )


def unsent(conn: sqlite3.Connection) -> int:
    """Return how many outbox entries have not been acknowledged by a hub yet."""
    return int(conn.execute("SELECT count(*) FROM changes WHERE sent_at IS NULL").fetchone()[0])


def purge_rows(conn: sqlite3.Connection, keep: Iterable[str] = ()) -> PurgeReport:
    """Make the file's rows anonymous, inside the caller's (immediate) transaction.

    Args:
        conn: the event file, in a transaction.
        keep: imported column headers to keep (they must hold no personal data).

    Returns:
        What was done (``wal_truncated`` is left True: `rewrite` says).

    Raises:
        UserError: an import is in progress.
    """
    check_ready(conn)
    kept = tuple(dict.fromkeys(keep))
    mapping = _pseudonyms(conn)
    waiting = unsent(conn)
    people = _anonymise_registrations(conn, mapping, kept)
    for table in (*REMAPPED, *_other_code_tables(conn)):
        _remap(conn, table, mapping)
    conn.execute("UPDATE print_jobs SET message = ''")
    conn.execute("UPDATE attempts SET text = ''")
    deleted = {table: conn.execute(f"DELETE FROM {table}").rowcount for table in _present(conn)}
    search.rebuild(conn)
    done = conn.execute("SELECT count(*) FROM checkins").fetchone()[0]
    return PurgeReport(people, int(done), deleted, waiting, kept)


def rewrite(conn: sqlite3.Connection) -> bool:
    """Rewrite the file without free pages and empty its write-ahead log (no transaction open).

    Returns:
        True when the write-ahead log was truncated to zero bytes; False when another
        connection still reads an older state (the file itself is rewritten either way).
    """
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("VACUUM")
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return int(busy) == 0


def _pseudonyms(conn: sqlite3.Connection) -> dict[str, str]:
    """Map every ticket code the file holds to a new meaningless one, numbered at random."""
    codes = {row[0] for row in conn.execute("SELECT code FROM registrations")}
    codes.update(row[0] for row in conn.execute("SELECT DISTINCT code FROM checkins"))
    ordered = sorted(codes)
    secrets.SystemRandom().shuffle(ordered)
    tag = secrets.token_hex(3)
    return {code: f"anon-{tag}-{n:06d}" for n, code in enumerate(ordered, start=1)}


def _anonymise_registrations(
    conn: sqlite3.Connection, mapping: dict[str, str], kept: tuple[str, ...]
) -> int:
    emptied = ", ".join(f"{column} = ''" for column in EMPTIED)
    rows = conn.execute("SELECT rowid, code, extra FROM registrations").fetchall()
    conn.executemany(
        f"UPDATE registrations SET code = ?, extra = ?, {emptied} WHERE rowid = ?",
        ((mapping[code], _kept_extra(extra, kept), rowid) for rowid, code, extra in rows),
    )
    return len(rows)


def _kept_extra(text: str, kept: tuple[str, ...]) -> str:
    try:
        extra = json.loads(text or "{}")
    except ValueError:
        return "{}"
    if not isinstance(extra, dict):
        return "{}"
    return json.dumps({k: extra[k] for k in kept if k in extra}, ensure_ascii=False)


def _remap(conn: sqlite3.Connection, table: str, mapping: dict[str, str]) -> None:
    codes = [row[0] for row in conn.execute(f'SELECT DISTINCT code FROM "{table}"')]
    conn.executemany(
        f'UPDATE "{table}" SET code = ? WHERE code = ?',
        ((mapping.get(code) or f"anon-{secrets.token_hex(6)}", code) for code in codes),
    )


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def _present(conn: sqlite3.Connection) -> tuple[str, ...]:
    found = _tables(conn)
    return tuple(table for table in DELETED if table in found)


def _other_code_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables a later schema added that carry a ticket code (a ``code`` column)."""
    known = {"registrations", "attempts", *REMAPPED, *DELETED}
    others = []
    for table in sorted(_tables(conn) - known):
        if table.startswith(("registration_search", "sqlite_")):
            continue
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
        if "code" in columns:
            others.append(table)
    return others
