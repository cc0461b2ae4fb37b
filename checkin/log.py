"""Named loggers per subsystem, and a filter that keeps attendees' personal data out of logs.

Health-sector attendee data must not end up in log files that get mailed around when
something breaks. Every record passes `PersonalDataFilter`, which masks e-mail addresses and
any value wrapped with `pii()`, unless the user starts the app with ``--debug-pii``.
"""

from __future__ import annotations

import logging
import re
from typing import Any

SUBSYSTEMS = ("store", "import", "scan", "print", "sync", "ui")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
MASK = "‹hidden›"


class Personal:
    """A value that names a person; shown in logs only with --debug-pii."""

    reveal = False

    def __init__(self, value: Any) -> None:
        self.value = value

    def __str__(self) -> str:
        return str(self.value) if Personal.reveal else MASK


def pii(value: Any) -> Personal:
    """Wrap a name, e-mail or other personal value for logging."""
    return Personal(value)


class PersonalDataFilter(logging.Filter):
    """Masks e-mail addresses in every message unless personal data is to be shown."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not Personal.reveal:
            record.msg = EMAIL.sub(MASK, str(record.msg))
            if isinstance(record.args, tuple):
                record.args = tuple(
                    EMAIL.sub(MASK, arg) if isinstance(arg, str) else arg for arg in record.args
                )
        return True


def get(subsystem: str) -> logging.Logger:
    """Return the logger of one subsystem (store, import, scan, print, sync, ui)."""
    return logging.getLogger(f"checkin.{subsystem}")


def configure(level: int = logging.WARNING, *, reveal_personal_data: bool = False) -> None:
    """Set up logging to stderr with personal data masked."""
    Personal.reveal = reveal_personal_data
    handler = logging.StreamHandler()
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger("checkin")
    root.handlers[:] = [handler]
    root.setLevel(level)
