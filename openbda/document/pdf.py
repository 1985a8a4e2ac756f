"""Build a `Document` from a PDF with pypdfium2: its text layer, and OCR where that is missing.

pdfium gives each character a box; this module turns characters into words in the page's
displayed orientation and hands them to `assemble` for lines, blocks and reading order.

Scanned and mixed PDFs: given an OCR engine, each page's text layer is checked (see
`scan.plan_ocr`: no text, unmapped glyphs, invisible junk, scans with only a few words on
them) and the pages or image regions without usable text are rendered and read by OCR.

Speed: the per-character loop calls pdfium's C functions directly with preallocated buffers and
asks for font details once per word, not per character; the page text comes in one call.
pdfium work happens under `PDFIUM_LOCK` one page at a time; OCR runs outside it, so a slow
page does not hold up other threads' pdfium calls.
"""

from __future__ import annotations

import ctypes
import logging
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.errors import DocumentError
from openbda.document.figures import detect_figures
from openbda.document.layout import WordBox
from openbda.document.model import Document
from openbda.document.pdf_graphics import read_graphics
from openbda.document.regions import Rect, resolve_regions
from openbda.document.scan import (
    MAX_OCR_SIDE,
    OcrPlan,
    ScannedPage,
    TextLayer,
    finish_document,
    from_upright,
    ocr_words,
    plan_ocr,
    to_upright,
    traces_of,
    without_duplicates,
)
from openbda.document.tables import detect_tables
from openbda.engines.ocr.types import OcrEngine, OcrLine, OcrUnavailable, OcrWord

if TYPE_CHECKING:
    # numpy comes with the OCR extra and is only needed when an OCR engine is given.
    import numpy as np

log = logging.getLogger(__name__)

MIN_PAGE_POINTS = 40.0
MAX_PAGE_POINTS = 9000.0

# pdfium is not thread-safe; one document at a time per process. Workers scale by process.
PDFIUM_LOCK = threading.Lock()

# pdfium load error codes (fpdfview.h).
_ERR_FORMAT = 3
_ERR_PASSWORD = 4
_ERR_SECURITY = 5

# A word ends at white space; pdfium also generates spaces and CR/LF between text runs.
_SEPARATORS = frozenset(
    " \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000"
)

# Gap between two characters, relative to the line height, that splits a word when the file has
# no space character there.
_WORD_GAP = 0.3

_BOLD_NAME = re.compile(
    r"bold|black|heavy|semibold|demi|(?:^|[^a-z])bd(?:$|[^a-z])|bx\d", re.IGNORECASE
)
_FORCE_BOLD_FLAG = 1 << 18
# FPDFText_GetTextObject returning the address as a plain int: a usable cache key without
# ctypes.cast on every call.
_text_object_address = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0
)
_SURROGATE = re.compile("[\ud800-\udfff]")

# Pages without usable text are rendered at this resolution for OCR. Measured (bench/ocr_speed.py
# on noisy scans of real pages; rendered 6-10 pt text): RapidOCR reads the same from 150 to 300
# dpi (it scales pages to 2000 pixels a side before detection, Letter at 180 dpi); Tesseract
# loses 6-point text at 150 dpi (86% of words against 100% at 200) and at 300 dpi takes 40%
# longer for no gain. 200 dpi also keeps 8-point type above the 15 pixels BDA asks for.
OCR_DPI = 200
# A rendered page with fewer dark pixels than this share is blank: no OCR.
MIN_INK_SHARE = 0.0005
# Characters examined per page when judging the text layer.
_SAMPLE = 400
_INVISIBLE_MODES = (pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE, pdfium_c.FPDF_TEXTRENDERMODE_CLIP)


def _char_map() -> dict[str, str]:
    """Characters to rewrite so text reads as printed."""
    mapping = {chr(c): "" for c in range(0x20) if chr(c) not in _SEPARATORS}
    # pdfium marks a hyphen that ends a line with U+FFFE (or U+0002); it is printed as "-".
    mapping.update({"\ufffe": "-", "\x02": "-", "\u00ad": "-", "\ufeff": ""})
    # C1 controls come from symbol fonts without a usable ToUnicode map (check boxes, dingbats):
    # there is no faithful character to print, so they are dropped.
    mapping.update({chr(c): "" for c in range(0x80, 0xA0)})
    ligatures = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    mapping.update(ligatures | {"\ufb05": "st", "\ufb06": "st"})
    return mapping


_CHAR_MAP = _char_map()


def build_pdf_document(
    data: bytes, *, max_pages: int = 3000, engine: OcrEngine | None = None
) -> Document:
    """Read every page of the PDF in `data`; raise `DocumentError` when the file is unusable.

    With an `engine`, pages (or image regions of pages) without a usable text layer are read
    by OCR; without one, only the text layer is read.
    """
    if not data:
        raise DocumentError("The input file is empty (0 bytes); upload the PDF again.")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("The input is not a PDF file: it does not start with a %PDF header.")
    pages = _read_pages(data, max_pages, engine)
    document = assemble_document([p.page for p in pages], file_type="PDF")
    return finish_document(document, pages)


def _read_pages(data: bytes, max_pages: int, engine: OcrEngine | None) -> list[ScannedPage]:
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _open_error(exc, data) from None
    try:
        with PDFIUM_LOCK:
            count = len(pdf)
        if count > max_pages:
            raise DocumentError(
                f"The PDF has {count} pages; at most {max_pages} pages can be processed. "
                "Split the file and submit the parts separately."
            )
        pages = []
        for index in range(count):
            with PDFIUM_LOCK:
                read = _read_page(pdf, index, with_ocr=engine is not None)
            # OCR runs without the lock: it takes seconds and touches no pdfium object.
            pages.append(_ocr_page(read, engine) if engine and read.plan.needed else read.page)
        return pages
    finally:
        with PDFIUM_LOCK:
            pdf.close()


def _ocr_page(read: _PageRead, engine: OcrEngine) -> ScannedPage:
    """The page read by OCR where its plan says so. Without the OCR extra, a born-digital page
    with pictures keeps its text layer (the pictures' text stays unread); a page that is mostly
    a scan fails the job, rather than coming out empty."""
    try:
        return _apply_ocr(read, engine)
    except OcrUnavailable as exc:
        if read.plan.whole_page:
            raise DocumentError(
                f"Page {read.page.page.index + 1} must be read by OCR ({read.plan.reason}), "
                f"which is not available: {exc}"
            ) from exc
        log.warning(
            "page %d: %s; its text layer is used alone: %s",
            read.page.page.index + 1,
            read.plan.reason,
            exc,
        )
        return read.page


def _open_error(exc: pdfium.PdfiumError, data: bytes) -> DocumentError:
    code = getattr(exc, "err_code", None)
    if code in (_ERR_PASSWORD, _ERR_SECURITY) or (code == _ERR_FORMAT and b"/Encrypt" in data):
        return DocumentError(
            "The PDF is encrypted; BDA does not accept password-protected PDFs. "
            "Remove the password and submit the file again."
        )
    if code == 0:
        return DocumentError("The PDF has no pages.")
    return DocumentError(
        "The PDF is corrupt or truncated and cannot be read; check that the whole file was "
        "uploaded and that it opens in a PDF viewer."
    )


@dataclass
class _PageRead:
    """A page's text layer, and its rendering when OCR is planned (`image` None otherwise)."""

    page: ScannedPage
    plan: OcrPlan
    image: np.ndarray | None = None
    dpi: float = OCR_DPI
    # The module that rendering for OCR needed and could not import (numpy, without the extra).
    missing: str = ""


def _read_page(pdf: pdfium.PdfDocument, index: int, *, with_ocr: bool) -> _PageRead:
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        raise DocumentError(
            f"Page {index + 1} of the PDF cannot be read; the file may be corrupt."
        ) from None
    try:
        left, bottom, right, top = page.get_cropbox()
        width, height = abs(right - left), abs(top - bottom)
        for side in (width, height):
            if not MIN_PAGE_POINTS <= side <= MAX_PAGE_POINTS:
                raise DocumentError(
                    f"Page {index + 1} measures {width:g} x {height:g} points; every page must "
                    f"be between {MIN_PAGE_POINTS:g} and {MAX_PAGE_POINTS:g} points on each side."
                )
        rotation = page.get_rotation() % 360
        if rotation in (90, 270):
            width, height = height, width
        frame = _Frame(
            rotation, min(left, right), min(bottom, top), max(left, right), max(bottom, top)
        )
        # Rulings, fills and images, while the page is open and PDFIUM_LOCK is held: tables and
        # figures come from them, and the OCR plan from where the images lie.
        graphics = read_graphics(page)
        textpage = page.get_textpage()
        try:
            words = _read_words(textpage, frame, width, height)
            layer = _text_layer(page, textpage, graphics.images) if with_ocr else None
        finally:
            textpage.close()
        # Tables' and figures' words leave the text flow; they take their own place in reading
        # order.
        regions = resolve_regions(
            detect_tables(words, graphics, width, height),
            detect_figures(words, graphics, width, height),
        )
        positioned = PositionedPage(
            index=index, width=width, height=height, words=words, regions=regions
        )

        plan = plan_ocr(layer, words, width, height) if layer is not None else OcrPlan()
        read = _PageRead(ScannedPage(positioned), plan)
        if plan.needed:
            read.dpi = min(OCR_DPI, MAX_OCR_SIDE * 72.0 / max(width, height))
            try:
                read.image = _render(page, read.dpi)
            except ImportError as exc:
                read.missing = exc.name or "numpy"
        return read
    finally:
        page.close()


def _render(page: pdfium.PdfPage, dpi: float) -> np.ndarray:
    """The displayed page (after /Rotate, within its crop box) as RGB pixels."""
    bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
    try:
        pixels: np.ndarray = bitmap.to_numpy()[:, :, :3].copy()  # needs numpy (OCR extra)
    finally:
        bitmap.close()
    return pixels


def _text_layer(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, images: Sequence[Rect]
) -> TextLayer:
    """How trustworthy the page's text is, judged on a sample of its characters, with the
    page's images (in displayed points) and whether it draws anything at all."""
    handle = textpage.raw
    count = max(pdfium_c.FPDFText_CountChars(handle), 0)
    text = _page_text(handle, count) if count else ""
    chars = sum(1 for ch in text if ch not in _SEPARATORS)
    sampled = bad = invisible = 0
    modes: dict[int, int] = {}
    for i in range(0, count, max(1, count // _SAMPLE)):
        ch = text[i]
        if ch in _SEPARATORS:
            continue
        sampled += 1
        if _is_bad_char(ch) or pdfium_c.FPDFText_HasUnicodeMapError(handle, i) == 1:
            bad += 1
        address = _text_object_address(handle, i)
        if address:
            mode = modes.get(address)
            if mode is None:
                obj = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
                mode = modes[address] = pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
            invisible += mode in _INVISIBLE_MODES
    has_content = pdfium_c.FPDFPage_CountObjects(page.raw) > 0
    return TextLayer(chars, sampled, bad, invisible, text, tuple(images), has_content)


def _is_bad_char(ch: str) -> bool:
    """A character that is no text: a glyph id passed through (C0/C1 controls, which pdfium
    reports for fonts without a usable ToUnicode map), private use, or the replacement mark."""
    code = ord(ch)
    return (
        (code < 0x20 and ch not in _SEPARATORS and ch != "\x02")  # U+0002: soft hyphen
        or 0x80 <= code < 0xA0
        or 0xE000 <= code <= 0xF8FF
        or code >= 0xF0000
        or ch == "\ufffd"
    )


def _apply_ocr(read: _PageRead, engine: OcrEngine) -> ScannedPage:
    """The page with OCR words where its plan says so."""
    if read.image is None:
        raise OcrUnavailable(f"{read.missing} is not installed (install the 'ocr' extra)")
    image, plan, page = read.image, read.plan, read.page.page
    if _is_blank(image):
        return ScannedPage(_replace_words(page, [] if not plan.keep_text_layer else page.words))
    points_per_pixel = 72.0 / read.dpi
    layer = page.words if plan.keep_text_layer else []
    ratio = engine.line_height_ratio
    if plan.whole_page:
        ocr = engine.read_page(image)
        quarter = ocr.rotation in (90, 270)
        width, height = (page.height, page.width) if quarter else (page.width, page.height)
        upright = [to_upright(w, ocr.rotation, page.width, page.height) for w in layer]
        found = without_duplicates(
            ocr_words(ocr.lines, points_per_pixel=points_per_pixel, height_ratio=ratio), upright
        )
        words = [w for w, _ in found] + upright
        # The text layer of a scan is too thin for table detection: find tables again in the
        # page image with the OCR words (the image's rules, the words' alignment).
        from openbda.document.tables.image import tables_on_scan
        from openbda.engines.ocr.imageops import turn

        regions = tables_on_scan(words, turn(image, ocr.rotation), width)
        turned = PositionedPage(page.index, width, height, words, regions)
        return ScannedPage(turned, ocr.rotation, traces_of(found, width, height))
    found = []
    for rect in plan.regions:
        crop, origin = _crop(image, rect, read.dpi)
        if crop is None:
            continue
        lines = _read_region(engine, crop)
        offset = (origin[0] * points_per_pixel, origin[1] * points_per_pixel)
        found += ocr_words(
            lines, points_per_pixel=points_per_pixel, offset=offset, height_ratio=ratio
        )
    found = without_duplicates(found, layer)
    words = list(layer) + [w for w, _ in found]
    return ScannedPage(_replace_words(page, words), 0, traces_of(found, page.width, page.height))


def _read_region(engine: OcrEngine, crop: np.ndarray) -> list[OcrLine]:
    """A region's lines in the crop's own pixels, however the text in it is turned."""
    ocr = engine.read_page(crop)
    if not ocr.rotation:
        return list(ocr.lines)
    height, width = crop.shape[:2]
    return [
        OcrLine(
            line.text,
            from_upright(line.polygon, ocr.rotation, width, height),
            line.confidence,
            tuple(
                OcrWord(
                    word.text,
                    from_upright(word.polygon, ocr.rotation, width, height),
                    word.confidence,
                )
                for word in line.words
            ),
        )
        for line in ocr.lines
    ]


def _crop(image: np.ndarray, rect: Rect, dpi: float) -> tuple[np.ndarray | None, tuple[int, int]]:
    scale = dpi / 72.0
    height, width = image.shape[:2]
    x0, y0 = max(int(rect.x0 * scale), 0), max(int(rect.top * scale), 0)
    x1, y1 = min(int(rect.x1 * scale + 1), width), min(int(rect.bottom * scale + 1), height)
    if x1 - x0 < 16 or y1 - y0 < 16:
        return None, (0, 0)
    return image[y0:y1, x0:x1].copy(), (x0, y0)


def _is_blank(image: np.ndarray) -> bool:
    # Subsampled: a blank page is blank everywhere, and ink of text shows at every fourth pixel.
    sample = image[::4, ::4]
    dark = int((sample.min(axis=2) < 160).sum())
    return dark < MIN_INK_SHARE * sample.shape[0] * sample.shape[1]


def _replace_words(page: PositionedPage, words: list[WordBox]) -> PositionedPage:
    return PositionedPage(page.index, page.width, page.height, words, page.regions)


class _Frame:
    """Where the displayed page's origin lies, for a page turned by /Rotate (clockwise).

    The character loop works in "flipped" coordinates (see `_read_words`) that equal displayed
    coordinates up to this translation, which is added once per word instead of per character.
    """

    __slots__ = ("dx", "dy", "rotation")

    def __init__(self, rotation: int, cl: float, cb: float, cr: float, ct: float) -> None:
        self.rotation = rotation
        self.dx, self.dy = {0: (-cl, ct), 90: (-cb, -cl), 180: (cr, -cb), 270: (ct, cr)}[rotation]


def _page_text(textpage: ctypes.c_void_p, count: int) -> str:
    """All characters of the page, one string index per pdfium character index.

    pdfium stores a character outside the BMP as two entries (a surrogate pair); they stay two
    entries here and `_join_pairs` recombines them.
    """
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(buffer)[: 2 * max(written - 1, 0)].decode("utf-16-le", errors="surrogatepass")
    if len(text) == count:
        return text
    # pdfium's text view dropped or inserted characters: ask for each one.
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))


def _join_pairs(chars: list[str]) -> str:
    """Join characters, recombining surrogate pairs; a lone half becomes U+FFFD."""
    return "".join(chars).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


class _FontProbe:
    """Font size and weight of the text object a character belongs to.

    Asked once per word; a text object has one font and one matrix, so answers are cached by
    object (and weight by font name), which saves most pdfium calls on ordinary pages.
    """

    def __init__(self, textpage: ctypes.c_void_p) -> None:
        self.textpage = textpage
        self.matrix = pdfium_c.FS_MATRIX()
        self.name = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.by_object: dict[int | None, tuple[float, bool]] = {}
        self.bold_by_name: dict[bytes, bool] = {}

    def style(self, index: int, fallback_size: float) -> tuple[float, bool]:
        key = _text_object_address(self.textpage, index)
        style = self.by_object.get(key) if key else None
        if style is None:
            style = (self._size(index), self._bold(index))
            if key:
                self.by_object[key] = style
        return (style[0] if style[0] > 0 else fallback_size), style[1]

    def _size(self, index: int) -> float:
        size: float = pdfium_c.FPDFText_GetFontSize(self.textpage, index)
        # Many producers set a 1pt font and scale it with the text matrix.
        if pdfium_c.FPDFText_GetMatrix(self.textpage, index, ctypes.byref(self.matrix)):
            size *= math.hypot(self.matrix.c, self.matrix.d)
        return size

    def _bold(self, index: int) -> bool:
        length = pdfium_c.FPDFText_GetFontInfo(
            self.textpage, index, self.name, len(self.name), ctypes.byref(self.flags)
        )
        name = self.name.value if length else b""
        cached = self.bold_by_name.get(name)
        if cached is None:
            cached = bool(_BOLD_NAME.search(name.decode("latin-1"))) or bool(
                self.flags.value & _FORCE_BOLD_FLAG
            )
            if not cached:
                cached = pdfium_c.FPDFText_GetFontWeight(self.textpage, index) >= 600
            self.bold_by_name[name] = cached
        return cached


def _read_words(
    textpage: pdfium.PdfTextPage, frame: _Frame, width: float, height: float
) -> list[WordBox]:
    """Characters to words on the displayed page.

    This loop runs once per character, so it avoids function calls: comparisons are inlined and
    each character's rectangle is turned into displayed orientation with plain arithmetic
    (up to a translation that `_add_word` adds once per word).
    """
    # The raw handle skips pypdfium2's per-call attribute lookup on the helper object.
    handle = textpage.raw
    count = pdfium_c.FPDFText_CountChars(handle)
    if count <= 0:
        return []
    text = _page_text(handle, count)
    join = _join_pairs if _SURROGATE.search(text) else "".join
    fonts = _FontProbe(handle)
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    char_map = _CHAR_MAP
    separators = _SEPARATORS
    rotation = frame.rotation

    words: list[WordBox] = []
    chars: list[str] = []
    start = 0
    wx0 = wy0 = wx1 = wy1 = previous_x0 = 0.0
    for index in range(count):
        ch = text[index]
        if ch in separators:
            if chars:
                _add_word(
                    words, join(chars), (wx0, wy0, wx1, wy1), frame, fonts, start, width, height
                )
                chars = []
            continue
        ch = char_map.get(ch, ch)
        if not ch or not loose_box(handle, index, rect_ref):
            continue
        if rotation == 0:
            x0, x1, y0, y1 = rect.left, rect.right, -rect.top, -rect.bottom
        elif rotation == 90:
            x0, x1, y0, y1 = rect.bottom, rect.top, rect.left, rect.right
        elif rotation == 180:
            x0, x1, y0, y1 = -rect.right, -rect.left, rect.bottom, rect.top
        else:
            x0, x1, y0, y1 = -rect.top, -rect.bottom, -rect.right, -rect.left
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        if y1 - y0 < 0.1:
            y1 = y0 + 0.1
        if chars:
            word_height = wy1 - wy0
            char_height = y1 - y0
            ref = word_height if word_height > char_height else char_height
            low = char_height if word_height > char_height else word_height
            overlap = (wy1 if wy1 < y1 else y1) - (wy0 if wy0 > y0 else y0)
            # Ligatures give several characters one box, so "going back" is measured from the
            # previous character's left edge, not from the word's right edge.
            if (
                overlap >= 0.5 * low
                and x0 - wx1 <= _WORD_GAP * ref
                and x0 >= previous_x0 - 0.25 * ref
            ):
                chars.append(ch)
                if x0 < wx0:
                    wx0 = x0
                if y0 < wy0:
                    wy0 = y0
                if x1 > wx1:
                    wx1 = x1
                if y1 > wy1:
                    wy1 = y1
                previous_x0 = x0
                continue
            _add_word(words, join(chars), (wx0, wy0, wx1, wy1), frame, fonts, start, width, height)
        chars = [ch]
        start = index
        wx0, wy0, wx1, wy1 = x0, y0, x1, y1
        previous_x0 = x0
    if chars:
        _add_word(words, join(chars), (wx0, wy0, wx1, wy1), frame, fonts, start, width, height)
    return words


def _add_word(
    words: list[WordBox],
    text: str,
    box: tuple[float, float, float, float],
    frame: _Frame,
    fonts: _FontProbe,
    start: int,
    width: float,
    height: float,
) -> None:
    x0, y0, x1, y1 = box[0] + frame.dx, box[1] + frame.dy, box[2] + frame.dx, box[3] + frame.dy
    if x1 <= 0 or y1 <= 0 or x0 >= width or y0 >= height:
        return  # entirely off the visible page
    size, bold = fonts.style(start, fallback_size=(y1 - y0) / 1.15)
    words.append(WordBox(text, x0, y0, x1, y1, size, bold))
