"""Every visible string is in the bokmål and nynorsk catalogues, translated, placeholders kept.

The .ts files are the one source of wording: `make ts` refreshes them from the source, and a
translator fills in what comes new (Qt Linguist, or the file itself).
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The committed catalogues, refreshed from today's source as lupdate would."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not in this environment")
    folder = tmp_path_factory.mktemp("ts")
    for code in ("nb", "nn"):
        shutil.copy(ROOT / "assets" / "translations" / f"checkin_{code}.ts", folder)
    sources = [*sorted((ROOT / "checkin" / "ui").rglob("*.py")), ROOT / "checkin" / "config.py"]
    targets = [str(folder / f"checkin_{code}.ts") for code in ("nb", "nn")]
    subprocess.run([str(LUPDATE), *map(str, sources), "-ts", *targets], check=True,
                   capture_output=True)  # fmt: skip
    return folder


@pytest.mark.parametrize("code", ["nb", "nn"])
def test_no_visible_string_is_left_untranslated(fresh_catalogues, code):
    tree = ET.parse(fresh_catalogues / f"checkin_{code}.ts")
    untranslated = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == [], (
        f"run `make ts`, then translate these in assets/translations/checkin_{code}.ts "
        "(Qt Linguist: pyside6-linguist, or the file itself)"
    )


@pytest.mark.parametrize("code", ["nb", "nn"])
def test_translations_keep_every_placeholder(code):
    tree = ET.parse(ROOT / "assets" / "translations" / f"checkin_{code}.ts")
    for message in tree.getroot().iter("message"):
        source, text = message.findtext("source"), message.findtext("translation") or ""
        if message.find("translation").get("type") in ("vanished", "obsolete"):
            continue
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), source
        assert "<" not in text, f"markup leaked into the translation of {source!r}"


def test_the_qm_files_build_in_a_fresh_clone_with_lrelease_on_path(tmp_path):
    # no .venv in a fresh clone: the script takes pyside6-lrelease from PATH (acceptance F-15)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not in this environment")
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "build_translations.sh", tmp_path / "scripts")
    shutil.copytree(ROOT / "assets" / "translations", tmp_path / "assets" / "translations",
                    ignore=shutil.ignore_patterns("*.qm"))  # fmt: skip
    env = {"PATH": f"{lrelease.parent}:/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(["bash", str(tmp_path / "scripts" / "build_translations.sh")],
                          env=env, capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    built = sorted(p.name for p in (tmp_path / "assets" / "translations").glob("*.qm"))
    assert built == ["checkin_en.qm", "checkin_nb.qm", "checkin_nn.qm"]
    missing = subprocess.run(["bash", str(tmp_path / "scripts" / "build_translations.sh")],
                             env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True,
                             check=False)  # fmt: skip
    assert missing.returncode == 2 and "pyside6-lrelease not found" in missing.stderr
