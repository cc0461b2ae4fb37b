"""Secrets: the admin PIN as a slow hash and the hub token, never in clear in settings.toml.

Kept through ``keyring`` where a keyring works, else in an owner-only file. Tested with
keyring's own null and fail backends (this machine has no OS keyring), and with a keyring
backend that keeps its secrets in a file (``FileKeyring`` below: a real ``KeyringBackend``
subclass, standing in for the Secret Service, which cannot run here without a desktop
session), plus one that refuses like a locked keyring.
"""

import json
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked

from checkin import config
from checkin.secrets_pin import ITERATIONS, LEGACY_ITERATIONS, Pin
from checkin.secrets_store import FILE_NAME, SecretStore, usable_keyring

TOKEN = "hub-token-Z7q0xK3m"


class FileKeyring(KeyringBackend):
    """A keyring backend that keeps its passwords in a JSON file of its own."""

    priority = 5  # type: ignore[assignment]  # keyring declares it as a class property

    def __init__(self, file: Path) -> None:
        super().__init__()
        self.file = file

    def _all(self) -> dict:
        return json.loads(self.file.read_text()) if self.file.exists() else {}

    def get_password(self, service, username):
        return self._all().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        kept = self._all()
        kept[f"{service}/{username}"] = password
        self.file.write_text(json.dumps(kept))

    def delete_password(self, service, username):
        kept = self._all()
        kept.pop(f"{service}/{username}")
        self.file.write_text(json.dumps(kept))


class LockedKeyring(FileKeyring):
    """A keyring that is there but refuses to store (locked, its dialog cancelled)."""

    def set_password(self, service, username, password):
        raise KeyringLocked("the keyring is locked")


@pytest.fixture
def use_keyring():
    old = keyring.get_keyring()

    def use(backend):
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(old)


def _settings_with_pin(digits: str = "2468") -> config.Settings:
    pin = Pin(digits)  # what the settings dialog makes
    return config.Settings(desk_name="Skranke 1", pin_hash=pin.digest.hex(),
                           pin_salt=pin.salt.hex(), hub_token=TOKEN)  # fmt: skip


def _assert_no_secret_in(path: Path, settings: config.Settings) -> None:
    text = path.read_text(encoding="utf-8")
    for secret in (settings.pin_hash, settings.pin_salt, TOKEN, "pin", "token"):
        assert secret not in text


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_without_a_keyring_secrets_go_to_an_owner_only_file(tmp_path, use_keyring, backend):
    use_keyring(backend)
    assert usable_keyring() is None
    path = tmp_path / "config" / "settings.toml"
    settings = _settings_with_pin()
    config.save(settings, path)
    _assert_no_secret_in(path, settings)
    secrets = path.parent / FILE_NAME
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert TOKEN in secrets.read_text()
    assert "2468" not in secrets.read_text()
    loaded = config.load(path)
    assert loaded.hub_token == TOKEN and loaded.desk_name == "Skranke 1"
    pin = Pin.stored(loaded.pin_hash, loaded.pin_salt)
    assert pin.iterations == ITERATIONS and pin.matches("2468") and not pin.matches("2469")


def test_with_a_keyring_secrets_go_there_and_nowhere_else(tmp_path, use_keyring):
    ring = use_keyring(FileKeyring(tmp_path / "ring.json"))
    path = tmp_path / "config" / "settings.toml"
    settings = _settings_with_pin()
    config.save(settings, path)
    _assert_no_secret_in(path, settings)
    assert not (path.parent / FILE_NAME).exists()
    kept = json.loads(ring.file.read_text())
    assert TOKEN in kept.values()
    assert any(value.startswith(f"pbkdf2_sha256${ITERATIONS}$") for value in kept.values())
    loaded = config.load(path)
    assert loaded.hub_token == TOKEN
    assert Pin.stored(loaded.pin_hash, loaded.pin_salt).matches("2468")
    config.save(config.Settings(), path)  # no PIN, no token: forgotten in the keyring too
    assert json.loads(ring.file.read_text()) == {}


def test_a_secret_kept_in_the_file_moves_to_a_keyring_that_appears(tmp_path, use_keyring):
    use_keyring(fail.Keyring())
    path = tmp_path / "settings.toml"
    config.save(_settings_with_pin(), path)
    assert TOKEN in (tmp_path / FILE_NAME).read_text()
    ring = use_keyring(FileKeyring(tmp_path / "ring.json"))
    config.save(config.load(path), path)
    assert TOKEN in json.loads(ring.file.read_text()).values()
    assert not (tmp_path / FILE_NAME).exists()  # both secrets moved: no file is left


def test_a_locked_keyring_falls_back_to_the_file(tmp_path, use_keyring):
    use_keyring(LockedKeyring(tmp_path / "ring.json"))
    path = tmp_path / "settings.toml"
    config.save(_settings_with_pin(), path)
    assert TOKEN in (tmp_path / FILE_NAME).read_text()
    assert config.load(path).hub_token == TOKEN


def test_a_pin_left_in_clear_settings_by_an_older_release_moves_and_still_unlocks(tmp_path):
    old = Pin("1357", iterations=LEGACY_ITERATIONS)
    path = tmp_path / "settings.toml"
    path.write_text(f'desk_name = "Skranke 4"\npin_hash = "{old.digest.hex()}"\n'
                    f'pin_salt = "{old.salt.hex()}"\nhub_token = "{TOKEN}"\n')  # fmt: skip
    loaded = config.load(path)
    text = path.read_text()
    assert "pin_hash" not in text and old.digest.hex() not in text and TOKEN not in text
    assert 'desk_name = "Skranke 4"' in text
    pin = Pin.stored(loaded.pin_hash, loaded.pin_salt)
    assert pin.iterations == LEGACY_ITERATIONS and pin.matches("1357")
    assert loaded.hub_token == TOKEN


def test_the_pin_hash_is_slow_salted_and_self_describing():
    first, second = Pin("2468"), Pin("2468")
    assert first.iterations == ITERATIONS >= 600_000  # OWASP: PBKDF2-HMAC-SHA256, 600,000
    assert first.salt != second.salt and first.digest != second.digest
    record = first.record()
    assert record.startswith("pbkdf2_sha256$600000$") and "2468" not in record
    again = Pin.stored(record)
    assert again.matches("2468") and not again.matches("0000")
    assert not Pin().is_set and Pin().matches("anything")
    with pytest.raises(ValueError):
        Pin.stored("pbkdf2_sha256$600000$zz$yy")


def test_the_store_says_where_secrets_are(tmp_path):
    assert str(tmp_path) in SecretStore(tmp_path, "svc", None).where()
    assert "FileKeyring" in SecretStore(tmp_path, "svc", FileKeyring(tmp_path / "r")).where()
