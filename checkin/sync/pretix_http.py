"""The wire to a pretix server: one requests Session with timeouts, urllib3 Retry and clear errors.

Everything here speaks pretix's REST API v1 (``/api/v1``), authenticated with a team API token
(``Authorization: Token …``) or a device's API token (``Authorization: Device …``). Lists are
page-number paginated (``count``/``next``/``results``, at most 50 a page); `PretixHttp.pages`
follows ``next`` but always against the configured server, so a proxy that rewrites the scheme
or host in ``next`` cannot send the token elsewhere.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from checkin import __version__
from checkin.errors import UserError
from checkin.messages import _
from checkin.sync.net_reason import reason

PAGE_SIZE = 50  # pretix caps page_size at 50 without saying so
TIMEOUT = (5.0, 30.0)  # seconds: connect, read
QUICK_TIMEOUT = (1.0, 1.5)  # the online check: fall back to the local copy quickly
RETRY_STATUSES = (429, 500, 502, 503, 504)
USER_AGENT = f"CheckinDesk/{__version__}"
_log = logging.getLogger(__name__)
Params = Mapping[str, str | int | list[str]]


class PretixError(UserError):
    """A pretix server did not give the answer needed; the message says what and what to do."""


class PretixUnreachableError(PretixError):
    """No answer, a timeout or a server error, even after retries: try again later."""


class PretixAuthError(PretixError):
    """The token was refused (401) or lacks a permission (403)."""


class PretixNotFoundError(PretixError):
    """The organizer, event or check-in list named does not exist for this token."""


class PretixAnswerError(PretixError):
    """pretix answered, but not in the shape this client knows."""


@dataclass(frozen=True)
class PretixConfig:
    """Where the event lives in pretix and how the desk signs in.

    Attributes:
        url: the server's address, e.g. ``https://pretix.eu`` (``/api/v1`` may be included).
        token: a team API token, or a device's ``api_token`` when ``auth`` is ``"Device"``.
        organizer: the organizer's short form (slug), e.g. ``nordconf``.
        event: the event's short form, e.g. ``nc27``.
        auth: ``"Token"`` for a team token, ``"Device"`` for an initialised device.
    """

    url: str
    token: str = field(repr=False)
    organizer: str
    event: str
    auth: Literal["Token", "Device"] = "Token"

    @property
    def api_url(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/api/v1") else f"{base}/api/v1"


@dataclass(frozen=True)
class Answer:
    """One HTTP answer: status code, parsed JSON body and the headers."""

    status: int
    body: Any  # parsed JSON: pretix answers objects, the shape depends on the endpoint
    headers: Mapping[str, str]


def default_retry(total: int = 4) -> Retry:
    """Retries for sync work: connection failures, 429 and 5xx, with exponential backoff.

    POST is retried too: the only POSTs sent through it are redeems that carry a nonce, which
    pretix stores once however often they arrive.
    """
    return Retry(
        total=total,
        connect=total,
        read=2,
        status=3,
        backoff_factor=0.5,
        backoff_max=8.0,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset({"GET", "POST"}),
        raise_on_status=False,
        respect_retry_after_header=True,
    )


def new_session(retry: Retry, token: str | None = None, scheme: str = "Token") -> requests.Session:
    """A Session with the retry policy mounted for http and https, and the token header."""
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "application/json"
    if token:
        session.headers["Authorization"] = f"{scheme} {token}"
    return session


class PretixHttp:
    """JSON requests to one pretix server, with the errors a desk can act on."""

    def __init__(
        self,
        config: PretixConfig,
        *,
        retry: Retry | None = None,
        timeout: tuple[float, float] = TIMEOUT,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.config = config
        self.timeout = timeout
        self.page_size = page_size
        self.session = new_session(retry or default_retry(), config.token, config.auth)
        self.quick = new_session(Retry(total=0, raise_on_status=False), config.token, config.auth)

    def close(self) -> None:
        self.session.close()
        self.quick.close()

    def event_path(self, suffix: str = "") -> str:
        return f"/organizers/{self.config.organizer}/events/{self.config.event}/{suffix}"

    def organizer_path(self, suffix: str = "") -> str:
        return f"/organizers/{self.config.organizer}/{suffix}"

    def get(self, path: str, params: Params | None = None) -> Answer:
        """GET a path below ``/api/v1``; raises a `PretixError` unless the answer is 2xx."""
        answer = self._send("GET", self._url(path), params=params)
        return _checked(answer, path)

    def post(
        self,
        path: str,
        body: Mapping[str, Any],
        *,
        quick: bool = False,
        expect: tuple[int, ...] = (),
    ) -> Answer:
        """POST JSON; answers with a status in ``expect`` are returned instead of raised.

        ``quick`` sends through the session without retries and with `QUICK_TIMEOUT`.
        """
        answer = self._send("POST", self._url(path), json=dict(body), quick=quick)
        return answer if answer.status in expect else _checked(answer, path)

    def pages(self, path: str, params: Params | None = None) -> Iterator[Answer]:
        """Yield every page of a paginated list, following ``next`` on this server."""
        url: str | None = self._url(path)
        query = params
        while url:
            answer = _checked(self._send("GET", url, params=query), path)
            yield answer
            url = self._rebased(answer.body.get("next"))
            query = None  # ``next`` carries the query

    def _url(self, path: str) -> str:
        return self.config.api_url + path

    def _rebased(self, link: Any) -> str | None:
        if not link:
            return None
        if not isinstance(link, str):
            raise PretixAnswerError(f"pretix sent a 'next' link that is not text: {link!r}")
        ours, theirs = urlsplit(self.config.api_url), urlsplit(link)
        return urlunsplit((ours.scheme, ours.netloc, theirs.path, theirs.query, ""))

    def _send(self, method: str, url: str, *, quick: bool = False, **kwargs: Any) -> Answer:
        session = self.quick if quick else self.session
        timeout = QUICK_TIMEOUT if quick else self.timeout
        try:
            response = session.request(method, url, timeout=timeout, **kwargs)
        except requests.Timeout:
            raise PretixUnreachableError(
                _("pretix at {url} did not answer in time").format(url=self.config.url)
            ) from None
        except requests.RequestException as error:
            _log.info("%s %s: %s", method, url, error)  # the raw cause: log only
            raise PretixUnreachableError(
                _("pretix at {url} cannot be reached ({reason})").format(
                    url=self.config.url, reason=reason(error))
            ) from None  # fmt: skip
        return Answer(response.status_code, _json(response), response.headers)


def _checked(answer: Answer, path: str) -> Answer:
    status = answer.status
    if 200 <= status < 300:
        if not isinstance(answer.body, dict | list):
            raise PretixAnswerError(
                _("pretix answered {path} with something that is not JSON").format(path=path)
            )
        return answer
    detail = _detail(answer.body)
    if status == 401:
        raise PretixAuthError(
            _("pretix refused the token ({detail}): check the API token").format(detail=detail)
        )
    if status == 403:
        raise PretixAuthError(
            _("pretix denied {path} ({detail}): the token lacks a permission, or the event does "
              "not exist. The token needs the team permissions to view orders and to check in "
              "(or a device on the pretixSCAN profile)").format(path=path, detail=detail)
        )  # fmt: skip
    if status == 404:
        raise PretixNotFoundError(
            _("pretix does not know {path} ({detail}): check organizer and event").format(
                path=path, detail=detail)
        )  # fmt: skip
    if status >= 500 or status == 429:
        raise PretixUnreachableError(
            _("pretix answered {status} on {path}: try again later").format(
                status=status, path=path)
        )  # fmt: skip
    raise PretixAnswerError(
        _("pretix refused {path} with {status}: {detail}").format(
            path=path, status=status, detail=detail)
    )  # fmt: skip


def _json(response: requests.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text[:300]


def _detail(body: Any) -> str:
    if isinstance(body, dict):
        text = body.get("detail") or body.get("reason") or body
        return str(text)[:300]
    return str(body)[:300] if body else "no details"
