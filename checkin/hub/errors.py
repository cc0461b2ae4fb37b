"""The hub's refusals: an HTTP status, a stable code, and words that say what to do."""

from __future__ import annotations

from typing import Any

from checkin.errors import UserError


class HubError(UserError):
    """A request the hub refuses; shown as ``{"error": {"code", "message", "details"}}``.

    Also a UserError, so the command line prints the message and exits with 2.
    """

    def __init__(
        self, status: int, code: str, message: str, details: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or []

    def body(self) -> dict[str, Any]:
        """Return the JSON answer."""
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


def unknown_event(slug: str) -> HubError:
    return HubError(404, "unknown_event", f"No event '{slug}' on this hub.")
