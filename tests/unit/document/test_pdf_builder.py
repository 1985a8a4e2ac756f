"""The text-layer PDF builder on PDFs written by the test itself."""

from __future__ import annotations

import pytest

from openbda.document.errors import DocumentError
from openbda.document.model import Document, ElementType, SubType
from openbda.document.pdf import build_pdf_document
from openbda.samples import PageSpec, Run, make_pdf


def build(*pages: PageSpec, **kwargs: int) -> Document:
    return build_pdf_document(make_pdf(list(pages)), **kwargs)


def lines_at(x: float, top: float, texts: list[str], size: float = 10.0) -> list[Run]:
    return [Run(x, top + 13.0 * i, text, size) for i, text in enumerate(texts)]


def kinds(doc: Document, page: int = 0) -> list[tuple[SubType | None, str]]:
    return [(e.sub_type, e.text) for e in doc.pages[page].elements]


def test_single_column_paragraphs() -> None:
    first = ["The quick brown fox jumps over the lazy dog", "and keeps running far away."]
    second = ["A second paragraph follows after a gap.", "It has two lines as well."]
    doc = build(PageSpec(runs=lines_at(72, 100, first) + lines_at(72, 150, second)))
    assert doc.file_type == "PDF" and doc.page_count == 1
    assert kinds(doc) == [
        (SubType.PARAGRAPH, "\n".join(first)),
        (SubType.PARAGRAPH, "\n".join(second)),
    ]
    page = doc.pages[0]
    assert (page.width_pt, page.height_pt) == (612.0, 792.0)
    element = page.elements[0]
    assert element.type is ElementType.TEXT
    assert [line.text for line in element.lines] == first
    assert [w.text for w in element.lines[0].words][:3] == ["The", "quick", "brown"]
    assert element.box.left == pytest.approx(72 / 612, abs=0.002)
    assert element.box.top == pytest.approx(100 / 792, abs=0.005)
    # Page-level lines and words are the elements' ones, in reading order.
    assert page.lines == tuple(line for e in page.elements for line in e.lines)
    assert page.words == tuple(w for line in page.lines for w in line.words)
    for word in page.words:
        assert 0 <= word.box.left <= word.box.right <= 1
        assert 0 <= word.box.top <= word.box.bottom <= 1
        assert word.confidence == 1.0


def test_two_columns_with_interleaved_content_stream() -> None:
    left = ["Left column first line of text", "left column second line here", "left third"]
    right = ["Right column first line of text", "right column second line", "right third"]
    closing = "This closing paragraph spans the full width of the page below both of the columns."
    runs = [Run(72, 60, "Two Column Study", 22, bold=True)]
    for i in range(3):  # draw the columns line by line across the page
        runs.append(Run(72, 120 + 13.0 * i, left[i], 10))
        runs.append(Run(330, 120 + 13.0 * i, right[i], 10))
    runs.append(Run(72, 250, closing, 10))
    doc = build(PageSpec(runs=runs))
    assert kinds(doc) == [
        (SubType.TITLE, "Two Column Study"),
        (SubType.PARAGRAPH, "\n".join(left)),
        (SubType.PARAGRAPH, "\n".join(right)),
        (SubType.PARAGRAPH, closing),
    ]


def test_title_headers_paragraphs_page_number_and_running_text() -> None:
    runs = [
        Run(72, 30, "ACME Annual Report 2024", 8),
        Run(72, 70, "Annual Report", 22, bold=True),
        Run(72, 120, "1 Introduction", 14, bold=True),
        *lines_at(72, 145, ["This report covers the year.", "It is short."]),
        Run(72, 200, "1.1 Scope", 10, bold=True),
        *lines_at(72, 216, ["Everything the company did."]),
        Run(72, 765, "Confidential", 8),
        Run(300, 765, "3", 9),
    ]
    doc = build(PageSpec(runs=runs))
    assert kinds(doc) == [
        (SubType.HEADER, "ACME Annual Report 2024"),
        (SubType.TITLE, "Annual Report"),
        (SubType.SECTION_HEADER, "1 Introduction"),
        (SubType.PARAGRAPH, "This report covers the year.\nIt is short."),
        (SubType.SECTION_HEADER, "1.1 Scope"),
        (SubType.PARAGRAPH, "Everything the company did."),
        (SubType.FOOTER, "Confidential"),
        (SubType.PAGE_NUMBER, "3"),
    ]


def test_title_only_on_the_first_page() -> None:
    body = ["Body text is what most of the characters", "on these pages are set in."]
    page = PageSpec(runs=[Run(72, 70, "Big Words", 22, bold=True), *lines_at(72, 120, body)])
    doc = build(page, page)
    assert doc.pages[0].elements[0].sub_type is SubType.TITLE
    assert doc.pages[1].elements[0].sub_type is SubType.SECTION_HEADER


def test_list_items_keep_their_markers() -> None:
    runs = [
        *lines_at(72, 100, ["Things to remember:"]),
        Run(80, 120, "\u2022", 10),
        Run(100, 120, "First item", 10),
        Run(80, 133, "\u2022", 10),
        Run(100, 133, "Second item", 10),
    ]
    doc = build(PageSpec(runs=runs))
    assert [e.text for e in doc.pages[0].elements] == [
        "Things to remember:",
        "\u2022 First item",
        "\u2022 Second item",
    ]


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_rotated_pages_are_read_as_displayed(rotate: int) -> None:
    texts = ["Rotated pages read upright", "in their displayed orientation"]
    doc = build(PageSpec(rotate=rotate, runs=lines_at(72, 100, texts, 12)))
    page = doc.pages[0]
    width, height = (792.0, 612.0) if rotate in (90, 270) else (612.0, 792.0)
    assert (page.width_pt, page.height_pt) == (width, height)
    (element,) = page.elements
    assert element.text == "\n".join(texts)
    assert element.box.left == pytest.approx(72 / width, abs=0.003)
    assert element.box.top == pytest.approx(100 / height, abs=0.01)
    first, second = element.lines
    assert first.box.top < second.box.top
    assert [w.box.left for w in first.words] == sorted(w.box.left for w in first.words)


def test_media_box_not_at_the_origin() -> None:
    moved = build(PageSpec(origin=(100.0, 50.0), runs=lines_at(72, 100, ["Shifted box"])))
    plain = build(PageSpec(runs=lines_at(72, 100, ["Shifted box"])))
    assert moved.pages[0].elements[0].box == pytest.approx(plain.pages[0].elements[0].box)


def test_text_outside_the_page_is_dropped() -> None:
    doc = build(PageSpec(runs=[Run(72, 100, "visible", 10), Run(700, 100, "hidden", 10)]))
    assert [w.text for w in doc.pages[0].words] == ["visible"]


def test_empty_page_has_no_elements() -> None:
    doc = build(PageSpec(), PageSpec(runs=lines_at(72, 100, ["text"])))
    assert doc.page_count == 2
    assert doc.pages[0].elements == ()
    assert doc.pages[1].elements[0].page_index == 1


def test_building_twice_gives_the_same_document() -> None:
    data = make_pdf([PageSpec(runs=lines_at(72, 100, ["same", "again"]))])
    assert build_pdf_document(data) == build_pdf_document(data)


def test_zero_byte_file() -> None:
    with pytest.raises(DocumentError, match="empty"):
        build_pdf_document(b"")


def test_garbage_bytes() -> None:
    with pytest.raises(DocumentError, match="not a PDF"):
        build_pdf_document(b"\x00\x01garbage that is not a document" * 10)


def test_truncated_pdf() -> None:
    data = make_pdf([PageSpec(runs=lines_at(72, 100, ["cut short"]))])
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        build_pdf_document(data[: len(data) // 2])


def test_corrupt_pdf_with_header_only() -> None:
    with pytest.raises(DocumentError, match="corrupt or truncated"):
        build_pdf_document(b"%PDF-1.7\n" + b"\x00" * 200)


def test_encrypted_pdf() -> None:
    data = make_pdf([PageSpec(runs=lines_at(72, 100, ["secret"]))], encrypt=True)
    with pytest.raises(DocumentError, match="encrypted; BDA does not accept password-protected"):
        build_pdf_document(data)


def test_too_many_pages() -> None:
    data = make_pdf([PageSpec()] * 4)
    with pytest.raises(DocumentError, match="4 pages; at most 3"):
        build_pdf_document(data, max_pages=3)
    assert build_pdf_document(data, max_pages=4).page_count == 4


@pytest.mark.parametrize(("width", "height"), [(9001.0, 792.0), (612.0, 30.0)])
def test_page_size_limits(width: float, height: float) -> None:
    with pytest.raises(DocumentError, match="between 40 and 9000 points"):
        build(PageSpec(width=width, height=height))


def test_page_sizes_at_the_limits_are_accepted() -> None:
    doc = build(PageSpec(width=9000.0, height=40.0))
    assert (doc.pages[0].width_pt, doc.pages[0].height_pt) == (9000.0, 40.0)
