"""Named loggers per subsystem, and a filter that keeps attendees' personal data out of logs.

Health-sector attendee data must not end up in log files that get mailed around when
something breaks. Every record passes `PersonalDataFilter`, which masks e-mail addresses and
any value wrapped with `pii()`, unless the user starts the app with ``--debug-pii``.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

SUBSYSTEMS = ("store", "import", "scan", "print", "sync", "ui")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
MASK = "‹hidden›"
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


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


class MaskingFormatter(logging.Formatter):
    """A formatter that masks e-mail addresses in tracebacks too (exception texts carry data)."""

    def formatException(self, ei: Any) -> str:  # noqa: N802  (logging's name)
        text = super().formatException(ei)
        return text if Personal.reveal else EMAIL.sub(MASK, text)


class BriefFormatter(MaskingFormatter):
    """For a terminal: the message alone, no traceback (the log file keeps it)."""

    def format(self, record: logging.LogRecord) -> str:
        brief = logging.makeLogRecord(record.__dict__)
        brief.exc_info, brief.exc_text, brief.stack_info = None, None, None
        return super().format(brief)


class NotFromCli(logging.Filter):
    """Keeps the command line's own failure records off the terminal (it says them itself)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.name != "checkin.cli"


def configure(
    level: int = logging.WARNING,
    *,
    reveal_personal_data: bool = False,
    file: Path | None = None,
    tracebacks: bool = False,
) -> Path | None:
    """Set up logging to stderr (at ``level``) and to a log file, with personal data masked.

    Args:
        level: what reaches stderr (WARNING normally, INFO with --verbose).
        reveal_personal_data: show names and e-mails (--debug-pii).
        file: the log file, which gets INFO and up with tracebacks; rotated at 1 MB (three
            kept). A file that cannot be opened (read-only home, full disk) is left out.
        tracebacks: show tracebacks on stderr too (--verbose); else only in the file.

    Returns:
        The log file in use, or None.
    """
    Personal.reveal = reveal_personal_data
    formatter = MaskingFormatter(FORMAT)
    stderr = logging.StreamHandler()
    stderr.setLevel(level)
    stderr.setFormatter(formatter if tracebacks else BriefFormatter(FORMAT))
    if not tracebacks:
        stderr.addFilter(NotFromCli())
    handlers: list[logging.Handler] = [stderr]
    opened = _file_handler(file) if file else None
    if opened:
        opened.setFormatter(formatter)
        handlers.append(opened)
    root = logging.getLogger("checkin")
    for old in root.handlers:
        old.close()
    for handler in handlers:
        handler.addFilter(PersonalDataFilter())
    root.handlers[:] = handlers
    root.setLevel(min(level, logging.INFO) if opened else level)
    return file if opened else None


class QuietFileHandler(RotatingFileHandler):
    """A log file that never disturbs the program: a full disk loses lines, prints nothing."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802  (logging's name)
        """Drop the record: the log is a help, not a reason to fail."""


def _file_handler(file: Path) -> logging.Handler | None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handler = QuietFileHandler(file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    return handler
