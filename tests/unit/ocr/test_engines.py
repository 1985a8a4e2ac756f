"""Both OCR backends on rendered text: lines, words, boxes, confidences, page turns."""

from __future__ import annotations

import numpy as np
import pytest

from openbda.engines.ocr import (
    DEFAULT_OCR_ENGINE,
    OCR_ENGINE_NAMES,
    OcrEngine,
    OcrLine,
    RapidOcrEngine,
    TesseractEngine,
    get_ocr_engine,
    split_words,
)
from openbda.engines.ocr.filters import keep_line, latin_forms
from tests.unit.ocr.pages import BODY, CLOSING, DPI, TITLE, card_image


def _pixels(turn: int = 0) -> np.ndarray:
    image = card_image()
    return np.asarray(image.rotate(-turn, expand=True) if turn else image)


def _texts(lines: list[OcrLine]) -> list[str]:
    return [line.text for line in lines]


def test_factory_names_and_one_instance_per_process() -> None:
    assert OCR_ENGINE_NAMES == ("rapidocr", "tesseract")
    assert DEFAULT_OCR_ENGINE == "rapidocr"
    assert isinstance(get_ocr_engine("rapidocr"), RapidOcrEngine)
    assert isinstance(get_ocr_engine(" Tesseract "), TesseractEngine)
    assert get_ocr_engine() is get_ocr_engine("rapidocr")
    with pytest.raises(ValueError, match="rapidocr, tesseract"):
        get_ocr_engine("easyocr")


def test_lines_words_boxes_and_confidences(engine: OcrEngine) -> None:
    lines = engine.recognize(_pixels())
    assert _texts(lines) == [TITLE, *BODY, CLOSING]
    title = lines[0]
    # Drawn at x = 24 pt, top = 24 pt, 22 pt type.
    assert title.box.x0 == pytest.approx(24 * DPI / 72, abs=8)
    assert title.box.y0 == pytest.approx(24 * DPI / 72, abs=10)
    for line in lines:
        assert 0.5 <= line.confidence <= 1.0
        assert [w.text for w in line.words] == line.text.split()
        lefts = [w.box.x0 for w in line.words]
        assert lefts == sorted(lefts)
        for word in line.words:
            assert 0.0 <= word.confidence <= 1.0
            # Each word lies within its line (a few pixels of slack for padding).
            assert line.box.x0 - 4 <= word.box.x0 < word.box.x1 <= line.box.x1 + 4
            assert word.box.y1 >= line.box.y0 and word.box.y0 <= line.box.y1


def test_grey_input_reads_like_rgb(engine: OcrEngine) -> None:
    grey = np.asarray(card_image().convert("L"))
    assert _texts(engine.recognize(grey))[0] == TITLE


def test_blank_image_has_no_lines(engine: OcrEngine) -> None:
    assert engine.recognize(np.full((200, 300, 3), 255, dtype=np.uint8)) == []
    page = engine.read_page(np.full((200, 300), 255, dtype=np.uint8))
    assert (page.lines, page.rotation, page.width, page.height) == ((), 0, 300, 200)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_turned_pages_are_read_upright(engine: OcrEngine, turn: int) -> None:
    pixels = _pixels(turn)
    page = engine.read_page(pixels)
    assert page.rotation == (360 - turn) % 360
    upright = card_image()
    assert (page.width, page.height) == upright.size
    assert _texts(list(page.lines)) == [TITLE, *BODY, CLOSING]
    # Boxes are in the upright image: the title is near its top-left corner again.
    assert page.lines[0].box.x0 < upright.width * 0.2
    assert page.lines[0].box.y0 < upright.height * 0.25


def test_upright_page_is_not_turned(engine: OcrEngine) -> None:
    page = engine.read_page(_pixels())
    assert page.rotation == 0
    assert _texts(list(page.lines))[0] == TITLE


def test_split_words_places_words_by_character_position() -> None:
    words = split_words("ab  cdef", ((0, 0), (80, 0), (80, 10), (0, 10)), 0.9)
    assert [w.text for w in words] == ["ab", "cdef"]
    assert words[0].box.x0 == 0 and words[0].box.x1 == 20
    assert words[1].box.x0 == 40 and words[1].box.x1 == 80
    assert all(w.confidence == 0.9 and w.box.height == 10 for w in words)
    # A slanted line keeps its slant in each word's polygon.
    slanted = split_words("a b", ((0, 0), (30, 3), (30, 13), (0, 10)), 1.0)
    assert slanted[1].polygon[0] == pytest.approx((20, 2))


@pytest.mark.parametrize(
    ("text", "confidence", "kept"),
    [
        ("Total 9.00", 0.6, True),
        ("Total 9.00", 0.4, False),
        ("_", 0.7, False),
        ("-----", 0.95, True),
        ("\x07", 0.99, False),
        ("   ", 0.99, False),
    ],
)
def test_junk_filter(text: str, confidence: float, kept: bool) -> None:
    assert keep_line(text, confidence) is kept


@pytest.mark.parametrize(
    ("read", "kept"),
    [
        # A Latin line read with the recogniser's full-width forms gets ASCII ones.
        ("S.H.H.MOTOR\uff08SUNGAI RENGIT\uff09SDN BHD", "S.H.H.MOTOR(SUNGAI RENGIT)SDN BHD"),
        ("TOTAL\uff1a\u300012.00", "TOTAL: 12.00"),
        # On a line of CJK script the full-width forms are what is printed.
        ("\u4ef7\u683c\uff08\u5143\uff09", "\u4ef7\u683c\uff08\u5143\uff09"),
        ("plain (ascii)", "plain (ascii)"),
    ],
)
def test_latin_lines_lose_full_width_forms(read: str, kept: str) -> None:
    assert latin_forms(read) == kept


def test_despeckle_cleans_speckled_scans_and_leaves_clean_pages_alone() -> None:
    from openbda.engines.ocr.imageops import despeckle

    clean = np.asarray(card_image())
    assert despeckle(clean) is clean
    # Dust: single dark pixels over 1% of the page, the way a dirty scanner glass leaves them.
    rng = np.random.default_rng(3)
    speckled = clean.copy()
    dots = rng.random(clean.shape[:2]) < 0.01
    speckled[dots] = 0
    cleaned = despeckle(speckled)

    def ink(image: np.ndarray) -> int:
        return int((image.min(axis=2) < 128).sum())

    # The dots are gone; the text (the clean page's ink) stays.
    assert ink(cleaned) < ink(clean) + 0.1 * dots.sum()
    assert ink(cleaned) > 0.5 * ink(clean)
