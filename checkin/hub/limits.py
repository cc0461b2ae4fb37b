"""Request size limits: a body over the limit is refused with 413 before any of it is parsed."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """ASGI middleware: reads a request body up to ``max_bytes`` and hands it on, or answers 413.

    The declared Content-Length is checked first (nothing is read when it is too big); a body
    sent in chunks is counted as it arrives.
    """

    def __init__(self, app: App, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send, int(declared))
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await self._drain(receive, message)
                await self._refuse(send, len(body))
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _drain(self, receive: Receive, message: Message) -> None:
        """Read and drop the rest of the body (up to 16x the limit).

        Then the client reads the 413 instead of a connection reset while it still sends.
        """
        dropped = 0
        while message.get("more_body", False) and dropped < 16 * self.max_bytes:
            message = await receive()
            dropped += len(message.get("body", b""))

    async def _refuse(self, send: Send, size: int) -> None:
        message = (f"The request body is {size:,} bytes or more; this hub takes at most "
                   f"{self.max_bytes:,}. Send fewer entries per batch.")  # fmt: skip
        payload = json.dumps({"error": {"code": "body_too_large", "message": message,
                                        "details": [{"max_bytes": self.max_bytes}]}})  # fmt: skip
        await send({
            "type": "http.response.start", "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"connection", b"close")],
        })  # fmt: skip
        await send({"type": "http.response.body", "body": payload.encode("utf-8")})


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
