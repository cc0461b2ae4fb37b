"""``checkin --self-test``: one line per check, exit 0 when whole, 2 naming what is broken.

The bundle's own self-test runs in CI (``make dist-check``); here the installed one runs as a
process, and a broken install is made by taking its assets away.
"""

import io
import os
import subprocess
import sys

from checkin import selftest

CHECKS = [name for name, _ in selftest.CHECKS] + ["window"]


def test_the_installed_self_test_passes_every_check(tmp_path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "checkin", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == CHECKS
    assert all(line.startswith("ok  ") for line in lines[:-1])
    assert lines[-1].startswith(f"self-test: all {len(CHECKS)} checks passed")
    assert not (tmp_path / "config" / "Check-in Desk").exists()  # the settings untouched


def test_missing_assets_are_named_and_exit_2(tmp_path, monkeypatch):
    empty = tmp_path / "assets"
    (empty / "translations").mkdir(parents=True)
    monkeypatch.setattr(selftest, "assets", lambda: empty)
    out = io.StringIO()
    assert selftest.run(out=out) == 2
    lines = {line.split()[1]: line for line in out.getvalue().splitlines()[:-1]}
    assert lines["translations"].startswith("FAIL")
    assert "no catalogue for nb, nn" in lines["translations"]
    assert lines["sound"].startswith("FAIL") and "no sounds" in lines["sound"]
    assert lines["event"].startswith("ok") and lines["decoder"].startswith("ok")
    verdict = out.getvalue().splitlines()[-1]
    assert "2 of 8 checks failed (translations, sound)" in verdict


def test_a_failed_check_does_not_stop_the_ones_after_it(monkeypatch):
    def broken(context):
        raise ImportError("No module named 'zxingcpp'")

    monkeypatch.setattr(selftest, "CHECKS", [("decoder", broken), *selftest.CHECKS[2:3]])
    out = io.StringIO()
    assert selftest.run(out=out) == 2
    text = out.getvalue()
    assert "FAIL  decoder       ImportError: No module named 'zxingcpp'" in text
    assert "ok    event" in text
