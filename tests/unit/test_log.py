"""Personal data stays out of the logs unless asked for: the finished line is masked."""

import logging
import os
import stat

import pytest

from checkin import log


@pytest.fixture(autouse=True)
def _fresh_log():
    log.KNOWN.clear()
    yield
    log.KNOWN.clear()
    log.configure(logging.WARNING)


def _emit_everything(logger: logging.Logger) -> None:
    """The shapes measured in issue 15: e-mail in exception arguments, dicts and tracebacks."""
    person = {"first_name": "Åse", "last_name": "Ødegård", "email": "ase@helse.no"}
    logger.warning("registration %s", person)  # a dict argument
    logger.warning("row %r", ("ase@helse.no", 3))  # a tuple argument
    try:
        try:
            raise KeyError("ase@helse.no")
        except KeyError as first:
            raise ValueError("import failed", person) from first  # exception arguments
    except ValueError:
        logger.exception("writing failed for %s", "Ødegård")
    logger.warning("stack", stack_info=True)


def test_email_in_arguments_dicts_and_tracebacks_is_masked_on_stderr(capsys):
    log.remember("NHI-100023", "Åse", "Ødegård", "ase@helse.no")
    log.configure(logging.INFO, tracebacks=True)  # --verbose: tracebacks on the terminal too
    _emit_everything(log.get("store"))
    err = capsys.readouterr().err
    assert "Traceback" in err and "KeyError" in err and "ValueError" in err
    assert "ase@helse.no" not in err
    assert "Åse" not in err and "Ødegård" not in err
    assert log.MASK in err


def test_the_log_file_keeps_tracebacks_masked_and_the_terminal_gets_one_line(tmp_path, capsys):
    log.remember("NHI-100023", "Åse", "Ødegård", "ase@helse.no")
    file = tmp_path / "log" / "checkin.log"
    assert log.configure(logging.WARNING, file=file) == file
    _emit_everything(log.get("store"))
    data = file.read_bytes()
    text = data.decode("utf-8")
    assert "Traceback" in text and "KeyError" in text and "line" in text
    for secret in ("ase@helse.no", "Åse", "Ødegård"):
        assert secret.encode() not in data
    err = capsys.readouterr().err
    assert "writing failed" in err and "Traceback" not in err and "Ødegård" not in err


def test_names_are_hidden_by_word_and_case_codes_shortened_signatures_dropped():
    log.remember("NHI-100023", "Kari Anne", "Bjørheim-Bøe")
    log.remember("ABCDEFGHJK", "Li", "Ng", "")
    masked = log.KNOWN.mask(
        "KARI anne bjørheim-bøe NHI-100023 CK1:ABCDEFGHJK:MFRGGZDFMZTWQ2LK li Li checked in"
    )
    assert "KARI" not in masked and "anne" not in masked and "bjørheim" not in masked
    assert "NHI-100023" not in masked and "NHI-…23" in masked
    assert "MFRGGZDFMZTWQ2LK" not in masked and "ABCD…JK" in masked
    assert " li " in masked  # two letters: hidden only with the exact letters
    assert " Li " not in masked
    assert masked.endswith("checked in")


def test_quoted_values_in_exception_lines_are_hidden_but_code_lines_stay():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/x/store.py", line 3, in save\n'
        '    raise ValueError(f"bad note {note!r}")\n'
        "ValueError: bad note 'glutenfri, rullestol' in \"row 3\"\n"
        "KeyError: ({'note': 'rullestol', \"diet\": 'vegan'}, 'note': x)"
    )
    scrubbed = log.scrub_exception_lines(text)
    assert '  File "/x/store.py", line 3, in save' in scrubbed
    assert "glutenfri" not in scrubbed and "row 3" not in scrubbed
    assert f"ValueError: bad note '{log.MASK}' in \"{log.MASK}\"" in scrubbed
    assert scrubbed.endswith(
        f"KeyError: ({{'note': '{log.MASK}', \"diet\": '{log.MASK}'}}, 'note': x)"
    )


def test_exception_lines_naming_the_programs_own_parts_keep_them():
    text = (
        "Traceback (most recent call last):\n"
        '  File "/x/desk.py", line 3, in <module>\n'
        "ModuleNotFoundError: No module named 'cryptography.hazmat.bindings._rust.exceptions'\n"
        "ImportError: cannot import name 'exceptions' from 'cryptography' (/x/__init__.py)\n"
        "AttributeError: 'NoneType' object has no attribute 'first_name'\n"
        "ValueError: invalid literal for int() with base 10: 'Kari'"
    )
    lines = log.scrub_exception_lines(text).split("\n")
    assert lines[2].endswith("No module named 'cryptography.hazmat.bindings._rust.exceptions'")
    assert lines[3] == text.split("\n")[3] and lines[4] == text.split("\n")[4]
    assert lines[5] == f"ValueError: invalid literal for int() with base 10: '{log.MASK}'"


def test_debug_pii_reveals(tmp_path):
    log.remember("NHI-100023", "Åse", "Ødegård", "ase@helse.no")
    file = tmp_path / "checkin.log"
    log.configure(logging.INFO, reveal_personal_data=True, file=file)
    assert str(log.pii("Åse")) == "Åse"
    log.get("store").warning("Åse Ødegård <ase@helse.no> NHI-100023")
    assert "Åse Ødegård <ase@helse.no> NHI-100023" in file.read_text(encoding="utf-8")


def test_wrapped_values_are_hidden():
    log.configure(logging.INFO)
    assert str(log.pii("Åse")) == log.MASK


def test_the_log_file_and_its_folder_are_owner_only_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        file = tmp_path / "state" / "log" / "checkin.log"
        log.configure(logging.WARNING, file=file)
        handler = logging.getLogger("checkin").handlers[-1]
        assert isinstance(handler, log.QuietFileHandler)
        handler.maxBytes = 200
        for number in range(20):  # rotates: checkin.log.1, .2, .3
            log.get("store").warning("line %d %s", number, "x" * 50)
        files = sorted(file.parent.iterdir())
    finally:
        os.umask(old)
    assert len(files) == 4
    assert {stat.S_IMODE(path.stat().st_mode) for path in files} == {0o600}
    for folder in (tmp_path / "state", file.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_an_old_world_readable_log_file_is_tightened(tmp_path):
    file = tmp_path / "checkin.log"
    file.write_text("old line\n")
    file.chmod(0o644)
    log.configure(logging.WARNING, file=file)
    log.get("store").warning("new line")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert file.read_text().startswith("old line\n")


def test_a_log_file_that_cannot_be_made_is_left_out(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert log.configure(logging.WARNING, file=blocker / "log" / "checkin.log") is None
    log.get("store").warning("still works")
