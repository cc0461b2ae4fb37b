"""Wire entries as desks make them, for the hub tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from checkin.domain.hlc import Timestamp
from checkin.sync.protocol import Entry, parse_entry

DAY1 = date(2026, 6, 1)
MORNING = datetime(2026, 6, 1, 6, 30, tzinfo=UTC)


def ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def checkin(
    code: str,
    desk: str,
    at: datetime = MORNING,
    day: date = DAY1,
    point: str = "main",
    undoes: str | None = None,
) -> Entry:
    checkin_id = str(uuid.uuid4())
    payload: dict[str, Any] = {
        "id": checkin_id,
        "code": code,
        "day": day.isoformat(),
        "at": at.isoformat(),
        "desk": desk,
        "point": point,
        "method": "scan",
        "kind": "undo" if undoes else "checkin",
        "undoes": undoes,
    }
    return parse_entry(
        {
            "id": str(uuid.uuid4()),
            "entity": "checkin",
            "key": checkin_id,
            "op": "append",
            "at": at.isoformat(),
            "hlc": Timestamp(ms(at), 0, desk).encode(),
            "origin": desk,
            "payload": payload,
        }
    )


def registration(key: str, desk: str, hlc: Timestamp, op: str = "update", **fields: Any) -> Entry:
    at = datetime.fromtimestamp(hlc.wall / 1000, UTC)
    return parse_entry(
        {
            "id": str(uuid.uuid4()),
            "entity": "registration",
            "key": key,
            "op": op,
            "at": at.isoformat(),
            "hlc": hlc.encode(),
            "origin": desk,
            "payload": fields,
        }
    )


def person(code: str, first: str, last: str, **more: Any) -> dict[str, Any]:
    return {
        "code": code,
        "first_name": first,
        "last_name": last,
        "organisation": "",
        "email": "",
        "ticket_type": "",
        "category": "",
        "valid_days": [],
        "status": "valid",
        "order_code": "",
        "note": "",
        "signed": False,
        "extra": {},
        **more,
    }


def many_checkins(count: int, desk: str, start: datetime = MORNING) -> list[Entry]:
    return [checkin(f"T{n:06d}", desk, start + timedelta(seconds=n)) for n in range(count)]
