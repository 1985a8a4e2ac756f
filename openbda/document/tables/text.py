"""Words as the table detectors read them: visual rows across the page, cut into chunks at wide
gaps. A chunk is a cell candidate: in a table the words of one cell sit close together and
cells are set apart by more than a word space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from openbda.document.layout import WordBox

# A gap wider than this share of the line height separates two chunks (cells). Word spaces are
# about a quarter of the height, and justified lines stretch them to about half.
CELL_GAP = 0.9
# A list marker ("•", "1.", "a)") and its item's text stay one chunk up to this gap.
MARKER_GAP = 4.0
# Two words share a row when their vertical centres differ by less than this share of the
# larger height (cell text), or overlap by this share of the smaller height (page rows).
ROW_TOLERANCE = 0.4
ROW_OVERLAP = 0.5

_MARKER = re.compile(
    r"^(?:[\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u25cb\u25a1\u2610\u2611\u2612"
    r"\u2013\u2014*-]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)])$"
)
_NUMERIC = re.compile(
    r"^[(\[]?[-+\u2212\u2013]?[$€£¥₩%]?\s?[-+\u2212]?(?:\d[\d,.\u202f' ]*|\.\d+)"
    r"[%‰)\]*†‡a-zA-Z]{0,3}$"
)


class Chunk:
    """Words of one row set close together, left to right."""

    __slots__ = ("bold", "height", "text", "words", "x0", "x1", "y0", "y1")

    def __init__(self, words: list[WordBox]) -> None:
        # Built for every chunk of every page, so one plain loop instead of min/max passes.
        # Words come sorted left to right: the first one's left edge is the chunk's.
        first = words[0]
        y0, x1, y1 = first.y0, first.x1, first.y1
        height = y1 - y0
        chars = bold = 0
        for w in words:
            if w.y0 < y0:
                y0 = w.y0
            if w.x1 > x1:
                x1 = w.x1
            if w.y1 > y1:
                y1 = w.y1
            if w.y1 - w.y0 > height:
                height = w.y1 - w.y0
            n = len(w.text)
            chars += n
            if w.bold:
                bold += n
        self.words = words
        self.x0, self.y0, self.x1, self.y1 = first.x0, y0, x1, y1
        self.height = height
        self.text = " ".join([w.text for w in words])
        self.bold = bold >= 0.9 * chars

    @property
    def width(self) -> float:
        return self.x1 - self.x0


class Row:
    """A visual line across the page (or across a region): its chunks left to right."""

    __slots__ = ("chunks", "height", "y0", "y1")

    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = chunks
        if len(chunks) == 1:
            only = chunks[0]
            self.y0, self.y1, self.height = only.y0, only.y1, only.height
        else:
            self.y0 = min(c.y0 for c in chunks)
            self.y1 = max(c.y1 for c in chunks)
            self.height = max(c.height for c in chunks)

    @property
    def words(self) -> list[WordBox]:
        return [w for c in self.chunks for w in c.words]

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.chunks)


def is_numeric(text: str) -> bool:
    """Numbers as tables print them: "1,234", "(12.5)", "-3%", "$ 40", "0.88*", "n/a" excluded."""
    return bool(_NUMERIC.match(text.strip()))


def visual_rows(words: Iterable[WordBox]) -> list[Row]:
    """Words grouped into visual rows (top to bottom), each cut into chunks (left to right).

    A word joins the row when it overlaps, by at least ROW_OVERLAP of the smaller height, the
    band the row's words cover so far. Overlap rather than distance between centres keeps a
    table row whole when a neighbouring page column's line sits a little higher, and tight
    glyph boxes of different heights (digits, descenders) still land in one row.
    """
    ordered = sorted(words, key=lambda w: w.y0 + w.y1)
    rows: list[Row] = []
    group: list[WordBox] = []
    top = bottom = first = 0.0
    share = ROW_OVERLAP
    for word in ordered:
        y0, y1 = word.y0, word.y1
        if group:
            overlap = (y1 if y1 < bottom else bottom) - (y0 if y0 > top else top)
            h = y1 - y0
            if overlap >= share * (h if h < first else first):
                group.append(word)
                if y0 < top:
                    top = y0
                if y1 > bottom:
                    bottom = y1
                continue
            rows.append(Row(chunk_words(group)))
        group, top, bottom, first = [word], y0, y1, y1 - y0
    if group:
        rows.append(Row(chunk_words(group)))
    return rows


def chunk_words(words: Sequence[WordBox]) -> list[Chunk]:
    """Cut one row's words into chunks at gaps wider than CELL_GAP line heights."""
    ordered = sorted(words, key=lambda w: w.x0)
    chunks: list[list[WordBox]] = []
    current = [ordered[0]]
    last = ordered[0]
    marker = _MARKER.match
    for word in ordered[1:]:
        last_h = last.y1 - last.y0
        word_h = word.y1 - word.y0
        ref = last_h if last_h > word_h else word_h
        limit = CELL_GAP
        if len(current) == 1 and len(last.text) <= 5 and marker(last.text):
            limit = MARKER_GAP
        if word.x0 - last.x1 <= limit * ref:
            current.append(word)
        else:
            chunks.append(current)
            current = [word]
        last = word
    chunks.append(current)
    return [Chunk(c) for c in chunks]


def join_lines(words: Sequence[WordBox]) -> str:
    """A cell's text: its words in reading order (lines top to bottom, words left to right),
    joined by spaces, since renderers write a cell on one line."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0].text
    lines: list[list[WordBox]] = []
    centre = height = 0.0
    for word in sorted(words, key=lambda w: w.y0 + w.y1):
        mid = (word.y0 + word.y1) / 2
        h = word.y1 - word.y0
        if lines and abs(mid - centre) <= ROW_TOLERANCE * max(h, height):
            lines[-1].append(word)
            height = max(height, h)
        else:
            lines.append([word])
            centre, height = mid, h
    return " ".join(w.text for line in lines for w in sorted(line, key=lambda w: w.x0))
