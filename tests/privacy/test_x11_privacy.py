"""Privacy under real input: a private Xvfb, the real program, keys through XTest.

A volunteer types a name (without its æøå) and the details of the top hit show: the lookup is
in the event file's audit log, the typed text is not. The organiser opens File → Audit log…
and File → Purge personal data… with the keyboard, gives the admin PIN, ticks "I understand"
(Alt+U) and purges (Alt+P): the file holds no name or code afterwards.
"""

from __future__ import annotations

import time

import pytest

from checkin.domain.names import fold
from tests.x11.conftest import PIN, screen, start_desk  # noqa: F401  (the fixtures)
from tests.x11.xdriver import wait_for

HUMAN = 150
SETTLE_S = 0.6
pytestmark = pytest.mark.integration


def _give_pin(desk) -> None:
    desk.screen.focus(desk.screen.window("Admin PIN"))
    desk.screen.type(PIN + "\n", 8)


def _file_menu_entry(desk, ups: int) -> None:
    desk.focus()
    desk.screen.key("f", "Alt_L")  # File
    for _ in range(ups):  # from the bottom: Quit, Purge personal data…, Audit log…
        desk.screen.key("Up")
    desk.screen.key("Return")


def test_a_lookup_is_logged_and_the_organiser_purges_with_the_keyboard(start_desk):  # noqa: F811
    desk = start_desk()
    person = next(p for p in desk.people.plain if fold(p.last_name).isascii())
    query = fold(f"{person.last_name} {person.first_name}")
    assert query.isascii()
    desk.screen.key("F2")
    desk.screen.type(query, HUMAN)
    rows = wait_for("a lookup in the audit log",
                    lambda: desk.rows("SELECT desk, action, code FROM audit_log"))  # fmt: skip
    assert len(rows) == 1 and rows[0][:2] == ("Skranke X", "details")  # no hit flashing by
    sql = "SELECT first_name, last_name FROM registrations WHERE code = '{}'"
    shown = desk.rows(sql.format(rows[0][2]))
    assert fold(" ".join(shown[0])).split()[0] in query  # the person the query found
    every = desk.rows("SELECT * FROM audit_log")
    assert not [v for row in every for v in row if query.split()[0] in str(v).lower()]

    _file_menu_entry(desk, 3)
    _give_pin(desk)
    audit = desk.screen.window("Audit log")
    desk.screen.focus(audit)
    desk.screen.key("Escape")

    _file_menu_entry(desk, 2)
    _give_pin(desk)
    desk.screen.focus(desk.screen.window("Purge personal data"))
    time.sleep(SETTLE_S)  # the dialog takes the focus before its shortcuts work
    desk.screen.key("u", "Alt_L")  # I understand that this cannot be undone
    time.sleep(SETTLE_S)  # and enables the button
    desk.screen.key("p", "Alt_L")  # Purge personal data
    wait_for("the names gone",
             lambda: desk.rows("SELECT count(*) FROM registrations WHERE first_name != ''")
             == [(0,)])  # fmt: skip
    assert desk.rows("SELECT count(*) FROM audit_log") == [(0,)]
    wait_for("the write-ahead log emptied", lambda: _clean(desk, person.code))


def _clean(desk, code: str) -> bool:
    files = [desk.db, desk.db.with_name(desk.db.name + "-wal")]
    return all(code.encode() not in f.read_bytes() for f in files if f.exists())
