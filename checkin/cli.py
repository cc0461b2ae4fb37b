"""The command line: ``checkin <command>``; every command takes --db and most take --json.

Exit codes: 0 done, 1 refused (a ticket rejected, a printer that said no), 2 bad input or usage.
Subcommands live in `checkin.commands`; the window is imported only by ``run`` and ``demo``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from checkin import __version__, log
from checkin.errors import UserError

COMMAND_MODULES = (
    "checkin.commands.event",
    "checkin.commands.registrations",
    "checkin.commands.admit",
    "checkin.commands.scan",
    "checkin.commands.badges",
    "checkin.commands.gui",
    "checkin.commands.hub",
)


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every command module that is installed."""
    parser = argparse.ArgumentParser(
        prog="checkin",
        description="Check-in Desk: the registration desk of a conference, offline first.",
        epilog="Exit codes: 0 done, 1 refused (e.g. a ticket rejected), 2 bad input or usage.",
    )
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument("--verbose", "-v", action="store_true", help="log what happens")
    parser.add_argument(
        "--debug-pii", action="store_true", help="show names and e-mails in logs (never default)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    log.configure(
        logging.INFO if args.verbose else logging.WARNING, reveal_personal_data=args.debug_pii
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except UserError as error:
        print(f"checkin {args.command}: {error.text()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
