"""What the walk-in form offers: the event's own categories and ticket types, likeliest first.

A walk-in saved with no category is counted under "(none)" in every report and on the
dashboard, and one with a category typed anew ("Sykhus") under a group of its own. So the form
offers the categories the event's registrations carry, the most common first and chosen; and
the ticket types the walk-in could enter with on the desk's day (a day-2 ticket would be
refused at once on day 1), the most common first and chosen. Read on the database thread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from checkin.desk import Desk
from checkin.domain.model import Registration


@dataclass(frozen=True)
class WalkInChoices:
    """The lists the walk-in form offers, each most common first; the first is the default.

    Attributes:
        categories: the categories registrations carry (empty: the event has none).
        ticket_types: the ticket types valid on the desk's day, declared or carried.
    """

    categories: tuple[str, ...] = ()
    ticket_types: tuple[str, ...] = ()


def _likeliest(counts: Counter[str]) -> tuple[str, ...]:
    """Names by how often they occur, then by name; the empty name left out."""
    return tuple(name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if name)


def walk_in_choices(desk: Desk, day: date) -> WalkInChoices:
    """The categories and the ticket types (valid on ``day``) to offer a walk-in.

    Runs on the database thread (one pass over the registrations).
    """
    categories, kinds = desk.value_counts("category", "ticket_type")
    for name in desk.ticket_type_names():  # declared, perhaps with no registration yet
        kinds[name] += 0
    valid = Counter({name: n for name, n in kinds.items() if _valid_on(desk, name, day)})
    return WalkInChoices(_likeliest(categories), _likeliest(valid))


def _valid_on(desk: Desk, ticket_type: str, day: date) -> bool:
    """Whether a walk-in with this ticket type (no days of their own) may enter on ``day``."""
    days = desk.entry_days(Registration("", "", "", ticket_type=ticket_type))
    return not days or day in days
