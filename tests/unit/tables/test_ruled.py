"""Tables drawn with rules: full grids, merged cells, shading, forms, rotation, captions."""

from __future__ import annotations

import pytest

from openbda.document.model import CellSpan
from openbda.document.regions import Region
from tests.unit.tables.content import SALES, SALES_LAYOUT
from tests.unit.tables.pages import page_tables
from tests.unit.tables.pdfgen import Box, Layout, Sheet, Stroke, Text, make_pdf

ROWS = tuple(tuple(r) for r in SALES)


def only_table(sheet: Sheet) -> Region:
    tables = page_tables(make_pdf([sheet]))
    assert len(tables) == 1, tables
    return tables[0]


def test_a_full_grid_with_a_bold_header_caption_and_notes() -> None:
    texts = [
        *SALES_LAYOUT.texts(SALES, bold_rows=1),
        Text(72, 182, "Table 1: Sales by region"),
        Text(72, 308, "* Estimated figures, unaudited."),
        Text(72, 320, "Source: internal ledger"),
        Text(72, 360, "The next paragraph talks about something else entirely."),
    ]
    table = only_table(Sheet(texts=texts, strokes=SALES_LAYOUT.grid()))
    assert table.rows == ROWS
    assert table.header_rows == 1
    assert table.spans == ()
    assert table.title == "Table 1: Sales by region"
    assert table.footers == ("* Estimated figures, unaudited.", "Source: internal ledger")
    r = table.rect
    assert (r.x0, r.top, r.x1, r.bottom) == pytest.approx((72, 200, 432, 300), abs=1)


def test_merged_cells_become_spans_with_the_text_repeated() -> None:
    xs = (72, 160, 240, 320, 400, 480)
    texts = [Text(76, 325, "Group"), Text(180, 305, "2024"), Text(340, 305, "2025")]
    texts += [Text(xs[c + 1] + 4, 325, s) for c, s in enumerate(["H1", "H2", "H1", "H2"])]
    for r, row in enumerate([["North", "1", "2", "3", "4"], ["South", "5", "6", "7", "8"]]):
        texts += [Text(xs[c] + 4, 345 + 20 * r, s) for c, s in enumerate(row)]
    strokes = [Stroke(72, y, 480, y) for y in (300, 340, 360, 380)] + [Stroke(160, 320, 480, 320)]
    strokes += [Stroke(x, 300, x, 380) for x in (72, 160, 320, 480)]
    strokes += [Stroke(x, 320, x, 380) for x in (240, 400)]
    table = only_table(Sheet(texts=texts, strokes=strokes))
    assert table.rows == (
        ("Group", "2024", "2024", "2025", "2025"),
        ("Group", "H1", "H2", "H1", "H2"),
        ("North", "1", "2", "3", "4"),
        ("South", "5", "6", "7", "8"),
    )
    assert set(table.spans) == {CellSpan(0, 0, 2, 1), CellSpan(0, 1, 1, 2), CellSpan(0, 3, 1, 2)}
    # The spanning headings make both top rows the header.
    assert table.header_rows == 2


def test_a_shaded_header_row_is_the_header() -> None:
    cells = [["Item", "Qty", "Price"], ["Paper", "40", "4.50"], ["Toner", "12", "61.00"]]
    layout = Layout(xs=(72, 200, 300, 400), ys=(200, 220, 240, 260))
    sheet = Sheet(
        texts=layout.texts(cells),
        strokes=layout.grid(),
        boxes=[Box(72, 200, 400, 220, fill=0.85)],
    )
    table = only_table(sheet)
    assert table.header_rows == 1
    assert table.rows[0] == ("Item", "Qty", "Price")


def test_a_grid_drawn_as_thin_filled_bars() -> None:
    layout = SALES_LAYOUT
    bars = [Box(72, y - 0.4, 432, y + 0.4, fill=0) for y in layout.ys]
    bars += [Box(x - 0.4, 200, x + 0.4, 300, fill=0) for x in layout.xs]
    assert only_table(Sheet(texts=layout.texts(SALES), boxes=bars)).rows == ROWS


def test_cells_drawn_as_shaded_boxes_without_lines() -> None:
    layout = SALES_LAYOUT
    boxes = [
        Box(layout.xs[c] + 1, layout.ys[r] + 1, layout.xs[c + 1] - 1, layout.ys[r + 1] - 1, 0.9)
        for r in range(5)
        for c in range(4)
    ]
    assert only_table(Sheet(texts=layout.texts(SALES), boxes=boxes)).rows == ROWS


def test_a_grid_inside_a_form_xobject() -> None:
    sheet = Sheet(texts=SALES_LAYOUT.texts(SALES), strokes=SALES_LAYOUT.grid(), in_form=True)
    assert only_table(sheet).rows == ROWS


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages(rotate: int) -> None:
    sheet = Sheet(texts=SALES_LAYOUT.texts(SALES), strokes=SALES_LAYOUT.grid(), rotate=rotate)
    if rotate in (90, 270):
        sheet.width, sheet.height = 792.0, 612.0
    table = only_table(sheet)
    assert table.rows == ROWS
    assert table.rect.x0 == pytest.approx(72, abs=1) and table.rect.top == pytest.approx(200, abs=1)


def test_column_rules_without_row_rules_take_rows_from_the_lines() -> None:
    layout = Layout(xs=(72, 172, 252, 352, 432), ys=tuple(200 + 15 * i for i in range(6)))
    strokes = [Stroke(x, 200, x, 290) for x in layout.xs]
    strokes += [Stroke(72, 200, 432, 200), Stroke(72, 215, 432, 215), Stroke(72, 290, 432, 290)]
    table = only_table(Sheet(texts=layout.texts(SALES), strokes=strokes))
    assert table.rows == ROWS
    assert table.header_rows == 1  # above the rule under the first row


def test_wrapped_text_stays_in_its_cell() -> None:
    layout = Layout(xs=(72, 160, 400), ys=(200, 220, 256, 276))
    texts = layout.texts([["Term", "Meaning"], ["", ""], ["Lease", "A contract for use"]])
    texts += [
        Text(76, 224, "Deposit"),
        Text(164, 224, "Money held against damage"),
        Text(164, 236, "and returned at the end"),
    ]
    table = only_table(Sheet(texts=texts, strokes=layout.grid()))
    assert table.rows[1] == ("Deposit", "Money held against damage and returned at the end")


def test_an_empty_grid_or_a_boxed_paragraph_is_not_a_table() -> None:
    empty = Layout(xs=(72, 172, 272), ys=(200, 220, 240, 260))
    assert page_tables(make_pdf([Sheet(strokes=empty.grid())])) == []
    boxed = Sheet(
        texts=[
            Text(80, 210 + 13 * i, "A note set in a box, with a few lines of text.")
            for i in range(4)
        ],
        boxes=[Box(72, 200, 400, 270, stroke=True)],
    )
    assert page_tables(make_pdf([boxed])) == []


def test_a_caption_below_and_a_note_that_runs_on() -> None:
    texts = [
        *SALES_LAYOUT.texts(SALES),
        Text(72, 306, "Table 2. Sales by region, first quarter."),
        Text(72, 322, "Note: figures for the West include the islands, which"),
        Text(82, 334, "reported late."),
        Text(72, 380, "A paragraph follows the table after some space."),
    ]
    table = only_table(Sheet(texts=texts, strokes=SALES_LAYOUT.grid()))
    assert table.title == "Table 2. Sales by region, first quarter."
    assert table.footers == (
        "Note: figures for the West include the islands, which reported late.",
    )


def test_a_sentence_above_is_not_a_caption() -> None:
    texts = [*SALES_LAYOUT.texts(SALES), Text(72, 182, "Table 1 shows how the regions compare")]
    assert only_table(Sheet(texts=texts, strokes=SALES_LAYOUT.grid())).title == ""
