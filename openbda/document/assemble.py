"""Turn positioned words into the typed `Document`: layout analysis, then normalised boxes.

Builders (PDF text layer now, OCR later) hand over `PositionedPage`s; this module owns the order
of the layout steps so every builder gets the same lines, blocks, sub-types and reading order.

Tables and figures found by the detectors arrive as regions: the words inside a region leave
the running text (a table's become its cells, a figure's its text), and the region takes a
place in reading order by its rectangle, like a block, so multi-column pages read right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from openbda.document import layout
from openbda.document.layout import Block, LineBox, WordBox
from openbda.document.model import (
    BoundingBox,
    Document,
    Element,
    ElementType,
    Line,
    Page,
    SubType,
    Word,
)
from openbda.document.regions import Region
from openbda.document.tables.text import ROW_OVERLAP, chunk_words


@dataclass
class PositionedPage:
    """Words of one page in content order, in points on the displayed page (origin top-left)."""

    index: int
    width: float
    height: float
    words: list[WordBox] = field(default_factory=list)
    # Tables and figures found by the detectors; their words leave the text flow.
    regions: list[Region] = field(default_factory=list)


def assemble_document(pages: Sequence[PositionedPage], file_type: str) -> Document:
    flows = [_split_words(p) for p in pages]
    lines_per_page = [layout.group_lines(words) for words, _ in flows]
    spacing = layout.line_spacing(line for lines in lines_per_page for line in lines)
    blocks_per_page = [layout.group_blocks(lines, spacing) for lines in lines_per_page]
    # Body style comes from running text only: a page of small-print tables must not make
    # their size the document's body size.
    body = layout.body_style(w for words, _ in flows for w in words)
    built = []
    for page, (_, placed), blocks in zip(pages, flows, blocks_per_page, strict=True):
        # The document title lives on its first page; later pages only get section headers.
        layout.classify_blocks(
            blocks,
            page_height=page.height,
            body=body,
            find_title=page.index == 0,
        )
        items: list[Block | _Placed] = [*blocks, *placed]
        ordered = layout.reading_order(items, body, page.height)
        built.append(_page(page, ordered))
    return Document(pages=tuple(built), file_type=file_type)


class _Placed:
    """A table or figure with its words, placed in reading order like a text block."""

    __slots__ = ("region", "sub_type", "words", "x0", "x1", "y0", "y1")

    def __init__(self, region: Region, words: list[WordBox]) -> None:
        self.region = region
        self.words = words
        self.x0, self.y0 = region.rect.x0, region.rect.top
        self.x1, self.y1 = region.rect.x1, region.rect.bottom
        # Never a margin sub-type: reading order keeps regions in the page body.
        self.sub_type: SubType | None = None


def _split_words(page: PositionedPage) -> tuple[list[WordBox], list[_Placed]]:
    """The page's running-text words, and each region with the words whose centre lies inside
    it (a word inside two regions goes to the first)."""
    if not page.regions:
        return page.words, []
    placed = [_Placed(region, []) for region in page.regions]
    flow: list[WordBox] = []
    for word in page.words:
        cx, cy = (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2
        for item in placed:
            if item.region.rect.contains_point(cx, cy):
                item.words.append(word)
                break
        else:
            flow.append(word)
    return flow, placed


def _page(page: PositionedPage, items: Sequence[Block | _Placed]) -> Page:
    scale = _Normaliser(page.width, page.height)
    elements = tuple(
        _region_element(item, page.index, scale)
        if isinstance(item, _Placed)
        else _element(item, page.index, scale)
        for item in items
    )
    lines = tuple(line for element in elements for line in element.lines)
    words = tuple(word for line in lines for word in line.words)
    return Page(
        index=page.index,
        width_pt=page.width,
        height_pt=page.height,
        elements=elements,
        lines=lines,
        words=words,
    )


def _element(block: Block, page_index: int, scale: _Normaliser) -> Element:
    lines = tuple(_line(line, scale) for line in block.lines)
    return Element(
        type=ElementType.TEXT,
        sub_type=block.sub_type,
        page_index=page_index,
        box=scale.box(block.x0, block.y0, block.x1, block.y1),
        text="\n".join(line.text for line in lines),
        lines=lines,
    )


def _region_element(item: _Placed, page_index: int, scale: _Normaliser) -> Element:
    """A TABLE or FIGURE element. Its lines are its words in reading order (rows top to
    bottom, a line per cell fragment), so they still count in the page's lines and words."""
    region = item.region
    lines = tuple(_line(line, scale) for line in _region_lines(item.words))
    box = scale.box(region.rect.x0, region.rect.top, region.rect.x1, region.rect.bottom)
    if region.kind is ElementType.TABLE:
        header = region.header_rows > 0 and len(region.rows) > 0
        return Element(
            type=ElementType.TABLE,
            page_index=page_index,
            box=box,
            text="\n".join("\t".join(row) for row in region.rows),
            lines=lines,
            rows=region.rows[1:] if header else region.rows,
            headers=region.rows[0] if header else (),
            spans=region.spans,
            title=region.title,
            footers=region.footers,
        )
    return Element(
        type=ElementType.FIGURE,
        sub_type=region.sub_type or SubType.IMAGE,
        page_index=page_index,
        box=box,
        text="\n".join(line.text for line in lines),
        lines=lines,
        title=region.title,
        summary=region.summary,
    )


def _region_lines(words: Sequence[WordBox]) -> list[LineBox]:
    """Words of a table or figure as lines read left to right, each cut at wide gaps (cell
    boundaries), in rows top to bottom.

    Lines are joined in content order first, as on the running page: grouping the region's
    words by height alone would interleave a cell's tightly set lines with a taller
    neighbour's ("Pioneer 4933 Pine Trust Blvd Bank")."""
    pieces = []
    for line in layout.group_lines(words):
        for chunk in chunk_words(line.words):
            piece = LineBox(chunk.words[0])
            for word in chunk.words[1:]:
                piece.add(word)
            pieces.append(piece)
    return _in_rows(pieces)


def _in_rows(lines: list[LineBox]) -> list[LineBox]:
    """Lines top to bottom, those of one row left to right. A line joins a row when it
    overlaps the row's first line by ROW_OVERLAP of the smaller height (not the band the row
    has grown to, which would chain rows of a neighbouring cell together)."""
    rows: list[list[LineBox]] = []
    for line in sorted(lines, key=lambda x: x.y0 + x.y1):
        if rows:
            first = rows[-1][0]
            overlap = min(first.y1, line.y1) - max(first.y0, line.y0)
            if overlap >= ROW_OVERLAP * min(first.height, line.height):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda x: x.x0)]


def _line(line: LineBox, scale: _Normaliser) -> Line:
    words = tuple(Word(w.text, scale.box(w.x0, w.y0, w.x1, w.y1)) for w in line.words)
    return Line(
        text=" ".join(w.text for w in words),
        box=scale.box(line.x0, line.y0, line.x1, line.y1),
        words=words,
    )


class _Normaliser:
    """Points on the displayed page to 0..1 fractions, clamped so boxes stay on the page."""

    __slots__ = ("height", "width")

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def box(self, x0: float, y0: float, x1: float, y1: float) -> BoundingBox:
        # Called for every word, so the clamping is spelled out rather than using min/max.
        left = x0 / self.width
        left = 0.0 if left < 0.0 else (1.0 if left > 1.0 else left)
        top = y0 / self.height
        top = 0.0 if top < 0.0 else (1.0 if top > 1.0 else top)
        right = x1 / self.width
        right = left if right < left else (1.0 if right > 1.0 else right)
        bottom = y1 / self.height
        bottom = top if bottom < top else (1.0 if bottom > 1.0 else bottom)
        return BoundingBox(left, top, right - left, bottom - top)
