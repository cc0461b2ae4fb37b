"""Save PNGs of the desk window's main states into docs/screenshots/ (run by `make screenshots`).

Builds the demo event in a temporary folder, opens the window at 1366x768 on the X display
in $DISPLAY (the Xvfb that scripts/system_deps.sh starts; offscreen if there is none), feeds
it tickets, and grabs: ready, checked in, already checked in, refused, attention (with a scan
waiting behind it), search, walk-in, import, settings, kiosk, an English card, the window
without a camera (handheld scanner and search), the first run (the set-up banner), a handheld
scanner set to a US keyboard (the card's correction and notice), and the event's settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

if not os.environ.get("DISPLAY"):
    print("note: DISPLAY is not set; using the offscreen platform (run under Xvfb for real fonts)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QTimer, SignalInstance
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from checkin import APP_NAME, config
from checkin.badges.template_file import template_names
from checkin.demo import make_demo
from checkin.desk import CheckInResult
from checkin.domain import rules
from checkin.domain.model import Method
from checkin.scan.simulated import SimulatedCamera
from checkin.store.event import ticket_type
from checkin.ui import files
from checkin.ui.app import DeskApp
from checkin.ui.dialogs import PersonDialog, Pin
from checkin.ui.event_dialog import EventDialog
from checkin.ui.main_window import MainWindow
from checkin.ui.settings_dialog import SettingsDialog, printer_choices, template_choices

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1366, 768)
CSV = (  # a payer's and an attendee's e-mail under one header: the dialog says which it took
    "Påmeldingsnr;Fornavn;Etternavn;E-post;Arbeidssted;Kategori;Billettype;Status;E-post\n"
    "P1;Åse;Ødegård;faktura@helse-bergen.no;Helse Bergen;Sykehus;Konferansebillett;Betalt;"
    "ase.odegard@helse-bergen.no\n"
    "P2;Bjørn;Bråten;post@askoy.kommune.no;Askøy kommune;Kommune;Dagsbillett dag 1;Avbestilt;"
    "bjorn.braten@askoy.kommune.no\n"
    "P3;Håvard;Sæther;faktura@equinor.com;Equinor;Industri;Konferansebillett;Betalt;"
    "haavard.saether@equinor.com\n"
    "P4;Ingrid;Løvås;faktura@ntnu.no;NTNU;Student;Studentbillett;Betalt;ingrid.lovas@ntnu.no\n"
)


def settings_offers() -> dict[str, list[tuple[str, str]]]:
    """What the desk offers in the settings once it has looked (printers, templates)."""
    return {"template": template_choices(template_names()),
            "printer": printer_choices(["BadgePDF", "Brother_QL_820NWB"])}  # fmt: skip


class StillCamera:
    """A live source that always shows the same ticket held up to the camera."""

    live, fps, description = True, 10.0, "screenshot camera"

    def __init__(self, payload: str) -> None:
        self.frame = SimulatedCamera([payload]).frame_at(0.2)

    def read(self) -> np.ndarray | None:
        time.sleep(1 / self.fps)
        return self.frame.copy()

    def close(self) -> None:
        """Nothing to release."""


def pump(ms: int = 300) -> None:
    """Process events for ``ms`` milliseconds."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def wait_for(signal: SignalInstance, start: Callable[[], None], timeout: float = 5.0) -> object:
    """Call ``start`` and return the first value ``signal`` emits (raises on timeout)."""
    got: list[object] = []
    loop = QEventLoop()

    def take(value: object) -> None:
        got.append(value)
        loop.quit()

    signal.connect(take)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    start()
    if not got:
        loop.exec()
    signal.disconnect(take)
    if not got:
        raise TimeoutError("the window did not answer in time")
    return got[0]


class Shooter:
    """Drives check-ins and saves grabs of the window, with a dialog painted over it."""

    def __init__(self, app: DeskApp) -> None:
        self.window: MainWindow = app.current
        self.written: list[Path] = []

    def save(self, name: str, dialog: QWidget | None = None) -> None:
        pump()
        shot = self.window.grab()
        if dialog is not None:  # no window manager on Xvfb: paint the dialog where it is
            where = dialog.geometry().topLeft() - self.window.geometry().topLeft()
            painter = QPainter(shot)
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
            painter.drawPixmap(where, dialog.grab())
            painter.setPen(QColor("#444"))
            painter.drawRect(QRect(where, dialog.size()).adjusted(0, 0, -1, -1))
            painter.end()
        path = OUT / f"{name}.png"
        shot.save(str(path))
        self.written.append(path)

    def check(self, text: str) -> CheckInResult:
        result = wait_for(self.window.result_shown, lambda: self.window.check_in(text, Method.SCAN))
        assert isinstance(result, CheckInResult)
        return result

    def reset(self) -> None:
        self.window.clear()  # card, note and query, as Esc does
        pump(100)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="checkin-shots-"))
    (tmp / "eksport.csv").write_bytes(CSV.encode("cp1252"))
    desk = make_demo(tmp / "demo.sqlite", size=300, seed=2)
    people = list(desk.registrations())
    whole = [r for r in people if r.status.value == "valid" and "dag" not in r.ticket_type]
    conn = desk.conn  # the app's database thread is not running yet
    ticket_types = desk.ticket_type_names()
    noted = {r.code for r in whole if rules.attention_flags(r, ticket_type(conn, r.ticket_type))}
    plain_people = [r for r in whole if r.code not in noted]
    plain = [desk.ticket_payload(r) for r in plain_people]
    flagged = [desk.ticket_payload(r) for r in whole if r.code in noted]
    cancelled = [r for r in people if r.status.value == "cancelled"]
    refused = desk.ticket_payload(cancelled[0]) if cancelled else "UNKNOWN-TICKET"
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    qapp.setApplicationName(APP_NAME)
    pin = Pin("2468")
    settings = config.Settings(
        language="nb", desk_name="Skranke 1", pin_hash=pin.digest.hex(), pin_salt=pin.salt.hex()
    )
    app = DeskApp(desk, StillCamera(plain[0]), settings=settings,
                  settings_path=tmp / "settings.toml", pdf_dir=tmp)  # fmt: skip
    app.bridge.code_seen.disconnect()  # the still camera must not check anyone in by itself
    shots = Shooter(app)
    window = app.current
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    pump(1000)
    try:
        shots.save("01-ready")
        for name, payload in (
            ("02-checked-in", plain[0]),
            ("03-already-checked-in", plain[0]),
            ("04-refused", refused),
            ("05-attention", flagged[0]),
        ):
            shots.reset()
            shots.check(payload)
            shots.save(name)
        window.check_in(plain[4], Method.HANDHELD)  # waits behind the note
        shots.save("05-attention")
        shots.reset()
        pump(300)
        window.search.box.setText("bjorheim boe")
        pump(1200)
        shots.save("06-search")
        window.search.box.clear()
        for name, dialog in (
            ("07-walk-in", PersonDialog(window, ticket_types=ticket_types)),
            ("08-import", files.open_import(window, tmp / "eksport.csv")),
            ("09-settings", SettingsDialog(app.settings, window, settings_offers())),
        ):
            dialog.show()
            pump(500)
            shots.save(name, dialog)
            dialog.close()
        window.toggle_kiosk()  # full screen: the Xvfb screen's size, not SIZE
        pump(1000)
        shots.check(plain[1])
        shots.save("10-kiosk")
        shots.reset()
        window.pin = Pin()  # leave kiosk mode without the PIN prompt
        window.toggle_kiosk()
        window.resize(*SIZE)
        app.set_language("en")
        shots.check(plain[2])
        shots.save("11-english")
        shots.reset()
        app.set_language("nb")
        window.set_camera(False)
        shots.check(plain[3])
        shots.save("12-no-camera")
        shots.reset()
        window.apply(config.Settings(language="nb"))  # a new desk: no name, no PIN yet
        shots.save("13-first-run")
        window.apply(settings)
        shots.check(plain_people[5].code.replace("-", "+"))  # a US scanner, a Norwegian computer
        shots.save("14-scanner-layout")
        shots.reset()
        dialog = EventDialog(desk.event, window)
        dialog.show()
        pump(300)
        shots.save("15-event-settings", dialog)
        dialog.close()
    finally:
        app.stop()
    for path in shots.written:
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
