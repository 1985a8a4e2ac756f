"""Words and page graphics of a PDF page, as the PDF builder hands them to the detectors."""

from __future__ import annotations

import pypdfium2 as pdfium

from openbda.document.figures import detect_figures
from openbda.document.pdf import _read_page
from openbda.document.pdf_graphics import read_graphics
from openbda.document.regions import Region


def page_figures(page: pdfium.PdfPage, index: int = 0) -> list[Region]:
    # The page reader is private to the builder; the tests call it to get the same words the
    # builder hands to the detector.
    positioned = _read_page(page.pdf, index, with_ocr=False).page.page
    graphics = read_graphics(page)
    return detect_figures(positioned.words, graphics, positioned.width, positioned.height)
