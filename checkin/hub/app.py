"""The hub's HTTP service: FastAPI routes over the ledger, OpenAPI at /docs, JSON errors.

Stateless between requests: everything lives in the database, so several hub processes can
serve one event from one PostgreSQL. Handlers are plain functions run in the server's thread
pool; each opens one transaction. Every refusal is ``{"error": {"code", "message",
"details"}}`` with a 4xx status (see docs/sync-protocol.md for the codes).
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from checkin import __version__
from checkin.hub import db, events, ledger, reads, report, tokens
from checkin.hub.errors import HubError
from checkin.hub.limits import BodyLimit
from checkin.sync.protocol import (
    MAX_BODY_BYTES,
    MAX_PULL_LIMIT,
    SUPPORTED_VERSIONS,
    Batch,
    Duplicate,
    ErrorBody,
    EventInfo,
    Health,
    PullPage,
    PushResult,
    RegistrationPage,
)

log = logging.getLogger("checkin.sync")
bearer = HTTPBearer(auto_error=False, description="A desk's or the admin's token")
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 422)
}


class NewEvent(BaseModel):
    """What the admin sends to create an event."""

    slug: str = Field(max_length=100)
    name: str = Field(min_length=1, max_length=500)
    days: list[date] = Field(min_length=1)
    timezone: str = "Europe/Oslo"


def now() -> datetime:
    return datetime.now(UTC)


def create_app(engine: sa.Engine, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """Build the service over a migrated database."""
    app = FastAPI(
        title="Check-in Desk hub", version=__version__, responses=ERRORS,
        description="Desks push the changes they made and pull the others'; see "
        "docs/sync-protocol.md. Every request but /health needs 'Authorization: Bearer TOKEN'.",
    )  # fmt: skip
    app.state.engine = engine
    _add_error_handlers(app)
    _add_routes(app)
    app.add_middleware(BodyLimit, max_bytes=max_body)  # type: ignore[arg-type]
    return app


def _engine(request: Request) -> sa.Engine:
    engine: sa.Engine = request.app.state.engine
    return engine


Engine = Annotated[sa.Engine, Depends(_engine)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _token(engine: Engine, credentials: Credentials) -> tokens.Token:
    with db.reading(engine) as conn:
        return tokens.check(conn, credentials.credentials if credentials else None)


Caller = Annotated[tokens.Token, Depends(_token)]


def _event(conn: sa.Connection, caller: tokens.Token, slug: str) -> events.HubEvent:
    if not caller.may_use(slug):
        raise HubError(403, "wrong_event", f"The token '{caller.name}' is not for event '{slug}'.")
    return events.get(conn, slug)


def _admin(caller: tokens.Token) -> None:
    if not caller.admin:
        raise HubError(403, "admin_only", "Only the organiser's (admin) token may do this.")


def _add_routes(app: FastAPI) -> None:  # noqa: C901 - one nested function per route
    @app.get("/health", response_model=Health, tags=["hub"])
    def health(engine: Engine) -> Health:
        """Tell whether the hub and its database answer (no token needed)."""
        try:
            with db.reading(engine) as conn:
                conn.execute(sa.text("SELECT 1"))
            state = "ok"
        except sa.exc.SQLAlchemyError as error:
            log.warning("health: database does not answer: %s", error)
            state = "unreachable"
        return Health(status="ok" if state == "ok" else "degraded", version=__version__,
                      protocol_versions=list(SUPPORTED_VERSIONS), database=state)  # fmt: skip

    @app.get("/v1/events", response_model=list[EventInfo], tags=["events"])
    def list_events(engine: Engine, caller: Caller) -> list[EventInfo]:
        """List the events this token may use."""
        with db.reading(engine) as conn:
            found = [e for e in events.listed(conn) if caller.may_use(e.slug)]
        return [e.info(with_private_key=False) for e in found]

    @app.post("/v1/events", response_model=EventInfo, status_code=201, tags=["events"])
    def create_event(body: NewEvent, engine: Engine, caller: Caller) -> EventInfo:
        """Create an event (admin token)."""
        _admin(caller)
        with db.writing(engine) as conn:
            made = events.create(conn, body.slug, body.name, tuple(body.days), body.timezone,
                                 now().isoformat())  # fmt: skip
        return made.info(with_private_key=False)

    @app.get("/v1/events/{slug}", response_model=EventInfo, tags=["events"])
    def get_event(slug: str, engine: Engine, caller: Caller) -> EventInfo:
        """An event, with the key pair desks sign walk-in tickets with."""
        with db.reading(engine) as conn:
            return _event(conn, caller, slug).info(with_private_key=True)

    @app.post("/v1/events/{slug}/entries", response_model=PushResult, tags=["sync"])
    def push(
        slug: str,
        batch: Batch,
        engine: Engine,
        caller: Caller,
        idempotency_key: Annotated[str | None, Header()] = None,
    ) -> PushResult:
        """Store a batch of entries; each entry once (by id), a batch id answered once."""
        if idempotency_key is not None and idempotency_key != batch.batch_id:
            raise HubError(400, "idempotency_key_mismatch",
                           "The Idempotency-Key header must be the batch_id.")  # fmt: skip
        with db.writing(engine) as conn:
            event = _event(conn, caller, slug)
            result = ledger.push(conn, event, batch, caller.name, now())
        log.info("push %s: %d stored, %d duplicates", slug, result.stored, result.duplicates)
        return result

    @app.get("/v1/events/{slug}/entries", response_model=PullPage, tags=["sync"])
    def pull(
        slug: str,
        engine: Engine,
        caller: Caller,
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 1000,
    ) -> Response:
        """Entries with a sequence number above ``since``, in order."""
        with db.reading(engine) as conn:
            event = _event(conn, caller, slug)
            body = reads.pull_json(conn, event, since, limit, now())
        return Response(body, media_type="application/json")

    @app.get("/v1/events/{slug}/registrations", response_model=RegistrationPage, tags=["sync"])
    def registrations(
        slug: str,
        engine: Engine,
        caller: Caller,
        after: Annotated[str, Query(max_length=200)] = "",
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 1000,
    ) -> Response:
        """Merged registrations by code, a page at a time (for a desk's first pull)."""
        with db.reading(engine) as conn:
            event = _event(conn, caller, slug)
            body = reads.registrations_json(conn, event, after, limit)
        return Response(body, media_type="application/json")

    @app.get("/v1/events/{slug}/duplicates", response_model=list[Duplicate], tags=["sync"])
    def duplicates(slug: str, engine: Engine, caller: Caller) -> list[Duplicate]:
        """Tickets admitted more than once at one point on one day, with desks and times."""
        with db.reading(engine) as conn:
            event = _event(conn, caller, slug)
            points = reads.merged(conn, event, "point")
            multi = [name for name, p in points.items() if p.get("multi_entry")]
            return reads.duplicates(conn, event, multi)

    @app.get("/v1/events/{slug}/report", tags=["events"])
    def attendance(
        slug: str,
        engine: Engine,
        caller: Caller,
        by: str | None = None,
        day: date | None = None,
        point: str = report.MAIN_POINT,
    ) -> dict[str, Any]:
        """Expected and checked in, per group (admin token)."""
        _admin(caller)
        with db.reading(engine) as conn:
            return report.report(conn, events.get(conn, slug), by, day, point)


def _error(status: int, code: str, message: str, details: list[Any] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details or []}}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HubError)
    async def hub_error(request: Request, error: HubError) -> JSONResponse:
        return _error(error.status, error.code, error.message, error.details)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        return _invalid_body(error)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
        return _error(error.status_code, code, str(error.detail))


def _invalid_body(error: RequestValidationError) -> JSONResponse:
    problems = [
        {"loc": [str(p) for p in item.get("loc", ())], "message": item.get("msg", ""),
         "type": item.get("type", "")}
        for item in error.errors()[:50]
    ]  # fmt: skip
    kinds = {p["type"] for p in problems}
    if "json_invalid" in kinds:
        return _error(400, "malformed_json", "The body is not valid JSON.", problems)
    if "unsupported_version" in kinds:
        message = next(p["message"] for p in problems if p["type"] == "unsupported_version")
        return _error(400, "unsupported_version", message, problems)
    first = problems[0] if problems else {"loc": [], "message": "invalid"}
    where = ".".join(first["loc"][1:] if first["loc"][:1] == ["body"] else first["loc"])
    return _error(422, "invalid_body", f"{where or 'body'}: {first['message']}", problems)
