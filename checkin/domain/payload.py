"""What a scanned QR code or a typed code says: the ticket code, and its signature if any.

Accepted, in the order tried:
- our own signed tickets, ``CK1:<CODE>:<SIGNATURE>`` (see `checkin.domain.signing`);
- URLs that carry the code: ``?code=`` / ``?secret=`` / ``?ticket=`` query values, or the last
  path segment (``https://hub.example/t/NHI-100234``);
- pretix secrets (letters, digits and ``+ / =``; signed "pretix_sig1" secrets begin with ``=``
  or ``==``) and Eventbrite barcodes (long digit strings), which are plain codes to us;
- any other ticket code (`code_problem` says which: the one definition the importer uses too).

Invisible characters are never part of a code: a byte-order mark, zero-width spaces and
joiners, no-break spaces and other format characters are removed from everything presented
(`strip_invisible`), whether it was scanned, typed or piped. Everything else is refused with a
`PayloadError` that says why: empty, too long for a ticket, control characters, or binary junk.
A scanner must never crash the desk.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from checkin.domain.signing import PREFIX
from checkin.errors import UserError

MAX_LENGTH = 512
MAX_CODE_LENGTH = 255  # pretix's secret column is 255 characters
URL_KEYS = ("code", "secret", "ticket", "t", "c", "id")
PRETIX_SECRET = re.compile(r"^[A-Za-z0-9+/=]{24,}$")
EVENTBRITE_BARCODE = re.compile(r"^\d{18,24}$")
SIGNED = re.compile(rf"^{PREFIX}:([A-Z0-9]{{4,64}}):([A-Z2-7]{{80,120}})$")
CODE_PUNCTUATION = "-._~+/=#@:"
CODE_LETTERS = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo", "Nd"))
_ASCII_WORD = r"[A-Za-z0-9\-._~+/=#@:]+"
ASCII_CODE = re.compile(rf"{_ASCII_WORD}(?: {_ASCII_WORD})*")  # the common case, checked fast
# Not Cf, but as invisible in a code: no-break spaces, the combining grapheme joiner,
# variation selectors and the Hangul fillers.
INVISIBLE_EXTRA = frozenset(
    "\u00a0\u2007\u202f\u034f\u115f\u1160\u3164\uffa0" + "".join(map(chr, range(0xFE00, 0xFE10)))
)


@dataclass(frozen=True)
class TicketRef:
    """A ticket code read from a payload; ``signature`` is set for our own signed tickets."""

    code: str
    signature: str | None
    kind: str  # "signed", "plain", "url", "pretix", "eventbrite"


class PayloadError(UserError):
    """The scanned or typed text is not a ticket; the message says why."""


def is_invisible(char: str) -> bool:
    """Tell whether a character is invisible decoration (BOM, zero-width, NBSP, other Cf)."""
    return char in INVISIBLE_EXTRA or unicodedata.category(char) == "Cf"


def strip_invisible(text: str) -> str:
    """Remove invisible characters (see `is_invisible`) from a presented or imported code."""
    if text.isascii():
        return text
    return "".join(char for char in text if not is_invisible(char))


def code_problem(code: str) -> str | None:
    """Say what keeps a text from being a ticket code, or None when it is one.

    A ticket code is 1 to MAX_CODE_LENGTH characters: letters, digits, ``- . _ ~ + / = # @ :``
    and single spaces between them. This is the one definition: the payload parser admits
    exactly these, and the importer refuses any other code (so every imported code can be
    admitted at the desk).
    """
    if len(code) <= MAX_CODE_LENGTH and ASCII_CODE.fullmatch(code):
        return None
    if not code:
        return "the ticket code is empty"
    if len(code) > MAX_CODE_LENGTH:
        return f"the ticket code has {len(code)} characters; at most {MAX_CODE_LENGTH} can be"
    if code != code.strip() or "  " in code:
        return "the ticket code starts or ends with a space, or has two spaces in a row"
    bad = sorted({char for char in code if not _code_char(char)})
    if bad:
        shown = " ".join(repr(char) if char.isprintable() else f"U+{ord(char):04X}" for char in bad)
        return (
            f"the ticket code holds {shown}; a code may hold letters, digits, spaces and "
            f"{' '.join(CODE_PUNCTUATION)}"
        )
    return None


def _code_char(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char in CODE_PUNCTUATION or char == " "
    return unicodedata.category(char) in CODE_LETTERS


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
    clean = " ".join(strip_invisible(text).split())
    if not clean.isascii():
        clean = unicodedata.normalize("NFC", clean)
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
    code = " ".join(strip_invisible(code).split())
    problem = code_problem(code)
    if problem is not None:
        raise PayloadError(f"This does not look like a ticket code: {problem}.")
    return code


def _kind_of(code: str) -> str:
    if EVENTBRITE_BARCODE.match(code):
        return "eventbrite"
    if PRETIX_SECRET.match(code):
        return "pretix"
    return "plain"


def imported_code_problem(code: str) -> str | None:
    """Say why an imported code could never be admitted at the desk, or None if it can.

    The importer's check, built on `parse` itself: a code is accepted only when the desk,
    presented with exactly that text, reads back exactly that code (so a whole signed ticket
    or a link in the code column is refused too, naming what the desk would read instead).
    """
    problem = code_problem(code)
    if problem is not None:
        return problem
    if code.isascii() and not code.upper().startswith((f"{PREFIX}:", "HTTP://", "HTTPS://")):
        return None  # a plain ASCII code: `parse` gives it back as it is (tested both ways)
    try:
        ref = parse(code)
    except PayloadError as error:  # pragma: no cover - code_problem already refused it
        return str(error)
    if ref.signature is not None or ref.code != code:
        return f"the desk would read this as the ticket code '{ref.code}', not as itself"
    return None
