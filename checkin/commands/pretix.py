"""``checkin connect pretix`` and ``checkin sync`` for an event file linked to a pretix event.

``checkin connect pretix --url URL --token T --organizer O --event E [--list ID] --db P`` reads
the event and its check-in lists from pretix's REST API (a team API token), makes the desk's
event file from it (or links an existing file of the same event), keeps the link (backend
``pretix``; organizer, event and list in the sync row's options) and the token (the secret
store, as the hub's token: never in the event file), then downloads every position of the list
(`checkin.sync.pretix_engine`), with progress on stderr. A first download cut off mid-way
resumes on the next ``connect`` or ``sync``.

With ``--device-token SETUP`` instead of ``--token``, the desk becomes a pretix device, as
pretixSCAN does: the device's one-time setup token (Organizer → Devices) is traded for the
device's API token (`checkin.sync.pretix_device.device_for`), which is kept in the secret store
as a team token would be; the link remembers the device (``"auth": "Device"``), so every later
sync signs in with ``Authorization: Device …``, and pretix shows the device's name on each
check-in. ``--organizer`` may then be left out (the device's organizer is used).

``checkin sync`` (`checkin.commands.sync`) hands a pretix-linked file to `sync`: upload the
queued check-ins once each, then pull what changed. Exit codes are the hub's.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from checkin import config
from checkin.commands.common import TerminalProgress
from checkin.desk import EventSeed, PretixLedger, SyncLedger, default_desk_name
from checkin.domain import signing
from checkin.domain.clock import utc_text
from checkin.domain.sync_model import HubLink
from checkin.errors import UserError
from checkin.messages import _
from checkin.sync.engine import SyncReport
from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_catalogue import Catalogue, CheckinList
from checkin.sync.pretix_device import DeviceCredentials, device_for
from checkin.sync.pretix_engine import (
    PRETIX,
    MissingTokenError,
    PretixEngine,
    PretixLink,
    client_for,
    hub_error,
    sync_once,
    token_secret,
)
from checkin.sync.pretix_http import PretixAuthError, PretixUnreachableError

__all__ = ["PRETIX", "add_connect_options", "connect", "sync"]


def add_connect_options(
    connect: argparse.ArgumentParser, tokens: argparse._MutuallyExclusiveGroup
) -> None:
    """Add ``checkin connect pretix``'s own options to ``checkin connect``.

    ``tokens`` is the group ``--token`` is in: ``--device-token`` is its alternative.
    """
    tokens.add_argument(
        "--device-token",
        metavar="SETUP_TOKEN",
        help="pretix: a device's one-time setup token (Organizer → Devices), instead of "
        "--token: the desk becomes that device and signs in as it from then on",
    )
    connect.add_argument(
        "--organizer",
        metavar="SLUG",
        help="pretix: the organizer's short form (with --device-token: the device's own)",
    )
    connect.add_argument(
        "--list",
        type=int,
        metavar="ID",
        dest="list_id",
        help="pretix: the check-in list's id (default: the event's only list)",
    )


class _Progress:
    """Progress of a pull on stderr: a bar on a terminal, else a line every tenth."""

    def __init__(self) -> None:
        self.bar = TerminalProgress("pretix") if sys.stderr.isatty() else None
        self.tenth = -1

    def set(self, fraction: float, text: str = "") -> None:
        if self.bar is not None:
            self.bar.set(fraction, text)
        elif int(fraction * 10) != self.tenth:
            self.tenth = int(fraction * 10)
            print(text or f"{fraction:.0%}", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def connect(args: argparse.Namespace) -> tuple[SyncReport, str, str, dict[str, Any]]:
    """Link an event file to a pretix event and pull its check-in list.

    Returns:
        The first sync's report, what to say (connected …), the event's time zone, and what
        the JSON answer adds (``{"device": {"id", "name"}}`` with ``--device-token``, else {}).

    Raises:
        UserError: an option is missing, pretix has no such organizer, event or list, the list
            is not clear, the file holds another event, pretix refused the setup token.
        SyncError: pretix is unreachable, refused the token or the request (exit 3, 2, 1).
    """
    url = _address(args)
    device = _device(url, args.device_token, args.organizer) if args.device_token else None
    token = device.api_token if device else args.token
    desk = args.desk or default_desk_name()
    link = PretixLink(device.organizer if device else args.organizer, args.event, 0,
                      _device_json(device))  # fmt: skip
    with client_for(url, token, link) as client:
        try:
            catalogue = client.catalogue(_list_id(client, args.list_id))
        except (PretixUnreachableError, PretixAuthError) as error:  # exit 3, 2; others say why
            raise hub_error(error) from error
        link = replace(link, list_id=catalogue.checkin_list.id)
        ledger = _linked_file(Path(args.db), catalogue, link, HubLink(PRETIX, url, args.event,
                              desk, utc_text(datetime.now(UTC))))  # fmt: skip
        try:
            config.secret_store().put(token_secret(ledger.event_id, desk), token)
            report = _run(ledger, client)
        finally:
            ledger.close()
    text = _connected(args.db, catalogue, url, desk, device)
    return report, text, catalogue.desk_event().timezone, {"device": link.device} if device else {}


def _address(args: argparse.Namespace) -> str:
    """The address of pretix, once the options say how to sign in (UserError with an example)."""
    url: str | None = args.url_option
    if not url and args.device_token:
        raise UserError(_("give pretix's address, like checkin connect pretix --url "
                          "https://pretix.eu --event SLUG --device-token SETUP_TOKEN "
                          "--db P"))  # fmt: skip
    if not url or not (args.organizer or args.device_token):
        raise UserError(_("give pretix's address and organizer, like checkin connect pretix "
                          "--url https://pretix.eu --organizer SLUG --event SLUG --token T "
                          "--db P"))  # fmt: skip
    return url


def _connected(
    db: Path, catalogue: Catalogue, url: str, desk: str, device: DeviceCredentials | None
) -> str:
    text = _("connected {file} to {event} on {url} (pretix check-in list {list}) as desk "
             "{desk}").format(file=db, event=catalogue.event.name, url=url,
                              list=catalogue.checkin_list.name, desk=desk)  # fmt: skip
    if device is None:
        return text
    return text + "\n" + _("signed in as pretix device {name} (id {id})").format(
        name=device.name or "-", id=device.device_id)  # fmt: skip


def _device(url: str, setup_token: str, organizer: str | None) -> DeviceCredentials:
    """The device a setup token makes (or made on an earlier try); pretix's refusal in words."""
    try:
        device = device_for(url, setup_token, config.secret_store())
    except PretixUnreachableError as error:
        raise hub_error(error) from error
    except PretixAuthError as error:
        raise UserError(_("{error} A setup token works once: check it, or create a new device "
                          "in pretix (Organizer → Devices) and give its setup token to "
                          "--device-token.").format(error=error)) from None  # fmt: skip
    if organizer and organizer != device.organizer:
        raise UserError(_("the device of this setup token belongs to pretix organizer {device}, "
                          "not {given}; leave --organizer out or give {device}").format(
                              device=device.organizer, given=organizer))  # fmt: skip
    return device


def _device_json(device: DeviceCredentials | None) -> dict[str, Any] | None:
    return None if device is None else {"id": device.device_id, "name": device.name}


def sync(ledger: SyncLedger, token: str | None, db: Path) -> SyncReport:
    """Sync a pretix-linked event file once (`checkin.sync.pretix_engine.sync_once`'s errors)."""
    progress = _Progress()
    try:
        return sync_once(PretixLedger.of(ledger), token or "", progress)
    except MissingTokenError:
        raise UserError(_("no token is stored for {file}; give one with --token, or connect "
                          "again").format(file=db)) from None  # fmt: skip
    finally:
        progress.close()


def _run(ledger: PretixLedger, client: PretixClient) -> SyncReport:
    progress = _Progress()
    try:
        return PretixEngine(ledger, client, progress=progress).run_once()
    finally:
        progress.close()


def _list_id(client: PretixClient, wanted: int | None) -> int:
    """The check-in list to use: the one asked for, else the event's only one."""
    lists = client.checkin_lists()
    if wanted is not None:
        if any(item.id == wanted for item in lists):
            return wanted
        raise UserError(_("pretix has no check-in list {id} for this event; its lists: "
                          "{lists}").format(id=wanted, lists=_names(lists)))  # fmt: skip
    if len(lists) == 1:
        return lists[0].id
    raise UserError(_("choose the check-in list with --list ID; this event's lists: "
                      "{lists}").format(lists=_names(lists) or "-"))  # fmt: skip


def _names(lists: tuple[CheckinList, ...]) -> str:
    return ", ".join(f"{item.id} ({item.name})" for item in lists)


def _event_id(link: PretixLink) -> str:
    return f"pretix:{link.organizer}/{link.event}/{link.list_id}"


def _linked_file(path: Path, catalogue: Catalogue, link: PretixLink, hub: HubLink) -> PretixLedger:
    """The event file for a pretix check-in list: made if new, checked and linked if not."""
    if not path.exists() or path.stat().st_size == 0:
        event = catalogue.desk_event()
        private, public = signing.new_keypair()
        seed = EventSeed(_event_id(link), event.name, event.days, event.timezone, public, private)
        ledger = PretixLedger.of(SyncLedger.create(path, seed, hub))
    else:
        ledger = PretixLedger.open_pretix(path)
        if ledger.event_id != _event_id(link):
            ledger.close()
            raise UserError(_("{file} holds another event than pretix's {event} (list {list}); "
                              "give a new file name to make the desk's file from pretix").format(
                                  file=path, event=link.event, list=link.list_id))  # fmt: skip
    ledger.link_pretix(hub, link.as_json())
    return ledger
