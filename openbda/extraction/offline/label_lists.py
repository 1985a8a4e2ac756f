"""Tables that are lists of labelled values: how a table field can read them (`tables`).

A statement's summary ("Opening Balance  $5,844.84" / "Closing Balance  $10,495.04") is a
table without a heading row: its labels are in the first column. Read by its headings it is
either skipped (no headings) or misread (its first row taken for headings). The same list is
sometimes set across ("Previous Balance | Total Deposits | New Balance" over one row of
amounts). Each is offered here as a view with one row per labelled value and described by its
contents, a label column by its first labels and an amount column as "amount", so a table
field asking for "the label of the summary line" and "the amount on it" finds it by the same
embedding match as a printed heading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from openbda.document.model import Element, Line, Word
from openbda.extraction.offline.layout import union
from openbda.extraction.offline.shapes import AMOUNT
from openbda.extraction.values import parse_number

_SIGNS = frozenset({"-", "+", "\u2212", "$", "-$"})
# A label column is described by this many of its labels.
DESCRIBED_LABELS = 4


def label_lists(table: Element) -> Iterator[tuple[Element, tuple[str, ...]]]:
    """Views of `table` as a list of labelled values (without headings), with a description
    of each column."""
    if not table.rows:
        return
    for run in _label_amount_runs(table):
        rows = tuple((label, amount) for label, amount, _ in run)
        words = [w for _, _, line in run for w in line]
        lines = tuple(
            Line(" ".join(w.text for w in ws), union(w.box for w in ws), ws)
            for ws in (r[2] for r in run)
        )
        view = replace(table, box=union(w.box for w in words), lines=lines, headers=(), rows=rows)
        yield view, _describe(rows)
    if not table.headers:
        return
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


def _label_amount_runs(table: Element) -> Iterator[list[tuple[str, str, tuple[Word, ...]]]]:
    """Runs of two or more consecutive visual lines of the table that each read "label
    amount": a label starting with a letter and holding no amount, then one amount. The
    builder may have merged such a list with the table under it, or read it without headings."""
    run: list[tuple[str, str, tuple[Word, ...]]] = []
    for line in _visual_lines([w for cell in table.lines for w in cell.words]):
        pair = _first_pair(line)
        if pair is not None:
            run.append((*pair, line))
            continue
        if len(run) >= 2:
            yield run
        run = []
    if len(run) >= 2:
        yield run


# Marks before a summary line's label: the arithmetic of "+ 12 Deposits", "= New balance".
_LEAD = frozenset({"+", "-", "\u2212", "="})


def _first_pair(line: Sequence[Word]) -> tuple[str, str] | None:
    """The line's first "label amount": the words up to its first amount (a sign set apart
    belongs to the amount, "Withdrawals  - 3,387.39"), the label starting with a letter once
    the arithmetic before it is dropped ("= Current balance", "+ 12 Deposits"). A second list
    beside the first on the same line ("Average balance  6,880.19") is left out."""
    texts = [w.text for w in line]
    at = next((k for k, t in enumerate(texts) if k > 0 and AMOUNT.match(t)), None)
    if at is None:
        return None
    cut = at - 1 if at >= 2 and texts[at - 1] in _SIGNS else at
    label_words = texts[:cut]
    if label_words and label_words[0] in _LEAD:
        label_words = label_words[1:]
        if label_words and label_words[0].isdigit():
            label_words = label_words[1:]  # "+ 12 Deposits": how many deposits
    label = " ".join(label_words)
    if not label[:1].isalpha():
        return None
    return label, " ".join(texts[cut : at + 1])


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
