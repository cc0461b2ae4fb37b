"""The hub's routes: health, events, push, pull, registrations, duplicates, report.

Handlers are plain functions that FastAPI runs in its thread pool; each opens one
transaction and holds nothing between requests.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, ValidationError

from checkin import __version__
from checkin.hub import db, events, ledger, reads, report, tokens
from checkin.hub.errors import HubError
from checkin.sync.answers import (
    Duplicate,
    EventInfo,
    Health,
    PullPage,
    PushResult,
    RegistrationPage,
)
from checkin.sync.protocol import MAX_PULL_LIMIT, SUPPORTED_VERSIONS, Batch

log = logging.getLogger("checkin.sync")
bearer = HTTPBearer(auto_error=False, description="A desk's or the admin's token")
router = APIRouter()


class NewEvent(BaseModel):
    """What the admin sends to create an event."""

    slug: str = Field(max_length=100)
    name: str = Field(min_length=1, max_length=500)
    days: list[date] = Field(min_length=1)
    timezone: str = "Europe/Oslo"


def now() -> datetime:
    return datetime.now(UTC)


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


@router.get("/health", response_model=Health, tags=["hub"])
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


@router.get("/v1/events", response_model=list[EventInfo], tags=["events"])
def list_events(engine: Engine, caller: Caller) -> list[EventInfo]:
    """List the events this token may use."""
    with db.reading(engine) as conn:
        found = [e for e in events.listed(conn) if caller.may_use(e.slug)]
    return [e.info(with_private_key=False) for e in found]


@router.post("/v1/events", response_model=EventInfo, status_code=201, tags=["events"])
def create_event(body: NewEvent, engine: Engine, caller: Caller) -> EventInfo:
    """Create an event (admin token)."""
    _admin(caller)
    with db.writing(engine) as conn:
        made = events.create(conn, body.slug, body.name, tuple(body.days), body.timezone,
                             now().isoformat())  # fmt: skip
    return made.info(with_private_key=False)


@router.get("/v1/events/{slug}", response_model=EventInfo, tags=["events"])
def get_event(slug: str, engine: Engine, caller: Caller) -> EventInfo:
    """An event, with the key pair desks sign walk-in tickets with."""
    with db.reading(engine) as conn:
        return _event(conn, caller, slug).info(with_private_key=True)


BATCH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}},
    }
}


@router.post("/v1/events/{slug}/entries", response_model=PushResult, tags=["sync"],
             openapi_extra=BATCH_BODY)  # fmt: skip
async def push(
    slug: str,
    request: Request,
    engine: Engine,
    caller: Caller,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> Response:
    """Store a batch of entries; each entry once (by id), a batch id answered once.

    The body is read as bytes and validated straight from JSON (twice as fast as FastAPI's
    decode-then-validate), off the event loop like every database call.
    """
    body = await request.body()
    return await run_in_threadpool(_push, slug, body, engine, caller, idempotency_key)


def _push(
    slug: str, body: bytes, engine: sa.Engine, caller: tokens.Token, idempotency_key: str | None
) -> Response:
    try:
        batch = Batch.model_validate_json(body)
    except ValidationError as error:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in error.errors(include_url=False)]
        ) from None
    if idempotency_key is not None and idempotency_key != batch.batch_id:
        raise HubError(400, "idempotency_key_mismatch",
                       "The Idempotency-Key header must be the batch_id.")  # fmt: skip
    with db.writing(engine) as conn:
        event = _event(conn, caller, slug)
        result = ledger.push(conn, event, batch, caller.name, now())
    log.info("push %s: %d stored, %d duplicates", slug, result.stored, result.duplicates)
    return Response(result.model_dump_json(), media_type="application/json")


@router.get("/v1/events/{slug}/entries", response_model=PullPage, tags=["sync"])
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


@router.get("/v1/events/{slug}/registrations", response_model=RegistrationPage, tags=["sync"])
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


@router.get("/v1/events/{slug}/duplicates", response_model=list[Duplicate], tags=["sync"])
def duplicates(slug: str, engine: Engine, caller: Caller) -> list[Duplicate]:
    """Tickets admitted more than once at one point on one day, with desks and times."""
    with db.reading(engine) as conn:
        event = _event(conn, caller, slug)
        points = reads.merged(conn, event, "point")
        multi = [name for name, p in points.items() if p.get("multi_entry")]
        return reads.duplicates(conn, event, multi)


@router.get("/v1/events/{slug}/report", tags=["events"])
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
        return report.report_json(conn, events.get(conn, slug), by, day, point)
