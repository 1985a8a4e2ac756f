"""Find a page's tables: ruled frames first, then areas between horizontal rules, then tables
without rules among the words left over; then each table's caption and notes.

The order goes from the strongest evidence to the weakest, and a table found earlier keeps its
words, so a later, looser reading cannot claim them. Pages without rulings and without rows of
side-by-side short chunks leave after one pass over their words.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from openbda.document.layout import WordBox
from openbda.document.regions import PageGraphics, Rect, Region
from openbda.document.tables.captions import caption_and_notes
from openbda.document.tables.grid import frames
from openbda.document.tables.model import Table
from openbda.document.tables.region import to_region
from openbda.document.tables.ruled import frame_table
from openbda.document.tables.rulings import HLine, rulings
from openbda.document.tables.stream import stream_table
from openbda.document.tables.text import join_lines, visual_rows
from openbda.document.tables.unruled import unruled_tables

# Horizontal rules of one table start and end within this many points (or this share of their
# length) of each other.
RULE_ALIGN = 6.0
RULE_ALIGN_SHARE = 0.03
# Rules shorter than this (points) are underlines or separators, not a table's rules.
MIN_RULE = 40.0
# Candidates that overlap a found table by this share of the smaller area are the same table.
OVERLAP = 0.1
# Rows between the rules of one table are never this many line heights apart.
BLANK_LINES = 4.0


def detect_tables(
    words: Sequence[WordBox], graphics: PageGraphics, width: float, height: float
) -> list[Region]:
    """Tables on one page, as regions in points on the displayed page, top to bottom."""
    if not words:
        return []
    hlines, vlines = rulings(graphics, width, height)
    found: list[Table] = []
    taken: set[int] = set()

    def free() -> list[WordBox]:
        return [w for w in words if id(w) not in taken]

    def accept(table: Table | None) -> None:
        if table is None or any(_overlaps(table.rect, t.rect) for t in found):
            return
        found.append(table)
        taken.update(id(w) for w in table.words)

    ruled, loose = frames(hlines, vlines)
    # Inner frames first: a table drawn inside a boxed panel keeps its own grid.
    for frame in sorted(ruled, key=lambda f: f.rect.width * f.rect.height):
        accept(frame_table(frame, free(), graphics.filled))
    for rect, rules in _rule_stacks(loose):
        accept(_between_rules(rect, rules, free()))
    rows = visual_rows(free())
    for table in unruled_tables(rows):
        accept(table)
    if not found:
        return []
    _adopt_strays(found, free())
    outside = visual_rows(free())
    for table in found:
        table.title, table.footers = caption_and_notes(table.rect, outside)
    found.sort(key=lambda t: (t.rect.top, t.rect.x0))
    return [to_region(t) for t in found]


def _overlaps(a: Rect, b: Rect) -> bool:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return False
    smaller = min(a.width * a.height, b.width * b.height)
    return w * h > OVERLAP * smaller


def _rule_stacks(loose: Sequence[HLine]) -> list[tuple[Rect, list[float]]]:
    """Horizontal rules of the same extent, top to bottom: a table ruled only across (booktabs,
    financial statements). Returns each stack's area and its rules' positions."""
    stacks: list[list[HLine]] = []
    for line in sorted(loose, key=lambda h: h.y):
        if line.length < MIN_RULE:
            continue
        tolerance = max(RULE_ALIGN, RULE_ALIGN_SHARE * line.length)
        for stack in stacks:
            last = stack[-1]
            if abs(last.x0 - line.x0) <= tolerance and abs(last.x1 - line.x1) <= tolerance:
                stack.append(line)
                break
        else:
            stacks.append([line])
    out = []
    for stack in stacks:
        if len(stack) >= 2 and stack[-1].y - stack[0].y > 0:
            x0 = min(h.x0 for h in stack)
            x1 = max(h.x1 for h in stack)
            out.append((Rect(x0, stack[0].y, x1, stack[-1].y), [h.y for h in stack]))
    return out


def _between_rules(rect: Rect, rules: list[float], words: Sequence[WordBox]) -> Table | None:
    inside = [w for w in words if rect.contains_point((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2)]
    if not inside:
        return None
    rows = visual_rows(inside)
    if any(b.y0 - a.y1 > BLANK_LINES * max(a.height, b.height) for a, b in pairwise(rows)):
        return None  # rules of one width far apart: two copies of a form's part, not a table
    inner = [y for y in rules if rect.top + 1.0 < y < rect.bottom - 1.0]
    table = stream_table(rows, rect, rules=inner, strict=False)
    if table is not None:
        table.words = inside
    return table


def _adopt_strays(tables: Sequence[Table], words: Sequence[WordBox]) -> None:
    """A free word whose centre lies inside a table's area joins the nearest cell: the
    assembler takes every word inside the area out of the text, so none may be left out."""
    for word in words:
        cx, cy = (word.x0 + word.x1) / 2, (word.y0 + word.y1) / 2
        for table in tables:
            if not table.rect.contains_point(cx, cy):
                continue
            cells = [c for c in table.cells if c.words]
            if cells:
                nearest = min(cells, key=lambda c: _distance(c.words, cx, cy))
                nearest.words.append(word)
                nearest.text = join_lines(nearest.words)
            table.words.append(word)
            break


def _distance(words: Sequence[WordBox], x: float, y: float) -> float:
    x0 = min(w.x0 for w in words)
    x1 = max(w.x1 for w in words)
    y0 = min(w.y0 for w in words)
    y1 = max(w.y1 for w in words)
    dx = max(x0 - x, 0.0, x - x1)
    dy = max(y0 - y, 0.0, y - y1)
    return dx * dx + dy * dy
