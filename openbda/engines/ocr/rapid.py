"""RapidOCR (PP-OCR detection, direction classification and recognition on onnxruntime).

The models ship inside the `rapidocr` wheel, so nothing is fetched at run time. The pipeline is
driven step by step (detect, classify, recognise) rather than through `RapidOCR.__call__` so
that the direction classifier's votes, which come for free, also tell whether the whole page is
turned: an upright page costs no extra pass, a turned one is read again upright.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from openbda.engines.ocr.filters import keep_line, latin_forms
from openbda.engines.ocr.imageops import despeckle, to_rgb, turn
from openbda.engines.ocr.types import (
    Image,
    OcrLine,
    OcrPage,
    OcrWord,
    Polygon,
    as_polygon,
    split_words,
)

# The crop of a text box this much taller than wide is read turned on its side: RapidOCR turns
# it a quarter counter-clockwise before classifying it (the same rule as its cropper).
_VERTICAL_RATIO = 1.5
# A page is read turned only when this share of its text (by length and classifier score) says
# so; below it the page is taken as upright, where a wrong turn costs most.
_TURN_MAJORITY = 0.6

# Longest image side fed to the detector; recognition crops come from the same resized image,
# so this also bounds the resolution text is read at. See bench/ocr_speed.py.
DEFAULT_MAX_SIDE = 2000


class RapidOcrEngine:
    """PP-OCR through RapidOCR; thread-safe (one page at a time per engine)."""

    name = "rapidocr"
    # Detection pads boxes: a line of 10-point type is about 12 points tall at 150-300 dpi.
    line_height_ratio = 1.2

    def __init__(self, *, max_side: int = DEFAULT_MAX_SIDE, threads: int = 0) -> None:
        self.max_side = max_side
        # 0 lets onnxruntime use every core; a pool of N worker processes should give each
        # cores / N.
        self.threads = threads
        self._lock = threading.Lock()
        self._ocr: Any = None

    def load(self) -> None:
        """Load the models now rather than on the first page (workers call it at start)."""
        with self._lock:
            self._engine()

    def recognize(self, image: Image) -> list[OcrLine]:
        with self._lock:
            lines, _ = self._read(to_rgb(image), find_turn=False)
        return lines

    def read_page(self, image: Image) -> OcrPage:
        rgb = despeckle(to_rgb(image))
        with self._lock:
            lines, rotation = self._read(rgb, find_turn=True)
            if rotation:
                rgb = turn(rgb, rotation)
                lines, _ = self._read(rgb, find_turn=False)
        height, width = rgb.shape[:2]
        return OcrPage(tuple(lines), width, height, rotation)

    def _engine(self) -> Any:
        if self._ocr is None:
            from rapidocr import RapidOCR  # imported here: onnxruntime is heavy to import

            params: dict[str, Any] = {
                "Global.log_level": "error",
                # Scores are filtered here (see filters.py); RapidOCR's own filter can misalign
                # word boxes with their lines when it drops a line.
                "Global.text_score": 0.0,
                "Global.return_word_box": True,
                "Global.max_side_len": self.max_side,
            }
            if self.threads > 0:
                params["EngineConfig.onnxruntime.intra_op_num_threads"] = self.threads
                params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
            self._ocr = RapidOCR(params=params)
        return self._ocr

    def _read(self, rgb: Image, *, find_turn: bool) -> tuple[list[OcrLine], int]:
        """Lines of `rgb`, or no lines and the page's turn when `find_turn` finds one."""
        from rapidocr.main import RapidOCRError

        ocr = self._engine()
        # RapidOCR's models take BGR arrays.
        bgr = np.ascontiguousarray(rgb[:, :, ::-1])
        img, record = ocr.preprocess_img(bgr)
        try:
            crops, det = ocr.detect_and_crop(img, record)
            upright_crops, cls = ocr.cls_and_rotate(crops)
        except RapidOCRError:  # nothing detected
            return [], 0
        if find_turn:
            rotation = _page_turn(det.boxes, cls.cls_res)
            if rotation:
                return [], rotation
        try:
            rec = ocr.recognize_txt(upright_crops)
            _second_look(ocr, crops, det, cls.cls_res, rec)
        except RapidOCRError:
            return [], 0
        out = ocr.build_final_output(bgr, det, cls, rec, crops, record)
        if not out.txts:
            return [], 0
        return _lines(out.boxes, out.txts, out.scores, out.word_results), 0


def _second_look(
    ocr: Any, crops: list[Any], det: Any, cls_res: Sequence[tuple[str, float]], rec: Any
) -> None:
    """Read again, as cropped, every line the direction classifier turned upside down.

    The classifier now and then turns an upright line of Latin text, which then reads as junk
    ("cla u s c e"); the page as a whole reads upright here, so the crop as detected gets a
    second reading and the more confident one wins. A line that really is upside down keeps the
    turned reading, and its box corners are rolled by two so that its polygon (and the word
    boxes RapidOCR derives from it) follow the text's reading order.
    """
    threshold = ocr.cfg.Cls.cls_thresh
    turned = [i for i, (label, score) in enumerate(cls_res) if "180" in label and score > threshold]
    if not turned:
        return
    again = ocr.recognize_txt([crops[i] for i in turned])
    texts, scores = list(rec.txts), list(rec.scores)
    words = list(rec.word_results)
    for j, i in enumerate(turned):
        if again.scores[j] >= scores[i]:
            texts[i], scores[i], words[i] = again.txts[j], again.scores[j], again.word_results[j]
        else:
            det.boxes[i] = np.roll(det.boxes[i], 2, axis=0)
    rec.txts, rec.scores, rec.word_results = tuple(texts), tuple(scores), tuple(words)


def _page_turn(boxes: Sequence[Any], cls_res: Sequence[tuple[str, float]]) -> int:
    """Clockwise turn that makes the page upright, voted by every detected line.

    A line box taller than wide holds text on its side; RapidOCR's cropper turns such crops a
    quarter counter-clockwise, so the classifier's "0" then means the text ran top to bottom
    (page turned 90 degrees clockwise: turn back by 270) and "180" the opposite.
    """
    votes: dict[int, float] = defaultdict(float)
    for box, (label, score) in zip(boxes, cls_res, strict=False):
        points = np.asarray(box, dtype=np.float64)
        width = max(np.linalg.norm(points[0] - points[1]), np.linalg.norm(points[2] - points[3]))
        height = max(np.linalg.norm(points[0] - points[3]), np.linalg.norm(points[1] - points[2]))
        if width <= 0 or height <= 0:
            continue
        flipped = "180" in label
        if height / width >= _VERTICAL_RATIO:
            turn_by = 90 if flipped else 270
        else:
            turn_by = 180 if flipped else 0
        votes[turn_by] += float(max(width, height)) * float(score)
    total = sum(votes.values())
    if not total:
        return 0
    best, weight = max(votes.items(), key=lambda item: item[1])
    return best if best and weight / total >= _TURN_MAJORITY else 0


def _lines(
    boxes: Sequence[Any],
    texts: Sequence[str],
    scores: Sequence[float],
    word_results: Sequence[Any],
) -> list[OcrLine]:
    # RapidOCR returns one word tuple per line when every line has words; otherwise the
    # lengths differ and words are placed proportionally instead.
    have_words = len(word_results) == len(texts)
    lines = []
    for i, (box, text, score) in enumerate(zip(boxes, texts, scores, strict=True)):
        confidence = float(score)
        if not keep_line(text, confidence):
            continue
        latin = latin_forms(text)
        widened = latin != text  # a Latin line read with full-width forms: its words too
        text = " ".join(latin.split())
        polygon = as_polygon(box)
        words = _words(word_results[i], text, widened) if have_words else None
        if words is None:
            words = split_words(text, polygon, confidence)
        lines.append(OcrLine(text, polygon, confidence, words))
    return lines


def _words(results: Any, line_text: str, widened: bool) -> tuple[OcrWord, ...] | None:
    """RapidOCR's word boxes for a line, or None when they do not spell the line's words."""
    words = []
    for item in results or ():
        if len(item) != 3 or item[2] is None:
            return None
        text, score, points = item
        text = (latin_forms(str(text)) if widened else str(text)).strip()
        if text:
            words.append(OcrWord(text, _polygon(points), float(score)))
    if [w.text for w in words] != line_text.split():
        return None
    return tuple(words)


def _polygon(points: Any) -> Polygon:
    return as_polygon([(float(x), float(y)) for x, y in points])
