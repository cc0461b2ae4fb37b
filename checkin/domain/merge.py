"""Field-by-field merging of edits: per field, the value with the latest clock reading wins.

The one definition of the rule, for the hub (`checkin.hub.ledger`) and the desks
(`checkin.store.sync_apply`) alike. Pure functions. Two readings compare as
`checkin.domain.hlc` texts (their order is the timestamps' order); equal readings, which only
two desks with the same name in the same millisecond could make, fall back to comparing the
values' JSON, so every desk and the hub pick the same winner whatever order the entries
arrive in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Record:
    """A registration, ticket type or point: its fields and each field's clock reading."""

    fields: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)


def wins(new_clock: str, new_value: Any, old_clock: str | None, old_value: Any) -> bool:
    """Tell whether an incoming field value replaces the one held."""
    if old_clock is None or new_clock > old_clock:
        return True
    if new_clock < old_clock:
        return False
    return _canonical(new_value) > _canonical(old_value)


def apply(record: Record, changed: Mapping[str, Any], clock: str) -> bool:
    """Merge one entry's changed fields into a record; returns whether anything changed."""
    touched = False
    for name, value in changed.items():
        old_clock = record.clocks.get(name)
        if not wins(clock, value, old_clock, record.fields.get(name)):
            continue
        if record.fields.get(name) != value or old_clock != clock:
            touched = True
        record.fields[name] = value
        record.clocks[name] = clock
    return touched


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
