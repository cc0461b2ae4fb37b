"""Signed ticket codes: made here, verified offline, forgeries refused."""

from hypothesis import given
from hypothesis import strategies as st

from checkin.domain import signing


def test_signed_ticket_verifies():
    private, public = signing.new_keypair()
    code = signing.new_code()
    assert signing.verify(public, "event-1", code, signing.sign(private, "event-1", code))


def test_payload_is_qr_alphanumeric_and_short():
    private, _ = signing.new_keypair()
    payload = signing.ticket_payload(private, "event-1", signing.new_code())
    assert payload.startswith("CK1:")
    assert set(payload) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert len(payload) <= 120


def test_signature_from_another_event_is_refused():
    private, public = signing.new_keypair()
    signature = signing.sign(private, "event-1", "ABCDEFGHJK")
    assert not signing.verify(public, "event-2", "ABCDEFGHJK", signature)


def test_signature_from_another_key_is_refused():
    private, _ = signing.new_keypair()
    _, other_public = signing.new_keypair()
    signature = signing.sign(private, "e", "ABCDEFGHJK")
    assert not signing.verify(other_public, "e", "ABCDEFGHJK", signature)


@given(st.integers(min_value=0, max_value=9), st.sampled_from(signing.CODE_ALPHABET))
def test_one_changed_character_in_the_code_is_forged(position, replacement):
    private, public = signing.new_keypair()
    code = "ABCDEFGHJK"
    signature = signing.sign(private, "e", code)
    changed = code[:position] + replacement + code[position + 1 :]
    assert signing.verify(public, "e", changed, signature) == (changed == code)


def test_garbage_signature_is_refused_not_raised():
    _, public = signing.new_keypair()
    assert not signing.verify(public, "e", "ABCDEFGHJK", "not base32 !!")
    assert not signing.verify(public, "e", "ABCDEFGHJK", "")


def test_only_the_canonical_last_character_is_accepted():
    """The last base32 character of a 64-byte signature carries 3 unused bits: every other
    character that decodes to the same bytes is refused, so one changed character always is."""
    private, public = signing.new_keypair()
    signature = signing.sign(private, "e", "ABCDEFGHJK")
    accepted = [
        last
        for last in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
        if signing.verify(public, "e", "ABCDEFGHJK", signature[:-1] + last)
    ]
    assert accepted == [signature[-1]]
    assert not signing.verify(public, "e", "ABCDEFGHJK", signature.lower())


@given(st.integers(min_value=0, max_value=102), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
def test_one_changed_character_in_the_signature_is_forged(position, replacement):
    private, public = signing.new_keypair()
    signature = signing.sign(private, "e", "ABCDEFGHJK")
    changed = signature[:position] + replacement + signature[position + 1 :]
    assert signing.verify(public, "e", "ABCDEFGHJK", changed) == (changed == signature)
