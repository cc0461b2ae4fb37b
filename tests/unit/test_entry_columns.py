"""`EntryColumns`: check-ins as five columns that read back as `Entry` rows."""

import pytest

from checkin.domain.attendance import Attendance, Entry, EntryColumns
from checkin.domain.model import Event

ROWS = [
    Entry("A", "2026-06-01", 30.0, "Skranke 1", "main"),
    Entry("B", "2026-06-01", 10.0, "Skranke 2", "lunsj"),
    Entry("C", "2026-06-02", 10.0, "Skranke 1", "main"),
    Entry("A", "2026-06-02", 20.0, "Skranke 2", "main"),
]


def test_rows_become_columns_and_read_back_as_rows() -> None:
    found = EntryColumns.of(ROWS)
    assert found.codes == ["A", "B", "C", "A"] and found.ats == [30.0, 10.0, 10.0, 20.0]
    assert list(found) == ROWS and len(found) == 4
    assert found[1] == ROWS[1] and list(found[1:3]) == ROWS[1:3]
    assert EntryColumns.of(found) is found


def test_time_order_is_stable_and_kept_when_already_in_order() -> None:
    ordered = EntryColumns.of(ROWS).by_time()
    assert list(ordered) == [ROWS[1], ROWS[2], ROWS[3], ROWS[0]]  # B before C: written first
    assert ordered.by_time() is ordered


def test_where_keeps_the_chosen_rows_in_order() -> None:
    found = EntryColumns.of(ROWS)
    kept = found.where([point == "main" for point in found.points])
    assert list(kept) == [ROWS[0], ROWS[2], ROWS[3]]


def test_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        EntryColumns(["A"], [], [1.0], ["d"], ["main"])


def test_an_attendance_of_rows_counts_over_their_columns() -> None:
    event = Event("e", "Event", ())
    data = Attendance(event=event, points={}, ticket_days={}, people=[], entries=ROWS)
    assert data.checkins.points == ["main", "lunsj", "main", "main"]
    assert data.entry_points == {"main", "lunsj"}
    assert data.entry_days == {"2026-06-01", "2026-06-02"}
    empty = Attendance(event=event, points={}, ticket_days={}, people=[], entries=[])
    assert len(empty.checkins) == 0 and empty.entry_points == frozenset()
