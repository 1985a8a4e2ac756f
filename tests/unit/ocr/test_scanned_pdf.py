"""Scanned and mixed PDFs: which pages (or regions) get OCR, and how their words come back."""

from __future__ import annotations

import sys

import pytest
from PIL import Image

from openbda.document.errors import DocumentError
from openbda.document.layout import WordBox
from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.document.regions import Rect
from openbda.document.scan import TextLayer, looks_like_text, merge_rects, plan_ocr
from openbda.engines.ocr import OcrEngine
from tests.unit.ocr.pages import (
    BODY,
    CLOSING,
    TITLE,
    card_image,
    card_pdf,
    figure_page,
    mixed_pdf,
    noisy,
    private_use_pdf,
    scanned_pdf,
    with_text_layer,
)

EXPECTED = [TITLE, "\n".join(BODY), CLOSING]


def texts(document: Document, page: int = 0) -> list[str]:
    return [element.text for element in document.pages[page].elements]


def centre(document: Document, text: str, page: int = 0) -> tuple[float, float]:
    [word] = [w for w in document.pages[page].words if w.text == text]
    return word.box.left + word.box.width / 2, word.box.top + word.box.height / 2


def test_scanned_pdf_is_read_by_ocr(rapidocr: OcrEngine) -> None:
    data = scanned_pdf([noisy(card_image())])
    # Without an engine the page has no text at all; with one, OCR reads it.
    assert build_pdf_document(data).pages[0].words == ()
    document = build_pdf_document(data, engine=rapidocr)
    assert texts(document) == EXPECTED
    assert all(w.confidence < 1.0 for w in document.pages[0].words)
    # Boxes agree with where the text layer of the original card puts the words.
    truth = build_pdf_document(card_pdf())
    for word in ("Quarterly", "committee"):
        assert centre(document, word) == pytest.approx(centre(truth, word), abs=0.02)


def test_mixed_pdf_reads_the_text_layer_and_ocrs_the_scan(tesseract: OcrEngine) -> None:
    document = build_pdf_document(mixed_pdf(card_pdf(), card_image()), engine=tesseract)
    assert document.page_count == 2
    assert texts(document, 0) == texts(document, 1) == EXPECTED
    # Page 1 is the text layer (confidence 1.0), page 2 is OCR.
    assert {w.confidence for w in document.pages[0].words} == {1.0}
    assert all(w.confidence < 1.0 for w in document.pages[1].words)
    assert document.pages[0] == build_pdf_document(card_pdf()).pages[0]


@pytest.mark.parametrize("turn", [90, 270])
def test_scan_placed_sideways(rapidocr: OcrEngine, turn: int) -> None:
    image = card_image().rotate(turn, expand=True)  # counter-clockwise
    document = build_pdf_document(scanned_pdf([image]), engine=rapidocr)
    page = document.pages[0]
    assert texts(document) == EXPECTED
    assert (page.width_pt, page.height_pt) == pytest.approx((252.0, 360.0), abs=1)
    upright = centre(build_pdf_document(card_pdf()), "Quarterly")
    expected = {
        90: (upright[1], 1 - upright[0]),
        270: (1 - upright[1], upright[0]),
    }[turn]
    assert centre(document, "Quarterly") == pytest.approx(expected, abs=0.03)


def test_scan_on_a_page_with_rotate(rapidocr: OcrEngine) -> None:
    # The scan is stored sideways and /Rotate 90 turns it upright on screen: the displayed
    # page reads normally and needs no turn of its own.
    image = card_image().rotate(90, expand=True)
    document = build_pdf_document(scanned_pdf([image], rotate=90), engine=rapidocr)
    page = document.pages[0]
    assert (page.width_pt, page.height_pt) == pytest.approx((360.0, 252.0), abs=1)
    assert texts(document) == EXPECTED
    truth = build_pdf_document(card_pdf())
    assert centre(document, "Quarterly") == pytest.approx(centre(truth, "Quarterly"), abs=0.02)


def test_scan_with_a_digital_stamp_keeps_the_stamp_once(tesseract: OcrEngine) -> None:
    data = scanned_pdf([card_image()], stamp="RECEIVED 2024-05-01")
    document = build_pdf_document(data, engine=tesseract)
    words = [w.text for w in document.pages[0].words]
    assert words.count("RECEIVED") == 1 and words.count("2024-05-01") == 1
    stamp = next(w for w in document.pages[0].words if w.text == "RECEIVED")
    assert stamp.confidence == 1.0  # from the text layer, not OCR
    assert "Quarterly" in words and "committee" in words


def test_invisible_text_layer_of_an_ocrd_pdf_is_trusted(rapidocr: OcrEngine) -> None:
    layer = [("Quarterly", 24, 24), ("Report", 150, 24), ("Revenue", 24, 80)]
    document = build_pdf_document(with_text_layer(card_image(), layer), engine=rapidocr)
    # No OCR: exactly the invisible words, with the text layer's confidence.
    assert sorted(w.text for w in document.pages[0].words) == ["Quarterly", "Report", "Revenue"]
    assert {w.confidence for w in document.pages[0].words} == {1.0}


def test_invisible_junk_is_replaced_by_ocr(rapidocr: OcrEngine) -> None:
    junk = [("~~%#", 24, 24), ("|/\\|", 90, 24), ("@@", 24, 80), ("^^&*", 90, 80)]
    document = build_pdf_document(with_text_layer(card_image(), junk), engine=rapidocr)
    assert texts(document) == EXPECTED


def test_private_use_text_layer_is_replaced_by_ocr(rapidocr: OcrEngine) -> None:
    data = private_use_pdf()
    assert "\ue051" in build_pdf_document(data).text  # the text layer is junk
    document = build_pdf_document(data, engine=rapidocr)
    assert texts(document) == [TITLE, "\n".join(BODY)]


def test_picture_on_a_text_page_gets_its_text_read(rapidocr: OcrEngine) -> None:
    document = build_pdf_document(figure_page(card_image()), engine=rapidocr)
    page = document.pages[0]
    words = [w.text for w in page.words]
    # The page's own text once (text layer), the picture's text once more (OCR).
    assert words.count("Quarterly") == 2 and words.count("committee") == 1
    card_words = len(build_pdf_document(card_pdf()).pages[0].words)
    assert len(page.words) == len(f"{TITLE} {BODY[0]}".split()) + card_words
    # The picture's words lie in the picture, below the page's own two lines.
    picture = [w for w in page.words if w.text in ("while", "Approved", "committee")]
    assert len(picture) == 3 and all(w.box.top > 0.2 for w in picture)


def test_blank_scan_is_an_empty_page(tesseract: OcrEngine) -> None:
    document = build_pdf_document(
        scanned_pdf([Image.new("RGB", (300, 200), "white")]), engine=tesseract
    )
    assert document.page_count == 1 and document.pages[0].elements == ()


def test_text_pdf_is_unchanged_by_an_engine(tesseract: OcrEngine) -> None:
    data = card_pdf()
    assert build_pdf_document(data, engine=tesseract) == build_pdf_document(data)


def test_input_errors_still_come_first(tesseract: OcrEngine) -> None:
    with pytest.raises(DocumentError, match="empty"):
        build_pdf_document(b"", engine=tesseract)
    with pytest.raises(DocumentError, match="2 pages; at most 1"):
        build_pdf_document(mixed_pdf(card_pdf(), card_image()), max_pages=1, engine=tesseract)


# --- the plan, from page statistics alone ---------------------------------------------------

PAGE_W, PAGE_H = 612.0, 792.0
FULL = Rect(0, 0, PAGE_W, PAGE_H)


def layer(**changes: object) -> TextLayer:
    values: dict[str, object] = {
        "chars": 900,
        "sampled": 300,
        "bad": 0,
        "invisible": 0,
        "text": "An ordinary page of running text in English. " * 20,
        "images": (),
        "has_content": True,
    }
    values.update(changes)
    return TextLayer(**values)  # type: ignore[arg-type]


def words_in(rect: Rect, count: int) -> list[WordBox]:
    return [
        WordBox("word", rect.x0 + 5, rect.top + 5 + i, rect.x0 + 30, rect.top + 15 + i, 10, False)
        for i in range(count)
    ]


def test_plan_trusts_an_ordinary_text_page() -> None:
    assert not plan_ocr(layer(), [], PAGE_W, PAGE_H).needed


def test_plan_ocrs_pages_without_text_that_draw_something() -> None:
    plan = plan_ocr(layer(chars=0, sampled=0, text=""), [], PAGE_W, PAGE_H)
    assert plan.whole_page and not plan.keep_text_layer
    empty = plan_ocr(layer(chars=0, sampled=0, text="", has_content=False), [], PAGE_W, PAGE_H)
    assert not empty.needed


def test_plan_replaces_unmapped_glyphs() -> None:
    plan = plan_ocr(layer(bad=120), [], PAGE_W, PAGE_H)
    assert plan.whole_page and not plan.keep_text_layer
    assert not plan_ocr(layer(bad=20), [], PAGE_W, PAGE_H).needed  # a few odd symbols


def test_plan_for_invisible_text() -> None:
    scan = (FULL,)
    assert not plan_ocr(layer(invisible=300, images=scan), [], PAGE_W, PAGE_H).needed
    junk = layer(invisible=300, images=scan, text="|| ~~ #% @@ ^^ x7 /\\ " * 30)
    plan = plan_ocr(junk, [], PAGE_W, PAGE_H)
    assert plan.whole_page and not plan.keep_text_layer


def test_plan_for_scans_with_a_little_text_on_them() -> None:
    stamp = words_in(Rect(20, 20, 200, 40), 3)
    plan = plan_ocr(layer(chars=12, images=(FULL,)), stamp, PAGE_W, PAGE_H)
    assert plan.whole_page and plan.keep_text_layer
    # An image with plenty of text over it (text boxes drawn on a background) is read.
    busy = words_in(FULL, 400)
    assert not plan_ocr(layer(images=(FULL,)), busy, PAGE_W, PAGE_H).needed


def test_plan_reads_pictures_but_skips_icons() -> None:
    picture = Rect(72, 300, 300, 500)
    icon = Rect(500, 20, 530, 50)
    plan = plan_ocr(layer(images=(picture, icon)), [], PAGE_W, PAGE_H)
    assert plan.regions == (picture,) and not plan.whole_page


def test_strips_of_one_scan_merge() -> None:
    strips = [Rect(0, y, PAGE_W, y + 100) for y in range(0, 800, 100)]
    assert merge_rects(strips) == [Rect(0, 0, PAGE_W, 800)]
    apart = [Rect(0, 0, 10, 10), Rect(100, 100, 110, 110)]
    assert merge_rects(apart) == apart


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quick brown fox jumps over the lazy dog near the river bank.", True),
        ("Rechnung Nr. 2024-117 vom 3. März über 1.250,00 EUR", True),
        ("123 456 789 0.00 12.50", True),
        ("~~ ## %% @@ || ^^ ~~ ## %% @@", False),
        ("bcdfg hjklm npqrst vwxz bcdfg hjklm npqrst vwxz", False),
        ("", False),
    ],
)
def test_looks_like_text(text: str, expected: bool) -> None:
    assert looks_like_text(text) is expected


def _engines_without_ocr(monkeypatch: pytest.MonkeyPatch) -> OcrEngine:
    """The worker's lazily loaded engine on an install without the OCR extra: importing the
    backends fails the way a missing package makes it fail."""
    from openbda.config import Settings
    from openbda.pipeline.engines import Engines

    monkeypatch.setitem(sys.modules, "openbda.engines.ocr.factory", None)
    return Engines(Settings(workers=1)).lazy_ocr


def test_without_ocr_a_text_page_with_a_picture_keeps_its_text_layer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = build_pdf_document(
        figure_page(card_image()), engine=_engines_without_ocr(monkeypatch)
    )
    words = [w.text for w in document.pages[0].words]
    assert words == f"{TITLE} {BODY[0]}".split()


def test_without_ocr_a_scan_fails_with_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    data = scanned_pdf([card_image()])
    with pytest.raises(DocumentError, match=r"Page 1 must be read by OCR.*'ocr' extra"):
        build_pdf_document(data, engine=_engines_without_ocr(monkeypatch))
