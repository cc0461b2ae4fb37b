"""The organiser's organisation aliases, kept in the event file (table ``org_aliases``).

An alias says that a name ("Haukeland") belongs to an organisation ("Helse Bergen HF") in
reports by organisation. It is stored under its folded key
(`checkin.domain.organisations.whole_key`), so "HAUKELAND" and "Haukeland" are one alias.
"""

from __future__ import annotations

import sqlite3

from checkin.domain.organisations import whole_key


def keyed(conn: sqlite3.Connection) -> dict[str, str]:
    """Return every alias key with the organisation it belongs to."""
    rows = conn.execute("SELECT alias_key, organisation FROM org_aliases")
    return dict(rows.fetchall())


def listed(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Return (alias as typed, organisation) pairs, by alias."""
    rows = conn.execute("SELECT alias, organisation FROM org_aliases ORDER BY alias_key")
    return [(alias, organisation) for alias, organisation in rows]


def save(conn: sqlite3.Connection, alias: str, organisation: str, at: str) -> None:
    """Add or change an alias, inside the caller's transaction."""
    conn.execute(
        "INSERT INTO org_aliases (alias_key, alias, organisation, updated_at) VALUES (?,?,?,?) "
        "ON CONFLICT(alias_key) DO UPDATE SET alias = excluded.alias, "
        "organisation = excluded.organisation, updated_at = excluded.updated_at",
        (whole_key(alias), alias, organisation, at),
    )


def remove(conn: sqlite3.Connection, alias: str) -> bool:
    """Remove an alias (matched by its key); returns whether there was one."""
    cursor = conn.execute("DELETE FROM org_aliases WHERE alias_key = ?", (whole_key(alias),))
    return cursor.rowcount > 0
