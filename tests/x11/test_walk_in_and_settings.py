"""Acceptance run 4 findings F-11 and F-13 under real X input (the real program, XTest keys).

F-11: a ticket scanned while Settings is open waits; the volunteer gives the desk a new name
and a new admin PIN and presses Enter: the held check-in is written under the new name (the
PIN is hashed off the GUI thread, so the settings come into force a moment after the dialog
closed). F-13: a walk-in typed as a volunteer does (name, Enter) lands in the event's most
common category and its commonest ticket type valid today, never in none.
"""

from __future__ import annotations

from collections import Counter

import pytest

from checkin.domain.model import Method
from tests.x11.conftest import DESK, PIN
from tests.x11.xdriver import wait_for

SCANNER, HUMAN = 8, 150
TABS_TO_NEW_PIN = 6  # desk name → language, printer, template, print badge, sounds, new PIN
pytestmark = pytest.mark.integration


def test_a_scan_held_by_settings_is_written_under_the_new_desk_name(start_desk):
    desk = start_desk()
    person = desk.people.plain[5]
    desk.screen.key("comma", "Control_L")
    desk.screen.focus(desk.screen.window("Admin PIN"))
    desk.screen.type(PIN + "\n", HUMAN)
    settings = desk.screen.window("Settings")
    desk.screen.focus(settings)  # the cursor in "Desk name", the first field
    desk.screen.type(person.code + "\n", SCANNER)  # held behind the dialog
    desk.screen.type(" 1", HUMAN)
    for _ in range(TABS_TO_NEW_PIN):
        desk.screen.key("Tab")
    desk.screen.type("97531", HUMAN)
    desk.screen.key("Return")
    wait_for("the held check-in", lambda: desk.rows("SELECT desk FROM checkins"))
    assert desk.rows("SELECT code, method, desk FROM checkins") == [
        (person.code, Method.HANDHELD.value, DESK + " 1")
    ]


def test_a_walk_in_typed_with_enter_lands_in_the_commonest_category(start_desk):
    desk = start_desk()
    people = desk.rows("SELECT category FROM registrations WHERE category != ''")
    counts = Counter(category for (category,) in people)
    commonest = min(counts, key=lambda name: (-counts[name], name))
    desk.screen.key("n", "Control_L")
    form = desk.screen.window("Walk-in")
    desk.screen.focus(form)
    desk.screen.type("Kjersti\tNilsenx\n", HUMAN)
    rows = desk.wait_checkins(1)
    assert rows[0][1] == Method.WALK_IN.value
    sql = "SELECT category, ticket_type FROM registrations WHERE code = '{}'"
    saved = desk.rows(sql.format(rows[0][0]))
    assert saved == [(commonest, "Konferansebillett")]
