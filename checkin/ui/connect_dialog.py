"""Desk → "Connect to hub…": link this desk to a hub's event (admin PIN; shut in kiosk mode).

The volunteer picks a hub found on the local network (mDNS) or types its URL, and gives the
event's slug and the desk's token.

Hubs are searched on an I/O thread (`checkin.sync.discovery.find_hubs`), never on the GUI
thread; Connect runs `checkin.hub_link.connect_hub` (the same code as ``checkin connect``) on
an I/O thread too and says how it went in words. The event file linked is the one open when it
holds the hub's event, else a new file in the data folder named after the event's slug; the
window then opens it, and the sync panel shows its state.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import config
from checkin.errors import UserError
from checkin.hub_link import HubRequest, Linked, connect_hub
from checkin.sync.answers import EventInfo
from checkin.sync.client import HubRefusedError, HubUnreachableError, TokenRefusedError
from checkin.sync.discovery import FoundHub, find_hubs

if TYPE_CHECKING:
    from checkin.ui.main_window import MainWindow

SEARCH_S = 3.0  # how long one search listens for hubs
translate = QCoreApplication.translate


def connect_to_hub(window: MainWindow) -> None:
    """Desk → Connect to hub…: after the admin PIN, open the dialog and start a search."""
    if window.kiosk or not window.ask_admin():
        return
    dialog = getattr(window, "connect_dialog", None)
    if not isinstance(dialog, ConnectDialog):  # one per window, kept: late answers find it
        dialog = ConnectDialog(window)
        window.connect_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    dialog.search()


class ConnectDialog(QDialog):
    """Hubs found, a URL to type, the event's slug and the token; Connect; what happened."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Connect to hub"))
        self.resize(520, 420)
        self.hubs = QListWidget()
        self.hubs.currentItemChanged.connect(self._picked)
        self.search_button = QPushButton(self.tr("Search again"))
        self.search_button.clicked.connect(self.search)
        self.found = QLabel(wordWrap=True)
        self.url = QLineEdit(placeholderText="http://hub.local:8765")
        self.slug = QLineEdit(placeholderText="bergen-2026")
        self.token = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.said = QLabel(wordWrap=True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.connect_button.clicked.connect(self.connect_hub)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Hubs on this network:")))
        layout.addWidget(self.hubs)
        layout.addWidget(self.found)
        layout.addWidget(self.search_button)
        form = QFormLayout()
        form.addRow(self.tr("Hub address (URL):"), self.url)
        form.addRow(self.tr("Event (slug):"), self.slug)
        form.addRow(self.tr("Desk token:"), self.token)
        layout.addLayout(form)
        layout.addWidget(self.said)
        layout.addWidget(self.buttons)

    # -- finding -------------------------------------------------------------------------
    def search(self) -> None:
        """Listen for hubs for a few seconds on an I/O thread; the list fills when done."""
        self.search_button.setEnabled(False)
        self.found.setText(self.tr("Searching for hubs…"))
        self.window_.runner.run_io(lambda: find_hubs(SEARCH_S), self.show_hubs, self._not_searched)

    def show_hubs(self, found: list[FoundHub]) -> None:
        self.search_button.setEnabled(True)
        self.hubs.clear()
        for hub in found:
            item = QListWidgetItem(f"{hub.name} — {hub.url}")
            item.setData(Qt.ItemDataRole.UserRole, hub.url)
            self.hubs.addItem(item)
        if found:
            self.found.setText(
                self.tr("Hubs found: {count}. Pick one, or type an address.").format(
                    count=len(found)
                )
            )
            if not self.url.text().strip():
                self.hubs.setCurrentRow(0)
        else:
            self.found.setText(self.tr("No hub answered on this network: type its address."))

    def _not_searched(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.found.setText(
            self.tr("Could not search this network ({error}): type the hub's address.").format(
                error=error
            )
        )

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.url.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- connecting ----------------------------------------------------------------------
    def request(self) -> HubRequest | None:
        """The request from the fields, or None (with the missing field said in words)."""
        url, event, token = (f.text().strip() for f in (self.url, self.slug, self.token))
        missing = [name for name, value in ((self.tr("the hub's address"), url),
                   (self.tr("the event's slug"), event), (self.tr("the token"), token))
                   if not value]  # fmt: skip
        if missing:
            self.said.setText(self.tr("Give {what}.").format(what=", ".join(missing)))
            return None
        if "://" not in url:
            url = "http://" + url
        return HubRequest(url.rstrip("/"), event, token, self.window_.desk.desk_name)

    def connect_hub(self) -> None:
        """Connect on an I/O thread (the same work as ``checkin connect``); say the outcome."""
        request = self.request()
        if request is None:
            return
        here, here_id = self.window_.desk.path, self.window_.desk.event.id

        def path_for(info: EventInfo) -> Path:
            return here if info.id == here_id else config.data_dir() / f"{info.slug}.sqlite"

        self.connect_button.setEnabled(False)
        self.said.setText(self.tr("Connecting to {url}…").format(url=request.url))
        self.window_.runner.run_io(
            lambda: connect_hub(request, path_for), self.connected, self.failed
        )

    def connected(self, linked: Linked) -> None:
        self.connect_button.setEnabled(True)
        self.token.clear()  # kept in the secret store now, not on screen
        self.said.setText(
            self.tr("Connected to {event}: {pulled} changes pulled from the hub. This desk now "
                    "syncs with it ({file}).").format(
                event=linked.info.name, pulled=linked.report.pulled, file=linked.path)
        )  # fmt: skip
        self.window_.open_requested.emit(linked.path)  # the window shows it, the panel syncs it

    def failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.said.setText(failure_words(error))


def failure_words(error: BaseException) -> str:
    """Why a connect failed, in the volunteer's words."""
    if isinstance(error, TokenRefusedError):
        return translate("ConnectDialog", "The hub refused the token: it is unknown, revoked or "
                         "for another event. Ask the organiser for a new one.")  # fmt: skip
    if isinstance(error, HubUnreachableError):
        return translate(
            "ConnectDialog", "Could not reach the hub: {error}. Check the address and the network."
        ).format(error=error)
    if isinstance(error, HubRefusedError):
        return translate("ConnectDialog", "The hub refused: {error}").format(error=error)
    if isinstance(error, UserError):
        return str(error)
    return translate("ConnectDialog", "Could not connect: {error}").format(error=error)
