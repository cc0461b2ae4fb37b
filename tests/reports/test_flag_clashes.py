"""Flags that would be silently ignored with the format or the other flags given are refused
with exit 2 and a message naming the clash; nothing is written."""

from tests.reports.conftest import cli


def refused(capsys, *argv):
    code, facts, err = cli(capsys, *argv)
    assert code == 2, (facts, err)
    return " ".join(((facts or {}).get("error", "") + " " + err).split())


def test_excel_nordic_is_refused_for_xlsx_and_kept_for_csv(seeded, capsys, tmp_path):
    out = tmp_path / "e2.xlsx"
    said = refused(capsys, "export", out, "--db", seeded, "--excel-nordic")
    assert "--excel-nordic is for CSV files" in said and "e2.xlsx" in said
    assert not out.exists()
    code, facts, err = cli(capsys, "export", tmp_path / "e.csv", "--db", seeded, "--excel-nordic")
    assert code == 0 and facts["rows"] == 8, err


def test_report_day_and_all_days_clash(seeded, capsys):
    said = refused(capsys, "report", "--db", seeded, "--day", "2026-06-01", "--all-days")
    assert "--day and --all-days clash" in said


def test_report_lang_without_a_file_is_refused(seeded, capsys, tmp_path):
    said = refused(capsys, "report", "--db", seeded, "--all-days", "--lang", "nb")
    assert "--lang is for a report file" in said
    out = tmp_path / "r.json"
    said = refused(capsys, "report", "--db", seeded, "--all-days", "--out", out, "--lang", "nb")
    assert "--lang is for a report file" in said and not out.exists()
    code, _, err = cli(capsys, "report", "--db", seeded, "--all-days", "--out",
                       tmp_path / "r.csv", "--lang", "nb")  # fmt: skip
    assert code == 0, err
