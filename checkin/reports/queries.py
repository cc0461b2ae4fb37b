"""Attendance figures over an `Attendance`: expected and checked in, by any field, day or point.

The rules are the desk's (`checkin.domain.rules`, docs/checkin-rules.md). On a day a person
is *expected* at a point when the registration is valid, its own days (else its ticket type's,
else every event day) include the day, and the point admits its ticket type and category on
that day. For the whole event, every valid registration the point admits is expected. *Checked
in* means at least one check-in in force at the point (on the day); a ticket checked in that is
not expected (cancelled since, or whose registration has not arrived) counts as checked in, in
its own group. Everything is counted in Python over plain rows: 100,000 people take about a
tenth of a second, and the hub's figures come from the same functions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import compress, repeat
from operator import add, and_, eq, floordiv, itemgetter, not_
from zoneinfo import ZoneInfo

from checkin.domain.attendance import Attendance, EntryColumns, Person
from checkin.domain.collation import sort_key
from checkin.domain.model import MAIN_POINT
from checkin.domain.organisations import Joiner
from checkin.errors import UserError
from checkin.messages import _

BUILT_IN = ("category", "ticket_type", "organisation", "status", "order_code")
SPECIAL = ("day", "point")  # one group per event day, or per check-in point
BUCKET_MINUTES = 10
KeyOf = Callable[[Person | None], str]
_name_key = lru_cache(maxsize=1 << 16)(sort_key)  # names repeat: Hansen, Johansen, Kari, Ola


def needs_extra(by: str | None) -> bool:
    """Tell whether a report by ``by`` reads the imported columns (`Attendance` ``extra``)."""
    return by is not None and by not in BUILT_IN + SPECIAL


def name_order(person: Person) -> tuple[str, tuple[str, ...], str]:
    """Return a person's place in Norwegian name order (last, then first name; then code).

    The same order as `checkin.domain.collation.person_key`, in a shape that sorts fast: the
    names' letters as one string (last and first joined by U+0000, which no letter's weight
    is, so "Berg" + "Åse" still sorts before "Bergan" + "Ola"), then their accents and
    cases, then the code. The names' part is worked out once per pair of names.
    """
    letters, rest = _names_key(person.last_name, person.first_name)
    return letters, rest, person.code


@lru_cache(maxsize=1 << 16)
def _names_key(last_name: str, first_name: str) -> tuple[str, tuple[str, ...]]:
    last, first = _name_key(last_name), _name_key(first_name)
    return last[0] + "\x00" + first[0], (last[1], first[1], last[2], first[2])


@dataclass(frozen=True)
class Scope:
    """What a figure covers: one check-in point, on one day or (``day`` None) the whole event."""

    point: str = MAIN_POINT
    day: date | None = None


@dataclass(frozen=True)
class Group:
    """One row of a report: a value of the grouping field and its counts.

    ``key`` is the value as shown (for organisations: the alias target or the spelling most
    used); ``names`` lists the spellings joined into it (organisations only).
    """

    key: str
    expected: int
    checked_in: int
    names: tuple[str, ...] = ()

    @property
    def share(self) -> float | None:
        """Checked in of expected, 0 to 1 (above 1 when more came than were expected)."""
        return self.checked_in / self.expected if self.expected else None


@dataclass(frozen=True)
class Distinct:
    """How many different values of a field were present, and expected ("138 municipalities")."""

    field: str
    present: int
    expected: int


@dataclass(frozen=True)
class Bucket:
    """Arrivals in one slot: its start in the event's time zone and how many came."""

    start: datetime
    checked_in: int


class Counting:
    """Who is expected and who is checked in, for one scope of one `Attendance`."""

    def __init__(self, data: Attendance, scope: Scope) -> None:
        self.data, self.scope = data, scope
        self.point = data.point(scope.point)
        self.day = scope.day.isoformat() if scope.day else None
        self.all_days = tuple(d.isoformat() for d in data.event.days)
        self.done = set(at_point(data, scope.point, self.day).codes)
        self._expected: list[Person] | None = None

    def expected(self, person: Person) -> bool:
        """Tell whether a person is expected in this scope (the module docstring)."""
        point = self.point
        if person.status != "valid":
            return False
        if point.ticket_types and person.ticket_type not in point.ticket_types:
            return False
        if point.categories and person.category not in point.categories:
            return False
        if self.day is None or self.scope.day is None:
            return True
        if point.days and self.scope.day not in point.days:
            return False
        valid = person.valid_days or self.data.ticket_days.get(person.ticket_type) or self.all_days
        return self.day in valid

    def expected_people(self) -> list[Person]:
        """Return who is expected in this scope (worked out once per `Counting`).

        The same people as `expected` asked of each: the rule reads a person's valid days,
        ticket type and category only, so it is asked once per such triple, not per person.
        """
        if self._expected is None:
            self._expected = self._find_expected()
        return self._expected

    def _find_expected(self) -> list[Person]:
        point = self.point
        found = [p for p in self.data.people if p.status == "valid"]
        if self.day is None and not point.ticket_types and not point.categories:
            return found  # the common case: every valid registration
        firsts: dict[tuple[tuple[str, ...], str, str], Person] = {}
        for p in found:
            firsts.setdefault((p.valid_days, p.ticket_type, p.category), p)
        admits = {kind: self.expected(p) for kind, p in firsts.items()}
        return [p for p in found if admits[p.valid_days, p.ticket_type, p.category]]

    def count(self, key_of: KeyOf, index: int | None = None) -> tuple[Counter[str], Counter[str]]:
        """Return (expected, checked in) per key.

        ``index`` is the field's place in `Person` when ``key_of`` reads a plain field: the
        expected are then counted in C (`operator.itemgetter`), a third of the time.
        """
        people, done = self.data.people, self.done
        came = list(compress(people, map(done.__contains__, map(itemgetter(0), people))))
        if index is None:
            expected = Counter(map(key_of, self.expected_people()))
            checked = Counter(map(key_of, came))
        else:
            expected = Counter(map(itemgetter(index), self.expected_people()))
            checked = Counter(map(itemgetter(index), came))
        if len(came) < len(done):  # checked in before the registration arrived: key ""
            checked[key_of(None)] += len(done) - len(came)
        return expected, checked


def at_point(data: Attendance, point: str, day: str | None) -> EntryColumns:
    """Return the entries at a point (on a day; None: every day), oldest first, as columns.

    The entries themselves when all match (the usual single point): no copy.
    """
    found = data.checkins
    if data.entry_points <= {point} and (day is None or data.entry_days <= {day}):
        return found
    keep = map(eq, found.points, repeat(point))
    if day is not None:
        keep = map(and_, keep, map(eq, found.days, repeat(day)))
    return found.where(list(keep))


def first_arrivals(data: Attendance, point: str, day: str | None) -> dict[tuple[str, str], float]:
    """Return each ticket's first check-in in force per day at a point: (code, day) → at.

    ``at`` is in epoch seconds; ``day`` None gives every day. Counted in C.
    """
    found = at_point(data, point, day)
    # newest first, so each ticket's oldest check-in of the day is written last and stays
    keys = zip(reversed(found.codes), reversed(found.days), strict=True)
    return dict(zip(keys, reversed(found.ats), strict=True))


def headers(data: Attendance) -> list[str]:
    """Return the headers of the imported columns, in Norwegian alphabetical order."""
    found = {header for person in data.people for header in person.extra}
    return sorted(found, key=sort_key)


def key_function(data: Attendance, field: str | None, joiner: Joiner) -> KeyOf:
    """Return how a person's group key is read for a field.

    Raises:
        UserError: ``field`` names no field or imported column (the message lists them).
    """
    if field is None:
        return lambda person: ""
    if field == "organisation":
        return lambda person: joiner.key(person.organisation) if person else ""
    if field in BUILT_IN:
        index = Person._fields.index(field)
        return lambda person: str(person[index]) if person else ""
    if any(field in person.extra for person in data.people):
        return lambda person: person.extra.get(field, "") if person else ""
    choices = ", ".join([*BUILT_IN, *SPECIAL, *headers(data)])
    raise UserError(
        _("Cannot group by '{field}': no such field or column. Choose one of: {choices}.").format(
            field=field, choices=choices
        )
    )


def groups(
    data: Attendance,
    scope: Scope,
    field: str | None,
    joiner: Joiner,
    counting: Counting | None = None,
) -> list[Group]:
    """Return expected and checked-in counts per value of a field, in Norwegian order.

    ``field`` is a built-in field, an imported column's header, ``day`` (one group per event
    day), ``point`` (one per check-in point) or None (one group: the totals). ``counting``
    is the scope's `Counting` where the caller has one (it is then not worked out again).

    Raises:
        UserError: as `key_function`.
    """
    if field == "day":
        return [total(data, Scope(scope.point, day), str(day)) for day in data.event.days]
    if field == "point":
        return [total(data, Scope(name, scope.day), name) for name in sorted(data.points)]
    key_of = key_function(data, field, joiner)
    plain = field in BUILT_IN and field != "organisation"
    index = Person._fields.index(field) if plain and field else None
    expected, checked = (counting or Counting(data, scope)).count(key_of, index)
    keys = sorted(set(expected) | set(checked), key=lambda key: sort_key(key))
    if field != "organisation":
        return [Group(key, expected[key], checked[key]) for key in keys]
    named = [
        Group(joiner.display(key) if key else "", expected[key], checked[key],
              tuple(joiner.spellings(key)))
        for key in keys
    ]  # fmt: skip
    return sorted(named, key=lambda group: sort_key(group.key))


def total(data: Attendance, scope: Scope, key: str = "", counting: Counting | None = None) -> Group:
    """Return the expected and checked-in counts of a whole scope."""
    counting = counting or Counting(data, scope)
    return Group(key, len(counting.expected_people()), len(counting.done))


def sum_of(rows: Iterable[Group]) -> Group:
    """Return the total of some groups."""
    listed = list(rows)
    return Group("", sum(g.expected for g in listed), sum(g.checked_in for g in listed))


def distinct(field: str, rows: Iterable[Group]) -> Distinct:
    """Count the different non-empty values that were present, and that were expected."""
    listed = [row for row in rows if row.key]
    present = sum(1 for row in listed if row.checked_in)
    return Distinct(field, present, sum(1 for row in listed if row.expected))


def no_shows(data: Attendance, scope: Scope, counting: Counting | None = None) -> list[Person]:
    """Return who is expected in the scope and not checked in, in Norwegian name order."""
    counting = counting or Counting(data, scope)
    expected = counting.expected_people()
    came = map(counting.done.__contains__, map(itemgetter(0), expected))
    return sorted(compress(expected, map(not_, came)), key=name_order)


def arrivals(data: Attendance, scope: Scope, minutes: int = BUCKET_MINUTES) -> list[Bucket]:
    """Return first arrivals per slot of ``minutes``: on a day with the empty slots between.

    A ticket counts once per day: at its first check-in in force at the point. The slots
    are cut on the clock of the event's time zone (09:00, 09:10, ...). For the whole event
    (no day) only the slots someone arrived in are listed, so the nights leave no gaps.
    """
    firsts = first_arrivals(data, scope.point, str(scope.day) if scope.day else None)
    times = list(firsts.values())
    if not times:
        return []
    zone = ZoneInfo(data.event.timezone)
    counted = _slots(times, zone, minutes * 60)
    width = minutes * 60
    slots = range(min(counted), max(counted) + 1, width) if scope.day else sorted(counted)
    return [Bucket(_local(slot, zone), counted.get(slot, 0)) for slot in slots]


def _slots(times: list[float], zone: ZoneInfo, width: int) -> Counter[int]:
    """Count moments per slot of ``width`` seconds cut on the zone's clock (slot start: UTC)."""
    low, high = min(times), max(times)
    shift = _offset(low, zone)
    if high - low < 86400 * 20 and shift == _offset(high, zone):  # no clock change between
        moved = map(add, times, repeat(shift))  # each slot a whole float, counted in C
        counted = Counter(map(floordiv, moved, repeat(width)))
        return Counter({int(slot) * width - shift: n for slot, n in counted.items()})
    offsets: dict[int, int] = {}  # per hour: the zone's offset (seconds)
    found: Counter[int] = Counter()
    for at in times:
        hour = int(at // 3600)
        offset = offsets.get(hour)
        if offset is None:
            offset = offsets[hour] = _offset(at, zone)
        found[int((at + offset) // width * width - offset)] += 1
    return found


def _offset(at: float, zone: ZoneInfo) -> int:
    """The zone's offset from UTC at a moment, in seconds."""
    offset = datetime.fromtimestamp(at, zone).utcoffset()
    return int(offset.total_seconds()) if offset else 0


def _local(at: float, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(at, UTC).astimezone(zone)
