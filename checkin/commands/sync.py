"""``checkin connect`` and ``checkin sync``: link an event file to a hub, and exchange with it.

``checkin connect URL --event S --token T --db P`` makes the desk's event file from the hub's
event (or links an existing file of the same event) and pulls everything the hub holds; a
first pull cut off mid-way resumes where it stopped on the next ``connect`` or ``sync``. The
token goes to the secret store (`checkin.config.secret_store`: the OS keyring, else an
owner-only file), never to the event file.

``checkin sync --db P [--once]`` pushes what waits and pulls what is new
(`checkin.sync.engine`); without ``--once`` it goes on every ``--every`` seconds, says so on
stderr, prints only runs that changed something, and ends cleanly (exit 0) on Ctrl+C.
Exit codes: 0 everything exchanged; 1 the hub refused entries (kept
in the outbox, with why); 2 the token was refused, or the file is not connected; 3 the hub
could not be reached or answered as no hub does (nothing is lost: the next sync goes on where
this one stopped).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from checkin.commands import pretix
from checkin.commands.common import Subparsers, add_json, clock_time, emit, show
from checkin.desk import SyncLedger, default_desk_name
from checkin.domain.clock import utc_text
from checkin.domain.sync_model import AlsoAdmitted, PretixAnswer
from checkin.errors import UserError
from checkin.hub_link import HubRequest, connect_hub
from checkin.messages import _
from checkin.sync.client import (
    BadAnswerError,
    HubClient,
    HubUnreachableError,
    SyncError,
    TokenRefusedError,
)
from checkin.sync.engine import (
    NotConnectedError,
    SyncEngine,
    SyncReport,
    stored_token,
)

EXIT_DONE, EXIT_REFUSED, EXIT_USER, EXIT_UNREACHABLE = 0, 1, 2, 3
_log = logging.getLogger(__name__)
EVERY_S = 10.0  # how often ``checkin sync`` without --once syncs


def register(sub: Subparsers) -> None:
    connect = sub.add_parser("connect", help="link an event file to a hub or pretix, pull it")
    connect.add_argument(
        "url",
        nargs="?",
        metavar="URL",
        help="the hub, like http://hub:8765; or the word pretix (then --url, --organizer)",
    )
    connect.add_argument(
        "--url",
        dest="url_option",
        metavar="URL",
        help="the hub (same as URL), or pretix's address with pretix",
    )
    connect.add_argument("--event", required=True, metavar="SLUG", help="the event's slug")
    tokens = connect.add_mutually_exclusive_group(required=True)
    tokens.add_argument("--token", help="this desk's token (from the organiser)")
    connect.add_argument(
        "--db",
        type=Path,
        required=True,
        metavar="PATH",
        help="the event file (made from the hub's event if it does not exist)",
    )
    connect.add_argument("--desk", metavar="NAME", help="this desk's name (default: host name)")
    _cafile(connect, "; kept for later syncs")
    pretix.add_connect_options(connect, tokens)
    add_json(connect)
    connect.set_defaults(func=run_connect)
    _register_sync(sub)
    _register_hubs(sub)


def _register_sync(sub: Subparsers) -> None:
    sync = sub.add_parser("sync", help="push this desk's changes to its hub, pull the others'")
    sync.add_argument("--db", type=Path, required=True, metavar="PATH", help="the event file")
    sync.add_argument(
        "--once",
        action="store_true",
        help="sync once and exit; without it the sync goes on every --every seconds (printing "
        "only what changed) until Ctrl+C, which ends it after the run under way with exit 0",
    )
    sync.add_argument(
        "--every",
        type=float,
        default=EVERY_S,
        metavar="SECONDS",
        help=f"seconds between syncs without --once (default {EVERY_S:g})",
    )
    sync.add_argument("--token", help="use this token (default: the one `connect` stored)")
    _cafile(sync, " (default: the one given to connect)")
    add_json(sync)
    sync.set_defaults(func=run_sync)


def _register_hubs(sub: Subparsers) -> None:
    hubs = sub.add_parser("hubs", help="list the hubs found on the local network (mDNS)")
    hubs.add_argument("--timeout", type=float, default=3.0, metavar="SECONDS",
                      help="how long to listen (default 3)")  # fmt: skip
    add_json(hubs)
    hubs.set_defaults(func=run_hubs)


def _cafile(parser: argparse.ArgumentParser, more: str = "") -> None:
    parser.add_argument(
        "--cafile",
        type=Path,
        metavar="PATH",
        help=f"trust this certificate (a hub with a self-signed one){more}",
    )


def _now() -> str:
    return utc_text(datetime.now(UTC))


def _client(url: str, token: str, cafile: Path | None) -> HubClient:
    return HubClient(url, token, verify=str(cafile) if cafile else True)


# -- connect -----------------------------------------------------------------------------
def run_connect(args: argparse.Namespace) -> int:
    if args.url == pretix.PRETIX:  # ``checkin connect pretix --url URL --organizer O ...``
        return _connect_pretix(args)
    url = args.url_option or args.url
    if args.url == "hub" and args.url_option:  # ``checkin connect hub --url URL``
        url = args.url_option
    if not url or url == "hub":
        raise UserError(_("give the hub's URL, like checkin connect http://hub.local:8765"))
    if args.device_token:
        raise UserError(_("--device-token is for pretix; a hub's desk connects with --token"))
    desk = args.desk or default_desk_name()
    request = HubRequest(url, args.event, args.token, desk, args.cafile)
    try:
        linked = connect_hub(request, lambda info: Path(args.db))
    except SyncError as error:  # unreachable, refused, or not a hub's answer
        return _sync_failed(args, error)
    info, report = linked.info, linked.report
    text = _("connected {file} to {event} on {url} as desk {desk}").format(
        file=args.db, event=info.name, url=url, desk=desk)  # fmt: skip
    show(args, {"status": "connected", "event": info.slug, "desk": desk, **report.as_json()},
         text + "\n" + _report_text(report, info.timezone))  # fmt: skip
    return EXIT_DONE


def _connect_pretix(args: argparse.Namespace) -> int:
    try:
        report, text, timezone, more = pretix.connect(args)
    except SyncError as error:
        return _sync_failed(args, error)
    show(args, {"status": "connected", "backend": pretix.PRETIX, "event": args.event,
                **report.as_json(), **more},
         text + "\n" + _report_text(report, timezone))  # fmt: skip
    return EXIT_DONE


def run_hubs(args: argparse.Namespace) -> int:
    """``checkin hubs``: name and URL of each hub heard; JSON: [{"name", "url", "version"}]."""
    from dataclasses import asdict

    from checkin.sync.discovery import find_hubs

    try:
        found = find_hubs(args.timeout)
    except OSError as error:
        raise UserError(
            _("could not search the network for hubs: {error}").format(error=error)
        ) from None
    text = "\n".join(f"{hub.name}\t{hub.url}" for hub in found)
    show(args, [asdict(hub) for hub in found],
         text or _("no hub answered; type its URL: checkin connect URL ..."))  # fmt: skip
    return EXIT_DONE


# -- sync --------------------------------------------------------------------------------
def run_sync(args: argparse.Namespace) -> int:
    ledger = SyncLedger.open(Path(args.db), args.wait)
    try:
        if args.once:
            return _sync_once(args, ledger)
        return _sync_every(args, ledger, max(args.every, 0.5))
    finally:
        ledger.close()


def _sync_every(args: argparse.Namespace, ledger: SyncLedger, every: float) -> int:
    """Sync every ``every`` s until Ctrl+C, which ends it after the run under way (exit 0).

    A run that changed nothing prints nothing (only the first one does); a refused token ends
    it at once (exit 2). A second Ctrl+C stops at once.
    """
    stop = _on_ctrl_c()
    print(_("syncing every {seconds:g} s; Ctrl+C to stop (--once syncs once)").format(
        seconds=every), file=sys.stderr, flush=True)  # fmt: skip
    try:
        first = True
        while not stop.is_set():
            code = _sync_once(args, ledger, quiet_if_idle=not first)
            if code == EXIT_USER:  # a refused token does not mend by waiting
                return code
            first = False
            _nap(every, stop)
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    print(_("sync stopped"), file=sys.stderr, flush=True)
    return EXIT_DONE


def _on_ctrl_c() -> threading.Event:
    """An event set by the first Ctrl+C; a second one raises KeyboardInterrupt as usual."""
    stop = threading.Event()

    def handler(signum: int, frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    signal.signal(signal.SIGINT, handler)
    return stop


def _nap(seconds: float, stop: threading.Event) -> None:
    end = time.monotonic() + seconds
    while not stop.is_set() and (left := end - time.monotonic()) > 0:
        time.sleep(min(left, 0.2))


def _sync_once(args: argparse.Namespace, ledger: SyncLedger, quiet_if_idle: bool = False) -> int:
    link = ledger.state().link
    if link is None:
        raise UserError(
            _(
                "{file} is not connected to a hub; connect it first: checkin connect "
                "URL --event SLUG --token TOKEN --db {file}"
            ).format(file=args.db)
        )
    if link.backend == pretix.PRETIX:
        return _sync_pretix(args, ledger, quiet_if_idle)
    token = args.token or stored_token(ledger.event_id, link.desk)
    if not token:
        raise UserError(_("no token is stored for {file}; give one with --token, or connect "
                          "again").format(file=args.db))  # fmt: skip
    cafile = args.cafile or (Path(link.cafile) if link.cafile else None)
    with _client(link.url, token, cafile) as client:
        try:
            report = SyncEngine(ledger, client).run_once()
        except NotConnectedError as error:
            raise UserError(str(error)) from None
        except SyncError as error:  # unreachable, refused, or not a hub's answer
            return _sync_failed(args, error, ledger)
    return _said(args, report, ledger.timezone, quiet_if_idle)


def _said(args: argparse.Namespace, report: SyncReport, timezone: str, quiet_if_idle: bool) -> int:
    """Show a sync's report (not when idle and asked to be quiet); returns the exit code."""
    idle = not (report.pushed or report.pulled or report.refused or report.notices)
    if not (quiet_if_idle and idle):
        show(args, {"status": "ok", **report.as_json()}, _report_text(report, timezone))
    return EXIT_REFUSED if report.refused else EXIT_DONE


def _sync_pretix(args: argparse.Namespace, ledger: SyncLedger, quiet_if_idle: bool) -> int:
    try:
        report = pretix.sync(ledger, args.token, args.db)
    except NotConnectedError as error:
        raise UserError(str(error)) from None
    except SyncError as error:
        return _sync_failed(args, error, ledger)
    return _said(args, report, ledger.timezone, quiet_if_idle)


def _sync_failed(
    args: argparse.Namespace, error: Exception, ledger: SyncLedger | None = None
) -> int:
    """Say why a sync stopped; returns the exit code (3 unreachable, 2 token, 1 refused)."""
    _log.info("checkin %s stopped", args.command, exc_info=error)  # the raw cause: log only
    waiting = ledger.state().waiting if ledger is not None else 0
    if isinstance(error, HubUnreachableError) and ledger is None:  # connect: no file yet
        status, code, text = "unreachable", EXIT_UNREACHABLE, f"{error}."
    elif isinstance(error, HubUnreachableError):
        status, code = "unreachable", EXIT_UNREACHABLE
        text = _("{error}; {waiting} changes wait here and go with the next sync.").format(
            error=error, waiting=waiting)  # fmt: skip
    elif isinstance(error, BadAnswerError):
        status, code = "bad_answer", EXIT_UNREACHABLE
        text = _("the answer was not what a Check-in Desk hub sends ({error}); is the URL "
                 "right? {waiting} changes wait here and go with the next sync.").format(
                     error=error, waiting=waiting)  # fmt: skip
    elif isinstance(error, TokenRefusedError):
        status, code = "token_refused", EXIT_USER
        text = _("the hub refused this desk's token ({error}): it is unknown, revoked or for "
                 "another event. Ask the organiser for a new one and run checkin connect "
                 "again.").format(error=error)  # fmt: skip
    else:
        status, code = "refused", EXIT_REFUSED
        text = _("the hub refused the sync: {error}").format(error=error)
    if getattr(args, "json", False):
        emit({"status": status, "error": str(error), "waiting": waiting})
    else:
        print(f"checkin {args.command}: {text}", flush=True)
    return code


# -- words -------------------------------------------------------------------------------
def _report_text(report: SyncReport, timezone: str) -> str:
    lines = [_("pushed {pushed}, pulled {pulled} ({checkins} check-ins and {registrations} "
               "registrations new here); {waiting} waiting").format(
                   pushed=report.pushed, pulled=report.pulled,
                   checkins=report.applied.checkins,
                   registrations=report.applied.registrations,
                   waiting=report.waiting)]  # fmt: skip
    if report.refused:
        lines.append(_("{refused} changes were refused by the hub and stay in the outbox "
                       "(see the log)").format(refused=report.refused))  # fmt: skip
    lines.extend(notice_text(notice, timezone) for notice in report.notices)
    lines.extend(answer_text(answer, timezone) for answer in report.answers)
    return "\n".join(lines)


def answer_text(answer: PretixAnswer, timezone: str) -> str:
    """Say pretix's answer to an uploaded check-in in words: who, where admitted, what now."""
    values = {"who": f"{answer.code} {answer.name}".strip(), "here_desk": answer.here_desk,
              "here_at": clock_time(answer.here_at, timezone),
              "reason": answer.reason or "-"}  # fmt: skip
    if answer.status == "canceled":
        return _("canceled since: {who} was admitted here ({here_desk}) at {here_at}, but the "
                 "ticket has been canceled in pretix since; pretix keeps the check-in.").format(
                     **values)  # fmt: skip
    return _("not valid now: {who} was admitted here ({here_desk}) at {here_at}, but pretix "
             "says the ticket is not valid now ({reason}); pretix keeps the check-in.").format(
                 **values)  # fmt: skip


def notice_text(notice: AlsoAdmitted, timezone: str) -> str:
    """Say an "also admitted elsewhere" notice in words: who, which desk, when, which counts."""
    who = f"{notice.code} {notice.name}".strip()
    first = notice.here_desk if notice.first_here else notice.desk
    values: dict[str, Any] = {
        "who": who, "desk": notice.desk, "at": clock_time(notice.at, timezone),
        "here_desk": notice.here_desk, "here_at": clock_time(notice.here_at, timezone),
        "first": first,
    }  # fmt: skip
    return _(
        "also admitted elsewhere: {who} was admitted at {desk} at {at} and here "
        "({here_desk}) at {here_at}; {first}'s check-in counts."
    ).format(**values)
