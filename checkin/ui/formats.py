"""Dates, times, counts and people as the window writes them: one format per language.

The language's locale is made Qt's default when the language is switched (`checkin.ui.i18n`),
so "tir. 2. juni" in bokmål, "tys. 2. juni" in nynorsk and "Tue 2 June" in English come from
the same call. The date pattern itself is in the translation catalogue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from checkin.domain.model import Registration
from checkin.messages import language
from checkin.reports.language import Number


def count_text(value: int) -> str:
    """A count as the window's language writes it: "10 800" (nb, nn), "10,800" (en).

    The reports' rule (`checkin.reports.language.Number`), so the window, the dashboard, the
    command line and the documents write one number alike.
    """
    return str(Number(value, language()))


def day_text(day: date) -> str:
    """A day, short: "tir. 2. juni" / "Tue 2 June" (the current language's locale)."""
    pattern = QCoreApplication.translate("Formats", "ddd d MMMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def days_text(days: Iterable[date]) -> str:
    return ", ".join(day_text(day) for day in days)


def days_in_full(days: Iterable[date]) -> str:
    """Days written out for a sentence (the current language's locale).

    "mandag 30. november og tirsdag 1. desember" (nb), "Monday 30 November and Tuesday
    1 December" (en); "" for no days.
    """
    pattern = QCoreApplication.translate("Formats", "dddd d MMMM")
    written = [QLocale().toString(QDate(d.year, d.month, d.day), pattern) for d in days]
    if len(written) < 2:
        return "".join(written)
    last = QCoreApplication.translate("Formats", "{days} and {day}")
    return last.format(days=", ".join(written[:-1]), day=written[-1])


def time_text(moment: datetime, zone: ZoneInfo) -> str:
    """A time of day where the event is: "09:41"."""
    return moment.astimezone(zone).strftime("%H:%M")


def person_lines(people: Iterable[Registration | None], codes: Iterable[str]) -> list[str]:
    """Name people so that two with the same name can be told apart.

    Each is "name · organisation"; where two share both, the ticket code is added. A missing
    registration is shown by its code.
    """
    listed = list(zip(people, codes, strict=True))
    seen = Counter((p.name, p.organisation) for p, _ in listed if p is not None)
    lines = []
    for person, code in listed:
        if person is None:
            lines.append(code)
            continue
        parts = [person.name, person.organisation]
        if seen[(person.name, person.organisation)] > 1 or not person.organisation:
            parts.append(code)
        lines.append("  ·  ".join(part for part in parts if part))
    return lines
