"""The command line: ``checkin <command>``; every command takes --db and --json.

Exit codes, kept by every command: 0 done; 1 refused (a ticket not admitted, a printer that
said no); 2 bad input or a condition the user must fix (a missing file, a busy, full or
read-only disk, a file that is not an event file), with a one-line message naming the file
and what to do; 70 an internal error (a bug; sysexits' EX_SOFTWARE), whose story is in the
log file. A traceback never reaches the terminal unless asked for with --verbose. Messages for
people are in the user's language (`checkin.messages`: nb, nn or en); ``--json`` output is the
same in every language. Commands
may add codes of their own (``checkin sync``: 3 when the hub could not be reached).
Subcommands live in `checkin.commands`; the window is imported only by ``run`` and ``demo``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from checkin import __version__, config, log, messages
from checkin.errors import UserError, explain
from checkin.messages import _

COMMAND_MODULES = (
    "checkin.commands.event",
    "checkin.commands.registrations",
    "checkin.commands.admit",
    "checkin.commands.scan",
    "checkin.commands.badges",
    "checkin.commands.gui",
    "checkin.commands.hub",
    "checkin.commands.privacy",
    "checkin.commands.reports",  # attendance (issue 14): report, export, org-alias
    "checkin.commands.sync",
)
COMMANDS = {  # which module registers a command: only that one is imported to run it
    **dict.fromkeys(("new", "info", "ticket-type", "point", "demo-data"), "checkin.commands.event"),
    **dict.fromkeys(("import", "search", "edit"), "checkin.commands.registrations"),
    **dict.fromkeys(("report", "export", "org-alias"), "checkin.commands.reports"),
    **dict.fromkeys(("purge", "audit"), "checkin.commands.privacy"),
    **dict.fromkeys(("connect", "sync"), "checkin.commands.sync"),
    "hub": "checkin.commands.hub",
    **dict.fromkeys(("admit", "undo"), "checkin.commands.admit"),
    **dict.fromkeys(("decode", "scan"), "checkin.commands.scan"),
    **dict.fromkeys(("badge", "print", "printers", "tickets"), "checkin.commands.badges"),
    **dict.fromkeys(("run", "demo"), "checkin.commands.gui"),
}  # fmt: skip
WRITE_WAIT_S = 120.0  # checkin.store.db.WRITE_WAIT_S (a test keeps them equal), not imported:
# the store pulls in sqlite-utils, which `checkin --help` and the window's first paint need not
OPTIONS_WITH_VALUES = ("--wait",)
EXIT_DONE, EXIT_REFUSED, EXIT_USER, EXIT_BUG = 0, 1, 2, 70  # 70: sysexits EX_SOFTWARE
_log = log.get("cli")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Build the parser: for ``command`` only the module that has it, else every installed one.

    A command not in COMMANDS (a module added later, a typo) gets every module, so the
    parser still knows it or lists them all.
    """
    parser = argparse.ArgumentParser(
        prog="checkin",
        description="Check-in Desk: the registration desk of a conference, offline first.",
        epilog="Exit codes: 0 done, 1 refused (e.g. a ticket not admitted), 2 bad input or "
        "something to fix (missing file, disk full, read-only, busy), 70 internal error (a bug).",
    )
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="log what happens, with tracebacks"
    )
    parser.add_argument(
        "--debug-pii", action="store_true", help="show names and e-mails in logs (never default)"
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this install end to end (Qt, QR decoding, an event file, a badge PDF, "
        "signatures, translations, sounds, secrets) offscreen in a temporary folder; "
        "exit 0 if whole, 2 naming what is broken",
    )  # fmt: skip
    parser.add_argument(
        "--wait", type=float, default=WRITE_WAIT_S, metavar="SECONDS",
        help="how long a write waits while another program writes the event file "
        f"(default {WRITE_WAIT_S:g})",
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(sub)
    return describe_commands(parser)


def describe_commands(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Give each command (and a command's own commands: ``hub event create``) a description.

    A command registered with only ``help=`` (its line in ``checkin --help``) would show no
    description in its own ``--help``; it gets that line as a sentence: "Create an event file.".
    Returns the parser.
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for listed in action._choices_actions:
            command = action.choices[listed.dest]
            if command.description is None and listed.help:
                command.description = listed.help[0].upper() + listed.help[1:].rstrip(".") + "."
            describe_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code (see the module docstring)."""
    messages.use(messages.choose(config.language_setting()))
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_in(argv))
    args = parser.parse_args(argv)
    log_file = log.configure(
        logging.INFO if args.verbose else logging.WARNING,
        reveal_personal_data=args.debug_pii,
        file=None if os.environ.get("CHECKIN_NO_LOG_FILE") else config.log_path(),
        tracebacks=args.verbose,
    )
    if args.self_test:
        from checkin import selftest

        return selftest.run(extra=[("window", _window_modules)])
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USER
    sys.unraisablehook = _log_unraisable  # a library's cleanup error goes to the log, not stderr
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_DONE
    except Exception as error:  # every failure ends in one line and an exit code, never a trace
        return _failed(args, error, log_file)


def command_in(argv: Sequence[str]) -> str | None:
    """The command an argument list names: its first word that is not an option or a value."""
    words = iter(argv)
    for word in words:
        if word in OPTIONS_WITH_VALUES:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _failed(args: argparse.Namespace, error: Exception, log_file: Path | None) -> int:
    """Say in one line what went wrong; the log file gets the traceback."""
    if not isinstance(error, UserError) and isinstance(error, OSError | sqlite3.Error):
        error = explain(error, _subject(args, error)) or error
    if isinstance(error, UserError):
        _log.info("checkin %s: %s", args.command, error.text(), exc_info=error)
        _say(args, error.text())
        return EXIT_USER
    _log.error("checkin %s failed", args.command, exc_info=error)
    where = (_("The details are in {file}").format(file=log_file) if log_file
             else _("Run it again with --verbose"))  # fmt: skip
    _say(args, _("internal error ({error}), a bug in Check-in Desk. {where}; please send them "
                 "to whoever looks after the desk.").format(error=type(error).__name__,
                                                           where=where))  # fmt: skip
    return EXIT_BUG


def _window_modules(_context: object) -> str:
    """The self-test's look at the window: its modules (and so QtWidgets) import."""
    import importlib

    for name in ("checkin.ui.app", "checkin.ui.main_window", "checkin.ui.settings_dialog"):
        importlib.import_module(name)
    return "the window's modules load, QtWidgets with them"


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """Log what Python could not raise (an error in a finaliser): never a traceback on stderr."""
    error = unraisable.exc_value
    if error is not None:
        _log.info("ignored in %r", unraisable.object, exc_info=error)


def _subject(args: argparse.Namespace, error: Exception) -> Path:
    """The file a raw OS or SQLite error is about: its own file name, else the event file."""
    named = getattr(error, "filename", None)
    return Path(named or getattr(args, "db", None) or "the event file")


def _say(args: argparse.Namespace, text: str) -> None:
    line = " ".join(text.split())  # one line, whatever the message held
    with suppress(OSError):  # stderr closed: the exit code still tells
        print(f"checkin {args.command}: {line}", file=sys.stderr, flush=True)


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so Python's exit flush stays quiet."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    raise SystemExit(main())
