"""Counts read as the language writes them, the pace says the minutes it was measured over, and
every sentence of the PDF wraps inside its margins (acceptance run 3: F-6, F-7, F-8).

- Counts of 1,000 and more are grouped in the terminal, the PDF and the dashboard ("10 058"
  with a no-break space in nb/nn, "10,058" in en), the same way the dashboard's QLocale writes
  them; JSON keeps plain numbers.
- At opening the pace is measured over the minutes since the point's first check-in: the
  sentence says those minutes ("last 3 min", not "last 10 min"); JSON keeps ``window_min`` and
  adds ``span_min``. The desks' "per minute" is labelled as over the slots they worked in.
- The PDF's sentences (a long event name, a long pace sentence with big numbers) wrap: no
  word's box (``pdftotext -bbox``) passes the right margin, in nb, nn and en.
"""

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetricsF

from checkin import messages
from checkin.domain.attendance import Entry
from checkin.reports.desk_table import DESK_COLUMNS, desk_note, desk_texts
from checkin.reports.language import Words
from checkin.reports.pdf import pace_sentences, write_pdf
from checkin.reports.pdf_pen import MARGIN, PAGE_W, ensure_gui
from checkin.reports.queries import Bucket, Group, Scope
from checkin.reports.report import Report, to_json
from checkin.reports.text import pace_lines, report_text
from checkin.reports.throughput import DeskPace, Throughput, throughput
from checkin.ui.dashboard_parts import dashboard_words, group_rows
from checkin.ui.i18n import LOCALES

from .test_pdf_layout import WORD, person
from .test_throughput import DAY, T0, attendance

NBSP = "\u00a0"
OSLO = ZoneInfo("Europe/Oslo")


@pytest.mark.parametrize("code", ["nb", "nn", "en"])
@pytest.mark.parametrize("value", [7, 999, 1000, 10_058, 1_234_567])
def test_a_count_is_written_as_the_dashboard_s_locale_writes_it(code, value):
    words = Words(code)
    locale = QLocale(LOCALES[code])  # how the window writes numbers (`checkin.ui.i18n`)
    assert str(words.number(value)) == locale.toString(value)
    assert f"{words.number(value + 0.26):.1f}" == locale.toString(value + 0.26, "f", 1)
    assert f"{words.number(value + 0.4):.0f}" == locale.toString(value + 0.4, "f", 0)


def test_norwegian_groups_with_a_no_break_space_and_english_with_a_comma():
    assert Words("nb").format("{n} av {m}", n=3, m=10_058) == f"3 av 10{NBSP}058"
    assert Words("nn").format("{x:.1f}", x=1234.56) == f"1{NBSP}234,6"
    assert Words("en").format("{n} of {m}", n=3, m=10_058) == "3 of 10,058"
    assert Words("en").format("{y} {flag} {name}", y="2026", flag=True, name="A") == "2026 True A"
    assert Words("nb").sentence("{n:>8}").format(n=12_345) == f"  12{NBSP}345"


def big(code: str = "nb", span: float | None = None) -> Report:
    """A report of 10,058 expected at a big event (counts only; the layout is the PDF's)."""
    desks = (DeskPace("Skranke 1", "main", 1204, 0.3, 2.5, None, 0, None),)
    pace = Throughput(desks, 1.1862, 10, 10_055, 12_000, 12_000 / 1.1862, 10_055 / 1.1862, span)
    groups = (Group("Helse Bergen HF", 10_058, 3925), Group("Haukeland", 1_000, 3))
    return Report(
        event="Nasjonal konferanse for helseinnovasjon, kvalitetsforbedring og pasientsikkerhet "
        "i kommunehelsetjenesten og spesialisthelsetjenesten 2026",
        timezone="Europe/Oslo", scope=Scope(day=date(2026, 11, 30)), by="organisation",
        totals=Group("", 10_058, 3), groups=groups, distinct=None,
        no_shows=tuple(person(n) for n in range(3)),
        arrivals=(Bucket(datetime(2026, 11, 30, 11, 10, tzinfo=OSLO), 3),), pace=pace,
        source="event file",
    )  # fmt: skip


def test_the_terminal_groups_every_count_and_json_keeps_numbers(speaks):
    messages.use("nb")  # the command line's language (`speaks` sets English back after)
    text = report_text(big())
    assert f"3 av 10{NBSP}058" in text  # the headline
    assert f"3{NBSP}925 av 10{NBSP}058" in text  # a group's line
    assert f"de 10{NBSP}055 som fortsatt er forventet, tar rundt 141 timer" in text  # 8,477 min
    assert f"Køen på 12{NBSP}000 tar rundt 10{NBSP}116 minutter" in text
    assert f"1{NBSP}204 sjekket inn" in text
    assert "10058" not in text and "10055" not in text
    found = to_json(big())
    assert found["expected"] == 10_058 and found["pace"]["remaining"] == 10_055  # numbers


@pytest.mark.parametrize(("code", "count"), [("nb", f"10{NBSP}058"), ("en", "10,058")])
def test_the_dashboard_groups_its_headline_table_pace_and_desks(code, count):
    words, report = Words(code), big()
    text = dashboard_words(words)
    of = "av" if code == "nb" else "of"
    assert text["headline"].format(checked_in=3, expected=10_058).startswith(f"3 {of} {count} ")
    rows = group_rows(report, "(none)", "Total", words)
    assert rows[0][1] == count and rows[-1][1] == count
    remaining = "10,055" if code == "en" else f"10{NBSP}055"
    assert remaining in text["pace_line"](report)
    assert ("about 141 hours" if code == "en" else "rundt 141 timer") in text["pace_line"](report)
    assert desk_texts(report.pace.desks[0], words)[2] == (
        "1,204" if code == "en" else f"1{NBSP}204"
    )


def test_at_opening_the_pace_says_the_minutes_it_was_measured_over():
    entries = [Entry(f"T{i}", DAY.isoformat(), T0 + i * 30, "D1", "main") for i in range(6)]
    measured = throughput(attendance(entries), Scope(day=DAY), T0 + 180, remaining=100)
    assert measured.span_min == pytest.approx(3.0) and measured.span == 3
    assert measured.pace == pytest.approx(2.0)  # six in three minutes
    report = replace(big(), pace=measured)
    assert (
        "(last 3 min); 100 still expected: about 50 min" in pace_sentences(report, Words("en"))[0]
    )
    assert "(siste 3 min)" in dashboard_words(Words("nb"))["pace_line"](report)
    assert "(siste 3 min)" in pace_sentences(report, Words("nn"))[0]
    messages.use("en")
    assert "over the last 3 min;" in pace_lines(measured)[0]
    pace = to_json(report)["pace"]
    assert pace["window_min"] == 10 and pace["span_min"] == 3.0 and pace["per_minute"] == 2.0
    later = throughput(attendance(entries), Scope(day=DAY), T0 + 3600, remaining=100)
    assert later.pace is None and later.span == 10  # nobody lately: the whole window


def test_the_desks_per_minute_says_it_is_over_the_slots_worked_in():
    headers = [Words(code)(DESK_COLUMNS[3]) for code in ("en", "nb", "nn")]
    assert headers == ["Per minute (active)", "Per minutt (aktiv)", "Per minutt (aktiv)"]
    notes = [desk_note(Words(code)) for code in ("en", "nb", "nn")]  # under the PDF's table
    assert "over the 10-minute slots with check-ins at the desk, not the last" in notes[0]
    assert "over timinuttersperiodene med innsjekkinger ved skranken" in notes[1]
    assert "over timinuttsperiodane med innsjekkingar ved skranken" in notes[2]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
@pytest.mark.parametrize("code", ["nb", "nn", "en"])
def test_every_sentence_of_the_pdf_wraps_inside_the_margins(tmp_path, code):
    out = tmp_path / "r.pdf"
    report = big()
    write_pdf(report, out, code)
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    words = [(float(m[3]), unescape(m[5])) for m in WORD.finditer(html)]
    past = [(word, right) for right, word in words if right > PAGE_W - MARGIN + 0.5]
    assert not past, f"past the right margin ({PAGE_W - MARGIN} pt): {past}"
    shown = {part for _, word in words for part in word.replace(NBSP, " ").split()}
    sentence = pace_sentences(report, Words(code))
    font = QFont(ensure_gui())
    font.setPixelSize(10)  # the heading's sentences
    width = QFontMetricsF(font).horizontalAdvance(sentence[0])
    assert len(sentence) == 2 and (width > PAGE_W - 2 * MARGIN or code == "en")  # two lines
    for line in sentence:  # every word of the sentences is on the page, whole
        assert all(word in shown for word in line.replace(NBSP, " ").split())
    assert "spesialisthelsetjenesten" in shown and "pasientsikkerhet" in shown
