"""A small hand-made document that exercises every renderer path.

Page 0: title, section header, two-line paragraph, table with a header row, image figure, page
number. Page 1: empty (its representation is "" and still counts in the document join).
Page 2: running header, paragraph with html-special characters, table without header row, chart,
footer.
"""

from __future__ import annotations

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


def _box(left: float, top: float, width: float, height: float) -> BoundingBox:
    return BoundingBox(left, top, width, height)


def _line(text: str, left: float, top: float, width: float) -> Line:
    words = []
    x = left
    for token in text.split(" "):
        w = width * len(token) / len(text)
        words.append(Word(token, _box(x, top, w, 0.01)))
        x += w + width / len(text)
    return Line(text, _box(left, top, width, 0.01), tuple(words))


def _text(page: int, sub_type: SubType, lines: list[Line]) -> Element:
    return Element(
        type=ElementType.TEXT,
        sub_type=sub_type,
        page_index=page,
        box=BoundingBox.union(line.box for line in lines),
        text="\n".join(line.text for line in lines),
        lines=tuple(lines),
    )


def _page(index: int, elements: list[Element]) -> Page:
    lines = tuple(line for e in elements for line in e.lines)
    return Page(
        index=index,
        width_pt=612.0,
        height_pt=792.0,
        elements=tuple(elements),
        lines=lines,
        words=tuple(w for line in lines for w in line.words),
    )


def sample_document() -> Document:
    page0 = [
        _text(0, SubType.TITLE, [_line("Quarterly Report", 0.1, 0.05, 0.4)]),
        _text(0, SubType.SECTION_HEADER, [_line("1 Summary", 0.1, 0.1, 0.2)]),
        _text(
            0,
            SubType.PARAGRAPH,
            [_line("Revenue grew in all", 0.1, 0.15, 0.5), _line("regions.", 0.1, 0.165, 0.2)],
        ),
        Element(
            type=ElementType.TABLE,
            page_index=0,
            box=_box(0.1, 0.3, 0.8, 0.2),
            headers=("Region", "Revenue"),
            rows=(("North", "1,200"), ("South", "950")),
            title="Table 1",
            footers=("Figures in USD",),
        ),
        Element(
            type=ElementType.FIGURE,
            sub_type=SubType.IMAGE,
            page_index=0,
            box=_box(0.1, 0.55, 0.3, 0.2),
            text="ACME",
        ),
        _text(0, SubType.PAGE_NUMBER, [_line("1", 0.5, 0.95, 0.01)]),
    ]
    page2 = [
        _text(2, SubType.HEADER, [_line("ACME Corp", 0.1, 0.02, 0.2)]),
        _text(2, SubType.PARAGRAPH, [_line("Costs < 5% & falling", 0.1, 0.1, 0.5)]),
        Element(
            type=ElementType.TABLE,
            page_index=2,
            box=_box(0.1, 0.2, 0.8, 0.1),
            rows=(("Q1", "Q2", ""), ('Say "hi"', "a,b", "x")),
        ),
        Element(
            type=ElementType.FIGURE,
            sub_type=SubType.CHART,
            page_index=2,
            box=_box(0.1, 0.4, 0.5, 0.3),
            summary="Title: Costs\nCosts fell.",
        ),
        _text(2, SubType.FOOTER, [_line("Confidential", 0.1, 0.96, 0.2)]),
    ]
    return Document(
        pages=(_page(0, page0), _page(1, []), _page(2, page2)),
        file_type="PDF",
        summary="A quarterly report.",
        description="This is a quarterly report",
    )
