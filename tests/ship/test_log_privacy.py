"""No name, e-mail or whole ticket code in the log file: after a demo session, after a bug.

The log file's bytes are scanned for every registration of the session's event files (the
demo's and the imported ones): full names, each part of a name as a word, e-mails, and codes
(which the log shortens).
"""

import re
import subprocess
import sys
import textwrap

import pytest

from tests.ship.conftest import _umask_022

pytestmark = pytest.mark.slow  # each test starts servers or processes: seconds

FORCED_BUG = textwrap.dedent(
    """
    import dataclasses, sys
    from checkin import cli
    from checkin.desk import Desk

    def broken(self, registration):
        details = dataclasses.asdict(registration)
        try:
            raise KeyError(registration.email)
        except KeyError as cause:
            raise RuntimeError(
                f"cannot sign for {registration.name} <{registration.email}>", details
            ) from cause

    Desk.ticket_payload = broken
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def _leaks(text: str, people) -> list[str]:
    found = []
    for code, first, last, email in people:
        whole = (f"{first} {last}", email, code)
        found += [value for value in whole if value and value in text]
        for part in re.findall(r"[^\W\d_]{3,}", f"{first} {last}"):
            if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text):
                found.append(part)
    return found


def test_no_personal_data_in_the_log_after_a_demo_session(desk_session):
    people = desk_session.people()
    assert len(people) == 42  # the demo's 40 and the two imported
    data = desk_session.log_file.read_bytes()
    assert b"checkin edit" in data  # the refused edit was logged, with its traceback
    assert not _leaks(data.decode("utf-8"), people)
    assert "ny.adresse@example.no" not in data.decode("utf-8")


def test_no_personal_data_in_the_log_or_the_terminal_after_a_bug(desk_session):
    out = desk_session.event.parent / "bug.pdf"
    done = subprocess.run(
        [sys.executable, "-c", FORCED_BUG, "--verbose", "badge", "--all", "--out", str(out),
         "--db", str(desk_session.event)],
        env=desk_session.env, capture_output=True, text=True, preexec_fn=_umask_022,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 70, done.stderr
    people = desk_session.people()
    text = desk_session.log_file.read_bytes().decode("utf-8")
    assert "RuntimeError" in text and "KeyError" in text and "in broken" in text
    assert not _leaks(text, people)
    assert "RuntimeError" in done.stderr  # --verbose: the traceback on the terminal too
    assert not _leaks(done.stderr, people)
    assert not out.exists()


def test_names_in_the_file_and_names_written_later_are_both_hidden(tmp_path):
    from datetime import date

    from checkin import log
    from checkin.desk import Desk

    log.KNOWN.clear()
    desk = Desk.create(tmp_path / "event.sqlite", "Seminar", (date(2026, 6, 1),))
    try:
        first = desk.walk_in("Ingeborg", "Kvamme", day=date(2026, 6, 1)).registration
        reopened = Desk.open(tmp_path / "event.sqlite")  # reads the file when a line needs it
        assert log.KNOWN.mask("x") == "x" and "kvamme" in log.KNOWN.words
        second = reopened.walk_in("Torbjørn", "Lysne", day=date(2026, 6, 1)).registration
        reopened.close()
        masked = log.KNOWN.mask(f"Ingeborg KVAMME torbjørn Lysne {second.code} ok")
        assert "Ingeborg" not in masked and "KVAMME" not in masked
        assert "torbjørn" not in masked and "Lysne" not in masked
        assert second.code not in masked and first.code not in log.KNOWN.mask(first.code)
        assert masked.endswith(" ok")
    finally:
        desk.close()
        log.KNOWN.clear()
