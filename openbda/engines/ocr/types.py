"""What every OCR backend returns: lines of words with boxes, polygons and confidences.

Coordinates are pixels of the image the engine was given, origin top-left. A polygon is four
corners in reading order (top-left, top-right, bottom-right, bottom-left as the text reads), so
text on a slant or turned on its side keeps its true outline; `box` is the axis-aligned hull
that layout analysis works with.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    # numpy comes with the OCR extra; the types here are also imported by the PDF builder,
    # which must work without it.
    import numpy as np
    import numpy.typing as npt

Point = tuple[float, float]
Polygon = tuple[Point, Point, Point, Point]
# An RGB (height x width x 3) or grey (height x width) image of 8-bit samples.
Image: TypeAlias = "npt.NDArray[np.uint8]"

_TOKEN = re.compile(r"\S+")


class OcrUnavailable(Exception):
    """The OCR extra is not installed: scans and images cannot be read."""


@dataclass(frozen=True, slots=True)
class PixelBox:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def hull(polygon: Polygon) -> PixelBox:
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    return PixelBox(min(xs), min(ys), max(xs), max(ys))


def rectangle(x0: float, y0: float, x1: float, y1: float) -> Polygon:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


@dataclass(frozen=True, slots=True)
class OcrWord:
    text: str
    polygon: Polygon
    confidence: float

    @property
    def box(self) -> PixelBox:
        return hull(self.polygon)


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    polygon: Polygon
    confidence: float
    words: tuple[OcrWord, ...]

    @property
    def box(self) -> PixelBox:
        return hull(self.polygon)

    @property
    def text_height(self) -> float:
        """Height of the text itself, measured across the line (not the slanted hull)."""
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.polygon
        left = math.hypot(x3 - x0, y3 - y0)
        right = math.hypot(x2 - x1, y2 - y1)
        return (left + right) / 2


@dataclass(frozen=True, slots=True)
class OcrPage:
    """The text of one page image read upright.

    `rotation` is how far (clockwise degrees: 0, 90, 180 or 270) the input had to be turned for
    its text to read upright; `lines` are in that upright image, `width` x `height` pixels.
    """

    lines: tuple[OcrLine, ...]
    width: int
    height: int
    rotation: int = 0


class OcrEngine(Protocol):
    """An OCR backend. Implementations load their models on first use and are reused."""

    @property
    def name(self) -> str: ...

    @property
    def line_height_ratio(self) -> float:
        """Height of this engine's line polygons over the font size of their text (points of
        type per point of box), measured on rendered pages of known type sizes."""
        ...

    def recognize(self, image: Image) -> list[OcrLine]:
        """Lines of text in `image` as given (no page-rotation correction)."""
        ...

    def read_page(self, image: Image) -> OcrPage:
        """Find whether the page is turned by 90, 180 or 270 degrees and read it upright."""
        ...


def split_words(text: str, polygon: Polygon, confidence: float) -> tuple[OcrWord, ...]:
    """Words of a line placed along the line's polygon in proportion to character positions.

    For engines (or lines) without word boxes: every character is taken as equally wide, which
    is close for the monospaced and near-uniform type of receipts, forms and body text.
    """
    n = len(text)
    if n == 0:
        return ()
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = polygon
    words = []
    for match in _TOKEN.finditer(text):
        a, b = match.start() / n, match.end() / n
        words.append(
            OcrWord(
                match.group(),
                (
                    (tlx + (trx - tlx) * a, tly + (try_ - tly) * a),
                    (tlx + (trx - tlx) * b, tly + (try_ - tly) * b),
                    (blx + (brx - blx) * b, bly + (bry - bly) * b),
                    (blx + (brx - blx) * a, bly + (bry - bly) * a),
                ),
                confidence,
            )
        )
    return tuple(words)


def as_polygon(points: Sequence[Sequence[float]]) -> Polygon:
    p = [(float(x), float(y)) for x, y in points]
    return (p[0], p[1], p[2], p[3])
