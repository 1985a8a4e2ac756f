"""A detected table as the `Region` the assembler takes: text grid, header rows, merged cells.

Header rows come from the drawing when it says (rows above a booktabs mid rule), else from
style: shaded leading rows, bold leading rows over a plain body, or a text row over numeric
columns. A header cell that reaches further down (a heading with `rowspan`) takes the rows it
covers into the header. A merged cell's text is repeated at every position it covers, as
pandas' `read_html` and Docling do, so the markdown and CSV keep it in each column.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from openbda.document.model import CellSpan, ElementType
from openbda.document.regions import Region
from openbda.document.tables.model import Cell, Table
from openbda.document.tables.text import is_numeric

MAX_HEADER_ROWS = 3
_YEAR = re.compile(r"^(?:FY|CY|Q[1-4]\s*)?(?:19|20)\d\d[a-zA-Z*]?$")
# A column is numeric when this share of its filled body cells are numbers.
NUMERIC_COLUMN = 0.6


def to_region(table: Table) -> Region:
    grid = table.grid()
    rows = tuple(tuple(cell.text if cell else "" for cell in row) for row in grid)
    spans = tuple(
        CellSpan(c.row, c.col, c.row_span, c.col_span)
        for c in table.cells
        if c.row_span > 1 or c.col_span > 1
    )
    return Region(
        kind=ElementType.TABLE,
        rect=table.rect,
        rows=rows,
        header_rows=header_rows(table),
        spans=spans,
        title=table.title,
        footers=table.footers,
    )


def header_rows(table: Table) -> int:
    if table.n_rows < 2:
        return 0
    count = table.header_rows if table.header_rows is not None else _styled_header(table)
    # A header cell spanning down makes the rows it covers header rows too.
    while count:
        grown = max([count, *(c.row + c.row_span for c in table.cells if c.row < count)])
        if grown == count:
            break
        count = grown
    return min(count, MAX_HEADER_ROWS, table.n_rows - 1)


def _styled_header(table: Table) -> int:
    grid = table.grid()
    shaded = table.shaded_rows
    if 0 in shaded:
        lead = _leading(lambda r: r in shaded, table.n_rows)
        # Shading that recurs further down is striping, not a header style.
        if lead < table.n_rows and all(r < lead for r in shaded):
            return lead
    bold = [_row_bold(grid[r]) for r in range(table.n_rows)]
    if bold[0] is True:
        lead = _leading(lambda r: bold[r] is True, table.n_rows)
        if lead < table.n_rows and any(b is False for b in bold[lead:]):
            return lead
    if any(c.row == 0 and c.col_span > 1 for c in table.cells) and not any(
        c.row > 0 and c.col_span > 1 for c in table.cells
    ):
        return 1  # headings grouping the columns below them
    return 1 if _text_over_numbers(grid) else 0


def _leading(test: Callable[[int], bool], limit: int) -> int:
    """How many rows from the top pass `test` (at most MAX_HEADER_ROWS)."""
    count = 0
    while count < min(limit, MAX_HEADER_ROWS) and test(count):
        count += 1
    return count


def _row_bold(row: list[Cell | None]) -> bool | None:
    """Whether the row's words are bold; None for an empty row."""
    words = [w for cell in _distinct(row) for w in cell.words]
    if not words:
        return None
    chars = sum(len(w.text) for w in words)
    return sum(len(w.text) for w in words if w.bold) >= 0.9 * chars


def _distinct(row: list[Cell | None]) -> list[Cell]:
    seen: list[Cell] = []
    for cell in row:
        if cell is not None and all(cell is not s for s in seen):
            seen.append(cell)
    return seen


def _text_over_numbers(grid: list[list[Cell | None]]) -> bool:
    """The first row is text where some column below it holds numbers."""
    first = [cell.text if cell else "" for cell in grid[0]]
    if sum(bool(t) for t in first) < 2 or any(t and _number(t) for t in first):
        return False
    for col, head in enumerate(first):
        if not head:
            continue
        body = [text for row in grid[1:] if (text := _text(row[col]))]
        if len(body) >= 2 and sum(_number(t) for t in body) >= NUMERIC_COLUMN * len(body):
            return True
    return False


def _text(cell: Cell | None) -> str:
    return cell.text if cell is not None else ""


def _number(text: str) -> bool:
    """A value, not a label: years ("2024", "FY2025") head columns of numbers."""
    if _YEAR.match(text):
        return False
    return all(is_numeric(part) for part in text.split())
