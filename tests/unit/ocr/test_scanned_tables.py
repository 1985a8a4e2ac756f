"""Tables on scans and photos: rules found in the page image, cells filled with OCR words."""

from __future__ import annotations

import pytest
from PIL import Image

from openbda.document.image import build_image_document
from openbda.document.model import Document, Element, ElementType
from openbda.document.pdf import build_pdf_document
from openbda.engines.ocr import OcrEngine
from tests.unit.ocr.pages import encode, noisy, render, scanned_pdf
from tests.unit.tables.content import SALES, SALES_LAYOUT
from tests.unit.tables.pdfgen import Sheet, make_pdf

DPI = 200


def sales_scan() -> Image.Image:
    """A page with a ruled sales table and a line of text above it, as a scanner sees it."""
    sheet = Sheet(texts=SALES_LAYOUT.texts(SALES), strokes=SALES_LAYOUT.grid())
    return noisy(render(make_pdf([sheet]), DPI))


def tables(document: Document) -> list[Element]:
    return [e for e in document.elements() if e.type is ElementType.TABLE]


def assert_sales_table(table: Element) -> None:
    assert table.column_count == len(SALES[0])
    assert len(table.rows) + (1 if table.headers else 0) == len(SALES)
    # OCR may misread a character; the first column's words come through.
    firsts = [row[0] for row in ((table.headers,) if table.headers else ()) + table.rows]
    assert [f.strip().upper() for f in firsts] == [row[0].upper() for row in SALES]


def test_a_photographed_table_becomes_a_table_element(rapidocr: OcrEngine) -> None:
    document = build_image_document(encode(sales_scan(), "PNG"), "PNG", engine=rapidocr)
    [table] = tables(document)
    assert_sales_table(table)
    # The table's words are its cells, not running text as well.
    text = " ".join(e.text for e in document.elements() if e.type is not ElementType.TABLE)
    assert "Revenue" not in text


def test_a_table_in_a_scanned_pdf_becomes_a_table_element(rapidocr: OcrEngine) -> None:
    document = build_pdf_document(scanned_pdf([sales_scan()], DPI), engine=rapidocr)
    [table] = tables(document)
    assert_sales_table(table)


@pytest.mark.parametrize("turn", [90])
def test_a_table_on_a_sideways_scan_is_found_upright(rapidocr: OcrEngine, turn: int) -> None:
    image = sales_scan().rotate(-turn, expand=True)
    document = build_image_document(encode(image, "PNG"), "PNG", engine=rapidocr)
    [table] = tables(document)
    assert_sales_table(table)
    # Boxes are on the page as given (sideways): the table is taller than wide there.
    assert table.box.height * image.height > table.box.width * image.width
