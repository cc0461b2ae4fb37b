"""Finding hubs on the local network by mDNS/DNS-SD (python-zeroconf): plain Python, no Qt.

Hubs announce themselves as ``_checkin-hub._tcp.local.`` (`checkin.hub.advertise`), with TXT
``version``, ``path`` and ``https``. `find_hubs` listens for a few seconds and returns each hub
found with the URL a desk connects to. A URL typed by hand needs none of this.

The interfaces searched are every one the machine has, unless $CHECKIN_MDNS_INTERFACES names
addresses (comma-separated, e.g. 127.0.0.1: the loopback only, as the tests do).
"""

from __future__ import annotations

import ipaddress
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

from zeroconf import InterfaceChoice, ServiceBrowser, ServiceListener, Zeroconf

SERVICE_TYPE = "_checkin-hub._tcp.local."  # the same as `checkin.hub.advertise.SERVICE_TYPE`
RESOLVE_MS = 1500  # how long one hub's address and TXT may take to arrive
ENV_INTERFACES = "CHECKIN_MDNS_INTERFACES"
Interfaces = InterfaceChoice | list[str]


@dataclass(frozen=True)
class FoundHub:
    """A hub heard on the network: its instance name and the URL to connect to."""

    name: str  # like "Check-in hub on hotel-laptop:8765"
    url: str  # like "http://192.168.1.20:8765"
    version: str = ""  # the hub's program version, from its TXT record


class _Names(ServiceListener):
    """Collects the service names the browser hears (on zeroconf's thread)."""

    def __init__(self) -> None:
        self.names: dict[str, None] = {}

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names[name] = None

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names[name] = None

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.names.pop(name, None)


def interfaces_from_env() -> Interfaces:
    """The interfaces to search: $CHECKIN_MDNS_INTERFACES's addresses, else all of them."""
    named = [part.strip() for part in os.environ.get(ENV_INTERFACES, "").split(",")]
    return [part for part in named if part] or InterfaceChoice.All


def find_hubs(timeout_s: float = 3.0, interfaces: Sequence[str] | None = None) -> list[FoundHub]:
    """Listen for hubs for ``timeout_s`` seconds; return those found, sorted by name.

    Args:
        timeout_s: how long to listen, in seconds (hubs answer within about one).
        interfaces: IPv4 addresses of the interfaces to search (default: as
            `interfaces_from_env` says).

    Returns:
        The hubs that answered with an address, each once.

    Raises:
        OSError: no multicast socket could be opened (no network at all).
    """
    chosen: Interfaces = list(interfaces) if interfaces else interfaces_from_env()
    zc = Zeroconf(interfaces=chosen)
    try:
        names = _Names()
        browser = ServiceBrowser(zc, SERVICE_TYPE, listener=names)
        time.sleep(max(timeout_s, 0.0))
        browser.cancel()
        found = (_resolve(zc, name) for name in list(names.names))
        return sorted((hub for hub in found if hub is not None), key=lambda hub: hub.name)
    finally:
        zc.close()


def _resolve(zc: Zeroconf, name: str) -> FoundHub | None:
    info = zc.get_service_info(SERVICE_TYPE, name, timeout=RESOLVE_MS)
    if info is None or not info.port:
        return None
    addresses = info.parsed_addresses()
    if not addresses:
        return None
    address = sorted(addresses, key=lambda a: ipaddress.ip_address(a).version)[0]
    host = f"[{address}]" if ":" in address else address
    text = {_text(k): _text(v) for k, v in info.properties.items()}
    scheme = "https" if text.get("https") == "yes" else "http"
    path = text.get("path", "/").rstrip("/")
    label = name.removesuffix("." + SERVICE_TYPE)
    return FoundHub(label, f"{scheme}://{host}:{info.port}{path}", text.get("version", ""))


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value is not None else ""
