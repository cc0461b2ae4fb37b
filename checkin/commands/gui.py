"""Commands that open the window: run (an event file) and demo (a demo event, no hardware)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.commands.common import Subparsers
    from checkin.config import Settings
    from checkin.desk import Desk
    from checkin.scan.sources import FrameSource

NO_CAMERA = "none"  # the camera setting for a desk with a handheld scanner only


def register(sub: Subparsers) -> None:
    run = sub.add_parser("run", help="open the desk window on an event file")
    run.add_argument("--db", type=Path, required=True, metavar="PATH", help="the event file")
    run.add_argument("--camera", help="camera index, video file or URL (default: the setting, 0)")
    run.add_argument("--no-camera", action="store_true", help="handheld scanner and search only")
    run.add_argument("--printer", help="print badges on this printer")
    run.add_argument("--template", help="badge template (default: the setting, 90x55)")
    run.add_argument("--desk", metavar="NAME", help="this desk's name")
    run.set_defaults(func=run_run)

    demo = sub.add_parser("demo", help="open the window on a demo event with a simulated camera")
    demo.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the demo event file (made if missing; default: demo.sqlite in the data folder, "
        "made again when its days are over)",
    )
    demo.set_defaults(func=run_demo)


def run_run(args: argparse.Namespace) -> int:
    """Open the window on an event file.

    Two threads start first: the database thread opens the event file (the desk's name is
    given to it when the window is built, before any check-in), another reads the settings
    with their secrets (the keyring is asked, a tenth of a second). Meanwhile this thread
    reads the settings file alone and loads Qt and the window, which shows at once; the admin
    PIN comes when the keyring answers. The camera, and OpenCV with it, opens once the window
    is on screen.
    """
    from concurrent.futures import ThreadPoolExecutor

    from checkin import config

    _native_modules_first()
    database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    desk = database.submit(_open_event, args.db)
    reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="settings")
    whole = reader.submit(lambda: _given(args, config.load()))
    reader.shutdown(wait=False)
    shown = _given(args, config.load_shown())  # the file alone: no secret store asked
    from checkin.ui.app import run_window

    no_camera = args.no_camera or shown.camera == NO_CAMERA
    camera = None if no_camera else _camera(shown.camera)
    return run_window(desk, camera=camera, settings=shown, secrets=whole, database=database)


def _native_modules_first() -> None:
    """Load, on this thread alone, the native modules whose start is not safe beside imports.

    The window's start imports on three threads at once (the event file, the settings, Qt).
    shiboken6 walks ``sys.modules`` as it starts: another thread's import then aborts the
    process ("libshiboken/signature: could not initialize part 2", 1 start in 160 here).
    cryptography's Rust bindings, asked by the desk (ticket signatures) and by the keyring's
    secret service, were seen half-made by a second thread (ModuleNotFoundError at start).
    Both load here first, before any other thread (about 70 ms that the window needs anyway).
    """
    import cryptography.exceptions  # noqa: F401  (its Rust bindings)
    import shiboken6  # noqa: F401


def _given(args: argparse.Namespace, settings: Settings) -> Settings:
    """The settings with what the command line gave in their place."""
    from dataclasses import replace

    given = {"camera": args.camera, "printer": args.printer, "template": args.template,
             "desk_name": args.desk}  # fmt: skip
    return replace(settings, **{key: value for key, value in given.items() if value})


def _open_event(path: Path) -> Desk:
    from checkin.desk import Desk

    return Desk.open(path)


def _camera(name: str) -> Callable[[], FrameSource]:
    """Open the camera when called (OpenCV is loaded then, on an I/O thread)."""

    def open_camera() -> FrameSource:
        from checkin.scan.sources import open_source

        return open_source(name)

    return open_camera


def run_demo(args: argparse.Namespace) -> int:
    """Open the window on the demo event, made or opened on the database thread."""
    from concurrent.futures import ThreadPoolExecutor

    from checkin import config
    from checkin.atomic_files import make_folder

    folder = config.data_dir() / "demo"
    path = args.db or folder / "demo.sqlite"
    make_folder(path.parent)  # owner-only: badges with names go here
    badges = path.parent / "badges"  # no printer needed: each badge is a PDF here
    make_folder(badges)
    print(f"Demo event: {path}\nBadge PDFs: {badges}")
    _native_modules_first()
    database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    desk = database.submit(open_demo, path, args.db is None)
    tickets = database.submit(lambda: _demo_tickets(desk.result()))
    from checkin.ui.app import run_window

    settings_path = folder / "settings.toml"  # the demo leaves the desk's own settings alone
    reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="settings")
    whole = reader.submit(config.load, settings_path)
    reader.shutdown(wait=False)
    return run_window(desk, camera=lambda: _demo_camera(tickets.result()), pdf_dir=badges,
                      settings=config.load_shown(settings_path), secrets=whole,
                      settings_path=settings_path, database=database)  # fmt: skip


def _demo_tickets(desk: Desk) -> list[str]:
    """What the demo camera holds up: valid tickets, one twice, and an unknown one."""
    people = [p for p in desk.registrations() if p.status.value == "valid"][:12]
    payloads = [desk.ticket_payload(p) for p in people] + ["UNKNOWN-TICKET"]
    return payloads[:3] + payloads[:1] + payloads[3:]


def _demo_camera(tickets: list[str]) -> FrameSource:
    """A simulated camera holding up the demo tickets (made on an I/O thread)."""
    from checkin.scan.simulated import SimulatedCamera

    return SimulatedCamera(tickets)


def open_demo(path: Path, renew: bool) -> Desk:
    """The demo event at ``path``: the one there if today is one of its days, else a new one.

    With ``renew`` an old demo (its days over) is replaced; without, it is opened as it is.
    """
    from checkin.demo import make_demo
    from checkin.desk import Desk

    if path.exists():
        desk = Desk.open(path)
        if not renew or desk.today() in desk.event.days:
            return desk
        desk.close()
        for stale in (path, *path.parent.glob(path.name + "-*")):  # with its -wal and -shm
            stale.unlink(missing_ok=True)
    return make_demo(path, size=300)


def desk_arguments(recent_events: tuple[str, ...]) -> list[str]:
    """What the windowed program runs: the latest event still there, else the demo."""
    for name in recent_events:
        if Path(name).exists():
            return ["run", "--db", name]
    return ["demo"]


def desk_main() -> int:
    """The windowed program (checkin-desk), started from a menu or an icon, not a terminal."""
    from checkin import config
    from checkin.cli import main

    return main([*desk_arguments(config.load().recent_events), *sys.argv[1:]])
