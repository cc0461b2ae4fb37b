"""The dashboard's missing list counts what it shows: "(12 / 10 800)" while the box filters.

A demo event of 1,200 people (over a thousand missing: the count is grouped as the language
writes numbers), the dashboard reading it in its own process as on the organiser's screen.
"""

import pytest
from PySide6.QtCore import QLocale

from checkin.demo import make_demo
from checkin.reports.language import Words
from checkin.ui.dashboard import Dashboard
from checkin.ui.dashboard_missing import count_title

NBSP = "\u00a0"  # bokmål and nynorsk group thousands with a no-break space


@pytest.mark.parametrize(
    ("code", "shown", "plain"),
    [("nb", f"X (12 / 10{NBSP}800)", f"X (10{NBSP}800)"), ("nn", f"X (12 / 10{NBSP}800)",
     f"X (10{NBSP}800)"), ("en", "X (12 / 10,800)", "X (10,800)")],
)  # fmt: skip
def test_the_count_is_grouped_as_the_language_writes_numbers(code, shown, plain):
    count = Words(code).number
    assert count_title("X", 12, 10_800, True, count) == shown
    assert count_title("X", 10_800, 10_800, False, count) == plain


@pytest.fixture
def board(qtbot, tmp_path):
    desk = make_demo(tmp_path / "event.sqlite", size=1200, seed=4)
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.report is not None and not dashboard._busy, timeout=20_000)
    yield dashboard
    dashboard.close()
    desk.close()


def rows(board):
    return board.missing_lines.stringList()


def test_the_title_says_shown_of_total_while_the_box_filters(board, qtbot):
    total = len(rows(board))
    assert total > 1000
    grouped = QLocale("nb_NO").toString(total)
    assert NBSP in grouped
    assert board.missing_title.text() == f"Ikke sjekket inn ({grouped})"
    surname = rows(board)[0].split(",")[0]
    board.filter.setText(surname.upper())  # folded: case does not matter
    shown = len(rows(board))
    assert 0 < shown < total
    assert board.missing_title.text() == f"Ikke sjekket inn ({shown} / {grouped})"
    board.filter.setText("zzzz-nobody")
    assert rows(board) == []
    assert board.missing_title.text() == f"Ikke sjekket inn (0 / {grouped})"
    board.filter.setText("   ")  # spaces filter nothing out: the plain total
    assert board.missing_title.text() == f"Ikke sjekket inn ({grouped})"
    board.filter.clear()
    assert board.missing_title.text() == f"Ikke sjekket inn ({grouped})"
    assert len(rows(board)) == total


def test_a_check_in_while_filtering_moves_both_counts(board, qtbot):
    total = len(rows(board))
    first = rows(board)[0]
    code = first.rsplit(" · ", 1)[1]
    board.filter.setText(first.split(",")[0])
    shown = len(rows(board))
    assert board.desk.check_in(code, day=board.scope()[0].day or board.desk.event.days[0])
    qtbot.waitUntil(lambda: len(rows(board)) == shown - 1, timeout=20_000)
    later = QLocale("nb_NO").toString(total - 1)
    assert board.missing_title.text() == f"Ikke sjekket inn ({shown - 1} / {later})"
