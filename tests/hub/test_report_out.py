"""`checkin hub report --out F` says one line where the file went, as the desk's report does;
without --out the report's text goes to the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hub.conftest import Setup

pytestmark = [pytest.mark.integration]


def hub(setup: Setup, *args: str, language: str = "en") -> str:
    env = {**os.environ, "CHECKIN_LANGUAGE": language, "CHECKIN_NO_LOG_FILE": "1"}
    run = subprocess.run([sys.executable, "-m", "checkin", "hub", *args, "--db", setup.db_url],
                         capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return run.stdout


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "Wrote the report to {file}.\n"), ("nb", "Skrev rapporten til {file}.\n")],
)
def test_hub_report_out_says_one_line(database: Setup, tmp_path: Path, language: str,
                                      said: str) -> None:  # fmt: skip
    slug = database.new_event()
    out = tmp_path / "hub.pdf"
    printed = hub(database, "report", "--event", slug, "--all-days", "--out", str(out),
                  language=language)  # fmt: skip
    assert printed == said.format(file=out) and out.read_bytes().startswith(b"%PDF")
    text = hub(database, "report", "--event", slug, "--all-days", language=language)
    assert text.startswith("Helsekonferansen i Bergen, ")
