"""Norwegian folding for search: properties that must hold for any text."""

from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.names import fold, tokens


def test_norwegian_spellings_meet():
    forms = ["Åse Ødegård", "Aase Oedegaard", "ase odegard", "ÅSE ØDEGÅRD", "Åse Ødegaard"]
    assert {fold(form) for form in forms} == {"ase odegard"}


def test_bjorheim_boe():
    assert fold("Bjorheim Bøe") == fold("bjorheim boe")


def test_sami_and_accents():
    assert fold("Máret Ánde Čoavddus Đđ Ŋŋ Ŧŧ") == "maret ande coavddus dd nn tt"
    assert fold("Linnéa") == "linnea"


def test_tokens_split_on_punctuation():
    assert tokens("Ødegård-Bøe, Åse (Haukeland)") == ["odegard", "bo", "ase", "haukeland"]


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøåéáčđŋŧ -"))
def test_fold_ignores_case(text):
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


@given(st.text(alphabet="æøåÆØÅabcdeo ", max_size=30))
def test_folded_norwegian_is_plain_ascii(text):
    assert fold(text).isascii()


@given(st.text(alphabet="bcdfghijklmnoprstuvwxyzø", min_size=1, max_size=12))
def test_o_slash_matches_both_o_and_oe(word):
    assert fold(word.replace("ø", "o")) == fold(word.replace("ø", "oe")) == fold(word)
