"""The import dialog's words: fields, statuses, how a file was read, and the importer's warnings.

The importer's warnings are data with an English sentence for the command line; the dialog
says them in the user's language from their parts (the field, the columns, the one chosen).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from checkin.importer import Problem

DUPLICATE_FIELD = re.compile(r"could be (\w+):")  # "2 columns could be email: 'E-post' ..."
LISTED_COLUMN = re.compile(r"'([^']*)' \(column \d+\)")


def field_label(field: str) -> str:
    """A registration field's name in the user's language."""
    translate = QCoreApplication.translate
    labels = {
        "code": translate("ImportDialog", "Ticket code"),
        "first_name": translate("ImportDialog", "First name"),
        "last_name": translate("ImportDialog", "Last name"),
        "name": translate("ImportDialog", "Full name"),
        "organisation": translate("ImportDialog", "Organisation"),
        "email": translate("ImportDialog", "E-mail"),
        "ticket_type": translate("ImportDialog", "Ticket type"),
        "category": translate("ImportDialog", "Category"),
        "valid_days": translate("ImportDialog", "Valid days"),
        "status": translate("ImportDialog", "Status"),
        "order_code": translate("ImportDialog", "Order"),
        "note": translate("ImportDialog", "Note"),
    }
    return labels.get(field, field)


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "valid": translate("ImportDialog", "valid"),
        "cancelled": translate("ImportDialog", "cancelled"),
    }
    return labels.get(status, status)


def file_kind(encoding: str, delimiter: str | None) -> str:
    """Say how the file was read, in words: "Text in Windows Western (cp1252), semicolons"."""
    translate = QCoreApplication.translate
    if not encoding:
        return translate("ImportDialog", "Excel workbook (.xlsx)")
    encodings = {
        "utf-8": translate("ImportDialog", "Unicode (UTF-8)"),
        "utf-16": translate("ImportDialog", 'Unicode (UTF-16, Excel\'s "Unicode text")'),
        "cp1252": translate("ImportDialog", "Windows Western European (cp1252)"),
        "mac_roman": translate("ImportDialog", 'Mac OS Roman (Excel\'s "CSV (Macintosh)")'),
        "cp850": translate("ImportDialog", 'DOS Latin-1 (Excel\'s "CSV (MS-DOS)")'),
        "latin-1": translate("ImportDialog", "Western European (ISO 8859-1)"),
    }
    separators = {
        ";": translate("ImportDialog", "columns separated by semicolons"),
        ",": translate("ImportDialog", "columns separated by commas"),
        "\t": translate("ImportDialog", "columns separated by tabs"),
    }
    return translate("ImportDialog", "Text file in {encoding}, {separator}").format(
        encoding=encodings.get(encoding, encoding),
        separator=separators.get(delimiter or "", repr(delimiter)),
    )


@dataclass(frozen=True)
class ColumnChoice:
    """A warning about a choice the importer made: which field, and the text to show."""

    field: str | None  # the field whose column was chosen among several; None: not known
    text: str


def column_choice(warning: Problem, mapping: Mapping[str, str]) -> ColumnChoice:
    """Say a warning of the importer in words: two columns for one field, the one taken.

    A warning of a kind not known here is shown as the importer wrote it.
    """
    field = DUPLICATE_FIELD.search(warning.message)
    listed_part = warning.message.partition("; using ")[0]  # the columns, not the one taken
    columns = LISTED_COLUMN.findall(listed_part)
    if field is None or len(columns) < 2 or field[1] not in mapping:
        return ColumnChoice(None, str(warning))
    name, chosen = field[1], mapping[field[1]]
    text = QCoreApplication.translate(
        "ImportDialog", "{count} columns could be {field}: {columns}. Using «{chosen}», whose "
        "values look most like the attendees' own; choose another column for {field} above "
        "to use it instead."
    )  # fmt: skip
    listed = ", ".join(f"«{column}»" for column in columns)
    return ColumnChoice(
        name,
        text.format(count=len(columns), field=field_label(name), columns=listed, chosen=chosen),
    )
