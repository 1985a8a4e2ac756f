"""Pages read by OCR: OCR lines to positioned words, and the finishing touches on the assembled
`Document` that the shared assembler does not know about.

The assembler (`assemble.py`) turns words into lines, blocks and reading order for every
builder. OCR adds two things on top:
- confidences: the assembler's words carry none, so each assembled word gets its OCR word's
  confidence back (matched by text and position), and each line the character-weighted mean
  of its words';
- turned pages: a page whose text ran sideways or upside down is laid out upright (layout needs
  text that reads across) and its boxes are then turned back, so every box is on the page as
  displayed, like the text layer's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from openbda.document.assemble import PositionedPage
from openbda.document.layout import WordBox
from openbda.document.model import BoundingBox, Document, Element, Line, Page, Word
from openbda.document.regions import Rect
from openbda.engines.ocr.types import OcrLine, Polygon


@dataclass
class OcrWordTrace:
    """An OCR word's confidence, findable again after assembly by text and position."""

    text: str
    cx: float  # normalised centre on the page the assembler saw
    cy: float
    confidence: float


@dataclass
class ScannedPage:
    """A page to assemble, with what `finish_document` needs to complete it afterwards.

    `page` is in the frame the words were read in: for a turned page that is the upright frame
    (`rotation` clockwise degrees from the displayed page), with width and height swapped for
    quarter turns.
    """

    page: PositionedPage
    rotation: int = 0
    traces: list[OcrWordTrace] = field(default_factory=list)


# Height of a text-layer word box (pdfium's loose character boxes) per point of type, measured
# on Helvetica: OCR words get boxes of this height too, so that line spacing, block gaps and
# heading sizes measured over a mixed document mean the same on its OCR and text-layer pages.
TEXT_LAYER_BOX_HEIGHT = 1.17


def ocr_words(
    lines: Iterable[OcrLine],
    *,
    points_per_pixel: float,
    height_ratio: float,
    offset: tuple[float, float] = (0.0, 0.0),
) -> list[tuple[WordBox, float]]:
    """Words of OCR lines in points (pixels scaled, then shifted by `offset` points), in the
    lines' order, each with its confidence.

    A word's font size is its line's height over the engine's `height_ratio` (line box height
    per point of type); a word on a line that reads across gets a box of the height the text
    layer would give that type, centred on the word, whatever padding the engine puts around
    its boxes.
    """
    dx, dy = offset
    out: list[tuple[WordBox, float]] = []
    for line in lines:
        size = line.text_height * points_per_pixel / height_ratio
        (x0, y0), (x1, y1) = line.polygon[0], line.polygon[1]
        across = abs(x1 - x0) >= abs(y1 - y0)
        half = size * TEXT_LAYER_BOX_HEIGHT / 2
        for word in line.words:
            box = word.box
            top, bottom = box.y0 * points_per_pixel + dy, box.y1 * points_per_pixel + dy
            if across:
                middle = (top + bottom) / 2
                top, bottom = middle - half, middle + half
            out.append(
                (
                    WordBox(
                        word.text,
                        box.x0 * points_per_pixel + dx,
                        top,
                        box.x1 * points_per_pixel + dx,
                        bottom,
                        size,
                        False,
                    ),
                    word.confidence,
                )
            )
    return out


def traces_of(
    words: Iterable[tuple[WordBox, float]], width: float, height: float
) -> list[OcrWordTrace]:
    return [
        OcrWordTrace(
            w.text, (w.x0 + w.x1) / 2 / width, (w.y0 + w.y1) / 2 / height, min(1.0, max(0.0, c))
        )
        for w, c in words
    ]


def finish_document(document: Document, scanned: Sequence[ScannedPage]) -> Document:
    """Put OCR confidences on words and lines and turn boxes of turned pages back."""
    by_index = {s.page.index: s for s in scanned}
    pages = []
    for page in document.pages:
        info = by_index.get(page.index)
        if info is not None and (info.traces or info.rotation):
            page = _finish_page(page, info)
        pages.append(page)
    return replace(document, pages=tuple(pages))


def _finish_page(page: Page, info: ScannedPage) -> Page:
    lookup = _TraceLookup(info.traces)
    rotation = info.rotation % 360
    line_map: dict[int, Line] = {}
    for line in page.lines:
        line_map[id(line)] = _finish_line(line, lookup, rotation)
    elements = tuple(_finish_element(e, line_map, rotation) for e in page.elements)
    lines = tuple(line_map[id(line)] for line in page.lines)
    words = tuple(word for line in lines for word in line.words)
    width, height = page.width_pt, page.height_pt
    if rotation in (90, 270):
        width, height = height, width
    return replace(
        page, elements=elements, lines=lines, words=words, width_pt=width, height_pt=height
    )


def _finish_element(element: Element, line_map: dict[int, Line], rotation: int) -> Element:
    lines = tuple(line_map.get(id(line)) or line for line in element.lines)
    return replace(element, lines=lines, box=turn_box(element.box, rotation))


def _finish_line(line: Line, lookup: _TraceLookup, rotation: int) -> Line:
    words = tuple(Word(w.text, turn_box(w.box, rotation), lookup.confidence(w)) for w in line.words)
    chars = sum(len(w.text) for w in words)
    confidence = (
        sum(w.confidence * len(w.text) for w in words) / chars if chars else line.confidence
    )
    return replace(line, words=words, box=turn_box(line.box, rotation), confidence=confidence)


class _TraceLookup:
    def __init__(self, traces: Iterable[OcrWordTrace]) -> None:
        self.by_text: dict[str, list[OcrWordTrace]] = defaultdict(list)
        for trace in traces:
            self.by_text[trace.text].append(trace)

    def confidence(self, word: Word) -> float:
        candidates = self.by_text.get(word.text)
        if not candidates:
            return word.confidence  # a text-layer word keeps its own (1.0)
        cx = word.box.left + word.box.width / 2
        cy = word.box.top + word.box.height / 2
        nearest = min(candidates, key=lambda t: (t.cx - cx) ** 2 + (t.cy - cy) ** 2)
        if (nearest.cx - cx) ** 2 + (nearest.cy - cy) ** 2 > 1e-4:
            return word.confidence
        return nearest.confidence


def turn_box(box: BoundingBox, rotation: int) -> BoundingBox:
    """A normalised box on a page read turned by `rotation` (clockwise), on the page as
    displayed. Reading upright meant turning the displayed page clockwise; this undoes it."""
    left, top, right, bottom = box.left, box.top, box.right, box.bottom
    if rotation == 90:
        return BoundingBox.from_edges(top, 1.0 - right, bottom, 1.0 - left)
    if rotation == 180:
        return BoundingBox.from_edges(1.0 - right, 1.0 - bottom, 1.0 - left, 1.0 - top)
    if rotation == 270:
        return BoundingBox.from_edges(1.0 - bottom, left, 1.0 - top, right)
    return box


# Pages are handed to OCR with at most this many pixels a side (larger ones are scaled down
# first): RapidOCR detects on at most 2000 pixels anyway, 4000 keeps small print legible to
# Tesseract, and a 10000-pixel image would otherwise cost gigabytes in the engine's copies.
MAX_OCR_SIDE = 4000


# --- Which parts of a PDF page need OCR -----------------------------------------------------

# A page whose sampled characters are this often private-use, unmapped or control characters
# has a broken text layer (subset fonts without a usable ToUnicode map): OCR replaces it.
BAD_CHAR_SHARE = 0.3
# Text drawn invisibly (render mode 3) over a scan is how OCR'd "searchable" PDFs carry their
# text; a page where at least this share of the text is invisible is such a page.
INVISIBLE_SHARE = 0.9
# An image smaller than this (square points; 1 square inch) is a logo or icon, not a scan.
MIN_SCAN_AREA = 72.0 * 72.0
# An image with fewer text-layer characters over it than this per square inch is unread: a
# page of 10-point text carries about 40 per square inch, a digital stamp on a scan under 1.
MIN_CHARS_PER_SQUARE_INCH = 2.0
# Past this share of the page (or this many images), the whole page is OCR'd in one pass.
WHOLE_PAGE_SHARE = 0.5
MAX_REGIONS = 8
# An OCR word this much covered by a text-layer word is the same word read twice.
DUPLICATE_OVERLAP = 0.5


@dataclass(frozen=True)
class TextLayer:
    """What a PDF page's text layer and objects say, gathered by the PDF builder."""

    chars: int  # non-space characters on the page
    sampled: int  # characters examined (at most a few hundred, spread over the page)
    bad: int  # of those: private-use, unmapped, replacement or control characters
    invisible: int  # of those: drawn invisibly (render mode 3 or 7)
    text: str  # the page's text, for telling words from junk
    images: tuple[Rect, ...]  # image objects, in points on the displayed page
    has_content: bool  # anything drawn at all


@dataclass(frozen=True)
class OcrPlan:
    whole_page: bool = False
    keep_text_layer: bool = True
    regions: tuple[Rect, ...] = ()
    reason: str = ""

    @property
    def needed(self) -> bool:
        return self.whole_page or bool(self.regions)


def plan_ocr(layer: TextLayer, words: Sequence[WordBox], width: float, height: float) -> OcrPlan:
    """Decide whether the text layer can be trusted, and what to OCR where it cannot."""
    if layer.chars == 0:
        return OcrPlan(layer.has_content, keep_text_layer=False, reason="no text layer")
    if layer.sampled and layer.bad / layer.sampled >= BAD_CHAR_SHARE:
        return OcrPlan(True, keep_text_layer=False, reason="unmapped or private-use glyphs")
    if layer.sampled and layer.invisible / layer.sampled >= INVISIBLE_SHARE:
        if looks_like_text(layer.text):
            return OcrPlan(reason="invisible text over a scan (an OCR'd PDF)")
        return OcrPlan(True, keep_text_layer=False, reason="invisible text that is not words")
    unread = [r for r in merge_rects(layer.images) if _is_unread(r, words)]
    if not unread:
        return OcrPlan()
    covered = sum(r.width * r.height for r in unread) / (width * height)
    if covered >= WHOLE_PAGE_SHARE or len(unread) > MAX_REGIONS:
        return OcrPlan(True, keep_text_layer=True, reason="a scan with a few words of text")
    return OcrPlan(regions=tuple(unread), reason="images without text over them")


def _is_unread(rect: Rect, words: Sequence[WordBox]) -> bool:
    area = rect.width * rect.height
    if area < MIN_SCAN_AREA:
        return False
    chars = sum(
        len(w.text) for w in words if rect.contains_point((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2)
    )
    return chars < MIN_CHARS_PER_SQUARE_INCH * area / (72.0 * 72.0)


def merge_rects(rects: Iterable[Rect], slack: float = 2.0) -> list[Rect]:
    """Union of overlapping or touching rectangles: scanners often place a page as strips."""
    merged: list[Rect] = []
    for rect in sorted(rects, key=lambda r: (r.top, r.x0)):
        current = rect
        changed = True
        while changed:
            changed = False
            for other in merged:
                if _touch(current, other, slack):
                    merged.remove(other)
                    current = Rect(
                        min(current.x0, other.x0),
                        min(current.top, other.top),
                        max(current.x1, other.x1),
                        max(current.bottom, other.bottom),
                    )
                    changed = True
                    break
        merged.append(current)
    return merged


def _touch(a: Rect, b: Rect, slack: float) -> bool:
    return (
        a.x0 - slack <= b.x1
        and b.x0 - slack <= a.x1
        and a.top - slack <= b.bottom
        and b.top - slack <= a.bottom
    )


def looks_like_text(text: str) -> bool:
    """Whether text reads as words in a Latin-script language rather than junk.

    Junk from a failed OCR layer or a broken encoding is mostly symbols, one-letter fragments
    or vowel-less letter runs; the languages BDA reads (EN, DE, ES, FR, IT, PT) have vowels in
    roughly 35-45% of their letters.
    """
    tokens = text.split()
    chars = sum(len(t) for t in tokens)
    if not chars:
        return False
    alnum = sum(ch.isalnum() for t in tokens for ch in t)
    if alnum / chars < 0.6 or not 1.5 <= chars / len(tokens) <= 20:
        return False
    letters = [ch for t in tokens for ch in t.lower() if "a" <= ch <= "z"]
    if len(letters) >= 20:
        vowels = sum(ch in "aeiouy" for ch in letters) / len(letters)
        return 0.15 <= vowels <= 0.65
    return True


def without_duplicates(
    ocr: list[tuple[WordBox, float]], layer: Sequence[WordBox]
) -> list[tuple[WordBox, float]]:
    """OCR words that no text-layer word already covers (the text layer wins where it exists)."""
    if not layer:
        return ocr
    kept = []
    for word, confidence in ocr:
        area = max((word.x1 - word.x0) * (word.y1 - word.y0), 1e-6)
        covered = max((_overlap(word, other) for other in layer), default=0.0)
        if covered / area < DUPLICATE_OVERLAP:
            kept.append((word, confidence))
    return kept


def _overlap(a: WordBox, b: WordBox) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def to_upright(word: WordBox, rotation: int, width: float, height: float) -> WordBox:
    """A word on the displayed page (width x height points) in the frame of the page turned
    clockwise by `rotation`, where OCR read it upright."""
    x0, y0, x1, y1 = word.x0, word.y0, word.x1, word.y1
    if rotation == 90:
        x0, y0, x1, y1 = height - y1, x0, height - y0, x1
    elif rotation == 180:
        x0, y0, x1, y1 = width - x1, height - y1, width - x0, height - y0
    elif rotation == 270:
        x0, y0, x1, y1 = y0, width - x1, y1, width - x0
    return WordBox(word.text, x0, y0, x1, y1, word.size, word.bold)


def from_upright(polygon: Polygon, rotation: int, width: int, height: int) -> Polygon:
    """Pixel corners in an image turned clockwise by `rotation` back in the image as given
    (`width` x `height` pixels)."""
    if rotation == 90:
        return _map(polygon, lambda u, v: (v, height - u))
    if rotation == 180:
        return _map(polygon, lambda u, v: (width - u, height - v))
    if rotation == 270:
        return _map(polygon, lambda u, v: (width - v, u))
    return polygon


def _map(polygon: Polygon, f: Callable[[float, float], tuple[float, float]]) -> Polygon:
    a, b, c, d = (f(x, y) for x, y in polygon)
    return (a, b, c, d)
