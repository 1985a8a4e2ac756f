"""Tables that are lists of labelled values: how a table field can read them (`tables`).

A statement's summary ("Opening Balance  $5,844.84" / "Closing Balance  $10,495.04") is a
table without a heading row: its labels are in the first column. Read by its headings it is
either skipped (no headings) or misread (its first row taken for headings). The same list is
sometimes set across ("Previous Balance | Total Deposits | New Balance" over one row of
amounts), or printed as undated rows among a ledger's entries ("Old balance" over them, "New
balance" under them). Each is offered here as a view with one row per labelled value and
described by its contents, a label column by its first labels and an amount column as
"amount", so a table field asking for "the label of the summary line" and "the amount on it"
finds it by the same embedding match as a printed heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from openbda.document.model import Element, Line, Word
from openbda.extraction.offline.layout import WordRun, grid_rows, union
from openbda.extraction.offline.shapes import AMOUNT, thousands_from
from openbda.extraction.values import parse_number

_SIGNS = frozenset({"-", "+", "\u2212", "$", "-$"})
# The lines of one list start within this share of the page's width of each other.
ALIGN = 0.02
# A label column is described by this many of its labels.
DESCRIBED_LABELS = 4


def label_lists(table: Element) -> Iterator[tuple[Element, tuple[str, ...]]]:
    """Views of `table` as a list of labelled values (without headings), with a description
    of each column."""
    if not table.rows:
        return
    balances = _balance_rows(table) if table.headers else ()
    undated = {next(c.strip() for c in row if c.strip()) for row in table.rows if _undated(row)}
    for run in _label_amount_runs(table):
        rows = tuple((label, amount) for label, amount, _ in run)
        if balances and all(label in undated for label, _ in rows):
            continue  # a ledger's own total and balance rows: its balance rows read them all
        words = [w for _, _, line in run for w in line]
        lines = tuple(
            Line(" ".join(w.text for w in ws), union(w.box for w in ws), ws)
            for ws in (r[2] for r in run)
        )
        view = replace(table, box=union(w.box for w in words), lines=lines, headers=(), rows=rows)
        yield view, _describe(rows)
    yield from _cell_pairs(table)
    if not table.headers:
        return
    if balances:
        yield replace(table, headers=(), rows=balances), _describe(balances)
    if any(h.strip().endswith(":") for h in table.headers) or _mostly_numbers(table.headers):
        # The first row was a row of values, no headings.
        all_rows: tuple[tuple[str, ...], ...] = (table.headers, *table.rows)
        yield replace(table, headers=(), rows=all_rows), _describe(all_rows)
        return
    if len(table.rows) == 1 and _mostly_numbers(table.rows[0], all_of=True):
        pairs = tuple(
            (heading, cell)
            for heading, cell in zip(table.headers, table.rows[0], strict=False)
            if heading.strip() and cell.strip()
        )
        if len(pairs) >= 2:  # headings over their amounts: one labelled value per column
            yield replace(table, headers=(), rows=pairs), _describe(pairs)


Pair = tuple[str, str, tuple[Word, ...]]  # a label, its amount, and their words

# A grid of label/value cells has at least this many columns (two pairs to a row).
GRID_COLUMNS = 4


def _cell_pairs(table: Element) -> Iterator[tuple[Element, tuple[str, ...]]]:
    """A grid of label/value cells, several pairs to a row ("Account Name | BALOGUN |
    Opening Balance | 576,743.38 | Total Credit | 765,606.88"), as one list: each label beside
    an amount, with it, column by column (a statement's summary set out in a grid)."""
    grid = grid_rows(table)
    if max((len(row) for row in grid), default=0) < GRID_COLUMNS:
        return
    run = WordRun([w for line in table.lines for w in line.words])
    words = [[run.take(cell) for cell in row] for row in grid]
    at = [
        (i, j)
        for j in range(len(grid[0]) - 1)
        for i, row in enumerate(grid)
        if j + 1 < len(row) and _cell_label(row[j]) and AMOUNT.match(row[j + 1].strip())
    ]
    if len({j for _, j in at}) < 2:
        return  # one column of labels: a list the runs of "label amount" lines read
    found = [
        (grid[i][j].strip(), grid[i][j + 1].strip(), (*words[i][j], *words[i][j + 1]))
        for i, j in at
    ]
    found = [pair for pair in found if pair[2]]
    if len(found) < 2:
        return
    rows = tuple((label, amount) for label, amount, _ in found)
    lines = tuple(Line(f"{a} {b}", union(w.box for w in ws), ws) for a, b, ws in found)
    box = union(w.box for _, _, ws in found for w in ws)
    yield replace(table, box=box, lines=lines, headers=(), rows=rows), _describe(rows)


def _cell_label(cell: str) -> bool:
    """A cell that reads as a label: words, no digits."""
    text = cell.strip()
    return text[:1].isalpha() and not any(ch.isdigit() for ch in text)


# The label of a ledger's row that states a balance or a total rather than an entry.
_BALANCE = re.compile(
    r"\b(?:balance|total|totals|saldo|solde|brought forward|carried forward)\b", re.IGNORECASE
)


def _balance_rows(table: Element) -> tuple[tuple[str, str], ...]:
    """A ledger's rows of balances and totals, wherever they stand among its entries ("Old
    balance as of 31.05.2024 ... 628,63 +" over the entries, "New balance" under them): the
    first column (the date) left empty, a label of a balance or total, one amount. Two or more
    of them, in a table whose other rows are dated, are the account's summary."""
    rows = []
    for row in table.rows:
        filled = [cell.strip() for cell in row if cell.strip()]
        balance = len(filled) == 2 and _BALANCE.search(filled[0])
        if _undated(row) and balance and parse_number(filled[1]) is not None:
            rows.append((filled[0], filled[1]))
    dated = sum(bool(row and row[0].strip()) for row in table.rows)
    return tuple(rows) if len(rows) >= 2 and dated >= len(rows) else ()


def _undated(row: Sequence[str]) -> bool:
    """A ledger's row with its first column (the date) empty and something else filled."""
    return bool(row) and not row[0].strip() and any(cell.strip() for cell in row)


def lists_in_cells(table: Element) -> bool:
    """Whether a body cell of the table holds a list of two or more labelled amounts."""
    return any(
        sum(_LABELLED.fullmatch(f"{a} {b}") is not None for a, b in pairwise(cell.split())) >= 2
        for row in table.rows
        for cell in row
    )


# A label's last word and an amount.
_LABELLED = re.compile(r"[^\W\d_]{2,}:? [-$€£]*\d[\d,]*\.\d{2}")


def _label_amount_runs(table: Element) -> Iterator[list[Pair]]:
    """Runs of two or more consecutive visual lines of the table that each read "label
    amount": a label starting with a letter and holding no amount, then one amount. The
    builder may have merged such a list with the table under it, or read it without headings.
    Two lists side by side ("ACCOUNT SUMMARY" beside "INTEREST SUMMARY") are two runs, their
    labels aligned on the left: a line of one does not break the other."""
    runs: list[list[Pair]] = []
    for line in _visual_lines([w for cell in table.lines for w in cell.words]):
        pairs = _pairs(line)
        still: list[list[Pair]] = []
        for run in runs:
            pair = next((p for p in pairs if _aligned(run[-1], p)), None)
            if pair is not None:
                run.append(pair)
                pairs.remove(pair)
                still.append(run)
            elif not _crosses(line, run[-1]):
                still.append(run)  # a line of the list beside it
            elif len(run) >= 2:
                yield run
        runs = still + [[pair] for pair in pairs]
    yield from (run for run in runs if len(run) >= 2)


def _pairs(line: Sequence[Word]) -> list[Pair]:
    """The line's "label amount" pairs, left to right."""
    out: list[Pair] = []
    rest = tuple(line)
    while rest:
        found = _first_pair(rest)
        if found is None:
            break
        label, amount, end = found
        out.append((label, amount, rest[:end]))  # with its arithmetic ("+ 12"), aligned
        rest = rest[end:]
    return out


def _aligned(last: Pair, pair: Pair) -> bool:
    """Whether a pair's line starts where the run's last line starts."""
    return abs(last[2][0].box.left - pair[2][0].box.left) <= ALIGN


def _crosses(line: Sequence[Word], last: Pair) -> bool:
    """Whether a word of the line reaches into the run's width."""
    left, right = last[2][0].box.left, last[2][-1].box.right
    return any(w.box.left < right and w.box.right > left for w in line)


# A label may start with the year it speaks of ("2024 annual limit (self-only)").
_YEAR_LABEL = re.compile(r"(?:19|20)\d{2} [^\W\d_]")
# Marks before a summary line's label: the arithmetic of "+ 12 Deposits", "= New balance".
_LEAD = frozenset({"+", "-", "\u2212", "="})


def _first_pair(line: Sequence[Word]) -> tuple[str, str, int] | None:
    """The line's first "label amount" and where its words end in the line: the
    words up to its first amount (a sign set apart belongs to the amount, "Withdrawals  -
    3,387.39"), the label starting with a letter once the arithmetic before it is dropped ("=
    Current balance", "+ 12 Deposits")."""
    texts = [w.text for w in line]
    at = next((k for k, t in enumerate(texts) if k > 0 and AMOUNT.match(t)), None)
    if at is None:
        return None
    cut = thousands_from(texts, at)  # "NOUVEAU SOLDE  12 160,37"
    if cut == at and at >= 2 and texts[at - 1] in _SIGNS:
        cut = at - 1
    start = 0
    if texts[0] in _LEAD:
        start = 1
        if start < cut and texts[start].isdigit():
            start += 1  # "+ 12 Deposits": how many deposits
    label = " ".join(texts[start:cut])
    if not label[:1].isalpha() and not _YEAR_LABEL.match(label):
        return None
    return label, " ".join(texts[cut : at + 1]), at + 1


def _visual_lines(words: Sequence[Word]) -> list[tuple[Word, ...]]:
    """Words grouped into lines by their vertical centres, each line left to right (the
    builder may list a table's cells column by column)."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.box.top + w.box.height / 2):
        centre = word.box.top + word.box.height / 2
        last = lines[-1][0] if lines else None
        if (
            last is not None
            and abs(centre - (last.box.top + last.box.height / 2)) < last.box.height / 2
        ):
            lines[-1].append(word)
        else:
            lines.append([word])
    return [tuple(sorted(line, key=lambda w: w.box.left)) for line in lines]


def described_headers(table: Element) -> tuple[str, ...]:
    """The table's headings; in a list of two columns, an empty heading over its amounts is
    described as "amount" ("SUMMARY" over the labels, nothing over their amounts). A wider
    table with empty headings has no heading row at all (its first row was a name and
    address), and is read as its lists."""
    if len(table.headers) != 2:
        return table.headers
    out = []
    for j, heading in enumerate(table.headers):
        cells = [row[j] for row in table.rows if j < len(row)]
        out.append(heading if heading.strip() or not _mostly_numbers(cells) else "amount")
    return tuple(out)


def _describe(rows: Sequence[Sequence[str]]) -> tuple[str, ...]:
    width = max(len(row) for row in rows)
    out = []
    for j in range(width):
        cells = [row[j].strip() for row in rows if j < len(row) and row[j].strip()]
        if not cells:
            out.append("")
        elif _mostly_numbers(cells):
            out.append("amount")
        else:
            out.append(", ".join(cells[:DESCRIBED_LABELS]))
    return tuple(out)


def _mostly_numbers(cells: Sequence[str], all_of: bool = False) -> bool:
    filled = [c for c in cells if c.strip()]
    numbers = sum(parse_number(c) is not None for c in filled)
    if not filled:
        return False
    return numbers == len(filled) if all_of else 2 * numbers > len(filled)
