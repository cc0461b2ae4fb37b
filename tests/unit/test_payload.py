"""Ticket payloads: every shape a ticket QR may carry, and junk refused with a message."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain import signing
from checkin.domain.payload import PayloadError, TicketRef, parse


def test_own_signed_ticket():
    private, _ = signing.new_keypair()
    payload = signing.ticket_payload(private, "e", "ABCDEFGHJK")
    ref = parse(payload)
    assert (ref.code, ref.kind) == ("ABCDEFGHJK", "signed")
    assert ref.signature == payload.split(":")[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHI-100234", TicketRef("NHI-100234", None, "plain")),
        ("  NHI-100234\r\n", TicketRef("NHI-100234", None, "plain")),
        ("https://hub.example.no/t/NHI-100234", TicketRef("NHI-100234", None, "url")),
        ("https://x.no/checkin?event=7&code=AB12", TicketRef("AB12", None, "url")),
        ("https://pretix.eu/o/e/ticket/?secret=abcDEF123", TicketRef("abcDEF123", None, "url")),
        (
            "dz4kmqsnfvyr6eh4b8dx5b2ch5ujwjaq",
            TicketRef("dz4kmqsnfvyr6eh4b8dx5b2ch5ujwjaq", None, "pretix"),
        ),
        ("123456789012345678001", TicketRef("123456789012345678001", None, "eventbrite")),
        ("12345", TicketRef("12345", None, "plain")),
    ],
)
def test_accepted_shapes(text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 600, "too long"),
        ("AB\x00CD", "control"),
        ("\x89PNG\x1a\n", "control"),
        ("ab\ufffdcd", "binary"),
        ("https://example.no/", "no ticket code"),
        ("<script>alert(1)</script>", "does not look like"),
    ],
)
def test_refused_with_a_reason(text, message):
    with pytest.raises(PayloadError, match=message):
        parse(text)


def test_signed_prefix_with_bad_signature_shape_is_a_plain_code_not_a_crash():
    assert parse("CK1:ABC:short").kind == "plain"


@given(st.text(max_size=700))
def test_any_text_parses_or_is_refused(text):
    try:
        ref = parse(text)
    except PayloadError as error:
        assert str(error)
    else:
        assert ref.code
        assert len(ref.code) <= 128


@given(st.binary(max_size=300))
def test_binary_junk_decoded_any_way_never_crashes(data):
    for encoding in ("latin-1", "utf-8"):
        text = data.decode(encoding, errors="replace")
        try:
            parse(text)
        except PayloadError:
            pass
