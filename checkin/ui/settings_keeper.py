"""The desk's settings kept on disk, written off the GUI thread, the latest last.

Writing the settings touches the settings file and the secret store (the OS keyring, or an
owner-only file), so it runs on an I/O thread. One write at a time: settings changed while a
write runs are written after it, and only the latest of them, so an older write can never land
after a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkin import config
from checkin.ui.tasks import TaskRunner


class SettingsKeeper:
    """Saves settings in the background, in order; `flush` writes what still waits."""

    def __init__(
        self, runner: TaskRunner, path: Path | None, on_error: Callable[[BaseException], object]
    ) -> None:
        self.runner, self.path, self.on_error = runner, path, on_error
        self.waiting: config.Settings | None = None
        self.writing = False

    def save(self, settings: config.Settings) -> None:
        """Write these settings soon (after a write that runs now)."""
        self.waiting = settings
        if not self.writing:
            self._write()

    def _write(self) -> None:
        settings, self.waiting = self.waiting, None
        if settings is None:
            return
        self.writing = True
        path = self.path
        self.runner.run_io(lambda: config.save(settings, path), self._written, self._failed)

    def _written(self, _: object) -> None:
        self.writing = False
        self._write()

    def _failed(self, error: BaseException) -> None:
        self.writing = False
        self.on_error(error)
        self._write()

    def flush(self) -> None:
        """At quit, once the worker threads have stopped: write what still waits."""
        settings, self.waiting = self.waiting, None
        if settings is not None:
            try:
                config.save(settings, self.path)
            except Exception as error:  # said in the log by the caller; nothing to show it in
                self.on_error(error)
