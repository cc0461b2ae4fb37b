"""The values the pretix sync engine and the event file hand each other (no I/O).

`checkin.sync.pretix_engine` reads `QueuedRow` from the event file and gives it
`PulledCheckIn` values (`checkin.store.sync_pretix`); neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class QueuedRow:
    """A check-in made here that waits for pretix.

    Attributes:
        change_id: its outbox change (marked sent or refused once pretix answered).
        nonce: the check-in's own id, a random UUID made once at the desk: pretix keeps one
            check-in per nonce, so sending it again stores nothing new.
        code: the ticket code (the pretix secret as scanned).
        at: the real scan time (aware, UTC).
    """

    change_id: str
    nonce: str
    code: str
    at: datetime


@dataclass(frozen=True)
class PulledCheckIn:
    """A check-in pretix holds (from any device), as the event file stores it.

    Attributes:
        id: pretix's check-in id (the log's entry is ``pretix-<id>``).
        code: the ticket's secret.
        at: when it was made (aware).
        device: who made it, in words (``pretix device 7``, or ``pretix``).
    """

    id: int
    code: str
    at: datetime
    device: str
