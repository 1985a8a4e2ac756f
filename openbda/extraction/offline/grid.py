"""Tables the document builder did not mark: a row of column headings over aligned rows, and
lists of labelled amounts.

The builder finds ruled and clearly aligned tables; line items set as loose text (an invoice
whose columns are only spaced) reach extraction as paragraphs. Here a *heading row* (two or more
phrases, all short words without digits) followed by rows whose phrases fall under those
headings becomes a TABLE element like the builder's, so `tables` reads it the same way. A row
with only a phrase under the first heading continues the previous row's first cell (a wrapped
description). The table ends at a wide vertical gap, a "label: value" line, a row whose
phrases do not line up, or the headings of the next table further down. Where the builder did
find a table, both readings are offered and `tables` reads the one whose headers match better.

A statement's summary may be neither: three or more rows of a label and an amount, labels
aligned on the left and amounts on the right, outside every table ("Beginning balance on 10/1
..... $341.98"). Such a list becomes a TABLE element without headings, which `label_lists`
offers to table fields as a list of labelled values.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from openbda.document.model import Element, ElementType, Line
from openbda.extraction.offline.layout import PageLayout, Phrase, union
from openbda.extraction.offline.shapes import AMOUNT

# Rows further apart than this many line heights end the table.
ROW_GAP = 2.5
# A row of headings further below the previous row than this many times the table's row pitch
# starts another table.
SECTION = 1.5
# Signs set between a summary's amounts to show how they add up.
_OPERATORS = frozenset({"+", "-", "\u2212", "=", "\u00d7"})
# A first cell's wrapped line follows its row within this many line heights (further down, a
# lone line is the next section's heading).
WRAP_GAP = 1.0
# A phrase belongs to the heading it overlaps most; with no overlap, to the nearest heading
# within this many line heights.
REACH = 2.0


def layout_tables(layout: PageLayout) -> Iterator[Element]:
    yield from _headed_tables(layout)
    yield from _amount_lists(layout)


def _headed_tables(layout: PageLayout) -> Iterator[Element]:
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
            if phrase.text in _OPERATORS:
                continue  # "$4,144.79  +  $4,843.27  =": the sum's signs between the cells
            column = _column(layout, header, phrase)
            if column is None:
                return rows, last[0].row
            cells[column].append(phrase)
        filled = [i for i, cell in enumerate(cells) if cell]
        if len(filled) >= 2:
            rows.append(cells)
        elif filled == [0] and rows and len(row) == 1 and gap <= WRAP_GAP * height:
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
    # Left-aligned headings over amounts set right in their columns ("Total debits" over
    # "$4,480.06" further right): a column reaches to the next heading's start.
    for i, (heading, after) in enumerate(pairwise(header)):
        if heading.box.right <= phrase.box.left and phrase.box.right <= after.box.left:
            return i
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


# -- lists of labelled amounts ------------------------------------------------------------------
# At least this many rows of a label and an amount, labels aligned on the left and amounts on
# the right (within ALIGN line heights), at most ROW_GAP heights apart.
LIST_ROWS = 3
ALIGN = 1.0


def _amount_lists(layout: PageLayout) -> Iterator[Element]:
    """Lists of labelled amounts outside the builder's tables, as TABLE elements without
    headings (one row per label and amount) for `label_lists` to read; lists side by side
    (an account's value beside its cash summary) each make their own."""
    tabled = {
        id(w)
        for e in layout.page.elements
        if e.type is ElementType.TABLE
        for line in e.lines
        for w in line.words
    }
    runs: list[list[tuple[Phrase, Phrase]]] = []
    for row in layout.rows:
        pairs = _labelled_amounts(row, tabled)
        still: list[list[tuple[Phrase, Phrase]]] = []
        for run in runs:
            pair = next((p for p in pairs if _continues(layout, run[-1], p)), None)
            if pair is not None:
                run.append(pair)
                pairs.remove(pair)
                still.append(run)
            elif not _crosses(row, run[-1]):
                still.append(run)  # a line of a neighbouring column, beside the list
            elif len(run) >= LIST_ROWS:
                yield _list_element(layout, run)
        runs = still + [[pair] for pair in pairs]
    for run in runs:
        if len(run) >= LIST_ROWS:
            yield _list_element(layout, run)


def _labelled_amounts(row: Sequence[Phrase], tabled: set[int]) -> list[tuple[Phrase, Phrase]]:
    """The row's "label  amount" pairs: words without digits-only values, then a phrase that
    is one amount; none where a table holds them."""
    found: list[tuple[Phrase, Phrase]] = []
    for label, value in pairwise(row):
        if any(id(w) in tabled for w in (*label.words, *value.words)):
            continue
        if found and found[-1][1] is label:
            continue  # the amount of the pair before is no label
        words = [w.text for w in value.words]
        amount = len(words) <= 2 and AMOUNT.match(words[-1]) is not None
        if (
            amount
            and label.text[:1].isalpha()
            and not any(AMOUNT.match(w.text) for w in label.words)
        ):
            found.append((label, value))
    return found


def _continues(
    layout: PageLayout, last: tuple[Phrase, Phrase], pair: tuple[Phrase, Phrase]
) -> bool:
    (label0, amount0), (label1, amount1) = last, pair
    unit = max(label0.height_pt, label1.height_pt)
    gap = (label1.box.top - label0.box.bottom) * layout.page.height_pt
    lefts = abs(label1.box.left - label0.box.left) * layout.page.width_pt
    rights = abs(amount1.box.right - amount0.box.right) * layout.page.width_pt
    return gap <= ROW_GAP * unit and lefts <= ALIGN * unit and rights <= ALIGN * unit


def _crosses(row: Sequence[Phrase], last: tuple[Phrase, Phrase]) -> bool:
    """Whether a phrase of the row reaches into the list's width."""
    left, right = last[0].box.left, last[1].box.right
    return any(p.box.left < right and p.box.right > left for p in row)


def _list_element(layout: PageLayout, run: Sequence[tuple[Phrase, Phrase]]) -> Element:
    lines = tuple(
        Line(
            f"{label.text} {amount.text}",
            union((label.box, amount.box)),
            (*label.words, *amount.words),
        )
        for label, amount in run
    )
    return Element(
        type=ElementType.TABLE,
        page_index=layout.page.index,
        box=union(line.box for line in lines),
        text="",
        lines=lines,
        rows=tuple((label.text, amount.text) for label, amount in run),
    )
