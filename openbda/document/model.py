"""The typed document representation every document builder produces and every renderer reads.

Vocabulary follows BDA's standard output: a `Document` has pages; a page has elements in reading
order (TEXT with a sub-type, TABLE, FIGURE); elements have lines; lines have words. Every item
carries a box normalised to the page (0..1, origin top-left, in the page's displayed
orientation), like docling-core's provenance, so renderers never need page sizes to place it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum


class ElementType(StrEnum):
    TEXT = "TEXT"
    TABLE = "TABLE"
    FIGURE = "FIGURE"


class SubType(StrEnum):
    # TEXT sub-types. Real output says SECTION_HEADER where the docs say SECTION_TITLE.
    TITLE = "TITLE"
    SECTION_HEADER = "SECTION_HEADER"
    HEADER = "HEADER"
    FOOTER = "FOOTER"
    PAGE_NUMBER = "PAGE_NUMBER"
    PARAGRAPH = "PARAGRAPH"
    LIST = "LIST"
    # FIGURE sub-types.
    IMAGE = "IMAGE"
    CHART = "CHART"
    LOGO = "LOGO"


@dataclass(frozen=True, slots=True)
class BoundingBox:
    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @classmethod
    def from_edges(cls, left: float, top: float, right: float, bottom: float) -> BoundingBox:
        return cls(left, top, right - left, bottom - top)

    @classmethod
    def union(cls, boxes: Iterable[BoundingBox]) -> BoundingBox:
        items = list(boxes)
        if not items:
            raise ValueError("union of no boxes")
        return cls.from_edges(
            min(b.left for b in items),
            min(b.top for b in items),
            max(b.right for b in items),
            max(b.bottom for b in items),
        )


FULL_PAGE = BoundingBox(0.0, 0.0, 1.0, 1.0)

# Page corners TL, TR, BR, BL: a born-digital page is its own rectangle; scans get detected ones.
BORN_DIGITAL_CORNERS: tuple[tuple[float, float], ...] = (
    (0.0, 0.0),
    (1.0, 0.0),
    (1.0, 1.0),
    (0.0, 1.0),
)


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    box: BoundingBox
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    box: BoundingBox
    words: tuple[Word, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class CellSpan:
    """A merged table cell: its text sits at (row, col) of the grid; the other covered positions
    hold whatever the builder chose (usually the same text or "")."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True, slots=True)
class Element:
    type: ElementType
    page_index: int
    box: BoundingBox
    sub_type: SubType | None = None
    text: str = ""
    lines: tuple[Line, ...] = ()
    # TABLE: body rows (header row excluded); `headers` is empty when no header row was found.
    rows: tuple[tuple[str, ...], ...] = ()
    headers: tuple[str, ...] = ()
    spans: tuple[CellSpan, ...] = ()
    # TABLE caption / FIGURE title; table footnotes.
    title: str = ""
    footers: tuple[str, ...] = ()
    # FIGURE: generated caption ("Title: ...\n<description>"), None until a generator fills it.
    summary: str | None = None

    @property
    def column_count(self) -> int:
        widths = [len(r) for r in self.rows]
        return max([len(self.headers), *widths]) if (widths or self.headers) else 0


@dataclass(frozen=True, slots=True)
class Page:
    index: int
    width_pt: float
    height_pt: float
    elements: tuple[Element, ...] = ()
    # All lines of the page in reading order (the elements' lines, in element order), and their
    # words in the same order; renderers take `text_words` from `lines` to know each word's line.
    lines: tuple[Line, ...] = ()
    words: tuple[Word, ...] = ()
    corners: tuple[tuple[float, float], ...] = BORN_DIGITAL_CORNERS


@dataclass(frozen=True, slots=True)
class Document:
    pages: tuple[Page, ...]
    file_type: str
    # Generative fields, None until a generator fills them.
    summary: str | None = None
    description: str | None = None

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def elements(self) -> Iterator[Element]:
        for page in self.pages:
            yield from page.elements

    def pages_in(self, start: int, end: int) -> tuple[Page, ...]:
        """The pages whose index lies in [start, end] (a segment's inclusive range)."""
        return tuple(p for p in self.pages if start <= p.index <= end)

    @property
    def text(self) -> str:
        """Element texts in reading order, pages separated by blank lines; for quick checks."""
        return "\n\n".join("\n\n".join(e.text for e in p.elements if e.text) for p in self.pages)
