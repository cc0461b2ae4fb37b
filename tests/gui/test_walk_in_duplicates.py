"""The walk-in duplicate warning (the same name whatever the organisation, in the desk's words),
and the details panel's days as the rules see them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.demo import make_demo
from checkin.store import event
from checkin.ui import corrections
from checkin.ui.buttons import message_box, name_buttons
from checkin.ui.dialogs import Pin
from checkin.ui.formats import days_text
from checkin.ui.i18n import Languages
from checkin.ui.main_window import MainWindow
from checkin.ui.sounds import Sounds
from checkin.ui.tasks import TaskRunner

WALK_IN = {"email": "", "category": "", "ticket_type": ""}


@pytest.fixture
def window(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=40, seed=3)
    win = MainWindow(desk, TaskRunner(inline=True), Sounds(enabled=False), Pin("1234"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    desk.close()


@pytest.fixture
def norwegian(qapp):
    languages = Languages()
    assert languages.switch("nb")
    yield
    languages.remove()


def test_a_shortened_organisation_or_accents_still_find_the_registered_name(window):
    siri = window.desk.walk_in("Siri", "Åsen", "Tieto Norge").registration
    other = window.desk.walk_in("Siri", "Aasen", "Helse Bergen").registration
    assert siri is not None and other is not None
    typed = dict(WALK_IN, first_name="SIRI", last_name="aasen", organisation="Tieto")
    found = corrections.already_registered(window.desk, typed)
    assert sorted(one.code for one in found) == sorted([siri.code, other.code])
    nobody = dict(WALK_IN, first_name="Siri", last_name="Aas", organisation="Tieto")
    assert corrections.already_registered(window.desk, nobody) == []


def test_the_warning_names_each_match_s_organisation_and_code_in_norwegian(
    window, norwegian, qtbot
):
    siri = window.desk.walk_in("Siri", "Aasen", "Tieto Norge").registration
    other = window.desk.walk_in("Siri", "Aasen", "Helse Bergen").registration
    assert siri is not None and other is not None
    typed = dict(WALK_IN, first_name="Siri", last_name="Aasen", organisation="Tieto")
    found = corrections.already_registered(window.desk, typed)
    seen: dict[str, object] = {}

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = [button.text() for button in box.buttons()]
        box.reject()

    QTimer.singleShot(0, answer)
    corrections._offer(window, typed, found)
    for person in (siri, other):
        assert f"{person.organisation} · {person.code}" in seen["text"]
    assert "Avbryt" in seen["buttons"] and "Cancel" not in seen["buttons"]


def test_every_standard_button_is_named_in_the_desk_s_language(window, norwegian):
    every = QMessageBox.StandardButton
    box = message_box(QMessageBox.Icon.Warning, "Tittel", "Tekst", window)
    for kind in (every.Cancel, every.Close, every.Yes, every.No):
        box.addButton(kind)
    name_buttons(box)
    texts = [button.text().replace("&", "") for button in box.buttons()]
    assert sorted(texts) == sorted(["OK", "Avbryt", "Lukk", "Ja", "Nei"])


def test_the_details_panel_shows_the_days_the_rules_admit(window, qtbot):
    """A day ticket with no days of its own: the panel says the ticket type's day, not "all"."""
    desk = window.desk
    person = next(p for p in desk.registrations() if p.ticket_type.startswith("Dagsbillett")
                  and not p.valid_days)  # fmt: skip
    kind = event.ticket_type(desk.conn, person.ticket_type)
    assert kind is not None and kind.days and set(kind.days) != set(desk.event.days)
    assert desk.state(window.day, person.code).person_days == kind.days
    window._select(person.code)
    qtbot.waitUntil(lambda: window.person.code == person.code)
    facts = window.person.facts.text()
    assert f"Days: {days_text(kind.days)}" in facts and "Days: all" not in facts
    plain = next(p for p in desk.registrations() if not p.ticket_type.startswith("Dagsbillett")
                 and not p.valid_days)  # fmt: skip
    window._select(plain.code)
    qtbot.waitUntil(lambda: window.person.code == plain.code)
    assert "Days: all" in window.person.facts.text()
