"""From an export file to validated rows, or to the complete list of what is wrong with it.

All or nothing: the caller writes rows only when `problems` is empty. Every problem names the
file, the line (the row's first physical line in a CSV, the row number in a sheet) and, where
there is one, the column by its header.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from checkin.domain.model import Status
from checkin.errors import UserError
from checkin.importer.columns import map_columns
from checkin.importer.days import parse_days
from checkin.importer.sniff import NotATableError, detect_delimiter, read_text
from checkin.progress import NoProgress, Progress

CANCELLED_WORDS = frozenset((
    "kansellert", "avbestilt", "avlyst", "refundert", "kansellert/refundert", "cancelled",
    "canceled", "not attending", "refunded", "annullert", "void", "trukket",
))  # fmt: skip
PROGRESS_EVERY = 5000


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an import file, located as precisely as the file allows."""

    file: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


@dataclass(frozen=True)
class ImportedRow:
    """One registration read from a file, validated, with its unmapped columns kept."""

    line: int
    code: str
    first_name: str
    last_name: str
    email: str = ""
    organisation: str = ""
    ticket_type: str = ""
    category: str = ""
    status: Status = Status.VALID
    valid_days: tuple[date, ...] = ()
    order_code: str = ""
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LoadResult:
    """The rows of a file and its problems; rows are to be written only without problems."""

    rows: list[ImportedRow]
    problems: list[Problem]
    mapping: dict[str, str]
    headers: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str | None = None


@dataclass
class _Table:
    headers: list[str]
    rows: Iterator[tuple[int, list[str]]]
    size: int
    encoding: str = ""
    delimiter: str | None = None


def load(
    path: Path,
    overrides: Mapping[str, str] | None = None,
    event_days: Sequence[date] = (),
    progress: Progress | None = None,
    limit: int | None = None,
) -> LoadResult:
    """Read and validate a CSV or XLSX export (the first ``limit`` rows, if given)."""
    name = Path(path).name
    try:
        table = _open_table(Path(path))
    except (NotATableError, OSError) as error:
        return LoadResult([], [Problem(name, None, None, str(error))], {})
    mapping, override_problems = map_columns(table.headers, overrides)
    problems = [Problem(name, 1, None, message) for message in override_problems]
    problems += _missing_columns(name, table.headers, mapping)
    reader = _RowReader(name, table.headers, mapping, event_days)
    rows = reader.read(table, progress or NoProgress(), limit)
    problems += reader.problems
    if not rows and not problems:
        problems.append(Problem(name, None, None, "the file has a header but no rows"))
    used = {f: table.headers[i] for f, i in mapping.items()}
    return LoadResult(rows, problems, used, table.headers, table.encoding, table.delimiter)


def preview(path: Path, overrides: Mapping[str, str] | None = None, limit: int = 20) -> LoadResult:
    """Read the first rows only, to show how columns were mapped before importing."""
    return load(path, overrides, (), None, limit)


def _missing_columns(name: str, headers: list[str], mapping: dict[str, int]) -> list[Problem]:
    if "name" in mapping or "first_name" in mapping or "last_name" in mapping:
        return []
    found = ", ".join(headers)
    message = f"no name column: need Fornavn and Etternavn, or Navn (the header has: {found})"
    return [Problem(name, 1, None, message)]


def _open_table(path: Path) -> _Table:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from checkin.importer.xlsx import open_sheet

        headers, rows, size = open_sheet(path)
        return _Table(headers, rows, size)
    text, encoding = read_text(path)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [cell.strip() for cell in next(reader)]
    except (StopIteration, csv.Error) as error:
        raise NotATableError(f"the header line cannot be read: {error}") from error
    if not any(headers):
        raise NotATableError("the first line is empty: it must hold the column headers")
    return _Table(headers, _csv_rows(reader), text.count("\n"), encoding, delimiter)


def _csv_rows(reader: Any) -> Iterator[tuple[int, list[str]]]:
    start = reader.line_num + 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as error:
        raise UserError(f"line {start}: {error}") from error


def clean(text: str) -> str:
    """Trim a cell, fold inner runs of spaces, and NFC-normalise (æøå stay exact)."""
    if text.isascii():
        return " ".join(text.split())
    return unicodedata.normalize("NFC", " ".join(text.split()))


def split_full_name(full: str) -> tuple[str, str]:
    """Split "Åse Ødegård" or "Ødegård, Åse" into first and last name."""
    if "," in full:
        last, _, first = full.partition(",")
        return clean(first), clean(last)
    first, _, last = clean(full).rpartition(" ")
    return (first, last) if first else ("", last)


class _RowReader:
    """Turns raw cells into ImportedRow objects, collecting every problem on the way."""

    def __init__(
        self, name: str, headers: list[str], mapping: dict[str, int], event_days: Sequence[date]
    ) -> None:
        self.name, self.headers, self.mapping = name, headers, mapping
        self.event_days = event_days
        self.extra_columns = [
            (i, h) for i, h in enumerate(headers) if i not in set(mapping.values()) and h
        ]
        self.problems: list[Problem] = []
        self.codes: dict[str, int] = {}

    def read(self, table: _Table, progress: Progress, limit: int | None) -> list[ImportedRow]:
        rows: list[ImportedRow] = []
        try:
            for count, (line, cells) in enumerate(table.rows, start=1):
                if count % PROGRESS_EVERY == 0:
                    progress.set(min(0.9, line / max(table.size, 1) * 0.9), f"{count} rows")
                    if progress.cancelled():
                        raise UserError("import cancelled")
                row = self._row(line, cells)
                if row is not None:
                    rows.append(row)
                if limit is not None and len(rows) >= limit:
                    break
        except UserError as error:
            if str(error) == "import cancelled":
                raise
            self.problems.append(Problem(self.name, None, None, str(error)))
        return rows

    def _problem(self, line: int, field_name: str | None, message: str) -> None:
        column = self.headers[self.mapping[field_name]] if field_name in self.mapping else None
        self.problems.append(Problem(self.name, line, column, message))

    def _row(self, line: int, cells: list[str]) -> ImportedRow | None:
        if not any(cell.strip() for cell in cells):
            return None
        width = len(self.headers)
        if len(cells) < width or any(cell.strip() for cell in cells[width:]):
            message = f"the row has {len(cells)} cells but the header has {width} columns"
            self.problems.append(Problem(self.name, line, None, message))
            return None
        value = self._getter(cells)
        first, last = self._names(line, value)
        code = value("code")
        self._check_code(line, code)
        days, days_problem = parse_days(value("valid_days"), self.event_days)
        if days_problem:
            self._problem(line, "valid_days", days_problem)
        status = Status.CANCELLED if value("status").lower() in CANCELLED_WORDS else Status.VALID
        extra = {header: clean(cells[i]) for i, header in self.extra_columns}
        return ImportedRow(
            line, code, first, last, value("email"), value("organisation"), value("ticket_type"),
            value("category"), status, days, value("order_code"), value("note"), extra,
        )  # fmt: skip

    def _getter(self, cells: list[str]) -> Any:
        mapping = self.mapping

        def value(field_name: str) -> str:
            index = mapping.get(field_name)
            return "" if index is None else clean(cells[index])

        return value

    def _names(self, line: int, value: Any) -> tuple[str, str]:
        first, last = value("first_name"), value("last_name")
        if not (first or last) and value("name"):
            first, last = split_full_name(value("name"))
        if not (first or last):
            field_name = "name" if "name" in self.mapping else "first_name"
            self._problem(line, field_name, "missing name")
        return first, last

    def _check_code(self, line: int, code: str) -> None:
        if not code:
            return
        earlier = self.codes.get(code)
        if earlier is not None:
            self._problem(line, "code", f"ticket code '{code}' is also on line {earlier}")
        else:
            self.codes[code] = line


def cell_text(value: Any) -> str:
    """Return a spreadsheet value as the text a person sees (12345, not 12345.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
