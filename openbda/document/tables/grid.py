"""Frames from ruling lines: where horizontal and vertical rulings cross, a table's grid is.

Connected rulings (a horizontal and a vertical line that touch) form one frame. A frame's column
and row boundaries are the positions of its vertical and horizontal lines; where a boundary is
not drawn between two neighbouring grid cells, they are one merged cell. Tables drawn open at
the sides (no outer verticals, as many styles do) get the frame's extent as their outer edge.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from openbda.document.regions import Rect
from openbda.document.tables.rulings import HLine, VLine

# A horizontal and a vertical line this close (points) touch.
TOUCH = 2.5
# Boundaries closer than this (points) are one: double rules, or a stroke beside a fill edge.
MIN_CELL = 4.0
# A boundary is drawn along a cell edge when lines cover this share of the edge.
DRAWN = 0.5
# More rulings than this is a drawing (a chart's grid, a map); frames are not sought there.
MAX_LINES = 3000


@dataclass
class Frame:
    """Boundaries of a ruled area and which cell edges are drawn.

    `v_drawn[j][r]`: the vertical boundary `xs[j]` is drawn beside grid row `r`;
    `h_drawn[i][c]`: the horizontal boundary `ys[i]` is drawn above grid column `c`.
    """

    xs: list[float]
    ys: list[float]
    v_drawn: list[list[bool]]
    h_drawn: list[list[bool]]
    hlines: list[HLine]
    vlines: list[VLine]

    @property
    def rect(self) -> Rect:
        return Rect(self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def inner_rules(self) -> list[float]:
        """Row boundaries drawn across most of the frame's width."""
        return [
            self.ys[i]
            for i in range(1, len(self.ys) - 1)
            if sum(self.h_drawn[i]) >= 0.5 * self.n_cols
        ]


def frames(hlines: list[HLine], vlines: list[VLine]) -> tuple[list[Frame], list[HLine]]:
    """Frames of touching rulings, and the horizontal lines that touch no vertical one."""
    if not hlines or len(hlines) + len(vlines) > MAX_LINES:
        return [], list(hlines)
    parent = list(range(len(hlines) + len(vlines)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    touched = [False] * len(hlines)
    # `rulings` sorts lines by position, so the horizontals a vertical can touch are a slice.
    heights = [h.y for h in hlines]
    for j, v in enumerate(vlines):
        start = bisect_left(heights, v.y0 - TOUCH)
        stop = bisect_right(heights, v.y1 + TOUCH)
        for i in range(start, stop):
            h = hlines[i]
            if h.x0 - TOUCH <= v.x <= h.x1 + TOUCH:
                touched[i] = True
                a, b = find(i), find(len(hlines) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[HLine], list[VLine]]] = {}
    for i, h in enumerate(hlines):
        if touched[i]:
            groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vlines):
        root = find(len(hlines) + j)
        if root in groups:
            groups[root][1].append(v)
    found = [f for hs, vs in groups.values() if (f := _frame(hs, vs)) is not None]
    loose = [h for i, h in enumerate(hlines) if not touched[i]]
    return found, loose


def _frame(hlines: list[HLine], vlines: list[VLine]) -> Frame | None:
    x0 = min([h.x0 for h in hlines] + [v.x for v in vlines])
    x1 = max([h.x1 for h in hlines] + [v.x for v in vlines])
    y0 = min([h.y for h in hlines] + [v.y0 for v in vlines])
    y1 = max([h.y for h in hlines] + [v.y1 for v in vlines])
    if x1 - x0 < 2 * MIN_CELL or y1 - y0 < 2 * MIN_CELL:
        return None
    xs = _boundaries([v.x for v in vlines], x0, x1)
    ys = _boundaries([h.y for h in hlines], y0, y1)
    v_drawn = [
        [
            _covered([(v.y0, v.y1) for v in vlines if abs(v.x - x) <= MIN_CELL], top, bottom)
            for top, bottom in pairwise(ys)
        ]
        for x in xs
    ]
    h_drawn = [
        [
            _covered([(h.x0, h.x1) for h in hlines if abs(h.y - y) <= MIN_CELL], left, right)
            for left, right in pairwise(xs)
        ]
        for y in ys
    ]
    return Frame(xs, ys, v_drawn, h_drawn, hlines, vlines)


def _boundaries(positions: list[float], low: float, high: float) -> list[float]:
    """Sorted boundary positions, near ones merged, with the frame's edges at both ends."""
    merged: list[list[float]] = []
    for p in sorted([low, *positions, high]):
        if merged and p - merged[-1][-1] < MIN_CELL:
            merged[-1].append(p)
        else:
            merged.append([p])
    out = [sum(group) / len(group) for group in merged]
    out[0], out[-1] = low, high
    return out


def _covered(spans: list[tuple[float, float]], start: float, end: float) -> bool:
    """Whether the spans cover at least DRAWN of [start, end]."""
    length = end - start
    if length <= 0:
        return True
    covered = 0.0
    cursor = start
    for a, b in sorted(spans):
        a, b = max(a, cursor), min(b, end)
        if b > a:
            covered += b - a
            cursor = b
    return covered >= DRAWN * length


def merged_cells(frame: Frame) -> list[tuple[int, int, int, int]]:
    """(row, col, row_span, col_span) of each cell, merging grid cells across undrawn edges."""
    rows, cols = frame.n_rows, frame.n_cols
    taken = [[False] * cols for _ in range(rows)]
    cells = []
    for r in range(rows):
        for c in range(cols):
            if taken[r][c]:
                continue
            width = 1
            while c + width < cols and not frame.v_drawn[c + width][r] and not taken[r][c + width]:
                width += 1
            height = 1
            while r + height < rows and _opens_down(frame, taken, r + height, c, width):
                height += 1
            for dr in range(height):
                for dc in range(width):
                    taken[r + dr][c + dc] = True
            cells.append((r, c, height, width))
    return cells


def _opens_down(frame: Frame, taken: list[list[bool]], row: int, col: int, width: int) -> bool:
    """Whether a cell covering columns col..col+width-1 continues into grid row `row`."""
    span = range(col, col + width)
    if any(frame.h_drawn[row][c] or taken[row][c] for c in span):
        return False
    # A vertical boundary drawn inside the span there would cut the merged cell in two.
    return not any(frame.v_drawn[c][row] for c in range(col + 1, col + width))
