"""A realistic demo event: a two-day health-sector conference in Bergen with Norwegian names.

Deterministic from a seed, so tests, screenshots and benchmarks see the same people. The event's
days are today and tomorrow, so the demo always has a day to check in on.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from checkin.desk import Desk
from checkin.domain.clock import SystemClock, event_day
from checkin.domain.model import (
    DEFAULT_DAY_CHANGE,
    DEFAULT_TIMEZONE,
    Registration,
    Status,
    TicketType,
)
from checkin.domain.signing import new_code

FIRST_NAMES = (
    "Åse", "Øystein", "Kari", "Ola", "Ingrid", "Lars", "Solveig", "Bjørn", "Marit", "Håkon",
    "Ragnhild", "Sigurd", "Tone", "Eirik", "Gro", "Torbjørn", "Liv", "Ståle", "Hege", "Jørgen",
    "Nora", "Emil", "Sofie", "Jakob", "Maja", "Aksel", "Thea", "Mathias", "Ella", "Sindre",
    "Aslak", "Máret", "Ánde", "Siri", "Ærlig", "Mona", "Geir", "Turid", "Vegard", "Linnéa",
)  # fmt: skip
LAST_NAMES = (
    "Ødegård", "Bjorheim Bøe", "Hansen", "Johansen", "Olsen", "Larsen", "Aasen", "Sæther",
    "Bråten", "Haugland", "Løvås", "Strømme", "Kvåle", "Fjæreide", "Myklebust", "Sørensen",
    "Vågen", "Nygård", "Eikås", "Hølleland", "Åsheim", "Mæland", "Solberg", "Dahle", "Hætta",
    "Somby", "Sara", "Grønås", "Tveit", "Økland", "Rød", "Berg", "Lie", "Vik", "Aarø",
)  # fmt: skip
ORGANISATIONS = {
    "Sykehus": ("Haukeland universitetssjukehus", "Helse Bergen", "Haraldsplass Diakonale Sykehus",
                "Helse Stavanger", "Sykehuset Innlandet", "Oslo universitetssykehus"),
    "Kommune": ("Bergen kommune", "Askøy kommune", "Bjørnafjorden kommune", "Alver kommune",
                "Øygarden kommune", "Kárášjoga gielda / Karasjok kommune"),
    "Industri": ("Helsedirektoratet", "Norsk Helsenett", "DIPS AS", "Tieto Norge", "Sensio AS"),
    "Student": ("Universitetet i Bergen", "Høgskulen på Vestlandet", "VID vitenskapelige høgskole"),
    "Foredragsholder": ("Universitetet i Bergen", "Helse Vest IKT", "Folkehelseinstituttet"),
    "Arrangør": ("Norsk Helseinnovasjon",),
}  # fmt: skip
CATEGORY_WEIGHTS = (("Sykehus", 40), ("Kommune", 30), ("Industri", 12), ("Student", 10),
                    ("Foredragsholder", 6), ("Arrangør", 2))  # fmt: skip


def _ticket_type(category: str, rng: random.Random) -> str:
    if category == "Student":
        return "Studentbillett"
    if category in ("Foredragsholder", "Arrangør"):
        return "Foredragsholder"
    return rng.choices(("Konferansebillett", "Dagsbillett dag 1", "Dagsbillett dag 2"),
                       (80, 12, 8))[0]  # fmt: skip


def _person(index: int, rng: random.Random, signed: bool) -> Registration:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    category = rng.choices(*zip(*CATEGORY_WEIGHTS, strict=True))[0]
    organisation = rng.choice(ORGANISATIONS[category])
    domain = organisation.split()[0].lower().replace("ø", "o").replace("å", "a").replace("æ", "ae")
    email = f"{first[0].lower()}.{last.split()[0].lower()}{index}@{domain}.no"
    email = email.replace("ø", "o").replace("å", "a").replace("æ", "ae").replace("á", "a")
    status = Status.CANCELLED if rng.random() < 0.03 else Status.VALID
    extra = {"Fotosamtykke": "Nei" if rng.random() < 0.05 else "Ja", "Allergier": ""}
    code = new_code() if signed else f"NHI-{100000 + index}"
    order = f"ORD-{20000 + index // 4}" if category == "Kommune" and rng.random() < 0.3 else ""
    return Registration(code, first, last, organisation, email, _ticket_type(category, rng),
                        category, (), status, order, "", signed, extra)  # fmt: skip


def demo_registrations(size: int, seed: int) -> list[Registration]:
    """Return ``size`` demo registrations, the same ones for the same seed."""
    rng = random.Random(seed)
    people = [_person(index, rng, signed=index % 10 == 9) for index in range(size)]
    if people:
        people[0] = Registration("NHI-100000", "Karoline Margrethe", "Sørensen-Bjørkhaug Aaslund",
                                 "Haukeland universitetssjukehus, Klinikk for psykisk helsevern",
                                 "karoline@example.no", "Konferansebillett", "Sykehus")  # fmt: skip
    return people


def make_demo(path: Path, size: int = 500, seed: int = 2026) -> Desk:
    """Create a demo event file at ``path`` and return a desk open on it.

    The registrations go in through the desk, each with its outbox entry, so a demo event
    syncs like any other.
    """
    today = event_day(SystemClock().now(), DEFAULT_TIMEZONE, DEFAULT_DAY_CHANGE)
    days = (today, today + timedelta(days=1))
    desk = Desk.create(Path(path), "Helseinnovasjonskonferansen 2026, Bergen", days)
    _add_ticket_types(desk, days)
    desk.add_registrations(demo_registrations(size, seed))
    return desk


def _add_ticket_types(desk: Desk, days: tuple[date, date]) -> None:
    desk.set_ticket_type(TicketType("Studentbillett", (), "Sjekk studentbevis"))
    desk.set_ticket_type(TicketType("Dagsbillett dag 1", (days[0],)))
    desk.set_ticket_type(TicketType("Dagsbillett dag 2", (days[1],)))
