"""The report's XLSX: each sheet under a title line (event, point, day), the header below it
frozen and filtered, widths from the columns' content (not from the title), the title safe
against formula injection. The per-person export keeps its header in row 1."""

from dataclasses import replace

from openpyxl import load_workbook

from checkin.reports.tables import write_tables
from tests.reports.test_pdf_layout import report


def test_every_sheet_has_its_title_line_above_a_frozen_filtered_header(tmp_path):
    out = tmp_path / "r.xlsx"
    write_tables(report(groups=3, no_shows=4, desks=2), out, "nb")
    book = load_workbook(out)
    assert book.sheetnames == ["Sammendrag", "Ikke sjekket inn", "Ankomster per 10 minutter",
                               "Skranker"]  # fmt: skip
    titles = [ws["A1"].value for ws in book.worksheets]
    scope = "Innsjekkingspunkt hovedinngang, 2026-06-01"
    assert titles == [f"Helsekonferansen · Oppmøterapport · {scope}"] * 3 + [
        "Helsekonferansen · Skranker · 2026-06-01"  # every point's desks: the day only
    ]
    for ws in book.worksheets:
        assert ws["A1"].font.b and ws["A2"].font.b  # the title line and the header
        assert ws.freeze_panes == "A3" and ws.auto_filter.ref.startswith("A2:")
        assert all(cell.value is None for cell in ws[1][1:])  # the title is one cell
    summary = book["Sammendrag"]
    assert summary.auto_filter.ref == "A2:D5"  # three groups; the total stays out
    assert [c.value for c in summary[6]][:3] == ["Totalt", 33, 200]  # 10 + 11 + 12 expected
    assert isinstance(summary["B3"].value, int) and summary["D3"].number_format == "0.0%"
    assert book["Ankomster per 10 minutter"]["A3"].is_date
    widths = summary.column_dimensions
    assert widths["A"].width == len("Organisasjon 000") + 2  # the column's content, not the title


def test_a_formula_like_event_name_stays_text_in_the_title(tmp_path):
    out = tmp_path / "r.xlsx"
    write_tables(replace(report(groups=2, no_shows=1), event='=HYPERLINK("x")'), out, "en")
    title = load_workbook(out)["Summary"]["A1"]
    assert title.data_type == "s" and title.value.startswith("'=HYPERLINK")


def test_the_csv_starts_with_its_header(tmp_path):
    out = tmp_path / "r.csv"
    write_tables(report(groups=2, no_shows=1), out, "en")
    first = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first == "Organisation;Expected;Checked in;Share"
