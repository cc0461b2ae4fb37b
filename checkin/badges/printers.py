"""The printers the system knows and their health: ready, printing, stopped, offline, out of media.

On CUPS systems (Linux, macOS) this reads ``lpstat`` in the C locale: the printer's state, its
IPP ``printer-state-reasons`` (the "Alerts" line: ``media-empty-error``, ``paused``,
``offline-report``...) and the message the driver left. Elsewhere (Windows) it asks Qt's
QPrinterInfo, which knows less: idle, active, aborted or error.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass

LPSTAT_TIMEOUT_S = 10.0
OUT_OF_MEDIA = frozenset({"media-empty", "media-needed"})
OFFLINE = frozenset({"offline", "connecting-to-device", "timed-out", "shutdown"})
STOPPED = frozenset(
    {
        "paused", "stopped", "media-jam", "door-open", "cover-open", "input-tray-missing",
        "output-area-full", "marker-supply-empty", "toner-empty", "interlock-open",
    }
)  # fmt: skip
OFFLINE_WORDS = ("unavailable", "not connected", "may not exist", "offline", "unable to connect")
_HEADER = re.compile(r"^printer (?P<name>\S+) (?:is )?(?P<state>idle|now printing|disabled|\S+)")
_LONG_KEYS = ("Form mounted:", "Content types:", "Printer types:", "Description:", "Alerts:")
_SEVERITY = re.compile(r"-(error|warning|report)$")
_WHAT = {
    "out_of_media": "out of labels or paper",
    "offline": "offline or not connected",
    "stopped": "stopped",
    "printing": "printing",
    "ready": "ready",
}


@dataclass(frozen=True)
class PrinterInfo:
    """A printer and its health: ready, printing, stopped, offline, out_of_media or unknown."""

    name: str
    is_default: bool
    health: str
    message: str


@dataclass(frozen=True)
class _Status:
    name: str
    state: str  # idle, printing, disabled
    reasons: frozenset[str]
    message: str


def _run(*args: str) -> str:
    """Run an lpstat command in the C locale; return its output ('' if CUPS is not answering)."""
    env = dict(os.environ, LANG="C", LC_ALL="C")
    try:
        done = subprocess.run(
            args, capture_output=True, text=True, env=env, timeout=LPSTAT_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout


def parse_long_listing(text: str) -> list[_Status]:
    """Read ``lpstat -l -p`` output: each printer's state, reasons and message."""
    statuses: list[_Status] = []
    header: re.Match[str] | None = None
    details: list[str] = []
    for line in [*text.splitlines(), "printer -end- is idle"]:
        match = _HEADER.match(line)
        if match is None:
            details.append(line.strip())
            continue
        if header is not None:
            statuses.append(_status(header, details))
        header, details = match, []
    return [status for status in statuses if status.name != "-end-"]


def _status(header: re.Match[str], details: list[str]) -> _Status:
    state = {"idle": "idle", "now printing": "printing"}.get(header["state"], header["state"])
    message: list[str] = []
    reasons: set[str] = set()
    in_message = True
    for line in details:
        if line.startswith(_LONG_KEYS):
            in_message = False
        if line.startswith("Alerts:"):
            words = line.removeprefix("Alerts:").replace(",", " ").split()
            reasons = {_SEVERITY.sub("", word) for word in words if word != "none"}
        elif in_message and line:
            message.append(line)
    return _Status(header["name"], state, frozenset(reasons), " ".join(message))


def parse_accepting(text: str) -> dict[str, bool]:
    """Read ``lpstat -a`` output: which printers accept jobs."""
    found: dict[str, bool] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and not line.startswith((" ", "\t")):
            found[parts[0]] = parts[1] == "accepting"
    return found


def parse_default(text: str) -> str | None:
    """Read ``lpstat -d`` output: the default printer, if one is set."""
    match = re.search(r"system default destination: (\S+)", text)
    return match.group(1) if match else None


def health_of(status: _Status, accepting: bool = True) -> tuple[str, str]:
    """Say how a printer is, in one word and one sentence."""
    message = status.message.strip()
    lowered = message.lower()
    if status.reasons & OUT_OF_MEDIA:
        health = "out_of_media"
    elif status.reasons & OFFLINE or any(word in lowered for word in OFFLINE_WORDS):
        health = "offline"
    elif status.state == "disabled" or status.reasons & STOPPED or not accepting:
        health = "stopped"
    elif status.state == "printing":
        health = "printing"
    else:
        health = "ready"
    text = f"{status.name} is {_WHAT[health]}"
    if not accepting:
        text += " and does not accept jobs"
    if message:
        text += f": {message}"
    return health, text


def _cups_printers() -> list[PrinterInfo]:
    default = parse_default(_run("lpstat", "-d"))
    accepting = parse_accepting(_run("lpstat", "-a"))
    printers = []
    for status in parse_long_listing(_run("lpstat", "-l", "-p")):
        health, message = health_of(status, accepting.get(status.name, True))
        printers.append(PrinterInfo(status.name, status.name == default, health, message))
    return printers


def _qt_printers() -> list[PrinterInfo]:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # only where CUPS is absent

    default = QPrinterInfo.defaultPrinterName()
    health = {
        QPrinter.PrinterState.Idle: "ready",
        QPrinter.PrinterState.Active: "printing",
        QPrinter.PrinterState.Aborted: "stopped",
        QPrinter.PrinterState.Error: "stopped",
    }
    printers = []
    for info in QPrinterInfo.availablePrinters():
        word = health.get(info.state(), "unknown")
        name = info.printerName()
        printers.append(
            PrinterInfo(name, name == default, word, f"{name} is {_WHAT.get(word, word)}")
        )
    return printers


def has_cups() -> bool:
    """Tell whether the CUPS command-line tools are here (Linux, macOS)."""
    return shutil.which("lpstat") is not None and shutil.which("lp") is not None


def list_printers() -> list[PrinterInfo]:
    """Return every printer the system knows, the default first, each with its health."""
    printers = _cups_printers() if has_cups() else _qt_printers()
    return sorted(printers, key=lambda p: (not p.is_default, p.name.casefold()))


def printer_status(name: str | None) -> PrinterInfo | None:
    """Return one printer's health (the default printer's for None); None if there is no such."""
    if name is not None and has_cups():  # two quick calls instead of listing every printer
        statuses = parse_long_listing(_run("lpstat", "-l", "-p", name))
        accepting = parse_accepting(_run("lpstat", "-a", name)).get(name, True)
        for status in statuses:
            health, message = health_of(status, accepting)
            return PrinterInfo(status.name, False, health, message)
        return None
    for printer in list_printers():
        if printer.name == name or (name is None and printer.is_default):
            return printer
    return None
