"""The desk's client for a hub: push a batch, pull since a cursor, page through registrations.

Plain Python over a `requests.Session` (no Qt, no event file), so the desk's sync engine, the
command line and tests use it alike. Connection failures and 502/503/504/429 answers are
retried with exponential backoff by urllib3's `Retry` (POSTs too: a batch id makes a push
safe to repeat); every request has a connect and a read timeout. What still fails comes out
as one of three errors the caller can act on: `HubUnreachableError` (try later; ``checkin
sync`` exits 3), `TokenRefusedError` (ask for a new token; exits 2), `HubRefusedError` (the
hub said no, with its code and message).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from checkin.messages import _
from checkin.sync.answers import (
    Duplicate,
    ErrorBody,
    EventInfo,
    Health,
    PullPage,
    PushResult,
    RegistrationPage,
)
from checkin.sync.net_reason import reason
from checkin.sync.protocol import MAX_BATCH_ENTRIES, PROTOCOL_VERSION, Batch, Entry, describe

CONNECT_TIMEOUT_S = 3.05
READ_TIMEOUT_S = 30.0
RETRIES = 3
BACKOFF_S = 0.5
Answer = TypeVar("Answer", bound=BaseModel)
_log = logging.getLogger(__name__)


class SyncError(Exception):
    """Base of everything the client raises."""


class HubUnreachableError(SyncError):
    """No answer from the hub (refused, timed out, reset, or 5xx after the retries)."""


class HubRefusedError(SyncError):
    """The hub answered with a 4xx refusal; ``code`` is its stable error code."""

    def __init__(self, status: int, code: str, message: str, details: list[Any]) -> None:
        super().__init__(f"{message} ({status} {code})")
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class TokenRefusedError(HubRefusedError):
    """The token is unknown, revoked, or not for this event or action (401/403)."""


class BadAnswerError(SyncError):
    """The hub answered something that is not version-1 sync JSON."""


class HubClient:
    """One hub at one base URL, with one token.

    Args:
        url: the hub's base URL, like ``https://hub.local:8765``.
        token: the desk's (or admin's) token.
        timeout: (connect, read) timeouts in seconds.
        retries: how many times a failed connection or 429/502/503/504 is retried.
        backoff: the first retry's delay in seconds; each later one doubles it.
        verify: True, or the path of a CA bundle/certificate to trust (a self-signed hub).
    """

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
        retries: int = RETRIES,
        backoff: float = BACKOFF_S,
        verify: bool | str = True,
    ) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}",
                                     "Accept": "application/json"})  # fmt: skip
        self.verify = verify  # passed per request: REQUESTS_CA_BUNDLE would override the session's
        retry = Retry(
            total=retries, connect=retries, read=retries, status=retries, other=0,
            backoff_factor=backoff, status_forcelist=(429, 502, 503, 504),
            allowed_methods=frozenset({"GET", "POST"}), raise_on_status=False,
            respect_retry_after_header=True,
        )  # fmt: skip
        adapter = HTTPAdapter(max_retries=retry, pool_maxsize=4)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- requests ---------------------------------------------------------------------
    def health(self) -> Health:
        """Ask whether the hub and its database answer."""
        return self._get("/health", Health)

    def events(self) -> list[EventInfo]:
        """Return the events this token may use."""
        raw = self._request("GET", "/v1/events")
        return _parse_list(raw, EventInfo)

    def event(self, slug: str) -> EventInfo:
        """Return one event, with the key pair its tickets are signed with."""
        return self._get(f"/v1/events/{slug}", EventInfo)

    def push(
        self, slug: str, entries: Sequence[Entry], desk: str, batch_id: str | None = None
    ) -> PushResult:
        """Push up to MAX_BATCH_ENTRIES entries as one batch; safe to repeat with the same id.

        A repeated batch (the hub answers 409 ``batch_replayed``) returns the hub's first
        answer with ``replayed`` set: for the desk, a replay is a success.
        """
        if not entries or len(entries) > MAX_BATCH_ENTRIES:
            raise ValueError(f"a batch holds 1 to {MAX_BATCH_ENTRIES} entries, not {len(entries)}")
        batch = Batch(
            version=PROTOCOL_VERSION, batch_id=batch_id or str(uuid.uuid4()), desk=desk,
            sent_at=datetime.now(UTC), entries=list(entries),
        )  # fmt: skip
        body = batch.model_dump_json(exclude_none=True).encode("utf-8")
        headers = {"Content-Type": "application/json", "Idempotency-Key": batch.batch_id}
        try:
            raw = self._request("POST", f"/v1/events/{slug}/entries", data=body, headers=headers)
        except HubRefusedError as refusal:
            if refusal.code == "batch_replayed" and refusal.details:  # stored before: success
                return PushResult.model_validate(refusal.details[0])
            raise
        return _parse(raw, PushResult)

    def pull(self, slug: str, since: int, limit: int = 1000) -> PullPage:
        """Return entries with a sequence number above ``since`` (a page of at most ``limit``)."""
        params = {"since": since, "limit": limit}
        return _parse(self._request("GET", f"/v1/events/{slug}/entries", params=params), PullPage)

    def pull_all(self, slug: str, since: int, limit: int = 1000) -> Iterator[PullPage]:
        """Yield pages until the log is exhausted; store each ``next_since`` as the cursor."""
        while True:
            page = self.pull(slug, since, limit)
            yield page
            if not page.more:
                return
            since = page.next_since

    def registrations(self, slug: str, after: str = "", limit: int = 1000) -> RegistrationPage:
        """Return a page of merged registrations with codes after ``after``."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        raw = self._request("GET", f"/v1/events/{slug}/registrations", params=params)
        return _parse(raw, RegistrationPage)

    def all_registrations(
        self, slug: str, after: str = "", limit: int = 1000
    ) -> Iterator[RegistrationPage]:
        """Yield pages from ``after`` on; resume an interrupted pull from the last page's code.

        Keep the first page's ``as_of``: pulling entries since it afterwards catches the
        edits made while the pages were read.
        """
        while True:
            page = self.registrations(slug, after, limit)
            yield page
            if page.next_after is None:
                return
            after = page.next_after

    def duplicates(self, slug: str) -> list[Duplicate]:
        """Return the tickets admitted more than once at a point on a day, with desks and times."""
        return _parse_list(self._request("GET", f"/v1/events/{slug}/duplicates"), Duplicate)

    # -- plumbing ---------------------------------------------------------------------
    def _get(self, path: str, model: type[Answer]) -> Answer:
        return _parse(self._request("GET", path), model)

    def _request(self, method: str, path: str, **kwargs: Any) -> bytes:
        try:
            response = self.session.request(
                method, self.url + path, timeout=self.timeout, verify=self.verify, **kwargs
            )
        except requests.exceptions.RequestException as error:
            _log.info("%s %s: %s", method, self.url + path, error)  # the raw cause: log only
            raise HubUnreachableError(_unreachable(self.url, reason(error))) from error
        if response.status_code >= 500:
            answered = _("it answered {status}, a fault on its side").format(
                status=response.status_code
            )
            raise HubUnreachableError(_unreachable(self.url, answered))
        if response.status_code >= 400:
            raise _refusal(response)
        return response.content


def _unreachable(url: str, why: str) -> str:
    return _("the hub at {url} could not be reached ({reason})").format(url=url, reason=why)


def _refusal(response: requests.Response) -> HubRefusedError:
    try:
        error = ErrorBody.model_validate_json(response.content).error
        code, message, details = error.code, error.message, error.details
    except ValidationError:
        code, message, details = "http_error", response.text[:200], []
    kind = TokenRefusedError if response.status_code in (401, 403) else HubRefusedError
    return kind(response.status_code, code, message, details)


def _parse(raw: bytes, model: type[Answer]) -> Answer:
    try:
        return model.model_validate_json(raw)
    except ValidationError as error:
        raise BadAnswerError(
            f"the hub's answer is not a {model.__name__}: {describe(error)}"
        ) from None


def _parse_list(raw: bytes, model: type[Answer]) -> list[Answer]:
    try:
        return TypeAdapter(list[model]).validate_json(raw)  # type: ignore[valid-type]
    except ValidationError as error:
        raise BadAnswerError(f"the hub's answer is not a list of {model.__name__}: "
                        f"{describe(error)}") from None  # fmt: skip
