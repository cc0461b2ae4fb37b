"""Commands that open the window: run (an event file) and demo (a demo event, no hardware)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.desk import Desk

from checkin.commands.common import Subparsers


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
    from dataclasses import replace

    from checkin import config
    from checkin.desk import Desk
    from checkin.scan.sources import open_source
    from checkin.ui.app import run_window

    settings = config.load()
    given = {"camera": args.camera, "printer": args.printer, "template": args.template,
             "desk_name": args.desk}  # fmt: skip
    settings = replace(settings, **{key: value for key, value in given.items() if value})
    desk = Desk.open(args.db, settings.desk_name or None)
    no_camera = args.no_camera or settings.camera == "none"
    source = None if no_camera else open_source(settings.camera)
    return run_window(desk, source, settings=settings)


def run_demo(args: argparse.Namespace) -> int:
    from checkin import config
    from checkin.atomic_files import make_folder
    from checkin.scan.simulated import SimulatedCamera
    from checkin.ui.app import run_window

    folder = config.data_dir() / "demo"
    path = args.db or folder / "demo.sqlite"
    make_folder(path.parent)  # owner-only: badges with names go here
    desk = open_demo(path, renew=args.db is None)
    people = [p for p in desk.registrations() if p.status.value == "valid"][:12]
    payloads = [desk.ticket_payload(p) for p in people] + ["UNKNOWN-TICKET"]
    camera = SimulatedCamera(payloads[:3] + payloads[:1] + payloads[3:])
    badges = path.parent / "badges"  # no printer needed: each badge is a PDF here
    make_folder(badges)
    print(f"Demo event: {path}\nBadge PDFs: {badges}")
    settings_path = folder / "settings.toml"  # the demo leaves the desk's own settings alone
    return run_window(desk, camera, pdf_dir=badges, settings_path=settings_path)


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
