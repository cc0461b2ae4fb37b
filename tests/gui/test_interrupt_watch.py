"""Ctrl+C (SIGINT) ends the desk's event loop even when idle, and raises nothing (F-12).

The real signal, sent to this process while an event loop runs with no other event coming
(the real program's exit code and output: tests/x11/test_interrupt.py).
"""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QEventLoop, QTimer

from checkin.ui.interrupt import InterruptWatch


def test_sigint_quits_an_idle_event_loop_and_uninstall_gives_the_handler_back(qapp):
    before = signal.getsignal(signal.SIGINT)
    loop, ended_by = QEventLoop(), []
    watch = InterruptWatch(on_interrupt=lambda: (ended_by.append("sigint"), loop.exit(0)))
    watch.install()
    guard = QTimer(singleShot=True, interval=10000)
    guard.timeout.connect(lambda: (ended_by.append("timeout"), loop.exit(1)))
    guard.start()
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGINT))
    try:
        code = loop.exec()  # a KeyboardInterrupt would fail the test here
    finally:
        guard.stop()
        watch.uninstall()
    assert (code, ended_by) == (0, ["sigint"])
    assert signal.getsignal(signal.SIGINT) is before
    assert signal.set_wakeup_fd(-1) == -1  # no descriptor of ours left behind
