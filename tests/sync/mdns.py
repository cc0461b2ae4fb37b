"""mDNS on the loopback for the tests: multicast must be on for `lo` (it is off by default on
some machines; root can turn it on). Only 127.0.0.1 is used: nothing reaches the LAN."""

from __future__ import annotations

import subprocess
from pathlib import Path

IFF_MULTICAST = 0x1000


def _multicast_on() -> bool:
    flags = Path("/sys/class/net/lo/flags")
    return flags.exists() and bool(int(flags.read_text(), 16) & IFF_MULTICAST)


def loopback_multicast() -> str:
    """Turn multicast on for `lo` if it is off; returns why it cannot be, or "" when it is on."""
    if _multicast_on():
        return ""
    try:
        subprocess.run(["ip", "link", "set", "lo", "multicast", "on"], check=True,
                       capture_output=True, timeout=10)  # fmt: skip
    except (OSError, subprocess.SubprocessError) as error:
        return f"multicast is off on the loopback and could not be turned on: {error}"
    return "" if _multicast_on() else "multicast is off on the loopback"
