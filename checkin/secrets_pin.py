"""The admin PIN, kept as a slow salted hash (PBKDF2-HMAC-SHA256), never as the digits.

The work factor follows OWASP's Password Storage Cheat Sheet, which since 2023 asks for
PBKDF2-HMAC-SHA256 with at least 600,000 iterations (the 100,000 used before is its 2021
figure for SHA-1/SHA-256 on older GPUs). PBKDF2 rather than Argon2id or scrypt: it is in
Python's standard library (no compiled dependency in the bundle), its cost is one number, and
OWASP still names it as the choice where FIPS-140 matters, as it may for a hospital's laptop.
600,000 iterations take about 0.3 s on the desk's kind of CPU: unnoticed once per PIN prompt.

A PIN of four to six digits stays guessable by anyone who holds its hash: the hash only slows
them. So it is kept where others cannot read it (`checkin.secrets_store`: the OS keyring, else
an owner-only file), never in settings.toml. The stored record names its own algorithm and
iterations (``pbkdf2_sha256$600000$<salt hex>$<hash hex>``), so a hash made with an older,
smaller count still verifies after the count is raised.
"""

from __future__ import annotations

import hashlib
import hmac
import os

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256 (2023 on)
LEGACY_ITERATIONS = 100_000  # what releases before 0.2 used; their hashes still verify
SALT_BYTES = 16


class Pin:
    """The admin PIN as a salted hash; an empty one means "no PIN set".

    Attributes:
        digest: the PBKDF2 output (32 bytes), or b"" when no PIN is set.
        salt: 16 random bytes.
        iterations: the PBKDF2 work factor the digest was made with.
    """

    def __init__(self, pin: str = "", *, iterations: int = ITERATIONS) -> None:
        self.salt = os.urandom(SALT_BYTES)
        self.iterations = iterations
        self.digest = self._hash(pin) if pin else b""

    @classmethod
    def stored(cls, digest_hex: str, salt_hex: str = "") -> Pin:
        """Rebuild a PIN from what the settings hold: a record, or a hash and salt in hex.

        A bare hash (with its salt apart, as the settings dialog hands it over) was made
        with today's `ITERATIONS`. A damaged record raises rather than leave the desk
        unlocked.

        Raises:
            ValueError: the record or the hex is damaged.
        """
        pin = cls()
        if digest_hex.startswith(ALGORITHM + "$"):
            _, iterations, salt_hex, digest_hex = digest_hex.split("$")
            pin.iterations = int(iterations)
        if digest_hex:
            pin.digest, pin.salt = bytes.fromhex(digest_hex), bytes.fromhex(salt_hex)
        return pin

    def record(self) -> str:
        """Return the self-describing record kept in the secret store ("" when no PIN)."""
        if not self.is_set:
            return ""
        return f"{ALGORITHM}${self.iterations}${self.salt.hex()}${self.digest.hex()}"

    def _hash(self, pin: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", pin.encode(), self.salt, self.iterations)

    @property
    def is_set(self) -> bool:
        return bool(self.digest)

    def matches(self, pin: str) -> bool:
        """Tell whether ``pin`` is the PIN (always true when none is set); constant time."""
        return not self.is_set or hmac.compare_digest(self._hash(pin), self.digest)


def record_of(digest_hex: str, salt_hex: str, iterations: int = ITERATIONS) -> str:
    """Return the record for a hash and salt kept apart (hex), made with ``iterations``.

    Raises:
        ValueError: the hex is damaged.
    """
    if not digest_hex or digest_hex.startswith(ALGORITHM + "$"):
        return digest_hex
    pin = Pin.stored(digest_hex, salt_hex)
    pin.iterations = iterations
    return pin.record()
