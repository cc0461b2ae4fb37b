"""What the desk window shows of the event: counters, latest check-ins, search, the details.

Every view is derived from one reading of the desk (`Desk.state`, `Desk.search`) on the
database thread, so none can go stale: after any action the window reads again and shows
the answer. An answer about an event no longer on screen is dropped. Strings are translated
in the "MainWindow" context, the window's own (``self.tr`` would name the subclass).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer, Signal

from checkin.desk import Desk, DeskState
from checkin.domain.model import Registration
from checkin.errors import UserError
from checkin.ui.buttons import warn
from checkin.ui.desk_layout import DeskLayout
from checkin.ui.formats import count_text, person_lines, time_text
from checkin.ui.person_panel import PersonView
from checkin.ui.settings_check import SettingsProblem
from checkin.ui.tasks import TaskRunner
from checkin.ui.window_menus import DeskMenus

T = TypeVar("T")
LOOKUP_AFTER_MS = 1000  # a person's details shown this long are a lookup (the audit log)


class DeskViews(DeskLayout):
    """The views over the desk's state; `MainWindow` adds what the volunteer does."""

    state_shown = Signal(object)  # DeskState
    desk: Desk
    runner: TaskRunner
    day: date
    selected: str | None  # the person in the details panel
    state: DeskState | None
    kiosk: bool
    menus: DeskMenus
    undid_on: Desk | None = None  # the event whose latest check-in here was taken back

    def with_desk(self, fn: Callable[[Desk], T], then: Callable[[T], object]) -> None:
        """Call ``fn(desk)`` on the database thread, then ``then(answer)`` on this one.

        The answer is dropped when another event is on screen by then.
        """
        desk = self.desk
        self.runner.run_db(
            lambda: fn(desk), lambda value: then(value) if self.desk is desk else None
        )

    @staticmethod
    def _first_day(desk: Desk) -> date:
        """Today, if it is a day of the event; else its first day."""
        days, today = desk.event.days, desk.today()
        return today if not days or today in days else days[0]

    def refresh(self) -> None:
        """Read the desk's state again and show it (after any change to the event file)."""
        day, code = self.day, self.selected
        self.with_desk(lambda desk: desk.state(day, code), self.show_state)

    def show_state(self, state: DeskState) -> None:
        """Counters, latest check-ins and the details panel, all from one reading."""
        self.state = state
        self.counter.setText(
            QCoreApplication.translate("MainWindow", "{done} of {expected} checked in").format(
                done=count_text(state.checked_in), expected=count_text(state.expected)
            )
        )
        self.recent.clear()
        entries = [entry for entry, _ in state.recent]
        names = person_lines([person for _, person in state.recent], [e.code for e in entries])
        for entry, name in zip(entries, names, strict=True):
            self.recent.addItem(f"{time_text(entry.at, self.card.zone)}  {name}")
        person = state.person
        if person is not None and person.code == self.selected:
            view = PersonView(person, state.person_checkin, state.day, state.person_days)
            self.person.show_person(view)
        elif self.selected is None:
            self.person.show_person(None)
        self.state_shown.emit(state)

    def _select(self, code: str) -> None:
        self.selected = code or None
        self.refresh()
        if code:  # logged once shown a moment, not when a top hit flashes by as one types
            QTimer.singleShot(LOOKUP_AFTER_MS, self, lambda: self._looked_up(code))

    def _looked_up(self, code: str) -> None:
        """The details still show this person: the desk logs the lookup (its audit log)."""
        if self.selected == code and self.isVisible():  # a closed window asks nothing more
            day = self.day
            self.with_desk(lambda desk: desk.view_person(code, day), self.show_state)

    def _search(self, query: str) -> None:
        """Search, and read who of those found is checked in on the desk's day."""
        day = self.day

        def find(desk: Desk) -> tuple[list[Registration], dict[str, datetime]]:
            hits = desk.search(query, 30)
            entries = {hit.code: desk.checked_in(hit.code, day) for hit in hits}
            return hits, {code: entry.at for code, entry in entries.items() if entry is not None}

        self.with_desk(find, lambda answer: self._hits(query, *answer))

    def _hits(self, query: str, hits: list[Registration], checked: dict[str, datetime]) -> None:
        zone = self.card.zone
        self.search.show_hits(query, hits, {c: time_text(at, zone) for c, at in checked.items()})
        if not hits and query == self.search.box.text():
            self._select("")

    def _day_changed(self, index: int) -> None:
        chosen = self.day_box.itemData(index)
        if isinstance(chosen, date):
            self.day = chosen
            self.check_day()
            self.refresh()

    def check_day(self) -> None:
        """Warn in red while the desk checks in for a day that is not today."""
        self.day_warning.show_day(self.day, self.desk.today())

    def show_error(self, error: BaseException) -> None:
        """Say what went wrong in words; a bug is named as such, never hidden."""
        if isinstance(error, UserError):
            text = error.text()
        else:
            text = QCoreApplication.translate(
                "MainWindow", "Something went wrong ({kind}: {error}). Nothing was lost."
            ).format(kind=type(error).__name__, error=error)
        self.statusBar().showMessage(text, 10000)
        if not self.kiosk:
            warn(self, QCoreApplication.translate("MainWindow", "Check-in Desk"), text)

    def show_problem(self, problem: SettingsProblem | None) -> None:
        """Say in a banner that the settings file could not be read (None: nothing to say)."""
        if problem is not None:
            self.problem.show_problem(problem.text)

    def show_recent(self, paths: tuple[str, ...]) -> None:
        """List the events opened lately (File → Recent events)."""
        self.menus.show_recent(paths)

    def show_language(self, code: str) -> None:
        """Tick the language in use in the Language menu."""
        self.menus.check_language(code)

    def say(self, text: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(text, ms)
