"""The "also admitted elsewhere" notices: a ticket admitted here and, while offline, elsewhere.

After a pull, every check-in that arrived from another desk for a ticket this desk admitted
at the same point on the same day (neither taken back, at a point that admits once a day) is
a notice, found once (``sync_notices``, keyed by the other desk's check-in) and shown once
(``shown_at``). "Admitted here" means made in this event file: the check-in has an outbox
entry. A desk that was online when the second scan came would have said "already checked in"
instead, so such a pair is always two desks that could not see each other.

pretix's answers to an upload are notices of their own kind (`PretixAnswer`): a check-in made
here that pretix stored (forced) while saying the ticket was canceled since, or is not valid
now. They live in the same table, keyed ``pretix-answer|<status>|<reason>|<check-in id>`` with
``here_id`` the check-in, so each is found and shown once too; the "also admitted" queries never
see them (their id is no check-in's).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from checkin.domain.clock import parse_utc
from checkin.domain.sync_model import AlsoAdmitted, PretixAnswer

_FIND = """
INSERT OR IGNORE INTO sync_notices (id, here_id, found_at)
SELECT r.id, l.id, ? FROM checkins AS r
JOIN checkins AS l ON l.code = r.code AND l.point = r.point AND l.day = r.day
WHERE r.id IN ({marks}) AND r.kind = 'checkin' AND l.kind = 'checkin' AND l.id != r.id
  AND l.id IN (SELECT key FROM changes WHERE entity = 'checkin')
  AND r.id NOT IN (SELECT key FROM changes WHERE entity = 'checkin')
  AND NOT EXISTS (SELECT 1 FROM checkins AS u WHERE u.undoes IN (l.id, r.id))
  AND NOT EXISTS (SELECT 1 FROM points AS p WHERE p.name = r.point AND p.multi_entry)
"""
_UNSHOWN = """
SELECT n.id, r.code, r.point, r.day, r.desk, r.at, l.desk, l.at, l.id,
       coalesce(g.first_name, ''), coalesce(g.last_name, '')
FROM sync_notices AS n
JOIN checkins AS r ON r.id = n.id
JOIN checkins AS l ON l.id = n.here_id
LEFT JOIN registrations AS g ON g.code = r.code
WHERE n.shown_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM checkins AS u WHERE u.undoes IN (l.id, r.id))
ORDER BY r.at, r.id
"""
_FIRST = """
SELECT c.id FROM checkins AS c
WHERE c.code = ? AND c.point = ? AND c.day = ? AND c.kind = 'checkin'
  AND NOT EXISTS (SELECT 1 FROM checkins AS u WHERE u.undoes = c.id)
ORDER BY c.at, c.id LIMIT 1
"""


ANSWER = "pretix-answer"
_ANSWERS = """
SELECT n.id, l.code, l.point, l.day, l.desk, l.at,
       coalesce(g.first_name, ''), coalesce(g.last_name, '')
FROM sync_notices AS n
JOIN checkins AS l ON l.id = n.here_id
LEFT JOIN registrations AS g ON g.code = l.code
WHERE n.shown_at IS NULL AND n.id LIKE 'pretix-answer|%'
ORDER BY l.at, l.id
"""


def record_answer(
    conn: sqlite3.Connection, checkin_id: str, status: str, reason: str, now: str
) -> int:
    """Record pretix's answer to an uploaded check-in as a notice (once); returns 1 if new.

    Args:
        conn: the event file, inside the caller's transaction.
        checkin_id: the check-in made here that pretix answered for.
        status: ``"canceled"`` or ``"not_valid"`` (`checkin.sync.pretix_upload.UploadStatus`).
        reason: pretix's reason code, "" for none.
        now: when pretix answered (UTC text).
    """
    before = conn.total_changes
    conn.execute(
        "INSERT OR IGNORE INTO sync_notices (id, here_id, found_at) VALUES (?, ?, ?)",
        ("|".join((ANSWER, status, reason.replace("|", " "), checkin_id)), checkin_id, now),
    )
    return conn.total_changes - before


def unshown_answers(conn: sqlite3.Connection) -> list[PretixAnswer]:
    """Return pretix's answers not shown yet, oldest check-in first."""
    answers = []
    for row in conn.execute(_ANSWERS).fetchall():
        _, status, reason, _ = str(row[0]).split("|", 3)
        answers.append(PretixAnswer(
            id=row[0], status=status, reason=reason, code=row[1],
            name=f"{row[6]} {row[7]}".strip(), point=row[2], day=date.fromisoformat(row[3]),
            here_desk=row[4], here_at=parse_utc(row[5]),
        ))  # fmt: skip
    return answers


def find(conn: sqlite3.Connection, arrived: Sequence[str], now: str) -> int:
    """Record a notice for each arrived check-in of a ticket this desk admitted too.

    Args:
        conn: the event file, inside the caller's transaction.
        arrived: the ids of check-ins just pulled from other desks.
        now: when they were found (UTC text).

    Returns:
        How many new notices were found (a check-in already noticed counts once).
    """
    found = 0
    for start in range(0, len(arrived), 500):
        chunk = arrived[start : start + 500]
        before = conn.total_changes
        conn.execute(_FIND.format(marks=",".join("?" * len(chunk))), (now, *chunk))
        found += conn.total_changes - before
    return found


def unshown(conn: sqlite3.Connection) -> list[AlsoAdmitted]:
    """Return the notices not shown yet whose check-ins are both still in force, oldest first."""
    notices = []
    for row in conn.execute(_UNSHOWN).fetchall():
        first = conn.execute(_FIRST, (row[1], row[2], row[3])).fetchone()
        notices.append(_notice(row, first is not None and first[0] == row[8]))
    return notices


def _notice(row: Sequence[Any], first_here: bool) -> AlsoAdmitted:
    return AlsoAdmitted(
        id=row[0], code=row[1], name=f"{row[9]} {row[10]}".strip(), point=row[2],
        day=date.fromisoformat(row[3]), desk=row[4], at=parse_utc(row[5]), here_desk=row[6],
        here_at=parse_utc(row[7]), first_here=first_here,
    )  # fmt: skip


def mark_shown(conn: sqlite3.Connection, ids: Sequence[str], now: str) -> None:
    """Mark notices as shown (inside the caller's transaction): none is shown twice."""
    conn.executemany(
        "UPDATE sync_notices SET shown_at = ? WHERE id = ? AND shown_at IS NULL",
        ((now, notice_id) for notice_id in ids),
    )


def count_unshown(conn: sqlite3.Connection) -> int:
    """Return how many notices wait to be shown (taken-back check-ins included)."""
    return int(
        conn.execute("SELECT count(*) FROM sync_notices WHERE shown_at IS NULL").fetchone()[0]
    )
