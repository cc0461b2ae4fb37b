"""Sync in the window: its state in the status bar, Desk -> "Sync now", notices said once.

`SyncPanel` owns the window's `checkin.ui.sync_worker.SyncWorker` and shows each run's outcome:
online or offline (the status bar's connection light), how many changes wait, when sync last
succeeded and, in the tooltip, the last error. What a run pulled is shown at once (the window
reads its state again). A ticket this desk admitted that another desk admitted too while both
were offline is said once, in words, in a message that does not block the desk.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from checkin.domain.clock import parse_utc
from checkin.domain.sync_model import AlsoAdmitted, PretixAnswer
from checkin.ui.buttons import name_buttons
from checkin.ui.main_window import MainWindow
from checkin.ui.sync_worker import EVERY_S, SyncOutcome, SyncWorker

SYNC_NOW_KEY = "F5"
SKEW_WARN_MS = 2 * 60 * 1000  # a clock further off than this is worth a word
translate = QCoreApplication.translate


class SyncPanel(QObject):
    """The window's sync: a worker, a status-bar label, the "Sync now" action, the notices."""

    def __init__(self, window: MainWindow, every_s: float = EVERY_S) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(window, shortcut=QKeySequence(SYNC_NOW_KEY))
        window.menus.desk_menu.addAction(self.action)
        self.every_s = every_s
        self.worker = self._worker(window.desk.path)
        self.action.triggered.connect(lambda: self.worker.sync_now())
        window.retranslated.connect(self.retranslate)
        self.outcome: SyncOutcome | None = None
        self.notices_shown: list[str] = []  # the texts said, oldest first
        self.retranslate()

    def _worker(self, path: Path) -> SyncWorker:
        worker = SyncWorker(path, self.every_s, self)
        worker.finished.connect(self.show_outcome, Qt.ConnectionType.QueuedConnection)
        worker.start()
        return worker

    def use(self, path: Path) -> None:
        """Sync another event file (the window opened it): the old worker stops first."""
        self.worker.stop()
        self.outcome = None
        self._say_state()
        self.worker = self._worker(path)

    def stop(self) -> None:
        self.worker.stop()

    def retranslate(self) -> None:
        self.action.setText(translate("SyncPanel", "Sync now"))
        self._say_state()

    def show_outcome(self, outcome: SyncOutcome) -> None:
        """Show a run's outcome (on the GUI thread)."""
        self.outcome = outcome
        self._say_state()
        report = outcome.report
        applied = report.applied if report is not None else None
        if applied and (applied.points or applied.event):  # whom this point admits, day change
            self.window.runner.run_db(
                self.window.desk.reload_rules, lambda _: self.window.refresh()
            )
        elif applied:
            self.window.refresh()
        if report is not None and report.notices:
            self._say_notices(report.notices)
        if report is not None and report.answers:
            self._say_answers(report.answers)

    def _local(self, at_text: str) -> str:
        zone = ZoneInfo(self.window.desk.event.timezone)
        return parse_utc(at_text).astimezone(zone).strftime("%H:%M")

    def _say_state(self) -> None:
        outcome = self.outcome
        link = outcome.state.link if outcome is not None else None
        if outcome is None or link is None:
            self.label.setText("")
            self.window.set_connection(None)
            return
        state = outcome.state
        online = outcome.report is not None
        self.window.set_connection(online)
        waiting = translate("SyncPanel", "{count} waiting").format(count=state.waiting)
        if online:
            text = translate("SyncPanel", "Synced {time}").format(
                time=self._local(state.last_success_at)
            )
        elif outcome.token_refused:
            text = translate("SyncPanel", "Token refused: ask the organiser for a new one")
        elif state.last_success_at:
            text = translate("SyncPanel", "Offline, last synced {time}").format(
                time=self._local(state.last_success_at)
            )
        else:
            text = translate("SyncPanel", "Offline, not synced yet")
        self.label.setText(f"{text} · {waiting}")
        tip = translate("SyncPanel", "Hub: {url}").format(url=link.url)
        if outcome.error:
            tip += "\n" + translate("SyncPanel", "Last error: {error}").format(error=outcome.error)
        skew = state.clock_skew_ms
        if skew is not None and abs(skew) > SKEW_WARN_MS:
            minutes = round(abs(skew) / 60000)
            tip += "\n" + translate(
                "SyncPanel", "This computer's clock is {minutes} minutes off the hub's."
            ).format(minutes=minutes)
        self.label.setToolTip(tip)

    def _say_notices(self, notices: tuple[AlsoAdmitted, ...]) -> None:
        texts = [self.notice_text(notice) for notice in notices]
        self._show_box(translate("SyncPanel", "Also admitted elsewhere"), texts)

    def _say_answers(self, answers: tuple[PretixAnswer, ...]) -> None:
        texts = [self.answer_text(answer) for answer in answers]
        self._show_box(translate("SyncPanel", "Answers from pretix"), texts)

    def _show_box(self, title: str, texts: list[str]) -> None:
        self.notices_shown.extend(texts)
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Information, title, "\n\n".join(texts), ok, self.window)
        name_buttons(box)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the desk goes on scanning
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def notice_text(self, notice: AlsoAdmitted) -> str:
        """Say a notice in words: who, which desk, when, and whose check-in counts."""
        zone = ZoneInfo(self.window.desk.event.timezone)
        first = notice.here_desk if notice.first_here else notice.desk
        return translate(
            "SyncPanel",
            "{who} was also admitted at {desk} at {at} (here: {here_desk} at {here_at}). "
            "{first}'s check-in counts."
        ).format(
            who=f"{notice.name} ({notice.code})" if notice.name else notice.code,
            desk=notice.desk, at=notice.at.astimezone(zone).strftime("%H:%M"),
            here_desk=notice.here_desk, here_at=notice.here_at.astimezone(zone).strftime("%H:%M"),
            first=first,
        )  # fmt: skip

    def answer_text(self, answer: PretixAnswer) -> str:
        """Say pretix's answer to a check-in made here: who, where and when, and what now."""
        zone = ZoneInfo(self.window.desk.event.timezone)
        values = {
            "who": f"{answer.name} ({answer.code})" if answer.name else answer.code,
            "here_desk": answer.here_desk,
            "here_at": answer.here_at.astimezone(zone).strftime("%H:%M"),
            "reason": answer.reason or "-",
        }
        if answer.status == "canceled":
            text = translate(
                "SyncPanel",
                "{who} was admitted here ({here_desk} at {here_at}), but the ticket has been "
                "canceled in pretix since.",
            )
        else:
            text = translate(
                "SyncPanel",
                "{who} was admitted here ({here_desk} at {here_at}), but pretix says the ticket "
                "is not valid now ({reason}).",
            )
        return text.format(**values)
