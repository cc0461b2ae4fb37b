"""The terminal's report reads as a sentence: plurals, field names, statuses and waits in words."""

from checkin.desk import Desk
from checkin.reports.queries import Scope
from checkin.reports.report import build
from checkin.reports.text import report_text

from .conftest import DAY1


def text(seeded, by, **options):
    desk = Desk.open(seeded, readonly=True)
    try:
        return report_text(build(desk.attendance(), Scope(day=DAY1), by, **options))
    finally:
        desk.close()


def test_statuses_and_field_names_are_words_not_keys(seeded):
    lines = text(seeded, "status").splitlines()
    assert any(line.strip().startswith("Valid ") for line in lines)
    assert not any(line.strip().startswith("valid ") for line in lines)
    assert "values of Category were present" in text(seeded, "category")


def test_one_value_and_one_minute_are_singular_and_no_wait_is_zero_minutes(seeded):
    from checkin.reports.text import pace_lines
    from checkin.reports.throughput import Throughput

    assert "1 different value of Status was present" in text(seeded, "status")
    quick = Throughput(desks=(), pace=6.0, window=10, remaining=0, queue=2, wait_min=0.33,
                       clear_min=0.0)  # fmt: skip
    assert pace_lines(quick) == [
        "Pace: 6.0 check-ins a minute over the last 10 min; nobody expected is still missing.",
        "The queue of 2 takes about 1 minute at the current pace.",
    ]
    desk = Desk.open(seeded, readonly=True)
    data = desk.attendance()
    desk.close()
    last = max(entry.at for entry in data.entries if entry.day == DAY1.isoformat())
    queued = report_text(build(data, Scope(day=DAY1), None, now=last + 30, queue=40))
    pace = next(line for line in queued.splitlines() if line.startswith("Pace:"))
    assert queued.index(pace) < queued.index("The queue of 40")  # the pace, then what it means


def test_the_pdf_says_the_pace_and_the_queue_s_wait_with_the_language_s_decimal_sign(
    seeded, tmp_path
):
    import shutil
    import subprocess

    import pytest

    from checkin.reports.pdf import write_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    desk = Desk.open(seeded, readonly=True)
    data = desk.attendance()
    desk.close()
    last = max(entry.at for entry in data.entries if entry.day == DAY1.isoformat())
    out = tmp_path / "r.pdf"
    write_pdf(build(data, Scope(day=DAY1), None, now=last + 30, queue=40), out, "nb")
    page = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    text = " ".join(page.split())
    assert "innsjekkinger i minuttet" in text and "Køen på 40 tar rundt" in text
    assert "," in text.split(" innsjekkinger i minuttet")[0].split()[-1]  # "0,6", not "0.6"


def test_a_queue_counted_while_nobody_came_lately_is_said_not_dropped():
    from checkin.reports.text import pace_lines
    from checkin.reports.throughput import Throughput

    quiet = Throughput(desks=(), pace=None, window=10, remaining=9, queue=30, wait_min=None,
                       clear_min=None)  # fmt: skip
    assert pace_lines(quiet) == ["No check-ins in the last 10 minutes; 9 still expected."]
    assert pace_lines(Throughput((), None, 10, 9, None, None, None)) == []
