"""The desk's settings, declared once: each with its type, default and a description.

The settings dialog is generated from `FIELDS`; nothing else names a setting by a string.
Settings are kept per computer as TOML under the user's configuration folder; facts about an
event (its days, its time zone) live in the event file instead. Secrets (the admin PIN's hash,
the hub token: fields marked ``secret``) never go to settings.toml: `save` hands them to
`checkin.secrets_store` (the OS keyring, else an owner-only file beside the settings), `load`
takes them back from there, and moves any an older release left in settings.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import Field, asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_origin, get_type_hints

import tomli_w
from platformdirs import user_config_dir, user_data_dir, user_log_dir

from checkin import APP_ID, APP_NAME, atomic_files, log
from checkin.errors import StorageError, explain
from checkin.secrets_pin import LEGACY_ITERATIONS, record_of
from checkin.secrets_store import SecretStore

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
    pin_hash: str = field(default="", metadata={"hidden": True, "secret": True})
    pin_salt: str = field(default="", metadata={"hidden": True, "secret": True})
    hub_token: str = field(default="", metadata={"hidden": True, "secret": True})


FIELDS = [f for f in fields(Settings) if not f.metadata.get("hidden")]
SECRETS = {f.name for f in fields(Settings) if f.metadata.get("secret")}
PIN_SECRET, HUB_TOKEN_SECRET = "admin_pin", "hub_token"  # their names in the secret store


def config_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def log_path() -> Path:
    """The log file: warnings, and the full story (traceback) of every failed command."""
    return Path(user_log_dir(APP_NAME, appauthor=False)) / "checkin.log"


def data_dir() -> Path:
    """Where new event files go by default."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def secret_store(path: Path | None = None) -> SecretStore:
    """The secret store that goes with a settings file (the usual one: the app's own)."""
    target = path or config_path()
    usual = target.resolve() == config_path().resolve()
    return SecretStore(target.parent, APP_ID if usual else f"{APP_ID}:{target.parent.resolve()}")


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing file gives the defaults, a bad value its own default.

    Each value is checked against its setting's type (``auto_print = "no"`` is not true):
    a bad one falls back to its default alone, the rest are kept, and the log says which key
    and why. A file that is not TOML at all is copied to ``settings.toml.broken`` first, so
    the next save loses nothing a person could recover. The secrets come from the secret
    store; a PIN hash an older release wrote into settings.toml is moved there.
    """
    target = path or config_path()
    settings, raw = _read(target)
    store = secret_store(target)
    if SECRETS & set(raw):
        _move_clear_secrets(target, raw, store)
    return replace(
        settings, pin_hash=store.get(PIN_SECRET), pin_salt="",
        hub_token=store.get(HUB_TOKEN_SECRET),
    )  # fmt: skip


def _move_clear_secrets(target: Path, raw: dict[str, Any], store: SecretStore) -> None:
    """Put secrets found in settings.toml (an older release) in the store; drop them there."""
    pin_hash, pin_salt = str(raw.get("pin_hash", "")), str(raw.get("pin_salt", ""))
    if pin_hash and not store.get(PIN_SECRET):
        try:  # the digits were hashed with the older, smaller count: the record says so
            store.put(PIN_SECRET, record_of(pin_hash, pin_salt, LEGACY_ITERATIONS))
        except ValueError:
            _log.warning("settings file %s: a damaged PIN hash was dropped", target)
    if raw.get("hub_token") and not store.get(HUB_TOKEN_SECRET):
        store.put(HUB_TOKEN_SECRET, str(raw["hub_token"]))
    kept = {key: value for key, value in raw.items() if key not in SECRETS}
    atomic_files.write_text(target, tomli_w.dumps(kept))
    _log.info("settings file %s: secrets moved to %s", target, store.where())


def language_setting(path: Path | None = None) -> str | None:
    """Return the language the settings file names, or None (no file, no key, a bad file).

    Reads only that key: no secrets are looked up and nothing is written, so the command
    line can ask at every start (`checkin.messages.choose`).
    """
    try:
        raw = tomllib.loads((path or config_path()).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeError):
        return None
    value = raw.get("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def _read(target: Path) -> tuple[Settings, dict[str, Any]]:
    """The settings in a file (secrets left out) and the file's raw table."""
    try:
        text = target.read_text(encoding="utf-8")
    except OSError:
        return Settings(), {}
    try:
        raw = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeError) as error:
        return _defaults_instead_of(target, str(error)), {}
    values: dict[str, Any] = {}
    types = get_type_hints(Settings)
    for spec in fields(Settings):
        if spec.name not in raw or spec.name in SECRETS:
            continue
        value, problem = _checked(spec, types[spec.name], raw[spec.name])
        if problem:
            _log.warning("settings file %s: %s %s; its default (%r) is used instead",
                         target, spec.name, problem, spec.default)  # fmt: skip
        else:
            values[spec.name] = value
    for unknown in sorted(set(raw) - {spec.name for spec in fields(Settings)}):
        _log.info("settings file %s: unknown setting %s ignored", target, unknown)
    return Settings(**values), raw


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
        atomic_files.write_bytes(kept, broken.read_bytes())  # owner-only, like the original
    except (OSError, StorageError):
        kept = broken
    _log.warning("settings file %s unreadable (%s); defaults used, a copy is in %s",
                 broken, why, kept)  # fmt: skip
    return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically (a crash or a full disk never leaves half a file).

    The file and its folder are owner-only (0600, 0700); the secrets go to the secret store.

    Raises:
        StorageError: the folder cannot be made or written (full, read-only, no permission).
    """
    target = path or config_path()
    try:
        atomic_files.make_folder(target.parent)
    except OSError as error:
        raise (explain(error, target) or error) from error
    values = {name: list(value) if isinstance(value, tuple) else value
              for name, value in asdict(settings).items() if name not in SECRETS}  # fmt: skip
    atomic_files.write_text(target, tomli_w.dumps(values))
    store = secret_store(target)
    store.put(PIN_SECRET, record_of(settings.pin_hash, settings.pin_salt))
    store.put(HUB_TOKEN_SECRET, settings.hub_token)


def remember_event(settings: Settings, event_file: Path) -> Settings:
    """Put an event file first in the recent list (at most eight)."""
    name = str(event_file.resolve())
    recent = (name, *(item for item in settings.recent_events if item != name))[:8]
    return replace(settings, recent_events=recent)


def load_shown(path: Path | None = None) -> Settings:
    """Read the settings without their secrets: the file only, no secret store asked.

    For a window that shows itself while `load` asks the secret store (the OS keyring takes
    a tenth of a second to find its back-end). A file that cannot be read or parsed gives the
    defaults here, and is dealt with by `load`. Nothing is written.
    """
    target = path or config_path()
    try:
        tomllib.loads(target.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeError):
        return Settings()
    return _read(target)[0]
