"""A detected table before it becomes a `Region`: a grid of cells with their words."""

from __future__ import annotations

from dataclasses import dataclass, field

from openbda.document.layout import WordBox
from openbda.document.regions import Rect


@dataclass
class Cell:
    """One (possibly merged) cell: its top-left grid position, its extent and its words."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    words: list[WordBox] = field(default_factory=list)
    text: str = ""


@dataclass
class Table:
    rect: Rect
    n_rows: int
    n_cols: int
    cells: list[Cell]
    # Rows known to be headers from the drawing (e.g. above a booktabs mid rule); None when
    # the drawing does not say and text styles decide.
    header_rows: int | None = None
    # Rows drawn on a shaded background (cell fills), a common header style.
    shaded_rows: frozenset[int] = frozenset()
    # Every word inside `rect`, whether or not it fell in a cell.
    words: list[WordBox] = field(default_factory=list)
    title: str = ""
    footers: tuple[str, ...] = ()

    def grid(self) -> list[list[Cell | None]]:
        """Each grid position's cell; a merged cell appears at every position it covers."""
        out: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, cell.row + cell.row_span):
                for c in range(cell.col, cell.col + cell.col_span):
                    out[r][c] = cell
        return out


def drop_empty(table: Table) -> Table | None:
    """Drop rows and columns that only empty cells cover (the frame's margins, spacer
    columns), renumbering the cells."""
    keep_rows = [r for r in range(table.n_rows) if _has_text(table, r, axis=0)]
    keep_cols = [c for c in range(table.n_cols) if _has_text(table, c, axis=1)]
    if not keep_rows or not keep_cols:
        return None
    if len(keep_rows) == table.n_rows and len(keep_cols) == table.n_cols:
        return table
    row_at = {r: i for i, r in enumerate(keep_rows)}
    col_at = {c: i for i, c in enumerate(keep_cols)}
    cells = []
    for cell in table.cells:
        rows = [row_at[r] for r in range(cell.row, cell.row + cell.row_span) if r in row_at]
        cols = [col_at[c] for c in range(cell.col, cell.col + cell.col_span) if c in col_at]
        if rows and cols:
            cells.append(Cell(rows[0], cols[0], len(rows), len(cols), cell.words, cell.text))
    shaded = frozenset(row_at[r] for r in table.shaded_rows if r in row_at)
    headers = table.header_rows
    if headers is not None:
        headers = sum(1 for r in keep_rows if r < headers)
    return Table(
        rect=table.rect,
        n_rows=len(keep_rows),
        n_cols=len(keep_cols),
        cells=cells,
        header_rows=headers,
        shaded_rows=shaded,
        words=table.words,
    )


def _has_text(table: Table, index: int, *, axis: int) -> bool:
    for cell in table.cells:
        start, span = (cell.row, cell.row_span) if axis == 0 else (cell.col, cell.col_span)
        if start <= index < start + span and cell.text:
            return True
    return False
