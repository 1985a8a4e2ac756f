"""`read_graphics`: rulings, filled rectangles and images in displayed coordinates."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from openbda.document.pdf_graphics import read_graphics
from openbda.document.regions import PageGraphics, Segment
from tests.unit.tables.pdfgen import Box, Image, Sheet, Stroke, make_pdf


def graphics_of(sheet: Sheet) -> PageGraphics:
    pdf = pdfium.PdfDocument(make_pdf([sheet]))
    try:
        return read_graphics(pdf[0])
    finally:
        pdf.close()


def approx_segments(graphics: PageGraphics) -> set[tuple[int, int, int, int]]:
    return {(round(s.x0), round(s.y0), round(s.x1), round(s.y1)) for s in graphics.segments}


def drawing() -> Sheet:
    return Sheet(
        strokes=[Stroke(100, 200, 300, 200), Stroke(150, 180, 150, 260)],
        boxes=[
            Box(100, 300, 300, 360, stroke=True),  # an outline: four rulings
            Box(100, 400, 300, 430, fill=0.8),  # shading
            Box(100, 450, 300, 450.8, fill=0.0),  # a thin bar: a ruling
            Box(0, 0, 612, 792, fill=1.0),  # the page background: neither
        ],
        images=[Image(350, 100, 450, 180)],
    )


@pytest.mark.parametrize("in_form", [False, True])
def test_lines_rectangles_and_images_on_an_upright_page(in_form: bool) -> None:
    sheet = drawing()
    sheet.in_form = in_form
    g = graphics_of(sheet)
    assert approx_segments(g) == {
        (100, 200, 300, 200),
        (150, 180, 150, 260),
        (100, 300, 300, 300),
        (100, 360, 300, 360),
        (100, 300, 100, 360),
        (300, 300, 300, 360),
        (100, 450, 300, 450),
    }
    assert [(round(r.x0), round(r.top), round(r.x1), round(r.bottom)) for r in g.filled] == [
        (100, 400, 300, 430)
    ]
    assert [(round(r.x0), round(r.top), round(r.x1), round(r.bottom)) for r in g.images] == [
        (350, 100, 450, 180)
    ]


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages_give_displayed_coordinates(rotate: int) -> None:
    sheet = drawing()
    sheet.rotate = rotate
    if rotate in (90, 270):
        sheet.width, sheet.height = 792.0, 612.0  # displayed 612 x 792 again
    g = graphics_of(sheet)
    assert (100, 200, 300, 200) in approx_segments(g)
    assert (150, 180, 150, 260) in approx_segments(g)
    assert [(round(r.x0), round(r.top)) for r in g.images] == [(350, 100)]


def test_a_shifted_media_box_is_the_origin() -> None:
    sheet = drawing()
    sheet.origin = (-300.0, 150.0)
    g = graphics_of(sheet)
    assert (100, 200, 300, 200) in approx_segments(g)
    assert [(round(r.x0), round(r.top)) for r in g.filled] == [(100, 400)]


def test_slanted_strokes_are_kept_and_not_snapped() -> None:
    g = graphics_of(Sheet(strokes=[Stroke(100, 100, 200, 160), Stroke(100, 300, 200, 300.3)]))
    assert Segment(100, 100, 200, 160) in [
        Segment(round(s.x0), round(s.y0), round(s.x1), round(s.y1)) for s in g.segments
    ]
    flat = [s for s in g.segments if round(s.y0) == 300]
    assert len(flat) == 1 and flat[0].y0 == flat[0].y1  # nearly level: snapped


def test_a_page_without_drawing_has_no_graphics() -> None:
    g = graphics_of(Sheet())
    assert (g.segments, g.filled, g.images) == ([], [], [])
