"""Which registration a presented code means: as written, ignoring case, or through a layout mix-up.

The steps, each tried only when the one before found nobody:

1. The code as read by `checkin.domain.payload.parse` (invisible characters already gone).
2. The same code ignoring case, when exactly one registration matches (Caps Lock on a handheld:
   ``nhi-300001`` is ``NHI-300001``). When several match (pretix secrets are case-sensitive,
   so ``abc`` and ``ABC`` may both exist), the result names them all and nobody is admitted.
3. What a handheld set to another keyboard layout meant (`checkin.domain.keyboard`): every
   layout pair's reading of the text, parsed and looked up as above; used when exactly one
   registration (or one validly signed ticket) answers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from checkin.domain.keyboard import Mixup, readings
from checkin.domain.model import Reason, Registration
from checkin.domain.payload import PayloadError, TicketRef, parse
from checkin.store import registrations, search

Verify = Callable[[str, str], bool]  # (code, signature) -> whether the signature is ours


@dataclass(frozen=True)
class Found:
    """What a presented text turned out to mean.

    ``code`` is the registration's code when one was found, else the code as read (or the
    first 64 characters of an unreadable text, with ``error`` saying why). ``read_as`` says how
    it was found: "" as written, "case" ignoring case, "keyboard_layout" through ``mixup``.
    ``candidates`` lists the codes that matched when more than one did. ``void`` is set by
    `checkin.store.pretix_signed.vet` for a validly signed pretix secret that is still refused.
    """

    code: str
    registration: Registration | None
    signature_ok: bool | None = None
    read_as: str = ""
    mixup: Mixup | None = None
    candidates: tuple[str, ...] = ()
    error: str = ""
    void: Reason | None = None  # a signed pretix secret that is revoked or out of its window

    @property
    def settled(self) -> bool:
        """Tell whether the search can stop here (someone found, a signature, or ambiguity)."""
        return (
            self.registration is not None or self.signature_ok is not None or bool(self.candidates)
        )


def resolve(conn: sqlite3.Connection, text: str, verify: Verify) -> Found:
    """Find what a scanned, typed or piped text means (see the module docstring)."""
    try:
        ref: TicketRef | None = parse(text)
    except PayloadError as error:
        ref, problem = None, str(error)
    if ref is not None:
        found = _lookup(conn, ref, verify)
        if found.settled:
            return found
    mixed = _through_mixup(conn, text, verify)
    if mixed is not None:
        return mixed
    return found if ref is not None else Found(text[:64], None, error=problem)


def _lookup(conn: sqlite3.Connection, ref: TicketRef, verify: Verify) -> Found:
    if ref.signature is not None:
        ok = verify(ref.code, ref.signature)
        return Found(ref.code, registrations.get(conn, ref.code), ok)
    exact = registrations.get(conn, ref.code)
    if exact is not None:
        return Found(ref.code, exact)
    alike = search.codes_ignoring_case(conn, ref.code)
    if len(alike) == 1:
        return Found(alike[0], registrations.get(conn, alike[0]), read_as="case")
    return Found(ref.code, None, candidates=tuple(sorted(alike)))


def _through_mixup(conn: sqlite3.Connection, text: str, verify: Verify) -> Found | None:
    answers: dict[str, Found] = {}
    for meant, mixup in readings(text):
        try:
            ref = parse(meant)
        except PayloadError:
            continue
        found = _lookup(conn, ref, verify)
        if found.signature_ok is False or found.candidates or not found.settled:
            continue
        answers.setdefault(found.code, Found(
            found.code, found.registration, found.signature_ok, "keyboard_layout", mixup,
        ))  # fmt: skip
        if len(answers) > 1:
            return None
    return next(iter(answers.values()), None)
