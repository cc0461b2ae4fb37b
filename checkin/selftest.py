"""``checkin --self-test``: is this install or bundle whole? One line per check, then a verdict.

Run on a desk PC after unpacking the bundle, or in CI on the freshly built one. Everything
happens offscreen and in a temporary folder: no window, no printer, no camera, no network,
nothing left behind, the user's settings, keyring and event files untouched. Each check
imports what it needs itself, so a module missing from a bundle fails its check by name
instead of the whole run. Exit 0 when every check passed, 2 (something to fix) otherwise.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from checkin.desk import Desk
    from checkin.domain.model import Registration

EXIT_OK, EXIT_BROKEN = 0, 2
LANGUAGES = ("nb", "nn", "en")
PAYLOAD = "CHECKIN-SELFTEST-ÆØÅ-0042"
Check = Callable[["Context"], str]


class Context:
    """What the checks share: a temporary folder, and the desk the event check made."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.desk: Desk | None = None
        self.person: Registration | None = None

    def ready_desk(self) -> tuple[Desk, Registration]:
        if self.desk is None or self.person is None:
            raise RuntimeError("needs the event check, which failed")
        return self.desk, self.person


def assets() -> Path:
    """The assets folder: inside the bundle (``sys._MEIPASS``) or beside the package."""
    import sys

    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[1])) / "assets"


def check_qt(context: Context) -> str:
    """Qt starts on the offscreen platform, with QtGui, QtPrintSupport and QtMultimedia."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtMultimedia, QtPrintSupport  # noqa: F401  (the bundle must hold them)
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from checkin.badges.render import ensure_gui

    ensure_gui()
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.drawText(2, 15, "Åse")
    painter.end()
    return f"Qt {qVersion()} on the {app.platformName()} platform"


def check_decoder(context: Context) -> str:
    """A QR code made with qrcode is read back by the desk's decoder (zxing-cpp, OpenCV)."""
    import numpy as np
    import qrcode

    from checkin.scan.decoders import choose

    code = qrcode.QRCode(border=4, box_size=1)
    code.add_data(PAYLOAD)
    code.make(fit=True)
    modules = np.array(code.get_matrix(), dtype=np.uint8)
    gray = np.where(modules == 1, 0, 255).astype(np.uint8).repeat(8, axis=0).repeat(8, axis=1)
    found = [detection.text for detection in choose().decode(gray)]
    if found != [PAYLOAD]:
        raise RuntimeError(f"read {found!r} instead of the QR code's text")
    return f"read a {gray.shape[1]}x{gray.shape[0]} px QR code"


def check_event(context: Context) -> str:
    """An event file is made in a temporary folder, and a walk-in is checked in."""
    from checkin.desk import Desk
    from checkin.domain.clock import SystemClock, event_day
    from checkin.domain.model import DEFAULT_DAY_CHANGE, DEFAULT_TIMEZONE, Outcome

    path = context.folder / "event" / "self-test.sqlite"
    today = event_day(SystemClock().now(), DEFAULT_TIMEZONE, DEFAULT_DAY_CHANGE)  # not 00-04
    desk = Desk.create(path, "Self-test", (today,))
    context.desk = desk
    result = desk.walk_in("Åse", "Ødegård", "Helse Bergen")
    if result.decision.outcome is not Outcome.OK or result.registration is None:
        raise RuntimeError(f"the walk-in came out {result.decision.outcome.value}")
    context.person = result.registration
    again = desk.check_in(result.registration.code)
    if again.decision.outcome is not Outcome.DUPLICATE:
        raise RuntimeError(f"a second check-in came out {again.decision.outcome.value}")
    mode = path.stat().st_mode & 0o777
    return f"event file made ({oct(mode)}), walk-in checked in, the second scan refused"


def check_signature(context: Context) -> str:
    """A signed ticket verifies; one changed character makes it a forgery."""
    from checkin.domain.model import Outcome, Reason

    desk, person = context.ready_desk()
    payload = desk.ticket_payload(person)
    if not payload.startswith("CK1:"):
        raise RuntimeError("the walk-in's ticket is not signed")
    if desk.check_in(payload).decision.outcome is not Outcome.DUPLICATE:
        raise RuntimeError("the signed ticket was not recognised")
    last = payload[-1]
    forged = payload[:-1] + ("A" if last != "A" else "B")
    decision = desk.check_in(forged).decision
    if decision.reason is not Reason.FORGED:
        raise RuntimeError(f"a forged ticket came out {decision.reason}")
    return "signed ticket verified, forged one refused"


def check_badge(context: Context) -> str:
    """A badge of the walk-in renders to PDF with the bundled fonts and every template loads."""
    from checkin.badges.render import badge_for, render_pdf
    from checkin.badges.template import DEFAULT_TEMPLATE, load_template, template_names

    desk, person = context.ready_desk()
    names = template_names()
    for name in names:
        load_template(name)
    out = context.folder / "badge.pdf"
    badge = badge_for(person, desk.ticket_payload(person), desk.event.name)
    render_pdf([badge], load_template(DEFAULT_TEMPLATE), out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError("the PDF is not whole")
    return f"{len(data) // 1024} KB PDF; {len(names)} templates load"


def check_translations(context: Context) -> str:
    """Every translation catalogue (.qm) loads; bokmål and nynorsk translate a known label."""
    from PySide6.QtCore import QTranslator

    folder = assets() / "translations"
    catalogues = {path.stem.removeprefix("checkin_"): path for path in folder.glob("*.qm")}
    missing = [code for code in LANGUAGES if code != "en" and code not in catalogues]
    if missing:
        raise RuntimeError(f"no catalogue for {', '.join(missing)} in {folder}")
    for code, path in sorted(catalogues.items()):
        translator = QTranslator()
        if not translator.load(str(path)):
            raise RuntimeError(f"{path} does not load")
        if code != "en" and not translator.translate("Settings", "Language"):
            raise RuntimeError(f"{path} does not translate 'Language'")
    return f"{', '.join(sorted(catalogues))} load"


def check_sound(context: Context) -> str:
    """The desk's sounds load into QSoundEffect (played only where there is an output)."""
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    sounds = sorted((assets() / "sounds").glob("*.wav"))
    if not sounds:
        raise RuntimeError(f"no sounds in {assets() / 'sounds'}")
    if not QMediaDevices.audioOutputs():
        return f"{len(sounds)} sounds present; no audio output here, so none played"
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(sounds[0])))
    deadline = time.monotonic() + 3
    while effect.status() == QSoundEffect.Status.Loading and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if effect.status() != QSoundEffect.Status.Ready:
        raise RuntimeError(f"{sounds[0].name} did not load ({effect.status().name})")
    outputs = len(QMediaDevices.audioOutputs())
    return f"{len(sounds)} sounds; {sounds[0].name} loads, {outputs} audio output(s)"


def check_secrets(context: Context) -> str:
    """Say where the PIN's hash and the hub token would be kept; a file store round-trips."""
    from checkin.secrets_store import SecretStore, usable_keyring

    store = SecretStore(context.folder / "config", "no.checkin.desk.selftest", None)
    store.put("probe", "value")
    if store.get("probe") != "value" or (store.file.stat().st_mode & 0o777) != 0o600:
        raise RuntimeError("the secrets file did not keep a secret owner-only")
    ring = usable_keyring()
    return f"kept in {'the OS keyring (' + type(ring).__name__ + ')' if ring else 'a 0600 file'}"


CHECKS: list[tuple[str, Check]] = [
    ("qt", check_qt),
    ("decoder", check_decoder),
    ("event", check_event),
    ("signature", check_signature),
    ("badge", check_badge),
    ("translations", check_translations),
    ("sound", check_sound),
    ("secrets", check_secrets),
]


def run(extra: Sequence[tuple[str, Check]] = (), out: TextIO | None = None) -> int:
    """Run every check, print one line each and a verdict; return the exit code.

    Args:
        extra: more checks (the command line adds the window's modules).
        out: where the lines go (standard output by default).
    """
    import sys

    stream = out or sys.stdout
    failed: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="checkin-selftest-") as folder:
        context = Context(Path(folder))
        try:
            for name, check in [*CHECKS, *extra]:
                ok, detail = _one(check, context)
                print(f"{'ok  ' if ok else 'FAIL'}  {name:<13} {detail}", file=stream, flush=True)
                if not ok:
                    failed.append(name)
        finally:
            if context.desk is not None:
                context.desk.close()
    seconds = time.monotonic() - started
    total = len(CHECKS) + len(extra)
    if failed:
        print(f"self-test: {len(failed)} of {total} checks failed ({', '.join(failed)}); "
              "this install is broken: reinstall it, or send these lines to whoever looks "
              "after the desk.", file=stream)  # fmt: skip
        return EXIT_BROKEN
    print(f"self-test: all {total} checks passed in {seconds:.1f} s", file=stream)
    return EXIT_OK


def _one(check: Check, context: Context) -> tuple[bool, str]:
    try:
        return True, check(context)
    except Exception as error:  # each failure is reported by name; the others still run
        text = " ".join(str(error).split()) or "no message"
        return False, f"{type(error).__name__}: {text}"
