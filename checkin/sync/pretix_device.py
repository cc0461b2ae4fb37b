"""Setting up the desk as a pretix device (pretixSCAN's way in), instead of a team token.

An organiser creates a device in pretix (Organizer → Devices) and reads its one-time setup
token to the desk; ``POST /api/v1/device/initialize`` (no authentication) trades it for the
device's own API token, which is then used as ``Authorization: Device <api_token>``. Check-ins
sent with it show that device's name in pretix.

`device_for` is what ``checkin connect pretix --device-token`` calls: pretix spends the setup
token on the first request, so the answer is kept in the secret store at once, under a name
made from the server and a hash of the setup token (`setup_secret`); a connect that failed
after that (a list to choose, a file of another event) and is run again with the same setup
token uses the device it already has instead of a token pretix now refuses.
"""

from __future__ import annotations

import hashlib
import json
import platform
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from urllib3.util.retry import Retry

from checkin import APP_NAME, __version__, config
from checkin.sync.pretix_http import (
    PretixAnswerError,
    PretixAuthError,
    PretixConfig,
    PretixHttp,
)


@dataclass(frozen=True)
class DeviceCredentials:
    """What pretix answers to a device initialisation; keep ``api_token`` secret."""

    organizer: str
    device_id: int
    unique_serial: str
    api_token: str = field(repr=False)
    name: str = ""
    security_profile: str = ""
    gate: int | None = None

    def config(self, url: str, event: str) -> PretixConfig:
        return PretixConfig(url, self.api_token, self.organizer, event, auth="Device")

    def to_json(self) -> dict[str, Any]:
        """All fields, ``api_token`` too: for the secret store only."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeviceCredentials:
        """Read `to_json`'s output back (KeyError, TypeError, ValueError when it is not that)."""
        return cls(
            str(data["organizer"]), int(data["device_id"]), str(data["unique_serial"]),
            str(data["api_token"]), str(data.get("name") or ""),
            str(data.get("security_profile") or ""),
            int(data["gate"]) if data.get("gate") else None,
        )  # fmt: skip


class Secrets(Protocol):
    """Where secrets are kept (`checkin.secrets_store.SecretStore`)."""

    def get(self, name: str) -> str: ...
    def put(self, name: str, value: str) -> None: ...


def setup_secret(url: str, setup_token: str) -> str:
    """The secret store's name for the device a setup token made on a server (no token in it)."""
    seen = f"{url.rstrip('/').removesuffix('/api/v1')}\n{setup_token.strip()}"
    return f"{config.HUB_TOKEN_SECRET}:pretix-device:{hashlib.sha256(seen.encode()).hexdigest()}"


def device_for(url: str, setup_token: str, secrets: Secrets) -> DeviceCredentials:
    """The device a setup token stands for: the one kept from an earlier try, else a new one.

    Raises:
        PretixAuthError, PretixError: as `initialize_device`.
        StorageError: the secret store could not keep the device's token.
    """
    name = setup_secret(url, setup_token)
    kept = secrets.get(name)
    if kept:
        try:
            return DeviceCredentials.from_json(json.loads(kept))
        except (KeyError, TypeError, ValueError):
            pass  # unreadable: pretix decides whether the setup token still works
    device = initialize_device(url, setup_token)
    secrets.put(name, json.dumps(device.to_json(), sort_keys=True))
    return device


def initialize_device(url: str, setup_token: str) -> DeviceCredentials:
    """Trade a device's one-time setup token for its API token.

    Sent once, without retries: pretix spends the setup token on the first request it sees.

    Raises:
        PretixAuthError: the setup token is unknown or was already used.
        PretixError: the server could not be reached or answered something else.
    """
    http = PretixHttp(PretixConfig(url, "", "", ""), retry=Retry(total=0, raise_on_status=False))
    try:
        answer = http.post("/device/initialize", _hardware(setup_token), expect=(400,))
    finally:
        http.close()
    body: Any = answer.body
    if answer.status == 400:
        raise PretixAuthError(f"pretix refused the device setup token: {_first_error(body)}")
    try:
        return DeviceCredentials(
            organizer=str(body["organizer"]),
            device_id=int(body["device_id"]),
            unique_serial=str(body["unique_serial"]),
            api_token=str(body["api_token"]),
            name=str(body.get("name") or ""),
            security_profile=str(body.get("security_profile") or ""),
            gate=int(body["gate"]) if body.get("gate") else None,
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PretixAnswerError(f"pretix's device answer lacks {error}") from None


def _hardware(setup_token: str) -> dict[str, str]:
    return {
        "token": setup_token.strip(),
        "hardware_brand": platform.system() or "PC",
        "hardware_model": platform.machine() or "PC",
        "os_name": platform.system() or "unknown",
        "os_version": platform.release() or "unknown",
        "software_brand": APP_NAME,
        "software_version": __version__,
    }


def _first_error(body: Any) -> str:
    if isinstance(body, dict):
        for value in body.values():
            return str(value[0] if isinstance(value, list) and value else value)
    return str(body)
