"""Check-ins to pretix the way its own scanners send them: once per nonce, at the desk's scan time.

Every check-in accepted at the desk becomes a `QueuedCheckIn` with a random nonce made there and
its real scan time. `upload` sends each through ``POST /organizers/{o}/checkinrpc/redeem/`` with
that ``nonce``, that ``datetime``, ``force: true`` (the desk already let the person in) and
``type: "entry"``. pretix keeps one check-in per nonce: sending the same one again (after a lost
answer, a crash, a retry) stores nothing new and answers ``ok``.

With ``force``, pretix stores the check-in even when it would refuse the ticket now; the answer
then says why through the position it returns (its state *before* this check-in). `UploadStatus`
turns that into what the desk must tell: also checked in elsewhere, canceled since, not valid
now, or unknown to pretix. `check_online` asks pretix first, without ``force``, quickly.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkin.domain.model import Reason, Registration
from checkin.sync.pretix_catalogue import Catalogue
from checkin.sync.pretix_http import Answer, PretixAnswerError, PretixHttp, PretixNotFoundError
from checkin.sync.pretix_mapping import (
    PAID,
    OrderFacts,
    RemoteCheckIn,
    registration_from_position,
    remote_checkins,
)

REDEEM = "checkinrpc/redeem/"
ANSWERED = (201, 400, 404)


def new_nonce() -> str:
    """A random nonce for one check-in made at the desk (32 hex digits, as uuid4().hex)."""
    return secrets.token_hex(16)


@dataclass(frozen=True)
class QueuedCheckIn:
    """A check-in made at the desk, waiting to reach pretix.

    Attributes:
        nonce: made once at the desk when the scan was accepted (`new_nonce`); never reused.
        secret: the ticket secret as scanned.
        list_id: the pretix check-in list.
        at: the real scan time, timezone-aware.
        type: ``"entry"`` (or ``"exit"``).
    """

    nonce: str
    secret: str
    list_id: int
    at: datetime
    type: str = "entry"

    def body(self, *, force: bool) -> dict[str, Any]:
        if self.at.tzinfo is None:
            raise ValueError("a queued check-in needs an aware scan time")
        return {
            "secret": self.secret,
            "lists": [self.list_id],
            "type": self.type,
            "datetime": self.at.isoformat(),
            "nonce": self.nonce,
            "force": force,
            "questions_supported": False,
        }


class UploadStatus(enum.StrEnum):
    """What became of one uploaded check-in; ``stored`` says whether pretix now holds it."""

    OK = "ok"  # stored; nothing to tell
    ALREADY_REDEEMED = "already_redeemed"  # stored; pretix has another entry from elsewhere
    CANCELED = "canceled"  # stored (forced); the order or ticket is canceled in pretix now
    NOT_VALID = "not_valid"  # stored (forced); pretix would refuse it now (unpaid, blocked …)
    UNKNOWN = "unknown"  # not stored: pretix does not know the secret
    ERROR = "error"  # not stored: pretix refused the upload itself; retrying will not help

    @property
    def stored(self) -> bool:
        return self not in (UploadStatus.UNKNOWN, UploadStatus.ERROR)


@dataclass(frozen=True)
class UploadOutcome:
    """pretix's answer to one queued check-in, as data.

    Attributes:
        checkin: what was sent.
        status: see `UploadStatus`.
        reason: pretix's reason code where it gave one (``canceled``, ``unpaid``, ``invalid`` …).
        detail: pretix's words for an ``ERROR``.
        elsewhere: the other entries pretix holds for the ticket on this list (device, gate,
            time; before or after ours), for the desk's "also accepted elsewhere" notice.
        position_id: the pretix position, when pretix named one.
    """

    checkin: QueuedCheckIn
    status: UploadStatus
    reason: str = ""
    detail: str = ""
    elsewhere: tuple[RemoteCheckIn, ...] = ()
    position_id: int | None = None

    @property
    def stored(self) -> bool:
        """Whether pretix now holds this check-in (so it leaves the queue as sent)."""
        return self.status.stored


def upload(http: PretixHttp, queue: Iterable[QueuedCheckIn]) -> Iterator[UploadOutcome]:
    """Send queued check-ins one by one, oldest first as given; yield each outcome as it comes.

    Record each outcome before asking for the next: a crash in between only means that check-in
    is sent again, which pretix stores once.

    Raises:
        PretixUnreachableError: no answer or a server error after retries; the check-ins not yet
            yielded stay queued.
        PretixAuthError, PretixNotFoundError: the token or the organizer is wrong; stop syncing.
    """
    path = http.organizer_path(REDEEM)
    for checkin in queue:
        answer = http.post(path, checkin.body(force=True), expect=ANSWERED)
        yield outcome_of(checkin, answer)


def outcome_of(checkin: QueuedCheckIn, answer: Answer) -> UploadOutcome:
    """Read pretix's answer to a forced redeem (status code and body) as an `UploadOutcome`."""
    body = answer.body if isinstance(answer.body, Mapping) else {}
    if answer.status == 404 and body.get("reason") == "invalid":
        return UploadOutcome(checkin, UploadStatus.UNKNOWN, "invalid")
    if answer.status == 404:
        raise PretixNotFoundError(
            f"pretix does not know this organizer or list: {body or answer.body}"
        )
    if body.get("status") != "ok":
        reason = str(body.get("reason") or "")
        detail = str(body.get("reason_explanation") or _validation_text(body) or answer.body)
        return UploadOutcome(checkin, UploadStatus.ERROR, reason, detail[:500])
    position = body.get("position")
    if not isinstance(position, Mapping):
        raise PretixAnswerError(f"pretix accepted a check-in but named no ticket: {body}")
    elsewhere = tuple(
        entry
        for entry in remote_checkins(position, checkin.list_id)
        if entry.type == "entry" and entry.at != checkin.at  # at == ours: our own earlier upload
    )
    status, reason = _verdict(checkin, position, body, elsewhere)
    return UploadOutcome(checkin, status, reason, "", elsewhere, int(position["id"]))


def _verdict(
    checkin: QueuedCheckIn,
    position: Mapping[str, Any],
    body: Mapping[str, Any],
    elsewhere: tuple[RemoteCheckIn, ...],
) -> tuple[UploadStatus, str]:
    order = OrderFacts.from_position(position)
    if position.get("canceled") or order.status not in (PAID, "n"):
        return UploadStatus.CANCELED, "canceled"
    include_pending = bool((body.get("list") or {}).get("include_pending"))
    if position.get("blocked"):
        return UploadStatus.NOT_VALID, "blocked"
    if position.get("secret") != checkin.secret:
        return UploadStatus.NOT_VALID, "revoked"
    if order.status != PAID and not (order.valid_if_pending or include_pending):
        return UploadStatus.NOT_VALID, "unpaid"
    if elsewhere:
        return UploadStatus.ALREADY_REDEEMED, "already_redeemed"
    return UploadStatus.OK, ""


class OnlineStatus(enum.StrEnum):
    """pretix's live answer to a ticket shown at the desk."""

    OK = "ok"  # pretix checked it in (with the queued check-in's nonce)
    REFUSED = "refused"  # pretix says no; ``reason`` says why


# pretix's reason codes, in the desk's words (checkin.domain.model.Reason)
DESK_REASONS = {
    "invalid": Reason.UNKNOWN,
    "canceled": Reason.CANCELLED,
    "revoked": Reason.CANCELLED,
    "blocked": Reason.CANCELLED,
    "unpaid": Reason.PENDING,
    "unapproved": Reason.PENDING,
    "already_redeemed": Reason.ALREADY_CHECKED_IN,
    "product": Reason.WRONG_POINT,
    "rules": Reason.WRONG_POINT,
    "invalid_time": Reason.WRONG_DAY,
}


@dataclass(frozen=True)
class OnlineAnswer:
    """pretix's live verdict, the ticket as pretix has it now, and where it was used before."""

    status: OnlineStatus
    reason: str = ""
    desk_reason: Reason = Reason.NONE
    registration: Registration | None = None
    earlier: tuple[RemoteCheckIn, ...] = ()


def check_online(
    http: PretixHttp, checkin: QueuedCheckIn, catalogue: Catalogue, *, simulate: bool = False
) -> OnlineAnswer:
    """Ask pretix about a ticket before deciding locally.

    A redeem without ``force``, without retries and with a short timeout
    (`checkin.sync.pretix_http.QUICK_TIMEOUT`).

    When pretix says ``ok`` it has stored the check-in under ``checkin.nonce``: queue that same
    check-in anyway; its later upload is a no-op in pretix. ``simulate`` asks without storing.

    Raises:
        PretixError: any failure (unreachable, slow, refused token): decide locally instead.
    """
    body = {**checkin.body(force=False), "simulate": simulate}
    answer = http.post(http.organizer_path(REDEEM), body, quick=True, expect=ANSWERED)
    data = answer.body if isinstance(answer.body, Mapping) else {}
    if answer.status == 404 and data.get("reason") != "invalid":
        raise PretixNotFoundError(f"pretix does not know this organizer or list: {data}")
    position = data.get("position")
    registration: Registration | None = None
    earlier: tuple[RemoteCheckIn, ...] = ()
    if isinstance(position, Mapping):
        registration = registration_from_position(
            position, OrderFacts.from_position(position), catalogue
        )
        earlier = remote_checkins(position, checkin.list_id)
    if data.get("status") == "ok":
        return OnlineAnswer(OnlineStatus.OK, "", Reason.NONE, registration, earlier)
    reason = str(data.get("reason") or data.get("status") or "error")
    desk_reason = DESK_REASONS.get(reason, Reason.UNKNOWN)
    return OnlineAnswer(OnlineStatus.REFUSED, reason, desk_reason, registration, earlier)


def _validation_text(body: Mapping[str, Any]) -> str:
    return "; ".join(f"{key}: {value}" for key, value in body.items() if key != "status")
