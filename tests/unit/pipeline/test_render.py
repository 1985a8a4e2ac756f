"""Page rendering and PNG encoding without an imaging library: valid PNGs, the right size and
orientation, ink where the text layer says the words are."""

from __future__ import annotations

import pytest

from openbda.document.model import BoundingBox
from openbda.document.pdf import build_pdf_document
from openbda.document.render import Raster, encode_png, render_pdf_pages
from openbda.output.standard import rectified_image_size
from openbda.samples import PageSpec, Run, make_pdf, sample_invoice_pdf
from tests.unit.pipeline.helpers import read_png


def render_one(data: bytes, index: int = 0, scale: float = 1.0) -> tuple[Raster, BoundingBox]:
    """The page at a fraction of its rectified size, and the box of its first word."""
    page = build_pdf_document(data).pages[index]
    width, height = rectified_image_size(page)
    size = (index, round(width * scale), round(height * scale))
    [(_, raster)] = list(render_pdf_pages(data, [size]))
    return raster, page.words[0].box


def has_ink(raster: Raster) -> bool:
    return any(
        min(raster.pixel(x, y)) < 128 for y in range(raster.height) for x in range(raster.width)
    )


def test_png_round_trip() -> None:
    pixels = bytes(range(2 * 3 * 3))
    scanlines = b"".join(b"\x00" + pixels[y * 6 : (y + 1) * 6] for y in range(3))
    png = read_png(encode_png(Raster(2, 3, memoryview(scanlines))))
    assert (png.width, png.height, png.pixels) == (2, 3, pixels)


def test_rendered_page_has_the_requested_size_and_white_margins() -> None:
    raster, _ = render_one(sample_invoice_pdf(), scale=0.25)
    assert (raster.width, raster.height) == (638, 825)
    assert raster.pixel(0, 0) == (255, 255, 255)
    assert raster.pixel(raster.width - 1, raster.height - 1) == (255, 255, 255)
    png = read_png(encode_png(raster))
    assert (png.width, png.height) == (638, 825)
    assert not png.is_blank()


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_ink_lies_under_the_words_however_the_page_is_turned(rotate: int) -> None:
    pdf = make_pdf([PageSpec(runs=[Run(100, 150, "HEADLINE", 36, bold=True)], rotate=rotate)])
    raster, word = render_one(pdf, scale=0.25)
    turned = rotate in (90, 270)
    assert raster.width > raster.height if turned else raster.width < raster.height
    assert has_ink(raster.crop(word))
    # The same box moved to the lower half of the page is blank paper.
    below = BoundingBox(word.left, 0.7, word.width, word.height)
    assert not has_ink(raster.crop(below))


def test_colours_come_out_in_rgb_order() -> None:
    # A page filled red by a raw content stream (pdfium repairs the xref offsets this shifts);
    # pdfium's native byte order would read back as blue.
    pdf = make_pdf([PageSpec()]).replace(
        b"<< /Length 0 >>\nstream\n\n", b"<< /Length 24 >>\nstream\n1 0 0 rg 0 0 612 792 re f\n", 1
    )
    [(_, raster)] = list(render_pdf_pages(pdf, [(0, 20, 20)]))
    assert raster.pixel(10, 10) == (255, 0, 0)


def test_crop_is_clamped_to_the_image_and_never_empty() -> None:
    raster = Raster(4, 4, memoryview((b"\x00" + b"\x10\x20\x30" * 4) * 4))
    whole = raster.crop(BoundingBox(-0.5, -0.5, 2.0, 2.0))
    assert (whole.width, whole.height) == (4, 4)
    empty = raster.crop(BoundingBox(0.5, 0.5, 0.0, 0.0))
    assert (empty.width, empty.height) == (1, 1)
    edge = raster.crop(BoundingBox(1.0, 1.0, 0.1, 0.1))
    assert (edge.width, edge.height) == (1, 1)
    assert read_png(encode_png(edge)).pixel(0, 0) == (0x10, 0x20, 0x30)


def test_rendering_is_deterministic() -> None:
    first, _ = render_one(sample_invoice_pdf(), scale=0.2)
    second, _ = render_one(sample_invoice_pdf(), scale=0.2)
    assert encode_png(first) == encode_png(second)
