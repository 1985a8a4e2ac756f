"""Layout analysis on hand-placed words (no PDF involved)."""

from __future__ import annotations

from openbda.document import layout
from openbda.document.layout import BodyStyle, WordBox
from openbda.document.model import SubType

BODY = BodyStyle(size=10.0, bold=False)


def words(x: float, y: float, text: str, size: float = 10.0, bold: bool = False) -> list[WordBox]:
    """One line of words starting at (x, y): 5pt per character, one space between words."""
    out = []
    for token in text.split():
        width = 5.0 * len(token)
        out.append(WordBox(token, x, y, x + width, y + size * 1.2, size, bold))
        x += width + 3.0
    return out


def paragraph(x: float, y: float, lines: list[str]) -> list[WordBox]:
    return [w for i, line in enumerate(lines) for w in words(x, y + 13.0 * i, line)]


def order(all_words: list[WordBox], height: float = 792.0) -> list[str]:
    lines = layout.group_lines(all_words)
    blocks = layout.group_blocks(lines, layout.line_spacing(lines))
    layout.classify_blocks(blocks, page_height=height, body=BODY, find_title=True)
    return [b.text for b in layout.reading_order(blocks, BODY, height)]


def test_words_on_one_baseline_form_a_line_and_big_gaps_split_it() -> None:
    line = words(72, 100, "left side") + words(400, 100, "far right")
    lines = layout.group_lines(line)
    assert [ln.text for ln in lines] == ["left side", "far right"]


def test_list_marker_stays_with_its_item() -> None:
    item = [WordBox("\u2022", 80, 100, 84, 112, 10, False), *words(110, 100, "first item")]
    assert [ln.text for ln in layout.group_lines(item)] == ["\u2022 first item"]


def test_columns_are_read_one_after_the_other() -> None:
    left = paragraph(72, 200, ["left one", "left two", "left three"])
    right = paragraph(330, 200, ["right one", "right two"])
    title = words(72, 100, "A title across the whole width of the page spanning both", 10)
    texts = order(title + right + left)
    assert texts == [
        "A title across the whole width of the page spanning both",
        "left one\nleft two\nleft three",
        "right one\nright two",
    ]


def test_full_width_block_between_column_sections_stays_in_place() -> None:
    top_left = paragraph(72, 100, ["a1", "a2"])
    top_right = paragraph(330, 100, ["b1", "b2"])
    middle = words(72, 200, "a wide block that crosses the gutter between the columns here")
    bottom_left = paragraph(72, 300, ["c1"])
    bottom_right = paragraph(330, 300, ["d1"])
    texts = order(bottom_right + middle + top_right + bottom_left + top_left)
    assert texts == ["a1\na2", "b1\nb2", middle_text(middle), "c1", "d1"]


def middle_text(ws: list[WordBox]) -> str:
    return " ".join(w.text for w in ws)


def test_column_ending_early_is_still_read_as_a_column() -> None:
    # Left column runs on below the right column's end: both are one section.
    left = paragraph(72, 100, ["l1", "l2"]) + paragraph(72, 160, ["l3", "l4"])
    right = paragraph(330, 100, ["r1", "r2"])
    assert order(right + left) == ["l1\nl2", "l3\nl4", "r1\nr2"]


def test_margin_text_becomes_header_footer_and_page_number() -> None:
    header = words(72, 30, "Running head", 8)
    body = paragraph(72, 200, ["body text line", "body text line"])
    folio = words(300, 760, "Page 4 of 9", 8)
    footer = words(72, 760, "Confidential", 8)
    lines = layout.group_lines(header + body + folio + footer)
    blocks = layout.group_blocks(lines)
    layout.classify_blocks(blocks, page_height=792, body=BODY, find_title=False)
    kinds = {b.text: b.sub_type for b in blocks}
    assert kinds == {
        "Running head": SubType.HEADER,
        "body text line\nbody text line": SubType.PARAGRAPH,
        "Page 4 of 9": SubType.PAGE_NUMBER,
        "Confidential": SubType.FOOTER,
    }
    ordered = [b.text for b in layout.reading_order(blocks, BODY, 792)]
    assert ordered == [
        "Running head",
        "body text line\nbody text line",
        "Confidential",
        "Page 4 of 9",
    ]


def test_text_close_to_the_body_is_not_a_header() -> None:
    first = words(72, 60, "First line of the body")
    rest = paragraph(72, 73, ["second line", "third line"])
    lines = layout.group_lines(first + rest)
    blocks = layout.group_blocks(lines)
    layout.classify_blocks(blocks, page_height=792, body=BODY, find_title=False)
    assert [b.sub_type for b in blocks] == [SubType.PARAGRAPH]


def test_title_needs_to_be_the_largest_text_near_the_top() -> None:
    title = words(72, 80, "Big Title", 24, bold=True)
    heading = words(72, 140, "Heading", 14, bold=True)
    body = paragraph(72, 170, ["body", "body"])
    lines = layout.group_lines(title + heading + body)
    blocks = layout.group_blocks(lines)
    layout.classify_blocks(blocks, page_height=792, body=BODY, find_title=True)
    assert [b.sub_type for b in blocks] == [
        SubType.TITLE,
        SubType.SECTION_HEADER,
        SubType.PARAGRAPH,
    ]
    # The same size repeated further down the page is a heading style, not a title.
    later = words(72, 600, "Another Big One", 24, bold=True)
    blocks = layout.group_blocks(layout.group_lines(title + body + later))
    layout.classify_blocks(blocks, page_height=792, body=BODY, find_title=True)
    assert SubType.TITLE not in {b.sub_type for b in blocks}


def test_bold_body_sized_line_is_a_section_header_only_when_body_is_not_bold() -> None:
    lines = layout.group_lines(words(72, 300, "Scope", bold=True) + paragraph(72, 320, ["x y"]))
    blocks = layout.group_blocks(lines)
    layout.classify_blocks(blocks, page_height=792, body=BODY, find_title=False)
    assert blocks[0].sub_type is SubType.SECTION_HEADER
    blocks = layout.group_blocks(layout.group_lines(words(72, 300, "Scope", bold=True)))
    bold_body = BodyStyle(size=10.0, bold=True)
    layout.classify_blocks(blocks, page_height=792, body=bold_body, find_title=False)
    assert blocks[0].sub_type is SubType.PARAGRAPH


def test_loose_leading_does_not_split_paragraphs() -> None:
    # Lines 20pt apart with 12pt-high boxes: gaps of 2/3 of a line everywhere, i.e. leading.
    loose = [w for i in range(6) for w in words(72, 100 + 20.0 * i, f"line {i}")]
    lines = layout.group_lines(loose)
    assert layout.line_spacing(lines) == 0.65
    assert len(layout.group_blocks(lines, layout.line_spacing(lines))) == 1
    assert len(layout.group_blocks(lines)) == 6


def test_first_line_indent_after_a_short_line_starts_a_paragraph() -> None:
    first = paragraph(72, 100, ["a full width line of text here", "short end"])
    second = words(92, 126, "indented start of the next one") + words(72, 139, "and more")
    blocks = layout.group_blocks(layout.group_lines(first + second))
    assert [b.text for b in blocks] == [
        "a full width line of text here\nshort end",
        "indented start of the next one\nand more",
    ]


def test_a_line_does_not_join_a_block_past_a_line_between_them() -> None:
    # Centred receipt header as OCR boxes it: the taller third line overlaps its neighbours.
    head = paragraph(72, 100, ["Corner Shop Ltd", "12 High Street"])
    town = words(60, 124, "Springfield Market Town", size=14.0)
    after = words(80, 129, "Tel 555 0100")
    lines = layout.group_lines(head + town + after)
    blocks = layout.group_blocks(lines)
    texts = [line.text for block in layout.reading_order(blocks, BODY, 792) for line in block.lines]
    assert texts == [
        "Corner Shop Ltd",
        "12 High Street",
        "Springfield Market Town",
        "Tel 555 0100",
    ]


def test_bulleted_and_numbered_items_are_list_elements() -> None:
    intro = paragraph(72, 100, ["The plan has three parts:"])
    bullets = [WordBox("\u2022", 80, 120 + 14 * i, 84, 132 + 14 * i, 10, False) for i in range(2)]
    items = words(92, 120, "first part") + words(92, 134, "second part")
    numbered = words(72, 170, "1. Sign the form") + words(72, 184, "2. Return it")
    after = paragraph(72, 220, ["-5 degrees is the lowest reading."])
    heading = words(72, 260, "3. Results", 14, bold=True)
    lines = layout.group_lines([*intro, bullets[0], *items[:2], bullets[1], *items[2:]])
    lines += layout.group_lines(numbered + after + heading)
    blocks = layout.group_blocks(lines)
    layout.classify_blocks(blocks, page_height=792, body=BODY, find_title=False)
    assert [(b.text, b.sub_type) for b in blocks] == [
        ("The plan has three parts:", SubType.PARAGRAPH),
        ("\u2022 first part", SubType.LIST),
        ("\u2022 second part", SubType.LIST),
        ("1. Sign the form", SubType.LIST),
        ("2. Return it", SubType.LIST),
        ("-5 degrees is the lowest reading.", SubType.PARAGRAPH),
        ("3. Results", SubType.SECTION_HEADER),
    ]
