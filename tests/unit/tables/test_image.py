"""Scanned pages: rulings found in the image, words from OCR (here: the PDF's own words)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pytest

from openbda.document.layout import WordBox
from openbda.document.tables.image import detect_tables_in_image, image_graphics
from tests.unit.tables.content import SALES, SALES_LAYOUT, prose_column
from tests.unit.tables.pages import positioned_pages
from tests.unit.tables.pdfgen import Sheet, make_pdf

ROWS = tuple(tuple(r) for r in SALES)


def scan(sheet: Sheet, dpi: float) -> tuple[list[WordBox], npt.NDArray[np.uint8], float]:
    data = make_pdf([sheet])
    positioned, _ = positioned_pages(data)[0]
    scale = dpi / 72
    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[0].render(scale=scale, grayscale=True).to_numpy()
    finally:
        pdf.close()
    gray = image[..., 0] if image.ndim == 3 else image
    return positioned.words, np.ascontiguousarray(gray), scale


def ruled_page() -> Sheet:
    return Sheet(
        texts=SALES_LAYOUT.texts(SALES) + prose_column(72, 340, 12, 90), strokes=SALES_LAYOUT.grid()
    )


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_ruled_table_in_a_scan(dpi: float) -> None:
    words, gray, scale = scan(ruled_page(), dpi)
    tables = detect_tables_in_image(words, gray, scale)
    assert len(tables) == 1
    assert tables[0].rows == ROWS
    r = tables[0].rect
    assert (r.x0, r.top, r.x1, r.bottom) == pytest.approx((72, 200, 432, 300), abs=1.5)


def test_a_noisy_scan_still_gives_the_grid() -> None:
    words, gray, scale = scan(ruled_page(), 200)
    rng = np.random.default_rng(7)
    noisy = gray.astype(np.int16) - rng.integers(0, 60, gray.shape)  # grey paper, speckles
    noisy[rng.random(gray.shape) < 0.002] = 0
    tables = detect_tables_in_image(words, np.clip(noisy, 0, 255).astype(np.uint8), scale)
    assert [t.rows for t in tables] == [ROWS]


def test_text_strokes_are_not_rulings() -> None:
    words, gray, scale = scan(Sheet(texts=prose_column(72, 100, 40, 90)), 200)
    assert image_graphics(gray, scale).segments == []
    assert detect_tables_in_image(words, gray, scale) == []


def test_an_unruled_scan_reads_the_table_from_the_words() -> None:
    words, gray, scale = scan(Sheet(texts=SALES_LAYOUT.texts(SALES, bold_rows=1)), 150)
    assert [t.rows for t in detect_tables_in_image(words, gray, scale)] == [ROWS]


def test_the_edges_of_a_photo_are_not_rulings() -> None:
    # A page photographed on a dark desk: dark bands along every edge of the image.
    words, gray, scale = scan(Sheet(texts=prose_column(72, 100, 40, 90)), 200)
    framed = gray.copy()
    band = 6
    framed[:band, :] = framed[-band:, :] = 0
    framed[:, :band] = framed[:, -band:] = 0
    assert image_graphics(framed, scale).segments == []
    assert detect_tables_in_image(words, framed, scale) == []
