"""The desk's settings, declared once: each with its type, default and a description.

The settings dialog is generated from `FIELDS`; nothing else names a setting by a string.
Settings are kept per computer as TOML under the user's configuration folder; facts about an
event (its days, its time zone) live in the event file instead.
"""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import Field, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_origin, get_type_hints

import tomli_w
from platformdirs import user_config_dir, user_data_dir, user_log_dir

from checkin import APP_NAME, atomic_files, log
from checkin.errors import explain

_log = log.get("config")

LANGUAGES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}  # each in itself


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate seeks)
    """Mark a label for translation without importing Qt; the dialog translates it."""
    return text


@dataclass(frozen=True)
class Settings:
    """Everything a desk remembers between runs."""

    desk_name: str = field(
        default="",
        metadata={
            "label": QT_TRANSLATE_NOOP("Settings", "Desk name"),
            "help": QT_TRANSLATE_NOOP("Settings", "Shown on each check-in, e.g. Skranke 2"),
        },
    )
    language: str = field(
        default="nb",
        metadata={
            "label": QT_TRANSLATE_NOOP("Settings", "Language"),
            "choices": LANGUAGES,
        },
    )
    camera: str = field(
        default="0",
        metadata={
            "label": QT_TRANSLATE_NOOP("Settings", "Camera"),
            "help": QT_TRANSLATE_NOOP("Settings", "Camera number, video file or stream URL"),
        },
    )
    printer: str = field(
        default="",
        metadata={
            "label": QT_TRANSLATE_NOOP("Settings", "Printer"),
            "help": QT_TRANSLATE_NOOP("Settings", "Empty: the system's default printer"),
            "offered": True,
        },
    )
    template: str = field(
        default="90x55",
        metadata={"label": QT_TRANSLATE_NOOP("Settings", "Badge template"), "offered": True},
    )
    auto_print: bool = field(
        default=True, metadata={"label": QT_TRANSLATE_NOOP("Settings", "Print badge on check-in")}
    )
    sounds: bool = field(default=True, metadata={"label": QT_TRANSLATE_NOOP("Settings", "Sounds")})
    recent_events: tuple[str, ...] = field(default=(), metadata={"hidden": True})
    pin_hash: str = field(default="", metadata={"hidden": True})
    pin_salt: str = field(default="", metadata={"hidden": True})


FIELDS = [f for f in fields(Settings) if not f.metadata.get("hidden")]


def config_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def log_path() -> Path:
    """The log file: warnings, and the full story (traceback) of every failed command."""
    return Path(user_log_dir(APP_NAME, appauthor=False)) / "checkin.log"


def data_dir() -> Path:
    """Where new event files go by default."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing file gives the defaults, a bad value its own default.

    Each value is checked against its setting's type (``auto_print = "no"`` is not true):
    a bad one falls back to its default alone, the rest (the PIN's hash included) are kept,
    and the log says which key and why. A file that is not TOML at all is copied to
    ``settings.toml.broken`` first, so the next save loses nothing a person could recover.
    """
    target = path or config_path()
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return Settings()
    try:
        raw = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeError) as error:
        return _defaults_instead_of(target, str(error))
    values: dict[str, Any] = {}
    types = get_type_hints(Settings)
    for spec in fields(Settings):
        if spec.name not in raw:
            continue
        value, problem = _checked(spec, types[spec.name], raw[spec.name])
        if problem:
            _log.warning("settings file %s: %s %s; its default (%r) is used instead",
                         target, spec.name, problem, spec.default)  # fmt: skip
        else:
            values[spec.name] = value
    for unknown in sorted(set(raw) - {spec.name for spec in fields(Settings)}):
        _log.info("settings file %s: unknown setting %s ignored", target, unknown)
    return Settings(**values)


def _checked(spec: Field[Any], kind: Any, value: Any) -> tuple[Any, str]:
    """Return (value as the setting's type, "") or (None, what is wrong with it)."""
    if kind is bool:
        ok = isinstance(value, bool)
        return (value, "") if ok else (None, f"must be true or false, not {value!r}")
    if kind is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return (value, "") if ok else (None, f"must be a whole number, not {value!r}")
    if kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return (float(value), "") if ok else (None, f"must be a number, not {value!r}")
    if kind is str:
        if not isinstance(value, str):
            return None, f"must be text in quotes, not {value!r}"
        choices = spec.metadata.get("choices")
        if choices and value not in choices:
            return None, f"must be one of {', '.join(choices)}, not {value!r}"
        return value, ""
    if get_origin(kind) is tuple:
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
        return (tuple(value), "") if ok else (None, f"must be a list of texts, not {value!r}")
    return value, ""


def _defaults_instead_of(broken: Path, why: str) -> Settings:
    kept = broken.with_name(broken.name + ".broken")
    try:
        shutil.copyfile(broken, kept)
    except OSError:
        kept = broken
    _log.warning("settings file %s unreadable (%s); defaults used, a copy is in %s",
                 broken, why, kept)  # fmt: skip
    return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (a crash or a full disk never leaves half a file).

    Raises:
        StorageError: the folder cannot be made or written (full, read-only, no permission).
    """
    target = path or config_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise (explain(error, target) or error) from error
    values = {name: list(value) if isinstance(value, tuple) else value
              for name, value in asdict(settings).items()}  # fmt: skip
    atomic_files.write_text(target, tomli_w.dumps(values))


def remember_event(settings: Settings, event_file: Path) -> Settings:
    """Put an event file first in the recent list (at most eight)."""
    name = str(event_file.resolve())
    recent = (name, *(item for item in settings.recent_events if item != name))[:8]
    return replace(settings, recent_events=recent)
