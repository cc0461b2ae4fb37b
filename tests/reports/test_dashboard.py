"""The organiser's dashboard on the seeded event: figures, the missing list, live updates."""

import shutil
import subprocess

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from checkin.desk import Desk
from checkin.domain.model import Method
from checkin.ui.dashboard import Dashboard, open_dashboard
from tests.reports.conftest import DAY1

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(seeded):
    desk = Desk.open(seeded, "Skranke 2")
    yield desk
    desk.close()


def day_one(qtbot, dashboard):
    dashboard.day.setCurrentIndex(1)  # 2026-06-01 (index 0: all days)
    qtbot.waitUntil(lambda: dashboard.report is not None and dashboard.report.scope.day == DAY1
                    and not dashboard._busy, timeout=10_000)  # fmt: skip


def test_figures_and_missing_list_in_bokmal(qtbot, desk):
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    day_one(qtbot, dashboard)
    assert dashboard.headline.text() == "5 av 7 sjekket inn (71 %)"
    # refreshes are spaced by 3x the last read (at least a second): a third of a core at most
    assert dashboard._timer.interval() == max(1000, int(dashboard.read_s * 3000)) >= 1000
    table = dashboard.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows == {"Industri": ("1", "1"), "Kommune": ("3", "2"), "Sykehus": ("3", "2"),
                    "Totalt": ("7", "5")}  # fmt: skip
    assert dashboard.chart.counts == [2, 1, 0, 2]  # 09:00, 09:10, 09:20, 09:30
    assert dashboard.missing_title.text() == "Ikke sjekket inn (2)"
    dashboard.filter.setText("dahl")
    assert dashboard.missing_lines.stringList() == ["Dahl, Siri · Haukeland · K7"]


def test_a_check_in_at_the_desk_shows_without_asking(qtbot, desk):
    dashboard = Dashboard(desk, "en")
    qtbot.addWidget(dashboard)
    day_one(qtbot, dashboard)
    assert desk.check_in("K7", Method.SCAN, DAY1).checkin is not None
    qtbot.waitUntil(lambda: dashboard.headline.text().startswith("6 of 7"), timeout=10_000)
    assert dashboard.missing_lines.rowCount() == 1


def test_a_busy_desk_does_not_hold_the_figures_back(qtbot, desk):
    # check-ins every 0.3 s, faster than the refresh spacing (1 s): the figures still move
    dashboard = Dashboard(desk, "en")
    qtbot.addWidget(dashboard)
    day_one(qtbot, dashboard)
    shown = []
    dashboard.loaded.connect(shown.append)
    busy = QTimer(interval=300)
    busy.timeout.connect(dashboard.changed.emit)  # as Desk.on_change does for each write
    busy.start()
    try:  # before: each change started the wait again, so nothing showed while the desk was busy
        qtbot.waitUntil(lambda: len(shown) >= 2, timeout=6_000)
    finally:
        busy.stop()


def test_the_missing_list_filter_folds_case_and_letters(qtbot, desk):
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    day_one(qtbot, dashboard)
    dashboard.filter.setText("DÅHL siri")  # folded as the lines are: case, å -> a
    assert dashboard.missing_lines.stringList() == ["Dahl, Siri · Haukeland · K7"]
    dashboard.filter.setText("")
    assert dashboard.missing_lines.rowCount() == 2


def test_the_pdf_is_read_again_with_the_missing_people(qtbot, desk, tmp_path, monkeypatch):
    # the refreshes bring back the missing list as lines only; the PDF needs the people
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    day_one(qtbot, dashboard)
    assert dashboard.report.no_shows == ()
    out = tmp_path / "oppmote.pdf"
    monkeypatch.setattr("checkin.ui.dashboard.save_file_name", lambda *args: out)
    dashboard.save_pdf()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10_000)
    qtbot.wait(200)  # the writer closes the file
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) not installed: the PDF was written, not read back")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "Dahl" in text and "Siri" in text  # a missing person, on page 2


def test_the_menu_opens_one_dashboard_per_window(qtbot, desk):
    window = QWidget()
    window.desk = desk
    qtbot.addWidget(window)
    first = open_dashboard(window, "nn")
    qtbot.addWidget(first)
    assert open_dashboard(window, "nn") is first
    assert first.windowTitle() == "Oppmøteoversikt: Helsekonferansen"
    first.close()
    second = open_dashboard(window, "nn")
    qtbot.addWidget(second)
    assert second is not first


def test_the_organiser_joins_organisations_from_the_dashboard(qtbot, desk):
    from PySide6.QtCore import Qt

    from checkin.ui.tasks import TaskRunner

    dashboard = Dashboard(desk, "en", TaskRunner(inline=True))
    qtbot.addWidget(dashboard)
    dashboard.by.setCurrentIndex(dashboard.by.findData("organisation"))
    day_one(qtbot, dashboard)

    def organisations():
        table = dashboard.table
        return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}

    assert organisations()["Helse Bergen HF"] == "2" and "Haukeland" in organisations()
    qtbot.keyClicks(dashboard.alias, "Haukeland")
    qtbot.keyClicks(dashboard.alias_target, "Helse Bergen HF")
    qtbot.mouseClick(dashboard.join, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: organisations().get("Helse Bergen HF") == "3", timeout=10_000)
    assert "Haukeland" not in organisations()
    assert desk.org_aliases() == [("Haukeland", "Helse Bergen HF")]
    assert dashboard.alias.text() == ""


def test_any_imported_column_can_group_the_table(qtbot, desk):
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.by.findData("Kommune") >= 0, timeout=10_000)
    dashboard.by.setCurrentIndex(dashboard.by.findData("Kommune"))
    day_one(qtbot, dashboard)
    qtbot.waitUntil(lambda: dashboard.report.by == "Kommune" and not dashboard._busy)
    table = dashboard.table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows == {"Alver": "0", "Askøy": "2", "Bergen": "2", "Oslo": "1", "Totalt": "5"}


def test_the_desks_table_shows_each_desk_s_pace_and_scan_to_result(qtbot, desk):
    dashboard = Dashboard(desk, "nb")
    qtbot.addWidget(dashboard)
    day_one(qtbot, dashboard)
    desk.monotonic = lambda: 100.0
    assert desk.check_in("K7", Method.SCAN, DAY1, seen_at=99.82).checkin is not None  # 180 ms
    table = dashboard.desks

    def rows():
        return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 7)]
                for r in range(table.rowCount())}  # fmt: skip

    qtbot.waitUntil(lambda: "Skranke 2" in rows(), timeout=10_000)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[5] == "Skanning til\nsvar (ms)"  # two lines: the table fits its half
    point, checked_in, per_minute, _busiest, result_ms, _badge = rows()["Skranke 2"]
    assert (point, checked_in, result_ms) == ("hovedinngang", "1", "180")  # "main" in bokmål
    assert per_minute == "0,1"  # 1 in a 10-minute slot, with the Norwegian decimal sign


def test_the_dashboard_follows_the_desk_window_s_language(qtbot, desk):
    from types import SimpleNamespace

    from PySide6.QtCore import Signal

    class Window(QWidget):
        retranslated = Signal()

    window = Window()
    given_back = []
    window.desk, window.menus = desk, SimpleNamespace(language="en")
    window.keys = SimpleNamespace(activate=lambda: given_back.append(True))
    qtbot.addWidget(window)
    window.show()
    english = open_dashboard(window, "en")
    qtbot.addWidget(english)
    window.menus.language = "nb"
    window.retranslated.emit()  # what the desk window says when its language changes
    norwegian = window._dashboard
    qtbot.addWidget(norwegian)
    assert english.is_closed and norwegian is not english
    assert norwegian.windowTitle() == "Oppmøteoversikt: Helsekonferansen"
    qtbot.waitUntil(lambda: bool(given_back))  # the closed one gives the keyboard back


def test_escape_clears_the_search_then_closes_and_ctrl_w_closes(qtbot, desk):
    from PySide6.QtCore import Qt

    dashboard = Dashboard(desk, "en")
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.activateWindow()
    qtbot.waitUntil(dashboard.isActiveWindow, timeout=5_000)
    dashboard.filter.setText("dahl")
    qtbot.keyClick(dashboard.filter, Qt.Key.Key_Escape)
    assert dashboard.filter.text() == "" and dashboard.isVisible()
    qtbot.keyClick(dashboard.filter, Qt.Key.Key_Escape)
    assert dashboard.is_closed
    again = Dashboard(desk, "en")
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=5_000)
    qtbot.keyClick(again, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert again.is_closed


def test_the_main_point_is_a_word_of_the_window_s_language_in_the_table(qtbot, desk):
    dashboard = Dashboard(desk, "nn")
    qtbot.addWidget(dashboard)
    dashboard.by.setCurrentIndex(dashboard.by.findData("point"))
    day_one(qtbot, dashboard)
    qtbot.waitUntil(lambda: dashboard.report.by == "point" and not dashboard._busy)
    table = dashboard.table
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert keys[0] == "hovudinngang" and "main" not in keys  # nynorsk for the point "main"
    points = {dashboard.desks.item(r, 1).text() for r in range(dashboard.desks.rowCount())}
    assert points == {"hovudinngang"}
