"""Access tokens: one per desk and one for the organiser (admin), kept only as SHA-256 hashes.

A token is 256 random bits, so a fast hash is as safe as a slow one here (nothing to guess
from); the hash is indexed, so checking a token is one lookup. The clear token is shown once,
when it is made, and never stored.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from checkin.hub.errors import HubError
from checkin.hub.tables import tokens

PREFIX = "chk_"


@dataclass(frozen=True)
class Token:
    """A token as stored: who it is for, what it may do; never the token itself."""

    id: str
    name: str
    admin: bool
    event_slug: str | None
    created_at: str
    revoked_at: str | None

    def may_use(self, slug: str) -> bool:
        """Tell whether this token may read and write the event with this slug."""
        return self.admin or self.event_slug in (None, slug)


def digest(token: str) -> str:
    """Return the stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add(
    conn: sa.Connection, name: str, now: str, *, admin: bool = False, event_slug: str | None = None
) -> str:
    """Make a token for a desk (or the admin); returns the clear token, to be shown once."""
    name = name.strip()
    if not name or len(name) > 100:
        raise HubError(400, "bad_name", "A token needs a name of 1 to 100 characters.")
    if conn.execute(sa.select(tokens.c.id).where(tokens.c.name == name)).first():
        raise HubError(409, "name_taken", f"A token named '{name}' exists; revoke it or "
                       "choose another name.")  # fmt: skip
    clear = PREFIX + secrets.token_urlsafe(32)
    conn.execute(
        tokens.insert().values(
            id=str(uuid.uuid4()),
            name=name,
            hash=digest(clear),
            admin=admin,
            event_slug=event_slug,
            created_at=now,
            revoked_at=None,
        )
    )
    return clear


def revoke(conn: sa.Connection, name: str, now: str) -> Token:
    """Revoke a token by name; requests with it are refused from now on."""
    found = _by(conn, tokens.c.name == name)
    if found is None:
        raise HubError(404, "unknown_token", f"No token named '{name}'.")
    conn.execute(
        tokens.update().where(tokens.c.name == name, tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )  # fmt: skip
    return _by(conn, tokens.c.name == name) or found


def listed(conn: sa.Connection) -> list[Token]:
    """Return every token (without secrets), by name."""
    rows = conn.execute(sa.select(tokens).order_by(tokens.c.name))
    return [_token(row) for row in rows]


def check(conn: sa.Connection, clear: str | None) -> Token:
    """Return the token a request presents; raises HubError 401 when it is not a live one."""
    if not clear:
        raise HubError(401, "missing_token", "This request needs 'Authorization: Bearer TOKEN'.")
    found = _by(conn, tokens.c.hash == digest(clear))
    if found is None:
        raise HubError(401, "bad_token", "The token is not known to this hub: check it, or "
                       "ask the organiser for a new one.")  # fmt: skip
    if found.revoked_at is not None:
        raise HubError(401, "token_revoked", f"The token '{found.name}' was revoked at "
                       f"{found.revoked_at}; ask the organiser for a new one.")  # fmt: skip
    return found


def _by(conn: sa.Connection, where: sa.ColumnElement[bool]) -> Token | None:
    row = conn.execute(sa.select(tokens).where(where)).first()
    return None if row is None else _token(row)


def _token(row: sa.Row[tuple[object, ...]]) -> Token:
    m = row._mapping
    return Token(m["id"], m["name"], bool(m["admin"]), m["event_slug"], m["created_at"],
                 m["revoked_at"])  # fmt: skip
