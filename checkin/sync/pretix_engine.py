"""The sync engine for an event file linked to pretix: upload queued check-ins once, then pull.

`PretixEngine.run_once` is what `checkin.sync.engine.SyncEngine.run_once` is for a hub, and
answers the same `SyncReport`, so ``checkin sync`` and the window's sync worker serve both:

1. keep local: outbox changes pretix cannot take (registrations, undos, check-ins taken back
   before they were sent) are marked done at the desk.
2. upload: each check-in made here goes through pretix's check-in RPC redeem endpoint with its
   nonce (the check-in's id, made once at the desk), its real scan time and ``force``
   (`checkin.sync.pretix_upload`), oldest first, each settled in its own transaction as soon as
   pretix answered: a crash in between sends it again, which pretix stores once. pretix's
   answers: stored (ok, already redeemed elsewhere: a notice; canceled since or not valid now:
   a notice of its own, `PretixAnswer`, and the pull that follows brings the ticket's new
   state), or refused (unknown secret, an
   error): kept in the outbox with why, counted as refused.
3. pull: pages of positions since the stored cursor (`checkin.sync.pretix_pull`: a first pull
   cut off resumes; then only what changed), each applied with the cursor after it; check-ins
   from other devices join the log and give "also admitted elsewhere" notices; positions
   moved off the list (another product or date) are made not valid here. Each pull also
   keeps the event's pretix_sig1 public keys and the revoked secrets, so the desk checks signed
   secrets it never downloaded offline (`checkin.store.pretix_signed`).

pretix's errors become the hub's (`checkin.sync.client`): ``PretixUnreachableError`` →
``HubUnreachableError`` (exit 3), ``PretixAuthError`` → ``TokenRefusedError`` (exit 2).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from checkin import config
from checkin.domain.clock import utc_text
from checkin.domain.model import TicketType
from checkin.domain.pretix_queue import PulledCheckIn, QueuedRow
from checkin.domain.sync_model import AlsoAdmitted, Applied, PretixAnswer, SyncState
from checkin.progress import NoProgress, Progress
from checkin.sync.client import (
    BadAnswerError,
    HubRefusedError,
    HubUnreachableError,
    SyncError,
    TokenRefusedError,
)
from checkin.sync.engine import NotConnectedError, SyncReport, error_kind
from checkin.sync.pretix import PretixClient
from checkin.sync.pretix_http import (
    PretixAnswerError,
    PretixAuthError,
    PretixConfig,
    PretixError,
    PretixUnreachableError,
)
from checkin.sync.pretix_mapping import RemoteCheckIn
from checkin.sync.pretix_pull import PullCursor, PullPage
from checkin.sync.pretix_upload import QueuedCheckIn, UploadOutcome, UploadStatus

ANSWERS = (UploadStatus.CANCELED, UploadStatus.NOT_VALID)  # stored, but a notice of their own
PRETIX = "pretix"  # the link's backend (`checkin.store.sync_pretix.PRETIX`)
_log = logging.getLogger(__name__)


class PretixLedger(Protocol):
    """The event file's pretix sync side as the engine uses it (`checkin.desk.PretixLedger`)."""

    @property
    def event_id(self) -> str: ...
    def state(self) -> SyncState: ...
    def options(self) -> dict[str, Any]: ...
    def cursor(self) -> str: ...
    def apply_page(
        self, people: Sequence[Any], arrived: Sequence[PulledCheckIn], revoked: Sequence[str],
        cursor: str, now: str, *, done: bool = False, withdrawn: Sequence[str] = (),
    ) -> Applied: ...  # fmt: skip
    def save_ticket_types(self, kinds: Sequence[TicketType]) -> None: ...
    def save_sig1_keys(self, keys: Sequence[str]) -> None: ...
    def keep_local(self, now: str) -> int: ...
    def queued(self, limit: int = 1000) -> list[QueuedRow]: ...
    def settle(
        self, change_id: str, refused: str, elsewhere: Sequence[PulledCheckIn], now: str,
        answer: tuple[str, str, str] | None = None,
    ) -> int: ...  # fmt: skip
    def take_answers(self, now: str) -> list[PretixAnswer]: ...
    def attempted(self, now: str) -> None: ...
    def succeeded(self, now: str) -> None: ...
    def failed(self, kind: str, text: str, now: str) -> None: ...
    def take_notices(self, now: str) -> list[AlsoAdmitted]: ...


@dataclass(frozen=True)
class PretixLink:
    """A pretix link's options, as ``checkin connect pretix`` keeps them (sync row ``options``).

    Attributes:
        organizer, event, list_id: the check-in list's place in pretix.
        device: ``{"id": int, "name": str}`` when the desk signs in as a pretix device
            (``Authorization: Device …``), None for a team API token (``Token …``). Kept as
            ``"auth": "Device"`` and ``"device"`` in the options; a team token's link has
            neither (its options are as before devices).
    """

    organizer: str
    event: str
    list_id: int
    device: Mapping[str, Any] | None = None

    @property
    def auth(self) -> Literal["Token", "Device"]:
        return "Token" if self.device is None else "Device"

    def as_json(self) -> dict[str, Any]:
        data = {"organizer": self.organizer, "event": self.event, "list": self.list_id}
        if self.device is not None:
            data |= {"auth": self.auth, "device": dict(self.device)}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PretixLink:
        """Read the options back (NotConnectedError when they are missing)."""
        try:
            link = cls(str(data["organizer"]), str(data["event"]), int(data["list"]))
        except (KeyError, TypeError, ValueError):
            raise NotConnectedError("the pretix link has no organizer, event or list") from None
        if data.get("auth", "Token") == "Token":
            return link
        if data.get("auth") == "Device" and isinstance(data.get("device"), Mapping):
            return replace(link, device=data["device"])
        raise NotConnectedError(f"the pretix link's sign-in {data.get('auth')!r} is unknown")


def token_secret(event_id: str, desk: str) -> str:
    """The secret store's name for a desk's pretix token (beside the hub's, `checkin.config`).

    The token is a team API token or, for a link with a device, the device's API token.
    """
    return f"{config.HUB_TOKEN_SECRET}:{PRETIX}:{event_id}:{desk}"


def stored_token(event_id: str, desk: str) -> str:
    """Return the pretix token ``checkin connect pretix`` stored ("" for none)."""
    return config.secret_store().get(token_secret(event_id, desk))


class MissingTokenError(NotConnectedError):
    """No pretix token is stored for the desk (``checkin connect pretix`` again)."""


def sync_once(
    ledger: PretixLedger, token: str = "", progress: Progress | None = None
) -> SyncReport:
    """Sync a pretix-linked event file once with the stored token (or ``token``).

    What ``checkin sync`` and the window's sync worker call for a pretix link.

    Raises:
        MissingTokenError: no token given and none stored.
        NotConnectedError, SyncError: as `PretixEngine.run_once`.
    """
    state = ledger.state()
    if state.link is None or state.link.backend != PRETIX:
        raise NotConnectedError("this event file is not connected to pretix")
    token = token or stored_token(ledger.event_id, state.link.desk)
    if not token:
        raise MissingTokenError("no pretix token is stored for this desk; connect again")
    link = PretixLink.from_json(ledger.options())
    with client_for(state.link.url, token, link) as client:
        return PretixEngine(ledger, client, progress=progress).run_once()


def client_for(url: str, token: str, link: PretixLink) -> PretixClient:
    """A pretix client for a link: a team API token, or a device's API token (``link.auth``)."""
    return PretixClient(PretixConfig(url, token, link.organizer, link.event, auth=link.auth))


def hub_error(error: PretixError) -> SyncError:
    """The sync error a pretix error stands for (exit codes as for a hub)."""
    if isinstance(error, PretixUnreachableError):
        return HubUnreachableError(f"pretix: {error}")
    if isinstance(error, PretixAuthError):
        return TokenRefusedError(401, "token_refused", f"pretix: {error}", [])
    if isinstance(error, PretixAnswerError):
        return BadAnswerError(f"pretix: {error}")
    return HubRefusedError(400, "pretix", f"pretix: {error}", [])


def _now() -> str:
    return utc_text(datetime.now(UTC))


def pulled(items: Sequence[RemoteCheckIn]) -> list[PulledCheckIn]:
    """Return the entries (not exits) of pretix as the ledger stores them, named by device."""
    return [
        PulledCheckIn(item.id, item.code, item.at, _device(item))
        for item in items
        if item.type == "entry"
    ]


def _device(item: RemoteCheckIn) -> str:
    return f"pretix device {item.device_id}" if item.device_id else "pretix"


class PretixEngine:
    """Sync one event file with its pretix check-in list.

    Args:
        ledger: the event file's pretix side (`checkin.desk.PretixLedger`).
        client: the pretix client (made with the desk's token for the link's event).
        progress: told of pull pages (the first pull of a large event takes a while).
        now: where the time of attempts and outcomes comes from (UTC text).
    """

    def __init__(
        self,
        ledger: PretixLedger,
        client: PretixClient,
        *,
        progress: Progress | None = None,
        now: Callable[[], str] = _now,
    ) -> None:
        self.ledger = ledger
        self.client = client
        self.progress = progress or NoProgress()
        self.now = now

    def run_once(self) -> SyncReport:
        """Upload every queued check-in, pull what changed, collect the notices.

        Raises:
            NotConnectedError: the event file has no pretix link.
            HubUnreachableError: pretix did not answer; nothing is lost, the next run goes on.
            TokenRefusedError: pretix refused the token.
            HubRefusedError, BadAnswerError: pretix refused a request or answered nonsense.
        """
        state = self.ledger.state()
        if state.link is None or state.link.backend != PRETIX:
            raise NotConnectedError("this event file is not connected to pretix")
        link = PretixLink.from_json(self.ledger.options())
        self.ledger.attempted(self.now())
        try:
            pushed = self._upload(link)
            pulled_count, applied = self._pull(link)
        except PretixError as error:
            failure = hub_error(error)
            self.ledger.failed(error_kind(failure), str(failure), self.now())
            raise failure from error
        self.ledger.succeeded(self.now())
        notices = tuple(self.ledger.take_notices(self.now()))
        answers = tuple(self.ledger.take_answers(self.now()))
        after = self.ledger.state()
        return SyncReport(pushed, 0, pulled_count, applied, notices, after.waiting,
                          after.refused, self.ledger.cursor(), answers)  # fmt: skip

    # -- uploading ----------------------------------------------------------------------
    def _upload(self, link: PretixLink) -> int:
        self.ledger.keep_local(self.now())
        sent = 0
        while rows := self.ledger.queued():
            by_nonce = {row.nonce: row for row in rows}
            for outcome in self.client.upload(_queue(rows, link.list_id)):
                self._settle(by_nonce[outcome.checkin.nonce], outcome)
                sent += outcome.stored
        return sent

    def _settle(self, row: QueuedRow, outcome: UploadOutcome) -> None:
        status = outcome.status
        refused = "" if outcome.stored else f"pretix: {status.value} {outcome.detail}".strip()
        if status not in (UploadStatus.OK, UploadStatus.ALREADY_REDEEMED):
            _log.info("pretix answered %s (%s) for ticket %s checked in at %s",
                      status.value, outcome.reason, row.code, utc_text(row.at))  # fmt: skip
        answer = (row.nonce, status.value, outcome.reason) if status in ANSWERS else None
        self.ledger.settle(row.change_id, refused, pulled(outcome.elsewhere), self.now(), answer)

    # -- pulling ------------------------------------------------------------------------
    def _pull(self, link: PretixLink) -> tuple[int, Applied]:
        catalogue = self.client.catalogue(link.list_id)
        self.ledger.save_ticket_types(catalogue.ticket_types())
        self.ledger.save_sig1_keys(catalogue.event.sig1_keys)
        cursor = self._cursor(link)
        count, applied = 0, Applied()
        for page in self.client.pull(catalogue, cursor, self.progress):
            applied |= self._apply(page)
            count += len(page.registrations)
        return count, applied

    def _cursor(self, link: PretixLink) -> PullCursor:
        text = self.ledger.cursor()
        if text:
            try:
                cursor = PullCursor.from_json(json.loads(text))
            except ValueError as error:
                _log.warning("pretix cursor unreadable (%s): pulling everything again", error)
            else:
                if (cursor.organizer, cursor.event, cursor.list_id) == (
                    link.organizer, link.event, link.list_id):  # fmt: skip
                    return cursor
        return self.client.start_cursor(link.list_id)

    def _apply(self, page: PullPage) -> Applied:
        return self.ledger.apply_page(
            page.registrations, pulled(page.checkins), page.revoked,
            json.dumps(page.cursor.to_json(), sort_keys=True), self.now(),
            done=page.done or page.phase == "diff", withdrawn=page.withdrawn,
        )  # fmt: skip


def _queue(rows: Sequence[QueuedRow], list_id: int) -> Iterator[QueuedCheckIn]:
    for row in rows:
        yield QueuedCheckIn(row.nonce, row.code, list_id, row.at)
