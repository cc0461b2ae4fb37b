"""Handheld scanner bursts versus a person typing."""

from checkin.scan.wedge import KeystrokeBurst


def feed(burst, text, start=0.0, gap=0.005):
    result = None
    at = start
    for char in text:
        result = burst.feed(char, at)
        at += gap
    return result, at


def test_scanner_burst_ending_in_enter_is_a_code():
    burst = KeystrokeBurst()
    result, _ = feed(burst, "NHI-100234\r")
    assert result == "NHI-100234"


def test_person_typing_is_not_a_code():
    burst = KeystrokeBurst()
    result, _ = feed(burst, "Ola Nordmann\r", gap=0.12)
    assert result is None


def test_burst_after_some_typing_still_reads():
    burst = KeystrokeBurst()
    _, at = feed(burst, "bjor", gap=0.15)
    result, _ = feed(burst, "ABCDEFGHJK\r", start=at + 1.0)
    assert result == "ABCDEFGHJK"


def test_too_short_burst_is_ignored():
    burst = KeystrokeBurst()
    assert feed(burst, "ab\r")[0] is None


def test_slow_enter_after_fast_chars_is_a_person():
    burst = KeystrokeBurst()
    _, at = feed(burst, "ABCDEF")
    assert burst.feed("\r", at + 0.5) is None


def test_pending_shows_the_burst_so_far():
    burst = KeystrokeBurst()
    feed(burst, "ABC")
    assert burst.pending == "ABC"
