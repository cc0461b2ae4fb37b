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
