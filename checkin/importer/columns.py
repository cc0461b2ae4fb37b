"""Which column holds which field: header synonyms in bokmål, nynorsk and English.

Headers are compared folded (case, spaces, punctuation and accents ignored), so "E-post",
"Epost" and "e post" are one. ``--map FIELD=COLUMN`` overrides win over the synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from checkin.domain.model import IMPORTED
from checkin.messages import N_, said

# The fields a column can hold: the registration's imported fields (its declaration says which),
# and "name" for a column of whole names, split into first and last name.
FIELDS = (*IMPORTED[:3], "name", *IMPORTED[3:])

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
NAME_FIELDS = ("name", "first_name", "last_name")


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds which field, and what the user should hear about the choice."""

    mapping: dict[str, int]
    problems: list[str] = dataclass_field(default_factory=list)
    warnings: list[str] = dataclass_field(default_factory=list)


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Number repeated headers ("E-post", "E-post (2)") so each column has its own name."""
    seen: dict[str, int] = {}
    out = []
    for header in headers:
        key = fold_header(header)
        if not header or not key:
            out.append(header)
            continue
        seen[key] = seen.get(key, 0) + 1
        out.append(header if seen[key] == 1 else f"{header} ({seen[key]})")
    return out


def header_score(cells: Sequence[str], overrides: Mapping[str, str] | None = None) -> int:
    """Count the fields a row would map as a header (a name field counts double)."""
    found = {KNOWN.get(fold_header(cell)) for cell in cells} - {None}
    named = {fold_header(column) for column in (overrides or {}).values() if column}
    score = len(found) + len(named & {fold_header(cell) for cell in cells})
    return score + (1 if found & set(NAME_FIELDS) else 0)


def map_columns(
    headers: Sequence[str],
    overrides: Mapping[str, str] | None = None,
    sample: Sequence[Sequence[str]] = (),
    raw: Sequence[str] | None = None,
) -> ColumnMap:
    """Return field → column index, with problems in the overrides and warnings on choices.

    When two columns carry the same field's header (a payer's and an attendee's "E-post"),
    the one whose values look most like the attendees' own is chosen, from ``sample`` rows,
    with a warning naming both; an override picks the other. An override with an empty
    column name takes the field out of the mapping. ``headers`` are the names shown (repeated
    ones numbered by `unique_headers`), ``raw`` the headers as the file has them.
    """
    candidates: dict[str, list[int]] = {}
    for index, header in enumerate(raw if raw is not None else headers):
        field = KNOWN.get(fold_header(header))
        if field is not None:
            candidates.setdefault(field, []).append(index)
    mapping = {field: indexes[0] for field, indexes in candidates.items()}
    warnings = []
    for field, indexes in candidates.items():
        if len(indexes) > 1 and field not in (overrides or {}):
            mapping[field] = _best_column(field, indexes, sample, mapping)
            warnings.append(_duplicate_warning(field, indexes, mapping[field], headers))
    problems = _apply_overrides(mapping, headers, overrides or {})
    return ColumnMap(mapping, problems, warnings)


def _apply_overrides(
    mapping: dict[str, int], headers: Sequence[str], overrides: Mapping[str, str]
) -> list[str]:
    problems: list[str] = []
    for field, column in overrides.items():
        if field not in FIELDS:
            problems.append(said(N_("--map names an unknown field '{field}' (fields: {fields})"),
                                 field=field, fields=", ".join(FIELDS)))  # fmt: skip
            continue
        if not column:
            mapping.pop(field, None)  # "": the file has no column for this field
            continue
        found = _find(headers, column)
        if found is None:
            problems.append(said(N_("--map {field}={column}: the file has no column '{column}'"),
                                 field=field, column=column))  # fmt: skip
            continue
        for other in [f for f, i in mapping.items() if i == found]:
            del mapping[other]
        mapping[field] = found
    return problems


def _best_column(
    field: str, indexes: list[int], sample: Sequence[Sequence[str]], mapping: dict[str, int]
) -> int:
    """Prefer the column with more different values, and for e-mail, the attendees' names."""

    def score(index: int) -> tuple[int, int, int]:
        pairs = [(row[index].strip().lower(), row) for row in sample if index < len(row)]
        named = sum(_mentions_name(value, row, mapping) for value, row in pairs)
        distinct = len({value for value, _ in pairs} - {""})
        return (named if field == "email" else 0, distinct, -index)

    return max(indexes, key=score)


def _mentions_name(value: str, row: Sequence[str], mapping: dict[str, int]) -> bool:
    local = fold_header(value.partition("@")[0])
    for field in NAME_FIELDS:
        index = mapping.get(field)
        if index is None or index >= len(row):
            continue
        for word in row[index].split():
            if len(fold_header(word)) >= 3 and fold_header(word) in local:
                return True
    return False


def _duplicate_warning(field: str, indexes: list[int], chosen: int, headers: Sequence[str]) -> str:
    column = N_("'{header}' (column {number})")
    listed = [said(column, header=headers[i], number=i + 1) for i in indexes]
    others = [f"--map {field}='{headers[i]}'" for i in indexes if i != chosen]
    return said(
        N_("{count} columns could be {field}: {listed}; using '{chosen}' (column {number}), "
           "whose values look most like the attendees' own. To use the other, import with "
           "{others}."),
        count=len(indexes), field=field, listed=_joined(listed, N_("{first} and {second}")),
        chosen=headers[chosen], number=chosen + 1,
        others=_joined(others, N_("{first} or {second}")),
    )  # fmt: skip


def _joined(items: Sequence[str], pair: str) -> str:
    """Join texts two by two with ``pair`` ("{first} and {second}"), each join translatable."""
    out = items[0] if items else ""
    for item in items[1:]:
        out = said(pair, first=out, second=item)
    return out


def _find(headers: Sequence[str], column: str) -> int | None:
    if column in headers:
        return headers.index(column)
    folded = [fold_header(header) for header in headers]
    wanted = fold_header(column)
    return folded.index(wanted) if wanted in folded else None
