"""The words of a report or export in the language chosen for it (nb, nn or en).

A document's language is chosen per document (``--lang``, the dashboard's choice), not per
process, so it has a catalogue of its own: the same gettext catalogues as every message
(`checkin.messages`, assets/locale), opened for that language. Words are marked with `N_`
where they are declared here and translated when a document is written.
"""

from __future__ import annotations

import gettext
import re
from functools import partial
from typing import Any

from checkin.domain.model import EXPORTED, MAIN_POINT
from checkin.messages import DOMAIN, LANGUAGES, N_, language, locale_dir, normalise

HEADERS = {
    "code": N_("Ticket code"),
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "organisation": N_("Organisation"),
    "email": N_("E-mail"),
    "category": N_("Category"),
    "ticket_type": N_("Ticket type"),
    "status": N_("Status"),
    "order_code": N_("Order"),
}  # the export's columns (`EXPORTED`); bokmål matches the declared headers (a test checks)
STATUSES = {"valid": N_("Valid"), "cancelled": N_("Cancelled")}
FIELDS = {
    "category": N_("Category"),
    "ticket_type": N_("Ticket type"),
    "organisation": N_("Organisation"),
    "status": N_("Status"),
    "order_code": N_("Order"),
    "day": N_("Day"),
    "point": N_("Check-in point"),
}  # the names of what a report can group by; an imported column is named by its header
DASHBOARD = {
    "title": N_("Attendance dashboard"),
    "day": N_("Day:"),
    "by": N_("Group by:"),
    "search": N_("Search the missing…"),
    "save_pdf": N_("Save as PDF…"),
    "pace": N_(
        "{pace:.1f} check-ins a minute (last {window} min); {remaining} still expected: "
        "about {minutes:.0f} min at this pace."
    ),
    "pace_hours": N_(
        "{pace:.1f} check-ins a minute (last {window} min); {remaining} still expected: about "
        "{hours:.0f} hours at this pace."
    ),  # from `HOURS_FROM` minutes on: "about 141 hours", not "about 8,479 min"
    "no_pace": N_("No check-ins in the last {window} minutes; {remaining} still expected."),
    "queue": N_("In the queue:"),
    "wait": N_("The queue of {queue} takes about {minutes:.0f} minutes at the current pace."),
    "alias": N_("A name as written (e.g. Haukeland)"),
    "alias_target": N_("…counts as the organisation (e.g. Helse Bergen HF)"),
    "join": N_("Join organisations"),
}  # the window's dashboard (checkin/ui/dashboard.py) speaks the reports' catalogue


HOURS_FROM = 120  # a time to clear of this many minutes or more is said in hours
POINTS = {MAIN_POINT: N_("main entrance")}  # a point's name as documents show it; others as set
DECIMAL_COMMA = ("nb", "nn")  # Norwegian writes 2,5; English 2.5
GROUPS = {"nb": "\u00a0", "nn": "\u00a0", "en": ","}  # 10 058 (a no-break space), 10,058
_SPEC = re.compile(r"(?P<layout>[^.]*?)(?:\.(?P<digits>\d+))?(?P<kind>[df]?)")


class Number:
    """A number that writes itself as a language does in ``str.format``: "10 058", "2,5".

    Counts (ints, specs "" or "d") and decimals (specs such as ".1f") are grouped by
    thousands with the language's separator (`GROUPS`: a no-break space in Norwegian, as
    QLocale writes it) and get its decimal sign; a width or alignment before the precision
    applies to the text. Any other spec formats the plain number.

    Args:
        value: the number.
        code: nb, nn or en.
    """

    def __init__(self, value: float, code: str) -> None:
        self.value, self.code = value, code

    def __format__(self, spec: str) -> str:
        found = _SPEC.fullmatch(spec)
        whole = isinstance(self.value, int) and found is not None and not found["digits"]
        if found is None or not (found["kind"] == "f" or (whole and found["kind"] in ("", "d"))):
            return format(self.value, spec)
        digits = 0 if found["kind"] != "f" else int(found["digits"] or 6)
        text = f"{self.value:,.{digits}f}".translate(
            {ord(","): GROUPS.get(self.code, ","), ord("."): "," if self.code in DECIMAL_COMMA
             else "."}
        )  # fmt: skip
        return format(text, found["layout"])

    def __str__(self) -> str:
        return format(self, "")

    def __float__(self) -> float:
        return float(self.value)


class Sentence(str):
    """A translated text whose ``format`` writes its numbers as its language does (`Number`).

    The dashboard formats some of its texts itself (the headline): handed a Sentence, its
    counts come out grouped as everywhere else.
    """

    code: str

    def __new__(cls, text: str, code: str) -> Sentence:
        sentence = super().__new__(cls, text)
        sentence.code = code
        return sentence

    def format(self, *args: Any, **values: Any) -> str:
        """Format as `str.format`, with every int and float written as a `Number`."""
        number = partial(_as_number, code=self.code)
        return str.format(self, *map(number, args), **{k: number(v) for k, v in values.items()})


def _as_number(value: Any, code: str) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Number(value, code)
    return value


class Words:
    """Translates a document's words into one language.

    Args:
        code: nb, nn or en (a locale name such as nb_NO works too); None for the language
            the command line speaks (`checkin.messages.language`).
    """

    def __init__(self, code: str | None = None) -> None:
        self.code = normalise(code) or language() if code else language()
        self._catalogue = gettext.translation(
            DOMAIN, locale_dir(), languages=[self.code], fallback=True
        )

    def __call__(self, message: str) -> str:
        """Return a message (its English text, marked with `N_`) in this language."""
        return self._catalogue.gettext(message)

    def header(self, field: str) -> str:
        """Return the export's column header of a registration field."""
        return self(HEADERS[field])

    def status(self, value: str) -> str:
        """Return a registration's status (valid, cancelled) as a word of this language."""
        return self(STATUSES[value]) if value in STATUSES else value

    def number(self, value: float) -> Number:
        """Return a number that formats as this language writes it ("10 058", ``{:.1f}``: "2,5")."""
        return Number(value, self.code)

    def sentence(self, message: str) -> Sentence:
        """Return a message in this language whose ``format`` writes numbers as it does."""
        return Sentence(self(message), self.code)

    def format(self, text: str, *args: Any, **values: Any) -> str:
        """Format a text already in this language, its numbers written as it does (`Number`)."""
        return Sentence(text, self.code).format(*args, **values)

    def point(self, name: str) -> str:
        """Return a check-in point's name as a document shows it.

        The default point (`MAIN_POINT`, "main") is a word of this language ("main entrance",
        "hovedinngang"); any other point keeps the name the organiser gave it. JSON keeps the
        identifier.
        """
        return self(POINTS[name]) if name in POINTS else name

    def group(self, field: str | None, key: str) -> str:
        """Return a group's key as shown: a status or a point in this language, else as it is."""
        if field == "status":
            return self.status(key)
        return self.point(key) if field == "point" else key

    def field(self, name: str | None) -> str:
        """Return the name of what a report groups by (an imported column keeps its header)."""
        if name is None:
            return ""
        return self(FIELDS[name]) if name in FIELDS else name


def exported_fields() -> tuple[str, ...]:
    """Return the registration fields an export writes, in order (`EXPORTED`)."""
    return tuple(name for name, _ in EXPORTED)


def check_language(code: str) -> str:
    """Return a language code the documents speak, or raise ValueError naming the choices."""
    found = normalise(code)
    if found is None:
        raise ValueError(f"'{code}' is not one of {', '.join(LANGUAGES)}")
    return found
