"""What every subcommand shares: --db, --json, --desk/--point, days, JSON output, progress."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, TypeAlias

from tqdm import tqdm

from checkin.desk import Desk
from checkin.domain.model import MAIN_POINT

Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, required=True, metavar="PATH", help="the event file")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (one object a line)")


def add_desk(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--desk", metavar="NAME", help="this desk's name (default: host name)")
    parser.add_argument(
        "--point", default=MAIN_POINT, metavar="NAME", help="check-in point (default: main)"
    )


def add_day(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--day", type=parse_day, metavar="YYYY-MM-DD", help="event day (default: today)"
    )


def parse_day(text: str) -> date:
    """Read a day given on the command line."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-06-01") from None


def parse_days(text: str) -> tuple[date, ...]:
    """Read a comma-separated list of days."""
    days = tuple(parse_day(part) for part in text.split(",") if part.strip())
    if not days:
        raise argparse.ArgumentTypeError("give at least one day, like 2026-06-01,2026-06-02")
    return days


def open_desk(args: argparse.Namespace) -> Desk:
    """Open the event file named by --db for the desk and point the user chose."""
    return Desk.open(args.db, getattr(args, "desk", None), getattr(args, "point", MAIN_POINT))


def emit(obj: Any, args: argparse.Namespace | None = None) -> None:
    """Print one JSON object on its own line (UTF-8, æøå kept as they are)."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


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
