"""Reading for desks: the log after a cursor, registrations by page, tickets admitted twice.

The log is handed out as stored: each entry's JSON was validated and written once, so a page
is built by joining stored texts, not by re-validating 5,000 objects per request.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from checkin.domain.clock import parse_utc
from checkin.hub.events import HubEvent
from checkin.hub.ledger import hub_time
from checkin.hub.tables import checkins, entries, records
from checkin.sync.answers import CheckInRef, Duplicate
from checkin.sync.protocol import PROTOCOL_VERSION


def pull_json(conn: sa.Connection, event: HubEvent, since: int, limit: int, now: datetime) -> bytes:
    """Return a `PullPage` as JSON bytes: up to ``limit`` entries with seq > ``since``."""
    rows = conn.execute(
        sa.select(entries.c.seq, entries.c.received_at, entries.c.body)
        .where(entries.c.event_id == event.id, entries.c.seq > since)
        .order_by(entries.c.seq).limit(limit + 1)
    ).all()  # fmt: skip
    more = len(rows) > limit
    rows = rows[:limit]
    next_since = int(rows[-1].seq) if rows else since
    head = {
        "version": PROTOCOL_VERSION, "event": event.slug, "since": since,
        "next_since": next_since, "last_seq": max(event.last_seq, next_since), "more": more,
        "hub_time": hub_time(now),
    }  # fmt: skip
    items = ",".join(
        f'{{"seq":{int(r.seq)},"received_at":{json.dumps(r.received_at)},"entry":{r.body}}}'
        for r in rows
    )
    return (json.dumps(head)[:-1] + f',"entries":[{items}]}}').encode("utf-8")


def registrations_json(conn: sa.Connection, event: HubEvent, after: str, limit: int) -> bytes:
    """Return a `RegistrationPage` as JSON bytes: registrations with code > ``after``."""
    rows = conn.execute(
        sa.select(records.c.key, records.c.fields, records.c.clocks)
        .where(records.c.event_id == event.id, records.c.entity == "registration",
               records.c.key > after)
        .order_by(records.c.key).limit(limit + 1)
    ).all()  # fmt: skip
    more = len(rows) > limit
    rows = rows[:limit]
    head = {
        "event": event.slug, "after": after,
        "next_after": rows[-1].key if more and rows else None, "as_of": event.last_seq,
    }  # fmt: skip
    items = ",".join(
        f'{{"code":{json.dumps(r.key, ensure_ascii=False)},"fields":{r.fields},'
        f'"clocks":{r.clocks}}}'
        for r in rows
    )
    return (json.dumps(head)[:-1] + f',"registrations":[{items}]}}').encode("utf-8")


def merged(conn: sa.Connection, event: HubEvent, entity: str) -> dict[str, dict[str, object]]:
    """Return every merged record of one kind (registration, ticket_type, point) by key."""
    rows = conn.execute(
        sa.select(records.c.key, records.c.fields)
        .where(records.c.event_id == event.id, records.c.entity == entity)
    )  # fmt: skip
    return {row.key: json.loads(row.fields) for row in rows}


def active_checkins(conn: sa.Connection, event: HubEvent) -> list[Any]:  # rows of checkins
    """Return the check-ins no undo has taken back, oldest first by scan time."""
    undone = sa.select(checkins.c.undoes).where(
        checkins.c.event_id == event.id, checkins.c.kind == "undo"
    )
    query = (
        sa.select(checkins.c.id, checkins.c.code, checkins.c.day, checkins.c.at,
                  checkins.c.desk, checkins.c.point, checkins.c.seq)
        .where(checkins.c.event_id == event.id, checkins.c.kind == "checkin",
               checkins.c.id.not_in(undone))
        .order_by(checkins.c.at, checkins.c.id)
    )  # fmt: skip
    return list(conn.execute(query).all())


def duplicates(conn: sa.Connection, event: HubEvent, multi_entry: Iterable[str]) -> list[Duplicate]:
    """Return the tickets admitted more than once at one point on one day.

    The first by scan time (then id) is "the" check-in; the others are listed with desk and
    time. Points that admit several entries a day (``multi_entry``) have no duplicates.
    """
    allowed = set(multi_entry)
    groups: dict[tuple[str, str, str], list[CheckInRef]] = defaultdict(list)
    for row in active_checkins(conn, event):
        if row.point in allowed:
            continue
        ref = CheckInRef(id=row.id, desk=row.desk, at=parse_utc(row.at), seq=int(row.seq))
        groups[(row.code, row.point, row.day)].append(ref)
    return [
        Duplicate(
            code=code, point=point, day=date.fromisoformat(day), first=refs[0], others=refs[1:]
        )
        for (code, point, day), refs in sorted(groups.items())
        if len(refs) > 1
    ]
