"""From an export file to validated rows, or to the complete list of what is wrong with it.

All or nothing: the caller writes rows only when `problems` is empty. Every problem names the
file, the line (the row's first physical line in a CSV, the row number in a sheet) and, where
there is one, the column by its header. Warnings (a choice between two columns with the same
header) do not stop an import; they say what was chosen and how to choose otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import chain, islice
from pathlib import Path

from checkin.domain.model import Registration, Status
from checkin.errors import UserError
from checkin.importer.cells import ROUNDED as ROUNDED_MESSAGE
from checkin.importer.cells import CellError, RoundedCodeError, checked, clean, ticket_code
from checkin.importer.columns import ColumnMap, map_columns
from checkin.importer.days import parse_days
from checkin.importer.limits import CELL_CHARS, MAX_PROBLEMS, MAX_ROWS, NOTE_CHARS
from checkin.importer.sniff import NotATableError
from checkin.importer.table import Table, open_table
from checkin.messages import N_, _, message_of, said, say
from checkin.progress import NoProgress, Progress

CANCELLED_WORDS = frozenset((
    "kansellert", "avbestilt", "avlyst", "refundert", "kansellert/refundert", "cancelled",
    "canceled", "not attending", "refunded", "annullert", "void", "trukket",
))  # fmt: skip
PROGRESS_EVERY = 5000
SAMPLE_ROWS = 200  # rows looked at to choose between two columns with the same header
PLAIN_ROW_CHARS = 255  # a row this short holds no cell past any field's limit (code: 255)


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

    def text(self) -> str:
        """The problem for a person, in the language in use (``str()``: English, for JSON)."""
        where = [self.file]
        if self.line is not None:
            where.append(_("line {line}").format(line=self.line))
        if self.column:
            where.append(_("column '{column}'").format(column=self.column))
        return f"{', '.join(where)}: {say(self.message)}"


@dataclass(frozen=True)
class ImportedRow(Registration):
    """One registration read from a file (a `Registration`), with the line it came from.

    ``code`` is "" when the file gave none (the writer gives the row one, `import_key`);
    ``extra`` keeps the unmapped columns by header.
    """

    line: int = 0


@dataclass(frozen=True)
class LoadResult:
    """The rows of a file and its problems; rows are to be written only without problems."""

    rows: list[ImportedRow]
    problems: list[Problem]
    mapping: dict[str, str]
    headers: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str | None = None
    warnings: list[Problem] = field(default_factory=list)
    header_line: int | None = None


class Problems:
    """Collects problems; past MAX_PROBLEMS they are counted, and the count is said at the end."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.listed: list[Problem] = []
        self.more = 0

    def add(self, line: int | None, column: str | None, message: str) -> None:
        if len(self.listed) < MAX_PROBLEMS:
            self.listed.append(Problem(self.file, line, column, message))
        else:
            self.more += 1

    def all(self) -> list[Problem]:
        if not self.more:
            return list(self.listed)
        tail = said(N_("and {count:,} more problems like these; correct the ones above and try "
                       "again"), count=self.more)  # fmt: skip
        return [*self.listed, Problem(self.file, None, None, tail)]


def load(
    path: Path,
    overrides: Mapping[str, str] | None = None,
    event_days: Sequence[date] = (),
    progress: Progress | None = None,
    limit: int | None = None,
    sheet: str | None = None,
) -> LoadResult:
    """Read and validate a CSV or XLSX export (the first ``limit`` rows, if given).

    Args:
        path: the file; its kind is told by its content (`checkin.importer.sniff`).
        overrides: ``--map``: field → column header ("" for no column).
        event_days: the days a "Dager" column is read against.
        progress: told the share read (0 to 0.9) every PROGRESS_EVERY rows; may cancel.
        limit: stop after this many rows (a preview).
        sheet: a workbook's sheet by name or number from 1 (default: `table.pick`'s choice).

    Returns:
        The rows and every problem (file, line, column, message); the rows are to be
        written only when there are no problems. A file that cannot be read at all is one
        problem, never an exception.

    Raises:
        UserError: "import cancelled" when ``progress`` cancelled.
    """
    name = Path(path).name
    try:
        table = open_table(Path(path), overrides, sheet)
    except (NotATableError, UserError, OSError) as error:
        return LoadResult([], [Problem(name, None, None, _message(error))], {})
    sample = list(islice(table.rows, SAMPLE_ROWS))
    columns = map_columns(table.headers, overrides, [c for _, c in sample], table.raw_headers)
    problems = Problems(name)
    for message in columns.problems:
        problems.add(table.header_line, None, message)
    _check_name_column(problems, table, columns.mapping)
    reader = _RowReader(problems, table.headers, columns.mapping, event_days)
    rows = reader.read(chain(sample, table.rows), table.size, progress or NoProgress(), limit)
    return _result(name, table, columns, rows, problems)


def _result(
    name: str, table: Table, columns: ColumnMap, rows: list[ImportedRow], problems: Problems
) -> LoadResult:
    if not rows and not problems.listed:
        problems.add(None, None, N_("the file has a header but no rows"))
    used = {f: table.headers[i] for f, i in columns.mapping.items()}
    warnings = [Problem(name, table.header_line, None, text) for text in columns.warnings]
    if len(table.sheets) > 1:  # which sheet of several was read, and how to read another
        number = table.sheets.index(table.sheet) + 1
        warnings.insert(0, Problem(name, None, None, said(N_(
            "read the sheet '{sheet}' (sheet {number} of {count}: {sheets}); choose another "
            "with --sheet NAME or NUMBER"), sheet=table.sheet, number=number,
            count=len(table.sheets), sheets=", ".join(table.sheets))))  # fmt: skip
    return LoadResult(rows, problems.all(), used, table.headers, table.encoding, table.delimiter,
                      warnings, table.header_line)  # fmt: skip


def preview(
    path: Path,
    overrides: Mapping[str, str] | None = None,
    limit: int = 20,
    sheet: str | None = None,
) -> LoadResult:
    """Read the first rows only, to show how columns were mapped before importing."""
    return load(path, overrides, (), None, limit, sheet)


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and not isinstance(error, NotATableError):
        return said(N_("the file cannot be read ({reason})"), reason=error.strerror or str(error))
    return message_of(error)


def _check_name_column(problems: Problems, table: Table, mapping: dict[str, int]) -> None:
    if "name" in mapping or "first_name" in mapping or "last_name" in mapping:
        return
    found = ", ".join(table.headers)
    message = said(N_("no name column: need Fornavn and Etternavn, or Navn (the header has: "
                      "{found})"), found=found)  # fmt: skip
    problems.add(table.header_line, None, message)


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
        self,
        problems: Problems,
        headers: list[str],
        mapping: dict[str, int],
        event_days: Sequence[date],
    ) -> None:
        self.problems, self.headers, self.mapping = problems, headers, mapping
        self.event_days = event_days
        used = set(mapping.values())
        self.extra_columns = [(i, h) for i, h in enumerate(headers) if i not in used and h]
        self.codes: dict[str, int] = {}
        self.rounded: list[tuple[int, str]] = []

    def read(
        self,
        rows: Iterator[tuple[int, list[str]]],
        size: int,
        progress: Progress,
        limit: int | None,
    ) -> list[ImportedRow]:
        out: list[ImportedRow] = []
        try:
            for count, (line, cells) in enumerate(rows, start=1):
                if count % PROGRESS_EVERY == 0:
                    self._progress(progress, count, line, size)
                if count > MAX_ROWS:
                    self.problems.add(line, None, said(N_(
                        "the file has more than {rows:,} rows; an import may have at most "
                        "{rows:,}"), rows=MAX_ROWS))  # fmt: skip
                    break
                row = self._row(line, cells)
                if row is not None:
                    out.append(row)
                if limit is not None and len(out) >= limit:
                    break
        except (UserError, NotATableError) as error:
            if str(error) == "import cancelled":
                raise
            self.problems.add(None, None, message_of(error))
        self._report_rounded()
        return out

    @staticmethod
    def _progress(progress: Progress, count: int, line: int, size: int) -> None:
        fraction = line / size if size else 0.5
        progress.set(min(0.9, fraction * 0.9), f"{count} rows")
        if progress.cancelled():
            raise UserError("import cancelled")

    def _problem(self, line: int, field_name: str | None, message: str) -> None:
        column = self.headers[self.mapping[field_name]] if field_name in self.mapping else None
        self.problems.add(line, column, message)

    def _row(self, line: int, cells: list[str]) -> ImportedRow | None:
        if not any(cell.strip() for cell in cells):
            return None
        width = len(self.headers)
        if any(cell.strip() for cell in cells[width:]):
            message = said(N_("the row has {cells} cells but the header has {width} columns"),
                           cells=len(cells), width=width)  # fmt: skip
            self.problems.add(line, None, message)
            return None
        cells = cells + [""] * (width - len(cells))  # short rows lost their empty tail cells
        value = _Values(self, line, cells)
        first, last = self._names(line, value)
        code = self._code(line, cells)
        days, days_problem = parse_days(value("valid_days"), self.event_days)
        if days_problem:
            self._problem(line, "valid_days", days_problem)
        status = Status.CANCELLED if value("status").lower() in CANCELLED_WORDS else Status.VALID
        extra = {header: value.extra(i, header) for i, header in self.extra_columns}
        return ImportedRow(
            code, first, last, value("organisation"), value("email"), value("ticket_type"),
            value("category"), days, status, value("order_code"), value("note"), extra=extra,
            line=line,
        )  # fmt: skip

    def _names(self, line: int, value: _Values) -> tuple[str, str]:
        first, last = value("first_name"), value("last_name")
        if not (first or last) and value("name"):
            first, last = split_full_name(value("name"))
        if not (first or last) and not value.failed:
            field_name = "name" if "name" in self.mapping else "first_name"
            self._problem(line, field_name, N_("missing name"))
        return first, last

    def _code(self, line: int, cells: list[str]) -> str:
        index = self.mapping.get("code")
        if index is None or not cells[index].strip():
            return ""
        try:
            code = ticket_code(cells[index])
        except RoundedCodeError as rounded:
            self.rounded.append((line, str(rounded)))
            return ""
        except CellError as error:
            self._problem(line, "code", message_of(error))
            return ""
        earlier = self.codes.get(code)
        if earlier is not None:
            self._problem(line, "code", said(N_("ticket code '{code}' is also on line {line}"),
                                             code=code, line=earlier))  # fmt: skip
        else:
            self.codes[code] = line
        return code

    def _report_rounded(self) -> None:
        if not self.rounded:
            return
        lines = [line for line, _ in self.rounded]
        shown = ", ".join(str(line) for line in lines[:10])
        more = f" … (+{len(lines) - 10:,})" if len(lines) > 10 else ""
        message = said(ROUNDED_MESSAGE, example=self.rounded[0][1])
        lines_text = said(N_("{message} (lines {lines})"), message=message, lines=shown + more)
        self._problem(lines[0], "code", lines_text)


class _Values:
    """One row's cells by field, checked (control characters, length) and cleaned."""

    def __init__(self, reader: _RowReader, line: int, cells: list[str]) -> None:
        self.reader, self.line, self.cells = reader, line, cells
        self.failed = False
        self.seen: dict[str, str] = {}
        whole = "".join(cells)  # the common row: no control or invisible character anywhere
        self.plain = whole.isprintable()
        self.short = len(whole) <= PLAIN_ROW_CHARS

    def __call__(self, field_name: str) -> str:
        if field_name in self.seen:
            return self.seen[field_name]
        index = self.reader.mapping.get(field_name)
        value = (
            "" if index is None
            else self._checked(self.cells[index], field_name, self.reader.headers[index])
        )  # fmt: skip
        self.seen[field_name] = value
        return value

    def extra(self, index: int, header: str) -> str:
        return self._checked(self.cells[index], None, header)

    def _checked(self, text: str, field_name: str | None, header: str) -> str:
        if self.plain and (self.short or len(text) <= CELL_CHARS.get(field_name or "", NOTE_CHARS)):
            return clean(text)
        try:
            return checked(text, field_name)
        except CellError as error:
            self.failed = True
            self.reader.problems.add(self.line, header, str(error))
            return ""
