"""Personal data stays out of the logs unless asked for."""

import logging

from checkin import log


def test_email_and_wrapped_names_are_masked(caplog):
    log.configure(logging.INFO)
    logger = log.get("store")
    handler_filter = log.PersonalDataFilter()
    record = logging.LogRecord(
        "checkin.store",
        logging.INFO,
        "",
        0,
        "checked in %s <%s>",
        (str(log.pii("Åse Ødegård")), "ase@helse.no"),
        None,
    )
    handler_filter.filter(record)
    text = record.getMessage()
    assert "Åse" not in text
    assert "ase@helse.no" not in text
    assert logger.name == "checkin.store"


def test_debug_pii_reveals():
    log.configure(logging.INFO, reveal_personal_data=True)
    try:
        assert str(log.pii("Åse")) == "Åse"
    finally:
        log.configure(logging.WARNING)


def test_the_log_file_keeps_tracebacks_masked_and_the_terminal_gets_one_line(tmp_path, capsys):
    file = tmp_path / "log" / "checkin.log"
    assert log.configure(logging.WARNING, file=file) == file
    try:
        try:
            raise ValueError("ase@helse.no made this fail")
        except ValueError:
            log.get("store").exception("writing failed")
        text = file.read_text(encoding="utf-8")
        assert "Traceback" in text and "ValueError" in text
        assert "ase@helse.no" not in text
        err = capsys.readouterr().err
        assert "writing failed" in err and "Traceback" not in err
    finally:
        log.configure(logging.WARNING)


def test_a_log_file_that_cannot_be_made_is_left_out(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert log.configure(logging.WARNING, file=blocker / "log" / "checkin.log") is None
    log.get("store").warning("still works")
