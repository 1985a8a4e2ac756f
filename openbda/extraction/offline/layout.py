"""A page as visual rows of phrases: the geometry the offline backend reads key/value pairs from.

A *phrase* is a run of words on one line with ordinary word spacing; a line the document
builder cut at a column gutter, or a gap wider than PHRASE_GAP line heights inside one line
(an OCR line "TOTAL      9.00"), yields several. Phrases whose vertical extents overlap by at
least ROW_OVERLAP of the smaller one share a *row*, read left to right, whichever elements they
came from: that is how a label at the left margin meets its right-aligned amount.

Gaps are compared in points (the page's own size), so a gap means the same on a landscape
receipt and a portrait letter: normalised x and y are fractions of different lengths.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from openbda.document.model import BoundingBox, Document, Element, ElementType, Page, Word
from openbda.extraction.grounding import key
from openbda.extraction.offline.shapes import only_a_box_number
from openbda.extraction.types import Evidence

# A gap between two words wider than this many line heights starts a new phrase.
PHRASE_GAP = 1.0
# So does a gap this many times the narrowest other space between words of the same type on
# the line, if at least this many line heights wide: a label set close to its value ("Last
# name  Martinez"). Only on text layers: OCR's word boxes space too unevenly for it.
RELATIVE_GAP = 2.4
RELATIVE_MIN = 0.5
# Words whose heights differ by at most this share are of one type size.
SAME_TYPE = 0.1
# Two phrases share a row when they overlap vertically by this share of the smaller height.
ROW_OVERLAP = 0.5
# A line in print this much smaller than a value next to it is a caption, not part of the value
# (the next field's caption under a value, a form's "Address" caption over the address).
SMALLER_PRINT = 0.85


@dataclass(frozen=True, slots=True)
class Phrase:
    page_index: int
    row: int  # index of its row on the page, top to bottom
    words: tuple[Word, ...]
    box: BoundingBox
    height_pt: float  # its height in points: the unit of every gap
    heads_column: bool  # a heading of a TABLE element with several body rows
    in_table_body: bool = False  # a cell's text in the body rows of such a table
    by_leader: bool = False  # a leader ("........") leads from it or to it: a label or value

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class PageLayout:
    page: Page
    rows: tuple[tuple[Phrase, ...], ...]  # top to bottom, each left to right

    def phrases(self) -> Iterable[Phrase]:
        for row in self.rows:
            yield from row

    def vgap_pt(self, upper: Phrase, lower: Phrase) -> float:
        """Vertical distance from one phrase's bottom to another's top, in points."""
        return (lower.box.top - upper.box.bottom) * self.page.height_pt


def similar_print(a: Phrase, b: Phrase) -> bool:
    """Whether neither phrase is in print smaller by `SMALLER_PRINT` than the other's."""
    return min(a.height_pt, b.height_pt) >= SMALLER_PRINT * max(a.height_pt, b.height_pt)


def run_on(layout: PageLayout, phrase: Phrase, heights: float) -> list[Phrase]:
    """The phrases of the phrase's row that start after its end, at most `heights` of its line
    heights after it: the parts of one line a separator or a gap has parted ("4566 Maple Blvd
    · Portland, OR 97211")."""
    near = phrase.box.right + heights * phrase.height_pt / layout.page.width_pt
    return [p for p in layout.rows[phrase.row] if phrase.box.right <= p.box.left <= near]


def across(a: Phrase, b: Phrase) -> bool:
    """Whether two phrases share some of the page's width (one stands over the other)."""
    return a.box.left < b.box.right and b.box.left < a.box.right


def page_layouts(document: Document, pages: Sequence[int]) -> list[PageLayout]:
    wanted = set(pages)
    return [page_layout(p) for p in document.pages if p.index in wanted]


def page_layout(page: Page) -> PageLayout:
    headings = {id(word) for word in _column_headings(page)}
    body = {id(word) for word in _table_words(page)} - headings
    # Each piece with its line's band: the phrases of one printed line share a row ("RO#" and
    # its bigger "602117" beside a tall letterhead name).
    pieces: list[tuple[tuple[Word, ...], tuple[float, float]]] = []
    led: set[int] = set()
    for line in page.lines:
        words = line.words or (Word(line.text, line.box),)
        band = _band(words)
        pieces += [(piece, band) for piece in _split_at_gaps(page, words, led)]
    pieces.sort(key=lambda p: (p[1][0], p[0][0].box.left))
    rows: list[list[tuple[Word, ...]]] = []
    bands: list[tuple[float, float]] = []
    for piece, (top, bottom) in pieces:
        for index in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            band_top, band_bottom = bands[index]
            overlap = min(bottom, band_bottom) - max(top, band_top)
            if overlap >= ROW_OVERLAP * min(bottom - top, band_bottom - band_top):
                rows[index].append(piece)
                break
        else:
            rows.append([piece])
            bands.append((top, bottom))
    built = []
    for index, row in enumerate(rows):
        row.sort(key=lambda ws: ws[0].box.left)
        built.append(
            tuple(
                Phrase(
                    page.index,
                    index,
                    ws,
                    union(w.box for w in ws),
                    (_bottom(ws) - _top(ws)) * page.height_pt,
                    any(id(w) in headings for w in ws),
                    all(id(w) in body for w in ws),
                    any(id(w) in led for w in ws),
                )
                for ws in row
            )
        )
    return PageLayout(page, tuple(built))


def _column_headings(page: Page) -> Iterator[Word]:
    """The words of the header rows of the page's tables with several body rows."""
    for element in _tables_with_body(page):
        run = WordRun([w for line in element.lines for w in line.words])
        for heading in element.headers:
            yield from run.take(heading)


def _table_words(page: Page) -> Iterator[Word]:
    """The words of the page's tables with several body rows, headings included."""
    for element in _tables_with_body(page):
        yield from (w for line in element.lines for w in line.words)


def _tables_with_body(page: Page) -> Iterator[Element]:
    """The page's tables with a header row and several body rows, except grids of a form's
    labels over values (read by label, not by column)."""
    for element in page.elements:
        table = element.type is ElementType.TABLE and element.headers
        if table and len(element.rows) > 1 and not form_grid(element) and not boxes_row(element):
            yield element


# Cells of one body row that are labels over the next row's values make a table a form's grid.
GRID_LABELS = 2


def form_grid(element: Element) -> bool:
    """Whether a table is a form's labels over their values rather than a table of records:
    a body row has GRID_LABELS or more cells of words without digits with values holding
    digits right under them ("Due Date  PO Number" over "11 May 2023  117890" in an
    invoice's heading block, "Date of Birth  Sex  Height" over a licence's values). A column
    of records keeps its kind down the table."""
    for row, under in zip(element.rows, element.rows[1:], strict=False):
        labels = sum(
            1
            for label, value in zip(row, under, strict=False)
            if _words(label) and any(ch.isdigit() for ch in value)
        )
        if labels >= GRID_LABELS:
            return True
    return False


def boxes_row(element: Element) -> bool:
    """Whether a table is one row of a form's captions over their values, with only stray
    cells under it (the next boxes' captions and amounts, one to a row): "PAYER'S name
    PAYER'S TIN  RECIPIENT'S name" over the names and numbers, then "1 Interest income"."""
    rest = element.rows[1:]
    return bool(rest) and all(sum(1 for cell in row if cell.strip()) <= 1 for row in rest)


def captions_over_values(element: Element) -> bool:
    """Whether a table is a row of a form's boxes under headings that only number them, each
    box's caption in the rows under its number (wrapped over two rows, perhaps) and its value in
    the last row: "Box 1  Box 2" over "Interest income  Early withdrawal penalty" over
    "2,215.31  76.51". Every row but the last holds only words, the last only figures."""
    if not element.headers or not 2 <= len(element.rows) <= 4:
        return False
    if not all(only_a_box_number(h) for h in element.headers if h.strip()):
        return False
    *captions, values = element.rows
    filled = [cell for cell in values if cell.strip()]
    return (
        bool(filled)
        and all(any(ch.isdigit() for ch in cell) for cell in filled)
        and all(_words(cell) for row in captions for cell in row if cell.strip())
    )


def _words(cell: str) -> bool:
    return sum(ch.isalpha() for ch in cell) >= 2 and not any(ch.isdigit() for ch in cell)


def _split_at_gaps(page: Page, words: Sequence[Word], led: set[int]) -> list[tuple[Word, ...]]:
    """A line's phrases: split where a gutter, a vertical bar ("Salem, MA 01993 | 880.827.5698")
    or a leader ("Interest income ........ 7,788.96") parts them; the bar or leader itself is no
    word of either, nor is a rule drawn in characters ("+------+------+", "COMP|" on a line
    printer's form). The words on either side of a leader are added to `led` (by id)."""
    out: list[tuple[Word, ...]] = []
    current: list[Word] = []
    words = [part for word in words for part in _at_bars(word)]
    spaces = _spaces(words)
    after_leader = False
    for word in words:
        if word.text in _SEPARATORS or _LEADER.fullmatch(word.text) or _RULE.fullmatch(word.text):
            after_leader = bool(_LEADER.fullmatch(word.text))
            if current:
                if after_leader:
                    led.add(id(current[-1]))
                out.append(tuple(current))
            current = []
            continue
        if after_leader:
            led.add(id(word))
            after_leader = False
        if current:
            previous = current[-1]
            height = max(previous.box.height, word.box.height) * page.height_pt
            gap = (word.box.left - previous.box.right) * page.width_pt
            usual = spaces.get(id(word))
            wide = usual is not None and gap > RELATIVE_GAP * usual * page.width_pt
            if gap > PHRASE_GAP * height or (wide and gap > RELATIVE_MIN * height):
                out.append(tuple(current))
                current = []
        current.append(word)
    if current:
        out.append(tuple(current))
    return out


def _at_bars(word: Word) -> list[Word]:
    """A word with a vertical bar inside ("COMP|", "|TOTAL") as its parts and the bars, each a
    word of its own (a line printer's boxes are drawn with bars set close to their text)."""
    if "|" not in word.text or word.text == "|":
        return [word]
    parts, start = [], 0
    for match in re.finditer(r"\|", word.text):
        if match.start() > start:
            parts.append(part_of_word(word, start, match.start()))
        parts.append(part_of_word(word, match.start(), match.end()))
        start = match.end()
    if start < len(word.text):
        parts.append(part_of_word(word, start, len(word.text)))
    return parts


def _spaces(words: Sequence[Word]) -> dict[int, float]:
    """For each word of a text layer's line (by id), the narrowest space between two other
    words of its type size on the line (page widths): the line's word space, to tell a wider
    gap before the word from. Words without such a pair, and OCR's words, have none."""
    if any(w.confidence < 1.0 for w in words):
        return {}
    pairs = [
        (b, b.box.left - a.box.right) for a, b in itertools.pairwise(words) if _same_type(a, b)
    ]
    out = {}
    for word, _ in pairs:
        others = [
            gap for other, gap in pairs if other is not word and gap > 0 and _same_type(other, word)
        ]
        if others:
            out[id(word)] = min(others)
    return out


def _same_type(a: Word, b: Word) -> bool:
    return abs(a.box.height - b.box.height) <= SAME_TYPE * max(a.box.height, b.box.height)


# Bars and dots standing alone between the parts of a line ("Name · Street · Town").
_SEPARATORS = frozenset({"|", "¦", "│", "·", "•", "∙"})
# A run of dots, middle dots or underscores leading the eye from a label to its value.
_LEADER = re.compile(r"[.·…_]{3,}")
# A rule drawn in characters: dashes or equals signs meeting at corners or bars.
_RULE = re.compile(r"(?=.*[+|])[-=+|]{4,}")


def _band(words: Sequence[Word]) -> tuple[float, float]:
    """The vertical extent of most of a piece's words (the median top and bottom): one word
    boxed across two printed lines by OCR must not make its line swallow the next rows."""
    tops = sorted(w.box.top for w in words)
    bottoms = sorted(w.box.bottom for w in words)
    middle = len(words) // 2
    return tops[middle], bottoms[middle]


def _top(words: Sequence[Word]) -> float:
    return min(w.box.top for w in words)


def _bottom(words: Sequence[Word]) -> float:
    return max(w.box.bottom for w in words)


def union(boxes: Iterable[BoundingBox]) -> BoundingBox:
    return BoundingBox.union(boxes)


def evidence_of(page_index: int, lines: Iterable[Sequence[Word]]) -> tuple[Evidence, ...]:
    """One evidence box per line of words, as BDA lists one region per line."""
    return tuple(Evidence.of_box(page_index, union(w.box for w in ws)) for ws in lines if ws)


def word_lines(words: Sequence[Word]) -> list[tuple[Word, ...]]:
    """Words in reading order cut into lines: a word starting below the previous one's middle
    starts a new line."""
    lines: list[list[Word]] = []
    for word in words:
        if lines and word.box.top < lines[-1][-1].box.top + lines[-1][-1].box.height / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [tuple(line) for line in lines]


def words_in_span(words: Sequence[Word], start: int, stop: int) -> tuple[Word, ...]:
    """The words overlapping characters [start, stop) of their text joined by one character
    (a space, or a newline between lines)."""
    out, offset = [], 0
    for word in words:
        end = offset + len(word.text)
        if offset < stop and end > start:
            out.append(word)
        offset = end + 1
    return tuple(out)


def part_of_word(word: Word, start: int, stop: int) -> Word:
    """The characters [start, stop) of a word as a word of their own, its box the matching
    share of the word's width (glyph widths are not known here)."""
    size = max(1, len(word.text))
    box = word.box
    left = box.left + box.width * start / size
    right = box.left + box.width * min(stop, size) / size
    return Word(word.text[start:stop], BoundingBox(left, box.top, right - left, box.height))


class WordRun:
    """Words in reading order with their letters and digits run together, to find a text
    (a table cell) among them, in order: each hit moves a cursor forward."""

    def __init__(self, words: Sequence[Word]) -> None:
        self.words = [w for w in words if key(w.text)]
        self.starts: list[int] = []
        parts = []
        offset = 0
        for word in self.words:
            self.starts.append(offset)
            chars = key(word.text)
            parts.append(chars)
            offset += len(chars)
        self.text = "".join(parts)
        self.cursor = 0

    def take(self, value: str) -> tuple[Word, ...]:
        """The words spelling `value` after the cursor (else anywhere); () if nowhere."""
        target = key(value)
        if not target:
            return ()
        at = self.text.find(target, self.cursor)
        if at < 0:
            at = self.text.find(target)
        if at < 0:
            return ()
        stop = at + len(target)
        self.cursor = stop
        return tuple(
            w
            for w, s in zip(self.words, self.starts, strict=True)
            if s < stop and s + len(key(w.text)) > at
        )


def grid_rows(element: Element) -> list[tuple[str, ...]]:
    """A table's rows, its headings first when it has any."""
    return [element.headers, *element.rows] if element.headers else list(element.rows)


def body_run(element: Element) -> WordRun:
    """A table's words in reading order with the cursor past its headings, at its first cell."""
    run = WordRun([w for line in element.lines for w in line.words])
    for heading in element.headers:
        run.take(heading)
    return run
