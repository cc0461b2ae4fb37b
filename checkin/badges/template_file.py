"""Reading template files: TOML or JSON, ``base`` inheritance, and a reader that names bad keys."""

from __future__ import annotations

import difflib
import enum
import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

from checkin.errors import UserError
from checkin.messages import _

ASSETS = Path(__file__).resolve().parents[2] / "assets"
TEMPLATE_DIR = ASSETS / "badges"
CATEGORY_COLOUR = "category"  # a line colour that means "this badge's category colour"
HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
MAX_MM = 2000.0


class TemplateTable:
    """One table of a template file being read; remembers its key path for error messages."""

    def __init__(self, source: str, where: str, data: Any) -> None:
        self.source, self.where = source, where
        if not isinstance(data, Mapping):
            self.fail_here(f"must be a table, not {type(data).__name__}")
        self.data: Mapping[str, Any] = data
        self.used: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail_here(self, problem: str) -> NoReturn:
        raise UserError(
            _("Badge template {source}: {key}: {problem}").format(
                source=self.source, key=self.where or _("top level"), problem=problem
            )
        )

    def fail(self, name: str, problem: str) -> NoReturn:
        raise UserError(
            _("Badge template {source}: {key}: {problem}").format(
                source=self.source, key=self.key(name), problem=problem
            )
        )

    def get(self, name: str, default: Any = None, *, required: bool = False) -> Any:
        self.used.add(name)
        if name not in self.data:
            if required:
                close = difflib.get_close_matches(name, [str(key) for key in self.data], 1)
                hint = f" ('{close[0]}' is there: a misspelling?)" if close else ""
                self.fail(name, f"is missing{hint}")
            return default
        return self.data[name]

    def number(self, name: str, default: float | None = None, low: float = 0.0) -> float:
        value = self.get(name, default, required=default is None)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(name, f"must be a number, not {value!r}")
        if not low <= value <= MAX_MM:
            self.fail(name, f"must be between {low:g} and {MAX_MM:g}, not {value:g}")
        return float(value)

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        value = self.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(name, f"must be a whole number from {low} to {high}, not {value!r}")
        return value

    def text(self, name: str, default: str | None = None) -> str:
        value = self.get(name, default, required=default is None)
        if not isinstance(value, str):
            self.fail(name, f"must be text, not {value!r}")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self.get(name, default)
        if not isinstance(value, bool):
            self.fail(name, f"must be true or false, not {value!r}")
        return value

    def choice(self, name: str, options: type[enum.StrEnum], default: str) -> str:
        value = self.text(name, default)
        if value not in {option.value for option in options}:
            known = ", ".join(option.value for option in options)
            self.fail(name, f"must be one of {known}, not {value!r}")
        return value

    def colour(self, name: str, default: str | None = None, *, category: bool = False) -> str:
        value = self.text(name, default)
        if not (HEX_COLOUR.fullmatch(value) or (category and value == CATEGORY_COLOUR)):
            also = f" or '{CATEGORY_COLOUR}'" if category else ""
            self.fail(name, f"must be a colour like #1F6F8B{also}, not {value!r}")
        return value

    def table(self, name: str) -> TemplateTable | None:
        value = self.get(name)
        return None if value is None else TemplateTable(self.source, self.key(name), value)

    def tables(self, name: str) -> list[TemplateTable]:
        value = self.get(name, [])
        if not isinstance(value, list):
            self.fail(name, "must be a list of tables ([[...]] in TOML)")
        return [
            TemplateTable(self.source, f"{self.key(name)}[{i}]", item)
            for i, item in enumerate(value)
        ]

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            known = ", ".join(sorted(self.used))
            self.fail(unknown[0], f"unknown key (known here: {known})")


def _read_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(
            _("Badge template {path}: cannot read it ({strerror})").format(
                path=path, strerror=error.strerror
            )
        ) from error
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw.decode("utf-8"))
        else:
            data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UserError(
            _("Badge template {path}: not valid {format}: {error}").format(
                path=path, format=path.suffix[1:].upper(), error=error
            )
        ) from None
    if not isinstance(data, dict):
        raise UserError(_("Badge template {path}: top level must be a table").format(path=path))
    logo = data.get("logo")
    if isinstance(logo, dict) and isinstance(logo.get("file"), str):
        logo["file"] = str((path.parent / logo["file"]).resolve())  # relative to its own file
    return data


def _merged(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def read_merged(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    if path in seen:
        chain = " -> ".join(str(p.name) for p in (*seen, path))
        raise UserError(
            _("Badge template {path}: base: templates inherit in a circle ({chain})").format(
                path=seen[0], chain=chain
            )
        )
    data = _read_file(path)
    base = data.get("base")
    if base is None:
        return data
    if not isinstance(base, str):
        raise UserError(
            _("Badge template {path}: base: must be a template name, not {base!r}").format(
                path=path, base=base
            )
        )
    return _merged(read_merged(template_path(base, path.parent), (*seen, path)), data)


def template_names() -> list[str]:
    """Return the names of the templates that come with the program."""
    return sorted(p.stem for p in TEMPLATE_DIR.glob("*") if p.suffix in (".toml", ".json"))


def template_path(name_or_path: str, relative_to: Path | None = None) -> Path:
    """Find a template file by name (a file stem in assets/badges) or by path."""
    candidate = Path(name_or_path).expanduser()
    if candidate.suffix.lower() in (".toml", ".json") or len(candidate.parts) > 1:
        if not candidate.is_absolute() and relative_to is not None:
            candidate = relative_to / candidate
        if not candidate.is_file():
            raise UserError(
                _("Badge template {candidate}: no such file").format(candidate=candidate)
            )
        return candidate
    for suffix in (".toml", ".json"):
        if (TEMPLATE_DIR / f"{name_or_path}{suffix}").is_file():
            return TEMPLATE_DIR / f"{name_or_path}{suffix}"
    raise UserError(
        _(
            "No badge template called '{name}'; known: {known} (or give a path to a .toml file)"
        ).format(name=name_or_path, known=", ".join(template_names()))
    )
