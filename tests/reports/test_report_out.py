"""`checkin report --out F` writes the file and says where in one line of the user's language;
without --out the report goes to the terminal (text, or JSON with --format json) as before."""

import json

import pytest

from checkin.cli import main

WROTE = {"en": "Wrote the report to {file}.", "nb": "Skrev rapporten til {file}.",
         "nn": "Skreiv rapporten til {file}."}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "nb", "nn"])
@pytest.mark.parametrize("suffix", ["pdf", "xlsx", "csv", "json"])
def test_out_writes_the_file_and_says_one_line(seeded, capsys, tmp_path, speaks, language,
                                               suffix):  # fmt: skip
    speaks(language)
    out = tmp_path / f"rapport.{suffix}"
    assert main(["report", "--db", str(seeded), "--day", "2026-06-01", "--by", "Kommune",
                 "--out", str(out)]) == 0  # fmt: skip
    said = capsys.readouterr()
    assert said.out == WROTE[language].format(file=out) + "\n"  # not the report's text
    assert said.err == "" and out.stat().st_size > 0


def test_without_out_the_text_goes_to_the_terminal(seeded, capsys):
    assert main(["report", "--db", str(seeded), "--day", "2026-06-01", "--by", "Kommune"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Helsekonferansen, 2026-06-01, point main entrance: 5 of 7")
    assert any(line.split()[:4] == ["Bergen", "2", "of", "3"] for line in lines)
    assert not any(line.startswith("Wrote") for line in lines)


def test_json_without_out_goes_to_the_terminal_unchanged(seeded, capsys):
    assert main(["report", "--db", str(seeded), "--day", "2026-06-01", "--format", "json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    facts = json.loads(line)
    assert (facts["expected"], facts["checked_in"], facts["file"]) == (7, 5, None)


def test_out_with_json_says_the_facts_and_the_file(seeded, capsys, tmp_path):
    out = tmp_path / "r.csv"
    assert main(["report", "--db", str(seeded), "--all-days", "--out", str(out), "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    facts = json.loads(line)
    assert facts["file"] == str(out) and facts["expected"] == 7


def test_out_dash_is_the_terminal_for_text_and_json(seeded, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--db", str(seeded), "--day", "2026-06-01", "--out", "-"]) == 0
    assert capsys.readouterr().out.startswith("Helsekonferansen, 2026-06-01")
    assert main(["report", "--db", str(seeded), "--day", "2026-06-01", "--format", "json",
                 "--out", "-"]) == 0  # fmt: skip
    assert json.loads(capsys.readouterr().out)["checked_in"] == 5
    assert not (tmp_path / "-").exists()  # no file named "-"


def test_out_dash_refuses_a_pdf_and_names_the_way(seeded, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code = main(["report", "--db", str(seeded), "--format", "pdf", "--out", "-"])
    assert code == 2
    assert "--out NAME.pdf" in capsys.readouterr().err
    assert not (tmp_path / "-").exists()
