"""Where the desk keeps its secrets (the admin PIN's hash, the hub token): never in settings.toml.

In the operating system's keyring where there is one that works (Windows Credential Locker,
macOS Keychain, the Secret Service of GNOME or KDE, through the ``keyring`` library), the way
Vorta keeps its passphrases. Where there is none (a bare Linux laptop, a locked or broken
keyring, ``keyring``'s null or fail backend), in ``secrets.toml`` beside the settings: an
owner-only file (0600) in an owner-only folder (0700), written whole or not at all. A secret
kept in the file moves to the keyring the next time it is written while a keyring works.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import tomli_w

from checkin import atomic_files, log
from checkin.errors import explain

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

FILE_NAME = "secrets.toml"
_log = log.get("config")


def usable_keyring() -> KeyringBackend | None:
    """Return the OS keyring if there is one that can keep secrets, else None.

    ``keyring`` answers with its fail backend (priority 0) where it found none, and with the
    null backend (priority < 0) where one was configured to forget everything: neither keeps
    anything.
    """
    try:
        import keyring

        backend = keyring.get_keyring()
        return backend if float(backend.priority) > 0 else None
    except Exception:  # a broken keyring installation (D-Bus, a bad plugin): use the file
        _log.info("no usable OS keyring", exc_info=True)
        return None


class SecretStore:
    """The secrets of one settings folder: the OS keyring where it works, else a 0600 file.

    Args:
        folder: the settings folder; the fallback file is ``secrets.toml`` in it.
        service: the keyring's service name (the app, and the folder if not the usual one).
        backend: the keyring to use, None for the file alone; "auto": `usable_keyring`.
    """

    def __init__(
        self,
        folder: Path,
        service: str,
        backend: KeyringBackend | Literal["auto"] | None = "auto",
    ) -> None:
        self.file = folder / FILE_NAME
        self.service = service
        self._backend = usable_keyring() if backend == "auto" else backend

    def where(self) -> str:
        """Say where secrets are kept, for a person: the keyring's name or the file."""
        if self._backend is not None:
            return f"the OS keyring ({type(self._backend).__name__})"
        return f"{self.file} (owner-only)"

    def get(self, name: str) -> str:
        """Return a secret, or "" when none is kept under ``name``."""
        if self._backend is not None:
            try:
                value = self._backend.get_password(self.service, name)
                if value:
                    return value
            except Exception:
                _log.warning("the OS keyring did not answer; the secrets file is read instead",
                             exc_info=True)  # fmt: skip
        return self._read_file().get(name, "")

    def put(self, name: str, value: str) -> None:
        """Keep a secret ("" forgets it): in the keyring if it takes it, else in the file.

        Raises:
            StorageError: the file was needed and could not be written.
        """
        if self._backend is not None and self._put_in_keyring(name, value):
            self._write_file(name, "")  # a copy from a time without a keyring goes
            return
        self._write_file(name, value)

    def _put_in_keyring(self, name: str, value: str) -> bool:
        assert self._backend is not None
        try:
            if value:
                self._backend.set_password(self.service, name, value)
            elif self._backend.get_password(self.service, name) is not None:
                self._backend.delete_password(self.service, name)
        except Exception:  # locked, refused, D-Bus gone: the file keeps it instead
            _log.warning("the OS keyring refused a secret; it is kept in %s", self.file,
                         exc_info=True)  # fmt: skip
            return False
        return True

    def _read_file(self) -> dict[str, str]:
        try:
            raw = tomllib.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeError, tomllib.TOMLDecodeError) as error:
            _log.warning("secrets file %s unreadable (%s)", self.file, type(error).__name__)
            return {}
        atomic_files.keep_private(self.file)
        return {key: value for key, value in raw.items() if isinstance(value, str)}

    def _write_file(self, name: str, value: str) -> None:
        kept = self._read_file()
        if kept.get(name, "") == value:
            return  # nothing to change: no file is made just to hold nothing
        if value:
            kept[name] = value
        else:
            kept.pop(name, None)
        if not kept:
            self.file.unlink(missing_ok=True)  # no secret left: no file
            return
        try:
            atomic_files.make_folder(self.file.parent)
        except OSError as error:
            raise (explain(error, self.file.parent) or error) from error
        atomic_files.write_text(self.file, tomli_w.dumps(kept))
