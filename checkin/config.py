"""The desk's settings, declared once: each with its type, default and a description.

The settings dialog is generated from `FIELDS`; nothing else names a setting by a string.
Settings are kept per computer as TOML under the user's configuration folder; facts about an
event (its days, its time zone) live in the event file instead.
"""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir

from checkin import APP_NAME, log

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


def data_dir() -> Path:
    """Where new event files go by default."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing or broken file gives the defaults.

    A broken file is copied to ``settings.toml.broken`` first, so the next save (which
    writes the defaults over it) loses nothing a person could still recover by hand.
    """
    target = path or config_path()
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return Settings()
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return _defaults_instead_of(target, str(error))
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {
        name: tuple(value) if isinstance(value, list) else value
        for name, value in raw.items()
        if name in known
    }
    try:
        return Settings(**values)
    except TypeError as error:
        return _defaults_instead_of(target, str(error))


def _defaults_instead_of(broken: Path, why: str) -> Settings:
    kept = broken.with_name(broken.name + ".broken")
    try:
        shutil.copyfile(broken, kept)
    except OSError:
        kept = broken
    _log.warning("settings file %s unreadable (%s); defaults used, a copy is in %s",
                 broken, why, kept)  # fmt: skip
    return Settings()


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (a crash never leaves half a file)."""
    target = path or config_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{name} = {_toml_value(value)}\n" for name, value in asdict(settings).items())
    temporary = target.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)


def remember_event(settings: Settings, event_file: Path) -> Settings:
    """Put an event file first in the recent list (at most eight)."""
    name = str(event_file.resolve())
    recent = (name, *(item for item in settings.recent_events if item != name))[:8]
    return replace(settings, recent_events=recent)
