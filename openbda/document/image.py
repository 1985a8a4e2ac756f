"""Build a `Document` from a JPEG, PNG or TIFF (one page per TIFF frame) by OCR.

Decoding runs within BDA's limits: at most 10000 pixels per side, a page budget, and only the
Pillow decoders of the three formats ever see the bytes. A file that claims huge dimensions is
refused from its header, before any pixel is decoded (a "decompression bomb").

An image page is taken as a 300-dpi page: its size in points is pixels x 72 / 300, so the
rectified page image the renderer draws at 300 dpi is the image itself, pixel for pixel. DPI
metadata is ignored: cameras and editors write 72 or 96 whatever was photographed, and the
normalised boxes of the output do not depend on it.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.errors import DocumentError
from openbda.document.limits import ASYNC_LIMITS
from openbda.document.model import Document
from openbda.document.render import Raster
from openbda.document.scan import (
    MAX_OCR_SIDE,
    ScannedPage,
    finish_document,
    ocr_words,
    traces_of,
)
from openbda.document.tables.image import tables_on_scan
from openbda.engines.ocr import OcrEngine, OcrPage
from openbda.engines.ocr.imageops import turn

MAX_SIDE_PIXELS = ASYNC_LIMITS.max_image_side_px
POINTS_PER_PIXEL = 72 / 300

# The Pillow decoders allowed to read each file type. MPO is how Pillow names the JPEGs that
# phones write with extra preview frames.
_FORMATS = {"JPEG": ("JPEG", "MPO"), "PNG": ("PNG",), "TIFF": ("TIFF",)}
# Pillow's decoders raise all of these on malformed input.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, KeyError)

RGB = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class PageImage:
    """A decoded page: its pixels (possibly scaled down) and its full size in pixels."""

    pixels: RGB
    width: int
    height: int


def build_image_document(
    data: bytes, file_type: str, *, max_pages: int = 3000, engine: OcrEngine
) -> Document:
    """OCR every page of the image in `data`; raise `DocumentError` when it is unusable."""
    scanned = []
    pages = decode_pages(data, file_type, max_pages=max_pages, max_side=MAX_OCR_SIDE)
    for index, image in enumerate(pages):
        ocr = engine.read_page(image.pixels)
        scanned.append(scanned_page(index, ocr, image, engine.line_height_ratio))
    document = assemble_document([s.page for s in scanned], file_type=file_type)
    return finish_document(document, scanned)


def scanned_page(index: int, ocr: OcrPage, image: PageImage, height_ratio: float) -> ScannedPage:
    """A page image's OCR reading, ready for the assembler (in the upright frame)."""
    quarter = ocr.rotation in (90, 270)
    full_width, full_height = (
        (image.height, image.width) if quarter else (image.width, image.height)
    )
    width, height = full_width * POINTS_PER_PIXEL, full_height * POINTS_PER_PIXEL
    points_per_pixel = POINTS_PER_PIXEL * full_width / ocr.width
    words = ocr_words(ocr.lines, points_per_pixel=points_per_pixel, height_ratio=height_ratio)
    positioned = [w for w, _ in words]
    tables = tables_on_scan(positioned, turn(image.pixels, ocr.rotation), width)
    page = PositionedPage(index, width, height, positioned, tables)
    return ScannedPage(page, ocr.rotation, traces_of(words, width, height))


def decode_pages(
    data: bytes,
    file_type: str,
    *,
    max_pages: int,
    only: frozenset[int] | None = None,
    max_side: int | None = None,
) -> Iterator[PageImage]:
    """The pages of the image (or those in `only`) as RGB arrays, upright as EXIF says, one at
    a time, scaled down to `max_side` pixels a side when they are larger.

    Every page's header is checked before the first one is decoded, so a bad frame late in a
    TIFF fails the job before any OCR time is spent.
    """
    image = open_image(data, file_type)
    count = page_count(image, file_type)
    if count > max_pages:
        raise DocumentError(
            f"The image has {count} pages; at most {max_pages} pages can be processed. "
            "Split the file and submit the parts separately."
        )
    for index in range(count):
        _seek(image, index)
        _check_size(image, index, count)
    for index in range(count):
        if only is None or index in only:
            _seek(image, index)
            yield _page_image(image, index, count, max_side)


def open_image(data: bytes, file_type: str) -> Image.Image:
    if not data:
        raise DocumentError("The input file is empty (0 bytes); upload the image again.")
    formats = _FORMATS.get(file_type.upper())
    if formats is None:
        raise DocumentError(
            f"{file_type} images are not supported; use JPEG, PNG or TIFF for documents."
        )
    try:
        return Image.open(io.BytesIO(data), formats=formats)
    except Image.DecompressionBombError:
        raise DocumentError(
            f"The image's dimensions exceed the limit of {MAX_SIDE_PIXELS} pixels per side; "
            "scale it down or scan at a lower resolution."
        ) from None
    except (Image.UnidentifiedImageError, *_DECODE_ERRORS):
        raise DocumentError(
            f"The {file_type} image is corrupt or truncated and cannot be read; check that the "
            "whole file was uploaded and that it opens in an image viewer."
        ) from None


def page_count(image: Image.Image, file_type: str) -> int:
    # Only TIFF holds pages; extra frames of a PNG (animation) or JPEG (previews) are not pages.
    if file_type.upper() != "TIFF":
        return 1
    try:
        return int(getattr(image, "n_frames", 1))
    except _DECODE_ERRORS:
        raise _corrupt(file_type, None) from None


def _seek(image: Image.Image, index: int) -> None:
    if index == 0 and getattr(image, "n_frames", 1) == 1:
        return
    try:
        image.seek(index)
    except Image.DecompressionBombError:
        raise _too_large(index, None) from None
    except _DECODE_ERRORS:
        raise _corrupt(image.format or "image", index) from None


def _check_size(image: Image.Image, index: int, count: int) -> None:
    width, height = image.size
    if width < 1 or height < 1:
        raise _corrupt(image.format or "image", index if count > 1 else None)
    if width > MAX_SIDE_PIXELS or height > MAX_SIDE_PIXELS:
        raise _too_large(index if count > 1 else None, (width, height))


def _page_image(image: Image.Image, index: int, count: int, max_side: int | None) -> PageImage:
    try:
        image.load()
        frame = ImageOps.exif_transpose(image) if count == 1 else _exif_frame(image)
        width, height = frame.size
        if max_side and max(width, height) > max_side:
            scale = max_side / max(width, height)
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            # Scaled in the page's own mode: 16-bit and float samples keep their range.
            frame = frame.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
        return PageImage(_to_rgb(frame), width, height)
    except Image.DecompressionBombError:
        raise _too_large(index if count > 1 else None, None) from None
    except _DECODE_ERRORS:
        raise _corrupt(image.format or "image", index if count > 1 else None) from None


def _exif_frame(image: Image.Image) -> Image.Image:
    # exif_transpose works on a copy of the current frame, which is what a TIFF page needs.
    return ImageOps.exif_transpose(image.copy())


def _to_rgb(image: Image.Image) -> RGB:
    mode = image.mode
    if mode.startswith("I;16"):
        # 16-bit grey: keep the high byte.
        wide = np.asarray(image, dtype=np.uint16)
        return _grey_to_rgb((wide >> 8).astype(np.uint8))
    if mode in ("I", "F"):
        # 32-bit samples of any range: stretch what is there to 0..255.
        values = np.asarray(image, dtype=np.float64)
        low, high = float(values.min()), float(values.max())
        scaled = (values - low) * (255.0 / (high - low)) if high > low else values * 0
        return _grey_to_rgb(scaled.astype(np.uint8))
    if "A" in mode or (mode == "P" and "transparency" in image.info):
        # Transparent parts are paper: put the image on white, not on black.
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return np.asarray(Image.alpha_composite(paper, rgba).convert("RGB"), dtype=np.uint8)
    return np.asarray(image.convert("RGB"), dtype=np.uint8)


def _grey_to_rgb(grey: npt.NDArray[np.uint8]) -> RGB:
    return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))


def _corrupt(file_type: str, index: int | None) -> DocumentError:
    where = f"Page {index + 1} of the {file_type} image" if index is not None else "The image"
    return DocumentError(
        f"{where} is corrupt or truncated and cannot be read; check that the whole file was "
        "uploaded and that it opens in an image viewer."
    )


def _too_large(index: int | None, size: tuple[int, int] | None) -> DocumentError:
    where = f"Page {index + 1} of the image" if index is not None else "The image"
    measured = f" measures {size[0]} x {size[1]} pixels;" if size else " is too large;"
    return DocumentError(
        f"{where}{measured} images may have at most {MAX_SIDE_PIXELS} pixels per side. "
        "Scale it down or scan at a lower resolution."
    )


def render_image_pages(
    data: bytes, file_type: str, pages: Iterable[tuple[int, int, int]]
) -> Iterator[tuple[int, Raster]]:
    """The rectified image of `(page_index, width_px, height_px)` pages: the decoded page
    (upright as EXIF says), resized to the requested size; for the additional files."""
    wanted = {index: (width, height) for index, width, height in pages}
    # The document was built from these bytes already, so the page limit was checked then.
    decoded = decode_pages(data, file_type, max_pages=1 << 30, only=frozenset(wanted))
    for index, page in zip(sorted(wanted), decoded, strict=True):
        width, height = wanted[index]
        pixels = page.pixels
        if pixels.shape[1] != width or pixels.shape[0] != height:
            resized = Image.fromarray(pixels).resize((width, height), Image.Resampling.LANCZOS)
            pixels = np.asarray(resized, dtype=np.uint8)
        yield index, raster_of(pixels)


def raster_of(pixels: RGB) -> Raster:
    """An RGB array as PNG scanlines (a 0 filter byte before every row)."""
    height, width = pixels.shape[:2]
    rows = np.zeros((height, 1 + width * 3), dtype=np.uint8)
    rows[:, 1:] = pixels.reshape(height, width * 3)
    return Raster(width, height, memoryview(rows.tobytes()))
