"""The window's sync worker: the sync engine every few seconds, on a thread of its own.

The engine (`checkin.sync.engine`) runs on one worker thread with its own connection to the
event file (`checkin.desk.SyncLedger`, opened and closed per run), never on the GUI thread and
never on the desk's database thread, so a slow or absent hub never slows a check-in. Each run's
outcome comes back on the GUI thread through the `finished` signal. A run is started by a
timer (every ``every_s`` seconds) and by Desk -> "Sync now"; a run asked for while one is going
waits for it, and at most one more is queued.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from checkin import log
from checkin.desk import PretixLedger, SyncLedger
from checkin.domain.sync_model import SyncState

if TYPE_CHECKING:  # the engines (requests, urllib3, pydantic) load with the first run, not at start
    from checkin.sync.engine import SyncReport

EVERY_S = 15.0  # between syncs while the window is open
FIRST_RUN_MS = 1000  # the first run waits for the window's first paint and the event's opening
RETRIES = 1  # the next run is the window's retry: a run never waits long on a dead hub
TIMEOUT_S = (3.05, 10.0)  # connect, read: closing the window never waits long on a run
PAGE_SIZE = 250  # pulled entries applied per transaction: a scan never waits long behind one
_log = log.get("sync")


@dataclass(frozen=True)
class SyncOutcome:
    """What one run of the worker found.

    Attributes:
        state: where sync stands after the run (link, waiting entries, last success/error).
        report: what was exchanged, None when the run did not finish.
        error: why it did not finish, in words ("" when it did).
        token_refused: the hub refused the desk's token (a new one is needed).
    """

    state: SyncState
    report: SyncReport | None = None
    error: str = ""
    token_refused: bool = False


def run_sync(path: Path) -> SyncOutcome:
    """Sync an event file with its hub once (on the calling thread); never raises SyncError."""
    from checkin.sync.client import HubClient, SyncError, TokenRefusedError
    from checkin.sync.engine import SyncEngine, stored_token
    from checkin.sync.pretix_engine import PRETIX

    ledger = SyncLedger.open(path)
    try:
        state = ledger.state()
        if state.link is None:
            return SyncOutcome(state)
        if state.link.backend == PRETIX:
            return _run_pretix(path, PretixLedger.of(ledger))
        token = stored_token(ledger.event_id, state.link.desk)
        if not token:
            return SyncOutcome(state, error="no token is stored for this desk", token_refused=True)
        verify: bool | str = state.link.cafile or True
        client = HubClient(state.link.url, token, timeout=TIMEOUT_S, retries=RETRIES, verify=verify)
        with client:
            try:
                report = SyncEngine(ledger, client, page_size=PAGE_SIZE).run_once()
            except SyncError as error:
                _log.info("sync of %s: %s", path, error)
                refused = isinstance(error, TokenRefusedError)
                return SyncOutcome(ledger.state(), error=str(error), token_refused=refused)
        return SyncOutcome(ledger.state(), report)
    finally:
        ledger.close()


def _run_pretix(path: Path, ledger: PretixLedger) -> SyncOutcome:
    """Sync a pretix-linked event file once (`checkin.sync.pretix_engine`)."""
    from checkin.sync.client import SyncError, TokenRefusedError
    from checkin.sync.pretix_engine import MissingTokenError, sync_once

    try:
        report = sync_once(ledger)
    except SyncError as error:
        _log.info("pretix sync of %s: %s", path, error)
        refused = isinstance(error, TokenRefusedError | MissingTokenError)
        return SyncOutcome(ledger.state(), error=str(error), token_refused=refused)
    return SyncOutcome(ledger.state(), report)


class SyncWorker(QObject):
    """Runs `run_sync` on its own thread, by timer and on demand; results on the GUI thread."""

    finished = Signal(object)  # SyncOutcome
    failed = Signal(object)  # an unexpected exception (a bug, a broken file): for the log

    def __init__(self, path: Path, every_s: float = EVERY_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        self._lock = threading.Lock()
        self._queued = 0  # runs submitted and not finished (at most two: one going, one next)
        self.timer = QTimer(self)
        self.timer.setInterval(int(every_s * 1000))
        self.timer.timeout.connect(self.sync_now)
        self._stopped = False

    def start(self) -> None:
        """Sync in a moment (after the first paint), then every ``every_s`` seconds."""
        self.timer.start()
        QTimer.singleShot(FIRST_RUN_MS, self.sync_now)

    def sync_now(self) -> None:
        """Ask for a run (a second request while one is going queues one more, no more)."""
        with self._lock:
            if self._stopped or self._queued >= 2:
                return
            self._queued += 1
        future = self._pool.submit(self._run)
        future.add_done_callback(lambda _: None)

    def _run(self) -> None:
        try:
            outcome = run_sync(self.path)
        except Exception as error:  # a bug or a broken file: logged, the window goes on
            _log.exception("sync of %s failed", self.path)
            self._done()
            self.failed.emit(error)
            return
        self._done()
        self.finished.emit(outcome)

    def _done(self) -> None:
        with self._lock:
            self._queued -= 1

    def stop(self) -> None:
        """Stop the timer; a run going finishes on its thread (its transactions are short)."""
        self._stopped = True
        self.timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
