"""Table fields: the document's table whose headers best match the columns, row by row.

The tables are the builder's TABLE elements with a header row and those `grid` finds in the
layout. Each is scored for a table field by the mean over the field's columns of the best header
match (`assign.similarities`: the column's question against the header); a table is a candidate
at `Calibration.table` or above when at least half of the columns map to a header. Columns map to
headers best-first, each header once, at `Calibration.column` or above, and a number column only
to a header whose cells mostly read as numbers. Fields take tables best score first, each table
one field (a blueprint's federal, state and city tax tables do not all read a payslip's one tax
table); tables elsewhere in the segment with the same headers continue the chosen one (the next
page of the items).

Every body row becomes a result row, typed by `normalise`, unless fewer than half of the mapped
columns have a value in it, or none of its mapped text columns has (a "Subtotal" line under the
items). No table good enough: no rows.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from openbda.blueprints.model import FieldType, LeafField, TableField
from openbda.document.model import Element
from openbda.extraction.offline.assign import similarities
from openbda.extraction.offline.kinds import ENTRY_SIDES, Ask, kind_check
from openbda.extraction.offline.label_lists import (
    described_headers,
    label_lists,
    lists_in_cells,
)
from openbda.extraction.offline.layout import body_run, evidence_of, word_lines
from openbda.extraction.offline.scoring import CALIBRATION, confidence
from openbda.extraction.offline.text import tokens
from openbda.extraction.offline.vectors import VectorCache
from openbda.extraction.types import LeafResult, TableResult, Value
from openbda.extraction.values import parse_date, parse_number

Normaliser = Callable[[str, LeafField], Value | None]


@dataclass(frozen=True)
class _Mapping:
    element: Element
    score: float  # the table's: mean best header match over the columns
    columns: dict[int, tuple[int, float]]  # column index -> (header index, match score)
    best: tuple[float, ...]  # each column's best header match, mapped or not


def extract_tables(
    fields: Sequence[TableField],
    tables: Sequence[Element],
    vectors: VectorCache,
    normalise: Normaliser,
    lines: Sequence[str] = (),
) -> dict[tuple[str, ...], TableResult]:
    """Each table field's rows. Tables go to fields best match first, each table to one field
    (three tax tables of a blueprint do not all read the one tax table of a payslip). A date
    cell without its year takes the year of the full dates in `lines` (the pages' text lines,
    when given) or else in the tables."""
    tables = [_second_headings(t) for t in tables]
    with_headers = [t for t in tables if t.headers and t.rows]
    # A table whose cells are lists ("ACCOUNT SUMMARY" over "Starting Balance $24,535.80
    # Deposits $3,640.19 ...") is read as its lists, not by its headings.
    views = [(t, described_headers(t), False) for t in with_headers if not lists_in_cells(t)]
    # A ledger's last row alone on a page under its headings repeated (its totals) is the
    # ledger's, no list of labelled values.
    tails = {id(t) for t in tables if len(t.rows) == 1 and _continues_longer(t, tables)}
    views += [
        (v, headers, True) for t in tables if id(t) not in tails for v, headers in label_lists(t)
    ]
    options = sorted(
        (
            (mapping.score, i, j, mapping)
            for i, field in enumerate(fields)
            for j, (element, headers, listed) in enumerate(views)
            if (mapping := _mapping(field.columns, element, vectors, headers, listed)) is not None
        ),
        key=lambda option: -option[0],
    )
    chosen: dict[int, _Mapping] = {}
    # The builder's table and the layout's reading of the same table are one table: the same
    # headings and rows, or two readings by headings of one region of the page (a list of
    # labelled values in it is a table of its own).
    used: set[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]] = set()
    regions: list[Element] = []
    for _, i, j, mapping in options:
        element, headers, listed = views[j]
        seen = (headers, element.rows)
        if i in chosen or seen in used:
            continue
        if not listed and any(_overlap(element, r) for r in regions):
            continue
        chosen[i] = mapping
        used.add(seen)
        if not listed:
            regions.append(element)
    texts = list(lines) or [line.text for table in tables for line in table.lines]
    normalise = _with_year(normalise, document_year(texts))
    out = {}
    for i, field in enumerate(fields):
        mapping = chosen.get(i)
        if mapping is None:
            out[field.path] = TableResult(field, ())
            continue
        rows: list[tuple[LeafResult, ...]] = []
        for element in _continued(mapping.element, with_headers):
            rows += _rows(field.columns, element, mapping, normalise)
        out[field.path] = TableResult(field, tuple(rows))
    return out


def _continues_longer(table: Element, tables: Sequence[Element]) -> bool:
    """Whether another table of several rows has the same headings."""
    return bool(table.headers) and any(
        other is not table and other.headers == table.headers and len(other.rows) > 1
        for other in tables
    )


# A date printed without its year ("08/01", "Aug 01"), as statements list transactions.
_YEARLESS = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}|[^\W\d_]{3,9}\.? \d{1,2}|\d{1,2} [^\W\d_]{3,9})$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A month's name in a line ("July 01, 2023 through July 31, 2023": a period, no one date).
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE
)


def document_year(lines: Sequence[str]) -> str | None:
    """The year the lines' full dates mostly print (a statement period's), if any."""
    years = Counter(
        year
        for line in lines
        if parse_date(line) is not None or "/" in line or "-" in line or _MONTH.search(line)
        for year in _YEAR.findall(line)
    )
    return years.most_common(1)[0][0] if years else None


def _with_year(normalise: Normaliser, year: str | None) -> Normaliser:
    """`normalise`, completing a year-less date cell with the document's year: a statement
    lists "08/01" under a period "08/01/2025 to 08/31/2025"."""
    if year is None:
        return normalise

    def completed(text: str, field: LeafField) -> Value | None:
        value = normalise(text, field)
        if value is None and _YEARLESS.match(text.strip()):
            cell = text.strip()
            numeric = cell[:1].isdigit() and cell[-1:].isdigit()
            sep = next((c for c in "/-." if c in cell), " ") if numeric else " "
            value = normalise(f"{cell}{sep}{year}", field)
        return value

    return completed


def _second_headings(table: Element) -> Element:
    """A table whose first body row is a second row of headings, over columns the first
    leaves blank ("CHECKING SUMMARY" over a summary's labels, "INSTANCES  AMOUNT" over its
    figures), with both rows read as its headings."""
    if not table.headers or len(table.rows) < 2:
        return table
    first = table.rows[0]
    if sum(bool(c.strip()) for c in first) < 2 or any(ch.isdigit() for c in first for ch in c):
        return table
    if not any(c.strip() and not h.strip() for h, c in zip(table.headers, first, strict=False)):
        return table
    width = max(len(table.headers), len(first))
    padded = [(*row, *("",) * (width - len(row))) for row in (table.headers, first)]
    headers = tuple(" ".join(t for t in pair if t.strip()) for pair in zip(*padded, strict=True))
    return replace(table, headers=headers, rows=table.rows[1:])


def _continued(chosen: Element, tables: Sequence[Element]) -> list[Element]:
    """The chosen table and the tables with the same headers elsewhere (its continuation on
    the next page), each region once (the builder's and the layout's reading of one table are
    one table)."""
    key = _header_key(chosen)
    out = [chosen]
    if not key:
        return out  # a list of labelled values continues nowhere
    for table in tables:
        if _header_key(table) == key and not any(_overlap(table, t) for t in out):
            out.append(table)
    return sorted(out, key=lambda t: (t.page_index, t.box.top))


def _overlap(a: Element, b: Element) -> bool:
    if a.page_index != b.page_index:
        return False
    horizontal = min(a.box.right, b.box.right) > max(a.box.left, b.box.left)
    return horizontal and min(a.box.bottom, b.box.bottom) > max(a.box.top, b.box.top)


def _header_key(element: Element) -> tuple[str, ...]:
    return tuple(" ".join(h.lower().split()) for h in element.headers)


def _mapping(
    columns: Sequence[LeafField],
    element: Element,
    vectors: VectorCache,
    headers: Sequence[str],
    listed: bool = False,
) -> _Mapping | None:
    """How a table field reads a table whose columns are described by `headers`; a list of
    labelled values (`listed`, described by its labels) must answer every column."""
    if not columns:
        return None
    sims = similarities(columns, [h or "-" for h in headers], vectors)
    score = float(np.mean(np.maximum(sims.max(axis=1), 0.0)))
    if score < CALIBRATION.table:
        return None
    mapped = _map_columns(columns, element, sims)
    if 2 * len(mapped) < len(columns) or (listed and len(mapped) < len(columns)):
        return None
    return _Mapping(element, score, mapped, tuple(float(s) for s in sims.max(axis=1)))


def _map_columns(
    columns: Sequence[LeafField], element: Element, sims: np.ndarray
) -> dict[int, tuple[int, float]]:
    pairs = sorted(
        ((float(sims[i, j]), i, j) for i in range(len(columns)) for j in range(sims.shape[1])),
        reverse=True,
    )
    mapped: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if score < CALIBRATION.column:
            break
        if i in mapped or j in used or not _fits(columns[i], element, j):
            continue
        mapped[i] = (j, score)
        used.add(j)
    return mapped


def _fits(column: LeafField, element: Element, index: int) -> bool:
    """A number column takes a header whose non-empty cells mostly read as numbers."""
    if column.type not in (FieldType.NUMBER, FieldType.INTEGER):
        return True
    cells = [row[index] for row in element.rows if index < len(row) and row[index].strip()]
    numbers = sum(parse_number(c) is not None for c in cells)
    return bool(cells) and numbers >= len(cells) / 2


def _rows(
    columns: Sequence[LeafField], element: Element, mapping: _Mapping, normalise: Normaliser
) -> list[tuple[LeafResult, ...]]:
    """The table's rows as results. An empty cell of a mapped column is surely empty (the
    mapping's confidence); a column the table does not have is absent as surely as its best
    header was no match."""
    mapped = mapping.columns
    signed = _signed_sides(columns, element, mapped)
    run = body_run(element)
    out = []
    for row in element.rows:
        cell_words = [run.take(cell) for cell in row]
        cells = dict(mapped)
        for side, other in signed.items():
            at = mapped[side][0]
            amount = parse_number(row[at]) if at < len(row) else None
            if isinstance(amount, int | float) and amount < 0:
                cells[other] = cells.pop(side)  # "-$33.75" under "Amount": a withdrawal
        results = []
        for i, column in enumerate(columns):
            if i not in cells:
                # Printed and empty in this row (a side of a signed column too), or absent.
                printed = mapped.get(i) or next(
                    (mapped[s] for s, o in signed.items() if o == i), None
                )
                sure = confidence(printed[1]) if printed else 1 - confidence(mapping.best[i])
                results.append(LeafResult(column, None, round(sure, 4)))
                continue
            at, score = cells[i]
            text = row[at] if at < len(row) else ""
            value = normalise(text, column) if text.strip() else None
            if value is None:
                results.append(LeafResult(column, None, confidence(score)))
                continue
            cell_score = score + kind_check(Ask.of(column), text)
            evidence = evidence_of(element.page_index, word_lines(cell_words[at]))
            results.append(LeafResult(column, value, confidence(cell_score), evidence))
        found = sum(r.value is not None for r in results)
        texts = [r for i, r in enumerate(results) if i in mapped and _is_text(columns[i])]
        if texts and all(r.value is None for r in texts):
            continue  # "Subtotal ... 429.99" under the items: no description, no item
        if mapped and found >= max(1, (len(mapped) + 1) // 2):
            out.append(tuple(results))
    return out


def _is_text(column: LeafField) -> bool:
    return column.type is FieldType.STRING


def _signed_sides(
    columns: Sequence[LeafField], element: Element, mapped: dict[int, tuple[int, float]]
) -> dict[int, int]:
    """For a column of one side of the entries (deposits) read from a heading that names
    neither side ("Amount"), while the other side's column (withdrawals) reads nothing: the
    other's index. The table prints both sides in one column, a withdrawal with its minus."""
    out = {}
    for i, column in enumerate(columns):
        for side, other_side in (ENTRY_SIDES, ENTRY_SIDES[::-1]):
            if i not in mapped or not set(tokens(column.name)) & side:
                continue
            heading = set(tokens(element.headers[mapped[i][0]]))
            if heading & (side | other_side):
                continue
            others = [k for k, c in enumerate(columns) if set(tokens(c.name)) & other_side]
            if len(others) == 1 and others[0] not in mapped:
                out[i] = others[0]
    return out
