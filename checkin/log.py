"""Named loggers per subsystem, and the masking that keeps attendees' personal data out of logs.

Health-sector attendee data must not end up in log files that get mailed around when
something breaks. So every finished line, the way it would reach standard error or the log
file (the message with its arguments of any type, the traceback, the stack), is masked, not
the arguments one by one: e-mail addresses and the words of the event's names (which the
store tells `remember` as it reads and writes registrations) become ``‹hidden›``, ticket codes
are shortened (``NHI-100023`` → ``NHI-…23``; a signed ticket loses its signature), and in a
traceback's exception lines every quoted value is hidden, whatever field it came from. Values
wrapped with `pii()` are hidden too. ``--debug-pii`` shows all of it, for a developer's eyes.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Callable, Iterable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any, cast

from checkin.atomic_files import make_folder, private_opener

SUBSYSTEMS = ("store", "import", "scan", "print", "sync", "ui")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")
SIGNED = re.compile(r"\bCK1:([A-Z0-9]+):[A-Z0-9]+")  # a signed ticket: CK1:<CODE>:<SIGNATURE>
TOKEN = re.compile(r"[^\W_]+(?:[-_][^\W_]+)*")  # a word, or a code such as NHI-100023
WORD = re.compile(r"[^\W_]+")
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
FIELD_KEY = re.compile(r"""(['"])[A-Za-z_][A-Za-z0-9_]*\1: """)  # a dict's key: kept
FRAME_LINE = re.compile(r"^\s|^Traceback \(most recent call last\):$|^During handling|^The above")
# Exceptions whose quoted words are the program's own names (modules, attributes, variables),
# never a field's value: "No module named 'cryptography.x'" is what a developer needs to read.
CODE_NAMES = re.compile(
    r"^(?:\w+\.)*(?:ModuleNotFoundError|ImportError|AttributeError|NameError|UnboundLocalError): "
)
MASK = "‹hidden›"
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
SHORT_NAME = 2  # name words this short are hidden only with their exact letters ("Li", not "li")


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


def shorten(code: str) -> str:
    """Return a ticket code cut to its first four and last two characters: ``NHI-…23``."""
    if len(code) < 8:
        return code[:2] + "…"
    return f"{code[:4]}…{code[-2:]}"


Row = tuple[str | None, ...]
"""A registration as the log needs it: (ticket code, name, name, ...)."""


class KnownValues:
    """The names and ticket codes of the open events, to be found in a finished log line.

    Name words are kept case-folded (``kari`` hides ``Kari`` and ``KARI``); words of two
    letters or fewer only with their exact letters, so a person called "Li" does not hide
    every "li". Adding is cheap (a row is queued; an event file is a loader called later):
    the words are worked out when a line is first masked, since lines are rare and opening
    an event file of 100,000 registrations is not. Thread-safe: the store adds while other
    threads log.
    """

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.short: set[str] = set()
        self.codes: set[str] = set()
        self._rows: list[Row] = []
        self._loaders: list[Callable[[], Iterable[Row]]] = []
        self._lock = threading.Lock()

    def add(self, row: Row) -> None:
        """Remember one registration: its ticket code, then its names."""
        with self._lock:
            self._rows.append(row)  # the words are worked out in `_settle`

    def watch(self, loader: Callable[[], Iterable[Row]]) -> None:
        """Remember every registration ``loader`` yields, when a line is next masked."""
        with self._lock:
            self._loaders.append(loader)

    def clear(self) -> None:
        with self._lock:
            for kept in (self.words, self.short, self.codes, self._rows, self._loaders):
                kept.clear()

    def _settle(self) -> None:
        if not (self._rows or self._loaders):
            return
        with self._lock:
            loaders, self._loaders = self._loaders, []
            rows, self._rows = self._rows, []
            for loader in loaders:
                rows.extend(loader())
            for code, *names in rows:
                self._learn(code, names)

    def _learn(self, code: str | None, names: Iterable[str | None]) -> None:
        if code and len(code) >= 4:
            self.codes.add(code)
        for name in names:
            for part in WORD.findall(name or ""):
                if len(part) > SHORT_NAME:
                    self.words.add(part.casefold())
                elif len(part) == SHORT_NAME:
                    self.short.add(part)

    def _token(self, found: re.Match[str]) -> str:
        token = found.group(0)
        if token in self.codes:
            return shorten(token)
        parts = re.split(r"([-_])", token)
        return "".join(MASK if self._is_name(part) else part for part in parts)

    def _is_name(self, part: str) -> bool:
        if len(part) > SHORT_NAME:
            return part.casefold() in self.words
        return part in self.short

    def mask(self, text: str) -> str:
        """Return ``text`` with e-mails, names and signatures hidden and codes shortened."""
        self._settle()
        text = EMAIL.sub(MASK, text)
        text = SIGNED.sub(lambda found: shorten(found.group(1)), text)
        return TOKEN.sub(self._token, text)


KNOWN = KnownValues()


def remember(code: str | None, *names: str | None) -> None:
    """Tell the logs a registration's ticket code and names, to hide them in every line."""
    KNOWN.add((code, *names))


def remember_all(loader: Callable[[], Iterable[Row]]) -> None:
    """Tell the logs where to read registrations (code, names...) once a line needs them."""
    KNOWN.watch(loader)


def scrub_exception_lines(traceback_text: str) -> str:
    """Hide the quoted values in a traceback's exception lines; the code lines stay.

    ``KeyError: 'Kari'`` and ``ValueError: bad value "Nordmann" in row 3`` carry field
    values; ``File "…", line 3`` and the source lines below it carry code only, and so do
    a dict's keys (``{'email': …}``), and the lines of exceptions that name the program's
    own parts (``ModuleNotFoundError: No module named 'cryptography'``, an AttributeError...).
    """
    lines = traceback_text.split("\n")
    return "\n".join(
        line
        if FRAME_LINE.match(line) or CODE_NAMES.match(line)
        else QUOTED.sub(_hidden_quote, line)
        for line in lines
    )


def _hidden_quote(found: re.Match[str]) -> str:
    if FIELD_KEY.match(found.string, found.start()):
        return found.group(0)  # 'email': in a dict names a field, it holds no value
    quote = found.group(0)[0]
    return f"{quote}{MASK}{quote}"


def get(subsystem: str) -> logging.Logger:
    """Return the logger of one subsystem (store, import, scan, print, sync, ui)."""
    return logging.getLogger(f"checkin.{subsystem}")


class MaskingFormatter(logging.Formatter):
    """Formats a record, then masks the finished text (message, arguments and traceback).

    With ``brief`` (a terminal) the traceback and stack are left out: the log file has them.
    """

    def __init__(self, fmt: str = FORMAT, *, brief: bool = False) -> None:
        super().__init__(fmt)
        self.brief = brief

    def format(self, record: logging.LogRecord) -> str:
        if self.brief:
            record = logging.makeLogRecord(record.__dict__)
            record.exc_info, record.exc_text, record.stack_info = None, None, None
        text = super().format(record)
        return text if Personal.reveal else KNOWN.mask(text)

    def formatException(self, ei: Any) -> str:  # noqa: N802  (logging's name)
        text = super().formatException(ei)
        return text if Personal.reveal else scrub_exception_lines(text)


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
            kept), owner-only (0600) in an owner-only folder. A file that cannot be opened
            (read-only home, full disk) is left out.
        tracebacks: show tracebacks on stderr too (--verbose); else only in the file.

    Returns:
        The log file in use, or None.
    """
    Personal.reveal = reveal_personal_data
    stderr = logging.StreamHandler()
    stderr.setLevel(level)
    stderr.setFormatter(MaskingFormatter(brief=not tracebacks))
    if not tracebacks:
        stderr.addFilter(NotFromCli())
    handlers: list[logging.Handler] = [stderr]
    opened = _file_handler(file) if file else None
    if opened:
        opened.setFormatter(MaskingFormatter())
        handlers.append(opened)
    root = logging.getLogger("checkin")
    for old in root.handlers:
        old.close()
    root.handlers[:] = handlers
    root.setLevel(min(level, logging.INFO) if opened else level)
    return file if opened else None


class QuietFileHandler(RotatingFileHandler):
    """A log file that never disturbs the program: a full disk loses lines, prints nothing.

    Each file it opens (the first, and each after a rotation) is owner-only (0600).
    """

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115  (logging keeps the stream, and closes it)
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
            opener=private_opener,
        )  # fmt: skip
        return cast(io.TextIOWrapper, stream)  # a text mode ("a") gives a TextIOWrapper

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802  (logging's name)
        """Drop the record: the log is a help, not a reason to fail."""


def _file_handler(file: Path) -> logging.Handler | None:
    try:
        make_folder(file.parent)
        handler = QuietFileHandler(file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    return handler
