"""Linking an event file to a hub's event, for ``checkin connect URL`` and the window alike.

The window's "Connect to hub…" dialog (`checkin.ui.connect_dialog`) runs the same code.

The hub's event is fetched with the desk's token; the event file is made from it (or an
existing file of the same event is linked); the token goes to the secret store (never to the
event file); then a first sync pulls what the hub holds. A first pull cut off mid-way resumes
on the next connect or sync.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from checkin import config
from checkin.desk import EventSeed, SyncLedger
from checkin.domain.clock import utc_text
from checkin.domain.sync_model import HUB, HubLink
from checkin.errors import UserError
from checkin.messages import _
from checkin.sync.answers import EventInfo
from checkin.sync.client import HubClient
from checkin.sync.engine import SyncEngine, SyncReport, token_secret


@dataclass(frozen=True)
class HubRequest:
    """What the desk was given: the hub's URL, the event's slug, its token, its own name."""

    url: str
    event: str
    token: str
    desk: str
    cafile: Path | None = None  # trust this certificate (a hub with a self-signed one)


@dataclass(frozen=True)
class Linked:
    """A connect's outcome: the hub's event, the first sync's report, the event file."""

    info: EventInfo
    report: SyncReport
    path: Path


def connect_hub(request: HubRequest, path_for: Callable[[EventInfo], Path]) -> Linked:
    """Link the event file ``path_for(event)`` to the hub's event and sync it once.

    Args:
        request: the hub, event, token and desk name.
        path_for: the event file to make or link, chosen once the hub's event is known.

    Returns:
        The hub's event, the first sync's report and the event file's path.

    Raises:
        checkin.sync.client.HubUnreachableError: the hub could not be reached.
        checkin.sync.client.TokenRefusedError: the token is unknown, revoked or for another event.
        checkin.sync.client.HubRefusedError: the hub refused otherwise (e.g. no such event).
        UserError: the file holds another event.
    """
    verify: bool | str = str(request.cafile) if request.cafile else True
    with HubClient(request.url, request.token, verify=verify) as client:
        info = client.event(request.event)
        config.secret_store().put(token_secret(info.id, request.desk), request.token)
        cafile = str(Path(request.cafile).resolve()) if request.cafile else ""
        link = HubLink(HUB, request.url, request.event, request.desk, utc_text(_now()), cafile)
        path = path_for(info)
        ledger = linked_file(path, info, link)
        try:
            report = SyncEngine(ledger, client).run_once()
        finally:
            ledger.close()
    return Linked(info, report, path)


def _now() -> datetime:
    return datetime.now(UTC)


def seed(info: EventInfo) -> EventSeed:
    """The event file's first content from the hub's event (keys decoded from base64)."""
    private = base64.b64decode(info.private_key) if info.private_key else None
    return EventSeed(info.id, info.name, tuple(info.days), info.timezone,
                     base64.b64decode(info.public_key), private)  # fmt: skip


def linked_file(path: Path, info: EventInfo, link: HubLink) -> SyncLedger:
    """The event file linked to the hub's event: made if new, checked and linked if not."""
    if not path.exists() or path.stat().st_size == 0:
        return SyncLedger.create(path, seed(info), link)
    ledger = SyncLedger.open(path)
    if ledger.event_id != info.id:
        ledger.close()
        raise UserError(_("{file} holds another event than {slug} on the hub; give a new file "
                          "name to make the desk's file from the hub").format(
                              file=path, slug=info.slug))  # fmt: skip
    held = ledger.state().link
    if held is None or (held.url, held.event, held.desk) != (link.url, link.event, link.desk):
        ledger.set_link(link)  # the same link again keeps its cursor: a first pull resumes
    elif held.cafile != link.cafile:
        ledger.set_cafile(link.cafile)
    return ledger
