"""The hub says where it is on the local network by mDNS/DNS-SD (python-zeroconf).

`checkin hub serve` registers one service of type ``_checkin-hub._tcp.local.`` while it
serves, so desks on the same network find it (`checkin.sync.discovery.find_hubs`). Its TXT
record holds ``version`` (the hub's program version), ``path`` (the API's base path, "/")
and ``https`` ("yes" or "no"). A hub bound to one address announces that address on that
interface only (a hub on 127.0.0.1 is heard on the loopback only); a hub bound to 0.0.0.0
announces every IPv4 address of the machine, on every interface.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from types import TracebackType

import ifaddr
from zeroconf import InterfaceChoice, ServiceInfo, Zeroconf

from checkin import __version__

SERVICE_TYPE = "_checkin-hub._tcp.local."
ALL_HOSTS = ("", "0.0.0.0", "::")
Interfaces = InterfaceChoice | list[str]
log = logging.getLogger("checkin.hub")


def addresses_for(host: str) -> tuple[list[str], Interfaces]:
    """The IPv4 addresses to announce for a hub bound to ``host``, and the interfaces to use.

    Args:
        host: the address the hub listens on (an IP, a host name, or 0.0.0.0 for all).

    Returns:
        (addresses, interfaces): dotted IPv4 strings, and `zeroconf.InterfaceChoice.All` or
        the list of the one address's interface.

    Raises:
        OSError: a host name that does not resolve.
    """
    if host in ALL_HOSTS:
        found = [ip.ip for adapter in ifaddr.get_adapters() for ip in adapter.ips]
        ipv4 = [ip for ip in found if isinstance(ip, str) and not ip.startswith("127.")]
        return ipv4, InterfaceChoice.All
    address = str(ipaddress.ip_address(socket.gethostbyname(host)))
    return [address], [address]


def service_info(port: int, https: bool, addresses: list[str], path: str = "/") -> ServiceInfo:
    """The hub's DNS-SD record: instance "Check-in hub on HOST:PORT", TXT version/path/https."""
    host = socket.gethostname().split(".")[0] or "hub"
    name = f"Check-in hub on {host}:{port}"
    return ServiceInfo(
        SERVICE_TYPE,
        f"{name}.{SERVICE_TYPE}",
        port=port,
        properties={"version": __version__, "path": path, "https": "yes" if https else "no"},
        server=f"{host}.local.",
        parsed_addresses=addresses,
    )


class Advertiser:
    """Announces the hub while it is open (a context manager); withdraws it on close.

    Example: ``with Advertiser("0.0.0.0", 8765, https=False): serve()``.
    """

    def __init__(self, host: str, port: int, *, https: bool) -> None:
        addresses, interfaces = addresses_for(host)
        self.info = service_info(port, https, addresses)
        self.zeroconf = Zeroconf(interfaces=interfaces)
        # probing for the name takes a second or two: the hub serves meanwhile
        self.registered = False
        self.registering = threading.Thread(target=self._register, name="mdns", daemon=True)
        self.registering.start()

    def _register(self) -> None:
        try:
            self.zeroconf.register_service(self.info, allow_name_change=True)
            self.registered = True
        except Exception as error:  # the hub serves all the same; typed URLs work
            log.warning("not announced by mDNS: %s", error)

    def close(self) -> None:
        """Say goodbye on the network (the record's TTL 0) and close the sockets."""
        try:
            self.registering.join(10)
            if self.registered:
                self.zeroconf.unregister_service(self.info)
        except Exception as error:  # a goodbye lost: the record times out on its own (TTL)
            log.warning("mDNS goodbye not sent: %s", error)
        finally:
            self.zeroconf.close()

    def __enter__(self) -> Advertiser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
