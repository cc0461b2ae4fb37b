"""``checkin hub ...``: serve the hub, and manage its events, tokens, imports and reports.

Every command takes ``--db URL`` (a file path or sqlite:/// URL, or postgresql://...; default
$CHECKIN_HUB_DB, else hub.sqlite in the data folder) and most take ``--json``. The hub's
packages (FastAPI, uvicorn, SQLAlchemy, Alembic, psycopg) are imported only here, inside the
handlers, so the desk's commands start without them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from checkin.commands.common import (
    Subparsers,
    TerminalProgress,
    add_json,
    check_day,
    emit,
    parse_day,
)
from checkin.commands.common import parse_days as parse_day_list
from checkin.domain.model import Event
from checkin.errors import UserError
from checkin.messages import _, ngettext
from checkin.reports.language import Words


def default_db() -> str:
    """Return the hub database used when --db is not given."""
    from checkin.config import data_dir

    return os.environ.get("CHECKIN_HUB_DB") or str(data_dir() / "hub.sqlite")


def _common(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=None,
        help="hub database: a file path, sqlite:///PATH or postgresql://... "
        "(default: $CHECKIN_HUB_DB, else hub.sqlite in the data folder)",
    )  # fmt: skip
    if json_flag:
        add_json(parser)


def register(sub: Subparsers) -> None:
    hub = sub.add_parser("hub", help="the hub desks sync through: serve it, manage events")
    verbs = hub.add_subparsers(dest="hub_command", metavar="HUB_COMMAND", required=True)
    _register_serve(verbs)
    event = verbs.add_parser("event", help="create or list events").add_subparsers(
        dest="event_command", metavar="EVENT_COMMAND", required=True)  # fmt: skip
    create = event.add_parser("create", help="create an event")
    create.add_argument("--slug", required=True, help="short name in URLs, like bergen-2026")
    create.add_argument("--name", required=True)
    create.add_argument("--days", required=True, type=parse_day_list, metavar="D1,D2")
    create.add_argument("--timezone", default="Europe/Oslo")
    _common(create)
    create.set_defaults(func=_run(_event_create))
    listing = event.add_parser("list", help="list the hub's events")
    _common(listing)
    listing.set_defaults(func=_run(_event_list))
    _register_data(verbs)
    _register_tokens(verbs)


def _register_serve(verbs: Subparsers) -> None:
    serve = verbs.add_parser("serve", help="serve the hub over HTTP(S); OpenAPI at /docs")
    serve.add_argument("--host", default="127.0.0.1", help="address (0.0.0.0: the whole LAN)")
    serve.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    serve.add_argument("--certfile", type=Path, help="TLS certificate (PEM) for HTTPS")
    serve.add_argument("--keyfile", type=Path, help="TLS private key (PEM) for HTTPS")
    serve.add_argument("--max-body", type=int, default=None, metavar="BYTES",
                       help="largest request body (default 4 MiB)")  # fmt: skip
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.add_argument("--no-advertise", dest="advertise", action="store_false",
                       help="do not announce the hub on the local network by mDNS")  # fmt: skip
    _common(serve, json_flag=False)
    serve.set_defaults(func=_run(_serve))


def _register_data(verbs: Subparsers) -> None:
    imp = verbs.add_parser("import", help="import registrations (CSV/XLSX) into an event")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--event", required=True, metavar="SLUG")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN")
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    _common(imp)
    imp.set_defaults(func=_run(_import))
    _register_report(verbs)


def _register_report(verbs: Subparsers) -> None:
    from checkin.commands.reports import add_lang, add_report_output

    rep = verbs.add_parser("report", help="attendance: expected and checked in, per group "
                           "(the options of checkin report)")  # fmt: skip
    rep.add_argument("--event", required=True, metavar="SLUG")
    rep.add_argument("--by", metavar="FIELD", help="category, ticket_type, organisation, "
                     "status, order_code, day, point, or an imported column's header")  # fmt: skip
    rep.add_argument("--day", type=parse_day, metavar="YYYY-MM-DD",
                     help="default: today during the event, else every day")  # fmt: skip
    rep.add_argument("--all-days", action="store_true", help="the whole event, every day")
    rep.add_argument("--point", default="main", metavar="NAME")
    add_report_output(rep)
    _common(rep)
    rep.set_defaults(func=_run(_report))
    exp = verbs.add_parser("export", help="write attendance to OUT.csv or OUT.xlsx "
                           "(the columns of checkin export)")  # fmt: skip
    exp.add_argument("out", type=Path, metavar="FILE")
    exp.add_argument("--event", required=True, metavar="SLUG")
    exp.add_argument("--point", default="main", metavar="NAME")
    add_lang(exp)
    exp.add_argument("--excel-nordic", action="store_true",
                     help="CSV in Windows-1252 for old Excel (semicolons, CRLF)")  # fmt: skip
    _common(exp)
    exp.set_defaults(func=_run(_export))


def _register_tokens(verbs: Subparsers) -> None:
    token = verbs.add_parser("token", help="desk and admin tokens").add_subparsers(
        dest="token_command", metavar="TOKEN_COMMAND", required=True)  # fmt: skip
    add = token.add_parser("add", help="make a token (printed once)")
    add.add_argument("name", metavar="NAME", help="the desk's name, e.g. desk-1")
    add.add_argument("--admin", action="store_true", help="the organiser's token")
    add.add_argument("--event", metavar="SLUG", help="only for this event (default: all)")
    _common(add)
    add.set_defaults(func=_run(_token_add))
    revoke = token.add_parser("revoke", help="revoke a token by name")
    revoke.add_argument("name", metavar="NAME")
    _common(revoke)
    revoke.set_defaults(func=_run(_token_revoke))
    listing = token.add_parser("list", help="list tokens (never their secrets)")
    _common(listing)
    listing.set_defaults(func=_run(_token_list))


def _run(handler: Callable[[argparse.Namespace, Any], int]) -> Callable[[argparse.Namespace], int]:
    """Open the database (migrated) for a handler; say what to install when the hub is not."""

    def run(args: argparse.Namespace) -> int:
        args.db = args.db or default_db()
        try:
            from checkin.hub import db
        except ModuleNotFoundError as error:
            raise UserError(
                _("The hub needs {module}: pip install 'checkin-desk[hub]'").format(
                    module=error.name
                )
            ) from None
        if handler is _serve:
            return handler(args, None)
        if "://" not in args.db:
            Path(args.db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = db.make_engine(args.db, pool_size=1)
        try:
            db.migrate(engine)
            return handler(args, engine)
        finally:
            engine.dispose()

    return run


def _serve(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub.server import ServeOptions, serve
    from checkin.sync.protocol import MAX_BODY_BYTES

    serve(ServeOptions(
        args.db, args.host, args.port, args.certfile, args.keyfile,
        args.max_body or MAX_BODY_BYTES, args.access_log, advertise=args.advertise,
    ))  # fmt: skip
    return 0


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _mapping(items: list[str]) -> dict[str, str]:
    pairs = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(_("--map '{item}' must look like FIELD=COLUMN").format(item=item))
        pairs[key.strip()] = value.strip()
    return pairs


def _event_create(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub import db, events

    with db.writing(engine) as conn:
        made = events.create(conn, args.slug, args.name, args.days, args.timezone,
                             _now().isoformat())  # fmt: skip
    info = made.info(with_private_key=False).model_dump(mode="json", exclude={"private_key"})
    _say(
        args,
        info,
        _("Event '{slug}' created: {name}, {days}.").format(
            slug=made.slug, name=made.name, days=", ".join(d.isoformat() for d in made.days)
        ),
    )
    return 0


def _event_list(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub import db, events

    with db.reading(engine) as conn:
        found = events.listed(conn)
    rows = [e.info(with_private_key=False).model_dump(mode="json", exclude={"private_key"})
            for e in found]  # fmt: skip
    text = "\n".join(
        f"{e.slug}\t{e.name}\t" + ngettext("{count} entry", "{count} entries", e.last_seq).format(
            count=e.last_seq) for e in found
    )  # fmt: skip
    _say(
        args, rows, text or _("No events yet: checkin hub event create --slug S --name N --days D")
    )
    return 0


def _import(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub import db, events, importing

    progress = TerminalProgress("import")
    try:
        with db.writing(engine) as conn:
            event = events.get(conn, args.event)
            result = importing.import_file(conn, event, args.file, _now(),
                                           _mapping(args.map), dry_run=args.dry_run,
                                           progress=progress)  # fmt: skip
    finally:
        progress.close()
    text = ngettext(
        "{file}: {rows} row, {added} added, {updated} updated, {unchanged} unchanged, "
        "{cancelled} cancelled",
        "{file}: {rows} rows, {added} added, {updated} updated, {unchanged} unchanged, "
        "{cancelled} cancelled",
        result["rows"],
    )
    text = Words().format(text, **{**result, "file": args.file})  # counts grouped: "10 800"
    written = "." if result["written"] else _("; nothing written.")
    _say(args, result, text + written)
    for problem in result["problems"]:
        print(problem, file=sys.stderr)
    return 2 if result["problems"] else 0


def _report(args: argparse.Namespace, engine: Any) -> int:
    from checkin.domain.attendance import collector_paused

    with collector_paused():  # as the desk's report: the snapshot's rows hold no cycles
        return _report_read(args, engine)


def _report_read(args: argparse.Namespace, engine: Any) -> int:
    from checkin.commands.reports import report_format, report_said, write_report
    from checkin.hub import db, events, report
    from checkin.reports.queries import Scope, needs_extra
    from checkin.reports.report import build, to_json

    kind = report_format(args)
    with db.reading(engine) as conn:
        event = events.get(conn, args.event)
        data = report.attendance(conn, event, extra=needs_extra(args.by))
    day = _report_day(args, data.event)
    built = build(data, Scope(args.point, day), args.by, queue=args.queue)
    facts = to_json(built)
    if kind is not None and args.out is not None:
        write_report(built, facts, kind, args.out, args.lang)
        facts["file"] = str(args.out)
    elif kind == "json":
        facts["file"] = None
        emit(facts)
        return 0
    _say(args, facts, report_said(built, args.out))
    return 0


def _report_day(args: argparse.Namespace, event: Event) -> date | None:
    """The day a hub report covers: as asked; else today during the event; else every day."""
    if args.all_days:
        return None
    if args.day is not None:
        check_day(event, args.day)
        return date.fromisoformat(str(args.day))
    today = datetime.now(ZoneInfo(event.timezone)).date()
    return today if today in event.days else None


def _export(args: argparse.Namespace, engine: Any) -> int:
    from checkin.export import write_attendance
    from checkin.hub import db, events, report

    with db.reading(engine) as conn:
        data = report.attendance(conn, events.get(conn, args.event))
    count = write_attendance(data, args.point, args.out, args.lang, args.excel_nordic).rows
    text = ngettext("{count} registration written to {file}.",
                    "{count} registrations written to {file}.", count)  # fmt: skip
    text = Words().format(text, count=count, file=args.out)  # counts grouped: "10 800"
    _say(args, {"file": str(args.out), "rows": count}, text)
    return 0


def _token_add(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub import db, events, tokens

    with db.writing(engine) as conn:
        if args.event:
            events.get(conn, args.event)
        clear = tokens.add(conn, args.name, _now().isoformat(), admin=args.admin,
                           event_slug=args.event)  # fmt: skip
    _say(
        args,
        {"name": args.name, "token": clear, "admin": args.admin, "event": args.event},
        _("Token for '{name}' (shown once; keep it where the desk can read it):").format(
            name=args.name
        )
        + f"\n{clear}",
    )
    return 0


def _token_revoke(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub import db, tokens

    with db.writing(engine) as conn:
        found = tokens.revoke(conn, args.name, _now().isoformat())
    text = _("Token '{name}' revoked at {at}.").format(name=found.name, at=found.revoked_at)
    _say(args, {"name": found.name, "revoked_at": found.revoked_at}, text)
    return 0


def _token_list(args: argparse.Namespace, engine: Any) -> int:
    from checkin.hub import db, tokens

    with db.reading(engine) as conn:
        found = tokens.listed(conn)
    rows = [{"name": t.name, "admin": t.admin, "event": t.event_slug, "created_at": t.created_at,
             "revoked_at": t.revoked_at} for t in found]  # fmt: skip
    lines = [
        "\t".join([t.name, "admin" if t.admin else "desk", t.event_slug or _("all events"),
                   _("revoked {at}").format(at=t.revoked_at) if t.revoked_at else _("active")])
        for t in found
    ]  # fmt: skip
    _say(args, rows, "\n".join(lines) or _("No tokens yet: checkin hub token add NAME"))
    return 0


def _say(args: argparse.Namespace, obj: Any, text: str) -> None:
    if args.json:
        emit(obj)
    else:
        print(text)
