"""Labelled values found by layout: what a reader takes for "this label, that value".

The arrangements (each a `Source`):

- COLON: "Label: value" inside a phrase (`colon`); a value continued on the lines right under
  it, aligned, is also offered whole (an address after "Address:").
- GAP: a label phrase and the next phrase on its row, across a gutter ("TOTAL      9.00",
  "Invoice No:   INV-2041", the cells of a key/value table row). Further values on the row are
  offered with their column heading ("Gross Pay  2,150.00  10,450.00" under "Current  YTD"
  gives "Gross Pay YTD": 10,450.00). Phrases of a row of headings are not each other's values.
- BELOW: a short label with its value on the next row, starting under it ("Full name" over
  "Maria Gonzalez"; "Bill To:" over a name and address): the first line, the block of aligned
  lines, and the block without its first line (a name followed by an address) are offered.
  Column headers of a table with several rows are not labels of their first cell, nor is a
  heading (much larger type) the label of the text under it.
- A COLON or GAP label in a stack of form rows is also offered with the label of the row above
  it ("Employee:" over "Address:" gives "Employee Address"), which tells whose address a
  generic label means.
- PREFIX: words then a number on one phrase, no colon ("Tel 020 7946 0123", "Total 9.00"), and
  the short capitalised labels of identity cards ("SEX M", "EYES BRN").

Which candidate answers which field is decided later (`assign`); here every plausible pair is
offered once, keeping the value's words for evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from openbda.document.model import Word
from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.colon import MAX_LABEL_CHARS, colon_pairs
from openbda.extraction.offline.layout import PageLayout, Phrase

# A label has at most this many words.
MAX_LABEL_WORDS = 8
# BELOW: the value's top may be at most this many label heights under the label's bottom, and
# its left edge at most this many label heights left of the label's.
BELOW_GAP = 1.5
BELOW_INDENT = 1.0
# Lines of a value block under a label: at most this many, at most this far apart (heights).
BLOCK_LINES = 4
BLOCK_GAP = 0.8
# How far (label heights) two left edges may differ and still be aligned.
ALIGN = 1.0
# A phrase this much taller than the one under or beside it is a heading, not its label.
HEADING_SCALE = 1.3
# How many rows above a value its column heading may be.
HEADING_ROWS = 20
# A label read with the label of the form row above it ("Employee Address") is a little less
# sure than as printed.
CONTEXT_PRIOR = -0.02


def labelled_candidates(layout: PageLayout) -> Iterator[Candidate]:
    for row in layout.rows:
        header_row = _is_header_row(layout, row)
        for index, phrase in enumerate(row):
            found = list(_of_phrase(layout, row, index, header_row))
            yield from found
            context = _stacked_label(layout, phrase)
            if context is None:
                continue
            for candidate in found:  # "Employee:" over "Address:": the employee's address
                if candidate.source in (Source.COLON, Source.GAP):
                    label = f"{context} {candidate.label}"
                    yield replace(candidate, label=label, prior=candidate.prior + CONTEXT_PRIOR)


def _of_phrase(
    layout: PageLayout, row: Sequence[Phrase], index: int, header_row: bool
) -> Iterator[Candidate]:
    phrase = row[index]
    pairs = colon_pairs(phrase.words)
    for label, value in pairs:
        if value:
            yield from _with_block(layout, label, phrase, value, Source.COLON)
    if not pairs:
        yield from _prefix(phrase)
    open_label = _open_label(phrase, pairs)
    if open_label is None:
        return
    beside: list[Candidate] = []
    if index + 1 < len(row) and not header_row:
        beside = list(_gap(layout, phrase, row[index + 1 :], open_label))
        yield from beside
    if not beside and not phrase.heads_column:  # a label with its value beside it is not
        yield from _below(layout, phrase, open_label)  # the label of the line under it


def _stacked_label(layout: PageLayout, phrase: Phrase) -> str | None:
    """The label of the form row right above, starting where this phrase starts, when both
    rows are "label value" rows: the context of a generic label ("Address" under
    "Employee")."""
    if phrase.row == 0 or not _starts_with_label(phrase):
        return None
    tolerance = ALIGN * phrase.height_pt / layout.page.width_pt
    for above in layout.rows[phrase.row - 1]:
        if abs(above.box.left - phrase.box.left) > tolerance:
            continue
        if layout.vgap_pt(above, phrase) > BLOCK_GAP * phrase.height_pt:
            return None
        pairs = colon_pairs(above.words)
        return pairs[0][0] if pairs else None
    return None


def _starts_with_label(phrase: Phrase) -> bool:
    pairs = colon_pairs(phrase.words)
    return bool(pairs) and phrase.text.startswith(pairs[0][0])


def _is_label(phrase: Phrase) -> bool:
    """Short, mostly letters: what a label looks like (also "VAT (20%)")."""
    text = phrase.text
    if len(phrase.words) > MAX_LABEL_WORDS or len(text) > MAX_LABEL_CHARS:
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 and sum(c.isdigit() for c in text) <= letters


def _is_header_row(layout: PageLayout, row: Sequence[Phrase]) -> bool:
    """A row of column headings ("Full name   Employee ID", "Qty  Price  Amount"): all labels
    without digits, at least two of them with a value right under them. Its phrases are not
    one another's values."""
    if len(row) < 2 or not all(_is_label(p) and not any(c.isdigit() for c in p.text) for p in row):
        return False
    under = 0
    for phrase in row:
        min_left = phrase.box.left - BELOW_INDENT * _x(layout, phrase.height_pt)
        under += _under(layout, phrase, min_left, BELOW_GAP) is not None
    return under >= 2


def _with_block(
    layout: PageLayout, label: str, anchor: Phrase, value: Sequence[Word], source: Source
) -> Iterator[Candidate]:
    """The value on its line, and with the lines right under it that continue it (an address
    written over two lines after "Address:")."""
    page = anchor.page_index
    yield make(label, [value], page, source)
    left = min(w.box.left for w in value)
    lines = [tuple(value)]
    last = anchor
    for _ in range(BLOCK_LINES - 1):
        below = _under(layout, last, left - ALIGN * _x(layout, last.height_pt), BLOCK_GAP)
        if below is None or colon_pairs(below.words):
            break
        if abs(below.box.left - left) * layout.page.width_pt > ALIGN * last.height_pt:
            break
        if any(p.box.right <= left for p in layout.rows[below.row]):
            break  # something printed left of it: a new row of the form, not a continuation
        lines.append(below.words)
        last = below
    if len(lines) > 1:
        yield make(label, lines, page, source)


def _open_label(phrase: Phrase, pairs: Sequence[tuple[str, tuple[Word, ...]]]) -> str | None:
    """The phrase as a label whose value lies elsewhere: a colon label with nothing after it,
    or a short phrase of words without a colon; None when it is no such label."""
    if pairs:
        label, value = pairs[-1]
        return label if not value and len(pairs) == 1 else None
    return phrase.text if _is_label(phrase) else None


# -- GAP ------------------------------------------------------------------------------------

_CURRENCY_ONLY = re.compile(r"^(?:[^\w\s]{1,2}|[A-Z]{2,3})$")


def _gap(
    layout: PageLayout, label: Phrase, rest: Sequence[Phrase], text: str
) -> Iterator[Candidate]:
    """The next phrase as the label's value; when further phrases of the row hold values too
    ("Gross Pay   2,150.00   10,450.00"), each is also offered with its column's heading
    ("Gross Pay YTD")."""
    value = rest[0]
    if colon_pairs(value.words) or label.height_pt > HEADING_SCALE * value.height_pt:
        return
    words = list(value.words)
    if _CURRENCY_ONLY.match(value.text) and len(rest) > 1:  # "Total  RM  9.00"
        words += rest[1].words
        rest = rest[1:]
    yield from _with_block(layout, text, value, words, Source.GAP)
    for phrase in rest:
        if _is_label(phrase) or colon_pairs(phrase.words):
            break
        heading = _heading(layout, phrase)
        if heading is not None:
            yield make(f"{text} {heading}", [phrase.words], label.page_index, Source.GAP)


def _heading(layout: PageLayout, value: Phrase) -> str | None:
    """The column heading over a value: the nearest phrase above it that it overlaps and that
    sits in a row of headings (labels without digits, two or more)."""
    for row in reversed(layout.rows[max(0, value.row - HEADING_ROWS) : value.row]):
        for phrase in row:
            if phrase.box.right <= value.box.left or phrase.box.left >= value.box.right:
                continue
            headings = len(row) >= 2 and all(
                _is_label(p) and not any(c.isdigit() for c in p.text) for p in row
            )
            if headings:
                return phrase.text
    return None


# -- BELOW ------------------------------------------------------------------------------------


def _below(layout: PageLayout, label: Phrase, text: str) -> Iterator[Candidate]:
    unit = label.height_pt
    first = _under(layout, label, label.box.left - BELOW_INDENT * _x(layout, unit), BELOW_GAP)
    if first is None or colon_pairs(first.words) or first.heads_column:
        return
    if label.height_pt > HEADING_SCALE * first.height_pt:
        return  # a heading over the text it heads, not a label over its value
    block = [first]
    while len(block) < BLOCK_LINES:
        below = _under(layout, block[-1], block[-1].box.left - ALIGN * _x(layout, unit), BLOCK_GAP)
        if below is None or colon_pairs(below.words):
            break
        if abs(below.box.left - first.box.left) * layout.page.width_pt > ALIGN * unit:
            break
        block.append(below)
    page = label.page_index
    yield make(text, [first.words], page, Source.BELOW)
    if len(block) > 1:
        yield make(text, [p.words for p in block], page, Source.BELOW)
        yield make(text, [p.words for p in block[1:]], page, Source.BELOW)


def _x(layout: PageLayout, points: float) -> float:
    return points / layout.page.width_pt


def _under(layout: PageLayout, upper: Phrase, min_left: float, max_gap: float) -> Phrase | None:
    """The phrase on the next row starting under `upper` (left edge within its span)."""
    for row in layout.rows[upper.row + 1 : upper.row + 3]:
        for phrase in row:
            gap = layout.vgap_pt(upper, phrase)
            if gap > max_gap * upper.height_pt:
                return None
            if min_left <= phrase.box.left < upper.box.right and gap > -0.3 * upper.height_pt:
                return phrase
    return None


# -- PREFIX ------------------------------------------------------------------------------------

_LABEL_WORD = re.compile(r"^[^\W\d_][^\W\d_.'&/-]*\.?$|^#$")
_VALUE_START = re.compile(r"^[^\w\s]{0,2}[A-Z]{0,3}[^\w\s]{0,1}\d")
_CAPS_LABEL = re.compile(r"^[A-Z]{2,5}$")
PREFIX_PRIOR = -0.03
# "SEX M", "EYES BRN": a short capitalised word before a value without digits (identity cards).
CAPS_PRIOR = -0.06
_CONNECTIVES = frozenset({"to", "of", "for", "and", "or", "by", "from", "in", "on", "at", "the"})


def _prefix(phrase: Phrase) -> Iterator[Candidate]:
    words = phrase.words
    for k in range(1, min(len(words), 5)):
        if not _LABEL_WORD.match(words[k - 1].text):
            break
        if _VALUE_START.match(words[k].text):
            label = " ".join(w.text for w in words[:k])
            yield make(label, [words[k:]], phrase.page_index, Source.PREFIX, PREFIX_PRIOR)
            return
    rest = [w.text.lower() for w in words[1:]]
    if 2 <= len(words) <= 4 and _CAPS_LABEL.match(words[0].text) and set(rest) - _CONNECTIVES:
        yield make(words[0].text, [words[1:]], phrase.page_index, Source.PREFIX, CAPS_PRIOR)
