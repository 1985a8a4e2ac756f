"""Tables the document builder did not mark: a row of column headings over aligned rows.

The builder finds ruled and clearly aligned tables; line items set as loose text (an invoice
whose columns are only spaced) reach extraction as paragraphs. Here a *heading row* (two or more
phrases, all short words without digits) followed by rows whose phrases fall under those
headings becomes a TABLE element like the builder's, so `tables` reads it the same way. A row
with only a phrase under the first heading continues the previous row's first cell (a wrapped
description). The table ends at a wide vertical gap, a "label: value" line, a row whose
phrases do not line up, or the headings of the next table further down. Where the builder did
find a table, both readings are offered and `tables` reads the one whose headers match better.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from openbda.document.model import Element, ElementType, Line
from openbda.extraction.offline.layout import PageLayout, Phrase, union

# Rows further apart than this many line heights end the table.
ROW_GAP = 2.5
# A row of headings further below the previous row than this many times the table's row pitch
# starts another table.
SECTION = 1.5
# A phrase belongs to the heading it overlaps most; with no overlap, to the nearest heading
# within this many line heights.
REACH = 2.0


def layout_tables(layout: PageLayout) -> Iterator[Element]:
    row_index = 0
    while row_index < len(layout.rows):
        header = layout.rows[row_index]
        if not _is_heading_row(header):
            row_index += 1
            continue
        body, last_row = _body(layout, header)
        if body:
            yield _element(layout, header, body)
        row_index = last_row + 1


def _is_heading_row(row: Sequence[Phrase]) -> bool:
    return len(row) >= 2 and all(
        len(p.words) <= 5
        and any(c.isalpha() for c in p.text)
        and not any(c.isdigit() for c in p.text)
        for p in row
    )


def _body(layout: PageLayout, header: Sequence[Phrase]) -> tuple[list[list[list[Phrase]]], int]:
    """The body rows (per row, the phrases under each heading) and the index of the last row
    of the page they took (the header's when none)."""
    rows: list[list[list[Phrase]]] = []
    last = header
    pitch = 0.0  # the distance between the first two rows' tops, in points
    for row in layout.rows[header[0].row + 1 :]:
        height = max(p.height_pt for p in last)
        gap = (
            min(p.box.top for p in row) - max(p.box.bottom for p in last)
        ) * layout.page.height_pt
        if gap > ROW_GAP * height or any(":" in p.text[:-1] for p in row if len(p.words) > 1):
            break
        step = (min(p.box.top for p in row) - min(p.box.top for p in last)) * layout.page.height_pt
        if pitch and step > SECTION * pitch and _is_heading_row(row):
            break  # the headings of the next table
        pitch = pitch or step
        cells: list[list[Phrase]] = [[] for _ in header]
        for phrase in row:
            column = _column(layout, header, phrase)
            if column is None:
                return rows, last[0].row
            cells[column].append(phrase)
        filled = [i for i, cell in enumerate(cells) if cell]
        if len(filled) >= 2:
            rows.append(cells)
        elif filled == [0] and rows and len(row) == 1:
            rows[-1][0].append(row[0])  # a wrapped first cell
        else:
            break
        last = row
    return rows, last[0].row


def _column(layout: PageLayout, header: Sequence[Phrase], phrase: Phrase) -> int | None:
    overlaps = [
        min(h.box.right, phrase.box.right) - max(h.box.left, phrase.box.left) for h in header
    ]
    best = max(range(len(header)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    centre = phrase.box.left + phrase.box.width / 2
    distances = [
        min(abs(centre - h.box.left), abs(centre - h.box.right)) * layout.page.width_pt
        for h in header
    ]
    nearest = min(range(len(header)), key=lambda i: distances[i])
    return nearest if distances[nearest] <= REACH * phrase.height_pt else None


def _element(
    layout: PageLayout, header: Sequence[Phrase], body: Sequence[Sequence[Sequence[Phrase]]]
) -> Element:
    phrases = [*header, *(p for row in body for cell in row for p in cell)]
    lines = tuple(Line(p.text, p.box, p.words) for p in phrases)
    return Element(
        type=ElementType.TABLE,
        page_index=layout.page.index,
        box=union(p.box for p in phrases),
        text="",
        lines=lines,
        headers=tuple(p.text for p in header),
        rows=tuple(tuple(" ".join(p.text for p in cell) for cell in row) for row in body),
    )
