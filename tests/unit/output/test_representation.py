"""Golden tests of the per-element templates: text sub-types, tables and figures."""

from __future__ import annotations

import pytest

from openbda.document.model import BoundingBox, CellSpan, Element, ElementType, SubType
from openbda.output.representation import (
    element_representation,
    figure_html,
    figure_markdown,
    table_csv,
    table_html,
    table_markdown,
    table_text,
    text_html,
    text_markdown,
)
from tests.unit.output.golden import assert_golden

# The "Contents" table of BDA's published sample output: two columns, no header row.
CONTENTS = (
    ("Summary", "Page 5"),
    ("Receipts", "Page 10"),
    ("Outlays", "Page 12"),
    ("Means of Financing the Deficit or Disposition of Surplus by the U.S.", "Page 22"),
)
HEADERS = ("Receipts", "This Month", "Fiscal Year to Date")
ROWS = (
    ("Individual Income Taxes", "301,754", "588,021"),
    ("Customs Duties", "6,745", ""),
    ('Note "A"', "1.50", "-"),
)


@pytest.mark.parametrize(
    ("sub_type", "markdown", "html"),
    [
        (SubType.TITLE, "# X", "<h1>X</h1>"),
        (SubType.HEADER, "# X", "<h1>X</h1>"),
        (SubType.SECTION_HEADER, "## X", "<h2>X</h2>"),
        (SubType.PARAGRAPH, "X", "<p>X</p>"),
        (SubType.PAGE_NUMBER, "X", "<div>X</div>"),
        (SubType.FOOTER, "X", "<div>X</div>"),
        (SubType.LIST, "X", "<p>X</p>"),
        (None, "X", "<p>X</p>"),
    ],
)
def test_text_templates(sub_type: SubType | None, markdown: str, html: str) -> None:
    assert text_markdown(sub_type, "X") == markdown
    assert text_html(sub_type, "X") == html


def test_text_keeps_newlines_and_tabs_and_escapes_html_only() -> None:
    element = Element(
        type=ElementType.TEXT,
        sub_type=SubType.PARAGRAPH,
        page_index=0,
        box=BoundingBox(0, 0, 1, 1),
        text="a < b\tc\nd & e",
    )
    formats = ["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"]
    assert element_representation(element, "id", formats, generative=False) == {
        "text": "a < b\tc\nd & e",
        "markdown": "a < b\tc\nd & e",
        "html": "<p>a &lt; b\tc\nd &amp; e</p>",
    }


def test_table_without_header_row_matches_bda_sample() -> None:
    markdown = table_markdown((), CONTENTS)
    assert markdown.splitlines()[0].strip("| ") == ""
    widest = len(CONTENTS[3][0])
    assert markdown.splitlines()[2] == "| " + "Summary".ljust(widest) + " | Page 5  |"
    assert_golden("output/representation/table_no_header.md", markdown + "\n")
    html = table_html((), CONTENTS, title="Contents")
    assert_golden("output/representation/table_no_header.html", html + "\n")
    assert_golden("output/representation/table_no_header.txt", table_text((), CONTENTS))
    assert_golden("output/representation/table_no_header.csv", table_csv((), CONTENTS))


def test_table_with_header_row() -> None:
    assert_golden("output/representation/table_header.md", table_markdown(HEADERS, ROWS) + "\n")
    assert_golden("output/representation/table_header.html", table_html(HEADERS, ROWS) + "\n")
    assert_golden("output/representation/table_header.txt", table_text(HEADERS, ROWS))
    assert_golden("output/representation/table_header.csv", table_csv(HEADERS, ROWS))


def test_markdown_header_minimum_width_is_header_plus_two() -> None:
    assert table_markdown(("Long header",), (("x",),)) == (
        "| Long header   |\n|---------------|\n| x             |"
    )


def test_csv_quotes_like_pandas() -> None:
    csv = table_csv(("a", "b"), (("301,754", 'say "hi"'), ("line\nbreak", "")))
    assert csv == ',a,b\n0,"301,754","say ""hi"""\n1,"line\nbreak",\n'


def test_ragged_rows_are_padded() -> None:
    assert table_text((), (("a",), ("b", "c"))) == "a\t\nb\tc\n"
    assert table_csv((), (("a",), ("b", "c"))) == ",0,1\n0,a,\n1,b,c\n"


def test_merged_cells_in_html() -> None:
    spans = (CellSpan(row=0, col=0, col_span=2), CellSpan(row=1, col=0, row_span=2))
    html = table_html(
        ("Region", ""),
        (("North", "1"), ("", "2")),
        title="Sales",
        spans=spans,
    )
    assert html == (
        '<table><tr><th colspan="2" >Region</th></tr>\n'
        '<tr><td rowspan="2" >North</td><td>1</td></tr>\n'
        "<tr><td>2</td></tr><caption>Sales</caption></table>"
    )


def test_figure_templates_without_generative_fields() -> None:
    assert figure_markdown("f1", None, "TREASURY\n\nTHE") == "![](./f1.png)\n TREASURY\n\nTHE"
    assert figure_html("f1", None, "TREASURY") == (
        '<div><img alt="" src="./f1.png"><p>TREASURY</p></div>'
    )


def test_figure_templates_escape_the_summary() -> None:
    summary = 'Title: Bureau\'s "logo"\nA <b> mark'
    markdown = figure_markdown("f1", summary, "TREASURY")
    html = figure_html("f1", summary, "TREASURY")
    assert_golden("output/representation/figure.md", markdown + "\n")
    assert_golden("output/representation/figure.html", html + "\n")
    assert "&#x27;" in markdown and "&quot;" in html and "&lt;b&gt;" in html


def test_csv_only_on_tables() -> None:
    table = Element(
        type=ElementType.TABLE, page_index=0, box=BoundingBox(0, 0, 1, 1), rows=(("a", "b"),)
    )
    figure = Element(type=ElementType.FIGURE, page_index=0, box=BoundingBox(0, 0, 1, 1))
    assert list(element_representation(table, "t", ["CSV"], generative=False)) == ["csv"]
    assert element_representation(figure, "f", ["CSV"], generative=False) == {}
    assert element_representation(figure, "f", ["PLAIN_TEXT"], generative=True) == {"text": ""}
