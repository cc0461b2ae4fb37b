"""Ticket payloads: every shape a ticket QR may carry, and junk refused with a message."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain import signing
from checkin.domain.payload import (
    PayloadError,
    TicketRef,
    code_problem,
    imported_code_problem,
    parse,
    strip_invisible,
)


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


# -- one definition of a ticket code (issue 11, kinds 8 and 11) ----------------------------------

PRETIX_SIG1 = (
    "==glK0k0iAbL3bPI/EJisVzpT9oDsaH0zW81a+Nhv1fRSEzuENuyabs8J+gmVEFIHccT210yzDvY3RI8GEi89KUeB"
    "ABc1AVczIEU5IWCKAEANAQA"
)


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        (PRETIX_SIG1, PRETIX_SIG1, "pretix"),
        ("=0Loep+rW/jiZ6A2rCfsg=", "=0Loep+rW/jiZ6A2rCfsg=", "plain"),
        ("abc+def/ghi=jkl012345678901", "abc+def/ghi=jkl012345678901", "pretix"),
        ("\ufeffNHI-300001", "NHI-300001", "plain"),
        ("NHI-\u200b300001\u200d", "NHI-300001", "plain"),
        ("\u00a0NHI-300001\u2060", "NHI-300001", "plain"),
        ("NHI\u00ad-300001\u200e", "NHI-300001", "plain"),
        ("https://x.no/t/\ufeffNHI-300001", "NHI-300001", "url"),
        ("A" * 255, "A" * 255, "pretix"),
        ("Ødegård-7", "Ødegård-7", "plain"),
        ("Ødega\u030ard-7", "Ødegård-7", "plain"),  # decomposed å, composed again
    ],
)
def test_codes_with_pretix_characters_and_invisible_decoration(text, code, kind):
    ref = parse(text)
    assert (ref.code, ref.kind) == (code, kind)


@pytest.mark.parametrize(
    ("code", "part"),
    [
        ("AB(12)", "'('"),
        ("A,B", "','"),
        ("A;B", "';'"),
        ("A" * 256, "256 characters"),
        ("A  B", "two spaces"),
        ("", "empty"),
        ("NHI¤1", "'¤'"),
    ],
)
def test_code_problem_names_what_is_wrong(code, part):
    problem = code_problem(code)
    assert problem is not None and part in problem


def test_imported_code_must_read_back_as_itself():
    assert imported_code_problem("NHI-1") is None
    assert imported_code_problem(PRETIX_SIG1) is None
    assert "'NHI-1'" in imported_code_problem("https://x.no/t/NHI-1")
    assert imported_code_problem("CK1:ABCD:" + "A" * 100) is not None
    assert "'('" in imported_code_problem("AB(12)")


code_text = st.text(
    alphabet=st.characters(
        categories=("Lu", "Ll", "Lo", "Nd", "Zs", "Pd", "Po", "Sm", "Cf"),
        include_characters="-._~+/=#@:",
    ),
    min_size=1,
    max_size=300,
)


@given(code_text)
def test_every_code_the_definition_accepts_reads_back_unchanged(code):
    if imported_code_problem(code) is None:
        assert code_problem(code) is None
        assert parse(code).code == code


@given(code_text)
def test_the_parser_never_returns_a_code_the_definition_refuses(text):
    try:
        ref = parse(text)
    except PayloadError:
        return
    if ref.signature is None:
        assert code_problem(ref.code) is None


INVISIBLE = ["\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00a0", "\u202f", "\u200e",
             "\u2066", "\u00ad", "\ufe0f"]  # fmt: skip
valid_code = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-+/=", min_size=1, max_size=40)


@given(
    code=valid_code.filter(lambda c: imported_code_problem(c) is None),
    decoration=st.lists(
        st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from(INVISIBLE)), max_size=6
    ),
)
def test_any_invisible_decoration_of_a_valid_code_reads_as_the_code(code, decoration):
    text = code
    for position, char in decoration:
        text = text[:position] + char + text[position:]
    assert parse(text).code == code
    assert strip_invisible(text) == code.replace("\u00a0", "")
