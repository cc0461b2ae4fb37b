"""The PDF report's pages follow each other without empty bands: on page 1 the table, the
arrivals chart and (when they fit) the desks come one after the other; the no-shows start where
there is room and continue on page 2; a table too long for page 1 goes on over page 2; nothing
is drawn outside the page's margins and nobody listed is lost between the pages.

Reports are built by hand here (counts do not matter, only the layout); the pages are read
back with ``pdftotext -bbox`` (each word with its box, in points from the page's top)."""

import re
import shutil
import subprocess
from datetime import date, datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest

from checkin.domain.attendance import Person
from checkin.reports.pdf import CHART_H, GAP, write_pdf
from checkin.reports.pdf_pen import MARGIN, PAGE_H, PAGE_W
from checkin.reports.queries import Bucket, Distinct, Group, Scope
from checkin.reports.report import Report
from checkin.reports.throughput import DeskPace, Throughput

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
OSLO = ZoneInfo("Europe/Oslo")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"([^<]*)</word>")  # fmt: skip


def person(n: int) -> Person:
    return Person(f"T{n:03}", f"Fornavn{n:03}", f"Etternavn{n:03}", "Helse Bergen", "", "Dag",
                  "Sykehus", (), "valid", "", {})  # fmt: skip


def desk(n: int) -> DeskPace:
    return DeskPace(f"Skranke {n}", "main", 100 - n, 1.5, 2.5, (150.0, 300.0), 90, 4.0)


def report(groups: int, no_shows: int, desks: int = 2) -> Report:
    rows = tuple(Group(f"Organisasjon {n:03}", 10 + n % 7, 5 + n % 5) for n in range(groups))
    start = datetime(2026, 6, 1, 8, 0, tzinfo=OSLO)
    arrivals = tuple(Bucket(start.replace(minute=10 * n), 5 + 3 * n) for n in range(6))
    pace = Throughput(tuple(desk(n + 1) for n in range(desks)), 2.0, 10, no_shows, None, None,
                      no_shows / 2)  # fmt: skip
    return Report(
        event="Helsekonferansen", timezone="Europe/Oslo", scope=Scope(day=date(2026, 6, 1)),
        by="organisation" if groups else None,
        totals=Group("", sum(g.expected for g in rows) or 300, 200), groups=rows,
        distinct=Distinct("organisation", groups, groups) if groups else None,
        no_shows=tuple(person(n) for n in range(no_shows)), arrivals=arrivals, pace=pace,
        source="event file",
    )  # fmt: skip


def pages(rep: Report, tmp_path) -> list[list[tuple[float, float, str, float]]]:
    """Write the report; return each page's words as (top, bottom, text, left), top down."""
    out = tmp_path / "r.pdf"
    write_pdf(rep, out, "en")
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    found = []
    for page in html.split("<page ")[1:]:
        words = [(float(m[2]), float(m[4]), unescape(m[5]), float(m[1]))
                 for m in WORD.finditer(page)]  # fmt: skip
        found.append(sorted(words))
    return found


def texts(words) -> list[str]:
    return [word for _, _, word, _ in words]


def top_of(words, text: str) -> float:
    return next(top for top, _, word, _ in words if word == text)


def names(words) -> list[str]:
    """The no-shows' last names as read: down the left column, then down the right one."""
    found = [(left > PAGE_W / 2 - 20, top, word.rstrip(","))  # the right column at the middle
             for top, _, word, left in words if word.startswith("Etternavn")]  # fmt: skip
    return [word for _, _, word in sorted(found)]


def inside_the_margins(page) -> bool:
    return all(top >= MARGIN - 1 and bottom <= PAGE_H - MARGIN + 1 for top, bottom, _, _ in page)


def test_the_chart_and_the_desks_follow_the_table_and_the_missing_go_on_over_page_2(tmp_path):
    rep = report(groups=22, no_shows=60)
    first, second = pages(rep, tmp_path)
    total = top_of(first, "Total")
    chart = top_of(first, "Arrivals")
    assert total < chart <= total + ROW_GAP  # the chart right under the table: no empty band
    desks = top_of(first, "Desks")
    assert chart + CHART_H <= desks <= chart + CHART_H + GAP + 2  # the desks right under it
    assert "Skranke" in texts(first)
    assert inside_the_margins(first) and inside_the_margins(second)
    listed = names(first) + names(second)
    assert listed == sorted(listed) and len(listed) == 60  # each once, in order, no one lost


ROW_GAP = 15.0 + GAP + 4  # the total's row, the gap, a little for the font's ascent


def test_a_short_list_of_missing_people_starts_on_page_1_and_continues(tmp_path):
    rep = report(groups=8, no_shows=120)
    first, second = pages(rep, tmp_path)
    on_first, on_second = names(first), names(second)
    assert on_first and on_second  # the list starts on page 1, where there is room
    assert on_first + on_second == sorted(on_first + on_second)
    assert len(on_first) + len(on_second) == 120  # page 2 holds the rest: nobody is lost
    line = sorted((left, word) for top, _, word, left in second if top < second[0][0] + 4)
    heading = " ".join(word for _, word in line)
    assert heading == "Not checked in (120), continued"
    assert inside_the_margins(first) and inside_the_margins(second)


def test_one_page_when_everything_fits(tmp_path):
    (only,) = pages(report(groups=5, no_shows=6), tmp_path)
    assert len(names(only)) == 6 and "Skranke" in texts(only)
    assert inside_the_margins(only)


def test_a_long_table_goes_on_over_page_2_and_the_rest_joins_in_one_row(tmp_path):
    rep = report(groups=150, no_shows=40, desks=8)
    first, second = pages(rep, tmp_path)
    rows = [texts(page).count("Organisasjon") for page in (first, second)]
    assert rows[0] > 20 and rows[1] > 20  # page 1 and page 2 both hold rows
    assert "other" in texts(second) and "Total" in texts(second)  # the smallest joined, at the end
    assert "Total" not in texts(first)  # the total comes once, after the last row
    assert "Desks" in texts(second) and names(second)  # both still on page 2
    assert inside_the_margins(first) and inside_the_margins(second)
    assert top_of(first, "Arrivals") > max(top for top, _, w, _ in first if w == "Organisasjon")
