"""The default check-in point ("main") is a word of the document's language wherever a report
shows a point: the terminal's head line and desk lines, the PDF's heading and desks' table, the
XLSX's title lines and desks' sheet, and group keys by point. Other points keep their names;
the JSON keeps the identifier."""

import re
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from checkin.cli import main
from checkin.desk import Desk
from checkin.domain.model import MAIN_POINT, Method
from checkin.reports.language import Words
from tests.reports.conftest import DAY1, cli

MAIN = {"en": "main entrance", "nb": "hovedinngang", "nn": "hovudinngang"}
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture
def two_points(seeded, capsys):
    """The seeded event with a second point, "middag" (Sykehus only), where K7 came."""
    code, _, err = cli(capsys, "point", "middag", "--new", "--categories", "Sykehus",
                       "--db", seeded)  # fmt: skip
    assert code == 0, err
    desk = Desk.open(seeded, "Skranke 2", "middag")
    try:
        assert desk.check_in("K7", Method.SCAN, DAY1).checkin is not None
    finally:
        desk.close()
    return seeded


@pytest.mark.parametrize("language", ["en", "nb", "nn"])
def test_the_main_point_is_a_word_and_other_points_keep_their_names(language):
    words = Words(language)
    assert words.point(MAIN_POINT) == MAIN[language]
    assert words.point("middag") == "middag"
    assert words.point("Main") == "Main"  # only the identifier, not a name that looks like it
    assert words.group("point", MAIN_POINT) == MAIN[language]
    assert words.group("category", MAIN_POINT) == MAIN_POINT  # a category named "main" stays


@pytest.mark.parametrize("language", ["en", "nb", "nn"])
def test_the_terminal_names_the_point_in_its_language(two_points, capsys, speaks, language):
    speaks(language)
    assert main(["report", "--db", str(two_points), "--day", "2026-06-01", "--by", "point"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f" {MAIN[language]}: " in lines[0]  # the head line: "..., point main entrance: ..."
    groups = [line.split()[0] for line in lines[1:3]]
    assert MAIN[language].split()[0] in groups and "middag" in groups
    desks = [line for line in lines if line.startswith("  Skranke ")]
    assert any(f" {MAIN[language]}: " in line for line in desks)
    assert any(" middag: " in line for line in desks)
    assert not [line for line in lines if re.search(r"\bmain\b(?! entrance)", line)]


def test_the_json_keeps_the_identifier(two_points, capsys, speaks):
    speaks("nb")
    code, facts, _ = cli(capsys, "report", "--db", two_points, "--day", "2026-06-01",
                         "--by", "point")  # fmt: skip
    assert code == 0
    assert facts["point"] == "main"
    assert {g["key"] for g in facts["groups"]} == {"main", "middag"}
    assert {d["point"] for d in facts["pace"]["desks"]} == {"main", "middag"}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_xlsx_names_the_point_in_its_language(two_points, capsys, tmp_path, language):
    out = tmp_path / "r.xlsx"
    code, _, err = cli(capsys, "report", "--db", two_points, "--day", "2026-06-01", "--by",
                       "point", "--out", out, "--lang", language)  # fmt: skip
    assert code == 0, err
    book = load_workbook(out)
    summary, desks = book.worksheets[0], book.worksheets[-1]
    assert f" {MAIN[language]}, 2026-06-01" in summary["A1"].value  # the title line
    keys = [row[0] for row in summary.iter_rows(min_row=3, values_only=True)][:-1]  # no total
    assert sorted(keys) == sorted([MAIN[language], "middag"])
    points = {row[1] for row in desks.iter_rows(min_row=3, values_only=True)}
    assert points == {MAIN[language], "middag"}
    every = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert "main" not in every


@needs_pdftotext
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_pdf_names_the_point_in_its_language(two_points, capsys, tmp_path, language):
    out = tmp_path / "r.pdf"
    code, _, err = cli(capsys, "report", "--db", two_points, "--day", "2026-06-01", "--by",
                       "point", "--out", out, "--lang", language)  # fmt: skip
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert any(line.endswith(f" {MAIN[language]}, 2026-06-01") for line in lines)  # heading
    table = [line for line in lines if line.startswith((MAIN[language], "middag"))]
    assert len(table) == 2  # the table's groups by point
    desks = [line for line in lines if line.startswith("Skranke ")]
    assert any(f" {MAIN[language]} " in line for line in desks)
    assert any(" middag " in line for line in desks)
    assert not re.search(r"\bmain\b(?! entrance)", text)
