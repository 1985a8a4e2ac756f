"""Forms that print each small caption under its value, not over it.

Most forms put a box's caption in small print over what is typed into the box. Some print the
value first and the caption along the box's bottom edge (a W-2 employee copy with
"681-45-8829" over "a Employee's social security number"). Gaps do not tell the two apart: a
value between two captions is as close to either. The boxes do: where the document builder
found the form's ruled boxes as a table, each cell's text reads in order, so a cell "681-45-8829
a Employee's social security number" says the caption comes last. On such a page a caption's
value is the block of lines right over it.
"""

from __future__ import annotations

from openbda.document.model import ElementType, Page
from openbda.extraction.offline.layout import SMALLER_PRINT, PageLayout, Phrase, similar_print
from openbda.extraction.offline.shapes import box_number_length, is_bare_box_number

# A caption's value is at most this many caption heights over it (the lines of a name and
# address sit at the top of a tall box), and its block's lines at most this many line heights
# apart.
VALUE_GAP = 6.0
LINE_GAP = 0.8
# A value's print is at most this many times its caption's (taller print is a title).
VALUE_SCALE = 2.5
# Two captions in print of this many points apart are in the same print.
SAME_PRINT = 1.0
# Lines of a value block: at most this many.
BLOCK_LINES = 4
# How far (caption heights) a value may start left of its caption.
INDENT = 1.0
# Rows between a phrase and the next one in its column (other columns' rows may come between).
ROWS = 4
# A caption's letters to each digit (a box's number aside): "12 See instructions for box 12".
CAPTION_LETTERS = 3
# A page reads its captions under their values with at least this many boxes saying so.
MIN_BOXES = 2


def captions_under(layout: PageLayout) -> bool:
    """Whether the page prints its captions under their values: more of its boxes (the cells
    of its tables) hold a value over a numbered caption than a caption then a value, or else
    its captions sit much nearer the value over them than the value under them."""
    under, over = _boxes_say(layout)
    if under == over == 0:
        under, over = _gaps_say(layout)
        return under >= MIN_CAPTIONS and under > CLEAR * over
    return under >= MIN_BOXES and under > over


# Without boxes, the gaps decide: a caption is the value's it is this much nearer to (a card
# printing "M0044036" right over "DL NO." and the next value well under it), and the page
# needs this many captions saying "under", and this many times more than say "over".
NEARER = 0.5
MIN_CAPTIONS = 3
CLEAR = 2


def _gaps_say(layout: PageLayout) -> tuple[int, int]:
    """Of the captions between two values in bigger print, how many sit right under the value
    over them, and how many right over the value under them (a caption with a value on one
    side only, an empty box's, says nothing)."""
    under = over = 0
    for caption in layout.phrases():
        if not _caption(caption):
            continue
        above = value_over(layout, caption)
        below = _value_under(layout, caption)
        if not above or below is None:
            continue
        up, down = layout.vgap_pt(above[-1], caption), layout.vgap_pt(caption, below)
        if up < NEARER * down:
            under += 1
        elif down < NEARER * up:
            over += 1
    return under, over


def _value_under(layout: PageLayout, caption: Phrase) -> Phrase | None:
    """The nearest phrase under a caption, starting in its column, that may be its value."""
    right = _box_right(layout, caption)
    min_left = caption.box.left - INDENT * caption.height_pt / layout.page.width_pt
    for row in layout.rows[caption.row + 1 : caption.row + 1 + ROWS]:
        for other in row:
            gap = layout.vgap_pt(caption, other)
            if -0.3 * caption.height_pt < gap <= VALUE_GAP * caption.height_pt and (
                min_left <= other.box.left < right
            ):
                return other if _value_of(other, caption) else None
    return None


def _boxes_say(layout: PageLayout) -> tuple[int, int]:
    """How many of the page's boxes hold a value then its numbered caption, and how many a
    numbered caption then its value."""
    captions = [p for p in layout.phrases() if _numbered_caption(p)]
    under = over = 0
    for cell in _cells(layout.page):
        for caption in captions:
            if cell.startswith(caption.text + " "):
                over += 1
            elif cell.endswith(" " + caption.text) and _over_in_cell(layout, caption, cell):
                under += 1
    return under, over


def _over_in_cell(layout: PageLayout, caption: Phrase, cell: str) -> bool:
    """Whether the cell's text before the caption ends with the lines printed right over it
    (not with a value beside it that a loose table put in the same cell)."""
    block = value_over(layout, caption)
    before = cell[: -len(caption.text)].strip()
    return bool(block) and before.endswith(" ".join(p.text for p in block))


def _cells(page: Page) -> set[str]:
    """The texts of the page's table cells, each once (a cell spanning columns repeats)."""
    return {
        cell
        for element in page.elements
        if element.type is ElementType.TABLE
        for row in element.rows
        for cell in row
    }


def _numbered_caption(phrase: Phrase) -> bool:
    """A caption after a box's number or letter ("a Employee's social security number")."""
    texts = [w.text for w in phrase.words]
    return 0 < box_number_length(texts) < len(texts) and _caption(phrase)


def value_over(layout: PageLayout, caption: Phrase) -> list[Phrase]:
    """The block of lines right over a caption, starting within its span, in bigger print than
    the caption (a title's far bigger print is none), top to bottom; [] if there is none."""
    right = _box_right(layout, caption)
    first = _next_above(layout, caption, caption, VALUE_GAP * caption.height_pt, right)
    if first is None or not _value_of(first, caption) or _labels_beside(layout, first):
        return []
    block = [first]
    while len(block) < BLOCK_LINES:
        line = _next_above(layout, block[-1], first, LINE_GAP * first.height_pt, first.box.right)
        if line is None or not _value_of(line, caption) or not similar_print(line, first):
            break  # a caption's block is in one print ("M0044036" under a smaller address)
        block.append(line)
    return block[::-1]


# A label's value starts at most this many of its heights right of it.
BESIDE = 3.0


def _labels_beside(layout: PageLayout, phrase: Phrase) -> bool:
    """Whether a line of words is a label with its value right beside it on its row: the
    caption's other language over it ("CONCEPTO  Préstamo" over "MEMO" on a bilingual check),
    no value of the caption's."""
    if not _caption(phrase):
        return False
    reach = phrase.box.right + BESIDE * phrase.height_pt / layout.page.width_pt
    return any(phrase.box.right <= p.box.left <= reach for p in layout.rows[phrase.row])


def _box_right(layout: PageLayout, caption: Phrase) -> float:
    """Where a caption's box ends on the right: at the next caption in its print to its right,
    on its row or in the rows over it (the next column of boxes). An amount set at the box's
    right edge may start past its caption's end."""
    indent = INDENT * caption.height_pt / layout.page.width_pt
    return min(
        (
            p.box.left
            for row in layout.rows[max(0, caption.row - ROWS) : caption.row + 1]
            for p in row
            if p.box.left > caption.box.left + indent
            and abs(p.height_pt - caption.height_pt) < SAME_PRINT
            and _caption(p)
        ),
        default=1.0,
    )


def _caption(phrase: Phrase) -> bool:
    """Words, a box number aside: what a caption looks like."""
    texts = [w.text for w in phrase.words]
    text = " ".join(texts[box_number_length(texts) :])
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 and letters >= CAPTION_LETTERS * sum(c.isdigit() for c in text)


def _value_of(phrase: Phrase, caption: Phrase) -> bool:
    """Whether a phrase may be a caption's value: in bigger print, short of a title's, and not
    the box's number printed over its caption ("Box 1" over "Rents")."""
    return (
        SMALLER_PRINT * phrase.height_pt > caption.height_pt
        and phrase.height_pt <= VALUE_SCALE * caption.height_pt
        and not is_bare_box_number(phrase.text)
    )


def _next_above(
    layout: PageLayout, phrase: Phrase, column: Phrase, max_gap: float, right: float
) -> Phrase | None:
    """The nearest phrase over `phrase` that starts from a little left of `column` to `right`,
    at most `max_gap` points over it."""
    min_left = column.box.left - INDENT * column.height_pt / layout.page.width_pt
    for row in layout.rows[max(0, phrase.row - ROWS) : phrase.row][::-1]:
        for other in row:
            gap = layout.vgap_pt(other, phrase)
            if -0.3 * phrase.height_pt < gap <= max_gap and (min_left <= other.box.left < right):
                return other
    return None
