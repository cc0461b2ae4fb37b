"""Importing registrations on the hub: the desk's importer, written as entries in the log.

`checkin.importer.load` reads and validates the file (all or nothing: with any problem nothing
is written). Each new registration becomes a ``create`` entry and each changed one an
``update`` entry with only the changed fields, stamped with the hub's clock, so desks pull
them like any other change and the field-by-field merge treats an import like any other edit.
Rows without a ticket code get a code from the same alphabet as the desk's signed codes; a
re-import finds it again by the row's import key (e-mail and folded names, as on the desk).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from checkin.domain.clock import utc_text
from checkin.domain.fields import json_encoder
from checkin.domain.hlc import HybridClock
from checkin.domain.model import Registration, Status
from checkin.domain.signing import fresh_code
from checkin.hub import ledger, reads
from checkin.hub.events import HubEvent
from checkin.hub.tables import import_keys
from checkin.importer import ImportedRow, import_key, load
from checkin.progress import Progress
from checkin.sync.protocol import RegistrationEntry, RegistrationFields

ORIGIN = "hub import"
CANCELLED = Status.CANCELLED.value
registration_json = json_encoder(Registration)


def import_file(
    conn: sa.Connection,
    event: HubEvent,
    path: Path,
    now: datetime,
    overrides: Mapping[str, str] | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Import a CSV/XLSX export into an event in the caller's write transaction.

    Returns the report `checkin hub import --json` prints: ``rows, added, updated, unchanged,
    cancelled`` (as the desk's import counts it), ``written, mapping, problems`` (problems as
    "file, line N, column 'X': ...").
    """
    loaded = load(path, overrides, event.days, progress)
    report: dict[str, Any] = {
        "event": event.slug, "file": str(path), "rows": len(loaded.rows), "added": 0,
        "updated": 0, "unchanged": 0, "cancelled": 0, "written": False, "mapping": loaded.mapping,
        "problems": [str(p) for p in loaded.problems],
    }  # fmt: skip
    if loaded.problems:
        return report
    last = ledger.lock(conn, event.id)
    people = reads.merged(conn, event, "registration")
    known = dict(conn.execute(
        sa.select(import_keys.c.key, import_keys.c.code).where(import_keys.c.event_id == event.id)
    ).all())  # fmt: skip
    made, new_keys, cancelled = _entries(loaded.rows, people, known, now)
    counts = Counter(entry.op for entry in made)
    report.update(added=counts["create"], updated=counts["update"],
                  unchanged=len(loaded.rows) - len(made), cancelled=cancelled)  # fmt: skip
    if made and not dry_run:
        ledger.store(conn, event.id, made, last, None, ORIGIN, utc_text(now))
        if new_keys:
            rows = [{"event_id": event.id, "key": k, "code": c} for k, c in new_keys.items()]
            conn.execute(import_keys.insert(), rows)
        report["written"] = True
    return report


def _entries(
    rows: list[ImportedRow],
    people: dict[str, dict[str, Any]],
    known: dict[str, str],
    now: datetime,
) -> tuple[list[RegistrationEntry], dict[str, str], int]:
    """The entries the rows make, the import keys new to the event, and how many cancel."""
    clock = HybridClock("hub", lambda: int(now.timestamp() * 1000))
    seen: Counter[str] = Counter()
    taken = set(people) | {row.code for row in rows if row.code}
    made: list[RegistrationEntry] = []
    new_keys: dict[str, str] = {}
    cancelled = 0
    for row in rows:
        if not row.code:
            base = import_key(row)
            seen[base] += 1
            key = base if seen[base] == 1 else f"{base}#{seen[base]}"
            code = known.get(key) or new_keys.get(key) or fresh_code(taken)
            row = replace(row, code=code, signed=True)
            if key not in known:
                new_keys[key] = code
        fields = registration_json(row)
        del fields["code"]
        before = people.get(row.code)
        if fields["status"] == CANCELLED and (before or {}).get("status") != CANCELLED:
            cancelled += 1  # cancels a valid registration, or adds one cancelled
        changed = fields if before is None else {
            k: v for k, v in fields.items() if before.get(k) != v
        }  # fmt: skip
        if changed:
            op = "create" if before is None else "update"
            made.append(_entry(row.code, op, changed, clock.now().encode(), now))
    return made, new_keys, cancelled


def _entry(
    code: str, op: str, changed: dict[str, Any], hlc: str, now: datetime
) -> RegistrationEntry:
    return RegistrationEntry(
        id=str(uuid.uuid4()), entity="registration", op=op, key=code, at=now, hlc=hlc,  # type: ignore[arg-type]
        origin=ORIGIN, payload=RegistrationFields.model_validate({**changed, "code": code}),
    )  # fmt: skip
