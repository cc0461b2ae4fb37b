"""Fitting text into a badge's boxes: long names shrink, then wrap, and are never clipped.

Pure functions: the width of a text comes from a `Measure` (Qt's font metrics in the renderer,
a fixed-width stand-in in unit tests). Every size is in millimetres, font sizes in points.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from checkin.badges.template import Align, LineSpec, TextBlock, VAlign
from checkin.badges.template_file import CATEGORY_COLOUR

SIZE_STEP = 0.97  # each shrinking step: 3 % smaller
SMALLEST_PT = 0.5  # below this no text is readable anyway; only reached by absurd input
_BREAK = re.compile(r"(?<=\s)|(?<=\w-)(?=\w)")  # after a space, or a hyphen inside a word


class Measure(Protocol):
    """How wide a text is and how tall a line of it is, at a size."""

    def width(self, text: str, size_pt: float, bold: bool) -> float:
        """Return the advance width of ``text`` in mm."""
        ...

    def line_height(self, size_pt: float, bold: bool) -> float:
        """Return the height of one line in mm (ascent + descent)."""
        ...


@dataclass(frozen=True)
class Fitted:
    """One field after fitting: its lines and the font size they share."""

    lines: tuple[str, ...]
    size_pt: float
    spec: LineSpec


@dataclass(frozen=True)
class PlacedLine:
    """One line of text with its box on the badge (mm) and how to draw it."""

    text: str
    x: float
    y: float
    width: float
    height: float
    size_pt: float
    bold: bool
    colour: str
    align: Align


def fill(pattern: str, values: Mapping[str, str]) -> str:
    """Put a badge's values into a pattern; spaces are tidied, so a missing part leaves none."""
    return " ".join(pattern.format_map(values).split())


def split_points(text: str) -> list[str]:
    """Cut a text into the pieces a line may break between (words, and after hyphens)."""
    return [piece for piece in _BREAK.split(text) if piece]


def _join(pieces: Sequence[str]) -> str:
    return "".join(pieces).strip()


@lru_cache(maxsize=4096)
def _partitions(count: int, parts: int) -> tuple[tuple[int, ...], ...]:
    """Every way to cut ``count`` pieces into ``parts`` non-empty runs (as cut positions)."""
    if parts == 1:
        return ((),)
    found: list[tuple[int, ...]] = []
    for first in range(1, count - parts + 2):
        found.extend(
            (first, *(first + cut for cut in rest))
            for rest in _partitions(count - first, parts - 1)
        )
    return tuple(found)


def balanced_lines(text: str, parts: int, widest: Callable[[Sequence[str]], float]) -> list[str]:
    """Break a text into ``parts`` lines so that the widest line is as narrow as it can be."""
    pieces = split_points(text)
    parts = max(1, min(parts, len(pieces)))
    if len(pieces) > 12:  # names are short; a paragraph falls back to greedy-sized runs
        size = -(-len(pieces) // parts)
        return [_join(pieces[i : i + size]) for i in range(0, len(pieces), size)]
    best: list[str] = [text]
    best_width = float("inf")
    for cuts in _partitions(len(pieces), parts):
        bounds = (0, *cuts, len(pieces))
        lines = [_join(pieces[a:b]) for a, b in pairwise(bounds)]
        width = widest(lines)
        if width < best_width:
            best, best_width = lines, width
    return best


def _size_to_fit(
    lines: Sequence[str], spec: LineSpec, top: float, room: float, m: Measure
) -> float:
    """Return the largest size <= top at which every line is at most ``room`` mm wide."""
    widest = max(m.width(line, top, spec.bold) for line in lines)
    if widest <= room:
        return top
    size = top * room / widest
    while size > SMALLEST_PT and max(m.width(line, size, spec.bold) for line in lines) > room:
        size *= SIZE_STEP  # font widths are not quite linear in size: step down until it fits
    return size


def fit_line(
    text: str, spec: LineSpec, room: float, measure: Measure, scale: float = 1.0
) -> Fitted:
    """Fit one field into ``room`` mm: shrink to its minimum, then wrap, then shrink further.

    Args:
        text: the field's text, already filled in.
        spec: the line's sizes and wrapping limit.
        room: the width available, in mm.
        measure: text widths.
        scale: below 1 when the block was too tall at full size.

    Returns:
        The lines and their size; no line is wider than ``room``.
    """
    top, bottom = spec.size_pt * scale, spec.min_size_pt * scale
    size = _size_to_fit([text], spec, top, room, measure)
    if size >= bottom or spec.max_lines == 1 or len(split_points(text)) == 1:
        return Fitted((text,), size, spec)
    best: tuple[list[str], float] = ([text], size)
    for parts in range(2, spec.max_lines + 1):
        lines = balanced_lines(
            text, parts, lambda ls: max(measure.width(x, top, spec.bold) for x in ls)
        )
        size = _size_to_fit(lines, spec, top, room, measure)
        if size > best[1]:
            best = (lines, size)
        if size >= bottom:
            break
    return Fitted(tuple(best[0]), best[1], spec)


def _height(fitted: Sequence[Fitted], gap: float, measure: Measure) -> float:
    lines = sum(len(f.lines) * measure.line_height(f.size_pt, f.spec.bold) for f in fitted)
    return lines + gap * max(0, len(fitted) - 1)


def fit_block(block: TextBlock, texts: Sequence[str], measure: Measure) -> list[Fitted]:
    """Fit a block's non-empty fields into its box, shrinking them all when it is too tall."""
    present = [(text, spec) for text, spec in zip(texts, block.lines, strict=True) if text]
    scale = 1.0
    for _ in range(6):
        fitted = [fit_line(text, spec, block.box.width, measure, scale) for text, spec in present]
        height = _height(fitted, block.gap_mm, measure)
        if height <= block.box.height:
            return fitted
        scale *= max(0.5, min(SIZE_STEP, block.box.height / height))
    while height > block.box.height and fitted:  # last resort: same lines, uniformly smaller
        fitted = [Fitted(f.lines, f.size_pt * SIZE_STEP, f.spec) for f in fitted]
        height = _height(fitted, block.gap_mm, measure)
    return fitted


def place_block(
    block: TextBlock, values: Mapping[str, str], measure: Measure, category_colour: str
) -> list[PlacedLine]:
    """Lay out one block for one badge: fitted lines with their boxes, empty fields left out."""
    texts = [fill(spec.text, values) for spec in block.lines]
    texts = [
        text.upper() if spec.upper else text for text, spec in zip(texts, block.lines, strict=True)
    ]
    fitted = fit_block(block, texts, measure)
    free = block.box.height - _height(fitted, block.gap_mm, measure)
    y = block.box.y + {VAlign.TOP: 0.0, VAlign.CENTER: free / 2, VAlign.BOTTOM: free}[block.valign]
    placed: list[PlacedLine] = []
    for field in fitted:
        colour = field.spec.colour or block.colour
        colour = category_colour if colour == CATEGORY_COLOUR else colour
        height = measure.line_height(field.size_pt, field.spec.bold)
        for line in field.lines:
            box = (block.box.x, y, block.box.width, height)
            placed.append(
                PlacedLine(line, *box, field.size_pt, field.spec.bold, colour, block.align)
            )
            y += height
        y += block.gap_mm
    return placed
