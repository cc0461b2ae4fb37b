"""Name search (placeholder until the search module lands): a linear scan of folded text."""

from __future__ import annotations

import sqlite3

from checkin.domain.names import fold

SEARCH_SCHEMA: tuple[str, ...] = ()


def register_functions(conn: sqlite3.Connection) -> None:
    """Nothing to register in the placeholder."""


def search(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[str]:
    tokens = fold(query).split()
    if not tokens:
        return []
    hits = []
    rows = conn.execute("SELECT code, first_name, last_name, organisation, email FROM registrations")
    for code, *fields in rows:
        text = fold(" ".join(fields)) + " " + code.lower()
        if all(token in text for token in tokens):
            hits.append(code)
    return hits[:limit]


def rebuild(conn: sqlite3.Connection) -> None:
    """Nothing to rebuild in the placeholder."""
