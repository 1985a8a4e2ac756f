"""Ruling lines as the table detectors see them: horizontal and vertical lines, merged.

Producers draw one visual line in many ways — one stroke per cell edge, a thin filled bar, the
edge of a shaded cell, a double rule — so drawn pieces are snapped to common coordinates and
joined where they touch. Edges of filled rectangles count as rulings because many tables draw
their grid only as cell backgrounds separated by the cells' own edges.
"""

from __future__ import annotations

from dataclasses import dataclass

from openbda.document.regions import PageGraphics, Rect

# Pieces this close across the line (points) lie on one line.
SNAP = 1.5
# Pieces on one line whose ends are this close (points) are one line; dashed and dotted rules
# leave small gaps.
JOIN = 3.0
# Segments leaning more than this (points between their ends, across) are not rulings.
SLANT = 1.0
# Shorter merged lines are tick marks or glyph parts.
MIN_LENGTH = 4.0
# Filled rectangles at least this share of the page are panels, not cells; their edges are not
# table rulings.
PANEL_SHARE = 0.25


@dataclass(frozen=True, slots=True)
class HLine:
    y: float
    x0: float
    x1: float

    @property
    def length(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True, slots=True)
class VLine:
    x: float
    y0: float
    y1: float

    @property
    def length(self) -> float:
        return self.y1 - self.y0


def rulings(graphics: PageGraphics, width: float, height: float) -> tuple[list[HLine], list[VLine]]:
    """Merged horizontal and vertical rulings, sorted by position."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    for s in graphics.segments:
        if min(abs(s.x1 - s.x0), abs(s.y1 - s.y0)) > SLANT:
            continue  # a slanted line (a chart's series) is no ruling
        if s.horizontal:
            horizontal.append(((s.y0 + s.y1) / 2, min(s.x0, s.x1), max(s.x0, s.x1)))
        else:
            vertical.append(((s.x0 + s.x1) / 2, min(s.y0, s.y1), max(s.y0, s.y1)))
    panel = PANEL_SHARE * width * height
    for r in graphics.filled:
        if r.width * r.height >= panel:
            continue
        horizontal += [(r.top, r.x0, r.x1), (r.bottom, r.x0, r.x1)]
        vertical += [(r.x0, r.top, r.bottom), (r.x1, r.top, r.bottom)]
    hlines = [HLine(p, a, b) for p, a, b in _merge(horizontal)]
    vlines = [VLine(p, a, b) for p, a, b in _merge(vertical)]
    return hlines, vlines


def _merge(pieces: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Join (position, start, end) pieces that share a position and touch or overlap."""
    if not pieces:
        return []
    pieces.sort()
    # Group by position: a group continues while each piece is within SNAP of the previous.
    groups: list[list[tuple[float, float, float]]] = [[pieces[0]]]
    for piece in pieces[1:]:
        if piece[0] - groups[-1][-1][0] <= SNAP:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    merged: list[tuple[float, float, float]] = []
    for group in groups:
        runs: list[list[float]] = []  # [weighted position sum, length, start, end]
        for position, start, end in sorted(group, key=lambda p: p[1]):
            length = max(end - start, 0.1)
            if runs and start <= runs[-1][3] + JOIN:
                run = runs[-1]
                run[0] += position * length
                run[1] += length
                run[3] = max(run[3], end)
            else:
                runs.append([position * length, length, start, end])
        for weighted, length, start, end in runs:
            if end - start >= MIN_LENGTH:
                merged.append((weighted / length, start, end))
    merged.sort()
    return merged


def rect_of(hlines: list[HLine], vlines: list[VLine]) -> Rect:
    """The smallest rectangle holding all the given lines."""
    xs = [h.x0 for h in hlines] + [h.x1 for h in hlines] + [v.x for v in vlines]
    ys = [h.y for h in hlines] + [v.y0 for v in vlines] + [v.y1 for v in vlines]
    return Rect(min(xs), min(ys), max(xs), max(ys))
