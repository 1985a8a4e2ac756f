"""Golden result.json elements for a table and a chart found by the detectors in a PDF the test
writes: the whole chain from drawn rules and placed text to BDA's element JSON (ids, types,
sub-types, titles, reading order, boxes and every representation)."""

from __future__ import annotations

from typing import Any

from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.output.standard import render_document_result
from tests.unit.figures.pdfgen import Sheet as FigureSheet
from tests.unit.figures.pdfgen import write_pdf
from tests.unit.figures.test_pdf_figures import body, vector_bar_chart
from tests.unit.output.golden import assert_golden_json
from tests.unit.output.test_standard import segment, settings
from tests.unit.tables.pdfgen import make_pdf
from tests.unit.tables.test_assembly import report_page

ALL_FORMATS = ["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"]


def detected(document: Document, kind: str) -> list[dict[str, Any]]:
    config = settings(["ELEMENT"], ALL_FORMATS, bbox=True)
    result = render_document_result(document, config, segment(0, 0), id_seed="job-1/0/0")
    return [e for e in result["elements"] if e["type"] == kind]


def test_a_detected_table_renders_as_golden() -> None:
    document = build_pdf_document(make_pdf([report_page()]))
    assert_golden_json("output/detected/table.json", detected(document, "TABLE"))


def test_a_detected_vector_chart_renders_as_golden() -> None:
    sheet = FigureSheet()
    body(sheet, 100)
    vector_bar_chart(sheet)
    body(sheet, 540)
    document = build_pdf_document(write_pdf(sheet))
    assert_golden_json("output/detected/chart.json", detected(document, "FIGURE"))
