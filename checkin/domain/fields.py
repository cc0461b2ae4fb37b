"""Declaring a value's fields once: what each holds and who reads it, as dataclass field metadata.

A declared dataclass (`checkin.domain.model.Registration`) is the one place its fields are
named. Each consumer derives its own shape from the declaration: the store its columns, the
importer the fields a column can map to, the desk the fields a volunteer may correct, sync its
JSON payload and wire model, the export its columns. The field's type says how a value is
written: ``str`` as is, ``tuple[date, ...]`` as ISO dates, an enum by its value, ``bool`` as a
flag, ``dict[str, str]`` as an object.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import operator
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

SPEC = "checkin"  # the metadata key
T = TypeVar("T")


@dataclass(frozen=True)
class FieldSpec:
    """What a declared field holds and which parts of the desk read it.

    Attributes:
        label: what the field holds, in English (docs, ``--help``).
        imported: an import file's column can be mapped to it (``--map FIELD=COLUMN``).
        editable: a volunteer may correct it at the desk (`Desk.update_registration`).
        export: the header of its column in the attendance export ("" for none).
        export_order: where that column stands among the exported ones (1 first).
    """

    label: str
    imported: bool = True
    editable: bool = False
    export: str = ""
    export_order: int = 0


@dataclass(frozen=True)
class Declared:
    """One field of a declared dataclass: its name, its type and its `FieldSpec`."""

    name: str
    type: Any  # a type or a parametrised alias such as tuple[date, ...]; read with typing.get_*
    spec: FieldSpec


def spec(
    label: str,
    *,
    imported: bool = True,
    editable: bool = False,
    export: str = "",
    export_order: int = 0,
) -> dict[str, FieldSpec]:
    """Return the metadata of a declared field: ``field(metadata=spec("ticket code"))``."""
    return {SPEC: FieldSpec(label, imported, editable, export, export_order)}


@functools.cache
def declared(cls: type) -> tuple[Declared, ...]:
    """Return a declared dataclass's fields in declaration order.

    Raises:
        TypeError: a field of ``cls`` has no `spec` metadata (every field must be declared).
    """
    hints = typing.get_type_hints(cls)
    out = []
    for item in dataclasses.fields(cls):
        found = item.metadata.get(SPEC)
        if not isinstance(found, FieldSpec):
            raise TypeError(f"{cls.__name__}.{item.name} has no field spec")
        out.append(Declared(item.name, hints[item.name], found))
    return tuple(out)


def to_json(value: Any) -> Any:
    """Return a value as JSON-ready data: dataclasses as objects, days as ISO text, enums by value.

    Tuples become lists and dicts keep their keys; str, int, float, bool and None pass as they
    are. Raises TypeError for anything else (a datetime has no one right form here).
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {item.name: to_json(getattr(value, item.name)) for item in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"no JSON form for {type(value).__name__}")


def json_encoder(cls: type[T]) -> Callable[[T], dict[str, Any]]:
    """Return a fast `to_json` for one declared dataclass, over its declared fields only.

    The conversions are chosen once from the field types, so encoding costs one attribute
    fetch for all fields and a call per field that is not plain text (an import encodes
    every row it writes). A subclass's own fields (`ImportedRow.line`) are left out.
    """
    items = declared(cast(type, cls))
    names = tuple(item.name for item in items)
    values = operator.attrgetter(*names)
    converters = tuple(
        (item.name, _json_writer(item.type)) for item in items if item.type not in (str, bool)
    )

    def encode(value: T) -> dict[str, Any]:
        out = dict(zip(names, values(value), strict=True))
        for name, convert in converters:
            out[name] = convert(out[name])
        return out

    return encode


def _json_writer(kind: Any) -> Callable[[Any], Any]:
    if typing.get_origin(kind) is tuple:
        return _days_json
    if typing.get_origin(kind) is dict:
        return dict
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _enum_value
    return to_json


def _days_json(days: tuple[date, ...]) -> list[str]:
    return [day.isoformat() for day in days]


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a declared dataclass from `to_json` data; fields left out keep their defaults.

    Raises:
        KeyError: a key that is not a field of ``cls``.
        ValueError: a value that cannot be read as its field's type (a bad date, say).
    """
    kinds = {item.name: item.type for item in declared(cast(type, cls))}
    values = {name: value_of(kinds[name], value) for name, value in data.items()}
    return cls(**values)


def value_of(kind: Any, value: Any) -> Any:
    """Read one JSON value as a declared field's type (see the module docstring)."""
    if typing.get_origin(kind) is tuple:
        return tuple(date.fromisoformat(item) for item in value or ())
    if typing.get_origin(kind) is dict:
        return {str(key): str(item) for key, item in (value or {}).items()}
    if kind is bool:
        return bool(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return "" if value is None else str(value)
