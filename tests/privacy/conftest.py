"""A realistic event for the privacy tests: an import with æøå names, two days, two points.

`used_event` imports a CSV as an organiser's tool writes it (semicolons, a municipality column
the organiser will keep, notes, order codes), checks people in on both days at two points
(with a duplicate, an unknown code, an undo and a walk-in), looks people up at the desk,
corrects an e-mail, prints and reprints badges, and lets a hub acknowledge part of the outbox.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlite_utils

from checkin.desk import Desk
from checkin.domain.clock import FixedClock
from checkin.domain.model import Method, Point, PrintRecord
from checkin.store import changes
from checkin.store.db import transaction

DAY1, DAY2 = date(2026, 6, 1), date(2026, 6, 2)
FIRST = ("Åse", "Øystein", "Bjørn", "Kåre", "Sigrún", "Ærlig", "Ingebjørg", "Håkon", "Gøril",
         "Trygve", "Ánde", "Liv Åshild")  # fmt: skip
LAST = ("Ødegård", "Bjørheim-Bøe", "Kråkenes", "Aasen Sæther", "Sørbø", "Hølleland",
        "Nærø", "Østrem", "Vågsbø")  # fmt: skip
ORGANISATIONS = ("Haukeland universitetssjukehus", "Helse Førde", "Øygarden kommune",
                 "DIPS AS", "Universitetet i Bergen", "Sunnaas sykehus")  # fmt: skip
MUNICIPALITIES = ("Bergen", "Askøy", "Alver", "Øygarden")
CATEGORIES = ("Sykehus", "Kommune", "Industri", "Student")
TICKETS = ("Konferansebillett", "Dagsbillett dag 1", "Dagsbillett dag 2")
NOT_PERSONAL = ("category", "ticket", "kommune")
HEADER = "Billettnummer;Fornavn;Etternavn;Organisasjon;E-post;Kategori;Billettype;Merknad;Kommune;Ordrenummer"  # noqa: E501


@dataclass(frozen=True)
class UsedEvent:
    """An event file after a day at the desk, and the personal values it was given."""

    path: Path
    desk: Desk
    people: list[dict[str, str]]
    searched: list[str]  # what was typed in the search box
    walk_in_code: str

    def personal_values(self) -> set[str]:
        """Every name, e-mail, organisation, note, order and ticket code given to the file."""
        values = {self.walk_in_code, "Gunnhild", "Tveterås-Øvrebø", "gunnhild@tveteraas.no"}
        for person in self.people:
            values.update(v for k, v in person.items() if k not in NOT_PERSONAL)
        return {value for value in values if value}


def make_people(count: int = 36) -> list[dict[str, str]]:
    rows = []
    names = itertools.product(FIRST, LAST)
    for n, (first, last) in zip(range(count), names, strict=False):
        rows.append({
            "code": f"NHI-{417000 + n * 7}", "first": first, "last": last,
            "organisation": ORGANISATIONS[n % len(ORGANISATIONS)],
            "email": f"{first.split()[0].lower()}.{n}@helse-vest.example.no",
            "category": CATEGORIES[n % len(CATEGORIES)], "ticket": TICKETS[n % len(TICKETS)],
            "note": f"Rullestol, trenger plass foran (nr {n})" if n % 5 == 0 else "",
            "kommune": MUNICIPALITIES[n % len(MUNICIPALITIES)],
            "order": f"ORD-{88000 + n // 2}",
        })  # fmt: skip
    return rows


def write_csv(path: Path, people: list[dict[str, str]]) -> Path:
    lines = [HEADER] + [
        ";".join((p["code"], p["first"], p["last"], p["organisation"], p["email"], p["category"],
                  p["ticket"], p["note"], p["kommune"], p["order"]))
        for p in people
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _day_at_the_desk(desk: Desk, people: list[dict[str, str]], searched: list[str]) -> str:
    codes = [p["code"] for p in people]
    for code in codes[:20]:
        desk.check_in(code, Method.HANDHELD, DAY1)
    desk.check_in(codes[0], Method.SCAN, DAY1)  # a duplicate
    desk.check_in("NHI-999999", Method.SCAN, DAY1)  # unknown
    desk.check_in(people[3]["first"] + " " + people[3]["last"], Method.HANDHELD, DAY1)  # typed name
    desk.undo(codes[1], DAY1)
    for code in codes[10:30]:
        desk.check_in(code, Method.SCAN, DAY2)
    walk_in = desk.walk_in("Gunnhild", "Tveterås-Øvrebø", "Helse Stavanger",
                           "gunnhild@tveteraas.no", "Kommune", day=DAY2)  # fmt: skip
    for query in searched:
        hits = desk.search(query)
        desk.view_person(hits[0].code, DAY2)
    desk.reprint_badge(codes[5])
    desk.update_registration(codes[6], email="")
    desk.update_registration(codes[7], last_name="Ødegård-Kråkenes")
    return walk_in.ticket


def _workshop(desk: Desk, people: list[dict[str, str]]) -> None:
    desk.set_point(Point("workshop", categories=("Sykehus", "Kommune")))
    workshop = Desk.open(desk.path, "skranke-2", "workshop", desk.clock)
    for person in people[:12]:
        workshop.check_in(person["code"], Method.SCAN, DAY1)
    workshop.close()


def _print_history(desk: Desk, people: list[dict[str, str]]) -> None:
    log = desk.print_log()
    for person in people[:4]:
        at = "2026-06-01T09:00:00+02:00"
        message = f"printer jammed on {person['first']}"
        log.record(PrintRecord(str(uuid.uuid4()), person["code"], "BadgePDF", "standard",
                               "failed", message, at, at))  # fmt: skip
    log.close()


@pytest.fixture
def used_event(tmp_path: Path) -> UsedEvent:
    people = make_people()
    clock = FixedClock(datetime(2026, 6, 1, 7, 30, tzinfo=UTC))
    path = tmp_path / "helsekonferansen.checkin"
    desk = Desk.create(path, "Helsekonferansen 2026", (DAY1, DAY2), clock=clock)
    desk.desk_name = "skranke-1"
    report = desk.import_file(write_csv(tmp_path / "påmeldte.csv", people))
    assert report.written and not report.problems
    _workshop(desk, people)
    searched = ["bjorheim boe", "kraakenes kaare", people[20]["email"]]
    walk_in = _day_at_the_desk(desk, people, searched)
    _print_history(desk, people)
    pending = changes.pending(desk.conn, 10_000)
    with transaction(sqlite_utils.Database(desk.conn)) as conn:  # a hub acknowledged the first half
        changes.mark_sent(conn, [row["id"] for row in pending[: len(pending) // 2]], "2026-06-02Z")
    yield UsedEvent(path, desk, people, searched, walk_in)
    desk.close()
