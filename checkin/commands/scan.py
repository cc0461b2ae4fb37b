"""Commands that read QR codes: decode (image files) and scan (camera, video file, stream)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checkin.commands.admit import notice_text, result_json, result_text
from checkin.commands.common import Subparsers, add_day, add_db, add_desk, add_json, open_desk, show
from checkin.domain.model import Method, Outcome
from checkin.messages import _, say
from checkin.scan.decoders import DECODERS, choose
from checkin.scan.files import FileResult, decode_file
from checkin.scan.scanner import ScanEvent, Scanner
from checkin.scan.sources import open_source


def register(sub: Subparsers) -> None:
    decode = sub.add_parser("decode", help="read the QR codes in image files")
    decode.add_argument("files", nargs="+", metavar="FILE")
    decode.add_argument("--decoder", choices=sorted(DECODERS), default="layered")
    add_json(decode)
    decode.set_defaults(func=run_decode)

    scan = sub.add_parser("scan", help="check in every ticket a camera, video or stream shows")
    scan.add_argument("source", metavar="SOURCE", help="camera index (0), video file, or URL")
    add_db(scan)
    add_desk(scan)
    add_day(scan)
    scan.add_argument("--decoder", choices=sorted(DECODERS), default="layered")
    scan.add_argument("--width", type=int, help="camera resolution: width")
    scan.add_argument("--height", type=int, help="camera resolution: height")
    add_json(scan)
    scan.set_defaults(func=run_scan)


def _decoded_text(result: FileResult) -> str:
    if result.error:
        return f"{result.file}: {say(result.error)}"
    if not result.codes:
        return _("{file}: no QR code found ({ms:g} ms)").format(file=result.file, ms=result.ms)
    return "\n".join(f"{result.file}: {code}" for code in result.codes)


def run_decode(args: argparse.Namespace) -> int:
    decoder = choose(args.decoder)
    failed = False
    for name in args.files:
        result = decode_file(Path(name), decoder)
        show(args, result.to_json(), _decoded_text(result))
        failed = failed or bool(result.error)
    return 2 if failed else 0


def run_scan(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    zone = desk.event.timezone
    try:
        source = open_source(args.source, args.width, args.height, wait=False)
    except BaseException:
        desk.close()
        raise
    refused = False

    def check_in(event: ScanEvent) -> None:
        nonlocal refused
        # a live source's frame time is monotonic (timed); a file's is its place in the video
        seen_at = event.at if source.live else None
        result = desk.check_in(event.text, Method.SCAN, args.day, seen_at=seen_at)
        out = result_json(result, zone)
        text = result_text(result, zone)
        if event.others:
            out["others_in_view"] = event.others
            text += "  " + _("(also in view: {count} more)").format(count=event.others)
        show(args, out, text)
        notice = notice_text(result)
        if notice and not args.json:
            print(_("Note: {notice}").format(notice=notice), file=sys.stderr)
        refused = refused or result.decision.outcome is Outcome.REJECTED

    scanner = Scanner(source, check_in, decoder=choose(args.decoder),
                      on_error=lambda message: print(message, file=sys.stderr))  # fmt: skip
    try:
        scanner.run_until_end()
    except KeyboardInterrupt:
        scanner.stop()
    finally:
        desk.close()
    return 1 if refused else 0
