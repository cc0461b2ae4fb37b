"""The organiser's dashboard: checked in of expected, groups, arrivals, who is still missing.

A window of its own (for the organiser's screen), opened from the Desk menu. Its figures are
the reports' (`checkin.reports.report.build`), read in a process of its own through a second,
read-only connection to the event file (`dashboard_parts.read_report`), so a refresh never
queues behind or in front of a check-in on the desk's database thread, and its Python work
never holds the window's GUI thread. It refreshes when the desk commits a write
(`Desk.on_change`: check-ins at this desk) and when the window's counts move (after a sync
applied what it pulled), at most once a second (or 3x the last read's time, so on a large
event it takes at most a third of a core), and every 30 seconds for other desks writing the
same file. Its words are the reports' catalogue
(`checkin.reports.language.Words`) in the window's language.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from functools import partial
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.desk import Desk, OpChanges
from checkin.reports.language import Words
from checkin.reports.queries import Scope
from checkin.reports.report import Report
from checkin.ui.dashboard_chart import ArrivalsChart
from checkin.ui.dashboard_desks import DeskTable
from checkin.ui.dashboard_keys import SettingBox, dashboard_keys
from checkin.ui.dashboard_missing import MissingList
from checkin.ui.dashboard_parts import (
    Loaded,
    dashboard_words,
    end_processes,
    exit_with_parent,
    follow_window,
    group_rows,
    read_report,
)
from checkin.ui.file_dialog import save_file_name
from checkin.ui.formats import day_text
from checkin.ui.key_router import activate_later
from checkin.ui.tasks import TaskRunner

REFRESH_AFTER_MS = 1000  # changes within a second become one refresh
BUSY_SHARE = 3  # a refresh waits at least 3x the last read: at most a third of a core
RENEWALS = 2  # a reading process that died is replaced this often in a row, then it is said
END_WAIT_S = 3.0  # a read under way (0.3-0.6 s on 20,000 people) finishes; then it is ended
POLL_MS = 30_000  # other desks writing the same file (no hook reaches us from them)
BY_FIELDS = ("category", "ticket_type", "organisation", "day", "point")
Read = Future[tuple[list[str] | None, Loaded, float]]  # a `read_report` on its way
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Dashboard(QWidget):
    """The attendance dashboard of one event, for one check-in point.

    Args:
        desk: the window's desk (its path, point and change hook; never read from here).
        language: nb, nn or en.
    """

    changed = Signal()  # from the desk's database thread: a write was committed
    loaded = Signal(object)  # a Loaded (report, missing list), or the error that stopped it
    columns_found = Signal(list)  # the imported columns' headers (Kommune, ...)
    read_whole = Signal(object, str)  # a read with the missing people, for a PDF at a path
    closed = Signal()

    def __init__(
        self,
        desk: Desk,
        language: str,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk, self.words, self.runner = desk, Words(language), runner
        self.text = dashboard_words(self.words)
        self._columns: list[str] | None = None
        self.read_s = 0.0  # how long the last read took (it spaces the refreshes)
        self._pool, self._renewed = _reading_pool(), 0
        self._busy = self._again = self._closed = False
        self._readers: list[BaseProcess] = []  # the reading process, once closed (wait_ended)
        self.report: Report | None = None
        self._counts: tuple[object, object] | None = None  # the window's, last seen
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_AFTER_MS)
        self._timer.timeout.connect(self.refresh)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._poll.start()
        self.changed.connect(self._soon)
        self.loaded.connect(self._show)
        self.columns_found.connect(self._add_columns)
        self.read_whole.connect(self._write_pdf)
        desk.on_change(self._desk_changed)
        self.refresh()

    def _build(self) -> None:
        self.setWindowTitle(f"{self.text['title']}: {self.desk.event.name}")
        self.resize(1100, 760)
        self.headline, self.pace = QLabel(), QLabel()
        font = self.headline.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.headline.setFont(font)
        self.day = SettingBox()
        self.day.addItem(self.text["all_days"], None)
        for day in self.desk.event.days:
            self.day.addItem(day_text(day), day)  # as the desk writes it: "man. 30. november"
        today = self.desk.today()
        if today in self.desk.event.days:
            self.day.setCurrentIndex(self.desk.event.days.index(today) + 1)
        self.by = SettingBox()
        for field in BY_FIELDS:
            self.by.addItem(self.words.field(field), field)
        self.day.currentIndexChanged.connect(self.refresh)
        self.by.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chart = ArrivalsChart(self.text["arrivals"])
        self.desks = DeskTable(self.words)
        self._build_missing()
        self._lay_out()
        dashboard_keys(self, self.filter)  # once the filter is in the window

    def _build_missing(self) -> None:
        self.missing_list = part = MissingList(
            self.text["missing"], self.text["search"], self.words.number
        )
        self.filter, self.missing_lines, self.missing_title = part.filter, part.model, part.title
        self.save = QPushButton(self.text["save_pdf"])
        self.save.clicked.connect(self.save_pdf)
        self.queue = QSpinBox(maximum=100_000)
        self.queue.setSpecialValueText("–")  # 0: nobody counted the line
        self.queue.valueChanged.connect(self.refresh)
        self.alias = QLineEdit(placeholderText=self.text["alias"])
        self.alias_target = QLineEdit(placeholderText=self.text["alias_target"])
        self.join = QPushButton(self.text["join"])
        self.join.clicked.connect(self.add_alias)
        self.join.setEnabled(self.runner is not None)

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        for part in (QLabel(self.text["day"]), self.day, QLabel(self.text["by"]), self.by,
                     QLabel(self.text["queue"]), self.queue):  # fmt: skip
            controls.addWidget(part)
        controls.addStretch(1)
        controls.addWidget(self.save)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.chart, 2)
        left_layout.addWidget(self.desks, 2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.missing_list)
        split.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.pace)
        layout.addLayout(controls)
        layout.addWidget(split, 1)
        aliases = QHBoxLayout()
        for widget in (self.alias, self.alias_target):
            aliases.addWidget(widget, 1)
        aliases.addWidget(self.join)
        layout.addLayout(aliases)

    # -- reading, off the GUI thread -----------------------------------------------------
    def scope(self) -> tuple[Scope, str | None]:
        """Return the scope and field chosen."""
        day: date | None = self.day.currentData()
        return Scope(self.desk.point.name, day), self.by.currentData()

    def refresh(self) -> None:
        """Read the figures again on the dashboard's thread (one read at a time)."""
        if self._closed:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        scope, by = self.scope()
        first = self._columns is None  # the imported columns are listed once
        future = self._submit(scope, by, columns=first, since=self.missing_list.token)
        future.add_done_callback(self._read_done)

    def _submit(self, scope: Scope, by: str | None, **asked: Any) -> Read:
        """Ask the reading process for a read; a new process if the last one died (killed)."""
        read = partial(read_report, str(self.desk.path), scope, by, self.queue.value() or None,
                       **asked)  # fmt: skip
        try:
            return self._pool.submit(read)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False)
            self._pool, self._renewed = _reading_pool(), self._renewed + 1
            return self._pool.submit(read)

    def _read_done(self, future: Read) -> None:
        """Take a read's outcome (on the pool's thread) to the GUI thread."""
        result: object
        try:
            columns, result, self.read_s = future.result()
        except Exception as error:  # shown in the window, never lost
            result = error
        else:
            if columns is not None:
                self._columns = columns
                self.columns_found.emit(columns)
        if not self._closed:
            self.loaded.emit(result)

    def _add_columns(self, columns: list[str]) -> None:
        for column in columns:
            if self.by.findData(column) < 0:
                self.by.addItem(column, column)

    def _soon(self) -> None:
        """Refresh once the spacing has passed since the first change not yet shown.

        Later changes do not start the wait again: at a busy desk (a check-in every half
        second) the figures still move every spacing, not only when the desk pauses.
        """
        if not self._timer.isActive():
            self._timer.start()

    def window_counted(self, state: Any) -> None:
        """Refresh soon if the window's counts moved (a `DeskState` it showed).

        A sync applies what it pulls through a connection of its own, so no `Desk.on_change`
        tells of it; the window reads its counts again after each sync that applied something.
        """
        counts = (getattr(state, "checked_in", None), getattr(state, "expected", None))
        if counts != self._counts:
            self._counts = counts
            self._soon()

    def _desk_changed(self, changes: OpChanges) -> None:
        if not self._closed and (changes.checkins or changes.registrations or changes.org_aliases):
            self.changed.emit()

    # -- showing, on the GUI thread ------------------------------------------------------
    def _show(self, result: object) -> None:
        self._busy = False
        self._timer.setInterval(max(REFRESH_AFTER_MS, int(self.read_s * 1000 * BUSY_SHARE)))
        if isinstance(result, Loaded):
            self.report, self._renewed = result.report, 0
            self._fill(result)
        elif isinstance(result, BrokenProcessPool) and self._renewed < RENEWALS:
            self._again = True  # read again by a new process (`_submit`), no error shown
        else:
            self.pace.setText(str(result))
        if self._again:
            self._again = False
            self.refresh()

    def _fill(self, shown: Loaded) -> None:
        report = shown.report
        totals = report.totals
        share = "" if totals.share is None else f" ({totals.share * 100:.0f} %)"
        self.headline.setText(
            self.text["headline"].format(checked_in=totals.checked_in, expected=totals.expected)
            + share
        )
        self.pace.setText(self.text["pace_line"](report))
        by, first = self.words.field(report.by), self.table.horizontalHeaderItem(0)
        if first is None or first.text() != by:  # (set, the columns are sized again)
            self.table.setHorizontalHeaderLabels([by, *self.text["columns"]])
        self._fill_table(group_rows(report, self.text["none"], self.text["total"], self.words))
        self.chart.show_buckets(report.arrivals)
        self.desks.show_desks(report.pace.desks)
        self.missing_list.show_read(shown)

    def _fill_table(self, rows: list[list[str]]) -> None:
        """Show the rows; only the cells whose text changed are set (most stay as they were)."""
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem(value)
                    if column:
                        item.setTextAlignment(RIGHT)
                    self.table.setItem(row, column, item)
                elif item.text() != value:
                    item.setText(value)

    def add_alias(self) -> None:
        """Count the alias as the organisation in reports (on the desk's database thread)."""
        alias, target = self.alias.text(), self.alias_target.text()
        if self.runner is None:
            return
        desk = self.desk

        def done(_changes: object) -> None:
            self.alias.clear()
            self.alias_target.clear()
            self.refresh()

        self.runner.run_db(lambda: desk.set_org_alias(alias, target), done,
                           lambda error: self.pace.setText(str(error)))  # fmt: skip

    def save_pdf(self) -> None:
        """Write the figures as a PDF (the missing list on page 2), for printing.

        Read again with the missing people (the refreshes bring back their lines only).
        """
        if self.report is None:
            return
        chosen = save_file_name(self, self.text["save_pdf"], "oppmote.pdf", "*.pdf")
        if chosen and not self._closed:
            scope, by = self.scope()
            future = self._submit(scope, by, whole=True)
            future.add_done_callback(lambda done: self._whole_read(done, str(chosen)))

    def _whole_read(self, future: Read, name: str) -> None:
        if not self._closed:  # on the pool's thread: to the GUI thread, to write it there
            self.read_whole.emit(future, name)

    def _write_pdf(self, future: Read, name: str) -> None:
        from checkin.reports.pdf import write_pdf

        try:
            write_pdf(future.result()[1].report, Path(name), self.words.code)
        except Exception as error:  # shown in the window, never lost
            self.pace.setText(str(error))

    @property
    def is_closed(self) -> bool:
        """Tell whether the window was closed (it then reads nothing more)."""
        return self._closed

    def closeEvent(self, event: Any) -> None:
        if not self._closed:  # (a second close finds the pool shut down: nothing to end)
            self._closed = True
            self._poll.stop()
            self._timer.stop()
            self._readers = list((self._pool._processes or {}).values())  # (shutdown forgets)
            self._pool.shutdown(wait=False, cancel_futures=True)  # a read under way finishes
            self.closed.emit()
        super().closeEvent(event)

    def wait_ended(self, bound_s: float = END_WAIT_S) -> None:
        """Once closed: wait for the reading process to end (ended after ``bound_s`` seconds).

        Before the desk closes the event file: while the process holds its connection, the
        desk's close is not the file's last, and SQLite leaves the last check-ins in the
        write-ahead log (``-wal``) instead of writing them into the file and removing it.
        """
        end_processes(self._readers, bound_s)


def _reading_pool() -> ProcessPoolExecutor:
    """The dashboard's reading process: spawned, a fresh interpreter with nothing of Qt's."""
    spawn = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=1, mp_context=spawn, initializer=exit_with_parent,
                               initargs=(os.getpid(),))  # fmt: skip


def open_dashboard(window: QWidget, language: str) -> Dashboard:
    """Show the dashboard of the window's event (raise it if it is open); returns it."""
    found = getattr(window, "_dashboard", None)
    desk: Desk = getattr(window, "desk")  # noqa: B009  (MainWindow's desk)
    if isinstance(found, Dashboard) and not found.is_closed and found.desk is desk:
        found.raise_()
        found.activateWindow()
        return found
    dashboard = Dashboard(desk, language, getattr(window, "runner", None))
    window._dashboard = dashboard  # type: ignore[attr-defined]  # kept while the window lives

    follow_window(window, dashboard, lambda language: open_dashboard(window, language))
    dashboard.show()
    activate_later(dashboard)  # no window manager gives a new window the keyboard
    return dashboard
