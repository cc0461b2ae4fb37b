"""What a scanned QR code or a typed code says: the ticket code, and its signature if any.

Accepted, in the order tried:
- our own signed tickets, ``CK1:<CODE>:<SIGNATURE>`` (see `checkin.domain.signing`);
- URLs that carry the code: ``?code=`` / ``?secret=`` / ``?ticket=`` query values, or the last
  path segment (``https://hub.example/t/NHI-100234``);
- pretix secrets (long letters-and-digits strings) and Eventbrite barcodes (long digit
  strings), which are plain codes to us;
- any other short printable text, taken as a plain code.

Everything else is refused with a `PayloadError` that says why: empty, too long for a ticket,
control characters, or binary junk. A scanner must never crash the desk.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from checkin.domain.signing import PREFIX
from checkin.errors import UserError

MAX_LENGTH = 512
MAX_CODE_LENGTH = 128
URL_KEYS = ("code", "secret", "ticket", "t", "c", "id")
PRETIX_SECRET = re.compile(r"^[A-Za-z0-9]{24,64}$")
EVENTBRITE_BARCODE = re.compile(r"^\d{18,24}$")
SIGNED = re.compile(rf"^{PREFIX}:([A-Z0-9]{{4,64}}):([A-Z2-7]{{80,120}})$")
CODE_CHARS = re.compile(r"^[\w\-./+#@: ]+$")


@dataclass(frozen=True)
class TicketRef:
    """A ticket code read from a payload; ``signature`` is set for our own signed tickets."""

    code: str
    signature: str | None
    kind: str  # "signed", "plain", "url", "pretix", "eventbrite"


class PayloadError(UserError):
    """The scanned or typed text is not a ticket; the message says why."""


def parse(text: str) -> TicketRef:
    """Read a ticket reference from scanned or typed text, or say why it is not one."""
    clean = _checked(text)
    signed = SIGNED.match(clean.upper()) if clean[:4].upper() == f"{PREFIX}:" else None
    if signed:
        return TicketRef(signed.group(1), signed.group(2), "signed")
    if clean.lower().startswith(("http://", "https://")):
        return TicketRef(_code_in_url(clean), None, "url")
    return TicketRef(_plain_code(clean), None, _kind_of(clean))


def _checked(text: str) -> str:
    if not isinstance(text, str):
        raise PayloadError("The scanned code is not text.")
    clean = text.strip()
    if not clean:
        raise PayloadError("The code is empty.")
    if len(clean) > MAX_LENGTH:
        raise PayloadError(f"The code is too long for a ticket ({len(clean)} characters).")
    if "\ufffd" in clean or any(
        unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") for char in clean
    ):
        raise PayloadError("The code holds control characters or binary data; it is not a ticket.")
    return clean


def _code_in_url(url: str) -> str:
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for key in URL_KEYS:
        if query.get(key):
            return _plain_code(query[key][0])
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    if not segments:
        raise PayloadError("The link holds no ticket code.")
    return _plain_code(segments[-1])


def _plain_code(code: str) -> str:
    code = code.strip()
    if not code or len(code) > MAX_CODE_LENGTH or not CODE_CHARS.match(code):
        raise PayloadError("This does not look like a ticket code.")
    return code


def _kind_of(code: str) -> str:
    if EVENTBRITE_BARCODE.match(code):
        return "eventbrite"
    if PRETIX_SECRET.match(code):
        return "pretix"
    return "plain"
