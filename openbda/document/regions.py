"""Parts of a page that are not running text — tables and figures — as detectors hand them to
the assembler, and the page graphics the detectors work from.

Coordinates are points on the displayed page (after /Rotate), origin top-left, like `WordBox`.
The assembler takes the words inside a region out of the text flow: a table's words become its
cells, a figure's words its text; the region then takes its place in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openbda.document.model import CellSpan, ElementType, SubType


@dataclass(frozen=True)
class Rect:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def contains_point(self, x: float, y: float, slack: float = 0.0) -> bool:
        return (
            self.x0 - slack <= x <= self.x1 + slack and self.top - slack <= y <= self.bottom + slack
        )


@dataclass(frozen=True)
class Region:
    kind: ElementType  # TABLE or FIGURE
    rect: Rect
    sub_type: SubType | None = None  # figures: IMAGE, CHART, LOGO
    # Tables: the cell grid in row order (header rows first), merged cells, caption and notes.
    rows: tuple[tuple[str, ...], ...] = ()
    header_rows: int = 0
    spans: tuple[CellSpan, ...] = ()
    title: str = ""
    footers: tuple[str, ...] = ()
    # Figures: a caption or generated description, when one is known.
    summary: str | None = None


def resolve_regions(tables: list[Region], figures: list[Region]) -> list[Region]:
    """A region lying mostly inside a larger one of the other kind is part of it: a logo in a
    table cell, a chart's labels read as a table."""

    def inside(a: Rect, b: Rect) -> bool:
        w = min(a.x1, b.x1) - max(a.x0, b.x0)
        h = min(a.bottom, b.bottom) - max(a.top, b.top)
        area = a.width * a.height
        return w > 0 and h > 0 and w * h >= 0.5 * area and area < b.width * b.height

    kept_tables = [t for t in tables if not any(inside(t.rect, f.rect) for f in figures)]
    kept_figures = [f for f in figures if not any(inside(f.rect, t.rect) for t in tables)]
    return [*kept_tables, *kept_figures]


@dataclass(frozen=True)
class Segment:
    """A straight line drawn on the page: a ruling, the edge of a thin filled rectangle, or a
    slanted stroke of a chart."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return abs(self.y1 - self.y0) <= abs(self.x1 - self.x0)


@dataclass
class PageGraphics:
    """What is drawn on a page besides text: rulings, filled rectangles, and placed images."""

    segments: list[Segment] = field(default_factory=list)
    filled: list[Rect] = field(default_factory=list)
    images: list[Rect] = field(default_factory=list)
