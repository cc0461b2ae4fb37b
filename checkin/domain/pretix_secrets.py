"""Signed pretix ticket secrets ("pretix_sig1"): read and verify them offline, refuse revoked ones.

The format, as pretix 2026.8 writes it (``Sig1TicketSecretGenerator`` in
``pretix/base/secrets.py``)::

    secret = reversed(base64(0x01 | len(payload) u16 BE | len(signature) u16 BE
                             | payload | signature))

``payload`` is a protobuf message (``pretix/base/secretgenerators/pretix_sig1.proto``)::

    message Ticket { string seed = 1; int64 item = 2; int64 variation = 3; int64 subevent = 4;
                     optional int64 validFromUnixTime = 5; optional int64 validUntilUnixTime = 6; }

and ``signature`` is Ed25519 over ``payload`` with the event's key. The event's public keys come
from the event detail endpoint as ``valid_keys["pretix_sig1"]``: base64 of a PEM public key.

The message has four scalar fields and one string, so it is read here with a 50-line protobuf
wire-format reader (varints and length-delimited fields; unknown fields skipped as protobuf
does) instead of adding the protobuf runtime and generated code for one message.

A validly signed secret can still be void: pretix puts the old secret of a re-issued or
cancelled ticket on its revocation list (``/revokedsecrets/``). `verify` refuses those.
"""

from __future__ import annotations

import base64
import binascii
import enum
import struct
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

SCHEME = "pretix_sig1"
VERSION = 0x01
HEADER = struct.Struct(">BHH")
SIGNATURE_LENGTH = 64
MAX_SECRET_LENGTH = 1024
FIELDS = {1: "seed", 2: "item", 3: "variation", 4: "subevent", 5: "valid_from", 6: "valid_until"}


class SecretStatus(enum.StrEnum):
    """What offline verification says about one secret."""

    VALID = "valid"
    NOT_SIGNED = "not_signed"  # not a pretix_sig1 secret: look it up in the downloaded tickets
    FORGED = "forged"  # shaped like one, but no key of the event signed it
    REVOKED = "revoked"  # signed, but pretix has withdrawn it (re-issued or cancelled)
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"


@dataclass(frozen=True)
class SignedTicket:
    """What a signed secret says; 0 means "none" for variation and subevent, as in pretix."""

    seed: str
    item: int
    variation: int = 0
    subevent: int = 0
    valid_from: datetime | None = None
    valid_until: datetime | None = None


@dataclass(frozen=True)
class SecretCheck:
    """The verdict on one secret, with the ticket it carries when the signature holds."""

    status: SecretStatus
    ticket: SignedTicket | None = None


@dataclass(frozen=True)
class Envelope:
    """The parts of a pretix_sig1 secret before the signature is checked."""

    payload: bytes
    signature: bytes


class SecretFormatError(ValueError):
    """The text is not a pretix_sig1 secret; the message says which part is wrong."""


class AlteredSecretError(SecretFormatError):
    """Base64 that decodes to a signed secret but is not the text pretix wrote (bits changed)."""


def load_keys(valid_keys: Iterable[str]) -> tuple[Ed25519PublicKey, ...]:
    """Read the event's ``valid_keys["pretix_sig1"]`` values (base64 of PEM) into public keys.

    Raises:
        ValueError: a value is not base64 of a PEM Ed25519 public key.
    """
    keys = []
    for index, text in enumerate(valid_keys):
        try:
            key = load_pem_public_key(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError) as error:
            raise ValueError(
                f"pretix_sig1 key {index + 1} is not a PEM public key: {error}"
            ) from None
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError(f"pretix_sig1 key {index + 1} is not an Ed25519 key")
        keys.append(key)
    return tuple(keys)


def unpack(secret: str) -> Envelope:
    """Split a secret into payload and signature without checking the signature.

    Raises:
        SecretFormatError: not base64, wrong version byte, or lengths that do not add up.
    """
    text = secret.strip()
    if not text or len(text) > MAX_SECRET_LENGTH:
        raise SecretFormatError("empty or too long for a pretix_sig1 secret")
    forward = text[::-1]
    forward += "=" * (-len(forward) % 4)  # tolerate a scanner that dropped the padding
    try:
        raw = base64.b64decode(forward, validate=True)
    except ValueError:  # binascii.Error, or non-ASCII text
        raise SecretFormatError("not base64") from None
    if base64.b64encode(raw).decode() != forward:
        # the unused low bits of the last character were changed: same bytes, other text, so a
        # revoked secret could slip past the revocation list, which holds pretix's text
        raise AlteredSecretError("not the canonical base64 of its bytes")
    if len(raw) < HEADER.size:
        raise SecretFormatError("too short")
    version, payload_length, signature_length = HEADER.unpack_from(raw)
    if version != VERSION:
        raise SecretFormatError(f"version byte {version}, expected {VERSION}")
    if (
        signature_length != SIGNATURE_LENGTH
        or len(raw) != HEADER.size + payload_length + signature_length
    ):
        raise SecretFormatError("lengths in the header do not match the secret")
    body = raw[HEADER.size :]
    return Envelope(body[:payload_length], body[payload_length:])


def decode_ticket(payload: bytes) -> SignedTicket:
    """Read the protobuf ``Ticket`` message.

    Raises:
        SecretFormatError: truncated or malformed wire data, or a field of the wrong type.
    """
    values: dict[str, int | str] = {}
    position = 0
    while position < len(payload):
        key, position = _varint(payload, position)
        number, wire_type = key >> 3, key & 7
        value, position = _field(payload, position, wire_type)
        name = FIELDS.get(number)
        if name is None:
            continue  # a field added by a later pretix: skipped, as protobuf does
        if (name == "seed") != isinstance(value, bytes):
            raise SecretFormatError(f"field {name} has the wrong wire type")
        values[name] = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return _ticket(values)


def verify(
    secret: str,
    keys: Collection[Ed25519PublicKey],
    revoked: Collection[str] = frozenset(),
    at: datetime | None = None,
) -> SecretCheck:
    """Check a secret offline: signature by any of the event's keys, revocation, validity window.

    Args:
        secret: the scanned text.
        keys: the event's pretix_sig1 public keys (`load_keys`).
        revoked: secrets pulled from pretix's ``/revokedsecrets/``.
        at: the scan time (aware); when given, the ticket's validity window is checked too.

    Returns:
        ``NOT_SIGNED`` when the text is not shaped like a signed secret (a random secret, our own
        code): the caller looks it up instead. Otherwise the verdict and, unless forged, the ticket.
    """
    try:
        envelope = unpack(secret)
    except AlteredSecretError:
        return SecretCheck(SecretStatus.FORGED)
    except SecretFormatError:
        return SecretCheck(SecretStatus.NOT_SIGNED)
    if not any(_signed_by(key, envelope) for key in keys):
        return SecretCheck(SecretStatus.FORGED)
    try:
        ticket = decode_ticket(envelope.payload)
    except SecretFormatError:
        return SecretCheck(SecretStatus.FORGED)
    if _canonical(secret) in revoked or secret.strip() in revoked:
        return SecretCheck(SecretStatus.REVOKED, ticket)
    return SecretCheck(_window_status(ticket, at), ticket)


def _canonical(secret: str) -> str:
    """The secret as pretix wrote it, padding included (a scanner may have dropped it)."""
    forward = secret.strip()[::-1]
    return (forward + "=" * (-len(forward) % 4))[::-1]


def _signed_by(key: Ed25519PublicKey, envelope: Envelope) -> bool:
    try:
        key.verify(envelope.signature, envelope.payload)
    except InvalidSignature:
        return False
    return True


def _window_status(ticket: SignedTicket, at: datetime | None) -> SecretStatus:
    if at is not None and ticket.valid_from is not None and at < ticket.valid_from:
        return SecretStatus.NOT_YET_VALID
    if at is not None and ticket.valid_until is not None and at > ticket.valid_until:
        return SecretStatus.EXPIRED
    return SecretStatus.VALID


def _ticket(values: dict[str, int | str]) -> SignedTicket:
    def number(name: str) -> int:
        value = values.get(name, 0)
        return value if isinstance(value, int) else 0

    def moment(name: str) -> datetime | None:
        seconds = number(name)  # pretix writes 0 for "no limit"
        return datetime.fromtimestamp(seconds, UTC) if seconds else None

    return SignedTicket(
        seed=str(values.get("seed", "")),
        item=number("item"),
        variation=number("variation"),
        subevent=number("subevent"),
        valid_from=moment("valid_from"),
        valid_until=moment("valid_until"),
    )


def _varint(data: bytes, position: int) -> tuple[int, int]:
    """Read a base-128 varint; int64 values above 2**63 are negative, as protobuf has them."""
    value = 0
    for shift in range(0, 70, 7):
        if position >= len(data):
            raise SecretFormatError("truncated varint")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return (value - (1 << 64) if value >= 1 << 63 else value), position
    raise SecretFormatError("varint longer than 10 bytes")


def _field(data: bytes, position: int, wire_type: int) -> tuple[int | bytes, int]:
    if wire_type == 0:
        return _varint(data, position)
    if wire_type == 2:
        length, position = _varint(data, position)
        end = position + length
        if length < 0 or end > len(data):
            raise SecretFormatError("truncated field")
        return data[position:end], end
    sizes = {1: 8, 5: 4}  # fixed64 and fixed32: skipped whole
    if wire_type in sizes and position + sizes[wire_type] <= len(data):
        return 0, position + sizes[wire_type]
    raise SecretFormatError(f"unsupported wire type {wire_type}")
