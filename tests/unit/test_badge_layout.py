"""Fitting text: long names shrink, then wrap, never clip; empty fields leave no gap.

These tests use a fixed-width stand-in for font metrics (every character 0.6 em wide) so the
rules can be checked exactly without Qt; tests/integration/test_badge_pdf.py checks the same
with real fonts in real PDFs.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.badges.layout import (
    balanced_lines,
    fill,
    fit_block,
    fit_line,
    place_block,
    split_points,
)
from checkin.badges.template import Align, Box, LineSpec, TextBlock, VAlign

PT = 25.4 / 72


class FixedWidth:
    """Every character is 0.6 em wide; a line is 1.2 em tall."""

    def width(self, text, size_pt, bold):
        return len(text) * 0.6 * size_pt * PT

    def line_height(self, size_pt, bold):
        return 1.2 * size_pt * PT


M = FixedWidth()
NAME = LineSpec("{first_name}", size_pt=20, min_size_pt=12, bold=True, max_lines=2)


def block(*lines, height=30.0, width=50.0, valign=VAlign.TOP):
    return TextBlock(Box(4, 10, width, height), lines, Align.LEFT, valign, 1.0, "#000000")


def values(**fields):
    base = dict.fromkeys(("first_name", "last_name", "name", "organisation", "category",
                          "ticket_type", "event_name", "code"), "")  # fmt: skip
    return base | fields


def test_a_short_name_keeps_its_full_size_on_one_line():
    fitted = fit_line("Ola", NAME, 50, M)
    assert fitted.lines == ("Ola",) and fitted.size_pt == 20


def test_a_long_name_shrinks_before_it_wraps():
    text = "Karoline Margrethe"  # 18 chars: 20 pt is 76 mm wide, 12 pt is 45.7 mm
    fitted = fit_line(text, NAME, 50, M)
    assert fitted.lines == (text,)
    assert 12 <= fitted.size_pt < 20
    assert M.width(text, fitted.size_pt, True) <= 50


def test_a_name_too_long_at_its_minimum_wraps_in_balanced_lines_after_a_hyphen():
    text = "Sørensen-Bjørkhaug Aaslund"  # 26 chars: 12 pt is 66 mm > 50
    fitted = fit_line(text, NAME, 50, M)
    assert fitted.lines == ("Sørensen-", "Bjørkhaug Aaslund")
    assert fitted.size_pt >= 12
    assert all(M.width(line, fitted.size_pt, True) <= 50 for line in fitted.lines)


def test_one_word_that_cannot_fit_is_shrunk_below_the_minimum_never_clipped():
    word = "Tverrfaglig" * 3  # 33 chars, no break point
    fitted = fit_line(word, NAME, 50, M)
    assert fitted.lines == (word,)
    assert fitted.size_pt < 12
    assert M.width(word, fitted.size_pt, True) <= 50


def test_wrapping_stops_at_max_lines_and_shrinks_instead():
    spec = LineSpec("{organisation}", 10, 8, max_lines=2)
    text = "Helse Nord-Trøndelag HF Klinikk for psykisk helsevern og rusbehandling Levanger"
    fitted = fit_line(text, spec, 40, M)
    assert len(fitted.lines) == 2
    assert fitted.size_pt < 8
    assert " ".join(fitted.lines).replace("- ", "-") == text
    assert all(M.width(line, fitted.size_pt, False) <= 40 for line in fitted.lines)


def test_empty_fields_leave_no_gap():
    lines = (
        LineSpec("{first_name}", 20, 12, bold=True),
        LineSpec("{organisation}", 9, 7),
        LineSpec("{last_name}", 16, 10, bold=True),
    )
    full = values(first_name="Ola", last_name="Nordmann", organisation="Askøy kommune")
    with_org = place_block(block(*lines), full, M, "#123456")
    without = place_block(block(*lines), values(first_name="Ola", last_name="Nordmann"), M, "#1")
    assert [p.text for p in without] == ["Ola", "Nordmann"]
    first, last = without
    assert last.y == first.y + first.height + 1.0  # the gap between two fields, nothing more
    assert len(with_org) == 3


def test_vertical_centring_uses_only_the_lines_present():
    lines = (LineSpec("{first_name}", 10, 10),)
    (line,) = place_block(block(*lines, valign=VAlign.CENTER), values(first_name="Ola"), M, "#1")
    assert abs((line.y - 10) - (10 + 30 - (line.y + line.height))) < 1e-9


def test_a_block_too_tall_shrinks_every_line_until_it_fits():
    lines = tuple(LineSpec("{first_name}", 20, 14) for _ in range(4))
    fitted = fit_block(block(*lines, height=20), ["Ola"] * 4, M)
    height = sum(M.line_height(f.size_pt, False) for f in fitted) + 3 * 1.0
    assert height <= 20
    assert all(f.size_pt < 14 for f in fitted)


def test_a_category_coloured_line_takes_the_badge_colour():
    spec = LineSpec("{category}", 10, 8, colour="category")
    (line,) = place_block(block(spec), values(category="Deltaker"), M, "#3C6E47")
    assert line.colour == "#3C6E47"


def test_fill_tidies_spaces_so_a_missing_part_leaves_none():
    assert fill("{first_name} {last_name}", values(last_name="Nordmann")) == "Nordmann"
    assert fill("  {first_name}   ({organisation}) ", values(first_name="Åse")) == "Åse ()"


def test_split_points_break_after_spaces_and_hyphens_only():
    assert split_points("Anne-Lise Ødegård") == ["Anne-", "Lise ", "Ødegård"]
    assert split_points("-x") == ["-x"]


def test_balanced_lines_minimise_the_widest_line():
    lines = balanced_lines("a bb ccc dddddd", 2, lambda ls: max(len(x) for x in ls))
    assert lines == ["a bb ccc", "dddddd"]


texts = st.lists(
    st.sampled_from(["a", "Å", "ŋ", "-", " ", "  ", "Sørensen", "Čuđe", "Šŧiiž", "Bjørkhaug"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(first=texts, last=texts, org=texts, width=st.floats(15, 90), height=st.floats(8, 60))
def test_every_placed_line_lies_inside_its_block(first, last, org, width, height):
    lines = (
        LineSpec("{first_name}", 22, 13, bold=True, max_lines=2),
        LineSpec("{last_name}", 16, 10, bold=True, max_lines=2),
        LineSpec("{organisation}", 9, 7, max_lines=3),
    )
    box = block(*lines, width=width, height=height, valign=VAlign.CENTER)
    placed = place_block(box, values(first_name=first, last_name=last, organisation=org), M, "#1")
    words = "".join(f"{first} {last} {org}".split())
    assert "".join("".join(p.text for p in placed).split()) == words  # nothing lost or invented
    for line in placed:
        assert M.width(line.text, line.size_pt, line.bold) <= width + 1e-6
        assert box.box.y - 1e-6 <= line.y
        assert line.y + line.height <= box.box.y + height + 1e-6
