"""JPEG, PNG and TIFF documents: decoding within limits, OCR, layout from the shared assembler."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from openbda.document.errors import DocumentError
from openbda.document.image import (
    MAX_SIDE_PIXELS,
    build_image_document,
    decode_pages,
    render_image_pages,
)
from openbda.document.model import Document, SubType
from openbda.document.pdf import build_pdf_document
from openbda.engines.ocr import OcrEngine
from openbda.output.standard import rectified_image_size
from tests.unit.ocr.pages import BODY, CLOSING, TITLE, card_image, card_pdf, encode, noisy

EXPECTED = [TITLE, "\n".join(BODY), CLOSING]


def texts(document: Document, page: int = 0) -> list[str]:
    return [element.text for element in document.pages[page].elements]


def word_centres(document: Document, page: int = 0) -> dict[str, tuple[float, float]]:
    return {
        w.text: (w.box.left + w.box.width / 2, w.box.top + w.box.height / 2)
        for w in document.pages[page].words
    }


def test_png_reads_in_order_with_layout(rapidocr: OcrEngine) -> None:
    document = build_image_document(encode(card_image(), "PNG"), "PNG", engine=rapidocr)
    assert document.file_type == "PNG" and document.page_count == 1
    assert texts(document) == EXPECTED
    page = document.pages[0]
    assert page.elements[0].sub_type is SubType.TITLE
    assert [line.text for line in page.lines] == [TITLE, *BODY, CLOSING]
    assert page.words == tuple(w for line in page.lines for w in line.words)
    for line in page.lines:
        assert 0.5 < line.confidence <= 1.0
        assert all(0.0 < w.confidence <= 1.0 for w in line.words)


def test_word_boxes_sit_where_the_text_layer_puts_them(rapidocr: OcrEngine) -> None:
    ocr = word_centres(build_image_document(encode(card_image(), "PNG"), "PNG", engine=rapidocr))
    truth = word_centres(build_pdf_document(card_pdf()))
    for text, (x, y) in truth.items():
        assert ocr[text] == pytest.approx((x, y), abs=0.02), text


def test_rectified_size_is_the_image_and_page_images_render(rapidocr: OcrEngine) -> None:
    image = card_image()
    data = encode(image, "PNG")
    page = build_image_document(data, "PNG", engine=rapidocr).pages[0]
    assert rectified_image_size(page) == image.size
    assert page.corners == ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    [(index, raster)] = render_image_pages(data, "PNG", [(0, *image.size)])
    assert (index, raster.width, raster.height) == (0, *image.size)
    assert raster.pixel(0, 0) == (255, 255, 255)


def test_noisy_jpeg(rapidocr: OcrEngine) -> None:
    data = encode(noisy(card_image()), "JPEG", quality=70)
    assert texts(build_image_document(data, "JPEG", engine=rapidocr)) == EXPECTED


def test_tesseract_reads_a_clean_png(tesseract: OcrEngine) -> None:
    document = build_image_document(encode(card_image(), "PNG"), "PNG", engine=tesseract)
    assert texts(document) == EXPECTED


def test_multi_page_tiff(rapidocr: OcrEngine) -> None:
    first, second = card_image(), card_image().rotate(180)
    data = encode(first, "TIFF", save_all=True, append_images=[second], compression="tiff_lzw")
    document = build_image_document(data, "TIFF", engine=rapidocr)
    assert document.page_count == 2
    assert [p.index for p in document.pages] == [0, 1]
    assert texts(document, 0) == EXPECTED
    assert texts(document, 1) == EXPECTED
    # The second page is upside down: its title sits at the bottom right as displayed.
    x, y = word_centres(document, 1)["Quarterly"]
    assert x > 0.6 and y > 0.8


@pytest.mark.parametrize("turn", [90, 180])
def test_turned_scan_boxes_are_on_the_displayed_page(rapidocr: OcrEngine, turn: int) -> None:
    image = card_image().rotate(turn, expand=True)  # counter-clockwise
    document = build_image_document(encode(image, "PNG"), "PNG", engine=rapidocr)
    assert texts(document) == EXPECTED
    page = document.pages[0]
    assert rectified_image_size(page) == image.size
    upright = word_centres(build_pdf_document(card_pdf()))["Quarterly"]
    x, y = word_centres(document)["Quarterly"]
    expected = {90: (upright[1], 1 - upright[0]), 180: (1 - upright[0], 1 - upright[1])}[turn]
    assert (x, y) == pytest.approx(expected, abs=0.03)
    for word in page.words:
        assert 0 <= word.box.left <= word.box.right <= 1
        assert 0 <= word.box.top <= word.box.bottom <= 1


def test_exif_orientation_is_applied(rapidocr: OcrEngine) -> None:
    # Stored turned a quarter clockwise with orientation 8 ("rotate 90 CCW to view"): a
    # viewer shows it upright, and so must the document.
    stored = card_image().rotate(-90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 8
    data = encode(stored, "JPEG", exif=exif.tobytes(), quality=90)
    document = build_image_document(data, "JPEG", engine=rapidocr)
    assert texts(document) == EXPECTED
    assert rectified_image_size(document.pages[0]) == card_image().size


def test_transparent_png_reads_on_white(rapidocr: OcrEngine) -> None:
    grey = np.asarray(card_image().convert("L"))
    rgba = np.zeros((*grey.shape, 4), dtype=np.uint8)
    rgba[:, :, 3] = 255 - grey  # black text on a fully transparent background
    data = encode(Image.fromarray(rgba, "RGBA"), "PNG")
    assert texts(build_image_document(data, "PNG", engine=rapidocr)) == EXPECTED


def test_sixteen_bit_grey_png() -> None:
    grey = np.asarray(card_image().convert("L")).astype(np.uint16) * 257
    data = encode(Image.fromarray(grey), "PNG")
    [page] = list(decode_pages(data, "PNG", max_pages=1))
    pixels = page.pixels
    assert pixels.dtype == np.uint8 and pixels.shape[2] == 3
    assert pixels.max() == 255 and pixels.min() < 50


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = struct.pack(">I", zlib.crc32(kind + data))
    return struct.pack(">I", len(data)) + kind + data + crc


def _claimed_png(width: int, height: int, *, pixels: bool = True) -> bytes:
    """A well-formed PNG that claims `width` x `height` pixels but carries one row of data:
    what a decompression bomb looks like from its header."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    body = _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b"") if pixels else b""
    return b"\x89PNG\r\n\x1a\n" + header + body


def _tiny_png() -> bytes:
    return encode(Image.new("L", (40, 20), 255), "PNG")


@pytest.mark.parametrize(
    ("data", "file_type", "message"),
    [
        (b"", "PNG", "empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG", "corrupt or truncated"),
        (b"\xff\xd8\xff\xe0garbage" * 10, "JPEG", "corrupt or truncated"),
        (b"II*\x00" + b"\xff" * 60, "TIFF", "corrupt or truncated"),
        (_claimed_png(100_000, 100_000), "PNG", "10000 pixels per side"),
        (_claimed_png(MAX_SIDE_PIXELS + 1, 8), "PNG", "10001 x 8 pixels"),
        (_claimed_png(20, 20), "PNG", "corrupt or truncated"),  # data for one row only
        (_claimed_png(20, 20, pixels=False), "PNG", "corrupt or truncated"),
    ],
    ids=[
        "zero-bytes",
        "png-garbage",
        "jpeg-garbage",
        "tiff-garbage",
        "bomb",
        "oversize",
        "short-data",
        "header-only",
    ],
)
@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_unusable_images_are_client_errors(
    data: bytes, file_type: str, message: str, tesseract: OcrEngine
) -> None:
    with pytest.raises(DocumentError, match=message) as caught:
        build_image_document(data, file_type, engine=tesseract)
    assert caught.value.error_type == "ClientError"


def test_truncated_jpeg(tesseract: OcrEngine) -> None:
    data = encode(card_image(), "JPEG", quality=90)
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        build_image_document(data[: len(data) // 2], "JPEG", engine=tesseract)


def test_truncated_png(tesseract: OcrEngine) -> None:
    data = encode(card_image(), "PNG")
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        build_image_document(data[: len(data) // 2], "PNG", engine=tesseract)


def test_tiff_page_limit_is_checked_before_any_ocr(tesseract: OcrEngine) -> None:
    frames = [Image.new("L", (32, 32), 255) for _ in range(3)]
    data = encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(DocumentError, match="3 pages; at most 2"):
        build_image_document(data, "TIFF", max_pages=2, engine=tesseract)
    assert build_image_document(data, "TIFF", max_pages=3, engine=tesseract).page_count == 3


def test_oversize_tiff_page_fails_before_ocr(tesseract: OcrEngine) -> None:
    small = Image.new("L", (32, 32), 255)
    wide = Image.new("1", (MAX_SIDE_PIXELS + 5, 2), 1)
    data = encode(small, "TIFF", save_all=True, append_images=[wide])
    with pytest.raises(DocumentError, match="Page 2 of the image measures 10005 x 2 pixels"):
        build_image_document(data, "TIFF", engine=tesseract)


def test_only_the_three_image_types(tesseract: OcrEngine) -> None:
    with pytest.raises(DocumentError, match="GIF images are not supported"):
        build_image_document(encode(Image.new("L", (8, 8)), "GIF"), "GIF", engine=tesseract)
    # A PNG sent as a JPEG is refused by the JPEG decoder rather than read by another one.
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        build_image_document(_tiny_png(), "JPEG", engine=tesseract)


def test_blank_image_is_an_empty_page(tesseract: OcrEngine) -> None:
    document = build_image_document(_tiny_png(), "PNG", engine=tesseract)
    assert document.page_count == 1
    assert document.pages[0].elements == ()


def test_decoded_pages_are_rgb_and_upright() -> None:
    data = encode(Image.new("P", (30, 20), 0), "PNG")
    [page] = list(decode_pages(data, "PNG", max_pages=1))
    assert page.pixels.shape == (20, 30, 3) and page.pixels.dtype == np.uint8
    [page] = list(decode_pages(encode(Image.new("1", (30, 20), 1), "TIFF"), "TIFF", max_pages=1))
    assert page.pixels.shape == (20, 30, 3) and int(page.pixels.min()) == 255
    # Pages larger than the OCR size are scaled down, keeping their full size on record.
    [page] = list(decode_pages(data, "PNG", max_pages=1, max_side=15))
    assert page.pixels.shape == (10, 15, 3) and (page.width, page.height) == (30, 20)


def test_large_images_are_read_scaled_down(
    rapidocr: OcrEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages over the OCR size are read from a smaller copy; boxes and page size stay those of
    # the full image.
    monkeypatch.setattr("openbda.document.image.MAX_OCR_SIDE", 600)
    image = card_image(dpi=200)
    document = build_image_document(encode(image, "PNG"), "PNG", engine=rapidocr)
    assert texts(document) == EXPECTED
    assert rectified_image_size(document.pages[0]) == image.size
    truth = word_centres(build_pdf_document(card_pdf()))
    assert word_centres(document)["committee"] == pytest.approx(truth["committee"], abs=0.02)
