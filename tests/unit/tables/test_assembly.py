"""Regions in the assembled document: tables and figures as elements in reading order."""

from __future__ import annotations

import pytest

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.layout import WordBox
from openbda.document.model import ElementType, SubType
from openbda.document.regions import Rect, Region
from openbda.output.representation import element_representation
from tests.unit.tables.content import SALES, SALES_LAYOUT, prose_column
from tests.unit.tables.pages import build_with_tables
from tests.unit.tables.pdfgen import Layout, Sheet, Stroke, Text, make_pdf


def report_page() -> Sheet:
    texts = [Text(72, 72, "Quarterly Report", 22, bold=True)]
    texts += prose_column(72, 120, 4, 90)
    texts += [Text(72, 182, "Table 1: Sales by region")]
    texts += SALES_LAYOUT.texts(SALES, bold_rows=1)
    texts += [Text(72, 306, "* Estimated.")]
    texts += prose_column(72, 340, 4, 90, seed=5)
    return Sheet(texts=texts, strokes=SALES_LAYOUT.grid())


def test_a_table_takes_its_place_between_paragraphs() -> None:
    doc = build_with_tables(make_pdf([report_page()]))
    page = doc.pages[0]
    kinds = [(e.type, e.sub_type) for e in page.elements]
    table_at = kinds.index((ElementType.TABLE, None))
    assert kinds[0] == (ElementType.TEXT, SubType.TITLE)
    texts = [e.text for e in page.elements]
    assert texts[table_at - 1] == "Table 1: Sales by region"  # the caption stays in the text
    assert texts[table_at + 1] == "* Estimated."
    table = page.elements[table_at]
    assert table.headers == tuple(SALES[0])
    assert table.rows == tuple(tuple(r) for r in SALES[1:])
    assert (table.title, table.footers) == ("Table 1: Sales by region", ("* Estimated.",))
    assert table.box.left == pytest.approx(72 / 612, abs=0.002)
    assert table.box.top == pytest.approx(200 / 792, abs=0.002)
    # The table's words are the table's: no text element repeats them ...
    for element in page.elements:
        if element.type is ElementType.TEXT:
            assert "Revenue" not in element.text and "1,204" not in element.text
    # ... and they still count among the page's lines and words, row by row.
    assert [line.text for line in table.lines[:5]] == [
        "Region",
        "Units",
        "Revenue",
        "Margin",
        "North",
    ]
    assert page.lines == tuple(line for e in page.elements for line in e.lines)
    assert sum(w.text == "1,204" for w in page.words) == 1


def test_the_table_renders_with_its_header_and_caption() -> None:
    doc = build_with_tables(make_pdf([report_page()]))
    table = next(e for e in doc.elements() if e.type is ElementType.TABLE)
    rep = element_representation(
        table, "t1", ["MARKDOWN", "HTML", "CSV", "PLAIN_TEXT"], generative=False
    )
    assert rep["markdown"].splitlines()[0].startswith("| Region ")
    assert rep["html"].startswith("<table><tr><th>Region</th>")
    assert rep["html"].endswith("<caption>Table 1: Sales by region</caption></table>")
    assert rep["csv"].splitlines()[:2] == [
        ",Region,Units,Revenue,Margin",
        '0,North,"1,204","$ 40,100",12.5%',
    ]
    assert rep["text"].splitlines()[0] == "Region\tUnits\tRevenue\tMargin"


def test_merged_header_cells_render_as_spans() -> None:
    texts = [Text(76, 305, "Site"), Text(180, 305, "2025")]
    texts += [Text(164, 325, "H1"), Text(244, 325, "H2")]
    texts += [Text(76, 345, "Leith"), Text(164, 345, "10"), Text(244, 345, "12")]
    strokes = [Stroke(72, y, 320, y) for y in (300, 340, 360)] + [Stroke(160, 320, 320, 320)]
    strokes += [Stroke(x, 300, x, 360) for x in (72, 160, 320)] + [Stroke(240, 320, 240, 360)]
    doc = build_with_tables(make_pdf([Sheet(texts=texts, strokes=strokes)]))
    table = next(e for e in doc.elements() if e.type is ElementType.TABLE)
    assert table.headers == ("Site", "2025", "2025")
    assert table.rows == (("Site", "H1", "H2"), ("Leith", "10", "12"))
    html = element_representation(table, "t", ["HTML"], generative=False)["html"]
    assert html.startswith('<table><tr><th rowspan="2" >Site</th><th colspan="2" >2025</th></tr>')


def test_a_table_in_the_left_column_is_read_with_that_column() -> None:
    cells = [
        ["Item", "Qty", "Price"],
        ["Paper", "40", "4.50"],
        ["Toner", "12", "61.00"],
        ["Pens", "5", "2.10"],
    ]
    layout = Layout(xs=(72, 150, 200, 280), ys=tuple(300 + 16 * i for i in range(5)), size=9)
    texts = prose_column(72, 200, 6, 45) + prose_column(72, 400, 6, 45, seed=2)
    texts += prose_column(330, 200, 20, 45, seed=3)
    doc = build_with_tables(
        make_pdf([Sheet(texts=texts + layout.texts(cells), strokes=layout.grid())])
    )
    order = [e.type for e in doc.pages[0].elements]
    lefts = [e.box.left < 0.5 for e in doc.pages[0].elements]
    assert order.count(ElementType.TABLE) == 1
    # Left column (paragraph, table, paragraph), then the right column.
    assert lefts == sorted(lefts, reverse=True)
    assert order[lefts.index(False) - 1] is ElementType.TEXT
    assert order.index(ElementType.TABLE) in (1, 2)


def word(text: str, x: float, y: float) -> WordBox:
    return WordBox(text, x, y, x + 5 * len(text), y + 10, 10.0, False)


def test_a_figure_region_keeps_its_words_as_its_text() -> None:
    words = [word("Before", 72, 200), word("the", 105, 200), word("chart.", 123, 200)]
    words += [word("Sales", 100, 320), word("2025", 200, 400)]  # inside the figure
    words += [word("After", 72, 520), word("it.", 100, 520)]
    figure = Region(ElementType.FIGURE, Rect(72, 300, 400, 480), SubType.CHART, summary="A chart")
    page = PositionedPage(index=0, width=612, height=792, words=words, regions=[figure])
    elements = assemble_document([page], "PDF").pages[0].elements
    assert [(e.type, e.text) for e in elements] == [
        (ElementType.TEXT, "Before the chart."),
        (ElementType.FIGURE, "Sales\n2025"),
        (ElementType.TEXT, "After it."),
    ]
    assert (elements[1].sub_type, elements[1].summary) == (SubType.CHART, "A chart")
    assert elements[1].box.top == pytest.approx(300 / 792)


def test_a_region_without_words_is_still_placed() -> None:
    words = [word("Above", 72, 200), word("Below", 72, 500)]
    figure = Region(ElementType.FIGURE, Rect(72, 250, 300, 450))
    page = PositionedPage(index=0, width=612, height=792, words=words, regions=[figure])
    elements = assemble_document([page], "PDF").pages[0].elements
    assert [(e.type, e.sub_type, e.text) for e in elements] == [
        (ElementType.TEXT, SubType.PARAGRAPH, "Above"),
        (ElementType.FIGURE, SubType.IMAGE, ""),
        (ElementType.TEXT, SubType.PARAGRAPH, "Below"),
    ]


def test_a_cells_tight_lines_stay_whole_beside_a_taller_neighbour() -> None:
    """A boxed form read as one table: the left cell sets three lines 10 pt apart; cells to
    the right set captions, an amount and a tall year between their baselines. Each line
    keeps its own words."""

    def words(text: str, x: float, top: float, size: float) -> list[WordBox]:
        out, left = [], x
        for part in text.split():
            right = left + 0.6 * size * len(part)
            out.append(WordBox(part, left, top, right, top + 1.05 * size, size, False))
            left = right + 0.3 * size
        return out

    content = [
        *words("Pioneer Trust Bank", 40, 94, 8.5),
        *words("4933 Pine Blvd", 40, 104, 8.5),
        *words("Harrisburg, PA 17179", 40, 114, 8.5),
        *words("1 Interest income", 254, 77, 6),
        *words("$ 7817.29", 255, 89, 9),
        *words("2 Early withdrawal penalty", 254, 101, 6),
        *words("For calendar year", 474, 89, 5.5),
        *words("2021", 474, 96, 13.5),
    ]
    table = Region(ElementType.TABLE, Rect(36, 70, 580, 130), rows=(("a", "b"),))
    page = PositionedPage(0, 612, 792, content, [table])
    lines = [line.text for line in assemble_document([page], "application/pdf").pages[0].lines]
    for expected in ("Pioneer Trust Bank", "4933 Pine Blvd", "Harrisburg, PA 17179", "$ 7817.29"):
        assert expected in lines, lines
    assert lines.index("Pioneer Trust Bank") < lines.index("4933 Pine Blvd")
