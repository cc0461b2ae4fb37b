"""Errors the user can act on, kept apart from bugs."""

from __future__ import annotations


class CheckinError(Exception):
    """Base of every error this package raises on purpose."""


class UserError(CheckinError):
    """A problem the user caused or can fix; its text is shown as it is.

    The command line exits with code 2 on a UserError.
    """

    def text(self) -> str:
        return str(self)


class NotFoundError(UserError):
    """Something the user named (a ticket, an event file, a point) does not exist."""
