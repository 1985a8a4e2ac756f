"""Tables without any rules: runs of rows whose short chunks line up in columns.

Running text is the danger here, so a row only counts when it has at least two short chunks
side by side (a table's cells), the rows must follow each other at a steady pace, and the
resulting grid still has to pass the strict checks in `stream.plausible` (no column of prose,
mostly filled, two-column tables only as labels with numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from openbda.document.regions import Rect
from openbda.document.tables.model import Table
from openbda.document.tables.stream import WRAP_GAP, column_of, find_columns, stream_table
from openbda.document.tables.text import Chunk, Row

# A chunk with more words or characters than this is a line of text, not a cell.
SHORT_WORDS = 6
SHORT_CHARS = 40
# A descriptive cell may be longer, between short ones.
MEDIUM_WORDS = 10
MEDIUM_CHARS = 80
# Consecutive table rows are at most this many line heights apart (baseline to baseline
# spacing of loose tables, or a row of wrapped cells).
ROW_PITCH = 3.0
# Rows a table needs before it is considered; starts tried within one run of rows.
MIN_ROWS = 3
RETRIES = 2
# A white strip this many line heights wide, crossed by no row of the page, is a gutter.
GUTTER = 1.5
GUTTER_LINES = 3
# More foreign words than this share of the table's inside its rectangle: no table.
INTRUDERS = 0.1
# Rows above a found table that may join it as headers: at most this many, each at most
# HEADER_GAP times the table's usual gap between rows above the next.
MAX_HEADER_ROWS = 2
HEADER_GAP = 1.5


@dataclass
class _Run:
    row: Row
    x0: float
    x1: float


def unruled_tables(rows: Sequence[Row]) -> list[Table]:
    """Tables among the page's visual rows (words already in other tables removed)."""
    gutters = _gutters(rows)
    lines = _paragraph_lines(rows)
    runs = [_cell_run(row, gutters, lines) for row in rows]
    tables: list[Table] = []
    index = 0
    failed: dict[int, int] = {}  # end of a group that did not read as a table -> attempts
    while index < len(rows):
        if runs[index] is None:
            index += 1
            continue
        group, end = _grow(rows, runs, index)
        if len(group) >= MIN_ROWS:
            table = _table(rows, group, index)
            if table is not None:
                tables.append(table)
                index = end
                continue
            # A first row that does not belong (a caption with two chunks) can spoil a
            # table, so the next start is tried too; beyond that, a long listing that is no
            # table would cost a try per row.
            failed[end] = failed.get(end, 0) + 1
            if failed[end] >= RETRIES:
                index = end
                continue
        index += 1
    return tables


def _short(chunk: Chunk) -> bool:
    return len(chunk.words) <= SHORT_WORDS and len(chunk.text) <= SHORT_CHARS


def _medium(chunk: Chunk) -> bool:
    return len(chunk.words) <= MEDIUM_WORDS and len(chunk.text) <= MEDIUM_CHARS


def _gutters(rows: Sequence[Row]) -> list[float]:
    """Middles of the vertical white strips no row crosses anywhere on the page, with lines of
    text on both sides: the gutters of page columns (or of a two-page spread). No table row
    runs across one. Strips with only short chunks on one side are a table's own channels."""
    chunks = [c for row in rows for c in row.chunks]
    spans = sorted((c.x0, c.x1) for c in chunks)
    if not spans:
        return []
    height = median(row.height for row in rows)
    strips = []
    right = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - right >= GUTTER * height:
            strips.append((x0 + right) / 2)
        right = max(right, x1)
    if not strips:
        return []
    lines = [c for c in chunks if not _short(c)]
    return [
        g
        for g in strips
        if sum(c.x1 < g for c in lines) >= GUTTER_LINES
        and sum(c.x0 > g for c in lines) >= GUTTER_LINES
    ]


def _paragraph_lines(rows: Sequence[Row]) -> frozenset[int]:
    """Ids of chunks that continue a paragraph: right under a line of text (a chunk longer
    than a short cell) and starting where it starts. A paragraph's short last line ("an.")
    must not pass for a cell beside a table in the next column."""
    out: set[int] = set()
    for index in range(1, len(rows)):
        for chunk in rows[index].chunks:
            if not _short(chunk):
                continue
            above = _chunk_above(rows, index, chunk)
            if (
                above is not None
                and not _short(above)
                and abs(above.x0 - chunk.x0) <= chunk.height
                and chunk.y0 - above.y1 <= chunk.height
            ):
                out.add(id(chunk))
    return frozenset(out)


def _chunk_above(rows: Sequence[Row], index: int, chunk: Chunk) -> Chunk | None:
    """The nearest chunk above `chunk` that overlaps it horizontally, within two rows."""
    for k in (index - 1, index - 2):
        if k < 0:
            break
        for other in rows[k].chunks:
            if other.x0 < chunk.x1 and other.x1 > chunk.x0:
                return other
    return None


def _cell_run(
    row: Row, gutters: Sequence[float] = (), lines: frozenset[int] = frozenset()
) -> _Run | None:
    """The row's longest run of neighbouring cell-like chunks holding at least two short ones.

    A medium chunk (a descriptive cell) may sit inside a run but not at its ends, where it is
    more likely a line of a neighbouring text column. A run never crosses a page gutter, and
    a paragraph's line (an id in `lines`) is never a cell.
    """
    runs: list[list[Chunk]] = [[]]
    previous: Chunk | None = None
    for chunk in row.chunks:
        current = runs[-1]
        across = previous is not None and any(previous.x1 < g < chunk.x0 for g in gutters)
        previous = chunk
        if id(chunk) in lines or not _medium(chunk) or across:
            runs.append([])
        if id(chunk) in lines or not _medium(chunk):
            continue
        current = runs[-1]
        if _short(chunk) or current:
            current.append(chunk)
    best: list[Chunk] = []
    for run in runs:
        while run and not _short(run[-1]):
            run.pop()
        if sum(map(_short, run)) > sum(map(_short, best)):
            best = run
    if sum(map(_short, best)) < 2:
        return None
    return _Run(Row(best), best[0].x0, best[-1].x1)


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _grow(rows: Sequence[Row], runs: Sequence[_Run | None], start: int) -> tuple[list[Row], int]:
    """Rows of the table starting at rows[start], each restricted to the table's width, and
    the index after the last one.

    Following rows join while their cell runs overlap the table's width and the pace holds.
    A row without a run joins when a run row follows (a section label, a row with one cell)
    or when it sits as close as a wrapped line; rows entirely beside the table (a neighbouring
    page column's lines, interleaved by height) are passed over.
    """
    first = runs[start]
    assert first is not None
    x0, x1 = first.x0, first.x1
    group = [(start, first.row)]
    passed: list[int] = []
    last = start
    index = start + 1
    while index < len(rows):
        row = rows[index]
        if _beside(row, x0, x1):
            passed.append(index)
            index += 1
            continue
        height = max(rows[last].height, row.height)
        if row.y0 - rows[last].y1 > ROW_PITCH * height:
            break
        run = runs[index]
        if run is not None:
            if _overlap(x0, x1, run.x0, run.x1) < 0.5 * min(x1 - x0, run.x1 - run.x0):
                break
            x0, x1 = min(x0, run.x0), max(x1, run.x1)
            group.append((index, _within(row, x0, x1) or run.row))
        else:
            inside = _within(row, x0, x1)
            if inside is None or not _apart(row, x0, x1):
                break
            if not all(_medium(c) for c in inside.chunks):
                break  # a line of running text ends the table
            if len(group) >= MIN_ROWS and _new_section(rows, runs, index, x0, x1):
                break  # a statement's next section: its own heading, then its own headings
            wrapped = row.y0 - rows[last].y1 <= WRAP_GAP * height
            if not wrapped and not _run_follows(rows, runs, index, x0, x1):
                break
            group.append((index, inside))
        last = index
        index += 1
    # A row passed over while the table was narrower may lie within its final width: the
    # headings over its later columns ("INSTANCES  AMOUNT" beside a summary's title).
    for k in passed:
        inside = _within(rows[k], x0, x1)
        if k < last and inside is not None and len(inside.chunks) == len(rows[k].chunks):
            group.append((k, inside))
    return [row for _, row in sorted(group, key=lambda pair: pair[0])], last + 1


def _run_follows(
    rows: Sequence[Row], runs: Sequence[_Run | None], index: int, x0: float, x1: float
) -> bool:
    """Whether the next row over the table's width, within the pace, has a cell run."""
    for k in range(index + 1, len(rows)):
        if _beside(rows[k], x0, x1):
            continue
        close = rows[k].y0 - rows[index].y1 <= ROW_PITCH * max(rows[k].height, rows[index].height)
        return close and runs[k] is not None
    return False


def _new_section(
    rows: Sequence[Row], runs: Sequence[_Run | None], index: int, x0: float, x1: float
) -> bool:
    """Whether rows[index], a row of one chunk ("DEPOSITS AND ADDITIONS"), opens a new table:
    the next row over the table's width is a row of column headings ("DATE  DESCRIPTION
    AMOUNT"). A bank statement prints its sections one under the other at the same pace and
    in the same columns; each is a table of its own."""
    if len(rows[index].chunks) != 1:
        return False
    for k in range(index + 1, len(rows)):
        if _beside(rows[k], x0, x1):
            continue
        run = runs[k]
        return run is not None and _headings(run.row)
    return False


def _headings(row: Row) -> bool:
    """A row of column headings: two or more chunks of words, without digits."""
    return len(row.chunks) >= 2 and all(
        any(ch.isalpha() for ch in c.text) and not any(ch.isdigit() for ch in c.text)
        for c in row.chunks
    )


def _beside(row: Row, x0: float, x1: float) -> bool:
    """Whether none of the row's chunks reaches into [x0, x1]."""
    return all(c.x1 <= x0 or c.x0 >= x1 for c in row.chunks)


def _apart(row: Row, x0: float, x1: float) -> bool:
    """Whether every chunk of the row lies either inside [x0, x1] or clear of it: text of a
    neighbouring page column may share the row, text running across the table may not."""
    slack = row.height
    return all(
        (c.x0 >= x0 - slack and c.x1 <= x1 + slack) or c.x1 <= x0 or c.x0 >= x1 for c in row.chunks
    )


def _within(row: Row, x0: float, x1: float) -> Row | None:
    """The row's chunks that lie inside [x0, x1] (a little slack), or None."""
    slack = row.height
    inside = [c for c in row.chunks if c.x0 >= x0 - slack and c.x1 <= x1 + slack]
    return Row(inside) if inside else None


def _table(rows: Sequence[Row], group: list[Row], start: int) -> Table | None:
    x0 = min(c.x0 for r in group for c in r.chunks)
    x1 = max(c.x1 for r in group for c in r.chunks)
    columns = find_columns([r for r in group if len(r.chunks) >= 2], x0, x1)
    columns = _prune_edges(group, columns)
    if len(columns) < 3:
        return None
    x0, x1 = columns[0], columns[-1]
    body = [inside for r in group if (inside := _within(r, x0, x1)) is not None]
    gaps = [b.y0 - a.y1 for a, b in pairwise(group)]
    header = _header_rows(rows, start, columns, max(median(gaps), 0.0))
    if not header:
        header, body = _leading_headings(body)
    table_rows = header + body
    chunks = [c for r in table_rows for c in r.chunks]
    if not chunks:
        # The pruned columns left every row outside them.
        return None
    rect = Rect(
        min(c.x0 for c in chunks),
        min(r.y0 for r in table_rows),
        max(c.x1 for c in chunks),
        max(r.y1 for r in table_rows),
    )
    table = stream_table(table_rows, rect, header_rows=len(header), strict=True)
    if table is None or _intruded(table, rows):
        return None
    return table


def _leading_headings(body: list[Row]) -> tuple[list[Row], list[Row]]:
    """The table's first rows as its headings when they are rows of headings over rows of
    data (a section's table, under the section's title); none when a row of headings comes
    again further down (a card's grid of labels, each row over its values). A line over the
    first row of headings (a payee and a date) is no row of the table."""
    if len(body) > 2 and not _headings(body[0]) and _headings(body[1]):
        body = body[1:]
    count = 0
    while count < min(MAX_HEADER_ROWS, len(body) - 1) and _headings(body[count]):
        count += 1
    rest = body[count:]
    if count and any(_has_digits(r) for r in rest) and not any(_headings(r) for r in rest):
        return body[:count], rest
    return [], body


def _has_digits(row: Row) -> bool:
    return any(ch.isdigit() for c in row.chunks for ch in c.text)


def _intruded(table: Table, rows: Sequence[Row]) -> bool:
    """Whether other words lie inside the table's rectangle: its width then reaches into text
    around it (a neighbouring column's lines between its rows), and taking its rectangle out
    of the page would take that text too."""
    own = {id(w) for w in table.words}
    rect = table.rect
    strays = sum(
        1
        for row in rows
        if row.y1 > rect.top and row.y0 < rect.bottom
        for w in row.words
        if id(w) not in own and rect.contains_point((w.x0 + w.x1) / 2, (w.y0 + w.y1) / 2)
    )
    return strays > INTRUDERS * len(own)


def _prune_edges(group: Sequence[Row], columns: list[float]) -> list[float]:
    """Drop an outer column that few rows fill and that the widest channel sets apart: text of
    a neighbouring page column that happened to share some of the table's rows."""
    while len(columns) >= 4:
        fills = [0] * (len(columns) - 1)
        for row in group:
            for j in {column_of(columns, (c.x0 + c.x1) / 2) for c in row.chunks}:
                fills[j] += 1
        gaps = _channel_widths(group, columns)
        widest = max(gaps)
        sparse = 0.5 * len(group)
        if fills[0] <= sparse and (gaps[0] == widest or _holds_lines(group, columns, 0)):
            columns = [_right_edge(group, columns, 1), *columns[2:]]
        elif fills[-1] <= sparse and (gaps[-1] == widest or _holds_lines(group, columns, -1)):
            columns = [*columns[:-2], _left_edge(group, columns, len(columns) - 2)]
        else:
            break
    return columns


def _holds_lines(group: Sequence[Row], columns: Sequence[float], j: int) -> bool:
    """Whether the column holds a chunk too long for a cell: a line of running text."""
    j = j % (len(columns) - 1)
    return any(
        column_of(columns, (c.x0 + c.x1) / 2) == j and not _medium(c)
        for row in group
        for c in row.chunks
    )


def _channel_widths(group: Sequence[Row], columns: Sequence[float]) -> list[float]:
    """White space on each inner boundary: from the rightmost text before it to the leftmost
    text after it."""
    widths = []
    for j in range(1, len(columns) - 1):
        boundary = columns[j]
        left = max((c.x1 for r in group for c in r.chunks if c.x1 <= boundary), default=boundary)
        right = min((c.x0 for r in group for c in r.chunks if c.x0 >= boundary), default=boundary)
        widths.append(right - left)
    return widths


def _right_edge(group: Sequence[Row], columns: Sequence[float], j: int) -> float:
    """Where the text right of boundary j starts: the new left edge once the columns before
    it go."""
    edge = columns[j]
    return min((c.x0 for r in group for c in r.chunks if c.x0 >= edge - 1.0), default=edge)


def _left_edge(group: Sequence[Row], columns: Sequence[float], j: int) -> float:
    """Where the text left of boundary j ends: the new right edge once the columns after it
    go."""
    edge = columns[j]
    return max((c.x1 for r in group for c in r.chunks if c.x1 <= edge + 1.0), default=edge)


def _header_rows(
    rows: Sequence[Row], start: int, columns: Sequence[float], typical_gap: float
) -> list[Row]:
    """Rows just above the table that read as column headings: inside the table's width, and
    either several chunks or one heading over later columns. A single chunk from the table's
    left edge is a caption, an instruction or running text."""
    x0, x1 = columns[0], columns[-1]
    found: list[Row] = []
    below = rows[start]
    index = start - 1
    while index >= 0 and len(found) < MAX_HEADER_ROWS:
        row = rows[index]
        if _beside(row, x0, x1):
            index -= 1
            continue
        gap = below.y0 - row.y1
        if gap > max(HEADER_GAP * typical_gap, row.height) + 1.0:
            break
        if gap > HEADER_GAP * typical_gap + 1.0 and not _headings(row):
            break  # a row of headings may stand a line apart from the body; nothing else
        inside = _within(row, x0, x1)
        if inside is None or not _apart(row, x0, x1):
            break
        if any(not _short(c) for c in inside.chunks):
            break
        if len(inside.chunks) == 1 and column_of(columns, inside.chunks[0].x0 + 1.0) == 0:
            break
        if found and _headings(found[0]) and not _headings(inside):
            break  # over a row of headings, a payee and a date are the page's, not the table's
        found.insert(0, inside)
        below = row
        index -= 1
    return found
