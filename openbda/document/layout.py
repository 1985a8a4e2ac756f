"""Page layout from positioned words: lines, blocks, text sub-types and reading order.

Input is words with boxes in points on the displayed page (origin top-left) plus a font size
and a bold flag; the PDF text layer produces them today and OCR can tomorrow. Everything here
uses general signals (geometry and relative font size), never anything specific to a file.

Thresholds are expressed in multiples of a line's height or of the body font size so they hold
for any page size and type size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from openbda.document.model import SubType

# Words further apart than this (x gap / line height) start a new line, as OCR engines split lines
# at column gutters and table cell gaps. Justified lines and "Table 1.  Caption" stay whole.
LINE_GAP = 1.5
# A list marker ("•", "1.", "a)") may sit this far from its item's text on the same line.
MARKER_GAP = 4.0
# Two words belong to one line when their vertical overlap is at least this share of the smaller.
LINE_OVERLAP = 0.5
# A vertical gap larger than this (/ line height) between two lines starts a new block; documents
# set with loose leading raise it to their usual line gap plus BLOCK_GAP_MARGIN.
BLOCK_GAP = 0.5
BLOCK_GAP_MARGIN = 0.25
# How many of the most recent blocks a new line may join.
OPEN_BLOCKS = 6
# Share of page height where running headers and page numbers live (academic layouts set them
# well inside the page) and, narrower, where footers live (footnotes and table rows sit above).
MARGIN_BAND = 0.15
FOOTER_BAND = 0.1
# How much larger than body text a title and a section header must be.
TITLE_SCALE = 1.3
HEADING_SCALE = 1.15
# A title starts within this share of the first page's height.
TITLE_ZONE = 0.35

# Bullet glyphs, or a dash/asterisk followed by a space ("-5 degrees" is not a list item).
_BULLET = re.compile(
    r"^(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25cb]|[-*\u2013\u2014]\s)"
)
_ENUMERATOR = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)])\s")
_MARKER = re.compile(
    r"^(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25cb\u2013\u2014*-]"
    r"|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)])$"
)
# "7", "Page 7", "7 of 9", "- 7 -", "vii" (roman numerals up to 39, so words like "mix" miss).
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.|pg\.?)\s*)?[-\u2013\u2014\s]*"
    r"(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:of|/)\s*\d{1,4})?[-\u2013\u2014\s]*$",
    re.IGNORECASE,
)


class WordBox:
    """A word on the displayed page, in points."""

    __slots__ = ("bold", "size", "text", "x0", "x1", "y0", "y1")

    def __init__(
        self, text: str, x0: float, y0: float, x1: float, y1: float, size: float, bold: bool
    ) -> None:
        self.text = text
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.size = size
        self.bold = bold

    @property
    def height(self) -> float:
        return self.y1 - self.y0


class LineBox:
    """Words on one baseline; size and weight are kept as running character-weighted sums."""

    __slots__ = ("_bold_chars", "_chars", "_size_sum", "words", "x0", "x1", "y0", "y1")

    def __init__(self, first: WordBox) -> None:
        self.words = [first]
        self.x0, self.y0, self.x1, self.y1 = first.x0, first.y0, first.x1, first.y1
        n = len(first.text)
        self._chars = n
        self._size_sum = first.size * n
        self._bold_chars = n if first.bold else 0

    def add(self, word: WordBox) -> None:
        self.words.append(word)
        if word.x0 < self.x0:
            self.x0 = word.x0
        if word.y0 < self.y0:
            self.y0 = word.y0
        if word.x1 > self.x1:
            self.x1 = word.x1
        if word.y1 > self.y1:
            self.y1 = word.y1
        n = len(word.text)
        self._chars += n
        self._size_sum += word.size * n
        if word.bold:
            self._bold_chars += n

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        """Character-weighted mean font size."""
        return self._size_sum / self._chars

    @property
    def bold(self) -> bool:
        return self._bold_chars >= 0.9 * self._chars


class Block:
    """A paragraph-like group of lines; `sub_type` is filled in by `classify_blocks`."""

    __slots__ = ("bold", "lines", "size", "sub_type", "x0", "x1", "y0", "y1")

    def __init__(self, first: LineBox) -> None:
        self.lines = [first]
        self.x0, self.y0, self.x1, self.y1 = first.x0, first.y0, first.x1, first.y1
        self.size = first.size
        self.bold = first.bold
        self.sub_type = SubType.PARAGRAPH

    def add(self, line: LineBox) -> None:
        self.lines.append(line)
        self.x0 = min(self.x0, line.x0)
        self.y0 = min(self.y0, line.y0)
        self.x1 = max(self.x1, line.x1)
        self.y1 = max(self.y1, line.y1)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class BodyStyle:
    """The document's running text: most characters are set this size and weight."""

    size: float
    bold: bool


# --- words -> lines -> blocks ---------------------------------------------------------------


def group_lines(words: Iterable[WordBox]) -> list[LineBox]:
    """Join words, in content order, into lines: same baseline band, no big gap, no jump back."""
    lines: list[LineBox] = []
    current: LineBox | None = None
    for word in words:
        if current is not None and _continues_line(current, word):
            current.add(word)
        else:
            current = LineBox(word)
            lines.append(current)
    return lines


def _continues_line(line: LineBox, word: WordBox) -> bool:
    last = line.words[-1]
    overlap = min(line.y1, word.y1) - max(line.y0, word.y0)
    if overlap < LINE_OVERLAP * min(line.height, word.height):
        return False
    gap = word.x0 - last.x1
    ref = max(last.height, word.height)
    limit = MARKER_GAP if len(line.words) == 1 and _is_marker(last.text) else LINE_GAP
    return -0.5 * ref <= gap <= limit * ref


def _is_marker(text: str) -> bool:
    return bool(_MARKER.match(text))


def line_spacing(lines: Iterable[LineBox]) -> float:
    """The most common gap between consecutive lines of running text, as a share of line height.

    Measured over the whole document so that a page of one-line paragraphs does not mistake its
    paragraph spacing for line spacing.
    """
    gaps: Counter[float] = Counter()
    previous: LineBox | None = None
    for line in lines:
        if previous is not None and _stacked(previous, line):
            ref = max(previous.height, line.height)
            ratio = (line.y0 - previous.y1) / ref
            if -0.5 <= ratio <= 1.5:
                gaps[round(ratio * 20) / 20] += 1
        previous = line
    return gaps.most_common(1)[0][0] if gaps else 0.0


def _stacked(upper: LineBox, lower: LineBox) -> bool:
    overlap = min(upper.x1, lower.x1) - max(upper.x0, lower.x0)
    return overlap > 0 and abs(upper.size - lower.size) <= 0.12 * max(upper.size, lower.size)


def group_blocks(lines: Iterable[LineBox], spacing: float = 0.0) -> list[Block]:
    """Join consecutive lines into blocks (paragraphs) while spacing, extent and style agree.

    `spacing` is the document's usual line gap (see `line_spacing`).
    """
    max_gap = max(BLOCK_GAP, spacing + BLOCK_GAP_MARGIN)
    blocks: list[Block] = []
    for line in lines:
        # Content streams may interleave columns line by line, so a line may continue any
        # recent block, not only the last one; the newest match wins. It may not reach past a
        # newer block in its own column, though: that block lies between them on the page.
        for back in range(1, min(OPEN_BLOCKS, len(blocks)) + 1):
            block = blocks[-back]
            if _continues_block(block, line, max_gap) and not _passes_over(
                blocks[len(blocks) - back + 1 :], line
            ):
                block.add(line)
                break
        else:
            blocks.append(Block(line))
    return blocks


def _passes_over(newer: Sequence[Block], line: LineBox) -> bool:
    """Whether one of the `newer` blocks stands above `line` in the same column."""
    return any(min(b.x1, line.x1) - max(b.x0, line.x0) > 0 and b.y0 < line.y0 for b in newer)


def _continues_block(block: Block, line: LineBox, max_gap: float) -> bool:
    last = block.lines[-1]
    ref = max(last.height, line.height)
    gap = line.y0 - last.y1
    if gap > max_gap * ref or gap < -0.5 * ref:
        return False
    if min(block.x1, line.x1) - max(block.x0, line.x0) <= 0:
        return False
    size = line.size
    if abs(size - block.size) > 0.12 * max(size, block.size) or line.bold != block.bold:
        return False
    text = line.text
    if _BULLET.match(text):
        return False
    if _ENUMERATOR.match(text) and _ENUMERATOR.match(block.lines[0].text):
        # The next item of a numbered list.
        return False
    em = size
    previous_short = last.x1 < block.x1 - 2 * em
    # A new paragraph after a short last line: first-line indent (typeset text) or an enumerator.
    return not (previous_short and (line.x0 > block.x0 + 0.8 * em or _ENUMERATOR.match(text)))


# --- document-level statistics --------------------------------------------------------------


def body_style(words: Iterable[WordBox]) -> BodyStyle:
    """The most common font size (by characters, to the half point) and whether it is bold."""
    sizes: Counter[float] = Counter()
    bold_chars: Counter[float] = Counter()
    for word in words:
        key = round(word.size * 2) / 2
        sizes[key] += len(word.text)
        if word.bold:
            bold_chars[key] += len(word.text)
    if not sizes:
        return BodyStyle(size=10.0, bold=False)
    size, count = sizes.most_common(1)[0]
    return BodyStyle(size=size, bold=bold_chars[size] > 0.6 * count)


# --- sub-types ------------------------------------------------------------------------------


def classify_blocks(
    blocks: Sequence[Block], *, page_height: float, body: BodyStyle, find_title: bool
) -> None:
    """Set each block's sub_type: margin text first, then the title (when `find_title`), then
    section headers and list items among the rest."""
    top_band = MARGIN_BAND * page_height
    bottom_band = (1 - MARGIN_BAND) * page_height
    for block in blocks:
        if block.y1 <= top_band:
            band = "top"
        elif block.y0 >= bottom_band:
            band = "bottom"
        else:
            continue
        if not _is_set_apart(block, blocks, band, body, top_band, bottom_band):
            continue
        if _PAGE_NUMBER.match(block.text.strip()):
            block.sub_type = SubType.PAGE_NUMBER
        elif band == "bottom":
            if block.y0 >= (1 - FOOTER_BAND) * page_height:
                block.sub_type = SubType.FOOTER
        elif not (block.bold and not body.bold):
            # Bold short text at the top is more often the page's first heading.
            block.sub_type = SubType.HEADER

    body_blocks = [b for b in blocks if b.sub_type is SubType.PARAGRAPH]
    title = _title(body_blocks, page_height, body) if find_title else None
    if title is not None:
        title.sub_type = SubType.TITLE
    for block in body_blocks:
        if block.sub_type is not SubType.PARAGRAPH:
            continue
        if _is_heading(block, body):
            block.sub_type = SubType.SECTION_HEADER
        elif _is_list_item(block.lines[0].text):
            # Each bulleted or numbered item is its own block (a marker starts a new one).
            block.sub_type = SubType.LIST


def _is_list_item(text: str) -> bool:
    return bool(_BULLET.match(text) or _ENUMERATOR.match(text))


def _title(blocks: Sequence[Block], page_height: float, body: BodyStyle) -> Block | None:
    """The largest text on the page when all of it sits near the top and is clearly larger than
    body text; a size shared with headings further down is a heading style, not a title."""
    if not blocks:
        return None
    largest = max(b.size for b in blocks)
    top = [b for b in blocks if b.size >= 0.97 * largest]
    first = min(top, key=_top_left_key)
    if (
        largest < TITLE_SCALE * body.size
        or any(b.y0 > TITLE_ZONE * page_height for b in top)
        or len(first.lines) > 4
        or not _has_letters(first.text)
    ):
        return None
    return first


def _is_set_apart(
    block: Block,
    blocks: Sequence[Block],
    band: str,
    body: BodyStyle,
    top_band: float,
    bottom_band: float,
) -> bool:
    """Short text alone in a margin band, set apart from the page body."""
    if len(block.lines) > 2 or len(block.text) > 150 or block.size > HEADING_SCALE * body.size:
        return False
    line_height = max(line.height for line in block.lines)
    for other in blocks:
        if other is block or other.y1 <= top_band or other.y0 >= bottom_band:
            continue  # other margin text
        gap = other.y0 - block.y1 if band == "top" else block.y0 - other.y1
        if gap < line_height:
            return False
    return True


def _is_heading(block: Block, body: BodyStyle) -> bool:
    text = block.text
    if len(block.lines) > 2 or len(text) > 150 or not _has_letters(text):
        return False
    if block.size >= HEADING_SCALE * body.size:
        return True
    return block.bold and not body.bold and block.size >= 0.95 * body.size


def _has_letters(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


# --- reading order --------------------------------------------------------------------------


class Placed(Protocol):
    """Anything reading order can place: a text block, or a table or figure taking part in the
    page's layout like a block."""

    @property
    def x0(self) -> float: ...
    @property
    def y0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def y1(self) -> float: ...
    @property
    def sub_type(self) -> SubType | None: ...


P = TypeVar("P", bound=Placed)


def reading_order(blocks: Sequence[P], body: BodyStyle, page_height: float) -> list[P]:
    """Headers first, the body column by column, then footers; page numbers go with their band.

    Body order: cut the page into horizontal slabs at vertical gaps; consecutive slabs that share
    a column gutter form one multi-column section, read column by column (each column ordered
    recursively); a slab that crosses the gutter, such as a full-width title, stays in place.
    """
    top: list[P] = []
    middle: list[P] = []
    bottom: list[P] = []
    for block in blocks:
        if block.sub_type is SubType.HEADER:
            top.append(block)
        elif block.sub_type is SubType.FOOTER:
            bottom.append(block)
        elif block.sub_type is SubType.PAGE_NUMBER:
            (top if block.y1 <= page_height / 2 else bottom).append(block)
        else:
            middle.append(block)
    gutter = max(0.8 * body.size, 4.0)
    return _order(top, gutter) + _order(middle, gutter) + _order(bottom, gutter)


def _top_left_key(block: Placed) -> tuple[float, float]:
    return (block.y0, block.x0)


def _order(blocks: list[P], gutter: float) -> list[P]:
    if len(blocks) <= 1:
        return list(blocks)
    slabs = _split_rows(blocks)
    if len(slabs) == 1:
        columns = _split_columns(blocks, gutter)
        if len(columns) == 1:
            return sorted(blocks, key=_top_left_key)
        return [b for column in columns for b in _order(column, gutter)]
    ordered: list[P] = []
    section = slabs[0]
    for slab in slabs[1:]:
        if len(_split_columns(section + slab, gutter)) > 1:
            section = section + slab
        else:
            ordered += _order_section(section, gutter)
            section = slab
    ordered += _order_section(section, gutter)
    return ordered


def _order_section(section: list[P], gutter: float) -> list[P]:
    columns = _split_columns(section, gutter)
    if len(columns) == 1:
        # A single slab with no gutter: blocks overlap vertically; read top to bottom.
        return sorted(section, key=_top_left_key)
    return [b for column in columns for b in _order(column, gutter)]


def _split_rows(blocks: list[P]) -> list[list[P]]:
    """Groups of blocks separated by horizontal white space, top to bottom."""
    rows: list[list[P]] = []
    bottom = float("-inf")
    for block in sorted(blocks, key=_top_left_key):
        if rows and block.y0 < bottom:
            rows[-1].append(block)
            bottom = max(bottom, block.y1)
        else:
            rows.append([block])
            bottom = block.y1
    return rows


def _split_columns(blocks: list[P], gutter: float) -> list[list[P]]:
    """Groups of blocks separated by vertical white space at least `gutter` wide, left to right."""
    columns: list[list[P]] = []
    right = float("-inf")
    for block in sorted(blocks, key=lambda b: b.x0):
        if columns and block.x0 < right + gutter:
            columns[-1].append(block)
            right = max(right, block.x1)
        else:
            columns.append([block])
            right = block.x1
    return columns
