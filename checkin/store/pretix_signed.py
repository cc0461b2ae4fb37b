"""Signed pretix secrets the desk has not downloaded: checked offline with the event's keys.

A ticket sold after the last pull, or re-issued since, is not in the event file. When the file
is linked to a pretix event that signs its secrets ("pretix_sig1"), `vet` checks such a code
with the public keys and the revoked secrets the pulls kept (`checkin.store.sync_pretix`):

- validly signed: admitted as pending, like our own signed tickets not yet registered here
  (``signature_ok`` True; the name comes with the next pull);
- shaped like a signed secret but signed by no key of the event: refused as forged;
- revoked (re-issued or cancelled in pretix): refused as cancelled;
- outside the validity window pretix wrote into it: refused as not valid on this day.

Codes the desk found, codes that are no signed secret, and files without pretix keys are left
as they were.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from checkin.domain import pretix_secrets
from checkin.domain.model import Reason
from checkin.domain.pretix_secrets import SecretFormatError, SecretStatus
from checkin.store.lookup import Found
from checkin.store.sync_pretix import sig1_material

VOID = {
    SecretStatus.REVOKED: Reason.CANCELLED,
    SecretStatus.NOT_YET_VALID: Reason.WRONG_DAY,
    SecretStatus.EXPIRED: Reason.WRONG_DAY,
}


def vet(conn: sqlite3.Connection, found: Found, at: datetime) -> Found:
    """Check an unfound code as a signed pretix secret of the linked event (see the module).

    Args:
        conn: the event file.
        found: what the lookup found (`checkin.store.lookup.resolve`).
        at: the scan time (aware), for the secret's validity window.

    Returns:
        ``found`` itself, or a copy with ``signature_ok`` set and, for a void secret, ``void``
        naming the refusal. Raises nothing for what the code is.
    """
    if found.settled or found.error or not _shaped(found.code):
        return found
    texts, revoked = sig1_material(conn)
    if not texts:
        return found
    try:
        keys = pretix_secrets.load_keys(texts)
    except ValueError:
        return found  # a key pretix sent that we cannot read: nothing to verify with
    check = pretix_secrets.verify(found.code, keys, revoked, at)
    if check.status is SecretStatus.NOT_SIGNED:
        return found
    if check.status is SecretStatus.FORGED:
        return replace(found, signature_ok=False)
    return replace(found, signature_ok=True, void=VOID.get(check.status))


def _shaped(code: str) -> bool:
    """Tell cheaply whether a code could be a signed secret (before the event file is read)."""
    try:
        pretix_secrets.unpack(code)
    except pretix_secrets.AlteredSecretError:
        return True
    except SecretFormatError:
        return False
    return True
