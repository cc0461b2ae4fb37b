"""Signed pretix secrets (pretix_sig1) checked offline: real recorded ones and edge cases."""

from __future__ import annotations

import base64
import struct
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.pretix_secrets import (
    SecretFormatError,
    SecretStatus,
    decode_ticket,
    load_keys,
    unpack,
    verify,
)


def varint(value: int) -> bytes:
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def ticket_message(seed="s33d", item=4, variation=0, subevent=0, start=0, until=0, extra=b""):
    """The Ticket protobuf message, written by hand from pretix_sig1.proto (independent of ours)."""
    body = b"\x0a" + varint(len(seed.encode())) + seed.encode()
    for number, value in ((2, item), (3, variation), (4, subevent), (5, start), (6, until)):
        if value:
            body += varint(number << 3) + varint(value)
    return body + extra


def make_secret(key: Ed25519PrivateKey, message: bytes, version: int = 1) -> str:
    signature = key.sign(message)
    raw = bytes([version]) + struct.pack(">HH", len(message), len(signature)) + message + signature
    return base64.b64encode(raw).decode()[::-1]


def pem_b64(key: Ed25519PrivateKey) -> str:
    pem = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(pem).decode()


KEY = Ed25519PrivateKey.generate()
KEYS = load_keys([pem_b64(KEY)])


def test_a_secret_signed_by_the_event_key_is_valid_and_says_its_product():
    secret = make_secret(KEY, ticket_message(item=6, variation=3))
    check = verify(secret, KEYS)
    assert check.status is SecretStatus.VALID
    assert (check.ticket.item, check.ticket.variation, check.ticket.subevent) == (6, 3, 0)
    assert check.ticket.seed == "s33d"


def test_another_key_or_one_changed_character_is_forged():
    other = Ed25519PrivateKey.generate()
    assert verify(make_secret(other, ticket_message()), KEYS).status is SecretStatus.FORGED
    secret = make_secret(KEY, ticket_message())
    middle = len(secret) // 2
    changed = secret[:middle] + ("A" if secret[middle] != "A" else "B") + secret[middle + 1 :]
    assert verify(changed, KEYS).status is SecretStatus.FORGED


def test_rotated_keys_any_valid_key_verifies():
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    keys = load_keys([pem_b64(new), pem_b64(old)])
    assert verify(make_secret(old, ticket_message()), keys).status is SecretStatus.VALID
    assert verify(make_secret(old, ticket_message()), ()).status is SecretStatus.FORGED


def test_revoked_secret_is_refused_though_its_signature_holds():
    secret = make_secret(KEY, ticket_message())
    check = verify(secret, KEYS, revoked={secret})
    assert check.status is SecretStatus.REVOKED
    assert check.ticket is not None


@pytest.mark.parametrize(
    "text",
    ["fujyalnuejmuua01ut15kwcqt7dvivh7", "CK1:NHI100234:ABCDEFGH", "", "   ", "æøå", "=" * 8],
)
def test_texts_that_are_not_signed_secrets_are_left_to_the_lookup(text):
    assert verify(text, KEYS).status is SecretStatus.NOT_SIGNED


def test_wrong_version_or_lengths_are_not_signed_secrets():
    assert (
        verify(make_secret(KEY, ticket_message(), version=2), KEYS).status
        is SecretStatus.NOT_SIGNED
    )
    secret = make_secret(KEY, ticket_message())
    raw = base64.b64decode(secret[::-1]) + b"\x00\x00\x00"
    padded = base64.b64encode(raw).decode()[::-1]
    with pytest.raises(SecretFormatError, match="lengths"):
        unpack(padded)


def test_changed_unused_bits_of_the_last_character_are_forged_not_a_way_past_revocation():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    secret = make_secret(KEY, ticket_message(seed="abcdefghi"))
    padding = len(secret) - len(secret.lstrip("="))
    assert padding  # then the last base64 character (first here) has unused low bits
    last = alphabet.index(secret[padding])
    altered = secret[:padding] + alphabet[last ^ 1] + secret[padding + 1 :]
    assert base64.b64decode(altered[::-1]) == base64.b64decode(secret[::-1])
    assert verify(altered, KEYS, revoked={secret}).status is SecretStatus.FORGED
    assert verify(secret.lstrip("="), KEYS, revoked={secret}).status is SecretStatus.REVOKED


def test_padding_dropped_by_a_scanner_is_tolerated():
    secret = make_secret(KEY, ticket_message(seed="abcdefghi"))
    assert secret.startswith("=")
    assert verify(secret.lstrip("="), KEYS).status is SecretStatus.VALID


def test_validity_window_is_checked_when_the_scan_time_is_given():
    start = int(datetime(2027, 6, 1, 7, tzinfo=UTC).timestamp())
    until = int(datetime(2027, 6, 1, 15, tzinfo=UTC).timestamp())
    secret = make_secret(KEY, ticket_message(start=start, until=until))
    noon = datetime(2027, 6, 1, 12, tzinfo=UTC)
    assert verify(secret, KEYS).status is SecretStatus.VALID
    assert verify(secret, KEYS, at=noon).status is SecretStatus.VALID
    assert verify(secret, KEYS, at=noon - timedelta(hours=6)).status is SecretStatus.NOT_YET_VALID
    assert verify(secret, KEYS, at=noon + timedelta(hours=6)).status is SecretStatus.EXPIRED
    ticket = verify(secret, KEYS).ticket
    assert ticket.valid_from == datetime(2027, 6, 1, 7, tzinfo=UTC)


def test_fields_a_later_pretix_adds_are_skipped_and_negative_numbers_read():
    extra = varint(9 << 3) + varint(77) + varint((10 << 3) | 2) + varint(3) + b"abc"
    extra += varint((11 << 3) | 5) + b"\x01\x02\x03\x04"
    ticket = decode_ticket(ticket_message(item=-5, extra=extra))
    assert ticket.item == -5
    assert ticket.seed == "s33d"


@pytest.mark.parametrize(
    ("payload", "problem"),
    [
        (b"\x0a\x09abc", "truncated field"),
        (b"\x10", "truncated varint"),
        (b"\x10" + b"\xff" * 11, "longer than 10"),
        (b"\x13", "wire type 3"),
        (b"\x12\x01a", "wrong wire type"),
    ],
)
def test_broken_messages_say_what_is_wrong(payload, problem):
    with pytest.raises(SecretFormatError, match=problem):
        decode_ticket(payload)


def test_a_validly_signed_but_unreadable_message_counts_as_forged():
    assert verify(make_secret(KEY, b"\x13\x00"), KEYS).status is SecretStatus.FORGED


def test_keys_that_are_not_ed25519_pem_are_refused_by_name():
    with pytest.raises(ValueError, match="key 1 is not a PEM"):
        load_keys(["not base64!"])
    rsa = generate_private_key(public_exponent=65537, key_size=1024).public_key()
    rsa_pem = base64.b64encode(rsa.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(ValueError, match="key 2 is not an Ed25519"):
        load_keys([pem_b64(KEY), rsa_pem.decode()])


@given(st.text(max_size=300))
def test_any_scanned_text_gets_a_verdict_not_an_exception(text):
    assert verify(text, KEYS).status in set(SecretStatus)


@given(st.binary(max_size=200))
def test_any_signed_bytes_get_a_verdict_not_an_exception(message):
    assert verify(make_secret(KEY, message), KEYS).status in set(SecretStatus)


def test_real_pretix_secrets_recorded_from_pretix_2026_8(recording):
    meta = recording["meta"]
    event = recording["exchanges"][0]["response"]
    keys = load_keys(event["valid_keys"]["pretix_sig1"])
    items = set(meta["items"].values())
    for sample in meta["sample_paid"]:
        check = verify(sample["secret"], keys)
        assert check.status is SecretStatus.VALID, sample
        assert check.ticket.item in items
    old = meta["revoked"]["old_secret"]
    assert verify(old, keys).status is SecretStatus.VALID  # the signature alone cannot tell
    assert verify(old, keys, revoked={old}).status is SecretStatus.REVOKED
    assert verify(meta["revoked"]["new_secret"], keys, revoked={old}).status is SecretStatus.VALID
