"""The PDF's desks table: its headers in one size on at most two lines, each saying what it is.

Acceptance run 4, F-9: "Per minutt i periodene med innsjekking" was set much smaller than its
neighbours, on four lines, and "Til navneskilt i kø (s)" was hard to understand. The real PDF
(QPdfWriter), read back with pdftotext's word boxes; nb, nn and en.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from PySide6.QtGui import QFont, QPainter, QPdfWriter

from checkin.reports.desk_table import BADGE, DESK_COLUMNS, DESKS, PER_MINUTE, desk_note
from checkin.reports.language import Words
from checkin.reports.pdf import _desk_headers, write_pdf
from checkin.reports.pdf_pen import ensure_gui, fitted, header_font
from checkin.reports.throughput import DeskPace
from tests.reports.test_numbers_and_spans import big

LANGUAGES = ["nb", "nn", "en"]
FIRST_DESK = "Hovedskranken"


def _report(code: str):
    report = big(code)
    desks = (DeskPace(FIRST_DESK, "main", 1204, 0.3, 2.5, (412.0, 900.0), 30, 1.4),
             DeskPace("Skranke 2", "Sal B", 310, 1.2, 3.1, (380.0, 700.0), 20, 2.0))  # fmt: skip
    return replace(report, pace=replace(report.pace, desks=desks))


def _boxes(pdf):
    """Every word of the PDF with its box: (text, x min, y min, x max, y max), page order."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    root = ET.fromstring(xml.replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in root.iter("word")]  # fmt: skip


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_desks_headers_are_one_size_on_at_most_two_lines(tmp_path, code):
    out = tmp_path / "r.pdf"
    write_pdf(_report(code), out, code)
    words = _boxes(out)
    title = next(w for w in words if w[0] == Words(code)(DESKS))
    row = next(w for w in words if w[0] == FIRST_DESK)
    header = [w for w in words if title[4] < w[2] and w[4] <= row[2]]
    expected = [part for text in DESK_COLUMNS for part in Words(code)(text).split()]
    assert sorted(w[0] for w in header) == sorted(expected)
    heights = {round(w[4] - w[2], 1) for w in header}
    assert max(heights) - min(heights) < 0.5, f"headers in different sizes: {heights}"
    baselines = {round(w[4]) for w in header}
    assert len(baselines) <= 2, f"a header on more than two lines: {sorted(baselines)}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_header_fits_its_column_in_the_table_font(qapp, tmp_path, code):
    family = ensure_gui()
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(72)
    painter = QPainter(writer)
    try:
        base = QFont(family)
        base.setPixelSize(8)
        base.setBold(True)
        cells = [(width, text) for _, width, text, _ in _desk_headers(Words(code))]
        assert header_font(painter, base, cells).pixelSize() == 8  # none made smaller
        assert all(fitted(painter, base, width, text)[1] <= 2 for width, text in cells)
    finally:
        painter.end()


def test_the_badge_column_says_what_it_measures_and_the_note_explains_per_minute():
    assert [Words(code)(BADGE) for code in LANGUAGES] == [
        "Navneskilt i kø etter (s)", "Namneskilt i kø etter (s)", "Badge queued after (s)",
    ]  # fmt: skip
    assert [Words(code)(PER_MINUTE) for code in LANGUAGES] == [
        "Per minutt (aktiv)", "Per minutt (aktiv)", "Per minute (active)",
    ]  # fmt: skip
    assert desk_note(Words("en")) == (
        "Per minute (active): over the 10-minute slots with check-ins at the desk, not the last "
        "minutes."
    )
    assert desk_note(Words("nb")).startswith("Per minutt (aktiv): over timinuttersperiodene")
    assert desk_note(Words("nn")).startswith("Per minutt (aktiv): over timinuttsperiodane")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_note_under_the_desks_is_one_line(tmp_path, code):
    out = tmp_path / "r.pdf"
    write_pdf(_report(code), out, code)
    words = _boxes(out)
    first = Words(code)(PER_MINUTE).split()[0]
    row = next(w for w in words if w[0] == "Sal")  # the last desk's row: "Sal B"
    note = [w for w in words if w[2] > row[4]][: len(desk_note(Words(code)).split())]
    assert note[0][0] == first and " ".join(w[0] for w in note) == desk_note(Words(code))
    assert len({round(w[4]) for w in note}) == 1, "the note wraps"
