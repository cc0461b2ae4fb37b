"""Organisation names folded into one key, and the organiser's aliases joining the rest."""

import pytest

from checkin.domain.organisations import Joiner, alias_pairs, org_key


@pytest.mark.parametrize(
    "name",
    ["Helse Bergen HF", "Helse Bergen", "HELSE BERGEN HF, Haukeland", "Helse-Bergen H.F.",
     "  helse   bergen  hf "],
)  # fmt: skip
def test_one_organisation_however_written(name):
    assert org_key(name) == "helse bergen"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Askøy kommune", "Askoy"), ("DIPS AS", "Dips"), ("Equinor ASA", "EQUINOR"),
     ("Vestland fylkeskommune", "Vestland fylkeskommune")],
)  # fmt: skip
def test_legal_forms_fold_away(a, b):
    assert org_key(a) == org_key(b)


def test_a_county_is_not_the_municipality_and_a_lone_legal_word_stays():
    assert org_key("Vestland fylkeskommune") != org_key("Vestland")
    assert org_key("AS") == "as"


def test_aliases_join_names_folding_cannot_and_the_group_shows_the_target():
    joiner = Joiner(alias_pairs([("Haukeland", "Helse Bergen HF")]))
    keys = {joiner.key(n) for n in ("Haukeland", "HAUKELAND", "Helse Bergen", "Haukeland, kirurgi")}
    assert keys == {"helse bergen"}
    assert joiner.display("helse bergen") == "Helse Bergen HF"
    assert joiner.key("Haraldsplass") != "helse bergen"


def test_without_alias_the_most_used_spelling_names_the_group():
    joiner = Joiner()
    for name in ("HELSE BERGEN HF", "Helse Bergen HF", "Helse Bergen HF", "Helse Bergen"):
        joiner.key(name)
    assert joiner.display("helse bergen") == "Helse Bergen HF"
    assert joiner.spellings("helse bergen")[0] == "Helse Bergen HF"


def test_a_tie_shows_the_cleanest_and_fullest_spelling():
    from checkin.domain.organisations import Joiner

    joiner = Joiner({})
    keys = [
        joiner.key(name) for name in ("Helse-Bergen H.F.", "Helse Bergen HF", "Dips", "DIPS AS")
    ]
    assert keys[0] == keys[1] and keys[2] == keys[3]  # each spelling once: a tie
    assert joiner.display(keys[0]) == "Helse Bergen HF"
    assert joiner.display(keys[2]) == "DIPS AS"
