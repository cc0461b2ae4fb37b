"""The dashboard's parts: its words, its reading process, rows and lines to show, its keys."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.desk import Desk
from checkin.domain.names import fold
from checkin.reports import pdf, tables
from checkin.reports.language import DASHBOARD, Words
from checkin.reports.queries import Scope, headers, needs_extra
from checkin.reports.report import Report, build
from checkin.reports.text import percent


def dashboard_words(words: Words) -> dict[str, Any]:
    """Return the dashboard's texts in the words' language.

    The sentences it formats (the headline, the pace) are `Sentence`s: their counts come out
    grouped and their decimals with the language's sign, as in the reports.
    """

    def pace_line(report: Report) -> str:
        pace = report.pace
        if pace.pace is None or pace.clear_min is None:
            return words.sentence(DASHBOARD["no_pace"]).format(
                window=pace.window, remaining=pace.remaining
            )
        line = pdf.pace_sentence(pace, pace.clear_min, words)  # over the minutes measured
        if pace.wait_min is None:
            return line
        wait = words.sentence(DASHBOARD["wait"]).format(queue=pace.queue, minutes=pace.wait_min)
        return f"{line} {wait}"

    line: Callable[[Report], str] = pace_line
    return {
        **{key: words(text) for key, text in DASHBOARD.items()},
        "all_days": words(pdf.ALL_DAYS), "arrivals": words(pdf.ARRIVALS),
        "headline": words.sentence(pdf.HEADLINE), "missing": words(tables.NO_SHOWS),
        "none": words(tables.NONE), "total": words(tables.TOTAL), "pace_line": line,
        "columns": [words(tables.EXPECTED), words(tables.CHECKED_IN), words(tables.SHARE)],
    }  # fmt: skip


def group_rows(report: Report, none: str, total: str, words: Words) -> list[list[str]]:
    """Return the table's rows as text: one per group, then the totals (counts grouped)."""
    count = words.number  # grouped as the language writes it ("10 058")
    rows = [[words.group(report.by, g.key) or none, str(count(g.expected)),
             str(count(g.checked_in)), percent(g)] for g in report.groups]  # fmt: skip
    t = report.totals
    return [*rows, [total, str(count(t.expected)), str(count(t.checked_in)), percent(t)]]


def missing_lines(report: Report) -> list[str]:
    """Return one line per person still missing: name, organisation, ticket code."""
    return [
        f"{p.last_name}, {p.first_name} · {p.organisation} · {p.code}".replace(" ·  · ", " · ")
        for p in report.no_shows
    ]


@dataclass(frozen=True)
class Loaded:
    """A read, ready to show: the report, and its missing list as lines and folded for search.

    Attributes:
        report: the figures (`checkin.reports.report.build`).
        lines: one line per person still missing (`missing_lines`), in the report's order;
            empty when ``gone`` is given.
        keys: each line folded (`checkin.domain.names.fold`), for the filter box.
        token: names this read's missing list, for the next read's ``since`` (`read_report`).
        gone: when the list only lost people since the read the window holds: the indices
            (ascending) of the lines it holds that left it (lines and keys are then not
            sent); None: ``lines`` and ``keys`` are the whole list.
    """

    report: Report
    lines: list[str]
    keys: list[str]
    token: str = ""
    gone: list[int] | None = None


def to_show(report: Report, folded: Mapping[str, str]) -> Loaded:
    """Return the report with its missing list as lines and folded; off the GUI thread.

    ``folded`` holds the lines folded by the last read (line -> key); a line seen before is
    not folded again (folding is about 40 µs a line: 0.4 s for 10,000 people).
    """
    lines = missing_lines(report)
    return Loaded(report, lines, [folded.get(line) or fold(line) for line in lines])


# The dashboard reads in a process of its own, not a thread: a read of 20,000 registrations
# is 0.3-0.6 s of Python, and in a thread it holds the lock every Python thread needs and sets
# off the cycle collector (sorting and counting in C, 10-25 ms at a time; collections of 15-75
# ms), each a stall of the window's GUI thread. The missing people come back as lines only:
# as 10,000 objects they set off the window's cycle collector (0.1 s a pass).
FEW_GONE = 50  # more people left the list than this: it is sent (and shown) whole


@dataclass
class _Reader:
    """An event file open in the reading process, and the missing list last sent from it."""

    desk: Desk
    folded: dict[str, str]  # the last read's lines, folded (line -> key)
    token: str = ""
    lines: Sequence[str] = ()

    def send(self, shown: Loaded, since: str | None) -> Loaded:
        """Return the read as sent to the window: the report without the people, and the list.

        Only the places of those who left it, if that is all that changed since the list
        ``since`` names (`taken_out`); else the whole list. (The whole list of 10,000 is 1.2
        MB: 4.5 ms of the window's interpreter lock to unpickle, on every refresh.)
        """
        gone = taken_out(self.lines, shown.lines) if since and since == self.token else None
        self.token, self.lines = uuid.uuid4().hex, shown.lines
        report = replace(shown.report, no_shows=())
        if gone is None:
            return replace(shown, report=report, token=self.token)
        return Loaded(report, [], [], self.token, gone)


_READERS: dict[str, _Reader] = {}  # the reading process's open files


PARENT_CHECK_S = 1.0  # how often the reading process looks whether the desk still runs


def exit_with_parent(parent: int) -> None:
    """In the dashboard's reading process: end it when the desk that started it is gone.

    A desk killed (or a test process ending) with its dashboard open would otherwise leave
    the process behind, holding the event file open. Runs as the pool's initializer.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def end_processes(processes: Sequence[BaseProcess], bound_s: float) -> None:
    """Wait up to ``bound_s`` seconds in all for the processes to end; end those that did not.

    Waits on each process's sentinel (ready once it has exited), not on ``join``/``is_alive``:
    the process pool's own thread reaps its processes too, and a process reaped by that thread
    reads as alive here for a moment (its exit code not yet set), so ``is_alive`` was seen true
    after the process had ended, and a reaped pid must not be sent a signal.
    """
    left = [process for process in processes if not _ended(process, 0.0)]
    deadline = time.monotonic() + bound_s
    for process in left:
        if not _ended(process, max(0.0, deadline - time.monotonic())):
            process.terminate()  # a read-only reader: nothing of the file's is lost
            _ended(process, 1.0)


def ended(process: BaseProcess) -> bool:
    """Tell whether a process has exited, whichever thread reaped it."""
    return _ended(process, 0.0)


def _ended(process: BaseProcess, timeout_s: float) -> bool:
    return bool(wait([process.sentinel], timeout_s))


def read_report(
    path: str,
    scope: Scope,
    by: str | None,
    queue: int | None,
    *,
    columns: bool = False,
    whole: bool = False,
    since: str | None = None,
) -> tuple[list[str] | None, Loaded, float]:
    """Read and count an event file, in the dashboard's reading process (see above).

    The file stays open in the process; ``report.no_shows`` comes back empty unless ``whole``.
    The missing list comes as the places of those who left it since ``since`` (`_Reader.send`).

    Args:
        path: the event file.
        scope: the day and check-in point counted.
        by: the field the table groups by (`checkin.reports.report.build`).
        queue: people counted in the line, for the likely wait (None: not counted).
        columns: list the imported columns' headers.
        whole: keep the missing people in the report (for its PDF; the list comes whole).
        since: the token of the missing list the window holds (`Loaded.token`), if any.

    Returns:
        The imported columns' headers (if asked), the report ready to show, the seconds
        the read took.
    """
    started = time.monotonic()
    if path not in _READERS:
        _READERS[path] = _Reader(Desk.open(Path(path), readonly=True), {})
    reader = _READERS[path]
    data = reader.desk.attendance(extra=columns or needs_extra(by))
    listed = headers(data) if columns else None
    shown = to_show(build(data, scope, by, queue=queue), reader.folded)
    reader.folded.clear()
    reader.folded.update(zip(shown.lines, shown.keys, strict=True))
    if not whole:  # (a PDF's read leaves the list last sent as it was)
        shown = reader.send(shown, since)
    return listed, shown, time.monotonic() - started


def taken_out(held: Sequence[str], lines: Sequence[str]) -> list[int] | None:
    """Return the places in ``held`` of the lines ``lines`` no longer holds, ascending.

    None unless ``lines`` is ``held`` with at most `FEW_GONE` lines taken out (none added,
    the others in the same order).
    """
    if not 0 <= len(held) - len(lines) <= FEW_GONE:
        return None
    kept = set(lines)
    if [line for line in held if line in kept] != list(lines):
        return None
    return [index for index, line in enumerate(held) if line not in kept]


def close_keys(dashboard: QWidget, search: QLineEdit) -> None:
    """Ctrl+W (the platform's Close) closes the dashboard; Esc clears the search, then closes."""
    QShortcut(QKeySequence.StandardKey.Close, dashboard, dashboard.close)

    def escape() -> None:
        if search.text():
            search.clear()
        else:
            dashboard.close()

    QShortcut(QKeySequence(Qt.Key.Key_Escape), dashboard, escape)


def follow_window(window: QWidget, dashboard: Any, reopen: Callable[[str], QWidget]) -> None:
    """Keep a dashboard (`checkin.ui.dashboard.Dashboard`) in step with its desk window.

    Its counts change (a sync applied check-ins): the dashboard reads again. Its language
    changes: the dashboard is opened again in that language, where it was. Ctrl+Q in it is the
    desk's File -> Quit.
    """
    desk = dashboard.desk

    def counted(state: object) -> None:
        if getattr(window, "desk", None) is desk:  # not once it shows another event
            dashboard.window_counted(state)

    def relanguage() -> None:
        language = getattr(getattr(window, "menus", None), "language", None)
        if language and not dashboard.is_closed and dashboard.words.code != language:
            place = dashboard.geometry()
            dashboard.close()
            reopen(language).setGeometry(place)

    def back_to_the_desk() -> None:  # once the dashboard is off the screen (see `hand_back`)
        QTimer.singleShot(0, lambda: hand_back(window))

    for name, slot in (("state_shown", counted), ("retranslated", relanguage)):
        signal = getattr(window, name, None)
        if signal is not None:
            signal.connect(slot)
    dashboard.closed.connect(back_to_the_desk)
    quit_desk: Any = getattr(window, "actions_", {}).get("quit")  # its keys: the desk's Quit
    for key in quit_desk.shortcuts() if quit_desk is not None else ():  # (refused as there)
        QShortcut(key, dashboard, quit_desk.trigger)


def hand_back(window: QWidget) -> None:
    """Give the keyboard back to the desk window after its dashboard closed (no click needed).

    With no window manager nobody else does: X sends the keys to the window under the pointer
    (typing reaches the desk's search box) while Qt has no active window, or still counts the
    closed dashboard as active, so the desk's window shortcuts (F1, Ctrl+N, Ctrl+Q) would be
    dead. `KeyRouter.activate` raises and activates the desk in both cases.
    """
    keys = getattr(window, "keys", None)
    if keys is not None and window.isVisible():
        keys.activate()
