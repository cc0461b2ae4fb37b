"""Why a connection to a hub or pretix failed, in a few words a volunteer can act on.

`reason` turns what requests/urllib3 raise (a chain of wrapped errors, hundreds of characters
long) into a short phrase: "connection refused", "host name not found", "no answer in time"...
The raw error goes to the log (``--verbose`` shows it); only the phrase reaches the terminal.
"""

from __future__ import annotations

import errno

import requests

from checkin.messages import N_, _

# errno of the OSError at the root of the chain -> the phrase (marked for translation)
_BY_ERRNO = {
    errno.ECONNREFUSED: N_("connection refused"),
    errno.ECONNRESET: N_("connection cut off"),
    errno.ETIMEDOUT: N_("no answer in time"),
    errno.ENETUNREACH: N_("no network"),
    errno.EHOSTUNREACH: N_("no route to the host"),
}
# words in the raw text (the errno is lost when urllib3 formats the error) -> the phrase
_BY_TEXT = (
    ("refused", N_("connection refused")),
    ("name or service not known", N_("host name not found")),
    ("temporary failure in name resolution", N_("host name not found")),
    ("nodename nor servname", N_("host name not found")),
    ("getaddrinfo failed", N_("host name not found")),
    ("timed out", N_("no answer in time")),
    ("reset by peer", N_("connection cut off")),
    ("remotedisconnected", N_("connection cut off")),
    ("network is unreachable", N_("no network")),
    ("no route to host", N_("no route to the host")),
)


def reason(error: BaseException) -> str:
    """A short, translated phrase for a failed connection, like ``connection refused``.

    Args:
        error: what the HTTP library raised (its causes are followed).

    Returns:
        The phrase; ``no connection`` when the cause is not one of the known kinds.
    """
    if isinstance(error, requests.exceptions.SSLError):
        return _("the certificate is not trusted")
    if isinstance(error, requests.Timeout):
        return _("no answer in time")
    for link in _chain(error):
        if isinstance(link, OSError) and link.errno in _BY_ERRNO:
            return _(_BY_ERRNO[link.errno])
    text = " ".join(str(link) for link in _chain(error)).casefold()
    for words, phrase in _BY_TEXT:
        if words in text:
            return _(phrase)
    return _("no connection")


def _chain(error: BaseException) -> list[BaseException]:
    """The error and what it wraps (causes, contexts, urllib3's ``reason``), at most 10 deep."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [error]
    while todo and len(seen) < 10:
        link = todo.pop()
        if any(link is old for old in seen):
            continue
        seen.append(link)
        wrapped = [link.__cause__, link.__context__, getattr(link, "reason", None)]
        wrapped += [arg for arg in link.args if isinstance(arg, BaseException)]
        todo.extend(item for item in wrapped if isinstance(item, BaseException))
    return seen
