"""Ed25519 signatures on ticket codes, so a desk can trust a ticket it has not synced yet.

A signed ticket's QR carries ``CK1:<CODE>:<SIGNATURE>``, all in QR alphanumeric characters
(upper-case base32, no padding) so the code stays small. The signature covers the event id
as well as the code: a ticket from one event is forged at another.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "CK1"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at a desk
CODE_LENGTH = 10


def new_keypair() -> tuple[bytes, bytes]:
    """Return a fresh (private, public) key pair as raw 32-byte keys."""
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return raw_private, public_key_of(raw_private)


def public_key_of(raw_private: bytes) -> bytes:
    """Return the raw public key that belongs to a raw private key."""
    public = Ed25519PrivateKey.from_private_bytes(raw_private).public_key()
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_code() -> str:
    """Return a random ticket code that is easy to read aloud and type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def fresh_code(taken: set[str]) -> str:
    """Return a new code not in ``taken``, and add it there (an import's codes stay unique)."""
    code = new_code()
    while code in taken:
        code = new_code()
    taken.add(code)
    return code


def _message(event_id: str, code: str) -> bytes:
    return f"{PREFIX}|{event_id}|{code}".encode()


def sign(raw_private: bytes, event_id: str, code: str) -> str:
    """Return the signature of ``code`` at ``event_id`` as unpadded upper-case base32."""
    signature = Ed25519PrivateKey.from_private_bytes(raw_private).sign(_message(event_id, code))
    return base64.b32encode(signature).decode("ascii").rstrip("=")


def verify(raw_public: bytes, event_id: str, code: str, signature: str) -> bool:
    """Tell whether ``signature`` is this event's signature on ``code``.

    Only the canonical encoding is accepted: the last base32 character of a 64-byte signature
    carries three unused bits, so several characters decode to the same bytes; all but the one
    `sign` writes are refused, and one changed character is always a forgery.
    """
    try:
        padded = signature + "=" * (-len(signature) % 8)
        raw_signature = base64.b32decode(padded)
        if base64.b32encode(raw_signature).decode("ascii").rstrip("=") != signature:
            return False
        Ed25519PublicKey.from_public_bytes(raw_public).verify(
            raw_signature, _message(event_id, code)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def ticket_payload(raw_private: bytes, event_id: str, code: str) -> str:
    """Return the text a signed ticket's QR code carries."""
    return f"{PREFIX}:{code}:{sign(raw_private, event_id, code)}"
