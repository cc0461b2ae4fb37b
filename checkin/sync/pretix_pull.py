"""Downloading a check-in list's tickets for offline use: a resumable first pull, then only changes.

Both go through ``/orders/`` (pretixSCAN's libpretixsync does the same), because the check-in
list's own ``/positions/`` endpoint has no ``modified_since``:

1. **Full** (phase ``"full"``): ``ordering=datetime``, page by page. After each page the cursor
   holds the ``datetime`` of the last order read; an interrupted download starts again there
   (``created_since``, which includes that instant, so nothing is skipped; orders read twice are
   the same registrations again). New orders have the newest ``datetime``, so they land at the end
   and page numbers do not shift under the download.
2. **Changes** (phase ``"diff"``): ``modified_since=<since>&ordering=-last_modified``. ``since`` is
   pretix's own clock (``X-Page-Generated`` of the first page of the previous run), taken before
   that run read anything, so a change made while pages were being read comes again next time.
   A check-in in pretix changes its order too, so other devices' check-ins arrive this way.
3. **Revoked secrets** (``/revokedsecrets/?created_since=``), for offline-verified signed tickets.

An order comes whole, with every position: those of a product or date the list does not take
are the page's ``withdrawn`` secrets. A position moved off the list (its product or date changed
in pretix) modifies its order, so the next changes pull names it there.

Each `PullPage` carries the cursor to store *with* that page's registrations, in one transaction;
`PullCursor` is a plain value (`to_json`/`from_json`) so the caller decides where it lives.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from checkin.domain.model import Registration
from checkin.progress import NoProgress, Progress
from checkin.sync.pretix_catalogue import Catalogue
from checkin.sync.pretix_http import Answer, PretixAnswerError, PretixError, PretixHttp
from checkin.sync.pretix_mapping import (
    OrderFacts,
    RemoteCheckIn,
    registration_from_position,
    remote_checkins,
)

CURSOR_VERSION = 1
FULL, DIFF = "full", "diff"
ORDER_EXCLUDES = ["payments", "refunds", "fees", "downloads"]


@dataclass(frozen=True)
class PullCursor:
    """Where the pull of one check-in list stands; store it as JSON (`to_json`).

    Attributes:
        organizer, event, list_id: what the cursor belongs to (checked on use).
        phase: ``"full"`` until the first download has read its last page, then ``"diff"``.
        since: pretix's time before the pages still unread were read (``modified_since``).
        resume_from: full phase: ``datetime`` of the last order read (``created_since``).
        revoked_since: ``created`` of the newest revoked secret already pulled.
    """

    organizer: str
    event: str
    list_id: int
    phase: str = FULL
    since: str = ""
    resume_from: str = ""
    revoked_since: str = ""
    version: int = CURSOR_VERSION

    @classmethod
    def start(cls, organizer: str, event: str, list_id: int) -> PullCursor:
        return cls(organizer, event, list_id)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PullCursor:
        """Read a stored cursor back.

        Raises:
            ValueError: another version, a missing field or a value of the wrong type.
        """
        if data.get("version") != CURSOR_VERSION:
            raise ValueError(f"pretix pull cursor version {data.get('version')!r} is not known")
        for item in fields(cls):
            value = data.get(item.name)
            expected = int if item.name in ("list_id", "version") else str
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ValueError(f"pretix pull cursor: {item.name} is missing or not {expected}")
        cursor = cls(**{item.name: data[item.name] for item in fields(cls)})
        if cursor.phase not in (FULL, DIFF) or (cursor.phase == DIFF and not cursor.since):
            raise ValueError(f"pretix pull cursor: phase {cursor.phase!r} without its time")
        return cursor


@dataclass(frozen=True)
class PullPage:
    """One page of a pull: apply it and store its cursor in one transaction.

    Attributes:
        registrations: the list's positions on these orders, mapped (valid or not).
        checkins: check-ins pretix holds for them on this list (any device).
        withdrawn: ticket secrets of positions on these orders that are not (or no longer) on
            the list (another product or date): the desk refuses those it holds.
        revoked: revoked ticket secrets (only on the last page; the newest one of the previous
            pull comes again, as ``created_since`` includes its instant).
        cursor: the cursor to store once this page is applied.
        phase: ``"full"``, ``"diff"`` or ``"revoked"``.
        read, total: orders read so far in this phase, and how many pretix counts.
        done: True on the last page of the pull.
    """

    registrations: tuple[Registration, ...]
    checkins: tuple[RemoteCheckIn, ...]
    withdrawn: tuple[str, ...]
    revoked: tuple[str, ...]
    cursor: PullCursor
    phase: str
    read: int
    total: int
    done: bool = False


PageStream = Generator[PullPage, None, PullCursor]


def pull(
    http: PretixHttp, catalogue: Catalogue, cursor: PullCursor, progress: Progress | None = None
) -> Iterator[PullPage]:
    """Yield the pages of a pull from ``cursor`` on: full download if unfinished, then changes.

    Stops early (without a ``done`` page) when ``progress.cancelled()``; the last page's cursor
    is where the next pull resumes.

    Raises:
        PretixError: the cursor belongs to another event or list, or pretix failed; the pages
            yielded before stay valid.
    """
    progress = progress or NoProgress()
    _check(cursor, http, catalogue)
    if cursor.phase == FULL:
        cursor = yield from _orders(http, catalogue, cursor, progress, FULL)
        if progress.cancelled():
            return
        cursor = replace(cursor, phase=DIFF, resume_from="")
    cursor = yield from _orders(http, catalogue, cursor, progress, DIFF)
    if not progress.cancelled():
        yield _revoked(http, cursor)


def _orders(
    http: PretixHttp, catalogue: Catalogue, cursor: PullCursor, progress: Progress, phase: str
) -> PageStream:
    read, first_time = 0, ""
    for answer in http.pages(
        http.event_path("orders/"), _order_params(http, catalogue, cursor, phase)
    ):
        first_time = first_time or _server_time(answer)
        orders = answer.body["results"]
        read += len(orders)
        total = int(answer.body.get("count") or 0)
        if phase == FULL:
            last = str(orders[-1]["datetime"]) if orders else cursor.resume_from
            cursor = replace(cursor, since=cursor.since or first_time, resume_from=last)
        progress.set(read / total if total else 1.0, f"pretix: {read} of {total} orders read")
        yield _page(orders, catalogue, cursor, phase, read, total)
        if progress.cancelled():
            return cursor
    return replace(cursor, since=first_time) if phase == DIFF and first_time else cursor


def _order_params(
    http: PretixHttp, catalogue: Catalogue, cursor: PullCursor, phase: str
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "page_size": http.page_size,
        "testmode": "false",
        "include_canceled_positions": "true",
        "exclude": ORDER_EXCLUDES,
    }
    if catalogue.checkin_list.subevent:
        params["subevent"] = catalogue.checkin_list.subevent
    if phase == FULL:
        params["ordering"] = "datetime"
        if cursor.resume_from:
            params["created_since"] = cursor.resume_from
    else:
        params["ordering"] = "-last_modified"
        params["modified_since"] = cursor.since
    return params


def _page(
    orders: list[Mapping[str, Any]],
    catalogue: Catalogue,
    cursor: PullCursor,
    phase: str,
    read: int,
    total: int,
) -> PullPage:
    registrations: list[Registration] = []
    checkins: list[RemoteCheckIn] = []
    withdrawn: list[str] = []
    checkin_list = catalogue.checkin_list
    for order in orders:
        try:
            facts = OrderFacts.from_order(order)
            for position in order.get("positions") or ():
                if not checkin_list.admits(int(position["item"]), position.get("subevent")):
                    withdrawn.append(str(position["secret"]))
                    continue
                registrations.append(registration_from_position(position, facts, catalogue))
                checkins.extend(remote_checkins(position, checkin_list.id))
        except (KeyError, TypeError, ValueError) as error:
            code = order.get("code", "?")
            raise PretixAnswerError(f"pretix order {code} cannot be read: {error!r}") from None
    return PullPage(
        tuple(registrations), tuple(checkins), tuple(withdrawn), (), cursor, phase, read, total
    )


def _revoked(http: PretixHttp, cursor: PullCursor) -> PullPage:
    params: dict[str, Any] = {"page_size": http.page_size, "ordering": "created"}
    if cursor.revoked_since:
        params["created_since"] = cursor.revoked_since
    secrets: list[str] = []
    newest = cursor.revoked_since
    for answer in http.pages(http.event_path("revokedsecrets/"), params):
        for row in answer.body["results"]:
            secrets.append(str(row["secret"]))
            newest = str(row.get("created") or newest)
    final = replace(cursor, revoked_since=newest)
    return PullPage((), (), (), tuple(secrets), final, "revoked", len(secrets), len(secrets), True)


def _server_time(answer: Answer) -> str:
    """Tell pretix's clock at the start of a request: X-Page-Generated, else Date less 1 min."""
    generated = answer.headers.get("X-Page-Generated")
    if generated:
        return str(generated)
    date_header = answer.headers.get("Date")
    if not date_header:
        raise PretixAnswerError(
            "pretix sent neither X-Page-Generated nor Date; cannot sync changes."
        )
    return (parsedate_to_datetime(date_header) - timedelta(minutes=1)).isoformat()


def _check(cursor: PullCursor, http: PretixHttp, catalogue: Catalogue) -> None:
    mine = (http.config.organizer, http.config.event, catalogue.checkin_list.id)
    theirs = (cursor.organizer, cursor.event, cursor.list_id)
    if mine != theirs:
        raise PretixError(
            f"The stored pull position belongs to {'/'.join(map(str, theirs))}, "
            f"not {'/'.join(map(str, mine))}; start a new pull for this list."
        )
