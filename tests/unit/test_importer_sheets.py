"""A workbook's sheets: the one with the registrations is found, named, and can be chosen."""

import pytest
from openpyxl import Workbook

from checkin.importer.load import load, preview


def workbook(path, *sheets):
    """Write a workbook of (title, rows) sheets."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


INSTRUCTIONS = ("Instruksjoner", [["Slik fyller du ut arket"], ["Én rad per deltaker"]])
PEOPLE = ("Deltakere", [["Fornavn", "Etternavn", "Organisasjon"], ["Åse", "Ødegård", "Haukeland"],
                        ["Ola", "Nordmann", "Askøy kommune"]])  # fmt: skip
GONE = ("Avmeldte", [["Navn"], ["Per Avlyst"]])


def test_the_first_sheet_with_a_name_column_is_read_and_named(tmp_path):
    path = workbook(tmp_path / "p.xlsx", INSTRUCTIONS, PEOPLE, GONE)
    result = load(path)
    assert result.problems == []
    assert [row.last_name for row in result.rows] == ["Ødegård", "Nordmann"]
    warning = str(result.warnings[0])
    assert "'Deltakere'" in warning and "sheet 2 of 3" in warning and "--sheet" in warning


@pytest.mark.parametrize("choice", ["3", "Avmeldte", "avmeldte"])
def test_sheet_chooses_by_number_or_name(tmp_path, choice):
    path = workbook(tmp_path / "p.xlsx", INSTRUCTIONS, PEOPLE, GONE)
    result = load(path, sheet=choice)
    assert [(row.first_name, row.last_name) for row in result.rows] == [("Per", "Avlyst")]
    assert "'Avmeldte'" in str(result.warnings[0])
    assert preview(path, sheet=choice).rows[0].last_name == "Avlyst"


@pytest.mark.parametrize("choice", ["Oppsummering", "4", "0"])
def test_a_sheet_that_is_not_there_is_one_problem_listing_the_sheets(tmp_path, choice):
    path = workbook(tmp_path / "p.xlsx", INSTRUCTIONS, PEOPLE)
    result = load(path, sheet=choice)
    assert result.rows == [] and len(result.problems) == 1
    message = result.problems[0].message
    assert f"no sheet '{choice}'" in message and "1: Instruksjoner, 2: Deltakere" in message


def test_a_chosen_sheet_without_names_says_so(tmp_path):
    path = workbook(tmp_path / "p.xlsx", INSTRUCTIONS, PEOPLE)
    result = load(path, sheet="1")
    assert result.rows == [] or result.problems
    assert any("no name column" in p.message for p in result.problems)


def test_one_sheet_needs_no_warning_and_no_names_anywhere_reads_the_first(tmp_path):
    assert load(workbook(tmp_path / "one.xlsx", PEOPLE)).warnings == []
    result = load(workbook(tmp_path / "none.xlsx", ("Tom", []), INSTRUCTIONS))
    assert any("no name column" in p.message for p in result.problems)
    assert "'Instruksjoner'" in str(result.warnings[0])


def test_sheet_on_a_csv_is_a_problem(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Fornavn;Etternavn\nÅse;Ødegård\n", encoding="utf-8")
    result = load(path, sheet="2")
    assert result.rows == [] and "for XLSX workbooks" in result.problems[0].message
