"""A walk-in lands in one of the event's categories and a ticket type valid today (F-13).

The demo event (real SQLite file, pytest-qt offscreen): the walk-in form offers the event's
categories, the most common chosen, and its ticket types valid on the desk's day, the most
common chosen; typing the name and pressing Enter saves the walk-in there, and the report
and the dashboard's figures count them in that category.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from checkin.domain.model import Outcome
from checkin.reports.queries import Scope
from checkin.reports.report import build
from checkin.ui import corrections
from checkin.ui.dialogs import PersonDialog
from checkin.ui.walk_in_choices import walk_in_choices


def _most_common(values) -> str:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda name: (-counts[name], name))


def test_the_choices_are_the_events_likeliest_first_and_valid_on_the_day(window):
    desk = window.desk
    people = list(desk.registrations())
    day1, day2 = desk.event.days
    first = walk_in_choices(desk, day1)
    assert set(first.categories) == {p.category for p in people if p.category}
    assert first.categories[0] == _most_common(p.category for p in people)
    assert "Dagsbillett dag 1" in first.ticket_types
    assert "Dagsbillett dag 2" not in first.ticket_types  # refused at once on day 1
    assert first.ticket_types[0] == "Konferansebillett"  # the demo's commonest, both days
    second = walk_in_choices(desk, day2)
    assert "Dagsbillett dag 1" not in second.ticket_types
    assert "Dagsbillett dag 2" in second.ticket_types


def _fill_and_press_enter(qtbot, seen):
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PersonDialog):
            QTimer.singleShot(20, look)
            return
        seen.append((dialog.category.currentText(), dialog.ticket_type.currentText(),
                     dialog.category.isEditable()))  # fmt: skip
        dialog.first_name.setText("Kjersti")
        dialog.last_name.setText("Nilsen-Walkin")
        dialog.last_name.setFocus()
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)  # Enter saves: no choosing needed

    QTimer.singleShot(0, look)


def test_enter_saves_a_walk_in_in_the_commonest_category_and_the_report_counts_them(window, qtbot):
    desk = window.desk
    day = desk.event.days[0]
    window.day_box.setCurrentIndex(window.day_box.findData(day))
    category = _most_common(p.category for p in desk.registrations())
    before = {g.key: g.checked_in for g in desk.report("category", day)[1]}
    seen: list[tuple[str, str, bool]] = []
    _fill_and_press_enter(qtbot, seen)
    corrections.walk_in(window)
    qtbot.waitUntil(lambda: window.current is not None, timeout=5000)
    assert seen == [(category, "Konferansebillett", False)]
    assert window.current.decision.outcome is Outcome.OK
    person = window.current.registration
    assert (person.name, person.category, person.ticket_type) == (
        "Kjersti Nilsen-Walkin", category, "Konferansebillett")  # fmt: skip
    after = {g.key: g.checked_in for g in desk.report("category", day)[1]}
    assert after[category] == before.get(category, 0) + 1
    assert "" not in after  # no "(none)" group made by the walk-in
    board = build(desk.attendance(), Scope(desk.point.name, day), "category")  # the dashboard's
    assert {g.key: g.checked_in for g in board.groups} == after


def test_an_event_without_categories_leaves_the_field_free_text(qapp):
    dialog = PersonDialog(None, ticket_types=(), categories=())
    assert dialog.category.isEditable() and dialog.category.currentText() == ""
    assert dialog.ticket_type.isEditable() and dialog.ticket_type.currentText() == ""
