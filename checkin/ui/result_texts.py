"""What the card says about a result, in the user's language: why not, how it was read.

The desk's result is data (`checkin.results.CheckInResult`): a reason from a closed set, the
candidate codes of an ambiguous text, how a ticket was read (``read_as``), and a notice about
the desk's set-up. Each is put in words here; the English in the result is for the command line.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from checkin.config import QT_TRANSLATE_NOOP
from checkin.desk import CheckInResult
from checkin.domain.model import Reason
from checkin.ui.formats import days_in_full

LAYOUTS = {  # keyboard layouts by name (translated in layout_name)
    "US": QT_TRANSLATE_NOOP("Layouts", "US English"),
    "UK": QT_TRANSLATE_NOOP("Layouts", "UK English"),
    "Norwegian": QT_TRANSLATE_NOOP("Layouts", "Norwegian"),
    "Swedish": QT_TRANSLATE_NOOP("Layouts", "Swedish"),
    "Danish": QT_TRANSLATE_NOOP("Layouts", "Danish"),
    "German": QT_TRANSLATE_NOOP("Layouts", "German"),
}
# the two layouts named in the desk's notice: "... layout (US) than this computer (Norwegian)"
NOTICE_LAYOUTS = re.compile(r"\((\w+)\)[^(]*\((\w+)\)")


def reason_text(
    reason: Reason, candidates: tuple[str, ...] = (), valid_days: tuple[date, ...] = ()
) -> str:
    """Say in plain words why a ticket was refused (translated).

    ``valid_days``: for a wrong-day refusal, the days the ticket is valid; they are named.
    """
    translate = QCoreApplication.translate
    if reason is Reason.WRONG_DAY and valid_days:
        text = translate("ResultCard", "Not valid today. This ticket is valid on {days}.")
        return text.format(days=days_in_full(valid_days))
    if reason is Reason.AMBIGUOUS:
        text = translate(
            "ResultCard", "Two registrations differ only by upper and lower case ({codes}): the "
            "desk cannot tell which this is. Scan it again, type it exactly, or search by name."
        )  # fmt: skip
        return text.format(codes=" / ".join(candidates) or "?")
    texts = {
        Reason.UNKNOWN: translate("ResultCard", "Unknown ticket: not on the list for this event."),
        Reason.CANCELLED: translate("ResultCard", "This ticket has been cancelled."),
        Reason.WRONG_DAY: translate("ResultCard", "This ticket is not valid today."),
        Reason.NOT_AN_EVENT_DAY: translate("ResultCard", "Today is not a day of this event."),
        Reason.WRONG_POINT: translate("ResultCard", "This ticket does not give entry here."),
        Reason.FORGED: translate(
            "ResultCard", "This ticket is not genuine (the signature does not match)."
        ),
        Reason.UNREADABLE: translate("ResultCard", "That was not a ticket code."),
        Reason.PENDING: translate("ResultCard", "Valid ticket, registration not yet on this desk."),
    }
    return texts.get(reason, "")


def read_as_text(read_as: str) -> str:
    """How the ticket was found, when not as written ("" when it was)."""
    translate = QCoreApplication.translate
    texts = {
        "case": translate("ResultCard", "(Read ignoring upper and lower case.)"),
        "keyboard_layout": translate(
            "ResultCard", "(Read as the scanner meant it: it types with another keyboard layout.)"
        ),
    }
    return texts.get(read_as, "")


def layout_name(layout: str) -> str:
    return QCoreApplication.translate("Layouts", LAYOUTS[layout]) if layout in LAYOUTS else layout


def notice_text(result: CheckInResult) -> str:
    """The notice the desk gives once about its set-up, in words ("" when there is none)."""
    if result.notice != "keyboard_layout":
        return result.notice_text
    translate = QCoreApplication.translate
    found = NOTICE_LAYOUTS.search(result.notice_text)
    if found is None:
        return translate(
            "ResultCard", "The scanner seems set to another keyboard layout than this computer; "
            "set it to this computer's layout (see its manual) to stop these corrections."
        )  # fmt: skip
    text = translate(
        "ResultCard", "The scanner seems set to another keyboard layout ({scanner}) than this "
        "computer ({computer}); set the scanner to {computer} (see its manual) to stop these "
        "corrections."
    )  # fmt: skip
    return text.format(scanner=layout_name(found[1]), computer=layout_name(found[2]))
