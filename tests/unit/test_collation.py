"""Norwegian order: Z, Æ, Ø, Å, "Aa" as Å, and the same order as Qt's QCollator for nb_NO."""

import functools
import random

import pytest

from checkin.domain.collation import person_key, sort_key, sorted_by_name

NAMES = [
    "", "1Test", "A", "Abel", "Dahl", "de la Cruz", "Dorde", "Đorđe", "Éric", "erik", "Erik",
    "ERIK", "Eriksen", "Han sen", "Hans-Sen", "Hansen", "Hanssen", "Håkon", "Haakon", "Mueller",
    "Myhre", "Müller", "Ñ", "Nygård", "O'Brien", "Obrien", "Ólafur", "Olav", "Olsen",
    "Sæther-Bråten", "Þór", "Tor", "Ulla", "van der Berg", "Vang", "Üllar", "Yngve", "Z", "Zahl",
    "Zoë", "Ä", "Ähnlich", "Ære", "Ærø", "Ø", "Ö", "Öberg", "Ødegård", "Ørn", "Østbø", "Å", "Aa",
    "Ågot", "Aagot", "Aamodt", "Ås", "Aas", "Åse", "aase", "Åsen",
]  # fmt: skip


def test_the_issue_names_in_norwegian_order():
    names = ["Åsen", "Sæther-Bråten", "Østbø", "Aamodt", "Ødegård", "Zahl"]
    assert sorted(names, key=sort_key) == [
        "Sæther-Bråten", "Zahl", "Ødegård", "Østbø", "Aamodt", "Åsen",
    ]  # fmt: skip


def test_known_order_from_any_shuffle():
    shuffled = NAMES[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == NAMES


def test_same_order_as_qcollator_nb_no():
    qtcore = pytest.importorskip("PySide6.QtCore")
    collator = qtcore.QCollator(qtcore.QLocale("nb_NO"))
    for seed in range(5):
        shuffled = NAMES[:]
        random.Random(seed).shuffle(shuffled)
        by_qt = sorted(shuffled, key=functools.cmp_to_key(collator.compare))
        assert sorted(shuffled, key=sort_key) == by_qt == NAMES


def test_people_by_last_then_first_name():
    people = [("Åse", "Aamodt"), ("Per", "Ødegård"), ("Ola", "Aamodt"), ("Kari", "Zahl")]
    ordered = sorted(people, key=lambda p: person_key(p[1], p[0]))
    assert ordered == [("Kari", "Zahl"), ("Per", "Ødegård"), ("Ola", "Aamodt"), ("Åse", "Aamodt")]


def test_sorted_by_name_is_stable_for_equal_names():
    items = [("b", "Ås"), ("a", "Ås"), ("c", "Aa")]
    assert sorted_by_name(items, lambda item: item[1]) == [("c", "Aa"), ("b", "Ås"), ("a", "Ås")]
