"""A table's title (its caption) and footers (its notes), read from the lines around it.

A caption sits just above the table ("Table 3: …", "[표 1] …"), or just below when none is
above; notes follow right under the table and start with a note marker ("*", "†", "Note",
"Source", "※"). Both stay in the page's text as well: the table's representations do not
print them, so taking them out of the text would lose them from the page's markdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from openbda.document.regions import Rect
from openbda.document.tables.text import Row

_CAPTION = re.compile(
    r"^[\[(]?\s*(?:table|tab\.|tbl\.?|exhibit|schedule|tabelle|tableau|tabla|tabella|tabel"
    r"|\u8868|\ud45c)\s*[\dIVXivx]+(?:[.\-]\d+)*[a-z]?\s*(?:[.:\-\u2013\u2014|\])]|$)",
    re.IGNORECASE,
)
_NOTE = re.compile(
    r"^(?:[*\u2020\u2021\u00a7\u00b6\u203b\u00b9\u00b2\u00b3]"
    r"|(?:notes?|source|sources|nb|n\.b\.|remarks?|footnotes?|legend|abbreviations?)\b"
    r"|\(?[a-z]\)\s|\(\d{1,2}\)\s|\d{1,2}\)\s)",
    re.IGNORECASE,
)
# Lines of one caption or note are at most this far apart (share of line height); a caption
# or note starts at most CAPTION_GAP line heights from the table.
LINE_GAP = 0.8
CAPTION_GAP = 2.5
MAX_CAPTION_LINES = 6
MAX_FOOTERS = 10


def caption_and_notes(rect: Rect, rows: Sequence[Row]) -> tuple[str, tuple[str, ...]]:
    """(title, footers) of the table at `rect` from the page's rows outside any table."""
    lines = _lines_near(rect, rows)
    above = [line for line in lines if line.y1 <= rect.top + 1.0]
    below = [line for line in lines if line.y0 >= rect.bottom - 1.0]
    title = _caption_above(rect, above)
    if title:
        return title, _notes(rect.bottom, below)
    title, used = _caption_below(rect, below)
    start = below[used - 1].y1 if used else rect.bottom
    return title, _notes(start, below[used:])


class _Line:
    __slots__ = ("height", "text", "x0", "y0", "y1")

    def __init__(self, text: str, x0: float, y0: float, y1: float, height: float) -> None:
        self.text, self.x0, self.y0, self.y1, self.height = text, x0, y0, y1, height


def _lines_near(rect: Rect, rows: Sequence[Row]) -> list[_Line]:
    """Each row's text that lies over the table's width (a neighbouring column's text left
    out), top to bottom."""
    width = rect.width
    lines = []
    for row in rows:
        chunks = [
            c
            for c in row.chunks
            if min(c.x1, rect.x1) > max(c.x0, rect.x0)
            and rect.x0 - 0.25 * width <= (c.x0 + c.x1) / 2 <= rect.x1 + 0.25 * width
        ]
        if chunks:
            text = " ".join(c.text for c in chunks)
            top = min(c.y0 for c in chunks)
            bottom = max(c.y1 for c in chunks)
            lines.append(_Line(text, chunks[0].x0, top, bottom, max(c.height for c in chunks)))
    return lines


def _caption_above(rect: Rect, above: Sequence[_Line]) -> str:
    """The caption paragraph ending right above the table, when its first line is a caption."""
    block: list[_Line] = []
    bottom = rect.top
    for line in reversed(above):
        limit = (CAPTION_GAP if not block else LINE_GAP) * line.height
        if bottom - line.y1 > limit or len(block) >= MAX_CAPTION_LINES:
            break
        block.insert(0, line)
        bottom = line.y0
    for start, line in enumerate(block):
        if _CAPTION.match(line.text):
            return " ".join(line.text for line in block[start:])
    return ""


def _caption_below(rect: Rect, below: Sequence[_Line]) -> tuple[str, int]:
    """A caption right under the table, and how many lines it takes."""
    if not below or below[0].y0 - rect.bottom > CAPTION_GAP * below[0].height:
        return "", 0
    if not _CAPTION.match(below[0].text):
        return "", 0
    used = 1
    while (
        used < len(below)
        and used < MAX_CAPTION_LINES
        and below[used].y0 - below[used - 1].y1 <= LINE_GAP * below[used].height
        and not _NOTE.match(below[used].text)
    ):
        used += 1
    return " ".join(line.text for line in below[:used]), used


def _notes(top: float, below: Sequence[_Line]) -> tuple[str, ...]:
    """Note lines directly under the table; a line close under a note without a marker of its
    own continues that note."""
    notes: list[str] = []
    previous: _Line | None = None
    for line in below:
        if previous is None:
            if line.y0 - top > CAPTION_GAP * line.height or not _NOTE.match(line.text):
                break
            notes.append(line.text)
        elif line.y0 - previous.y1 > LINE_GAP * line.height:
            break
        elif _NOTE.match(line.text):
            notes.append(line.text)
        elif line.x0 >= previous.x0 - 1.0 and len(notes) < MAX_FOOTERS:
            notes[-1] = f"{notes[-1]} {line.text}"
        else:
            break
        if len(notes) > MAX_FOOTERS:
            notes.pop()
            break
        previous = line
    return tuple(notes)
