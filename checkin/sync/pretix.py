"""PretixClient: the desk's one way to a pretix event (read, pull for offline use, upload scans).

A sketch of how sync uses it::

    client = PretixClient(PretixConfig(url, token, "nordconf", "nc27"))
    catalogue = client.catalogue(list_id)              # event, list, products
    cursor = PullCursor.from_json(stored) if stored else client.start_cursor(list_id)
    for page in client.pull(catalogue, cursor, progress):
        apply(page.registrations, page.checkins, page.withdrawn, page.revoked)
        store(page.cursor.to_json())                   # same transaction as apply
    for outcome in client.upload(queued_checkins):     # QueuedCheckIn: nonce, secret, list, time
        record(outcome)                                # before the next one is sent

The parts live in ``pretix_http`` (wire, errors), ``pretix_catalogue`` (event, lists, products),
``pretix_mapping`` (position → Registration), ``pretix_pull``, ``pretix_upload`` and
``pretix_device``; signed secrets are checked offline by `checkin.domain.pretix_secrets`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType

from urllib3.util.retry import Retry

from checkin.domain.pretix_secrets import SecretCheck, load_keys, verify
from checkin.progress import Progress
from checkin.sync.pretix_catalogue import (
    Catalogue,
    CheckinList,
    PretixEvent,
    Product,
    read_catalogue,
    read_checkin_lists,
    read_event,
    read_products,
)
from checkin.sync.pretix_http import PAGE_SIZE, TIMEOUT, PretixConfig, PretixHttp
from checkin.sync.pretix_pull import PullCursor, PullPage, pull
from checkin.sync.pretix_upload import (
    OnlineAnswer,
    QueuedCheckIn,
    UploadOutcome,
    check_online,
    upload,
)


class PretixClient:
    """Everything the desk asks of one pretix event, over one HTTP session.

    Errors are `checkin.sync.pretix_http.PretixError` subclasses: ``PretixUnreachableError`` (try
    later), ``PretixAuthError`` (token refused), ``PretixNotFoundError``, ``PretixAnswerError``.
    """

    def __init__(
        self,
        config: PretixConfig,
        *,
        retry: Retry | None = None,
        timeout: tuple[float, float] = TIMEOUT,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.config = config
        self.http = PretixHttp(config, retry=retry, timeout=timeout, page_size=page_size)

    def __enter__(self) -> PretixClient:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP session."""
        self.http.close()

    def event(self) -> PretixEvent:
        """Return the event: its name, days (dates or a series' subevents), zone, signing keys."""
        return read_event(self.http)

    def checkin_lists(self) -> tuple[CheckinList, ...]:
        """Return the event's check-in lists (``/checkinlists/``)."""
        return read_checkin_lists(self.http)

    def products(self) -> dict[int, Product]:
        """Return the event's products by pretix id, with their variations."""
        return read_products(self.http)

    def catalogue(self, list_id: int) -> Catalogue:
        """Return what mapping positions needs: the event, one check-in list, the products."""
        return read_catalogue(self.http, list_id)

    def start_cursor(self, list_id: int) -> PullCursor:
        """Return the cursor of a first, full pull of one check-in list."""
        return PullCursor.start(self.config.organizer, self.config.event, list_id)

    def pull(
        self, catalogue: Catalogue, cursor: PullCursor, progress: Progress | None = None
    ) -> Iterator[PullPage]:
        """Yield pages of registrations and check-ins from ``cursor`` on (`pretix_pull`).

        Store each page with its ``cursor`` in one transaction; a stopped pull resumes there.
        """
        return pull(self.http, catalogue, cursor, progress)

    def upload(self, queue: Iterable[QueuedCheckIn]) -> Iterator[UploadOutcome]:
        """Upload offline check-ins, yielding what pretix said of each (`pretix_upload`)."""
        return upload(self.http, queue)

    def check_online(
        self, checkin: QueuedCheckIn, catalogue: Catalogue, *, simulate: bool = False
    ) -> OnlineAnswer:
        """Ask pretix to decide a scan now (``/checkinrpc/redeem/``); ``simulate`` stores none."""
        return check_online(self.http, checkin, catalogue, simulate=simulate)


def verify_secret(secret: str, event: PretixEvent, revoked: Iterable[str] = ()) -> SecretCheck:
    """Check a scanned secret offline against the event's pretix_sig1 keys and revocations."""
    return verify(secret, load_keys(event.sig1_keys), frozenset(revoked))
