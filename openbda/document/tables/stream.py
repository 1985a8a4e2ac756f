"""Tables read from the words' arrangement: columns are the white channels that run down
through the rows, rows are visual lines (or the bands between horizontal rules).

Used inside areas the drawing marks out — between horizontal rules, inside a box, or between
the column rules of a frame without row rules — and, more strictly, for tables with no rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from openbda.document.layout import WordBox
from openbda.document.regions import Rect
from openbda.document.tables.model import Cell, Table, drop_empty
from openbda.document.tables.text import Chunk, Row, is_numeric, join_lines

# A white channel narrower than this share of the line height does not separate columns.
MIN_CHANNEL = 0.5
# Columns without a channel between them: a word edge shared by this share of the rows, within
# ALIGN_TOLERANCE points (producers place aligned text exactly); boundaries closer than
# MIN_COLUMN points are one.
ALIGNED_SHARE = 0.6
ALIGN_TOLERANCE = 0.3
MIN_COLUMN = 3.0
# Rows that may cross a column channel (spanning cells, stray words), as a share of the rows.
CROSSING_SHARE = 0.15
# Two rows closer than this share of the line height are one paragraph's lines (a wrapped
# cell), not two table rows.
WRAP_GAP = 0.5
# Column cells this long (median characters) that fill their column's width are prose.
PROSE_CHARS = 20
PROSE_FILL = 0.75
# Without rules, a column averaging more words a cell than this is running text.
PROSE_WORDS = 12
# A fixed-width font: of at least MONO_MIN_WORDS words, this share has the common width per
# character (within MONO_WIDTH of it) and starts on the character grid (within MONO_GRID of a
# character).
MONO_MIN_WORDS = 6
MONO_SHARE = 0.9
MONO_WIDTH = 0.04
MONO_GRID = 0.15


def find_columns(
    rows: Sequence[Row], x0: float, x1: float, headings: Sequence[Row] = ()
) -> list[float]:
    """Column boundaries from x0 to x1 at channels no (or few) rows cross; `headings` (header
    rows, which may span columns) may not be cut by a boundary found from alignment alone.

    Channels are sought between words, not chunks: cells of borderless tables often sit
    closer than a chunk gap, and a channel must run through every row, so the ordinary word
    spaces of a cell's text, which differ from row to row, do not make one.
    """
    if not rows:
        return [x0, x1]
    height = median(r.height for r in rows)
    allowed = int(CROSSING_SHARE * len(rows))
    events: list[tuple[float, int]] = []
    for row in rows:
        for a, b in _row_spans(row):
            a, b = max(a, x0), min(b, x1)
            if b > a:
                events += [(a, 1), (b, -1)]
    if not events:
        return [x0, x1]
    events.sort()
    first, last = events[0][0], max(e[0] for e in events)
    boundaries = [x0]
    depth = 0
    open_at: float | None = None
    for x, step in events:
        before = depth
        depth += step
        if before > allowed >= depth:
            open_at = x  # a channel opens
        elif before <= allowed < depth and open_at is not None:
            if first < open_at and x < last and x - open_at >= MIN_CHANNEL * height:
                boundaries.append((open_at + x) / 2)
            open_at = None
    boundaries.append(x1)
    return _refine(rows, boundaries, headings)


def _refine(rows: Sequence[Row], boundaries: list[float], headings: Sequence[Row]) -> list[float]:
    """Add boundaries where there is no white channel but the text is aligned: spreadsheet
    exports set a right-aligned number and the next column's left-aligned text a point apart.

    A position counts when most rows start (or end) a word exactly there, no word runs across
    it, and every other row leaves a channel's width of white around it; a boundary already
    separating the same words makes it redundant.
    """
    words = [w for row in rows for c in row.chunks for w in c.words]
    heads = [c for row in headings for c in row.chunks]
    out = list(boundaries)
    for x, aligned in _aligned_edges(rows):
        if not boundaries[0] < x < boundaries[-1]:
            continue
        if any(w.x0 < x < w.x1 for w in words) or any(c.x0 < x < c.x1 for c in heads):
            continue
        if any(
            abs(x - b) < MIN_COLUMN or not any(w.x1 > min(x, b) and w.x0 < max(x, b) for w in words)
            for b in out
        ):
            continue
        if _same_words_around(rows, x):
            continue  # "Feb 09, 2023" over "Feb 18, 2023": alike words line up of themselves
        if all(id(row) in aligned or _white_around(row, x) for row in rows):
            out.append(x)
    return sorted(out)


# Words whose widths differ by less than this (points) are alike: dates, codes of one format.
ALIKE_WIDTH = 1.0


def _same_words_around(rows: Sequence[Row], x: float) -> bool:
    """Whether, in every row with words on both sides of x, the word just left of it and the
    word just right of it have one width each: fixed-format values (dates, codes) align their
    inner word spaces without being two columns. A true column edge has values of different
    widths on at least one side (right-aligned amounts, names)."""
    lefts, rights = [], []
    for row in rows:
        words = [w for c in row.chunks for w in c.words]
        left = max((w for w in words if w.x1 <= x), key=lambda w: w.x1, default=None)
        right = min((w for w in words if w.x0 >= x), key=lambda w: w.x0, default=None)
        if left is not None and right is not None:
            lefts.append(left.x1 - left.x0)
            rights.append(right.x1 - right.x0)
    if len(lefts) < 2:
        return False
    return max(lefts) - min(lefts) < ALIKE_WIDTH and max(rights) - min(rights) < ALIKE_WIDTH


def _aligned_edges(rows: Sequence[Row]) -> list[tuple[float, set[int]]]:
    """Positions just before shared left edges and just after shared right edges of words,
    with the rows (by id) that share them, where enough rows do."""
    needed = ALIGNED_SHARE * len(rows)
    found: list[tuple[float, set[int]]] = []
    for sign in (-1, 1):
        edges = sorted(
            ((w.x0 if sign < 0 else w.x1), id(row))
            for row in rows
            for c in row.chunks
            for w in c.words
        )
        cluster: list[tuple[float, int]] = []
        for edge in [*edges, (float("inf"), 0)]:
            if cluster and edge[0] - cluster[0][0] > ALIGN_TOLERANCE:
                members = {r for _, r in cluster}
                if len(members) >= needed:
                    anchor = cluster[0][0] if sign < 0 else cluster[-1][0]
                    found.append((anchor + sign * 0.5, members))
                cluster = []
            cluster.append(edge)
    return found


def _white_around(row: Row, x: float) -> bool:
    words = [w for c in row.chunks for w in c.words]
    left = max((w.x1 for w in words if w.x1 <= x), default=float("-inf"))
    right = min((w.x0 for w in words if w.x0 >= x), default=float("inf"))
    return right - left >= MIN_CHANNEL * row.height


def _row_spans(row: Row) -> list[tuple[float, float]]:
    """The row's inked spans: its words, with gaps narrower than a channel closed, each
    counted once per row however many words it joins."""
    spans: list[tuple[float, float]] = []
    limit = MIN_CHANNEL * row.height
    for word in sorted((w for c in row.chunks for w in c.words), key=lambda w: w.x0):
        if spans and word.x0 - spans[-1][1] < limit:
            spans[-1] = (spans[-1][0], max(spans[-1][1], word.x1))
        else:
            spans.append((word.x0, word.x1))
    return spans


def column_of(boundaries: Sequence[float], x: float) -> int:
    """Index of the column holding x (clamped to the outer columns)."""
    for j in range(1, len(boundaries) - 1):
        if x < boundaries[j]:
            return j - 1
    return len(boundaries) - 2


def stream_table(
    rows: Sequence[Row],
    rect: Rect,
    *,
    columns: Sequence[float] | None = None,
    rules: Sequence[float] = (),
    header_rows: int = 0,
    strict: bool,
) -> Table | None:
    """A table over `rows` (visual rows inside `rect`), or None when they do not read as one.

    `columns` are known column boundaries (from drawn column rules); otherwise they are found
    from the rows below the first inner rule, or below the first `header_rows` rows. `rules`
    are the y positions of inner horizontal rules. `strict` applies the checks for tables
    without any drawing, where running text must never pass for a table.
    """
    if len(rows) < 2:
        return None
    bands, ruled_rows = _bands(rows, rules)
    head = _head_bands(bands, rules) if rules else min(header_rows, len(bands) - 1)
    if columns is None:
        body_rows = [r for band in bands[head:] for r in band if len(r.chunks) >= 2]
        if len(body_rows) < 2:
            return None
        headings = [r for band in bands[:head] for r in band]
        columns = find_columns(body_rows, rect.x0, rect.x1, headings)
    columns = list(columns)
    if len(columns) < 3:
        return None
    cells = _cells(bands, columns, head)
    n_rows = len(bands)
    table = Table(
        rect=rect,
        n_rows=n_rows,
        n_cols=len(columns) - 1,
        cells=cells,
        header_rows=head if head else None,
        words=[w for row in rows for w in row.words],
    )
    if strict:
        table = _merge_wrapped(table, bands, head)
    trimmed = drop_empty(table)
    if trimmed is None:
        return None
    return trimmed if plausible(trimmed, strict=strict, ruled_rows=ruled_rows) else None


def _bands(rows: Sequence[Row], rules: Sequence[float]) -> tuple[list[list[Row]], bool]:
    """Rows of the table: one per visual row, or one per space between rules when the rules
    separate (nearly) every row, since then a band of several lines holds wrapped cells. Says
    which it chose."""
    if len(rules) >= 2:
        edges = [float("-inf"), *sorted(rules), float("inf")]
        by_rule: list[list[Row]] = [[] for _ in range(len(edges) - 1)]
        for row in rows:
            middle = (row.y0 + row.y1) / 2
            for k in range(len(edges) - 1):
                if edges[k] <= middle < edges[k + 1]:
                    by_rule[k].append(row)
                    break
        filled = [band for band in by_rule if band]
        singles = sum(len(band) == 1 for band in filled)
        if singles >= 0.6 * len(filled) and len(filled) >= 3:
            return filled, True
    return [[row] for row in rows], False


def _head_bands(bands: Sequence[Sequence[Row]], rules: Sequence[float]) -> int:
    """Bands above the first inner rule are the header (a booktabs mid rule), up to three."""
    first_rule = min(rules)
    above = sum(1 for band in bands if band[-1].y1 <= first_rule + 1.0)
    return above if 1 <= above <= 3 and above < len(bands) else 0


def _cells(bands: Sequence[Sequence[Row]], columns: Sequence[float], head: int) -> list[Cell]:
    """Words to cells. In header bands a chunk across column boundaries is a merged cell when
    nothing else sits in the columns it covers; elsewhere its words go to their columns."""
    n_cols = len(columns) - 1
    cells: list[Cell] = []
    for r, band in enumerate(bands):
        by_col: list[list[WordBox]] = [[] for _ in range(n_cols)]
        spans: list[tuple[int, int, Chunk]] = []
        for row in band:
            for chunk in row.chunks:
                first = column_of(columns, chunk.x0 + 1.0)
                last = column_of(columns, chunk.x1 - 1.0)
                if last > first and r < head:
                    spans.append((first, last, chunk))
                else:
                    for word in chunk.words:
                        by_col[column_of(columns, (word.x0 + word.x1) / 2)].append(word)
        covered: set[int] = set()
        for first, last, chunk in spans:
            cols = range(first, last + 1)
            if any(by_col[c] for c in cols) or covered.intersection(cols):
                for word in chunk.words:
                    by_col[column_of(columns, (word.x0 + word.x1) / 2)].append(word)
                continue
            covered.update(cols)
            cells.append(_cell(r, first, last - first + 1, chunk.words))
        cells += [_cell(r, c, 1, by_col[c]) for c in range(n_cols) if c not in covered]
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return cells


def _cell(row: int, col: int, col_span: int, words: list[WordBox]) -> Cell:
    return Cell(row, col, 1, col_span, words=list(words), text=join_lines(words))


def _merge_wrapped(table: Table, bands: Sequence[Sequence[Row]], head: int) -> Table:
    """Join a line that holds a single cell (not in the first column) and sits under a fuller
    row as closely as a paragraph's next line, where table rows are further apart: it is that
    cell's wrapped text, not a row. First-column lines stay rows: there a lone line is as
    often a section label ("Total", "Assets") as a wrap."""
    if len(bands) < 3:
        return table
    gaps = [bands[r][0].y0 - bands[r - 1][-1].y1 for r in range(1, len(bands))]
    typical = median(gaps)
    texts = _texts(table)
    keep: list[int] = [0]
    joins: dict[int, int] = {}  # row -> the kept row it joins
    for r in range(1, table.n_rows):
        target = keep[-1]
        filled = [c for c in range(table.n_cols) if texts[r][c]]
        above = [c for c in range(table.n_cols) if texts[target][c]]
        gap = gaps[r - 1]
        tight = gap <= WRAP_GAP * bands[r][0].height
        if r < head:
            # Lines of one heading: the lower line only continues cells of the upper one.
            wrapped = tight and bool(filled) and set(filled) <= set(above)
        else:
            wrapped = (
                r > head
                and tight
                and gap < 0.7 * typical
                and len(filled) == 1
                and filled[0] > 0
                and filled[0] in above
                and len(above) >= 2
            )
        if wrapped:
            joins[r] = target
        else:
            keep.append(r)
    if not joins:
        return table
    index = {r: i for i, r in enumerate(keep)}
    cells: dict[tuple[int, int], Cell] = {}
    for cell in table.cells:
        if cell.row in joins:
            continue
        new = Cell(index[cell.row], cell.col, 1, cell.col_span, list(cell.words), cell.text)
        cells[(new.row, new.col)] = new
    for cell in table.cells:
        if cell.row in joins and cell.words:
            row = index[joins[cell.row]]
            # The cell above that covers this column (a merged heading may cover it).
            target_cell = next(
                c for c in cells.values() if c.row == row and c.col <= cell.col < c.col + c.col_span
            )
            target_cell.words += cell.words
            target_cell.text = join_lines(target_cell.words)
    headers = table.header_rows
    if headers:
        headers -= sum(1 for r in joins if r < headers)
    return Table(
        rect=table.rect,
        n_rows=len(keep),
        n_cols=table.n_cols,
        cells=sorted(cells.values(), key=lambda c: (c.row, c.col)),
        header_rows=headers,
        words=table.words,
    )


def _texts(table: Table) -> list[list[str]]:
    return [[cell.text if cell else "" for cell in row] for row in table.grid()]


def plausible(table: Table, *, strict: bool, ruled_rows: bool = False) -> bool:
    """Whether the grid reads as a table rather than text that happens to line up.

    `strict` for tables without rules; `ruled_rows` when rules separate the rows, so that a
    column of long wrapped cells is not taken for running text."""
    n_rows, n_cols = table.n_rows, table.n_cols
    if n_cols < 2 or n_rows < (3 if strict else 2):
        return False
    grid = table.grid()
    texts = [[(cell.text if cell else "") for cell in row] for row in grid]
    filled = sum(bool(t) for row in texts for t in row)
    if filled < (0.5 if strict else 0.4) * n_rows * n_cols:
        return False
    multi = sum(sum(bool(t) for t in row) >= 2 for row in texts)
    if multi < max(2, (0.6 if strict else 0.4) * n_rows):
        return False
    if not ruled_rows and any(
        _prose(table, c, strict=strict) and not _described(texts, c, table.header_rows or 0)
        for c in range(n_cols)
    ):
        return False
    if strict and _monospaced(table):
        return False  # aligned lines of a code listing or a plain-text dump
    first = [row[0] for row in texts if row[0]]
    if n_cols == 2 and first and sum(t.endswith(":") for t in first) >= 0.5 * len(first):
        return False  # "Label: value" lines are a form's fields, not a table
    if strict and n_cols == 2:
        # Two unruled columns are too often a list or two text columns; accept them only as
        # labels with numbers.
        second = [row[1] for row in texts[(table.header_rows or 0) :] if row[1]]
        numeric = sum(_numeric_cell(t) for t in second)
        return n_rows >= 4 and numeric >= 0.75 * max(len(second), 1)
    return True


def _monospaced(table: Table) -> bool:
    """Whether the words are set on a fixed-width character grid: every word takes the same
    width per character and starts a whole number of characters from the table's left edge.
    Proportional fonts do neither (tabular digits share a width, but right-aligned columns do
    not start on a common grid)."""
    words = [w for w in table.words if len(w.text) >= 2]
    if len(words) < MONO_MIN_WORDS:
        return False
    widths = sorted((w.x1 - w.x0) / len(w.text) for w in words)
    step = widths[len(widths) // 2]
    if step <= 0:
        return False
    even = sum(abs(width - step) <= MONO_WIDTH * step for width in widths)
    origin = min(w.x0 for w in words)
    on_grid = 0
    for w in words:
        offset = (w.x0 - origin) / step
        on_grid += abs(offset - round(offset)) <= MONO_GRID
    return min(even, on_grid) >= MONO_SHARE * len(words)


def _prose(table: Table, col: int, *, strict: bool) -> bool:
    """A column whose cells are long lines filling the column, or (without rules) many words
    a cell: running text."""
    cells = [c for c in table.cells if c.col == col and c.col_span == 1 and c.words]
    if len(cells) < 3:
        return False
    widths = [max(w.x1 for w in c.words) - min(w.x0 for w in c.words) for c in cells]
    full = max(widths)
    chars = median(len(c.text) for c in cells)
    fill = median(w / full for w in widths) if full > 0 else 0.0
    words = sum(len(c.words) for c in cells) / len(cells)
    return (chars >= PROSE_CHARS and fill >= PROSE_FILL) or (strict and words > PROSE_WORDS)


# A column of long cells is a table's descriptions, not running text, when this share of its
# cells sit in rows with at least two short cells holding digits (a date, an amount).
DESCRIBED_SHARE = 0.8
DATA_WORDS = 3


def _described(texts: Sequence[Sequence[str]], col: int, header_rows: int) -> bool:
    """Whether the long cells of column `col` describe rows of data: a statement's "Zelle
    Payment From ..." between its date and its amount. A paragraph that happens to line up
    with a column of figures has no such pair on every line."""
    rows = [row for row in texts[header_rows:] if row[col]]
    data = sum(
        sum(
            1
            for c, text in enumerate(row)
            if c != col and text and len(text.split()) <= DATA_WORDS and _has_digit(text)
        )
        >= 2
        for row in rows
    )
    return len(rows) >= 3 and data >= DESCRIBED_SHARE * len(rows)


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _numeric_cell(text: str) -> bool:
    return bool(text) and all(is_numeric(part) for part in text.split())
