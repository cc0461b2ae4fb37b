"""`checkin report` on a seeded event: counts against the hand-worked fixture, every format."""

import csv
import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import (
    EXPECTED_ALL,
    EXPECTED_DAY1,
    EXPECTED_DAY2,
    KOMMUNE_DAY1,
    NO_SHOWS_DAY1,
    cli,
)


def totals(facts):
    return {"expected": facts["expected"], "checked_in": facts["checked_in"]}


def by_key(facts):
    return {g["key"]: (g["expected"], g["checked_in"]) for g in facts["groups"]}


def test_totals_per_day_and_for_the_whole_event(seeded, capsys):
    assert totals(cli(capsys, "report", "--db", seeded, "--day", "2026-06-01")[1]) == EXPECTED_DAY1
    assert totals(cli(capsys, "report", "--db", seeded, "--day", "2026-06-02")[1]) == EXPECTED_DAY2
    assert totals(cli(capsys, "report", "--db", seeded, "--all-days")[1]) == EXPECTED_ALL
    code, facts, _ = cli(capsys, "report", "--db", seeded, "--by", "day", "--all-days")
    assert code == 0
    assert by_key(facts) == {"2026-06-01": (7, 5), "2026-06-02": (6, 2)}
    assert totals(facts) == EXPECTED_ALL  # each person once, not the sum of the days


def test_by_an_imported_column_with_share_and_distinct_count(seeded, capsys):
    code, facts, _ = cli(capsys, "report", "--db", seeded, "--by", "Kommune", "--day", "2026-06-01")
    assert code == 0
    assert by_key(facts) == KOMMUNE_DAY1
    assert [g["key"] for g in facts["groups"]] == ["Alver", "Askøy", "Bergen", "Oslo"]
    shares = {g["key"]: g["share"] for g in facts["groups"]}
    assert shares == {"Alver": 0.0, "Askøy": 1.0, "Bergen": round(2 / 3, 4), "Oslo": 1.0}
    assert facts["distinct"] == {"field": "Kommune", "present": 3, "expected": 4}
    assert facts["share"] == round(5 / 7, 4)


def test_no_shows_in_norwegian_name_order(seeded, capsys):
    facts = cli(capsys, "report", "--db", seeded, "--day", "2026-06-01")[1]
    assert [p["code"] for p in facts["no_shows"]] == NO_SHOWS_DAY1
    assert facts["no_shows"][0]["last_name"] == "Berg"


def test_arrivals_per_ten_minutes_in_the_event_zone(seeded, capsys):
    facts = cli(capsys, "report", "--db", seeded, "--day", "2026-06-01")[1]
    arrivals = {a["start"]: a["checked_in"] for a in facts["arrivals"]}
    # 09:05, 09:08 | 09:12 | (none) | 09:31, 09:33  (Oslo time; K5 at 09:40 was undone)
    assert arrivals == {
        "2026-06-01T09:00:00+02:00": 2, "2026-06-01T09:10:00+02:00": 1,
        "2026-06-01T09:20:00+02:00": 0, "2026-06-01T09:30:00+02:00": 2,
    }  # fmt: skip


def test_organisations_fold_legal_forms_and_units_and_follow_aliases(seeded, capsys):
    facts = cli(capsys, "report", "--db", seeded, "--by", "organisation", "--day", "2026-06-01")[1]
    groups = by_key(facts)
    assert groups["Helse Bergen HF"] == (2, 2)  # "Helse Bergen HF" + "HELSE BERGEN HF, Haukeland"
    assert groups["Haukeland"] == (1, 0)
    assert groups["Askøy kommune"] == (2, 2)  # "Askøy kommune" + "Askøy"
    code, _, err = cli(capsys, "org-alias", "Haukeland", "--as", "Helse Bergen HF", "--db", seeded)
    assert code == 0, err
    facts = cli(capsys, "report", "--db", seeded, "--by", "organisation", "--day", "2026-06-01")[1]
    groups = by_key(facts)
    assert groups["Helse Bergen HF"] == (3, 2) and "Haukeland" not in groups
    joined = next(g for g in facts["groups"] if g["key"] == "Helse Bergen HF")
    assert set(joined["names"]) == {"Helse Bergen HF", "HELSE BERGEN HF", "Haukeland"}
    assert cli(capsys, "org-alias", "--db", seeded)[1] == [
        {"alias": "Haukeland", "organisation": "Helse Bergen HF"}
    ]
    assert cli(capsys, "org-alias", "haukeland", "--remove", "--db", seeded)[0] == 0
    assert cli(capsys, "org-alias", "haukeland", "--remove", "--db", seeded)[0] == 2


def test_an_alias_the_other_way_round_is_refused_not_saved(seeded, capsys):
    assert cli(capsys, "org-alias", "Haukeland", "--as", "Helse Bergen HF", "--db", seeded)[0] == 0
    code, _, err = cli(capsys, "org-alias", "Helse Bergen", "--as", "Haukeland", "--db", seeded)
    assert code == 2
    assert "'Haukeland' is itself counted as 'Helse Bergen'" in err
    assert cli(capsys, "org-alias", "--db", seeded)[1] == [
        {"alias": "Haukeland", "organisation": "Helse Bergen HF"}
    ]


def test_a_circle_of_three_aliases_is_refused(seeded, capsys):
    for alias, target in (("Stavanger", "Bergen"), ("Bergen", "Haukeland")):
        assert cli(capsys, "org-alias", alias, "--as", target, "--db", seeded)[0] == 0
    code, _, err = cli(capsys, "org-alias", "Haukeland", "--as", "Stavanger", "--db", seeded)
    assert code == 2 and "'Stavanger' is itself counted as 'Haukeland'" in err
    assert cli(capsys, "org-alias", "Askøy", "--as", "Stavanger", "--db", seeded)[0] == 0  # a chain


def test_the_same_report_after_importing_the_same_file_again(seeded, source, capsys):
    argv = ("report", "--db", seeded, "--by", "Kommune", "--all-days")
    before = cli(capsys, *argv)[1]
    assert cli(capsys, "import", source, "--db", seeded)[0] == 0
    after = cli(capsys, *argv)[1]
    before.pop("pace"), after.pop("pace")
    assert after == before


def test_existing_exit_codes_and_keys(seeded, capsys):
    code, _, err = cli(capsys, "report", "--db", seeded, "--day", "2026-07-01")
    assert code == 2 and "is not a day of" in err
    code, _, err = cli(capsys, "report", "--db", seeded, "--by", "Fylke")
    assert code == 2 and "Kommune" in err  # the choices name the imported columns
    code, _, err = cli(capsys, "report", "--db", seeded, "--format", "pdf")
    assert code == 2 and "--out" in err


def test_report_as_csv_and_xlsx_holds_the_same_counts(seeded, capsys, tmp_path):
    out_csv, out_xlsx = tmp_path / "r.csv", tmp_path / "r.xlsx"
    for out in (out_csv, out_xlsx):
        code, facts, err = cli(capsys, "report", "--db", seeded, "--by", "Kommune", "--day",
                               "2026-06-01", "--out", out, "--lang", "nb")  # fmt: skip
        assert code == 0, err
        assert facts["file"] == str(out)
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Kommune", "Forventet", "Sjekket inn", "Andel"]
    assert {r[0]: (int(r[1]), int(r[2])) for r in rows[1:-1]} == KOMMUNE_DAY1
    assert rows[-1] == ["Totalt", "7", "5", "71,4 %"]  # a share as Norwegian Excel reads one
    book = load_workbook(out_xlsx)
    sheet = book["Sammendrag"]
    # a title line above the header, as the PDF's heading; the header frozen and filtered
    title = "Helsekonferansen · Oppmøterapport · Innsjekkingspunkt hovedinngang, 2026-06-01"
    assert sheet["A1"].value == title and sheet["A1"].font.b
    assert [c.value for c in sheet[2]] == ["Kommune", "Forventet", "Sjekket inn", "Andel"]
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref == "A2:D6"  # not the total
    values = {r[0]: (r[1], r[2]) for r in sheet.iter_rows(min_row=3, max_row=6, values_only=True)}
    assert values == KOMMUNE_DAY1
    assert sheet["D5"].number_format == "0.0%" and sheet["D5"].value == pytest.approx(2 / 3)
    assert [c.value for c in sheet[7]][:3] == ["Totalt", 7, 5]  # numbers as numbers
    for name in book.sheetnames:
        assert book[name]["A1"].value.startswith("Helsekonferansen · ")
        assert book[name].freeze_panes == "A3" and book[name].auto_filter.ref.startswith("A2:")
    no_shows = [r[0] for r in book["Ikke sjekket inn"].iter_rows(min_row=3, values_only=True)]
    assert no_shows == NO_SHOWS_DAY1
    arrivals = book["Ankomster per 10 minutter"]
    assert arrivals["A3"].is_date and arrivals["A3"].value.hour == 9


def test_report_as_json_file(seeded, capsys, tmp_path):
    out = tmp_path / "r.json"
    assert cli(capsys, "report", "--db", seeded, "--day", "2026-06-02", "--out", out)[0] == 0
    assert totals(json.loads(out.read_text(encoding="utf-8"))) == EXPECTED_DAY2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", ["Oppmøterapport", "Forventet", "Sjekket inn", "Ankomster per 10 minutter"]),
        ("nn", ["Oppmøterapport", "Venta", "Sjekka inn", "Ankomstar per 10 minutt"]),
        ("en", ["Attendance report", "Expected", "Checked in", "Arrivals per 10 minutes"]),
    ],
)
def test_pdf_holds_the_table_in_the_chosen_language(seeded, capsys, tmp_path, lang, words):
    out = tmp_path / "rapport.pdf"
    code, _, err = cli(capsys, "report", "--db", seeded, "--by", "Kommune", "--day", "2026-06-01",
                       "--out", out, "--lang", lang)  # fmt: skip
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    for word in [*words, "Helsekonferansen"]:
        assert word in text
    rows = {line.split()[0]: line.split()[1:4] for line in text.splitlines() if line.strip()}
    assert rows["Bergen"][:2] == ["3", "2"] and rows["Askøy"][:2] == ["2", "2"]
    assert rows["Alver"][:2] == ["1", "0"] and rows["Oslo"][:2] == ["1", "1"]
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])
    assert pages in (1, 2)
    assert "595 x 842" in info.stdout  # A4 in points


def test_desk_pace_and_the_queues_wait_worked_out_by_hand(seeded):
    from datetime import UTC, datetime

    from checkin.desk import Desk
    from checkin.reports.queries import Scope
    from checkin.reports.report import build
    from tests.reports.conftest import DAY1

    desk = Desk.open(seeded, readonly=True)
    try:
        data = desk.attendance()
    finally:
        desk.close()
    now = datetime(2026, 6, 1, 7, 35, tzinfo=UTC).timestamp()
    report = build(data, Scope(day=DAY1), None, now=now, queue=6)
    pace = report.pace
    # in the 10 minutes up to 07:35Z: K4 (07:31) and K8 (07:33): 0.2 a minute
    assert pace.pace == pytest.approx(0.2)
    assert pace.wait_min == pytest.approx(30)  # 6 in line at 0.2 a minute
    assert pace.clear_min == pytest.approx(10)  # the 2 no-shows
    (only,) = pace.desks
    assert (only.desk, only.point, only.checked_in) == ("Skranke 1", "main", 5)
    # busy in three 10-minute slots (07:00, 07:10, 07:30): 5 in 30 minutes; the busiest 2 in 10
    assert only.per_minute == pytest.approx(5 / 30)
    assert only.peak_per_minute == pytest.approx(0.2)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_a_short_pdf_has_the_desks_and_the_no_shows_on_its_one_page(seeded, capsys, tmp_path):
    out = tmp_path / "r.pdf"
    assert cli(capsys, "report", "--db", seeded, "--day", "2026-06-01", "--out", out,
               "--lang", "nb")[0] == 0  # fmt: skip
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout  # everything fits: no second page
    page = subprocess.run(["pdftotext", "-layout", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Skranker" in page and "Skranke 1" in page
    assert "Ikke sjekket inn (2)" in page
    assert "Berg, Liv" in page and "Dahl, Siri" in page


def test_format_and_file_name_agree_or_the_error_says_how(seeded, capsys, tmp_path):
    code, _, err = cli(capsys, "report", "--db", seeded, "--format", "csv", "--out",
                       tmp_path / "r.xlsx")  # fmt: skip
    assert code == 2 and "NAME.csv" in err
    out = tmp_path / "rapport.txt"
    assert cli(capsys, "report", "--db", seeded, "--format", "csv", "--out", out)[0] == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[-1].startswith("Total;7;5")


def test_report_at_another_check_in_point(seeded, capsys):
    from checkin.desk import Desk
    from tests.reports.conftest import DAY1

    code, _, err = cli(
        capsys, "point", "middag", "--new", "--categories", "Sykehus", "--db", seeded
    )
    assert code == 0, err
    desk = Desk.open(seeded, "Skranke 2", "middag")
    try:
        assert desk.check_in("K7", day=DAY1).checkin is not None
    finally:
        desk.close()
    facts = cli(capsys, "report", "--db", seeded, "--point", "middag", "--day", "2026-06-01")[1]
    # the dinner admits Sykehus only: K1, K2, K7 expected; K7 came
    assert (facts["point"], facts["expected"], facts["checked_in"]) == ("middag", 3, 1)
