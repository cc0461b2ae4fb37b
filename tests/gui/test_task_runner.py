"""A worker thread never holds the last reference to what the GUI thread owns, nor collects it.

A window destroyed on a worker thread (its last reference dropped there) is destroyed while the
GUI thread paints: the process ends in a segmentation fault. That is how tests/gui/test_pin.py
ended one run in about 14: the dialog's callback was kept in the worker's future, which dies on
the worker. Python's cyclic collector runs on the thread that allocates: it too destroyed
widgets on a busy worker (`checkin.ui.garbage`). Real worker threads, real widgets; the
widget's Python side says on which thread it was let go.
"""

import gc
import sys
import threading
import time
import weakref
from concurrent.futures import Future

import pytest
from PySide6.QtWidgets import QLabel

from checkin.ui.garbage import GuiThreadCollector
from checkin.ui.tasks import TaskRunner


@pytest.fixture
def runner():
    runner = TaskRunner()  # real worker threads
    yield runner
    runner.shutdown()


def let_go_on(widget) -> list[str]:
    """The names of the threads the widget's Python side is let go on (filled when it is)."""
    where: list[str] = []
    weakref.finalize(widget, lambda: where.append(threading.current_thread().name))
    return where


def noting(into: list, widget):
    """A callback that holds the widget (as a dialog's ``self._checked`` holds its dialog)."""
    return lambda value: into.append((widget.text(), value))


def test_a_callback_holding_a_widget_is_not_kept_by_the_workers_future(qtbot, runner):
    future: Future = Future()  # kept alive here, as a worker keeps its own until it moves on
    widget = QLabel("Checking…")
    where, answers = let_go_on(widget), []
    runner.when_done(future, noting(answers, widget))
    del widget  # only the callback holds it now
    threading.Thread(target=lambda: future.set_result(42), name="io_test").start()
    qtbot.waitUntil(lambda: answers == [("Checking…", 42)], timeout=10000)
    gc.collect()
    assert where == ["MainThread"]  # gone with the answer, while the future still lives
    assert future.result() == 42


def test_a_failure_callback_is_let_go_on_the_gui_thread_too(qtbot, runner):
    widget = QLabel("Importing…")
    where, failures = let_go_on(widget), []

    def fail():
        raise OSError("disk full")

    runner.run_io(fail, lambda _: None, noting(failures, widget))
    del widget
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert failures[0][0] == "Importing…" and str(failures[0][1]) == "disk full"
    failures.clear()
    runner.shutdown()  # the worker has moved on: whatever it held is gone
    gc.collect()
    assert where == ["MainThread"]


class Search:
    """What a work function holds (a plain object: a widget must not die on the worker)."""

    text = "Bjorheim Bøe"


def test_the_work_is_let_go_before_its_answer_comes_back(qtbot, runner):
    search = Search()
    held = weakref.ref(search)
    alive_at_answer = []

    def work(search=search):  # the work holds it, as an import's progress holds its dialog
        return search.text

    runner.run_io(work, lambda text: alive_at_answer.append((text, held() is not None)))
    del search, work
    qtbot.waitUntil(lambda: bool(alive_at_answer), timeout=10000)
    assert alive_at_answer == [("Bjorheim Bøe", False)]  # the worker let go of it first


def churn(seconds: float) -> None:
    """Allocate as the database thread does (Python's collector runs where allocations are)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        junk = [[n] for n in range(2000)]
        del junk


def test_a_widget_in_a_cycle_is_collected_on_the_gui_thread_not_a_busy_worker(qtbot):
    assert not gc.isenabled()  # tests/conftest.py collects from the GUI thread, as the desk does
    widget = QLabel("Importing…")
    widget.progress = noting([], widget)  # a cycle, as a task's progress makes
    where = let_go_on(widget)
    del widget
    worker = threading.Thread(target=churn, args=(0.3,), name="db_test")
    worker.start()
    worker.join()
    assert where == []  # not collected by the busy worker (Python's own collector did)
    gc.collect()  # as the collector's timer does once a generation is due
    assert where == ["MainThread"]


def test_the_collector_runs_the_generations_that_are_due_and_gives_gc_back(qapp):
    collector = GuiThreadCollector(interval_ms=60_000)
    collector.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 100):
            cycle: list = []
            cycle.append(cycle)
        assert gc.get_count()[0] > gc.get_threshold()[0]
        assert collector.collect_due() >= 100  # the young cycles went, here
        assert gc.get_count()[0] < gc.get_threshold()[0]
        assert collector.collect_due() == 0  # nothing due: nothing run
    finally:
        collector.stop()
    assert not gc.isenabled()  # given back as it was (off: the session's own collector runs)


def _full_collections() -> int:
    return gc.get_stats()[2]["collections"]


def _due_through_generation_two() -> None:
    """Each generation's count past Python's threshold, so all three are due."""
    young, middle, old = gc.get_threshold()
    for _ in range(old + 1):
        gc.collect(1)  # each adds one to generation 2's count
    for _ in range(middle + 1):
        gc.collect(0)  # each adds one to generation 1's count
    for _ in range(young + 1):
        cycle: list = []
        cycle.append(cycle)


def test_a_full_collection_waits_until_the_heap_grew_by_a_quarter(qapp):
    """Python's own rule: a full collection walks the whole heap (60 ms on a big event)."""
    collector = GuiThreadCollector(interval_ms=60_000)
    collector.start()
    try:
        _due_through_generation_two()
        assert gc.get_count()[2] > gc.get_threshold()[2]
        before = _full_collections()
        collector.collect_due()
        assert _full_collections() == before  # due by count, but the heap did not grow
        kept = [[index] for index in range(sys.getallocatedblocks() // 3)]  # a third more
        _due_through_generation_two()
        collector.collect_due()
        assert _full_collections() == before + 1
        assert kept
    finally:
        collector.stop()
