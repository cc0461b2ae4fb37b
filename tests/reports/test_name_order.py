"""Reports sort people as the desk does (`collation.person_key`), by a faster key."""

import itertools
import random

from checkin.domain.attendance import Person
from checkin.domain.collation import person_key
from checkin.reports.queries import name_order

LAST = ["Berg", "Bergan", "berg", "BERG", "Berg-Hansen", "Berg Hansen", "Aamodt", "Åmodt",
        "Ødegård", "Ødegard", "Zahl", "Æsøy", "Élise", "Elise", "Bjorheim Bøe", "O'Brien",
        "Obrien", "Ŋuorra", "Ünal", "Ynner", "", "Haakon", "Håkon"]  # fmt: skip
FIRST = ["Åse", "Ase", "Ola", "ola", "Éric", "Eric", "", "Kari Anne", "Kari-Anne", "Aa"]


def person(code, last, first):
    return Person(code, first, last, "", "", "", "", (), "valid", "", {})


def test_the_same_order_as_the_desk_s_person_key():
    people = [person(f"K{n}", last, first)
              for n, (last, first) in enumerate(itertools.product(LAST, FIRST))]  # fmt: skip
    random.Random(7).shuffle(people)
    ours = sorted(people, key=name_order)
    desk = sorted(people, key=lambda p: (person_key(p.last_name, p.first_name), p.code))
    assert [p.code for p in ours] == [p.code for p in desk]
