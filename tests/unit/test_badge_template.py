"""Badge templates: the shipped ones load with the right sizes; every mistake names file and key."""

import json
import subprocess
import sys
import textwrap

import pytest

from checkin.badges.template import (
    DEFAULT_TEMPLATE,
    TEMPLATE_DIR,
    Colours,
    load_template,
    template_names,
)
from checkin.errors import UserError

SHIPPED = {
    "90x55": (90, 55),
    "cr80": (86, 54),
    "a6": (105, 148),
    "a7": (74, 105),
    "label62": (62, 100),
    "a4-10up": (90, 55),
}

MINIMAL = """
width_mm = 90
height_mm = 55
[[blocks]]
x_mm = 4
y_mm = 4
width_mm = 50
height_mm = 20
  [[blocks.lines]]
  text = "{first_name}"
  size_pt = 20
"""


def write(tmp_path, text, name="t.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(path):
    with pytest.raises(UserError) as caught:
        load_template(str(path))
    return str(caught.value)


def test_every_shipped_template_loads_with_its_size():
    assert set(SHIPPED) <= set(template_names())
    assert DEFAULT_TEMPLATE == "90x55"
    for name, size in SHIPPED.items():
        template = load_template(name)
        assert (template.width_mm, template.height_mm) == size, name
        assert template.qr is not None and template.blocks, name


def test_a4_sheet_places_ten_badges_inside_the_page():
    template = load_template("a4-10up")
    assert template.page_mm == (210.0, 297.0)
    slots = template.slots()
    assert len(slots) == 10
    assert len(set(slots)) == 10
    for x, y in slots:
        assert x >= 0 and x + template.width_mm <= 210.0
        assert y >= 0 and y + template.height_mm <= 297.0


def test_a_template_inherits_what_it_does_not_override():
    base, card = load_template("90x55"), load_template("cr80")
    assert card.colours == base.colours
    assert card.logo is not None and card.logo.file == base.logo.file
    assert card.band is not None and card.band.box.width == 86


def test_minimal_template_and_json_template(tmp_path):
    toml = load_template(str(write(tmp_path, MINIMAL)))
    assert toml.blocks[0].lines[0].min_size_pt == 6.0  # default minimum
    as_json = {
        "width_mm": 90, "height_mm": 55,
        "blocks": [{"x_mm": 4, "y_mm": 4, "width_mm": 50, "height_mm": 20,
                    "lines": [{"text": "{first_name}", "size_pt": 20}]}],
    }  # fmt: skip
    path = tmp_path / "t.json"
    path.write_text(json.dumps(as_json), encoding="utf-8")
    assert load_template(str(path)).blocks == toml.blocks


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("size_pt = 20", "size_ptt = 20"), "blocks[0].lines[0]"),
        (("size_pt = 20", 'size_pt = "big"'), "blocks[0].lines[0].size_pt: must be a number"),
        (("{first_name}", "{fornavn}"), "unknown field {fornavn}"),
        (("{first_name}", "{first_name"), "blocks[0].lines[0].text: is not a valid pattern"),
        (("width_mm = 50", "width_mm = 95"), "reaches outside the 90x55 mm badge"),
        (("width_mm = 90\n", ""), "width_mm: is missing"),
        (("size_pt = 20", "size_pt = 20\n  min_size_pt = 30"), "is larger than size_pt"),
        (("size_pt = 20", "size_pt = 20\n  max_lines = 0"), "max_lines: must be a whole number"),
        (("size_pt = 20", "size_pt = 20\n  colour = 'red'"), "must be a colour like #1F6F8B"),
        (("x_mm = 4\n", 'x_mm = 4\nalign = "middle"\n'), "align: must be one of left, center"),
    ],
)
def test_bad_template_error_names_file_and_key(tmp_path, change, expected):
    path = write(tmp_path, MINIMAL.replace(*change, 1))
    message = error_of(path)
    assert str(path.resolve()) in message
    assert expected in message


def test_misspelt_required_key_is_pointed_out(tmp_path):
    message = error_of(write(tmp_path, MINIMAL.replace("size_pt = 20", "size_ptt = 20")))
    assert "blocks[0].lines[0].size_pt: is missing ('size_ptt' is there: a misspelling?)" in message


def test_unknown_key_lists_the_known_ones(tmp_path):
    message = error_of(
        write(tmp_path, MINIMAL.replace("size_pt = 20", "size_pt = 20\n max_line = 2"))
    )
    assert "blocks[0].lines[0].max_line: unknown key" in message
    assert "min_size_pt" in message and "max_lines" in message


def test_invalid_toml_says_where(tmp_path):
    message = error_of(write(tmp_path, MINIMAL + "\nbroken = = 1\n"))
    assert "not valid TOML" in message and "line" in message


def test_non_ascii_keys_must_be_quoted_and_then_work(tmp_path):
    bad = write(tmp_path, MINIMAL + "\n[colours.categories]\nArrangør = '#123456'\n", "bad.toml")
    assert "not valid TOML" in error_of(bad)
    good = write(tmp_path, MINIMAL + "\n[colours.categories]\n'Arrangør' = '#123456'\n", "ok.toml")
    assert load_template(str(good)).colours.for_category("arrangør") == "#123456"


def test_sheet_that_does_not_fit_on_its_paper(tmp_path):
    sheet = MINIMAL + "\n[sheet]\npaper = 'A4'\ncolumns = 3\nrows = 5\n"
    message = error_of(write(tmp_path, sheet))
    assert "sheet" in message and "the page is 210x297 mm" in message


def test_base_inheritance_in_a_circle_is_refused(tmp_path):
    write(tmp_path, "base = 'b.toml'\n" + MINIMAL, "a.toml")
    write(tmp_path, "base = 'a.toml'\n" + MINIMAL, "b.toml")
    assert "inherit in a circle" in error_of(tmp_path / "a.toml")


def test_unknown_template_name_lists_the_known_ones():
    with pytest.raises(UserError) as caught:
        load_template("no-such-template")
    assert "cr80" in str(caught.value) and "90x55" in str(caught.value)


def test_missing_logo_file_is_named(tmp_path):
    text = (
        MINIMAL
        + "\n[logo]\nfile = 'missing.png'\nx_mm = 1\ny_mm = 1\nwidth_mm = 5\nheight_mm = 5\n"
    )
    message = error_of(write(tmp_path, text))
    assert "logo.file: no image file at" in message and "missing.png" in message


def test_category_colours_named_then_cycled_then_default():
    colours = Colours("#000000", (("Foredragsholder", "#8E3B46"),), ("#111111", "#222222"))
    assert colours.for_category("foredragsholder") == "#8E3B46"
    assert colours.for_category("Utstiller") in ("#111111", "#222222")
    assert colours.for_category("Utstiller") == colours.for_category(" UTSTILLER ")
    assert colours.for_category("") == "#000000"
    assert Colours("#000000").for_category("Utstiller") == "#000000"


def test_cycled_colour_is_the_same_in_every_process():
    code = (
        "from checkin.badges.template import load_template;"
        "print(load_template('90x55').colours.for_category('Sykepleier'))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(seen) == 1


def test_templates_live_in_assets():
    assert (TEMPLATE_DIR / "90x55.toml").is_file()
