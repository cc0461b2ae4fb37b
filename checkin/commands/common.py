"""What every subcommand shares: --db, --json, --desk/--point, days, output, waiting, progress."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias
from zoneinfo import ZoneInfo

from tqdm import tqdm

from checkin.domain.model import MAIN_POINT, Event
from checkin.domain.names import DESK_NAME_CHARS, clean_desk_name, desk_name_problem
from checkin.errors import UserError
from checkin.messages import _

if TYPE_CHECKING:  # the desk (and sqlite-utils with it) is imported by the commands that open one
    from checkin.desk import Desk, Waiting

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
NOTICE_AFTER_S = 1.0  # a waiting write says so after this long
NOTICE_EVERY_S = 15.0  # and again this often


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, required=True, metavar="PATH", help="the event file")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print JSON (one object a line) instead of text"
    )


def add_desk(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--desk", type=parse_desk_name, metavar="NAME",
                        help="this desk's name (default: host name)")  # fmt: skip
    parser.add_argument(
        "--point", default=MAIN_POINT, metavar="NAME", help="check-in point (default: main)"
    )


def add_day(parser: argparse.ArgumentParser, default: str = "today") -> None:
    parser.add_argument(
        "--day", type=parse_day, metavar="YYYY-MM-DD", help=f"event day (default: {default})"
    )


def parse_day(text: str) -> date:
    """Read a day given on the command line."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2026-06-01").format(text=text)
        ) from None


def parse_days(text: str) -> tuple[date, ...]:
    """Read a comma-separated list of days."""
    days = tuple(parse_day(part) for part in text.split(",") if part.strip())
    if not days:
        raise argparse.ArgumentTypeError(_("give at least one day, like 2026-06-01,2026-06-02"))
    return days


def parse_timezone(text: str) -> str:
    """Read an IANA time zone name ("Europe/Oslo"), suggesting the close one for a typo.

    Raises:
        argparse.ArgumentTypeError: no such zone here, with the closest names if any.
    """
    import difflib
    import zoneinfo

    name = text.strip()
    try:
        if name and "\x00" not in name:
            zoneinfo.ZoneInfo(name)
            return name
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        pass
    names = sorted(zoneinfo.available_timezones())
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    if close:
        message = _("unknown time zone {zone!r}; did you mean {close}?")
    else:
        message = _("unknown time zone {zone!r}; give an IANA name such as Europe/Oslo")
    return _fail(message.format(zone=text, close=close[0] if close else ""))


def _fail(message: str) -> str:
    raise argparse.ArgumentTypeError(message)


def parse_event_name(text: str) -> str:
    """Read an event's name: not blank, on one line, printable."""
    name = " ".join(text.split())
    if not name or not name.isprintable():
        return _fail(_("give the event a name of printable characters, like 'Helsekonferansen'"))
    return name


def check_day(event: Event, day: date | None) -> None:
    """Refuse a --day that is not one of the event's days, naming them."""
    if day is not None and day not in event.days:
        days = ", ".join(d.isoformat() for d in event.days)
        raise UserError(
            _("{day} is not a day of {event}; its days are {days}.").format(
                day=day.isoformat(), event=event.name, days=days
            )
        )


class WaitNotice:
    """Tells the terminal that a write waits for another program, after a short moment."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.said_at: float | None = None

    def __call__(self, waiting: Waiting) -> None:
        if waiting.done:
            if self.said_at is not None and waiting.got_lock:
                self._say(
                    _("got the event file after {seconds:.0f} s; going on.").format(
                        seconds=waiting.seconds
                    )
                )
            return
        if self.said_at is None and waiting.seconds >= NOTICE_AFTER_S:
            self._say(_("waiting for the event file {path} (another program is writing "
                        "it)…").format(path=waiting.path))  # fmt: skip
        elif self.said_at is not None and waiting.seconds - self.said_at >= NOTICE_EVERY_S:
            self._say(
                _("still waiting for the event file ({seconds:.0f} s)…").format(
                    seconds=waiting.seconds
                )
            )
        else:
            return
        self.said_at = waiting.seconds

    def _say(self, text: str) -> None:
        print(f"checkin {self.command}: {text}", file=sys.stderr, flush=True)


def open_desk(args: argparse.Namespace, *, readonly: bool = False) -> Desk:
    """Open the event file named by --db for the desk and point the user chose.

    With ``readonly`` nothing is written to the file (info, search, report, export, badges),
    so those commands work on a write-protected file in a write-protected folder.
    """
    from checkin.desk import WRITE_WAIT_S, Desk

    return Desk.open(
        Path(args.db), getattr(args, "desk", None), getattr(args, "point", MAIN_POINT),
        readonly=readonly, write_wait_s=getattr(args, "wait", WRITE_WAIT_S),
        waiting=WaitNotice(getattr(args, "command", "") or ""),
    )  # fmt: skip


def emit(obj: Any, args: argparse.Namespace | None = None) -> None:
    """Print one JSON object on its own line (UTF-8, æøå kept as they are)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def show(args: argparse.Namespace, obj: Any, text: str) -> None:
    """Print ``obj`` as JSON with --json, else the human-readable ``text`` (`terminal_safe`)."""
    if getattr(args, "json", False):
        emit(obj)
    else:
        sys.stdout.write(terminal_safe(text.rstrip("\n")) + "\n")
        sys.stdout.flush()


UNSEEN = frozenset(("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def terminal_safe(text: str) -> str:
    r"""Escape what a terminal would act on or hide (ESC, BEL, C1, a BOM, bidi overrides).

    A code read from a stream, a desk name or a cell may hold such characters; printed raw
    they colour, move or clear the terminal. They are shown as Python escapes (\x1b,
    \ufeff); line breaks and tabs stay.
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        char if char in "\n\t" or unicodedata.category(char) not in UNSEEN
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )  # fmt: skip


def parse_desk_name(text: str) -> str:
    """Read a desk's name (``--desk``): `checkin.domain.names.desk_name_problem` says no.

    Raises:
        argparse.ArgumentTypeError: the name is blank, too long or holds control characters.
    """
    problem = desk_name_problem(text)
    if problem == "control":
        return _fail(_("a desk name cannot hold control characters or line breaks"))
    if problem == "blank":
        return _fail(_("give the desk a name, like 'Skranke 2'"))
    if problem == "long":
        return _fail(
            _("a desk name may be at most {count} characters").format(count=DESK_NAME_CHARS)
        )
    return clean_desk_name(text)


def local_time(at: datetime, timezone: str) -> str:
    """Return a moment in the event's time zone with its offset (2026-06-01T09:12:03.120+02:00)."""
    return at.astimezone(ZoneInfo(timezone)).isoformat(timespec="milliseconds")


def clock_time(at: datetime, timezone: str) -> str:
    """Return a moment as a person reads it in the event's zone: 2026-06-01 09:12."""
    return at.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


class TerminalProgress:
    """A progress bar on stderr, shown only when stderr is a terminal."""

    def __init__(self, description: str) -> None:
        self._bar = tqdm(total=1000, desc=description, unit="‰", disable=None, leave=False)

    def set(self, fraction: float, text: str = "") -> None:
        if self._bar.disable:
            return
        self._bar.n = int(fraction * 1000)
        if text:
            self._bar.set_postfix_str(text, refresh=False)
        self._bar.refresh()

    def cancelled(self) -> bool:
        return False

    def close(self) -> None:
        self._bar.close()
