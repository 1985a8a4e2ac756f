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

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from openbda.document.model import Word
from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.captions_under import captions_under, value_over
from openbda.extraction.offline.colon import (
    AAMVA_FIELDS,
    LABEL_ENDS,
    MAX_LABEL_CHARS,
    colon_pairs,
    is_field_label,
    numbered_pairs,
)
from openbda.extraction.offline.kinds import superseded
from openbda.extraction.offline.layout import (
    SMALLER_PRINT,
    PageLayout,
    Phrase,
    across,
    part_of_word,
    similar_print,
    union,
)
from openbda.extraction.offline.shapes import (
    TAX_ID,
    box_number_length,
    box_number_of,
    has_trailing_box,
    is_bare_box_number,
    is_box_label,
    is_currency_sign,
    looks_like_name,
    looks_like_phone,
    spells_date,
)
from openbda.extraction.offline.text import speaks_to_date, tokens, word_set

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
# A label's next phrase is another label when its own value is this many times nearer to it.
OWN_VALUE_RATIO = 4.0
# A label and its value (no colon) inside a cell of a table's body: that row's, seldom the
# document's.
TABLE_BODY_PRIOR = -0.1
# A section's heading: at most this many words, at most this many form rows above a row and
# this many row heights above the first.
SECTION_WORDS = 3
SECTION_ROWS = 6
SECTION_GAP = 2.0


def labelled_candidates(layout: PageLayout) -> Iterator[Candidate]:
    yield from _numbered_fields(layout)
    under = captions_under(layout)
    for row in layout.rows:
        header_row = _is_header_row(layout, row) or _is_menu_row(row)
        for index, phrase in enumerate(row):
            found = list(_of_phrase(layout, row, index, header_row, under))
            column = _lettered_heading(layout, phrase) if _boxed(phrase) else None
            if column is not None:  # "b Correct information" over "1b Wages, tips": which
                found = [_with_context(c, column, 0.0, (Source.BELOW,)) for c in found]
            section = _section_heading(layout, phrase)
            if section is not None and speaks_to_date(section):
                # "Year to date" over "Total earnings   $33,622.26": the amounts under it
                # are to date, whatever their own labels say
                found = [_with_context(c, section, 0.0, _ROW_SOURCES) for c in found]
                section = None
            yield from found
            title = _title_over(layout, phrase)
            if title is not None:  # "INVOICE" over "No. 17890"
                yield from _titled_numbers(found, title)
            stacked = _stacked_label(layout, phrase)
            contexts: list[tuple[str, tuple[Source, ...]]]
            contexts = [(c, _ROW_SOURCES) for c in dict.fromkeys((stacked, section)) if c]
            if found and (party := _caption_heading(layout, phrase)) is not None:
                contexts.append((party, (Source.BELOW,)))  # "RECIPIENT" over "Name" over it
            for context, sources in contexts:  # "Employee:" over "Address:": whose address
                for candidate in found:
                    if candidate.source in sources:
                        yield _with_context(candidate, context, CONTEXT_PRIOR, sources)


# The candidates of a form row ("Label: value", "Label    value").
_ROW_SOURCES = (Source.COLON, Source.GAP)


def _with_context(
    candidate: Candidate, context: str, prior: float, sources: tuple[Source, ...]
) -> Candidate:
    """A candidate of one of `sources` read with the label or heading over its row."""
    if candidate.source not in sources:
        return candidate
    label = f"{context} {candidate.label}"
    return replace(candidate, label=label, prior=candidate.prior + prior)


def _of_phrase(
    layout: PageLayout, row: Sequence[Phrase], index: int, header_row: bool, under: bool
) -> Iterator[Candidate]:
    """The candidates a phrase labels; `under`: the page prints captions under their values."""
    phrase = row[index]
    pairs = colon_pairs(phrase.words)
    for label, value in pairs:
        if value:
            found = _with_block(layout, label, phrase, value, Source.COLON)
            # "Label: value" states a field even inside a cell (a licence card read as a
            # table); "CHECK #1165" is the row's.
            yield from (c if ":" in phrase.text else _in_body(phrase, c) for c in found)
    holds_value = False
    if not pairs:
        # "Tax 1   10.69": a short number ending a phrase with a value beside it numbers
        # the label (tax 1, line 2), it is not the label's value.
        numbered = index + 1 < len(row)
        prefixed = [_in_body(phrase, c) for c in _prefix(phrase, numbered)]
        yield from prefixed
        # "ACCOUNT NO XXXXXX1147" holds its value: no label of the line under it
        holds_value = any(_NUMBER_WORD.match(c.value) for c in prefixed)
    open_label = _open_label(phrase, pairs)
    if open_label is None:
        if not pairs and not _in_caption(layout, phrase):
            caption = _caption_head(phrase.text)  # its value is in its box, under it
            if caption is not None:
                if under:
                    yield from _over_caption(layout, phrase, caption)
                else:
                    yield from _below(layout, row, phrase, caption, False, aligned=True)
        return
    beside: list[Candidate] = []
    boxed = _boxed(phrase)
    number = _box_number_over(layout, phrase)
    if number is not None:  # "Box 1" over "Interest income": box 1's caption
        open_label, boxed = f"{number} {open_label}", True
    # A phrase starting inside the label's extent is printed over it (a value misregistered on
    # a preprinted form), not beside it.
    after = [p for p in row[index + 1 :] if p.box.left >= phrase.box.right]
    if not after or after[0].box.left >= _beside_reach(layout, phrase):
        # Nothing near on its row (a stamp far across a check): what is written on its line
        after = _on_its_line(layout, phrase) or after
    if after and _box_then_caption(layout, phrase, after[0]):
        # "Box 1 · Interest income": a box's number and its caption parted by a separator, the
        # amount under them; the caption is no value of the number
        yield from _below(layout, row, phrase, f"{open_label} {after[0].text}", False)
        return
    if after and under and _words_only(after[0]) and similar_print(phrase, after[0]):
        after = []  # "CLASS   ISSUED": captions side by side, each under its own value
    if after and boxed and _boxed(after[0]) and similar_print(phrase, after[0]):
        after = []  # "2. CONSIGNEE   6. TERMS OF DELIVERY": two boxes' captions, side by side
    if after and not header_row and not _over_value(layout, phrase, after[0]):
        beside = list(_gap(layout, phrase, after, open_label))
        yield from beside
        if beside and (two := _two_line_label(layout, phrase, after)) is not None:
            # "Interest income" over "Ingresos de intereses", the amount set between them
            yield from (replace(c, label=c.label.replace(open_label, two[1], 1)) for c in beside)
    elif not after and not header_row and (two := _two_line_label(layout, phrase, ())):
        # the amount level with both lines fell in the other line's row
        beside = list(_gap(layout, phrase, two[0], two[1]))
        yield from beside
    # A label with its value beside it is not the label of the line under it, nor a column's
    # heading, unless it is a form's numbered box: its value is printed under it, whatever
    # stands beside it, and a row of boxes is no row of column headings.
    below = not beside or boxed or _not_beside(open_label, beside)
    if below and (boxed or not phrase.heads_column) and not holds_value:
        if under:
            yield from _over_caption(layout, phrase, open_label)
        else:
            yield from _below(layout, row, phrase, open_label, boxed)


def _box_then_caption(layout: PageLayout, number: Phrase, caption: Phrase) -> bool:
    """Whether a box's number ("Box 1") is followed closely on its line by its caption in
    the same print."""
    gap = (caption.box.left - number.box.right) * layout.page.width_pt
    return (
        is_bare_box_number(number.text)
        and _words_only(caption)
        and not colon_pairs(caption.words)
        and similar_print(number, caption)
        and gap <= CAPTION_BESIDE * number.height_pt
    )


# A caption follows its box's number within this many line heights.
CAPTION_BESIDE = 2.0


def _in_body(phrase: Phrase, candidate: Candidate) -> Candidate:
    """A label and value without a colon inside one cell of a table's body ("CHECK #1165" in a
    statement's descriptions) belong to that row, and seldom answer a field of the whole
    document."""
    if not phrase.in_table_body:
        return candidate
    return replace(candidate, prior=candidate.prior + TABLE_BODY_PRIOR)


def _not_beside(label: str, beside: Sequence[Candidate]) -> bool:
    """A name's or a taxpayer number's label with no such value beside it: an amount
    ("RECIPIENT'S name   11,754.72", "RECIPIENT'S TIN   $ 211.16" on a form of boxes) or an
    address ("Member Name   7915 Maple Ave") is another box's or column's, the value is printed
    under the label."""
    words = set(tokens(label))
    if "name" in words:
        return not any(looks_like_name(c.value) for c in beside)
    if "identification" in words or {"security", "number"} <= words:  # TIN, EIN, SSN
        return not any(TAX_ID.search(c.value) for c in beside)
    return False


def _stacked_label(layout: PageLayout, phrase: Phrase) -> str | None:
    """The label of the form row right above, starting where this phrase starts, when both
    rows are "label value" rows: the context of a generic label ("Address" under
    "Employee")."""
    own = colon_pairs(phrase.words)
    if not own or not phrase.text.startswith(own[0][0]):
        return None  # no "label: value" row
    tolerance = ALIGN * phrase.height_pt / layout.page.width_pt
    above = _aligned_above(layout, phrase, tolerance, rows=1)
    if above is None or layout.vgap_pt(above, phrase) > BLOCK_GAP * phrase.height_pt:
        return None
    pairs = colon_pairs(above.words)
    if not pairs:
        return None
    heads = [tokens(label)[-1:] for label in (pairs[0][0], own[0][0])]
    if heads[0] == heads[1]:
        return None  # "Pay Begin Date:" over "Pay End Date:": two of a kind, no context
    return pairs[0][0]


def _section_heading(layout: PageLayout, phrase: Phrase) -> str | None:
    """The short heading over a stack of form rows that start where this one starts
    ("Employer" over "Name:", "Address:", "EIN:"; "Year to date" over "Total earnings
    $33,622.26"): whose name and address the rows give, which period their amounts are."""
    if not _form_row(layout, phrase):
        return None
    current = phrase
    for _ in range(SECTION_ROWS):
        above = _next_above(layout, current, phrase)
        if above is None:
            return None
        if not _form_row(layout, above):
            # "Year to date (2023)": the year in brackets says which year, the words what
            words = [w for w in above.words if not _YEAR_NOTE.match(w.text)]
            text = " ".join(w.text for w in words).rstrip(":")
            short = len(words) <= SECTION_WORDS and not any(c.isdigit() for c in text)
            if not short or colon_pairs(above.words) or _heads_amounts(layout, above):
                return None
            return text
        current = above
    return None


def _heads_amounts(layout: PageLayout, heading: Phrase) -> bool:
    """Whether a phrase leads a row of column headings: another phrase of its row has a value
    with digits right under it ("EARNINGS  Hours  Rate  Current" over "Regular Pay  80.00
    ..."): the first column's heading, not a section's. A value or a "label:" on its row is
    another column of the form beside the heading, no heading."""
    others = [
        p
        for p in layout.rows[heading.row]
        if p is not heading and not _has_digits(p) and ":" not in p.text
    ]
    for other in others:
        under = _right_under(layout, other)
        if under is not None and _has_digits(under):
            return True
    return False


def _caption_heading(layout: PageLayout, phrase: Phrase) -> str | None:
    """The heading over a stack of captions, each over its value ("RECIPIENT" over "Name",
    "Kenneth E Scott", "Address", "1138 Ridge Rd"), that start where this caption starts:
    whose name and address they give. Walking up, a line in the caption's print is an earlier
    caption, a line over one is its value; the first other line is the heading."""
    if not _words_only(phrase):
        return None
    current = phrase
    for _ in range(SECTION_ROWS):
        above = _next_above(layout, current, phrase)
        if above is None:
            return None
        if _same_print(above, phrase) and _words_only(above):
            current = above  # an earlier caption
            continue
        caption = _next_above(layout, above, phrase)
        if caption is not None and _same_print(caption, phrase) and _words_only(caption):
            current = caption  # an earlier caption's value
            continue
        short = len(above.words) <= SECTION_WORDS and _words_only(above)
        return above.text.rstrip(":") if short else None
    return None


def _next_above(layout: PageLayout, current: Phrase, start: Phrase) -> Phrase | None:
    """The phrase in the two rows over `current` that starts where `start` (the phrase the
    walk up began at) starts, at most SECTION_GAP of `current`'s heights over it."""
    tolerance = ALIGN * start.height_pt / layout.page.width_pt
    above = _aligned_above(layout, current, tolerance, rows=2)
    if above is None or layout.vgap_pt(above, current) > SECTION_GAP * current.height_pt:
        return None
    return above


def _same_print(a: Phrase, b: Phrase) -> bool:
    return abs(a.height_pt - b.height_pt) < CAPTION_SAME


# A label that only says "number": whose number is told by the title over it.
_BARE_NUMBER = frozenset({"no", "nr", "number", "num", "#", ""})
# A title over a bare number label: at most this many words ("/" and "&" aside).
TITLE_WORDS = 4


def _title_over(layout: PageLayout, phrase: Phrase) -> str | None:
    """The document title right over a phrase that starts with a bare number label ("INVOICE"
    over "No. 17890", a carbon invoice book's corner) or with the title's initials ("REPAIR
    ORDER / INVOICE" over "RO# 602117"): short, words only, no colon."""
    if phrase.row == 0:
        return None
    above = next((p for p in layout.rows[phrase.row - 1] if across(p, phrase)), None)
    if above is None or layout.vgap_pt(above, phrase) > BLOCK_GAP * phrase.height_pt:
        return None
    words = [w for w in above.text.split() if any(c.isalpha() for c in w)]
    if len(words) > TITLE_WORDS or not _words_only(above) or colon_pairs(above.words):
        return None
    return above.text if _numbers_title(phrase.words[0].text, words) else None


def _titled_numbers(found: Sequence[Candidate], title: str) -> Iterator[Candidate]:
    """The candidates of a bare number label read as the title's number; initials become
    "No." ("RO#" under "REPAIR ORDER / INVOICE"), and each name of a title "A / B" is tried."""
    for candidate in found:
        if _numbers_title(candidate.label, title.split()):
            bare = candidate.label.rstrip(".:# ").lower() in _BARE_NUMBER
            number = candidate.label if bare else "No."
            for name in dict.fromkeys((title, *title.split(" / "))):
                yield replace(candidate, label=f"{name} {number}")


def _numbers_title(label: str, title: Sequence[str]) -> bool:
    """Whether a label says only "number", or "number" after the title's initials ("RO#")."""
    stem = label.rstrip(".:# ").lower()
    if stem in _BARE_NUMBER:
        return True
    initials = "".join(w[0].lower() for w in title)
    return label[-1:] in "#." and len(stem) >= 2 and stem.isalpha() and stem in initials


def _aligned_above(
    layout: PageLayout, phrase: Phrase, tolerance: float, rows: int
) -> Phrase | None:
    """The nearest phrase in the `rows` rows above that starts where `phrase` starts (left
    edges within `tolerance`, in page widths)."""
    above = reversed(layout.rows[max(0, phrase.row - rows) : phrase.row])
    return next(
        (p for row in above for p in row if abs(p.box.left - phrase.box.left) <= tolerance), None
    )


def _starts_with_label(phrase: Phrase) -> bool:
    pairs = colon_pairs(phrase.words)
    return bool(pairs) and phrase.text.startswith(pairs[0][0])


def _form_row(layout: PageLayout, phrase: Phrase) -> bool:
    """A phrase that starts a "label: value" or a "label    value" row."""
    if _starts_with_label(phrase):
        return True
    row = layout.rows[phrase.row]
    at = next(i for i, p in enumerate(row) if p is phrase)
    return _words_only(phrase) and at + 1 < len(row) and _has_digits(row[at + 1])


def _is_label(phrase: Phrase) -> bool:
    """Short (a form box's number aside), mostly letters: what a label looks like (also "VAT
    (20%)", "TAX 7.000%": a rate's digits do not count)."""
    text = phrase.text
    words = len(phrase.words) - box_number_length([w.text for w in phrase.words])
    if words > MAX_LABEL_WORDS or len(text) > MAX_LABEL_CHARS:
        return False
    letters = sum(c.isalpha() for c in text)
    texts = [w.text for w in phrase.words]
    rates = " ".join(  # "TAX 7.000%", "TAX 1 8.250 %"
        t
        for t, after in zip(texts, [*texts[1:], ""], strict=True)
        if f"{t}{after}".rstrip(")").endswith("%")
    )
    return letters >= 2 and sum(c.isdigit() for c in text) - sum(map(str.isdigit, rates)) <= letters


def boxed_label(words: Sequence[Word]) -> str:
    """A phrase as a label; a form's box number printed before it is spelled as such ("1
    Wages, tips" -> "Box 1 Wages, tips"), so that a field asking for "box 1" meets it, and the
    number is not read as a value."""
    texts = [w.text for w in words]
    n = box_number_length(texts)
    if n == 0:
        return " ".join(texts)
    return " ".join(["Box", box_number_of(texts).rstrip("."), *texts[n:]])


def _words_only(phrase: Phrase) -> bool:
    return sum(c.isalpha() for c in phrase.text) >= 2 and not _has_digits(phrase)


def _has_digits(phrase: Phrase) -> bool:
    """Digits in the phrase besides its box number: a value, not a heading."""
    texts = [w.text for w in phrase.words]
    return any(c.isdigit() for c in " ".join(texts[box_number_length(texts) :]))


def _boxed(phrase: Phrase) -> bool:
    """A form box's caption: a box number before it, or "(Box 2)" after it."""
    return box_number_length([w.text for w in phrase.words]) > 0 or has_trailing_box(phrase.text)


def _numbered_label(phrase: Phrase) -> bool:
    return is_box_label(phrase.text)


# A column of like values: at least this many lines of the same shape, with digits.
COLUMN_LINES = 2
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


def _column_of_values(block: Sequence[Phrase]) -> bool:
    """Whether a block of lines is a column of a table: two or more one-phrase values of one
    shape (item codes, amounts), where a labelled value (a name and address) mixes shapes."""
    if len(block) < COLUMN_LINES:
        return False
    shapes = {_LETTERS.sub("a", _DIGITS.sub("9", p.text)) for p in block}
    return len(shapes) == 1 and any(c.isdigit() for c in block[0].text)


def _is_header_row(layout: PageLayout, row: Sequence[Phrase]) -> bool:
    """A row of column headings ("Full name   Employee ID", "Qty  Price  Amount"): all labels
    without digits, at least two of them with a value right under them. Its phrases are not
    one another's values. A row led by a colon label ("Employee Name:  Andrew Flores") is a
    form row, whatever stands under it. A heading may be a long caption ("State / Payer's state
    no. / State tax withheld"): it is still no value."""
    row = [p for p in row if not is_currency_sign(p.text)]  # an empty box's "$" heads nothing
    if len(row) < 2 or not all(_words_only(p) for p in row):
        return False
    if any(p.by_leader for p in row):
        return False  # "EMPLOYEE'S NAME ........ MARTINEZ, AISHA P": a leader joins label and value
    if row[0].text.endswith(":") or any(_after_colon(p) is not None for p in row):
        return False  # "Account Type   : Savings Account": a form row's label and value
    if _card_label_beside(row):
        return False  # "LN  LOPEZ": a card's small label beside its value
    if _under_values_row(layout, row):
        return False  # "Employee Name  MICHAEL HALL" under "Employee Code  7647": a form's rows
    if _in_key_value_list(layout, row):
        return False  # "First name  KAREN" among "Document number  24 415 583", "Sex  M"
    under = 0
    for phrase in row:
        under += _right_under(layout, phrase) is not None
    return under >= 2


def _card_label_beside(row: Sequence[Phrase]) -> bool:
    """A card's short label in small print beside its value in bigger print ("LN  LOPEZ")."""
    if len(row) != 2 or not _CAPS_LABEL.match(row[0].text):
        return False
    return row[0].height_pt < SMALLER_PRINT * row[1].height_pt


def _under_values_row(layout: PageLayout, row: Sequence[Phrase]) -> bool:
    """Whether the row right above has as many phrases, starting where these start, and reads
    as label/value pairs (labels of words, values with digits among them): a form's rows, so
    this one is another (a row of values over a row of labels is a grid's, which it is not)."""
    if row[0].row == 0:
        return False
    above = [p for p in layout.rows[row[0].row - 1] if not is_currency_sign(p.text)]
    if len(above) != len(row) or len(above) % 2:
        return False
    labels, values = above[0::2], above[1::2]
    if not all(_words_only(p) for p in labels) or not any(_has_digits(p) for p in values):
        return False
    return _same_starts(layout, row, above)


def _same_starts(layout: PageLayout, row: Sequence[Phrase], other: Sequence[Phrase]) -> bool:
    """Whether two rows of as many phrases start their phrases at the same places."""
    tolerance = ALIGN * _x(layout, row[0].height_pt)
    return all(abs(a.box.left - b.box.left) <= tolerance for a, b in zip(row, other, strict=True))


def _in_key_value_list(layout: PageLayout, row: Sequence[Phrase]) -> bool:
    """Whether the row is one of a list of label/value rows, each a label of words and its
    value in a column of their own: KEY_VALUE_ROWS or more such rows in a run, aligned with
    this one, whose values are of mixed kinds (names and codes, some with digits and
    KEY_VALUE_WORDY or more without). A table's heading row over its body has values of one
    kind under its second heading (prices, names), so it is no such list."""
    if len(row) != 2:
        return False

    def pair(at: int) -> Sequence[Phrase] | None:
        other = [p for p in layout.rows[at] if not is_currency_sign(p.text)]
        if len(other) != 2 or not _words_only(other[0]):
            return None
        return other if _same_starts(layout, row, other) else None

    values = [row[1]]
    for step in (-1, 1):
        at = row[0].row + step
        while 0 <= at < len(layout.rows) and (found := pair(at)) is not None:
            values.append(found[1])
            at += step
    with_digits = sum(_has_digits(p) for p in values)
    return (
        len(values) >= KEY_VALUE_ROWS
        and with_digits >= 1
        and len(values) - with_digits >= KEY_VALUE_WORDY
    )


KEY_VALUE_ROWS = 3
KEY_VALUE_WORDY = 2


# A row of this many phrases of words alone is a menu or a row of headings.
MENU_ITEMS = 5


def _is_menu_row(row: Sequence[Phrase]) -> bool:
    """A web page's menu printed with it ("Accounts  Pay & Transfer  Statements & Documents
    Help  Sign off"): a long row of phrases of words, each with a word of four letters or
    more. Its items are not one another's values. A card's row of labels and coded values
    ("SEX  F  EYES  BLU  HAIR  BRN") has short codes among them and is no menu."""
    return len(row) >= MENU_ITEMS and all(
        _words_only(p)
        and ":" not in p.text
        and any(sum(c.isalpha() for c in w.text) >= 4 for w in p.words)
        for p in row
    )


def _with_block(
    layout: PageLayout, label: str, anchor: Phrase, value: Sequence[Word], source: Source
) -> Iterator[Candidate]:
    """The value on its line, and with the lines right under it that continue it (an address
    written over two lines after "Address:")."""
    page = anchor.page_index
    last_word = value[-1].text if value else ""
    if len(last_word) > 1 and last_word.endswith(".") and last_word[-2].isdigit():
        # "Pedido de compra: 4500021649." ends a sentence: the stop is no part of the number
        shown = " ".join(w.text for w in value)[:-1]
        yield make(label, [value], page, source, value=shown)
    else:
        yield make(label, [value], page, source)
    left = min(w.box.left for w in value)
    lines = [tuple(value)]
    last = anchor
    for _ in range(BLOCK_LINES - 1):
        below = _under(layout, last, left - ALIGN * _x(layout, last.height_pt), BLOCK_GAP)
        if below is None or colon_pairs(below.words) or _numbered_label(below):
            break
        if abs(below.box.left - left) * layout.page.width_pt > ALIGN * last.height_pt:
            break
        if any(p.box.right <= left for p in layout.rows[below.row]):
            break  # something printed left of it: a new row of the form, not a continuation
        lines.append(below.words)
        last = below
    if len(lines) > 1:
        yield make(label, lines, page, source)
        # A name over its address after "Name and address": the address alone, as BELOW.
        yield make(label, lines[1:], page, source)


def _open_label(phrase: Phrase, pairs: Sequence[tuple[str, tuple[Word, ...]]]) -> str | None:
    """The phrase as a label whose value lies elsewhere: a colon label with nothing after it,
    or a short phrase of words without a colon; None when it is no such label."""
    if pairs:
        label, value = pairs[-1]
        return label if not value and len(pairs) == 1 else None
    if _after_colon(phrase) is not None:
        return None  # ": Savings Account": the value of the label left of it
    return boxed_label(phrase.words) if _is_label(phrase) else None


# A form box's caption lists all it holds ("PAYER'S name, street address, city or town, ...
# and telephone no."): too long for a label, its first clause labels the first line under it.
CAPTION_HEAD_WORDS = 5
CAPTION_GAP = 3.0
# A caption's box may be tall (a payer's name and address box): its value is the first phrase
# in the caption's column at most this many caption heights and rows under it.
CAPTION_FAR = 6.0
CAPTION_ROWS = 8
# A box's value may start this many caption heights right of its caption's start (forms
# indent what is typed into a box under its small print).
CAPTION_INDENT = 3.0
# How far (caption heights) a box's value may reach up past its caption's bottom.
REACH_UP = 0.1
# A numbered box's caption runs over at most this many lines.
CAPTION_LINES = 4
# The line under a phrase is looked for in this many rows under it (other columns' rows may
# come between; the gap bounds how far down).
UNDER_ROWS = 4
# A caption's line with digits has at least this many letters to each digit.
CAPTION_LETTERS = 3
# Lines of one caption differ in height by less than this (points).
CAPTION_SAME = 0.5


def _in_caption(layout: PageLayout, phrase: Phrase) -> bool:
    """Whether the phrase continues a caption from the line above ("country, ZIP or foreign
    postal code, ..."): its first clause is no label."""
    tolerance = ALIGN * _x(layout, phrase.height_pt)
    return phrase.row > 0 and any(
        abs(above.box.left - phrase.box.left) <= tolerance and _continues_caption(above, phrase)
        for above in layout.rows[phrase.row - 1]
    )


def _caption_head(text: str) -> str | None:
    """The first clause of a long caption without digits, when short enough for a label."""
    head = text.split(",")[0].strip()
    if "," not in text or any(c.isdigit() for c in text):
        return None
    return head if 0 < len(head.split()) <= CAPTION_HEAD_WORDS else None


# -- GAP ------------------------------------------------------------------------------------

_SIGN_ONLY = re.compile(r"^[^\w\s]{1,2}$")
_ITEM_NUMBER = re.compile(r"^\d{1,2}[a-z]?\.?$")


def _gap(
    layout: PageLayout, label: Phrase, rest: Sequence[Phrase], text: str
) -> Iterator[Candidate]:
    """The next phrase as the label's value; when further phrases of the row hold values too
    ("Gross Pay   2,150.00   10,450.00"), each is also offered with its column's heading
    ("Gross Pay YTD")."""
    value = rest[0]
    if label.height_pt > HEADING_SCALE * value.height_pt:
        return
    after_colon = _after_colon(value)
    if after_colon is not None:  # "Account Type   : Savings Account"
        if after_colon:
            yield from _with_block(layout, text, value, after_colon, Source.GAP)
        return
    if colon_pairs(value.words):
        return
    if _numbered_label(value) or _in_box_caption(layout, value):
        return  # "1 Wages  2 Federal income tax": the next box's label, not this one's value
    if _labels_its_own(label, rest):
        return  # "Billed To ........ Bill Date 28-APR-2024": the next label, set by its value
    if _ITEM_NUMBER.match(value.text) and len(rest) > 1 and _words_only(rest[1]):
        return  # "2  Early withdrawal penalty  $76.51": a list's item or box number beside
    if _is_label(value) and not _has_digits(value) and _over_values(layout, (label, value)):
        return  # "Invoice No.   Date / Tax Point" over their values: a grid of labels
    if _NUMBERED.match(value.text):
        return  # "Employee's SSN   OMB No. 1545-0008": another number with its own label
    if _parallel(label, value):
        return  # "BILL TO   REMIT TO": two captions, each over its own block
    words = list(value.words)
    if _SIGN_ONLY.match(value.text) or is_currency_sign(value.text):  # not "WEI" after "FN"
        if len(rest) < 2 or not rest[1].text[:1].isdigit():
            return  # an empty box's "$": no value
        words += rest[1].words  # "Total  RM  9.00"
        rest = rest[1:]
    headed = False  # another value of the row has a column heading
    for phrase in rest[1:]:
        if _is_label(phrase) or colon_pairs(phrase.words):
            break
        heading = _heading(layout, phrase)
        if heading is not None:
            headed = True
            yield make(f"{text} {heading}", [phrase.words], label.page_index, Source.GAP)
    first = None if _is_label(value) else _heading(layout, value)
    if first is not None and headed and superseded(first):
        # "Interest income  3,908.64  7,817.29" under "Previously reported  Corrected": the
        # first amount is only the superseded one
        yield from _with_block(layout, f"{text} {first}", value, words, Source.GAP)
        return
    if first is None or not headed or set(tokens(first)) <= _PLAIN_HEADINGS:
        # "Gross Pay  2,150.00  10,450.00" under "Current  YTD": the row's label names its
        # first figure; under "Wages subject to tax  Tax withheld" it names neither alone
        yield from _with_block(layout, text, value, words, Source.GAP)
    if first is not None:
        yield make(f"{text} {first}", [value.words], label.page_index, Source.GAP)


def _two_line_label(
    layout: PageLayout, label: Phrase, after: Sequence[Phrase]
) -> tuple[Sequence[Phrase], str] | None:
    """A label printed on two lines with its value set level with both (a caption and its
    translation under it, a long caption wrapped), when `label` is one of the two lines.
    Returns the value and what follows it on its row, and the two lines as one label text.
    `after` is what follows `label` on its own row; when it is empty, the value is looked for
    on the other line's row. The other line starts where the label starts, holds only words
    and nothing else on its row (or only the value), and the value overlaps both lines by
    ON_LINE of their heights."""
    tolerance = ALIGN * _x(layout, label.height_pt)
    for row, upper in ((label.row - 1, True), (label.row + 1, False)):
        if not 0 <= row < len(layout.rows):
            continue
        for other in layout.rows[row]:
            if abs(other.box.left - label.box.left) > tolerance or not _words_only(other):
                continue
            top, bottom = (other, label) if upper else (label, other)
            if not similar_print(label, other) or (
                layout.vgap_pt(top, bottom) > BLOCK_GAP * label.height_pt
            ):
                continue
            beside = [p for p in layout.rows[row] if p.box.left >= other.box.right]
            if bool(after) == bool(beside):
                continue  # the value is on one line's row only, the other line holds nothing
            rest = after or beside
            if rest[0].box.left < label.box.right or rest[0].box.left < other.box.right:
                continue
            if _level_with(rest[0], label) and _level_with(rest[0], other):
                return rest, f"{top.text} {bottom.text}"
    return None


def _level_with(value: Phrase, line: Phrase) -> bool:
    """Whether a value overlaps a line by ON_LINE of the line's height."""
    overlap = min(value.box.bottom, line.box.bottom) - max(value.box.top, line.box.top)
    return overlap >= ON_LINE * (line.box.bottom - line.box.top)


# Column headings that say which period or which sum a row's figure is, not what it is.
_PLAIN_HEADINGS = word_set("current period pay week month quarter year date amount total value sum")


# A value written on a label's line may sit higher or lower than the label, overlapping this
# share of the label's height (too little to share its row), at most FAR_BESIDE heights right.
ON_LINE = 0.25


def _on_its_line(layout: PageLayout, label: Phrase) -> list[Phrase]:
    """The phrase written on the line a label ends its row with, set off its row: a check's
    "Birthday" written over the line right of its "MEMO" caption. A line of a block (a card's
    name over its address, beside its "PHOTO" box) is written on no label's line."""
    reach = _beside_reach(layout, label)
    near = [
        phrase
        for phrase in _next_rows(layout, label)
        if label.box.right <= phrase.box.left < reach
        and _level_with(phrase, label)
        and not _in_block(layout, phrase)
    ]
    return sorted(near, key=lambda p: p.box.left)[:1]


def _beside_reach(layout: PageLayout, label: Phrase) -> float:
    """How far right of a label its value may start on its line (`FAR_BESIDE`)."""
    return label.box.right + FAR_BESIDE * _x(layout, label.height_pt)


def _in_block(layout: PageLayout, phrase: Phrase) -> bool:
    """Whether a line starts where the line right above or right below it starts."""
    tolerance = ALIGN * _x(layout, phrase.height_pt)
    return any(abs(o.box.left - phrase.box.left) <= tolerance for o in _next_rows(layout, phrase))


def _next_rows(layout: PageLayout, phrase: Phrase) -> Iterator[Phrase]:
    """The phrases of the rows right above and right below the phrase's."""
    for row in layout.rows[max(0, phrase.row - 1) : phrase.row + 2]:
        if row is not layout.rows[phrase.row]:
            yield from row


# The next phrase of a caption's row this many caption heights off is another column's when the
# caption has its value under it.
FAR_BESIDE = 6.0


def _over_value(layout: PageLayout, caption: Phrase, beside: Phrase) -> bool:
    """A caption in small print over its value in bigger print ("Account Number" over
    "2808253-0001" in a statement's side column), the next phrase of its row far off (a date
    of the transactions across the page): that phrase is no value of the caption's."""
    under = _right_under(layout, caption)
    if under is None or caption.height_pt >= SMALLER_PRINT * under.height_pt:
        return False
    if abs(under.box.left - caption.box.left) > ALIGN * _x(layout, caption.height_pt):
        return False  # a caption's value starts where it starts
    if not _has_digits(under) or _has_digits(caption):
        return False  # a number under a caption of words: "Account Number" over "2808253-0001"
    if any(across(p, beside) for p in layout.rows[under.row] if p is not under):
        return False  # "Tip (20%)  $1.12" over a bold "Total  $7.28": rows of a list
    gap = (beside.box.left - caption.box.right) * layout.page.width_pt
    return gap > FAR_BESIDE * caption.height_pt


def _after_colon(value: Phrase) -> list[Word] | None:
    """The words after the colon a phrase starts with, when it starts with one: labels and
    values printed in two columns, the colons in front of the values ("Account Type   :
    Savings Account"); None for a phrase that starts otherwise."""
    first = value.words[0]
    if not first.text.startswith(":"):
        return None
    rest = list(value.words[1:])
    return rest if first.text == ":" else [part_of_word(first, 1, len(first.text)), *rest]


def _parallel(label: Phrase, value: Phrase) -> bool:
    """Two captions side by side that end alike ("BILL TO   REMIT TO", "PAYER'S TIN
    RECIPIENT'S TIN"): the second of two words or more, without digits."""
    ends = [p.words[-1].text.lower().rstrip(":") for p in (label, value)]
    return len(value.words) >= 2 and _words_only(value) and ends[0] == ends[1]


def _over_values(layout: PageLayout, labels: Sequence[Phrase]) -> bool:
    """Whether each of these labels has a value right under it, starting under it: labels
    over their values in a grid. A value has digits, or else is printed bigger than its label
    ("TO THE ORDER OF   AMOUNT" over "PIONEER INDUSTRIES GROUP   $*****8,960.19"); words in
    the label's print are the next label ("First name & initial  Carlos S" over "SSN
    168-23-1797", "Name:" over "Employee ID:")."""
    under = [_right_under(layout, label) for label in labels]
    lines = [line for line in under if line is not None]
    if len(lines) < len(labels):
        return False
    return all(
        any(ch.isdigit() for ch in line.text) or line.height_pt > label.height_pt + CAPTION_SAME
        for line, label in zip(lines, labels, strict=True)
    )


def _box_number_over(layout: PageLayout, phrase: Phrase) -> str | None:
    """The box number printed alone right over a caption, in its print ("Box 1" over "Interest
    income"), or None."""
    above = _over(layout, phrase)
    if above is None or not is_bare_box_number(above.text):
        return None
    return above.text if _continues_caption(above, phrase) else None


def _in_box_caption(layout: PageLayout, phrase: Phrase) -> bool:
    """Whether the phrase is a later line of a numbered box's caption ("7 Payer made direct
    sales totaling $5,000" over "or more of consumer products to" over "recipient for resale"):
    lines of the same small print, each starting within the span of the one above."""
    line = phrase
    for _ in range(CAPTION_LINES):
        above = _over(layout, line)
        if above is None or not _continues_caption(above, line):
            return False
        if _boxed(above) or is_bare_box_number(above.text):
            return True
        line = above
    return False


def _over(layout: PageLayout, phrase: Phrase) -> Phrase | None:
    """The phrase of the row above whose span holds this one's start, when close above it."""
    if phrase.row == 0:
        return None
    for above in layout.rows[phrase.row - 1]:
        near = layout.vgap_pt(above, phrase) <= BLOCK_GAP * phrase.height_pt
        if near and above.box.left <= phrase.box.left < above.box.right:
            return above
    return None


def _labels_its_own(label: Phrase, rest: Sequence[Phrase]) -> bool:
    """Whether the phrase after a label is a label itself, with its own value close after it:
    words without digits, then a value with digits far nearer to it than it is to the label."""
    if len(rest) < 2 or not _is_label(rest[0]) or _has_digits(rest[0]):
        return False
    value, after = rest[0], rest[1]
    if not any(ch.isdigit() for ch in after.text):
        return False
    near = after.box.left - value.box.right
    return value.box.left - label.box.right > OWN_VALUE_RATIO * max(near, 0.0)


def _heading(layout: PageLayout, value: Phrase) -> str | None:
    """The column heading over a value: the nearest phrase above it that it overlaps and that
    sits in a row of headings (labels without digits, two or more)."""
    heading = _over_in_row(layout, value, _headings_row)
    return heading.text if heading is not None else None


def _headings_row(row: Sequence[Phrase]) -> bool:
    """Two or more labels without digits, besides signs heading a column ("%" over a tax
    table's rates); a form's numbered boxes each label their own value, they head no
    columns."""
    labels = [p for p in row if not _SIGN_HEADING.match(p.text)]
    return len(labels) >= 2 and all(
        _is_label(p) and not _has_digits(p) and not _boxed(p) and not p.by_leader for p in labels
    )


# A column heading of a sign alone: "%", "#", "€".
_SIGN_HEADING = re.compile(r"^[^\w\s]{1,2}$")


def _over_in_row(
    layout: PageLayout, phrase: Phrase, kind: Callable[[Sequence[Phrase]], bool]
) -> Phrase | None:
    """The nearest phrase over `phrase`, within HEADING_ROWS rows, that crosses it and whose
    row is of `kind`."""
    for row in reversed(layout.rows[max(0, phrase.row - HEADING_ROWS) : phrase.row]):
        if kind(row):
            over = next((p for p in row if across(p, phrase)), None)
            if over is not None:
                return over
    return None


def _lettered_heading(layout: PageLayout, caption: Phrase) -> str | None:
    """The lettered column heading over a form's box ("a Previously reported  b Correct
    information" over "1a Wages" and "1b Wages" on a corrected form), without its letter: a row
    of two or more such headings, words only, the nearest over the box that crosses it."""
    heading = _over_in_row(layout, caption, _lettered_row)
    return " ".join(w.text for w in heading.words[1:]) if heading is not None else None


def _lettered_row(row: Sequence[Phrase]) -> bool:
    """Two or more headings of words after a box's letter ("a Previously reported"), lettered
    in order, from the first letter again for the next pair of columns ("a b a b"); "d Control
    number  a Employee's SSA number" are two boxes, no columns, and "a Employee's SSN  a
    Employee's SSN" the same box on two copies of a form printed side by side."""
    letters = [_box_letter(p) for p in row]
    if len(row) < 2 or not all(letters) or any(_has_digits(p) for p in row):
        return False
    steps = [ord(b) - ord(a) for a, b in itertools.pairwise(letters)]
    in_order = all(step == 1 or b == letters[0] for step, b in zip(steps, letters[1:], strict=True))
    return in_order and 1 in steps


def _box_letter(phrase: Phrase) -> str:
    """The letter a box's caption starts with ("a Previously reported", "Box b ..."), or ""."""
    letter = box_number_of([w.text for w in phrase.words])
    return letter if len(letter) == 1 and letter.isalpha() else ""


# -- BELOW ------------------------------------------------------------------------------------


def _below(
    layout: PageLayout,
    row: Sequence[Phrase],
    label: Phrase,
    text: str,
    boxed: bool,
    aligned: bool = False,
) -> Iterator[Candidate]:
    """The line or block under a label; `aligned`: it must start under the label's start."""
    if _heads_row_labels(layout, row, label):
        return
    unit = label.height_pt
    min_left = label.box.left - BELOW_INDENT * _x(layout, unit)
    max_left = label.box.left + CAPTION_INDENT * _x(layout, unit) if aligned else None
    # A caption's box may hold taller print beside its value (a form's title): further down.
    gap = CAPTION_GAP if aligned else BELOW_GAP
    first = _under(layout, label, min_left, gap, max_left)
    top = label
    # A caption may run on over lines of the same small print ("BOX 3 INTEREST ON U.S. SAVINGS"
    # over "BONDS AND TREASURY OBLIGATIONS"): the value is under its last line.
    while (aligned or boxed) and first is not None and _continues_caption(top, first):
        if boxed:
            text = f"{text} {first.text}"  # the whole caption labels the box
        top, first = first, _under(layout, first, min_left, gap, max_left)
    if aligned and first is None:
        first = _down_column(layout, top, min_left, max_left or top.box.right)
    if boxed:
        # The box ends where the next box's label starts: a form prints "$" at a box's left and
        # the amount right-aligned, so the amount may be past the label's end and run into the
        # next box's "$" ("662.94 $").
        right = min((p.box.left for p in row if p.box.left >= label.box.right), default=1.0)
        if first is None or is_currency_sign(first.text):
            # A box is taller than its caption: the amount may sit well under it, under the
            # caption's bottom but for a hair (a title right of the box reaching up past the
            # caption's bottom, "Miscellaneous Information" beside "3 Other income", is none).
            first = _beside_sign(layout, first, right) or _under(
                layout, top, min_left, CAPTION_GAP, right, min_gap=-REACH_UP, past_captions=True
            )
        first = _within(first, right)
    if first is None or colon_pairs(first.words) or first.heads_column or _numbered_label(first):
        return
    if _own_caps_label(first):
        return  # "DRIVER LICENSE" over "DL 24 415 583": the line has its own label
    if label.height_pt > HEADING_SCALE * first.height_pt and not aligned:
        return  # a heading over the text it heads, not a label over its value (a caption's
        # height is that of its lines of small print)
    block = [first]
    while len(block) < BLOCK_LINES:
        below = _under(layout, block[-1], block[-1].box.left - ALIGN * _x(layout, unit), BLOCK_GAP)
        if below is None or colon_pairs(below.words) or _numbered_label(below):
            break  # the next box's label ends the value
        if "?" in below.text:
            break  # "Questions? Call us at": a prompt for what follows, no part of the value
        if abs(below.box.left - first.box.left) * layout.page.width_pt > ALIGN * unit:
            break
        if below.height_pt < SMALLER_PRINT * first.height_pt:
            break  # the next field's caption in smaller print ends the value
        block.append(below)
    if _column_of_values(block):
        return  # a heading over a column of like values ("ITEM" over item codes): no label
    if _headings_row(row) and _heads_figures(layout, first):
        return  # "VALOR TOTAL" over each item's amount, right-aligned: a column's heading
    yield from _block_candidates(text, block)


def _heads_figures(layout: PageLayout, first: Phrase) -> bool:
    """Whether the figure under a heading has another under it in its column, close by (the
    next row of a table, right-aligned so that it may start further left)."""
    if not _FIGURE.match(first.text):
        return False
    width = first.box.right - first.box.left
    under = _under(layout, first, first.box.left - width, BLOCK_GAP * 2, first.box.right)
    return under is not None and _FIGURE.match(under.text) is not None


# An amount or a count alone: "241,02", "3,0000", "12".
_FIGURE = re.compile(r"^[-+(]?[$€£¥]?\d[\d.,' ]*\)?$")


def _heads_row_labels(layout: PageLayout, row: Sequence[Phrase], label: Phrase) -> bool:
    """Whether a label heads the column of a table's row labels: the first of a row of
    headings whose others only say which period or sum the figures are ("COMPENSATION  This
    Period  Year to Date" over "Cash Salary  5,130.40  35,912.80"). What is under it is the
    next row's label, not its value."""
    # A panel beside it may share its row ("COMMISSION DETAIL" left of "EARNINGS  Current
    # YTD"): the headings from the label on are its own. The line under it is a row label
    # with its figures beside it ("Base Salary  3,333.33  3,333.33"), where "SALES REP  PAY
    # DATE" heads a name and a date.
    own = list(row[row.index(label) :]) if label in row else []
    others = own[1:]
    if not (
        others
        and _headings_row(own)
        and all(set(tokens(p.text)) <= _PLAIN_HEADINGS for p in others)
    ):
        return False
    under = _right_under(layout, label)
    return under is not None and any(
        p.box.left > under.box.right and _FIGURE.match(p.text) for p in layout.rows[under.row]
    )


def _block_candidates(text: str, block: Sequence[Phrase]) -> Iterator[Candidate]:
    """A label's block of lines as BELOW offers it: the first line, the whole block, and the
    block without its first line (a name over its address)."""
    page = block[0].page_index
    yield make(text, [block[0].words], page, Source.BELOW)
    if len(block) > 1:
        yield make(text, [p.words for p in block], page, Source.BELOW)
        yield make(text, [p.words for p in block[1:]], page, Source.BELOW)


def _over_caption(layout: PageLayout, caption: Phrase, text: str) -> Iterator[Candidate]:
    """A caption's value printed over it (`captions_under`): the line right over it, the block
    of lines, and the block without its first line (a name over its address), as BELOW."""
    block = value_over(layout, caption)
    if block and not colon_pairs(block[0].words):
        yield from _block_candidates(text, block)


def _own_caps_label(phrase: Phrase) -> bool:
    """A card's short capitalised label before a value on one line ("DL 24 415 583")."""
    words = phrase.words
    if len(words) < 2 or not _CAPS_LABEL.match(words[0].text):
        return False
    return bool(_VALUE_START.match(words[1].text))


def _beside_sign(layout: PageLayout, sign: Phrase | None, right: float) -> Phrase | None:
    """The phrase after a lone currency sign, inside the box (left of `right`): the nearest
    one on its row or, nearer still, on the next row starting right under the sign's bottom
    (an amount printed a little low on a preprinted form, off its sign's line)."""
    if sign is None:
        return None
    rows = layout.rows[sign.row : sign.row + 2]
    after = [
        p
        for p in itertools.chain(*rows)
        if sign.box.left < p.box.left < right
        and (p.row == sign.row or layout.vgap_pt(sign, p) <= BLOCK_GAP * sign.height_pt)
        and not _numbered_label(p)
    ]
    return min(after, key=lambda p: p.box.left, default=None)


def _within(phrase: Phrase | None, right: float) -> Phrase | None:
    """The phrase without its words at or past `right` (the next box's), None if none is left."""
    if phrase is None or phrase.box.right <= right:
        return phrase
    words = tuple(w for w in phrase.words if w.box.left < right)
    if not words:
        return None
    return replace(phrase, words=words, box=union(w.box for w in words))


def _continues_caption(caption: Phrase, line: Phrase) -> bool:
    """A caption's next line: the same small print, words (a sum spoken of, as in "totaling
    $5,000 or more of", but no value). The print is that of the caption's last word: a box
    number before it may be bolder and taller ("3." over "Interest on U.S. Savings Bonds")."""
    if box_number_length([w.text for w in line.words]) > 0:
        return False  # "d CONTROL NUMBER" over "e/f EMPLOYEE'S NAME": the next box's caption
    points = caption.height_pt / max(caption.box.height, 1e-9)  # the page's height in points
    ours, theirs = caption.words[-1].box.height, line.words[-1].box.height
    return abs(ours - theirs) * points < CAPTION_SAME and _wordy(line)


def _wordy(phrase: Phrase) -> bool:
    """Words without digits, or with a few inside the words ("totaling $5,000 or more of"),
    not a value such as an address ("7702 Chestnut Way")."""
    if not _has_digits(phrase):
        return True
    text = phrase.text
    digits = sum(c.isdigit() for c in text)
    return not text[:1].isdigit() and sum(c.isalpha() for c in text) >= CAPTION_LETTERS * digits


def _x(layout: PageLayout, points: float) -> float:
    return points / layout.page.width_pt


def _under(
    layout: PageLayout,
    upper: Phrase,
    min_left: float,
    max_gap: float,
    max_left: float | None = None,
    min_gap: float = -0.3,
    past_captions: bool = False,
) -> Phrase | None:
    """The phrase on the next row starting under `upper` (left edge within its span, or before
    `max_left`), at most `max_gap` heights down: the taller one's, of print up to twice
    `upper`'s (a form's small caption over the bigger type of its value). It may reach up
    `min_gap` of `upper`'s heights into it (a line set a little high). `past_captions`: other
    boxes' captions on the way are passed over (the next column's, in a wide box)."""
    right = upper.box.right if max_left is None else max_left
    for row in layout.rows[upper.row : upper.row + 1 + UNDER_ROWS]:
        for phrase in row:
            if past_captions and _numbered_label(phrase):
                continue
            gap = layout.vgap_pt(upper, phrase)
            if phrase.row == upper.row and gap <= 0:
                continue  # upper's row holds a line under it when a tall phrase beside
                # spans both ("Rental Agreement #" over its number, the shop's name beside)
            unit = min(max(upper.height_pt, phrase.height_pt), 2 * upper.height_pt)
            if gap > max_gap * unit:
                continue  # too far down; a phrase of the row printed higher may be close
            if min_left <= phrase.box.left < right and gap > min_gap * upper.height_pt:
                return phrase
    return None


def _right_under(layout: PageLayout, phrase: Phrase) -> Phrase | None:
    """The phrase right under a label, starting under it (a value, or the next label), as
    BELOW reads it."""
    min_left = phrase.box.left - BELOW_INDENT * _x(layout, phrase.height_pt)
    return _under(layout, phrase, min_left, BELOW_GAP)


def _down_column(
    layout: PageLayout, upper: Phrase, min_left: float, max_left: float
) -> Phrase | None:
    """The first phrase under `upper` starting in its column (left edge in [min_left,
    max_left)), over rows that print nothing there (a tall box beside a stack of small ones),
    within CAPTION_FAR heights; None when something else crosses the column first."""
    for row in layout.rows[upper.row + 1 : upper.row + 1 + CAPTION_ROWS]:
        for phrase in row:
            if layout.vgap_pt(upper, phrase) > CAPTION_FAR * upper.height_pt:
                return None
            if min_left <= phrase.box.left < max_left:
                return phrase
            if phrase.box.left < max_left and phrase.box.right > min_left:
                return None  # a wider line crosses the column: the box has ended
    return None


# -- PREFIX ------------------------------------------------------------------------------------

_LABEL_WORD = re.compile(r"^[^\W\d_][^\W\d_.'&/-]*(?:['\u2019]s?)?\.?$|^#$|^[Nn][°º]\.?$|^№$")
# A number printed with its own label ("OMB No. 1545-0008", "Ref # 2231"): no other label's value.
_NUMBERED = re.compile(r"^(?:[A-Za-z][\w'-]*\.?\s+){1,3}(?:No\.?|Number|Nr\.?|#)\s*:?\s*\S*\d")
# A value of one word with three digits or more (a number, not a box's "1").
_NUMBER_WORD = re.compile(r"^(?=(?:\S*\d){3})\S+$")
# A value's start: a number, with a currency sign or a short prefix ("$12", "INV-2041"), or a
# masked number ("XXXXXX1147", "****0372").
_VALUE_START = re.compile(r"^[^\w\s]{0,2}[A-Z]{0,3}[^\w\s]{0,1}\d|^(?:[Xx*•]{2,}[-\s]?)+\d")
_CAPS_LABEL = re.compile(r"^[A-Z]{2,5}$")
# A year in brackets after a heading's words.
_YEAR_NOTE = re.compile(r"^\((?:19|20)\d{2}\)$")
_LABEL_NUMBER = re.compile(r"^\d{1,2}[a-z]?$")
# A code: letters and digits joined by dashes, with at least three digits, no decimals.
_CODE = re.compile(r"^#?(?=(?:\D*\d){3})[A-Za-z]*[-/#]?\d[\dA-Za-z-]*$")
PREFIX_PRIOR = -0.03
# "SEX M", "EYES BRN": a short capitalised word before a value without digits (identity cards).
CAPS_PRIOR = -0.06
# A card's code in capitals has at most this many letters ("BRN", "NONE", "BROWN").
CARD_CODE_CHARS = 5
_CONNECTIVES = frozenset({"to", "of", "for", "and", "or", "by", "from", "in", "on", "at", "the"})


def _prefix(phrase: Phrase, numbered: bool = False) -> Iterator[Candidate]:
    words = phrase.words
    for k in range(1, min(len(words), 5)):
        if not _LABEL_WORD.match(words[k - 1].text):
            break
        if numbered and k == len(words) - 1 and _LABEL_NUMBER.match(words[k].text):
            return
        if _VALUE_START.match(words[k].text):
            if k == len(words) - 1 and _YEAR_NOTE.match(words[k].text):
                return  # "Year to date (2023)": the label's year, not its value
            if k >= 2 and words[k - 1].text.isalpha() and spells_date(words[k - 1 : k + 2]):
                k -= 1  # "Statement period Jun 01, 2024 - ...": the month starts the value
            label = " ".join(w.text for w in words[:k])
            number = [words[k : k + 1]]
            after = " ".join(w.text for w in words[k + 1 :])
            if after and _CODE.match(words[k].text) and looks_like_phone(after):
                # "Payer's TIN 24-7493419 (386) 866-1210": the number, then the telephone
                yield make(label, number, phrase.page_index, Source.PREFIX, PREFIX_PRIOR)
                return
            yield make(label, [words[k:]], phrase.page_index, Source.PREFIX, PREFIX_PRIOR)
            if after and _CODE.match(words[k].text):
                # "Account 4410 Savings": the number alone too
                yield make(label, number, phrase.page_index, Source.PREFIX, PREFIX_PRIOR)
            if (
                k == 1
                and len(words) == 2
                and _CODE.match(words[1].text)
                and not spells_date(words[1:])
            ):
                # "Invoice INV-49856", "Order 10023": a document's name before a code is
                # that document's number ("ISSUED 09-15-2025" is a date)
                named = f"{label} No."
                code = words[1].text.removeprefix("#") or None  # "Ticket #T-999696"
                yield make(
                    named, [words[1:]], phrase.page_index, Source.PREFIX, PREFIX_PRIOR, value=code
                )
            return
    rest = [w.text.lower() for w in words[1:]]
    # A card's value is one word, a short code in capitals, or has digits ("SEX F", "EYES
    # BRN", "HGT 5-06", "WGT 150 lb", "MEMO Dinner"), unless its label is a two-letter code
    # ("FN DANIEL PATRICIA"); "BETTY KENNETH WILSON" and "DIEGO ELIZABETH" are names in
    # capitals, not a label and its value.
    one_value = (len(rest) == 1 and not _long_caps(words[1].text)) or any(
        ch.isdigit() for w in rest for ch in w
    )
    one_value = one_value or len(words[0].text) == 2
    if rest and all(w.rstrip(":") in LABEL_ENDS for w in rest):
        return  # "PO Number": one label
    if (
        2 <= len(words) <= 4
        and _CAPS_LABEL.match(words[0].text)
        and set(rest) - _CONNECTIVES
        and one_value
    ):
        yield make(words[0].text, [words[1:]], phrase.page_index, Source.PREFIX, CAPS_PRIOR)
    elif len(words) == 2 and _TITLE_WORD.match(words[0].text) and _SHORT_CODE.match(words[1].text):
        # "Class M", "Eyes BRN": a card's label in title case before a short code
        yield make(words[0].text, [words[1:]], phrase.page_index, Source.PREFIX, CAPS_PRIOR)


def _long_caps(word: str) -> bool:
    """A word in capitals too long for a card's code: a name ("ELIZABETH")."""
    return word.isupper() and len(word) > CARD_CODE_CHARS


_TITLE_WORD = re.compile(r"^[A-Z][a-z]{2,9}$")
_SHORT_CODE = re.compile(r"^[A-Z]{1,3}\d?$")


# -- numbered fields (identity cards) -------------------------------------------------------------
# A card shows at least this many numbered, abbreviated fields ("4d DL", "3 DOB") before its
# numbered lines are read as fields: "1 SMITH" alone is a list item, not a last name.
MIN_NUMBERED_FIELDS = 2
NUMBERED_PRIOR = -0.03


def _numbered_fields(layout: PageLayout) -> Iterator[Candidate]:
    found = [(p, numbered_pairs(p.words)) for p in layout.phrases()]
    inline = sum(is_field_label(label) for _, pairs in found for label, _ in pairs)
    # Captions over their values count where one has a card's lettered number ("4d IDN"): a
    # W-2's "3 Social security wages" is box 3, no date of birth.
    captions = [p.words[0].text for p, _ in found if _numbered_caption(p) is not None]
    if not any(number[-1:].isalpha() for number in captions):
        captions = []
    if inline + len(captions) < MIN_NUMBERED_FIELDS:
        return
    for phrase, pairs in found:
        for label, value in pairs:
            # "2 GIVEN NAME" is a caption over the name, "2 THOMAS" the name
            if value and not any(w.text.lower() == "name" for w in value):
                for candidate in _with_block(layout, label, phrase, value, Source.PREFIX):
                    yield replace(candidate, prior=NUMBERED_PRIOR)
        meaning = _numbered_caption(phrase)
        if meaning is not None and not _value_beside(layout, phrase):
            # "4d PERMIT NO" over the number: the licence number
            row = layout.rows[phrase.row]
            for candidate in _below(layout, row, phrase, meaning, True):
                yield replace(candidate, prior=NUMBERED_PRIOR)


# A card's value beside its caption is at most this many caption heights right of it.
BESIDE_GAP = 4.0


def _value_beside(layout: PageLayout, caption: Phrase) -> bool:
    """Whether a value stands close right of a card's caption ("9 CLASS  D"): the caption's
    value, so the line under it is another field's."""
    row = layout.rows[caption.row]
    after = next((p for p in row if p.box.left >= caption.box.right), None)
    if after is None or _numbered_caption(after) is not None:
        return False
    return (after.box.left - caption.box.right) * layout.page.width_pt <= (
        BESIDE_GAP * caption.height_pt
    )


def _numbered_caption(phrase: Phrase) -> str | None:
    """What a card's numbered caption with its value under it means by its number ("4d PERMIT
    NO" is the licence number, whatever the issuer calls it), or None."""
    words = [w.text for w in phrase.words]
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in "".join(words[1:])):
        return None
    return AAMVA_FIELDS.get(words[0].lower())
