"""Writing pushed batches: each entry stored once, numbered in the order its batch commits.

Sequence numbers come from the event row's ``last_seq`` counter, read and advanced inside the
push transaction *after* taking the event row's write lock (an UPDATE of that row). A second
writer to the same event waits for that lock until the first has committed, so numbers are
handed out in commit order and without gaps: a puller that has seen entry N has seen every
entry before N, whatever number of hub processes write to one PostgreSQL. (A database sequence
would hand out numbers at insert time, and a later number could commit first: a puller would
move its cursor past an entry that was still to commit, and miss it for ever.) Different events
never wait for each other. docs/sync-protocol.md explains the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from checkin.domain import merge
from checkin.domain.clock import utc_text
from checkin.domain.hlc import Timestamp
from checkin.hub import db
from checkin.hub.errors import HubError
from checkin.hub.events import HubEvent
from checkin.hub.tables import batches, checkins, entries, events, records
from checkin.sync.answers import EntryResult, PushResult
from checkin.sync.protocol import Batch, CheckInEntry, Entry, changed_fields

MERGED = ("registration", "ticket_type", "point")


def bodies(batch: Batch) -> dict[str, str]:
    """Return each entry's stored JSON text by entry id, in the batch's order."""
    return {entry.id: entry.model_dump_json(exclude_none=True) for entry in batch.entries}


def digest(texts: dict[str, str]) -> str:
    """Return the fingerprint of a batch's entries, to tell a replay from a reused batch id."""
    return hashlib.sha256("\n".join(texts.values()).encode("utf-8")).hexdigest()


def hub_time(now: datetime) -> str:
    """Return the hub's clock as a clock reading desks fold into theirs."""
    return Timestamp(int(now.timestamp() * 1000), 0, "hub").encode()


def push(
    conn: sa.Connection, event: HubEvent, batch: Batch, token_name: str, now: datetime
) -> PushResult:
    """Store a batch in the caller's write transaction; returns what became of each entry.

    Raises:
        HubError: 409 ``batch_replayed`` when the batch came before (its first answer is the
            error's first detail, with ``replayed`` set); 422 ``batch_id_reused`` when the
            batch id came before with other entries;
            409 ``entry_in_other_event`` when an entry id is already used by another event.
    """
    texts = bodies(batch)  # before the lock: other pushes to the event wait while it is held
    fingerprint = digest(texts)
    last = lock(conn, event.id)
    replay = _replayed(conn, event, batch, fingerprint)
    if replay is not None:
        return replay
    known = _known_entries(conn, [entry.id for entry in batch.entries], event.id)
    fresh = [entry for entry in batch.entries if entry.id not in known]
    received = utc_text(now)
    seqs = store(conn, event.id, fresh, last, batch.batch_id, token_name, received, texts)
    new_last = last + len(fresh)
    results = [
        EntryResult(id=e.id, seq=seqs.get(e.id) or known[e.id],
                    status="stored" if e.id in seqs else "duplicate")
        for e in batch.entries
    ]  # fmt: skip
    result = PushResult(
        batch_id=batch.batch_id, replayed=False, stored=len(fresh),
        duplicates=len(batch.entries) - len(fresh), last_seq=new_last, hub_time=hub_time(now),
        clock_skew_ms=int((batch.sent_at - now).total_seconds() * 1000), results=results,
    )  # fmt: skip
    conn.execute(batches.insert().values(
        id=batch.batch_id, event_id=event.id, token=token_name, digest=fingerprint,
        received_at=received, result=result.model_dump_json(),
    ))  # fmt: skip
    return result


def store(
    conn: sa.Connection,
    event_id: str,
    fresh: Sequence[Entry],
    last: int,
    batch_id: str | None,
    token_name: str,
    received: str,
    texts: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Number new entries after ``last``, store them, apply them; returns seq by entry id.

    The caller holds the event's lock (`lock`) and has left out entries already stored;
    ``texts`` are the entries' JSON texts when the caller has them already.
    """
    seqs = {entry.id: last + n for n, entry in enumerate(fresh, start=1)}
    if texts is None:
        texts = {entry.id: entry.model_dump_json(exclude_none=True) for entry in fresh}
    db.insert_many(conn, entries, [
        {"id": e.id, "event_id": event_id, "seq": seqs[e.id], "entity": e.entity, "key": e.key,
         "hlc": e.hlc, "body": texts[e.id], "received_at": received, "batch_id": batch_id,
         "token": token_name}
        for e in fresh
    ])  # fmt: skip
    _index_checkins(conn, event_id, [e for e in fresh if isinstance(e, CheckInEntry)], seqs)
    merge_records(conn, event_id, fresh, seqs)
    new_last = last + len(fresh)
    conn.execute(events.update().where(events.c.id == event_id).values(last_seq=new_last))
    return seqs


def lock(conn: sa.Connection, event_id: str) -> int:
    """Take the event's write lock (held to commit) and return its last sequence number."""
    row = conn.execute(
        events.update().where(events.c.id == event_id)
        .values(last_seq=events.c.last_seq).returning(events.c.last_seq)
    ).first()  # fmt: skip
    if row is None:
        raise HubError(404, "unknown_event", "The event was deleted while the batch arrived.")
    return int(row[0])


def _replayed(
    conn: sa.Connection, event: HubEvent, batch: Batch, fingerprint: str
) -> PushResult | None:
    row = conn.execute(
        sa.select(batches.c.event_id, batches.c.digest, batches.c.result)
        .where(batches.c.id == batch.batch_id)
    ).first()  # fmt: skip
    if row is None:
        return None
    if row.event_id != event.id or row.digest != fingerprint:
        raise HubError(
            422, "batch_id_reused",
            f"Batch {batch.batch_id} was received before with other entries; a batch id "
            "names one batch: give a new batch a new id.",
        )  # fmt: skip
    earlier = PushResult.model_validate_json(row.result).model_copy(update={"replayed": True})
    raise HubError(
        409, "batch_replayed",
        f"Batch {batch.batch_id} was stored before; nothing was stored again. The first "
        "answer is in details[0].",
        [earlier.model_dump(mode="json")],
    )  # fmt: skip


def _known_entries(conn: sa.Connection, ids: Sequence[str], event_id: str) -> dict[str, int]:
    rows = conn.execute(
        sa.select(entries.c.id, entries.c.event_id, entries.c.seq).where(entries.c.id.in_(ids))
    ).all()
    elsewhere = [row.id for row in rows if row.event_id != event_id]
    if elsewhere:
        raise HubError(
            409, "entry_in_other_event",
            f"Entry {elsewhere[0]} belongs to another event on this hub: is this desk "
            "connected to the right event?", [{"id": i} for i in elsewhere[:20]],
        )  # fmt: skip
    return {row.id: int(row.seq) for row in rows}


def _index_checkins(
    conn: sa.Connection, event_id: str, fresh: Sequence[CheckInEntry], seqs: dict[str, int]
) -> None:
    if not fresh:
        return
    rows = [
        {"id": p.id, "event_id": event_id, "seq": seqs[e.id], "code": p.code,
         "day": p.day.isoformat(), "at": utc_text(p.at), "desk": p.desk, "point": p.point,
         "method": p.method, "kind": p.kind, "undoes": p.undoes}
        for e in fresh
        for p in (e.payload,)
    ]  # fmt: skip
    db.insert_many(conn, checkins, rows, skip_taken=True)  # a check-in id sent twice


def merge_records(
    conn: sa.Connection, event_id: str, fresh: Sequence[Entry], seqs: dict[str, int]
) -> None:
    """Merge registration, ticket type and point entries into their records, field by field."""
    mergeable = [e for e in fresh if e.entity in MERGED]
    if not mergeable:
        return
    held = _load_records(conn, event_id, mergeable)
    before = set(held)
    touched: dict[tuple[str, str], int] = {}
    for entry in mergeable:
        record = held.setdefault((entry.entity, entry.key), merge.Record())
        if merge.apply(record, changed_fields(entry), entry.hlc):
            touched[(entry.entity, entry.key)] = seqs[entry.id]
    rows = [
        {"event_id": event_id, "entity": ent, "key": key, "seq": seq,
         "fields": json.dumps(held[(ent, key)].fields, ensure_ascii=False, sort_keys=True),
         "clocks": json.dumps(held[(ent, key)].clocks, sort_keys=True)}
        for (ent, key), seq in touched.items()
    ]  # fmt: skip
    _save_records(conn, [r for r in rows if (r["entity"], r["key"]) in before], update=True)
    _save_records(conn, [r for r in rows if (r["entity"], r["key"]) not in before], update=False)


def _load_records(
    conn: sa.Connection, event_id: str, mergeable: Sequence[Entry]
) -> dict[tuple[str, str], merge.Record]:
    held: dict[tuple[str, str], merge.Record] = {}
    for entity in {e.entity for e in mergeable}:
        keys = sorted({e.key for e in mergeable if e.entity == entity})
        for start in range(0, len(keys), 500):
            rows = conn.execute(
                sa.select(records.c.key, records.c.fields, records.c.clocks).where(
                    records.c.event_id == event_id, records.c.entity == entity,
                    records.c.key.in_(keys[start : start + 500]),
                )
            )  # fmt: skip
            for row in rows:
                held[(entity, row.key)] = merge.Record(
                    json.loads(row.fields), json.loads(row.clocks)
                )
    return held


def _save_records(conn: sa.Connection, rows: list[dict[str, Any]], *, update: bool) -> None:
    if not rows:
        return
    if not update:
        conn.execute(records.insert(), rows)
        return
    statement = (
        records.update()
        .where(
            records.c.event_id == sa.bindparam("b_event"),
            records.c.entity == sa.bindparam("b_entity"),
            records.c.key == sa.bindparam("b_key"),
        )
        .values(
            fields=sa.bindparam("b_fields"), clocks=sa.bindparam("b_clocks"),
            seq=sa.bindparam("b_seq"),
        )
    )  # fmt: skip
    conn.execute(statement, [{f"b_{k}": v for k, v in _renamed(r).items()} for r in rows])


def _renamed(row: dict[str, Any]) -> dict[str, Any]:
    return {"event": row["event_id"], "entity": row["entity"], "key": row["key"],
            "fields": row["fields"], "clocks": row["clocks"], "seq": row["seq"]}  # fmt: skip
