"""Keyboard-layout mix-ups: the mappings are derived from the layouts, checked key by key."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.keyboard import LAYOUTS, derive, mixups, readings


def test_every_layout_has_the_same_keys():
    for name, (plain, shifted, dead) in LAYOUTS.items():
        assert [len(row) for row in plain] == [13, 12, 12, 11], name
        assert [len(row) for row in shifted] == [13, 12, 12, 11], name
        assert set(dead) <= set("".join(plain + shifted)), name


US_ON_NORWEGIAN = derive("US", "Norwegian")


@pytest.mark.parametrize(
    ("shown", "meant"),
    [
        ("+", "-"), ("-", "/"), ("Ø", ":"), ("ø", ";"), ("æ", "'"), ("Æ", '"'), ("?", "_"),
        ("=", ")"), (")", "("), ("(", "*"), ("/", "&"), ("&", "^"), ('"', "@"), ("¤", "$"),
        ("å", "["), ("Å", "{"), (";", "<"), (":", ">"), ("_", "?"), ("§", "~"),
    ],
)  # fmt: skip
def test_us_scanner_on_norwegian_computer(shown, meant):
    assert US_ON_NORWEGIAN.table[shown] == meant


def test_letters_and_digits_are_the_same_on_nordic_and_us_layouts():
    for char in "abcxyzABCXYZ0123456789":
        assert US_ON_NORWEGIAN.read(char) == char


def test_the_field_cases_read_back():
    assert US_ON_NORWEGIAN.read("NHI+300001") == "NHI-300001"
    assert (
        US_ON_NORWEGIAN.read("httpsØ--billett.example-t-NHI+300001")
        == "https://billett.example/t/NHI-300001"
    )


def test_the_other_way_round_norwegian_scanner_on_us_computer():
    mixup = derive("Norwegian", "US")
    assert mixup.read("NHI/300001") == "NHI-300001"
    assert (
        mixup.read("https>&&billett.example&t&NHI/300001") == "https://billett.example/t/NHI-300001"
    )


def test_german_swaps_y_and_z():
    assert derive("US", "German").read("zesßy") == "yes-z"


def test_dead_keys_are_never_mapped():
    for mixup in mixups():
        assert not set(LAYOUTS[mixup.computer][2]) & set(mixup.table)
        assert not set(LAYOUTS[mixup.scanner][2]) & set(mixup.table.values())


def test_us_scanner_on_norwegian_is_tried_first_and_readings_are_unique():
    texts = [meant for meant, _ in readings("NHI+300001")]
    assert texts[0] == "NHI-300001"
    assert len(texts) == len(set(texts))
    assert "NHI+300001" not in texts


@given(st.text(alphabet="".join(LAYOUTS["US"][0] + LAYOUTS["US"][1]), max_size=40))
def test_typing_any_us_text_on_norwegian_reads_back(text):
    plain, shifted, _ = LAYOUTS["US"]
    no_plain, no_shifted, dead = LAYOUTS["Norwegian"]
    us_keys, no_keys = "".join(plain + shifted), "".join(no_plain + no_shifted)
    typed = ""
    for char in text:
        index = us_keys.index(char)
        if no_keys[index] in dead or us_keys.count(char) > 1:
            return  # a dead key, or the US backslash (two keys): not mappable
        typed += no_keys[index]
    assert US_ON_NORWEGIAN.read(typed) == text
