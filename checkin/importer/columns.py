"""Which column holds which field: header synonyms in bokmål, nynorsk and English.

Headers are compared folded (case, spaces, punctuation and accents ignored), so "E-post",
"Epost" and "e post" are one. ``--map FIELD=COLUMN`` overrides win over the synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

FIELDS = (
    "code", "first_name", "last_name", "name", "email", "organisation", "ticket_type",
    "category", "status", "valid_days", "order_code", "note",
)  # fmt: skip

SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("Billettnummer", "Billettnr", "Billett nr", "Påmeldingsnr", "Påmeldingsnummer",
             "Deltakernummer", "Deltakarnummer", "Ticket code", "Ticket", "Barcode #", "Barcode",
             "Secret", "Kode", "Code", "Ticket number", "Ticket ID", "Strekkode"),
    "first_name": ("Fornavn", "Førenamn", "Fornamn", "First Name", "Given name", "Firstname"),
    "last_name": ("Etternavn", "Etternamn", "Last Name", "Surname", "Family name", "Lastname"),
    "name": ("Navn", "Namn", "Name", "Attendee name", "Full name", "Fullt navn", "Deltaker"),
    "email": ("E-post", "Epost", "E-postadresse", "Email", "E-mail", "Email address",
              "Attendee email"),
    "organisation": ("Organisasjon", "Arbeidssted", "Arbeidsstad", "Firma", "Virksomhet",
                     "Verksemd", "Company", "Organisation", "Organization", "Arbeidsgiver",
                     "Arbeidsgjevar", "Employer", "Institusjon"),
    "ticket_type": ("Billettype", "Billett", "Billettkategori", "Produkt", "Ticket Type",
                    "Product", "Item"),
    "category": ("Kategori", "Rolle", "Deltakertype", "Deltakartype", "Category", "Role"),
    "status": ("Status", "Attendee Status", "Order status", "Ordrestatus", "Betalingsstatus"),
    "valid_days": ("Dager", "Dagar", "Gyldige dager", "Gyldige dagar", "Days", "Valid days"),
    "order_code": ("Ordrenummer", "Ordrenr", "Ordre", "Order #", "Order code", "Order",
                   "Order number", "Bestillingsnummer"),
    "note": ("Merknad", "Kommentar", "Note", "Notes", "Melding til skranken", "Notat"),
}  # fmt: skip


def fold_header(header: str) -> str:
    """Fold a header for comparison: lower case, no accents, letters and digits only."""
    text = unicodedata.normalize("NFKD", header.lower().replace("ø", "o").replace("æ", "ae"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9#]", "", text)


KNOWN = {fold_header(name): field for field, names in SYNONYMS.items() for name in names}


def map_columns(
    headers: Sequence[str], overrides: Mapping[str, str] | None = None
) -> tuple[dict[str, int], list[str]]:
    """Return field → column index, and the problems with the overrides (as messages).

    An override with an empty column name takes the field out of the mapping.
    """
    problems: list[str] = []
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = KNOWN.get(fold_header(header))
        if field is not None and field not in mapping:
            mapping[field] = index
    for field, column in (overrides or {}).items():
        if field not in FIELDS:
            problems.append(f"--map names an unknown field '{field}' (fields: {', '.join(FIELDS)})")
            continue
        if not column:
            mapping.pop(field, None)  # "": the file has no column for this field
            continue
        found = _find(headers, column)
        if found is None:
            problems.append(f"--map {field}={column}: the file has no column '{column}'")
            continue
        mapping = {f: i for f, i in mapping.items() if i != found}
        mapping[field] = found
    return mapping, problems


def _find(headers: Sequence[str], column: str) -> int | None:
    if column in headers:
        return headers.index(column)
    folded = [fold_header(header) for header in headers]
    wanted = fold_header(column)
    return folded.index(wanted) if wanted in folded else None
