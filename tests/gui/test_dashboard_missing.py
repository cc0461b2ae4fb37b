"""The dashboard's missing list counts what it shows: "(12 / 10 800)" while the box filters.

A demo event of 1,200 people (over a thousand missing: the count is grouped as the language
writes numbers), the dashboard reading it in its own process as on the organiser's screen.
"""

import pytest
from PySide6.QtCore import QLocale

from checkin.demo import make_demo
from checkin.domain.names import fold
from checkin.reports.language import Words
from checkin.ui.dashboard import Dashboard
from checkin.ui.dashboard_missing import MissingList, count_title
from checkin.ui.dashboard_parts import FEW_GONE, Loaded, taken_out

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


PEOPLE = [("Aas", "Ola", "Helse Bergen"), ("Berg", "Kari", "Bergen kommune"),
          ("Dahl", "Siri", "Haukeland"), ("Eide", "Ola", "Askøy kommune"),
          ("Fjell", "Ola", "Helse Bergen"), ("Hauge", "Per", "Voss"), ("Lie", "Ola", "Stord"),
          ("Moe", "Åse", "Helse Bergen")]  # fmt: skip
LINES = [f"{last}, {first} · {org} · K{n}" for n, (last, first, org) in enumerate(PEOPLE)]
KEYS = [fold(line) for line in LINES]


def test_taken_out_gives_the_places_of_those_who_left_and_nothing_else():
    assert taken_out(LINES, LINES) == []
    assert taken_out(LINES, [LINES[0], *LINES[2:6], LINES[7]]) == [1, 6]
    assert taken_out(LINES, [*LINES, "Zahl, Ny · K9"]) is None  # one came: sent whole
    assert taken_out(LINES, [LINES[0], "Zahl, Ny · K9", *LINES[2:]]) is None  # one for one
    assert taken_out(LINES, [LINES[1], LINES[0], *LINES[2:]]) is None  # another order
    many = [f"line {n}" for n in range(FEW_GONE + 10)]
    assert taken_out(many, many[FEW_GONE:]) == list(range(FEW_GONE))
    assert taken_out(many, many[FEW_GONE + 1 :]) is None  # too many: set anew


@pytest.fixture
def listed(qtbot):
    part = MissingList("Ikke sjekket inn", "Søk", Words("nb").number)
    qtbot.addWidget(part)
    part.show_read(Loaded(None, list(LINES), list(KEYS), "t1"))  # type: ignore[arg-type]
    return part


def test_rows_taken_out_keep_the_others_and_the_place_under_a_filter(listed, qtbot):
    listed.filter.setText("ola")
    ola = [LINES[0], LINES[3], LINES[4], LINES[6]]
    assert listed.model.stringList() == ola
    listed.view.setCurrentIndex(listed.model.index(2))  # the organiser is at Fjell, Ola
    resets = []
    listed.model.modelReset.connect(lambda: resets.append(1))
    listed.show_read(Loaded(None, [], [], "t2", [0, 2]))  # type: ignore[arg-type]
    assert listed.token == "t2"
    assert listed.model.stringList() == [LINES[3], LINES[4], LINES[6]]
    assert listed.view.currentIndex().data() == LINES[4]  # still there
    assert resets == []  # rows taken out, not the list set anew
    assert listed.title.text() == "Ikke sjekket inn (3 / 6)"
    listed.filter.clear()  # the list behind the filter lost them too
    assert listed.model.stringList() == [LINES[1], *LINES[3:]]
    assert listed.title.text() == "Ikke sjekket inn (6)"


def test_a_new_filter_text_lists_again_from_every_line(listed):
    listed.filter.setText("ola helse")
    assert listed.model.stringList() == [LINES[0], LINES[4]]
    listed.filter.setText("ola helse b")  # narrows: the same as from every line
    assert listed.model.stringList() == [LINES[0], LINES[4]]
    listed.filter.setText("kommune")  # another word: not only among those shown
    assert listed.model.stringList() == [LINES[1], LINES[3]]
    assert listed.title.text() == "Ikke sjekket inn (2 / 8)"
    listed.filter.setText("kommun")  # wider again
    assert listed.model.stringList() == [LINES[1], LINES[3]]
    listed.filter.setText("ASE")  # å folded
    assert listed.model.stringList() == [LINES[7]]
    listed.filter.setText("")
    assert listed.model.stringList() == LINES


def test_a_whole_list_after_some_came_is_shown_whole(listed):
    listed.filter.setText("ola")
    came = [LINES[0], "Bø, Ola · Voss · K9", *LINES[1:]]
    listed.show_read(Loaded(None, came, [fold(line) for line in came], "t2"))  # type: ignore[arg-type]
    assert listed.model.stringList() == [LINES[0], came[1], LINES[3], LINES[4], LINES[6]]
    assert listed.title.text() == "Ikke sjekket inn (5 / 9)"


def test_the_reading_process_sends_only_the_places_of_those_who_checked_in(board, qtbot):
    reads = []
    board.loaded.connect(reads.append)
    before = rows(board)
    day = board.scope()[0].day or board.desk.event.days[0]
    view = board.missing_list.view
    view.setCurrentIndex(board.missing_lines.index(500))
    for at in (3, 40):  # two people check in at the desk
        assert board.desk.check_in(before[at].rsplit(" · ", 1)[1], day=day)
    # a read reaches the board's list and this test's slot in two queued calls, each its own
    # turn of the event loop (under load the list was shown, the read not yet here): both
    qtbot.waitUntil(lambda: len(rows(board)) == len(before) - 2 and bool(reads), timeout=20_000)
    assert reads[-1].gone == [3, 40] and reads[-1].lines == []  # not 1,000 lines again
    assert rows(board) == [line for at, line in enumerate(before) if at not in (3, 40)]
    assert view.currentIndex().data() == before[500]  # the organiser's place
    undone = before[3].rsplit(" · ", 1)[1]
    assert board.desk.undo(undone, day)  # back on the list: the whole list comes
    read_before = len(reads)
    board.refresh()
    qtbot.waitUntil(lambda: len(rows(board)) == len(before) - 1 and len(reads) > read_before,
                    timeout=20_000)  # fmt: skip
    assert reads[-1].gone is None
    assert rows(board) == [line for at, line in enumerate(before) if at != 40]
