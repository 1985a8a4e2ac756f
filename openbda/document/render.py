"""Page images for the standard output's assets (rectified page images, figure and table crops).

No imaging library is needed: pdfium renders RGB rows straight into a buffer laid out as PNG's
scanlines (one filter-type byte, always 0, before each row), so encoding a page is a single zlib
call over that buffer and no pixel passes through Python. The odd row stride this needs is one
pdfium accepts for caller-owned buffers.

Filter type 0 ("None") everywhere: the adaptive filters would make smaller files but need
per-pixel arithmetic, which is slow in pure Python; deflate already folds the long white runs and
repeated rows of a document page.
"""

from __future__ import annotations

import ctypes
import math
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from openbda.document.model import BoundingBox

# pdfium is not thread-safe: every pdfium call in the process goes through the one lock the PDF
# builder uses.
from openbda.document.pdf import PDFIUM_LOCK

# zlib level 3, measured on born-digital pages at 300 dpi: level 1 is no faster within the noise
# and 6% larger, level 6 takes twice as long for files 7% smaller.
PNG_COMPRESSION_LEVEL = 3

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_RGB = 3
_WHITE = 0xFFFFFFFF
# Draw annotations as a viewer shows them; ask for RGB byte order (pdfium's native order is BGR).
_RENDER_FLAGS = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
_SNAP = 1e-6


@dataclass(frozen=True)
class Raster:
    """An RGB image held as PNG scanlines: `height` rows of a 0 byte and `width` RGB triples."""

    width: int
    height: int
    scanlines: memoryview

    @property
    def stride(self) -> int:
        return 1 + self.width * _RGB

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        offset = y * self.stride + 1 + x * _RGB
        r, g, b = self.scanlines[offset : offset + _RGB]
        return r, g, b

    def crop(self, box: BoundingBox) -> Raster:
        """The part of the image under a normalised box, widened to whole pixels and at least
        one pixel each way so a degenerate box still yields a valid image."""
        # Edges within a millionth of a pixel of a pixel boundary are on it: sums such as
        # 0.2 + 0.4 must not widen a crop by a whole pixel.
        left = min(max(math.floor(box.left * self.width + _SNAP), 0), self.width - 1)
        top = min(max(math.floor(box.top * self.height + _SNAP), 0), self.height - 1)
        right = min(max(math.ceil(box.right * self.width - _SNAP), left + 1), self.width)
        bottom = min(max(math.ceil(box.bottom * self.height - _SNAP), top + 1), self.height)
        stride = self.stride
        start, end = 1 + left * _RGB, 1 + right * _RGB
        rows = (
            b"\x00" + self.scanlines[y * stride + start : y * stride + end]
            for y in range(top, bottom)
        )
        return Raster(right - left, bottom - top, memoryview(b"".join(rows)))


def encode_png(raster: Raster, level: int = PNG_COMPRESSION_LEVEL) -> bytes:
    """An 8-bit RGB, non-interlaced PNG of the raster."""
    header = struct.pack(">IIBBBBB", raster.width, raster.height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(raster.scanlines, level)
    return _PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND")


def _chunk(kind: bytes, data: bytes = b"") -> bytes:
    crc = zlib.crc32(data, zlib.crc32(kind))
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


# Draws `(page_index, width_px, height_px)` pages of one input file, one at a time.
PageRenderer = Callable[[Iterable[tuple[int, int, int]]], Iterator[tuple[int, Raster]]]


def page_renderer(data: bytes, file_type: str) -> PageRenderer:
    """How to draw the pages of the file the document was built from: a PDF (also an Office
    file after conversion) through pdfium, an image from its own pixels."""
    if file_type in ("TIFF", "JPEG", "PNG"):
        # Imported here: decoding images needs numpy and Pillow (the OCR extra).
        from openbda.document.image import render_image_pages

        return lambda pages: render_image_pages(data, file_type, pages)
    return lambda pages: render_pdf_pages(data, pages)


def render_pdf_pages(
    data: bytes, pages: Iterable[tuple[int, int, int]]
) -> Iterator[tuple[int, Raster]]:
    """Render `(page_index, width_px, height_px)` pages of the PDF in `data`, one at a time.

    The page is drawn as displayed (after /Rotate, within its crop box) on white, stretched to
    exactly the requested size. The document stays open between pages; the lock is held only
    while pdfium works, so a caller writing each image out does not block other threads.
    """
    # The document was read once already, so a failure here is the service's, not the input's.
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
    try:
        for index, width, height in pages:
            with PDFIUM_LOCK:
                raster = _render_page(pdf, index, width, height)
            yield index, raster
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _render_page(pdf: pdfium.PdfDocument, index: int, width: int, height: int) -> Raster:
    stride = 1 + width * _RGB
    buffer = ctypes.create_string_buffer(stride * height)
    # Row y's pixels start one byte into its scanline, after the filter byte pdfium never touches.
    first_pixel = ctypes.cast(ctypes.byref(buffer, 1), ctypes.c_void_p)
    bitmap = pdfium_c.FPDFBitmap_CreateEx(
        width, height, pdfium_c.FPDFBitmap_BGR, first_pixel, stride
    )
    if not bitmap:
        raise MemoryError(f"pdfium could not allocate a {width}x{height} bitmap")
    page = pdf[index]
    try:
        pdfium_c.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, _WHITE)
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, _RENDER_FLAGS)
    finally:
        page.close()
        pdfium_c.FPDFBitmap_Destroy(bitmap)
    return Raster(width, height, memoryview(buffer).cast("B"))
