"""The guides stay true: every command line in them parses, every screenshot they show exists."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from checkin.cli import build_parser

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = sorted(DOCS.glob("guide-*.md"))
BLOCK = re.compile(r"```sh\n(.*?)```", re.S)


def _command_lines(text: str) -> list[str]:
    lines = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "checkin":
                lines.append(line)
    return lines


def test_there_are_the_three_guides() -> None:
    assert {g.name for g in GUIDES} == {
        "guide-organiser.md", "guide-volunteer.en.md", "guide-volunteer.nb.md",
    }  # fmt: skip


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_command_line_in_a_guide_parses(guide: Path) -> None:
    parser = build_parser()
    for line in _command_lines(guide.read_text(encoding="utf-8")):
        try:
            parser.parse_args(shlex.split(line, comments=True)[1:])
        except SystemExit as error:  # argparse's way of refusing
            pytest.fail(f"{guide.name}: {line!r} does not parse ({error})")


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_screenshot_and_link_in_a_guide_exists(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#]+)\)", text)
    assert any(t.startswith("screenshots/") for t in targets)
    missing = [t for t in targets if not (DOCS / t).exists()]
    assert missing == []


def test_the_organiser_guide_has_commands_to_check() -> None:
    lines = _command_lines((DOCS / "guide-organiser.md").read_text(encoding="utf-8"))
    assert any(" purge " in f"{line} " for line in lines) and len(lines) > 15
