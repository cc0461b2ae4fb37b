"""Events on the hub: many per hub (a seminar tour is one event per town), found by slug."""

from __future__ import annotations

import base64
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from checkin.domain.signing import new_keypair
from checkin.hub.errors import HubError, unknown_event
from checkin.hub.tables import events
from checkin.sync.answers import EventInfo

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


@dataclass(frozen=True)
class HubEvent:
    """An event row: its id, slug, name, days and time zone, and where its log has come to."""

    id: str
    slug: str
    name: str
    days: tuple[date, ...]
    timezone: str
    last_seq: int
    public_key: bytes
    private_key: bytes | None

    def info(self, *, with_private_key: bool) -> EventInfo:
        """Return the event as the wire shows it."""
        private = self.private_key if with_private_key else None
        return EventInfo(
            slug=self.slug, id=self.id, name=self.name, days=list(self.days),
            timezone=self.timezone, last_seq=self.last_seq,
            public_key=base64.b64encode(self.public_key).decode("ascii"),
            private_key=base64.b64encode(private).decode("ascii") if private else None,
        )  # fmt: skip


def create(
    conn: sa.Connection, slug: str, name: str, days: tuple[date, ...], timezone: str, now: str
) -> HubEvent:
    """Create an event with its own ticket-signing key pair; raises HubError on a bad slug."""
    if not SLUG.match(slug):
        raise HubError(400, "bad_slug", f"'{slug}' cannot be an event slug: use lower-case "
                       "letters, digits and '-', like bergen-2026.")  # fmt: skip
    if not name.strip():
        raise HubError(400, "bad_name", "An event needs a name.")
    if not days:
        raise HubError(400, "bad_days", "An event needs at least one day.")
    if conn.execute(sa.select(events.c.id).where(events.c.slug == slug)).first():
        raise HubError(409, "slug_taken", f"An event '{slug}' exists on this hub already.")
    private, public = new_keypair()
    days_json = json.dumps(sorted({d.isoformat() for d in days}))
    conn.execute(
        events.insert().values(
            id=str(uuid.uuid4()),
            slug=slug,
            name=name.strip(),
            days=days_json,
            timezone=timezone,
            public_key=public,
            private_key=private,
            created_at=now,
            last_seq=0,
        )
    )
    return get(conn, slug)


def get(conn: sa.Connection, slug: str) -> HubEvent:
    """Return an event by slug; raises HubError 404 when there is none."""
    row = conn.execute(sa.select(events).where(events.c.slug == slug)).first()
    if row is None:
        raise unknown_event(slug)
    return _event(row)


def listed(conn: sa.Connection) -> list[HubEvent]:
    """Return every event on the hub, by slug."""
    return [_event(row) for row in conn.execute(sa.select(events).order_by(events.c.slug))]


def _event(row: sa.Row[tuple[object, ...]]) -> HubEvent:
    m = row._mapping
    days = tuple(date.fromisoformat(d) for d in json.loads(m["days"]))
    private = bytes(m["private_key"]) if m["private_key"] else None
    return HubEvent(
        m["id"], m["slug"], m["name"], days, m["timezone"], int(m["last_seq"]),
        bytes(m["public_key"]), private,
    )  # fmt: skip
