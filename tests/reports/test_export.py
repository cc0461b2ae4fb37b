"""`checkin export` on the seeded event: every imported column, times as date-times in the event's
zone, a sheet laid out for people, formula-safe cells, and Windows-1252 for old Excel."""

import csv
import json
from datetime import datetime

from openpyxl import load_workbook

from tests.reports.conftest import CHECKINS, UNDONE, cli

OSLO_SUMMER = 2  # hours: Oslo is UTC+2 in June


def export(capsys, db, out, *extra):
    code, facts, err = cli(capsys, "export", out, "--db", db, *extra)
    assert code == 0, err
    return facts


def expected_times():
    """First check-in per ticket and day, as the desk's wall clock shows it (by hand: UTC+2)."""
    first = {}
    for code, day, at in CHECKINS:
        if (code, day) != UNDONE:
            first.setdefault((code, day.isoformat()), at.replace(tzinfo=None, hour=at.hour + 2))
    return first


def test_xlsx_has_every_column_words_in_norwegian_and_real_times(seeded, capsys, tmp_path):
    out = tmp_path / "oppmøte.xlsx"
    assert export(capsys, seeded, out, "--lang", "nb")["rows"] == 8
    sheet = load_workbook(out)["Oppmøte"]
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["Billettnummer", "Fornavn", "Etternavn", "Organisasjon", "E-post",
                          "Kategori", "Billettype", "Status"]  # fmt: skip
    assert "Kommune" in header
    assert header[-3:] == ["Dager til stede", "Innsjekk 2026-06-01", "Innsjekk 2026-06-02"]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    col = {name: index for index, name in enumerate(header)}
    assert rows["K6"][col["Status"]].value == "Kansellert"
    assert rows["K1"][col["Status"]].value == "Gyldig"
    assert rows["K3"][col["Kommune"]].value == "Askøy"
    assert rows["K1"][col["Dager til stede"]].value == 2
    for (code, day), wall_clock in expected_times().items():
        cell = rows[code][col[f"Innsjekk {day}"]]
        assert cell.is_date and isinstance(cell.value, datetime)
        assert abs((cell.value - wall_clock).total_seconds()) < 1
        assert cell.number_format == "yyyy-mm-dd hh:mm"
    assert rows["K5"][col["Innsjekk 2026-06-01"]].value is None  # undone


def test_xlsx_is_laid_out_for_people(seeded, capsys, tmp_path):
    out = tmp_path / "a.xlsx"
    export(capsys, seeded, out)
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}9"
    widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
    assert all(width and width >= 8 for width in widths)
    assert sheet[1][0].font.bold


def test_names_in_norwegian_order_and_formulas_stay_text(seeded, capsys, tmp_path):
    out = tmp_path / "a.xlsx"
    export(capsys, seeded, out)
    sheet = load_workbook(out).active
    last_names = [r[2] for r in sheet.iter_rows(min_row=2, values_only=True)]
    # Aamodt is Å (after Ø): Norwegian order puts it last
    assert last_names == ["Avlyst", "Berg", "Bjorheim Bøe", "Dahl", "Nordmann", "Ondsinnet",
                          "Ødegård", "Aamodt"]  # fmt: skip
    types = {c.data_type for row in sheet.iter_rows() for c in row}
    assert "f" not in types
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "'@SUM(A1)" in values and "'=cmd|' /C calc'!A0" in values


def test_excel_nordic_csv_is_windows_1252_with_semicolons_and_round_trips(seeded, capsys,
                                                                         tmp_path):  # fmt: skip
    nordic, plain = tmp_path / "gammel.csv", tmp_path / "ny.csv"
    export(capsys, seeded, nordic, "--excel-nordic", "--lang", "nb")
    export(capsys, seeded, plain, "--lang", "nb")
    raw = nordic.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "Ødegård".encode("cp1252") in raw
    with nordic.open(encoding="cp1252", newline="") as handle:
        old = list(csv.reader(handle, delimiter=";"))
    with plain.open(encoding="utf-8-sig", newline="") as handle:
        new = list(csv.reader(handle, delimiter=";"))
    assert old == new  # the same cells, only the encoding differs
    row = next(r for r in old if r[0] == "K1")
    assert row[-2:] == ["2026-06-01 09:05", "2026-06-02 08:55"]


def test_english_headers_and_statuses(seeded, capsys, tmp_path):
    out = tmp_path / "a.csv"
    export(capsys, seeded, out, "--lang", "en")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {r["Status"] for r in rows} == {"Valid", "Cancelled"}
    assert next(r for r in rows if r["Ticket code"] == "K4")["Checked in 2026-06-01"]


def test_workbook_cells_control_characters_and_empty_text(tmp_path):
    from checkin.reports.cells import Sheet, write_workbook

    out = tmp_path / "c.xlsx"
    sheet = Sheet("Ark", ["A", "B", "C"], [["a\x07b", "", 3], ["x", None, 0.5]], frozenset({2}))
    write_workbook([sheet], out)
    ws = load_workbook(out)["Ark"]
    assert [c.value for c in ws[2]] == ["a\ufffdb", None, 3]
    assert ws["C3"].number_format == "0.0%"


def test_excel_nordic_says_how_many_cells_lost_characters(tmp_path, capsys):
    from checkin.cli import main

    db, source = tmp_path / "samisk.sqlite", tmp_path / "p.csv"
    source.write_text("Billettnummer;Fornavn;Etternavn\nS1;Áŋŋá;Ŋuorra\nS2;Åse;Berg\n",
                      encoding="utf-8")  # fmt: skip
    assert main(["new", "--db", str(db), "--name", "Sámi", "--days", "2026-06-01"]) == 0
    assert main(["import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    out = tmp_path / "gammel.csv"
    assert main(["export", str(out), "--db", str(db), "--excel-nordic", "--json"]) == 0
    facts = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert (facts["rows"], facts["replaced_cells"]) == (2, 2)  # Áŋŋá and Ŋuorra
    assert main(["export", str(out), "--db", str(db), "--excel-nordic"]) == 0
    said = capsys.readouterr().out
    assert "2 cells held characters Windows-1252 lacks" in said and "--excel-nordic" in said
