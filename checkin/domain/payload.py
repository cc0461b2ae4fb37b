"""Ticket payloads (placeholder until the scanning module lands)."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.errors import UserError


@dataclass(frozen=True)
class TicketRef:
    """A ticket code read from a payload."""

    code: str
    signature: str | None
    kind: str


class PayloadError(UserError):
    """The payload is not a ticket."""


def parse(text: str) -> TicketRef:
    clean = text.strip()
    if not clean or len(clean) > 512 or any(ord(c) < 32 for c in clean):
        raise PayloadError("This is not a ticket code.")
    if clean.startswith("CK1:"):
        parts = clean.split(":")
        if len(parts) == 3:
            return TicketRef(parts[1], parts[2], "signed")
    return TicketRef(clean, None, "plain")
