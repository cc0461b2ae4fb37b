"""The hub's HTTP service: FastAPI routes over the ledger, OpenAPI at /docs, JSON errors.

Stateless between requests: everything lives in the database, so several hub processes can
serve one event from one PostgreSQL. Handlers are plain functions run in the server's thread
pool; each opens one transaction. Every refusal is ``{"error": {"code", "message",
"details"}}`` with a 4xx status (see docs/sync-protocol.md for the codes).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from checkin import __version__
from checkin.hub import routes
from checkin.hub.errors import HubError
from checkin.hub.limits import BodyLimit
from checkin.sync.answers import ErrorBody
from checkin.sync.protocol import MAX_BODY_BYTES, Batch

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 422)
}


def create_app(engine: sa.Engine, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """Build the service over a migrated database."""
    app = FastAPI(
        title="Check-in Desk hub", version=__version__, responses=ERRORS,
        description="Desks push the changes they made and pull the others'; see "
        "docs/sync-protocol.md. Every request but /health needs 'Authorization: Bearer TOKEN'.",
    )  # fmt: skip
    app.state.engine = engine
    _add_error_handlers(app)
    app.include_router(routes.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated document, plus the Batch schema the push reads itself."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version,
                             description=app.description, routes=app.routes)  # fmt: skip
        batch = Batch.model_json_schema(ref_template="#/components/schemas/{model}")
        found = schema.setdefault("components", {}).setdefault("schemas", {})
        found.update(batch.pop("$defs", {}))
        found["Batch"] = batch
        app.openapi_schema = schema
    return app.openapi_schema


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
