"""Turn positioned words into the typed `Document`: layout analysis, then normalised boxes.

Builders (PDF text layer now, OCR later) hand over `PositionedPage`s; this module owns the order
of the layout steps so every builder gets the same lines, blocks, sub-types and reading order.
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
    Word,
)
from openbda.document.regions import Region


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
    lines_per_page = [layout.group_lines(p.words) for p in pages]
    spacing = layout.line_spacing(line for lines in lines_per_page for line in lines)
    blocks_per_page = [layout.group_blocks(lines, spacing) for lines in lines_per_page]
    body = layout.body_style(w for p in pages for w in p.words)
    built = []
    for page, blocks in zip(pages, blocks_per_page, strict=True):
        # The document title lives on its first page; later pages only get section headers.
        layout.classify_blocks(
            blocks,
            page_height=page.height,
            body=body,
            find_title=page.index == 0,
        )
        ordered = layout.reading_order(blocks, body, page.height)
        built.append(_page(page, ordered))
    return Document(pages=tuple(built), file_type=file_type)


def _page(page: PositionedPage, blocks: Sequence[Block]) -> Page:
    scale = _Normaliser(page.width, page.height)
    elements = tuple(_element(block, page.index, scale) for block in blocks)
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
