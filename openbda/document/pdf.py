"""Build a `Document` from a PDF's text layer with pypdfium2.

pdfium gives each character a box; this module turns characters into words in the page's
displayed orientation and hands them to `assemble` for lines, blocks and reading order.

Speed: the per-character loop calls pdfium's C functions directly with preallocated buffers and
asks for font details once per word, not per character; the page text comes in one call.
"""

from __future__ import annotations

import ctypes
import math
import re
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.errors import DocumentError
from openbda.document.layout import WordBox
from openbda.document.model import Document

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


def build_pdf_document(data: bytes, *, max_pages: int = 3000) -> Document:
    """Read every page of the PDF in `data`; raise `DocumentError` when the file is unusable."""
    if not data:
        raise DocumentError("The input file is empty (0 bytes); upload the PDF again.")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError("The input is not a PDF file: it does not start with a %PDF header.")
    with PDFIUM_LOCK:
        pages = _read_pages(data, max_pages)
    return assemble_document(pages, file_type="PDF")


def _read_pages(data: bytes, max_pages: int) -> list[PositionedPage]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_error(exc, data) from None
    try:
        count = len(pdf)
        if count > max_pages:
            raise DocumentError(
                f"The PDF has {count} pages; at most {max_pages} pages can be processed. "
                "Split the file and submit the parts separately."
            )
        pages = []
        for index in range(count):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                raise DocumentError(
                    f"Page {index + 1} of the PDF cannot be read; the file may be corrupt."
                ) from None
            try:
                pages.append(_read_page(page, index))
            finally:
                page.close()
        return pages
    finally:
        pdf.close()


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


def _read_page(page: pdfium.PdfPage, index: int) -> PositionedPage:
    left, bottom, right, top = page.get_cropbox()
    width, height = abs(right - left), abs(top - bottom)
    for side in (width, height):
        if not MIN_PAGE_POINTS <= side <= MAX_PAGE_POINTS:
            raise DocumentError(
                f"Page {index + 1} measures {width:g} x {height:g} points; every page must be "
                f"between {MIN_PAGE_POINTS:g} and {MAX_PAGE_POINTS:g} points on each side."
            )
    rotation = page.get_rotation() % 360
    if rotation in (90, 270):
        width, height = height, width
    frame = _Frame(rotation, min(left, right), min(bottom, top), max(left, right), max(bottom, top))
    textpage = page.get_textpage()
    try:
        words = _read_words(textpage, frame, width, height)
    finally:
        textpage.close()
    return PositionedPage(index=index, width=width, height=height, words=words)


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
