"""Figures on a born-digital page, found from what is drawn on it: placed raster images and
vector charts. The detector hands `Region`s (kind FIGURE) to the assembler, which takes the words
inside each region out of the text flow and places the figure in reading order.

Signals are geometric and general: sizes relative to the page, how much text sits on an image,
the shape of a drawing (axes, tick marks, bars on a common baseline). Thresholds are shares of
the page, of a drawing's own size or of the text's line height, so they hold for any page size.

What is left to others on purpose:
- ruled grids with words in their cells are tables (the table detector's), never charts here;
- a page that is one big image is a scan: its pictures come from image analysis, not from here;
- curved vector art (drawn logos, pie charts) is not in `PageGraphics`, which holds straight
  segments and rectangles only. The PDF reader keeps horizontal and vertical segments, so a
  vector line chart is known by its axes' tick marks; slanted segments (a plotted series) count
  too when a reader supplies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from statistics import median

from openbda.document.layout import LineBox, WordBox, group_lines
from openbda.document.model import ElementType, SubType
from openbda.document.regions import PageGraphics, Rect, Region, Segment

# --- raster images ---------------------------------------------------------------------------
# Images (or merged tiles) thinner than this, in points, are bullets, icons and rules.
MIN_FIGURE_SIDE = 12.0
# ... or smaller than this share of the page.
MIN_FIGURE_AREA = 0.001
# An image covering this share of the page is the page itself: a scan or a background.
SCAN_COVERAGE = 0.8
# Image pieces this close (points) are tiles of one picture; producers slice big images.
MERGE_GAP = 2.0
# Words covering this share of an image make it a panel behind text, not a picture.
TEXT_PANEL_COVERAGE = 0.2
# An image at most this many line heights tall with text on it is a bar behind a heading.
TEXT_BAR_LINES = 2.0

# --- logos -----------------------------------------------------------------------------------
# A logo is small (share of the page's area and width) and sits in the top or bottom band, or,
# a little further in, beside a short line of text such as the company's name.
LOGO_MAX_AREA = 0.03
LOGO_MAX_WIDTH = 0.3
LOGO_BAND = 0.15
LOGO_NAME_BAND = 0.3
LOGO_NAME_WORDS = 6

# --- vector charts ---------------------------------------------------------------------------
# Drawing primitives closer than this (points) belong to one drawing.
LINK_GAP = 6.0
# A chart is at least this big (points) and has at least this many primitives.
CHART_MIN_SIDE = 36.0
CHART_MIN_PRIMITIVES = 5
# An axis spans at least this share of the drawing's width (x axis) or height (y axis).
AXIS_SHARE = 0.4
# Marks along an axis shorter than this share of the axis are ticks; three make a scale.
TICK_SHARE = 0.08
MIN_TICKS = 3
# Bars: at least this many filled rectangles on one baseline, of similar thickness, whose
# lengths differ by at least this ratio (equal lengths are table shading or check boxes).
MIN_BARS = 3
BAR_LENGTH_RATIO = 1.25
BAR_THICKNESS_RATIO = 1.5
# Bars of one chart stand at most this many bar thicknesses apart.
BAR_SPACING = 3.0
# Line charts: this many slanted segments make a plotted series.
MIN_SLANTED = 4
# A drawing whose area is this much covered by words is text in boxes (a table, a form).
CHART_TEXT_COVERAGE = 0.15
# A grid (this many full-length rules each way) with words in this share of its cells is a table.
GRID_RULES = 3
TABLE_FILLED_CELLS = 0.4
# Filled rectangles larger than this share of the page are backgrounds, not drawing parts.
BACKGROUND_SHARE = 0.25
# Labels (ticks, axis titles, legends) sit within this many line heights of a chart and are
# narrower than this share of it; body text lines are wider.
LABEL_GAP = 1.0
LABEL_WIDTH = 0.6
# Alignment tolerance, points.
ALIGN = 1.5

# --- captions --------------------------------------------------------------------------------
# A caption starts within this many line heights below (or above) its figure.
CAPTION_GAP = 3.0
CAPTION_MAX_LINES = 4

_NUMBERING = r"[A-Z]?\d+(?:[.\-\u2013]\d+)*[a-z]?"
# "Figure 2: ...", "Figure 2. ...", and abbreviated or CJK labels followed by a space ("Fig. 2
# The plant", "図2 ..."). A spelled-out label needs punctuation after its number, so that body
# text such as "Figure 2 shows ..." under a figure is not taken for its caption.
_CAPTION = re.compile(
    r"^\s*(?:"
    rf"(?:fig\.|abb\.|рис\.|그림|図|图|圖)\s*{_NUMBERING}(?:\s|[:.\-\u2013\u2014)]|$)"
    r"|(?:fig|figure|figura|figur|figuur|abbildung|chart|graph|graphique|gr[aá]fico|exhibit|"
    rf"illustration|plate|photo|image|map|diagram|рисунок)\s*{_NUMBERING}\s*(?:[:.\-\u2013\u2014)|]|$)"
    r")",
    re.IGNORECASE,
)
_CHART_WORDS = re.compile(
    r"\b(?:chart|graph|plot|histogram|pie|scatter|curve|diagramm|graphique|gr[aá]fico)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^[-+\u2212(]?[$€£¥]?\d[\d.,]*[%)kKmMbB]?$")

_PRIORITY = {SubType.CHART: 3, SubType.IMAGE: 2, SubType.LOGO: 1}


def detect_figures(
    words: Sequence[WordBox], graphics: PageGraphics, width: float, height: float
) -> list[Region]:
    """The figures of one page, top to bottom, in points on the displayed page."""
    if not (graphics.images or graphics.segments or graphics.filled):
        return []  # most text pages: nothing drawn, nothing to look at
    page = Rect(0.0, 0.0, width, height)
    # Lines are grouped once per page: captions, labels and logo names are all looked up in them.
    lines = group_lines(words)
    found = [
        *_raster_figures(words, lines, graphics.images, page),
        *_vector_charts(words, lines, graphics, page),
    ]
    merged = _merge_overlapping(found)
    merged.sort(key=lambda f: (round(f.rect.top), f.rect.x0))
    return [
        Region(
            kind=ElementType.FIGURE,
            rect=f.rect,
            sub_type=f.sub_type,
            title=_caption(lines, f.rect),
        )
        for f in merged
    ]


def figure_caption(words: Sequence[WordBox], rect: Rect) -> str:
    """The caption of the figure at `rect` ("Figure 2: ...", "Fig. 2 ..."): the caption line
    just below the figure, else just above, with the lines that continue it; "" when none."""
    return _caption(group_lines(words), rect)


def _caption(page_lines: Sequence[LineBox], rect: Rect) -> str:
    lines = [line for line in page_lines if not _inside(_line_rect(line), rect)]
    below: list[tuple[float, LineBox]] = []
    above: list[tuple[float, LineBox]] = []
    for line in lines:
        if min(line.x1, rect.x1) - max(line.x0, rect.x0) <= 0 or not _CAPTION.match(line.text):
            continue
        reach = CAPTION_GAP * line.height
        if rect.bottom - line.height <= line.y0 <= rect.bottom + reach:
            below.append((line.y0 - rect.bottom, line))
        elif rect.top - reach <= line.y1 <= rect.top + line.height:
            above.append((rect.top - line.y1, line))
    candidates = below or above
    if not candidates:
        return ""
    first = min(candidates, key=lambda c: c[0])[1]
    return " ".join(line.text for line in _caption_lines(first, lines))


# --- raster images ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Figure:
    rect: Rect
    sub_type: SubType


def _raster_figures(
    words: Sequence[WordBox], lines: Sequence[LineBox], images: Iterable[Rect], page: Rect
) -> list[_Figure]:
    page_area = _area(page)
    clipped = [c for c in (_clip(r, page) for r in images) if c is not None]
    figures = []
    for rect in _merge_touching(clipped, MERGE_GAP):
        area = _area(rect)
        if area >= SCAN_COVERAGE * page_area:
            continue
        if min(rect.width, rect.height) < MIN_FIGURE_SIDE or area < MIN_FIGURE_AREA * page_area:
            continue
        on_it = [w for w in words if _centre_in(w, rect)]
        if _is_text_background(rect, on_it):
            continue
        figures.append(_Figure(rect, _raster_sub_type(rect, words, lines, page)))
    return figures


def _is_text_background(rect: Rect, on_it: Sequence[WordBox]) -> bool:
    """Panels and bars drawn behind text are decoration: the text is the content."""
    if not on_it:
        return False
    covered = sum(_overlap_area(_word_rect(w), rect) for w in on_it)
    if covered >= TEXT_PANEL_COVERAGE * _area(rect):
        return True
    line_height = median(w.height for w in on_it)
    return rect.height <= TEXT_BAR_LINES * line_height


def _raster_sub_type(
    rect: Rect, words: Sequence[WordBox], lines: Sequence[LineBox], page: Rect
) -> SubType:
    if _is_logo(rect, lines, page):
        return SubType.LOGO
    if _has_numeric_scale(rect, words) or _CHART_WORDS.search(_caption(lines, rect)):
        return SubType.CHART
    return SubType.IMAGE


def _is_logo(rect: Rect, lines: Sequence[LineBox], page: Rect) -> bool:
    if _area(rect) > LOGO_MAX_AREA * _area(page) or rect.width > LOGO_MAX_WIDTH * page.width:
        return False
    centre = (rect.top + rect.bottom) / 2
    edge = min(centre, page.height - centre)
    if edge <= LOGO_BAND * page.height:
        return True
    return edge <= LOGO_NAME_BAND * page.height and _beside_short_line(rect, lines)


def _beside_short_line(rect: Rect, lines: Sequence[LineBox]) -> bool:
    """A short line of text level with the image and close to its left or right side."""
    for line in lines:
        if len(line.words) > LOGO_NAME_WORDS or _inside(_line_rect(line), rect):
            continue
        level = min(line.y1, rect.bottom) - max(line.y0, rect.top) > 0.5 * line.height
        gap = max(line.x0 - rect.x1, rect.x0 - line.x1)
        if level and -line.height < gap <= 2 * line.height:
            return True
    return False


def _has_numeric_scale(rect: Rect, words: Sequence[WordBox]) -> bool:
    """Numbers stacked along the left edge or in a row along the bottom edge: axis labels set
    as text over (or next to) a plotted image."""
    numbers = [w for w in words if _NUMBER.match(w.text)]
    if len(numbers) < MIN_TICKS:
        return False
    reach = 3 * median(w.height for w in numbers)
    left = {
        round(w.y0)
        for w in numbers
        if rect.x0 - reach <= w.x1 <= rect.x0 + 0.15 * rect.width
        and rect.top <= (w.y0 + w.y1) / 2 <= rect.bottom
    }
    bottom = {
        round(w.x0)
        for w in numbers
        if rect.bottom - 0.15 * rect.height <= w.y0 <= rect.bottom + reach
        and rect.x0 <= (w.x0 + w.x1) / 2 <= rect.x1
    }
    return len(left) >= MIN_TICKS or len(bottom) >= MIN_TICKS


# --- vector charts ---------------------------------------------------------------------------


def _vector_charts(
    words: Sequence[WordBox], lines: Sequence[LineBox], graphics: PageGraphics, page: Rect
) -> list[_Figure]:
    page_area = _area(page)
    segments = list(graphics.segments)
    filled = [r for r in graphics.filled if _area(r) < BACKGROUND_SHARE * page_area]
    bar_groups = _bar_groups(filled)
    grouped = {id(bar) for group in bar_groups for bar in group}
    loose = [r for r in filled if id(r) not in grouped]
    # Bars stand apart by more than the link gap, so each bar group joins the clustering as one
    # box; a bar group is evidence enough, a drawing of rules needs a few primitives.
    boxes = [_segment_rect(s) for s in segments] + loose + [_union(g) for g in bar_groups]
    first_group = len(segments) + len(loose)
    charts = []
    for members in _clusters(boxes, LINK_GAP):
        has_bars = any(i >= first_group for i in members)
        if not has_bars and len(members) < CHART_MIN_PRIMITIVES:
            continue
        box = _union(boxes[i] for i in members)
        if min(box.width, box.height) < CHART_MIN_SIDE:
            continue
        parts = [segments[i] for i in members if i < len(segments)]
        if not (has_bars or _plotted_axes(box, parts)):
            continue
        inside = [w for w in words if _centre_in(w, box)]
        if _is_text_in_boxes(box, parts, inside):
            continue
        charts.append(_Figure(_with_labels(box, lines), SubType.CHART))
    return charts


def _plotted_axes(box: Rect, segments: Sequence[Segment]) -> bool:
    """Axes that carry a scale (ticks) or a plotted series (slanted segments). A bare frame of
    two rules meeting at a corner is not enough: every box and table has one."""
    axes = _axes(box, segments)
    if axes is None:
        return False
    x_axis, y_axis = axes
    slanted = sum(1 for s in segments if _slanted(s))
    return slanted >= MIN_SLANTED or _tick_count(x_axis, y_axis, segments) >= MIN_TICKS


def _axes(box: Rect, segments: Sequence[Segment]) -> tuple[Segment, Segment] | None:
    """A long horizontal and a long vertical segment that meet: the x and y axes."""
    horizontals = [
        s for s in segments if _is_horizontal(s) and _length(s) >= AXIS_SHARE * box.width
    ]
    verticals = [s for s in segments if _is_vertical(s) and _length(s) >= AXIS_SHARE * box.height]
    for h in sorted(horizontals, key=lambda s: -max(s.y0, s.y1)):
        hy, hx0, hx1 = h.y0, min(h.x0, h.x1), max(h.x0, h.x1)
        for v in verticals:
            vx, vy0, vy1 = v.x0, min(v.y0, v.y1), max(v.y0, v.y1)
            if hx0 - ALIGN <= vx <= hx1 + ALIGN and vy0 - ALIGN <= hy <= vy1 + ALIGN:
                return h, v
    return None


def _tick_count(x_axis: Segment, y_axis: Segment, segments: Sequence[Segment]) -> int:
    """Short marks across an axis that stick out of the plot (below the x axis, left of the
    y axis). Cell borders of a table stop at its frame, so they never count."""
    count = 0
    xy = x_axis.y0
    x_lo, x_hi = sorted((x_axis.x0, x_axis.x1))
    yx = y_axis.x0
    y_lo, y_hi = sorted((y_axis.y0, y_axis.y1))
    for s in segments:
        length = _length(s)
        if _is_vertical(s) and length <= TICK_SHARE * (x_hi - x_lo):
            lo, hi = sorted((s.y0, s.y1))
            if lo - ALIGN <= xy < hi and x_lo - ALIGN <= s.x0 <= x_hi + ALIGN:
                count += 1
        elif _is_horizontal(s) and length <= TICK_SHARE * (y_hi - y_lo):
            lo, hi = sorted((s.x0, s.x1))
            if lo < yx <= hi + ALIGN and y_lo - ALIGN <= s.y0 <= y_hi + ALIGN:
                count += 1
    return count


def _bar_groups(filled: Sequence[Rect]) -> list[list[Rect]]:
    """Rectangles standing on one baseline (or hanging from one edge) at regular spacing, of
    similar thickness and differing lengths: the bars of a chart, vertical or horizontal."""
    layouts: tuple[tuple[Callable[[Rect], float], bool], ...] = (
        (lambda r: r.bottom, True),
        (lambda r: r.top, True),
        (lambda r: r.x0, False),
        (lambda r: r.x1, False),
    )
    groups: list[list[Rect]] = []
    used: set[int] = set()
    for base, vertical in layouts:
        candidates = sorted((r for r in filled if id(r) not in used), key=base)
        for aligned in _runs(candidates, base, ALIGN):
            for bars in _spaced_runs(aligned, vertical):
                if _bar_like(bars, vertical):
                    groups.append(bars)
                    used.update(id(r) for r in bars)
    return groups


def _runs(
    items: Sequence[Rect], key: Callable[[Rect], float], tolerance: float
) -> list[list[Rect]]:
    """Items sorted by `key`, cut wherever two neighbours differ by more than `tolerance`."""
    runs: list[list[Rect]] = []
    for item in items:
        if runs and key(item) - key(runs[-1][-1]) <= tolerance:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _spaced_runs(aligned: Sequence[Rect], vertical: bool) -> list[list[Rect]]:
    """Aligned rectangles side by side, cut at gaps wider than a few bar thicknesses."""
    if len(aligned) < MIN_BARS:
        return []
    start: Callable[[Rect], float] = (lambda r: r.x0) if vertical else (lambda r: r.top)
    thickness: Callable[[Rect], float] = (lambda r: r.width) if vertical else (lambda r: r.height)
    ordered = sorted(aligned, key=start)
    limit = BAR_SPACING * median(thickness(r) for r in ordered)
    runs: list[list[Rect]] = [[ordered[0]]]
    for bar in ordered[1:]:
        previous = runs[-1][-1]
        gap = start(bar) - (start(previous) + thickness(previous))
        if -ALIGN <= gap <= limit:
            runs[-1].append(bar)
        else:
            runs.append([bar])
    return [run for run in runs if len(run) >= MIN_BARS]


def _bar_like(bars: Sequence[Rect], vertical: bool) -> bool:
    lengths = [r.height if vertical else r.width for r in bars]
    widths = [r.width if vertical else r.height for r in bars]
    if min(widths) <= 0 or min(lengths) <= 0:
        return False
    varied = max(lengths) >= BAR_LENGTH_RATIO * min(lengths)
    even = max(widths) <= BAR_THICKNESS_RATIO * min(widths)
    return varied and even


def _is_text_in_boxes(box: Rect, segments: Sequence[Segment], inside: Sequence[WordBox]) -> bool:
    """Tables and forms: rules around words. Charts keep their words outside the plot area or
    sparse inside it (legends, data labels)."""
    if not inside:
        return False
    covered = sum(_overlap_area(_word_rect(w), box) for w in inside)
    if covered >= CHART_TEXT_COVERAGE * _area(box):
        return True
    rows = sorted({round(s.y0) for s in segments if _is_horizontal(s) and _spans(s, box, True)})
    cols = sorted({round(s.x0) for s in segments if _is_vertical(s) and _spans(s, box, False)})
    if len(rows) < GRID_RULES or len(cols) < GRID_RULES:
        return False
    cells = (len(rows) - 1) * (len(cols) - 1)
    occupied = {
        (sum(1 for y in rows if y <= _mid_y(w)), sum(1 for x in cols if x <= _mid_x(w)))
        for w in inside
    }
    return len(occupied) >= TABLE_FILLED_CELLS * cells


def _spans(s: Segment, box: Rect, horizontal: bool) -> bool:
    extent = box.width if horizontal else box.height
    return _length(s) >= 0.8 * extent


def _with_labels(box: Rect, lines: Sequence[LineBox]) -> Rect:
    """The chart with its tick labels, axis titles and legend: short lines of text right next to
    the drawing, taken in until none is left close enough. Captions stay outside."""
    pending = [
        line
        for line in lines
        if line.x1 - line.x0 <= LABEL_WIDTH * box.width
        and not _inside(_line_rect(line), box)
        and not _CAPTION.match(line.text)
    ]
    grown = box
    changed = True
    while changed and pending:
        changed = False
        for line in list(pending):
            rect = _line_rect(line)
            if _gap(rect, grown) <= LABEL_GAP * line.height:
                grown = _union((grown, rect))
                pending.remove(line)
                changed = True
    return grown


# --- clustering and merging ------------------------------------------------------------------


def _clusters(boxes: Sequence[Rect], gap: float) -> list[list[int]]:
    """Groups of boxes linked by chains of boxes at most `gap` apart (union-find over a grid,
    so a page of thousands of rules stays fast)."""
    parent = list(range(len(boxes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cell = 64.0
    grid: dict[tuple[int, int], list[int]] = {}
    for i, b in enumerate(boxes):
        for gx in range(int((b.x0 - gap) // cell), int((b.x1 + gap) // cell) + 1):
            for gy in range(int((b.top - gap) // cell), int((b.bottom + gap) // cell) + 1):
                for j in grid.setdefault((gx, gy), []):
                    if find(i) != find(j) and _gap(b, boxes[j]) <= gap:
                        parent[find(i)] = find(j)
                grid[(gx, gy)].append(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(boxes)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _merge_touching(rects: Sequence[Rect], gap: float) -> list[Rect]:
    return [_union(rects[i] for i in members) for members in _clusters(rects, gap)]


def _merge_overlapping(figures: Sequence[_Figure]) -> list[_Figure]:
    """One figure where a chart's drawing and an image overlap (a raster plot with vector axes,
    a picture inside a drawn frame); the most specific sub-type wins."""
    merged: list[_Figure] = []
    for members in _clusters([f.rect for f in figures], 0.0):
        rect = _union(figures[i].rect for i in members)
        sub_type = max((figures[i].sub_type for i in members), key=lambda t: _PRIORITY[t])
        merged.append(_Figure(rect, sub_type))
    return merged


def _caption_lines(first: LineBox, lines: Sequence[LineBox]) -> list[LineBox]:
    """The caption's first line and the lines stacked under it at the same size and spacing."""
    chosen = [first]
    below = sorted(
        (
            line
            for line in lines
            if line.y0 > first.y0 and min(line.x1, first.x1) - max(line.x0, first.x0) > 0
        ),
        key=lambda line: line.y0,
    )
    for line in below:
        last = chosen[-1]
        if len(chosen) >= CAPTION_MAX_LINES or line.y0 - last.y1 > 0.8 * last.height:
            break
        if abs(line.size - first.size) > 0.12 * first.size or _CAPTION.match(line.text):
            break
        chosen.append(line)
    return chosen


# --- geometry --------------------------------------------------------------------------------


def _area(r: Rect) -> float:
    return max(r.width, 0.0) * max(r.height, 0.0)


def _union(rects: Iterable[Rect]) -> Rect:
    items = list(rects)
    return Rect(
        min(r.x0 for r in items),
        min(r.top for r in items),
        max(r.x1 for r in items),
        max(r.bottom for r in items),
    )


def _clip(r: Rect, page: Rect) -> Rect | None:
    x0, top = max(r.x0, page.x0), max(r.top, page.top)
    x1, bottom = min(r.x1, page.x1), min(r.bottom, page.bottom)
    return Rect(x0, top, x1, bottom) if x1 > x0 and bottom > top else None


def _overlap_area(a: Rect, b: Rect) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    return w * h if w > 0 and h > 0 else 0.0


def _gap(a: Rect, b: Rect) -> float:
    """Distance between two boxes along the axis where they are furthest apart; 0 on overlap."""
    dx = max(a.x0 - b.x1, b.x0 - a.x1, 0.0)
    dy = max(a.top - b.bottom, b.top - a.bottom, 0.0)
    return max(dx, dy)


def _inside(inner: Rect, outer: Rect) -> bool:
    return (
        inner.x0 >= outer.x0
        and inner.x1 <= outer.x1
        and inner.top >= outer.top
        and inner.bottom <= outer.bottom
    )


def _segment_rect(s: Segment) -> Rect:
    return Rect(min(s.x0, s.x1), min(s.y0, s.y1), max(s.x0, s.x1), max(s.y0, s.y1))


def _length(s: Segment) -> float:
    return float(((s.x1 - s.x0) ** 2 + (s.y1 - s.y0) ** 2) ** 0.5)


def _is_horizontal(s: Segment) -> bool:
    return abs(s.y1 - s.y0) <= 0.5


def _is_vertical(s: Segment) -> bool:
    return abs(s.x1 - s.x0) <= 0.5


def _slanted(s: Segment) -> bool:
    return not _is_horizontal(s) and not _is_vertical(s)


def _word_rect(w: WordBox) -> Rect:
    return Rect(w.x0, w.y0, w.x1, w.y1)


def _line_rect(line: LineBox) -> Rect:
    return Rect(line.x0, line.y0, line.x1, line.y1)


def _mid_x(w: WordBox) -> float:
    return (w.x0 + w.x1) / 2


def _mid_y(w: WordBox) -> float:
    return (w.y0 + w.y1) / 2


def _centre_in(w: WordBox, r: Rect) -> bool:
    return r.contains_point(_mid_x(w), _mid_y(w))
