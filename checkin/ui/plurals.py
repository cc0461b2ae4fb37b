"""The window's texts that depend on a count, in Qt's plural forms (``%n``).

Each language says "1 check-in" and "2 check-ins" its own way: the catalogues hold one form per
plural rule (English too: `assets/translations/checkin_en.ts` holds only these). lupdate marks
a message as plural only when it is ``self.tr(text, "", n)`` with a plain name for ``n``, so
they are all asked here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    """Counted texts in the current language."""

    def waiting(self, count: int) -> str:
        """Say how many check-ins wait ("3 check-ins waiting:"); the reason follows."""
        return self.tr("%n check-in(s) waiting:", "", count)

    def more_errors(self, count: int) -> str:
        """Say how many more errors came while the error dialog was open."""
        return self.tr("%n more error(s) since.", "", count)

    def registered(self, count: int) -> str:
        """Say how many have a walk-in's name ("2 registrations with ..."); who follows."""
        return self.tr("%n registration(s) with this name already exist:", "", count)

    def unprinted(self, count: int) -> str:
        """Say how many badges the desk did not print before it closed; whose follows."""
        return self.tr(
            "%n badge(s) not printed: the desk closed before they were made. Print them again "
            "from each attendee's details:",
            "",
            count,
        )


_plurals: Plurals | None = None


def plurals() -> Plurals:
    """The one `Plurals` (made on first use, after the QApplication)."""
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals
