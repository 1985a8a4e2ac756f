"""The builder's page loop, seen from the table tests: the words and graphics the detector gets,
the tables it finds, and the document the builder assembles with them."""

from __future__ import annotations

import pypdfium2 as pdfium

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.model import Document, ElementType
from openbda.document.pdf import _read_page
from openbda.document.pdf_graphics import read_graphics
from openbda.document.regions import PageGraphics, Region
from openbda.document.tables import detect_tables


def positioned_pages(data: bytes) -> list[tuple[PositionedPage, PageGraphics]]:
    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for index in range(len(pdf)):
            # The page reader is private to the builder; the tests call it to get the same
            # words the builder hands to the detectors.
            positioned = _read_page(pdf, index, with_ocr=False).page.page
            page = pdf[index]
            try:
                out.append((positioned, read_graphics(page)))
            finally:
                page.close()
        return out
    finally:
        pdf.close()


def page_tables(data: bytes, index: int = 0) -> list[Region]:
    positioned, graphics = positioned_pages(data)[index]
    return detect_tables(positioned.words, graphics, positioned.width, positioned.height)


def build_with_tables(data: bytes) -> Document:
    """Tables only (figures left out), assembled as the builder assembles pages."""
    pages = []
    for positioned, _ in positioned_pages(data):
        positioned.regions = [r for r in positioned.regions if r.kind == ElementType.TABLE]
        pages.append(positioned)
    return assemble_document(pages, file_type="PDF")
