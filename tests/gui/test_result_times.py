"""Scan to result through the window: camera and handheld scans are timed, search is not.

Offscreen, on a real event file, keys through the QWindow as the window system delivers them
(`tests.gui.test_keys`). The times are real (monotonic) and only bounded, never compared
with a target: timings are measured by benchmarks, not tests.
"""

import time

from PySide6.QtCore import Qt

from checkin.domain.model import Method, Outcome, TicketType
from checkin.scan.scanner import ScanEvent
from tests.gui.test_keys import type_into
from tests.gui.test_window import a_valid

PLAUSIBLE_MS = 60_000  # far above any real time, far below a bogus clock's (seconds since boot)


def timed(win):
    """The kept times: {check-in id: ms}."""
    return dict(win.desk.conn.execute("SELECT checkin_id, ms FROM result_times").fetchall())


def test_a_camera_scan_is_timed_from_its_frame(window):
    person = a_valid(window)
    seen = time.monotonic() - 0.04  # the frame was read 40 ms ago
    window.handle_scan(ScanEvent(person.code, (), seen, 0))
    result = window.last_result
    assert result.decision.outcome is Outcome.OK
    assert list(timed(window)) == [result.checkin.id]
    assert 40 <= timed(window)[result.checkin.id] < PLAUSIBLE_MS


def test_a_handheld_burst_is_timed_and_a_search_check_in_is_not(window, qtbot):
    scanned, searched = a_valid(window, category="Sykehus"), a_valid(window, category="Kommune")
    window.search.box.setFocus()
    type_into(qtbot, window.windowHandle(), scanned.code + "\r")
    handheld = window.last_result.checkin
    assert handheld.method is Method.HANDHELD
    window.search.check_in.emit(searched.code)  # Enter on a search result
    by_search = window.last_result.checkin
    assert by_search.method is Method.SEARCH and by_search.code == searched.code
    kept = timed(window)
    assert list(kept) == [handheld.id]
    assert 0 <= kept[handheld.id] < PLAUSIBLE_MS
    assert window.desk.attendance().timings[0].desk == handheld.desk


def test_a_scan_held_behind_a_note_is_admitted_but_not_timed(window, qtbot):
    student = a_valid(window, category="Student")
    window.desk.set_ticket_type(TicketType(student.ticket_type, (), "Sjekk studentbevis"))
    window.handle_scan(ScanEvent(student.code, (), time.monotonic(), 0))
    assert window.note.isVisible()
    first = window.last_result.checkin
    other = a_valid(window, category="Sykehus")
    window.handle_scan(ScanEvent(other.code, (), time.monotonic(), 0))  # waits for the volunteer
    qtbot.mouseClick(window.note.button, Qt.MouseButton.LeftButton)
    assert window.last_result.ticket == other.code
    assert window.last_result.decision.outcome is Outcome.OK
    assert list(timed(window)) == [first.id]  # the wait for a person's click measures no desk
