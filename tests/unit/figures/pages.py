"""Words and page graphics of a PDF page, as the PDF builder hands them to the detectors."""

from __future__ import annotations

import importlib.util

import pypdfium2 as pdfium
import pytest

from openbda.document.figures import detect_figures
from openbda.document.pdf import _read_page
from openbda.document.regions import Region

HAS_READ_GRAPHICS = importlib.util.find_spec("openbda.document.pdf_graphics") is not None

needs_read_graphics = pytest.mark.skipif(
    not HAS_READ_GRAPHICS, reason="openbda.document.pdf_graphics (read_graphics) is not there"
)


def page_figures(page: pdfium.PdfPage, index: int = 0) -> list[Region]:
    from openbda.document.pdf_graphics import read_graphics

    # The page reader is private to the builder; the tests call it to get the same words the
    # builder will hand to the detector.
    positioned = _read_page(page, index)
    graphics = read_graphics(page)
    return detect_figures(positioned.words, graphics, positioned.width, positioned.height)
