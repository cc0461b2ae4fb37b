"""The report PDF's column headers are whole (a long one wraps or shrinks, never "Busiest 10
mi…"), and an imported column is named as the organiser wrote it ("Kommune")."""

import shutil
import subprocess
import unicodedata

import pytest

from checkin.reports.desk_table import DESK_COLUMNS
from checkin.reports.language import Words
from checkin.reports.pdf import DISTINCT
from checkin.reports.tables import CHECKED_IN, EXPECTED, SHARE
from tests.reports.conftest import cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def pdf_words(path):
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    text = unicodedata.normalize("NFKC", text)  # the font's ligatures (ﬀ) as letters
    return text, set(text.split())


@pytest.mark.parametrize("lang", ["en", "nb", "nn"])
def test_every_header_word_is_whole_and_the_column_keeps_its_case(seeded, capsys, tmp_path, lang):
    out = tmp_path / "r.pdf"
    code, _, err = cli(capsys, "report", "--db", seeded, "--by", "Kommune", "--day", "2026-06-01",
                       "--out", out, "--lang", lang)  # fmt: skip
    assert code == 0, err
    text, found = pdf_words(out)
    words = Words(lang)
    headers = [words(title) for title in DESK_COLUMNS]
    headers += [words(EXPECTED), words(CHECKED_IN), words(SHARE)]
    for header in headers:
        missing = [word for word in header.split() if word not in found]
        assert not missing, f"{header!r}: {missing} not in the PDF"
    assert "…" not in text
    sentence = words(DISTINCT).format(present=3, field="Kommune", expected=4)
    assert sentence in " ".join(text.split())  # the field as written, never lower-cased
