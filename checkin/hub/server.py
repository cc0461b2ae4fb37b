"""Running the hub: migrate the database, then serve the app under uvicorn (HTTP or HTTPS)."""

from __future__ import annotations

import logging
import signal
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from checkin.errors import UserError
from checkin.hub import db
from checkin.hub.app import create_app
from checkin.messages import _
from checkin.sync.protocol import MAX_BODY_BYTES


@dataclass(frozen=True)
class ServeOptions:
    """How to serve: address, database, TLS files, limits."""

    db_url: str
    host: str = "127.0.0.1"
    port: int = 8765
    certfile: Path | None = None
    keyfile: Path | None = None
    max_body: int = MAX_BODY_BYTES
    access_log: bool = False
    limit_concurrency: int = 200
    advertise: bool = True  # announce the hub by mDNS (`checkin.hub.advertise`)


def serve(options: ServeOptions) -> None:
    """Serve until interrupted; raises UserError for a bad certificate pair or database."""
    if (options.certfile is None) != (options.keyfile is None):
        raise UserError(_("HTTPS needs both --certfile and --keyfile."))
    for path in (options.certfile, options.keyfile):
        if path is not None and not path.is_file():
            raise UserError(_("No such file: {path}").format(path=path))
    engine = db.make_engine(options.db_url)
    db.migrate(engine)
    app = create_app(engine, options.max_body)
    logging.getLogger("checkin.sync").setLevel(logging.INFO)
    scheme = "https" if options.certfile else "http"
    print(f"Hub on {scheme}://{options.host}:{options.port} (API at /docs), "
          f"database {engine.url.render_as_string(hide_password=True)}", flush=True)  # fmt: skip
    # uvicorn stops gracefully on SIGTERM, then raises it again: this handler turns that into a
    # clean exit (status 0) that unwinds through the announcement, so it is withdrawn
    signal.signal(signal.SIGTERM, _stopped)
    with _advertised(options):
        uvicorn.run(
            app, host=options.host, port=options.port,
            ssl_certfile=str(options.certfile) if options.certfile else None,
            ssl_keyfile=str(options.keyfile) if options.keyfile else None,
            access_log=options.access_log, limit_concurrency=options.limit_concurrency,
            timeout_keep_alive=30, server_header=False, log_level="info",
        )  # fmt: skip


def _stopped(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _advertised(options: ServeOptions) -> AbstractContextManager[object]:
    """Announce the hub by mDNS while it serves (unless told not to); withdrawn on the way out."""
    if not options.advertise:
        return nullcontext()
    from checkin.hub.advertise import Advertiser

    try:
        return Advertiser(options.host, options.port, https=options.certfile is not None)
    except (OSError, ValueError) as error:  # no multicast here: the hub serves, typed URLs work
        logging.getLogger("checkin.hub").warning("not announced by mDNS: %s", error)
        return nullcontext()
