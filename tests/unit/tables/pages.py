"""The builder's page loop with the table detector wired in, as `pdf.py` will run it: words
from the text layer, graphics from the page, regions from the detector, then assembly."""

from __future__ import annotations

import pypdfium2 as pdfium

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.model import Document
from openbda.document.pdf import _read_page
from openbda.document.pdf_graphics import read_graphics
from openbda.document.regions import PageGraphics, Region
from openbda.document.tables import detect_tables


def positioned_pages(data: bytes) -> list[tuple[PositionedPage, PageGraphics]]:
    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                # The page reader is private to the builder; the tests call it to get the same
                # words the builder hands to the detector.
                positioned = _read_page(page, index)
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
    pages = []
    for positioned, graphics in positioned_pages(data):
        positioned.regions = detect_tables(
            positioned.words, graphics, positioned.width, positioned.height
        )
        pages.append(positioned)
    return assemble_document(pages, file_type="PDF")
