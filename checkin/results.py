"""What the desk's calls answer: a check-in's result, an edit, an undo, each with what changed.

Each result carries an `OpChanges` (`checkin.store.changes`): the parts of the event file the
call changed, so the window refreshes only those, and the ids of its outbox entries for sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from checkin.domain.clock import utc_text
from checkin.domain.model import CheckIn, Decision, Registration
from checkin.store.changes import OpChanges
from checkin.store.lookup import Found

LAYOUT_NOTICE = (
    "The scanner seems set to another keyboard layout ({scanner}) than this computer "
    "({computer}); set the scanner to {computer} (see its manual) to stop these corrections."
)


@dataclass(frozen=True)
class CheckInResult:
    """The answer to one presented ticket, as the window and `checkin admit` show it.

    Attributes:
        ticket: the code as read (for unreadable text, its first 64 characters).
        decision: the outcome, the reason, an earlier check-in for a duplicate, notes.
        registration: whom the code belongs to, if anyone.
        checkin: the new log entry when admitted.
        message: why unreadable text is no ticket, or why an ambiguous code is refused.
        read_as: "" (as written), "case" (ignoring case) or "keyboard_layout".
        notice: "keyboard_layout" on this desk's first layout correction: show `notice_text`.
        notice_text: the sentence for the volunteer (English; the window and the command line
            word their own from ``layouts``).
        layouts: with ``read_as`` "keyboard_layout": the scanner's and the computer's layout.
        candidates: the codes an ambiguous text matched (reason AMBIGUOUS).
        changes: what the check-in changed (the log, counts, recent list, or an attempt).
    """

    ticket: str
    decision: Decision
    registration: Registration | None
    checkin: CheckIn | None = None
    message: str = ""
    read_as: str = ""  # "", "case" or "keyboard_layout": how the presented text was matched
    notice: str = ""  # "keyboard_layout", once per desk: show `notice_text` to the volunteer
    notice_text: str = ""
    layouts: tuple[str, str] | None = None
    candidates: tuple[str, ...] = ()  # the codes an ambiguous text matched (reason ambiguous)
    changes: OpChanges = field(default_factory=OpChanges)

    def to_json(self) -> dict[str, Any]:
        """Return the result as the JSON object `checkin admit` prints (keys are an API)."""
        name = self.registration.name if self.registration else ""
        out: dict[str, Any] = {
            "ticket": self.ticket,
            "result": self.decision.outcome.value,
            "reason": self.decision.reason.value,
            "name": name,
            "flags": list(self.decision.flags),
        }
        if self.decision.earlier is not None:
            out["first_at"] = utc_text(self.decision.earlier.at)
            out["first_desk"] = self.decision.earlier.desk
        if self.checkin is not None:
            out["checkin_id"] = self.checkin.id
        if self.message:
            out["message"] = self.message
        for key in ("read_as", "notice", "notice_text"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.candidates:
            out["candidates"] = list(self.candidates)
        if self.decision.valid_days:  # a wrong-day refusal: the days the ticket is valid
            out["valid_days"] = [day.isoformat() for day in self.decision.valid_days]
        return out


@dataclass(frozen=True)
class Edited:
    """A registration as an edit left it, and what the edit changed."""

    registration: Registration
    changes: OpChanges


@dataclass(frozen=True)
class Undone:
    """The undo entry written (it names the check-in it takes back), and what changed."""

    checkin: CheckIn
    changes: OpChanges


def with_lookup(result: CheckInResult, found: Found, layout_notice: bool) -> CheckInResult:
    """Add to a result how its ticket was found: ambiguity, case, or a keyboard-layout mix-up.

    Args:
        result: the decision on the ticket.
        found: what `checkin.store.lookup.resolve` made of the presented text.
        layout_notice: whether to carry the one-time keyboard-layout notice.
    """
    if found.candidates:
        listed = " and ".join(found.candidates)
        message = (
            f"Ignoring case, this code matches {listed}; the desk cannot tell which ticket it "
            "is. Scan it again, type it exactly, or find the person by name."
        )
        return replace(result, message=message, candidates=found.candidates)
    if found.mixup is None:
        return replace(result, read_as=found.read_as)
    layouts = (found.mixup.scanner, found.mixup.computer)
    if not layout_notice:
        return replace(result, read_as=found.read_as, layouts=layouts)
    text = LAYOUT_NOTICE.format(scanner=layouts[0], computer=layouts[1])
    return replace(
        result, read_as=found.read_as, notice="keyboard_layout", notice_text=text, layouts=layouts
    )
