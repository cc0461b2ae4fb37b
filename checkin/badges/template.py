"""Badge templates: a TOML or JSON file read into frozen dataclasses, every mistake named by key.

A template gives the badge's size in millimetres, text blocks whose lines stack from the top
(an empty field leaves no gap), a QR code, a category-coloured band, a logo, and optionally a
sheet that places N badges on one page (pre-printed A4 badge sheets). ``base = "90x55"``
inherits another template and overrides only the keys given. Names are file stems under
``assets/badges``; see that folder's templates for every key in use.
"""

from __future__ import annotations

import enum
import string
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkin.badges.template_file import (
    CATEGORY_COLOUR,
    HEX_COLOUR,
    TEMPLATE_DIR,
    TemplateTable,
    read_merged,
    template_names,
    template_path,
)

__all__ = ["TEMPLATE_DIR", "load_template", "template_names", "template_path"]

DEFAULT_TEMPLATE = "90x55"
FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "name",
        "organisation",
        "category",
        "ticket_type",
        "event_name",
        "code",
    }
)
PAPER_MM = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "A6": (105.0, 148.0),
    "LETTER": (215.9, 279.4),
}


class Align(enum.StrEnum):
    """Where a line sits across its block."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class VAlign(enum.StrEnum):
    """Where the stack of lines sits in its block, top to bottom."""

    TOP = "top"
    CENTER = "center"
    BOTTOM = "bottom"


@dataclass(frozen=True)
class Box:
    """A rectangle on the badge, in millimetres from its top-left corner."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class LineSpec:
    """One field line: its text pattern and how large it may be."""

    text: str
    size_pt: float
    min_size_pt: float
    bold: bool = False
    max_lines: int = 1
    upper: bool = False
    colour: str | None = None


@dataclass(frozen=True)
class TextBlock:
    """A box whose lines stack top to bottom; lines whose text is empty are left out."""

    box: Box
    lines: tuple[LineSpec, ...]
    align: Align = Align.LEFT
    valign: VAlign = VAlign.TOP
    gap_mm: float = 1.0
    colour: str = "#000000"


@dataclass(frozen=True)
class Band:
    """A rectangle filled with the category colour, with an optional line on it."""

    box: Box
    line: LineSpec | None


@dataclass(frozen=True)
class QrSpec:
    """Where the ticket's QR code goes: a square, quiet zone included."""

    box: Box
    quiet_zone: int = 2
    error_correction: str = "M"


@dataclass(frozen=True)
class Logo:
    """An image file drawn into a box, keeping its proportions."""

    box: Box
    file: Path


@dataclass(frozen=True)
class Colours:
    """Category colours: named ones first, else a colour picked from a list by the name."""

    default: str = "#34495E"
    categories: tuple[tuple[str, str], ...] = ()
    cycle: tuple[str, ...] = ()

    def for_category(self, category: str) -> str:
        """Return the colour of a category (case does not matter)."""
        key = category.strip().casefold()
        for name, colour in self.categories:
            if name.casefold() == key:
                return colour
        if key and self.cycle:
            return self.cycle[zlib.crc32(key.encode()) % len(self.cycle)]
        return self.default


@dataclass(frozen=True)
class Sheet:
    """A page holding several badges in a grid (pre-printed or perforated sheets)."""

    width_mm: float
    height_mm: float
    columns: int
    rows: int
    margin_left_mm: float = 0.0
    margin_top_mm: float = 0.0
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0


@dataclass(frozen=True)
class BadgeTemplate:
    """Everything needed to draw one badge and to place badges on pages."""

    name: str
    source: str
    width_mm: float
    height_mm: float
    blocks: tuple[TextBlock, ...]
    colours: Colours = Colours()
    qr: QrSpec | None = None
    band: Band | None = None
    logo: Logo | None = None
    sheet: Sheet | None = None
    font: str = "DejaVu Sans"
    background: str = "#FFFFFF"
    description: str = ""

    @property
    def page_mm(self) -> tuple[float, float]:
        """Return the page size: the sheet's, or the badge's when each badge is a page."""
        if self.sheet is not None:
            return self.sheet.width_mm, self.sheet.height_mm
        return self.width_mm, self.height_mm

    def slots(self) -> list[tuple[float, float]]:
        """Return the top-left corner (mm) of each badge on a page, row by row."""
        if self.sheet is None:
            return [(0.0, 0.0)]
        sheet = self.sheet
        return [
            (
                sheet.margin_left_mm + column * (self.width_mm + sheet.gap_x_mm),
                sheet.margin_top_mm + row * (self.height_mm + sheet.gap_y_mm),
            )
            for row in range(sheet.rows)
            for column in range(sheet.columns)
        ]


def _box(table: TemplateTable, page: tuple[float, float], *, square: bool = False) -> Box:
    x, y = table.number("x_mm"), table.number("y_mm")
    if square:
        width = height = table.number("size_mm", low=1.0)
    else:
        width, height = table.number("width_mm", low=1.0), table.number("height_mm", low=1.0)
    if x + width > page[0] + 0.01 or y + height > page[1] + 0.01:
        table.fail_here(
            f"the box ({x:g},{y:g}) {width:g}x{height:g} mm reaches outside the "
            f"{page[0]:g}x{page[1]:g} mm badge"
        )
    return Box(x, y, width, height)


def _pattern(table: TemplateTable, name: str) -> str:
    pattern = table.text(name)
    try:
        fields = [
            field for _, field, _, _ in string.Formatter().parse(pattern) if field is not None
        ]
    except ValueError as error:
        table.fail(name, f"is not a valid pattern ({error}); use {{first_name}} and the like")
    for field in fields:
        if field not in FIELDS:
            table.fail(
                name, f"names an unknown field {{{field}}} (known: {', '.join(sorted(FIELDS))})"
            )
    return pattern


def _line(table: TemplateTable) -> LineSpec:
    size = table.number("size_pt", low=2.0)
    minimum = table.number("min_size_pt", min(size, 6.0), low=2.0)
    if minimum > size:
        table.fail("min_size_pt", f"is larger than size_pt ({minimum:g} > {size:g})")
    colour = (
        table.colour("colour", CATEGORY_COLOUR, category=True) if "colour" in table.data else None
    )
    line = LineSpec(
        text=_pattern(table, "text"), size_pt=size, min_size_pt=minimum,
        bold=table.flag("bold", False), max_lines=table.integer("max_lines", 1, 1, 6),
        upper=table.flag("upper", False), colour=colour,
    )  # fmt: skip
    table.done()
    return line


def _block(table: TemplateTable, page: tuple[float, float]) -> TextBlock:
    lines = tuple(_line(item) for item in table.tables("lines"))
    if not lines:
        table.fail("lines", "is empty: a block needs at least one [[blocks.lines]]")
    block = TextBlock(
        box=_box(table, page), lines=lines,
        align=Align(table.choice("align", Align, Align.LEFT)),
        valign=VAlign(table.choice("valign", VAlign, VAlign.TOP)),
        gap_mm=table.number("gap_mm", 1.0), colour=table.colour("colour", "#000000"),
    )  # fmt: skip
    table.done()
    return block


def _colours(table: TemplateTable | None) -> Colours:
    if table is None:
        return Colours()
    named = table.table("categories")
    categories: list[tuple[str, str]] = []
    if named is not None:
        categories = [(name, named.colour(name)) for name in named.data]
        named.done()
    cycle = table.get("cycle", [])
    if not isinstance(cycle, list) or not all(
        isinstance(c, str) and HEX_COLOUR.fullmatch(c) for c in cycle
    ):
        table.fail("cycle", f"must be a list of colours like ['#1F6F8B', '#99582A'], not {cycle!r}")
    colours = Colours(table.colour("default", Colours.default), tuple(categories), tuple(cycle))
    table.done()
    return colours


def _qr(table: TemplateTable | None, page: tuple[float, float]) -> QrSpec | None:
    if table is None:
        return None
    level = table.text("error_correction", "M")
    if level not in ("L", "M", "Q", "H"):
        table.fail("error_correction", f"must be L, M, Q or H, not {level!r}")
    qr = QrSpec(_box(table, page, square=True), table.integer("quiet_zone", 2, 0, 10), level)
    table.done()
    return qr


def _band(table: TemplateTable | None, page: tuple[float, float]) -> Band | None:
    if table is None:
        return None
    box = _box(table, page)
    line = _line(table) if "text" in table.data else None
    if line is None:
        table.done()
    return Band(box, line)


def _logo(table: TemplateTable | None, page: tuple[float, float]) -> Logo | None:
    if table is None:
        return None
    file = Path(table.text("file"))
    if not file.is_file():
        table.fail("file", f"no image file at {file}")
    logo = Logo(_box(table, page), file)
    table.done()
    return logo


def _sheet(table: TemplateTable | None, badge: tuple[float, float]) -> Sheet | None:
    if table is None:
        return None
    paper = table.get("paper")
    if paper is not None:
        if not isinstance(paper, str) or paper.upper() not in PAPER_MM:
            table.fail("paper", f"must be one of {', '.join(PAPER_MM)}, not {paper!r}")
        width, height = PAPER_MM[paper.upper()]
    else:
        width, height = table.number("width_mm", low=10.0), table.number("height_mm", low=10.0)
    sheet = Sheet(
        width, height, table.integer("columns", 1, 1, 20), table.integer("rows", 1, 1, 40),
        table.number("margin_left_mm", 0.0), table.number("margin_top_mm", 0.0),
        table.number("gap_x_mm", 0.0), table.number("gap_y_mm", 0.0),
    )  # fmt: skip
    table.done()
    used_width = (
        sheet.margin_left_mm + sheet.columns * badge[0] + (sheet.columns - 1) * sheet.gap_x_mm
    )
    used_height = sheet.margin_top_mm + sheet.rows * badge[1] + (sheet.rows - 1) * sheet.gap_y_mm
    if used_width > width + 0.01 or used_height > height + 0.01:
        table.fail_here(
            f"{sheet.columns}x{sheet.rows} badges of {badge[0]:g}x{badge[1]:g} mm with these "
            f"margins need {used_width:g}x{used_height:g} mm; the page is {width:g}x{height:g} mm"
        )
    return sheet


def parse_template(data: Mapping[str, Any], source: str, name: str) -> BadgeTemplate:
    """Build a template from its parsed file; UserError names the file and key on bad input."""
    top = TemplateTable(source, "", data)
    top.get("base")  # already merged in by _read_merged
    page = (top.number("width_mm", low=10.0), top.number("height_mm", low=10.0))
    blocks = tuple(_block(item, page) for item in top.tables("blocks"))
    template = BadgeTemplate(
        name=top.text("name", name), source=source, width_mm=page[0], height_mm=page[1],
        blocks=blocks, colours=_colours(top.table("colours")), qr=_qr(top.table("qr"), page),
        band=_band(top.table("band"), page), logo=_logo(top.table("logo"), page),
        sheet=_sheet(top.table("sheet"), page), font=top.text("font", "DejaVu Sans"),
        background=top.colour("background", "#FFFFFF"), description=top.text("description", ""),
    )  # fmt: skip
    top.done()
    if not (blocks or template.qr):
        top.fail_here("has neither text blocks nor a QR code: the badge would be blank")
    return template


_CACHE: dict[tuple[Path, int], BadgeTemplate] = {}


def load_template(name_or_path: str) -> BadgeTemplate:
    """Load a template by name or path; UserError names the file and key on bad input."""
    path = template_path(name_or_path).resolve()
    stamp = (path, path.stat().st_mtime_ns)
    if stamp not in _CACHE:
        _CACHE[stamp] = parse_template(read_merged(path), str(path), path.stem)
    return _CACHE[stamp]
