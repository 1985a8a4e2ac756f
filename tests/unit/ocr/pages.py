"""Test inputs made here: text pages drawn by the sample PDF writer, rasterised with pdfium and
saved as PNG, JPEG or TIFF with Pillow, or wrapped back into image-only ("scanned") PDFs.

Pages are small (a 5 x 3.5 inch card at 150 dpi) so that each OCR pass takes well under a
second.
"""

from __future__ import annotations

import ctypes
import io
import random
import zlib
from collections.abc import Sequence

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from openbda.document.pdf import PDFIUM_LOCK
from openbda.samples import PageSpec, Run, make_pdf

DPI = 150
CARD_WIDTH = 360.0
CARD_HEIGHT = 252.0

TITLE = "Quarterly Report"
BODY = [
    "Revenue grew by twelve percent in March",
    "while costs stayed flat across all regions.",
]
CLOSING = "Approved by the finance committee"


def card_runs() -> list[Run]:
    return [
        Run(24, 24, TITLE, 22, bold=True),
        Run(24, 80, BODY[0], 13),
        Run(24, 100, BODY[1], 13),
        Run(24, 160, CLOSING, 13),
    ]


def card_pdf(runs: list[Run] | None = None) -> bytes:
    return make_pdf([PageSpec(CARD_WIDTH, CARD_HEIGHT, runs if runs is not None else card_runs())])


def render(pdf: bytes, dpi: int = DPI, page: int = 0) -> Image.Image:
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            image = document[page].render(scale=dpi / 72).to_pil().convert("RGB")
        finally:
            document.close()
    return image


def card_image(dpi: int = DPI) -> Image.Image:
    return render(card_pdf(), dpi)


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def noisy(image: Image.Image, seed: int = 1, amount: float = 0.02) -> Image.Image:
    """Salt-and-pepper noise and a slight blur, like a cheap scanner."""
    rng = random.Random(seed)
    pixels = np.asarray(image.convert("RGB")).copy()
    height, width = pixels.shape[:2]
    for _ in range(int(width * height * amount)):
        pixels[rng.randrange(height), rng.randrange(width)] = rng.choice((0, 255))
    return Image.fromarray(pixels).resize((width * 9 // 10, height * 9 // 10))


def scanned_pdf(
    images: list[Image.Image], dpi: int = DPI, *, rotate: int = 0, stamp: str = ""
) -> bytes:
    """An image-only PDF, one page per image at `dpi`; `rotate` sets each page's /Rotate and
    `stamp` draws a line of real (visible) text on the first page."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument.new()
        try:
            for index, image in enumerate(images):
                width, height = image.width * 72 / dpi, image.height * 72 / dpi
                page = pdf.new_page(width, height)
                _place_image(pdf, page, image, width, height)
                if stamp and index == 0:
                    _add_text(pdf, page, stamp, 12, height - 20, size=9)
                if rotate:
                    page.set_rotation(rotate)
                page.gen_content()
            return _save(pdf)
        finally:
            pdf.close()


def with_text_layer(
    image: Image.Image, words: Sequence[tuple[str, float, float]], dpi: int = DPI
) -> bytes:
    """A scan with an invisible text layer (render mode 3), as OCR software writes it;
    `words` are (text, x, top) in points."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument.new()
        try:
            width, height = image.width * 72 / dpi, image.height * 72 / dpi
            page = pdf.new_page(width, height)
            _place_image(pdf, page, image, width, height)
            for text, x, top in words:
                _add_text(pdf, page, text, x, height - top - 12, size=12, invisible=True)
            page.gen_content()
            return _save(pdf)
        finally:
            pdf.close()


def mixed_pdf(text_pdf: bytes, scan: Image.Image, dpi: int = DPI) -> bytes:
    """Page 1 from `text_pdf` (a text layer), page 2 a scan of `scan`."""
    scanned = scanned_pdf([scan], dpi)
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(text_pdf)
        other = pdfium.PdfDocument(scanned)
        try:
            pdf.import_pages(other)
            return _save(pdf)
        finally:
            other.close()
            pdf.close()


def figure_page(picture: Image.Image, dpi: int = DPI) -> bytes:
    """A text page (title and a line of text) with a picture placed below the text."""
    runs = [Run(24, 24, TITLE, 22, bold=True), Run(24, 70, BODY[0], 13)]
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(make_pdf([PageSpec(CARD_WIDTH * 1.5, CARD_HEIGHT * 2, runs)]))
        try:
            page = pdf[0]
            width, height = picture.width * 72 / dpi, picture.height * 72 / dpi
            _place_image(pdf, page, picture, width, height, x=24, y=40)
            page.gen_content()
            return _save(pdf)
        finally:
            pdf.close()


def _place_image(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    image: Image.Image,
    width: float,
    height: float,
    x: float = 0.0,
    y: float = 0.0,
) -> None:
    obj = pdfium.PdfImage.new(pdf)
    obj.load_jpeg(io.BytesIO(encode(image.convert("RGB"), "JPEG", quality=90)), inline=True)
    obj.set_matrix(pdfium.PdfMatrix().scale(width, height).translate(x, y))
    page.insert_obj(obj)


def _add_text(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    text: str,
    x: float,
    y: float,
    *,
    size: float,
    invisible: bool = False,
) -> None:
    obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(size))
    encoded = (text + "\x00").encode("utf-16-le")
    buffer = ctypes.create_string_buffer(encoded, len(encoded))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    if invisible:
        pdfium_c.FPDFTextObj_SetTextRenderMode(obj, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)


def _save(pdf: pdfium.PdfDocument) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def private_use_pdf() -> bytes:
    """A card whose text is drawn in plain Helvetica but whose ToUnicode map sends every
    character to the private use area: it prints fine and extracts as junk."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Junk def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <20> <7E> <E020> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    lines = [(24, 40, TITLE, 20), (24, 90, BODY[0], 13), (24, 110, BODY[1], 13)]
    content = b"\n".join(
        b"BT /F1 %d Tf 1 0 0 1 %d %d Tm (%s) Tj ET" % (size, x, CARD_HEIGHT - top, text.encode())
        for x, top, text, size in lines
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>" % (CARD_WIDTH, CARD_HEIGHT),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        _stream(content),
        _stream(cmap),
    ]
    return _write(objects)


def _stream(data: bytes) -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)


def _write(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
