"""Tables from frames of ruling lines.

A frame with column and row rules is read as its grid, merged cells included. A frame whose
rows are not ruled (only column rules, perhaps one rule under the header) or that is only a box
gets its rows — and, for a box, its columns — from the words, within the frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from openbda.document.layout import WordBox
from openbda.document.regions import Rect
from openbda.document.tables.grid import Frame, merged_cells
from openbda.document.tables.model import Cell, Table, drop_empty
from openbda.document.tables.stream import stream_table
from openbda.document.tables.text import join_lines, visual_rows

# More words per filled cell than this is a page laid out in ruled boxes, not a table.
MAX_CELL_WORDS = 60
# A grid with a smaller share of filled cells is a chart's grid or a drawing.
MIN_FILLED = 0.15
# Words cut by a drawn column rule: more than this share means the lines are not a table's.
MAX_CUT_WORDS = 0.1
# A row is shaded when fills cover this share of it.
SHADED = 0.8


def frame_table(frame: Frame, words: Sequence[WordBox], filled: Sequence[Rect]) -> Table | None:
    """The table a frame draws, or None when its lines do not hold a table."""
    rect = frame.rect
    inside = [w for w in words if rect.contains_point((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2)]
    if not inside:
        return None
    rules = frame.inner_rules()
    if frame.n_cols >= 2 and frame.n_rows >= 2 and len(rules) >= 2:
        return _grid_table(frame, inside, filled)
    # Rows are not ruled: they come from the lines of text inside the frame.
    rows = visual_rows(inside)
    columns = frame.xs if frame.n_cols >= 2 else None
    table = stream_table(rows, rect, columns=columns, rules=rules, strict=False)
    if table is None and frame.n_cols >= 2 and frame.n_rows >= 2:
        return _grid_table(frame, inside, filled)
    if table is not None:
        table.words = list(inside)
    return table


def _grid_table(frame: Frame, words: Sequence[WordBox], filled: Sequence[Rect]) -> Table | None:
    spans = merged_cells(frame)
    anchor: dict[tuple[int, int], int] = {}
    for k, (r, c, rs, cs) in enumerate(spans):
        for dr in range(rs):
            for dc in range(cs):
                anchor[(r + dr, c + dc)] = k
    members: list[list[WordBox]] = [[] for _ in spans]
    cut = 0
    for word in words:
        r = _index(frame.ys, (word.y0 + word.y1) / 2)
        c = _index(frame.xs, (word.x0 + word.x1) / 2)
        members[anchor[(r, c)]].append(word)
        if _cut(frame, word, r):
            cut += 1
    if cut > MAX_CUT_WORDS * len(words):
        return None
    cells = [
        Cell(r, c, rs, cs, words=m, text=join_lines(m))
        for (r, c, rs, cs), m in zip(spans, members, strict=True)
    ]
    table = Table(
        rect=frame.rect,
        n_rows=frame.n_rows,
        n_cols=frame.n_cols,
        cells=cells,
        shaded_rows=_shaded_rows(frame, filled),
        words=list(words),
    )
    trimmed = drop_empty(table)
    return trimmed if trimmed is not None and _plausible(trimmed) else None


def _index(bounds: Sequence[float], value: float) -> int:
    for i in range(1, len(bounds) - 1):
        if value < bounds[i]:
            return i - 1
    return len(bounds) - 2


def _cut(frame: Frame, word: WordBox, row: int) -> bool:
    """Whether a drawn column rule runs through the word (not just touches its edge)."""
    for j in range(1, len(frame.xs) - 1):
        x = frame.xs[j]
        if word.x0 + 1.0 < x < word.x1 - 1.0 and frame.v_drawn[j][row]:
            return True
    return False


def _shaded_rows(frame: Frame, filled: Sequence[Rect]) -> frozenset[int]:
    shaded = set()
    x0, x1 = frame.xs[0], frame.xs[-1]
    for r in range(frame.n_rows):
        top, bottom = frame.ys[r], frame.ys[r + 1]
        area = (x1 - x0) * (bottom - top)
        cover = 0.0
        for f in filled:
            w = min(f.x1, x1) - max(f.x0, x0)
            h = min(f.bottom, bottom) - max(f.top, top)
            if w > 0 and h > 0:
                cover += w * h
        if area > 0 and cover >= SHADED * area:
            shaded.add(r)
    return frozenset(shaded)


def _plausible(table: Table) -> bool:
    if table.n_rows < 2 or table.n_cols < 2:
        return False
    texts = [c for c in table.cells if c.text]
    if len(texts) < 3:
        return False
    if sum(len(c.words) for c in texts) > MAX_CELL_WORDS * len(texts):
        return False
    grid = table.grid()
    positions = table.n_rows * table.n_cols
    filled = sum(1 for row in grid for cell in row if cell is not None and cell.text)
    first_row_full = all(cell is not None and cell.text for cell in grid[0])
    return filled >= MIN_FILLED * positions or first_row_full
