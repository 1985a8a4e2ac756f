"""Tables on scanned pages: ruling lines found in the image, then the same detection as for
PDFs with the OCR engine's words.

Lines are what survives a morphological opening of the binarised page with a long, thin
structuring element: glyph strokes are shorter than the element and vanish, rules remain. Each
remaining piece becomes a segment in points; pieces too thick to be a rule (filled areas,
photographs) are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from openbda.document.layout import WordBox
from openbda.document.regions import PageGraphics, Region, Segment
from openbda.document.tables.detect import detect_tables
from openbda.engines.ocr.imageops import to_grey

# Shortest rules kept (points): horizontal rules are longer than any glyph stroke (an em dash
# is one em); vertical ones must be found even in one table row.
MIN_HORIZONTAL = 20.0
MIN_VERTICAL = 12.0
# Thicker pieces (points) are filled areas or blobs, not rules; a slightly skewed scan makes a
# long rule's box a little taller, hence the share of its length.
MAX_THICKNESS = 4.0
SKEW_SHARE = 0.02
# Images are analysed at most at this many pixels per point (144 dpi).
WORK_SCALE = 2.0
# Grey levels below this are ink even when Otsu's threshold is lower.
MIN_INK_LEVEL = 160
# Breaks up to this long (points) in a scanned rule are bridged.
BRIDGE = 2.0


def detect_tables_in_image(
    words: Sequence[WordBox], gray: npt.NDArray[np.uint8], scale: float
) -> list[Region]:
    """Tables on a scanned page. `gray` is the page image (rows x columns, 0 = black),
    `scale` its pixels per point, and `words` the OCR words in points on the same page."""
    height_px, width_px = gray.shape[:2]
    graphics = image_graphics(gray, scale)
    return detect_tables(words, graphics, width_px / scale, height_px / scale)


def tables_on_scan(
    words: Sequence[WordBox], pixels: npt.NDArray[np.uint8], width_pt: float
) -> list[Region]:
    """Tables on an OCR'd page image (RGB or grey, upright) `width_pt` points wide, as regions
    for the assembler; `words` are the page's OCR words in points."""
    if not words or width_pt <= 0:
        return []
    grey = to_grey(pixels)
    return detect_tables_in_image(words, grey, grey.shape[1] / width_pt)


def image_graphics(gray: npt.NDArray[np.uint8], scale: float) -> PageGraphics:
    """Ruling segments of a page image, in points."""
    page: npt.NDArray[Any] = np.asarray(gray)
    if page.ndim == 3:
        code = cv2.COLOR_BGRA2GRAY if page.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        page = page[..., 0] if page.shape[2] == 1 else cv2.cvtColor(page, code)
    page = np.ascontiguousarray(page, dtype=np.uint8)
    if scale > WORK_SCALE:
        # Rules stay visible at two pixels per point and the morphology costs a quarter at
        # 300 dpi; area averaging turns a one-pixel rule into a grey one, still ink below.
        factor = WORK_SCALE / scale
        page = cv2.resize(page, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
        scale = WORK_SCALE
    # Otsu adapts to the scan's contrast; grey rules (and rules greyed by the downscale) count
    # as ink up to MIN_INK_LEVEL. Ink becomes white on black for the morphology.
    level, _ = cv2.threshold(page, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    _, ink = cv2.threshold(page, max(level, MIN_INK_LEVEL), 255, cv2.THRESH_BINARY_INV)
    segments = _lines(ink, scale, horizontal=True) + _lines(ink, scale, horizontal=False)
    return PageGraphics(segments=segments)


def _lines(ink: npt.NDArray[Any], scale: float, *, horizontal: bool) -> list[Segment]:
    length = max(8, round((MIN_HORIZONTAL if horizontal else MIN_VERTICAL) * scale))
    bridge = max(1, round(BRIDGE * scale))
    shape = (length, 1) if horizontal else (1, length)
    opened = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, shape))
    close_shape = (bridge * 2 + 1, 1) if horizontal else (1, bridge * 2 + 1)
    closed = cv2.morphologyEx(
        opened, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, close_shape)
    )
    # Outer contours' boxes are the pieces' extents; on these sparse masks this is far
    # cheaper than labelling connected components.
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out: list[Segment] = []
    rows, cols = ink.shape[:2]
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        long_side, short_side = (w, h) if horizontal else (h, w)
        if long_side < length:
            continue
        # A piece touching the image's edge along its length is the edge of the paper or of
        # the photo (a dark border, the table a receipt lies on), not a rule.
        if (y <= 0 or y + h >= rows) if horizontal else (x <= 0 or x + w >= cols):
            continue
        if short_side > MAX_THICKNESS * scale + SKEW_SHARE * long_side:
            continue
        if horizontal:
            mid = (y + h / 2) / scale
            out.append(Segment(x / scale, mid, (x + w) / scale, mid))
        else:
            mid = (x + w / 2) / scale
            out.append(Segment(mid, y / scale, mid, (y + h) / scale))
    return out
