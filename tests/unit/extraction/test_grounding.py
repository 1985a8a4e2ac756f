"""Grounding values to the words they were read from, on documents built by the real PDF
builder."""

from __future__ import annotations

import pytest

from openbda.document.pdf import build_pdf_document
from openbda.extraction.grounding import Grounder, key
from openbda.samples import PageSpec, Run, make_pdf, sample_invoice_pdf


@pytest.fixture(scope="module")
def invoice() -> Grounder:
    return Grounder(build_pdf_document(sample_invoice_pdf()))


def texts(located: object) -> list[str]:
    return [w.text for w in getattr(located, "words", ())]


def test_key_keeps_letters_and_digits_upper_cased() -> None:
    assert key("No. 53, Jalan") == "NO53JALAN"
    assert key(" -- ") == ""


def test_an_exact_value_is_its_words(invoice: Grounder) -> None:
    found = invoice.locate("Northwind Supplies Ltd")
    assert found is not None and found.score == 1.0
    assert texts(found) == ["Northwind", "Supplies", "Ltd."]
    [evidence] = found.evidence
    assert evidence.page_index == 0
    box = evidence.box
    assert 0 < box.left < box.right < 1 and 0 < box.top < box.bottom < 0.3
    assert evidence.vertices[0] == (box.left, box.top)
    assert evidence.vertices[2] == (box.right, box.bottom)


def test_punctuation_and_case_do_not_matter(invoice: Grounder) -> None:
    found = invoice.locate("inv 2041")
    assert found is not None and texts(found) == ["INV-2041"] and found.score == 1.0


def test_a_value_inside_a_word_scores_less(invoice: Grounder) -> None:
    found = invoice.locate("2041")
    assert found is not None and texts(found) == ["INV-2041"]
    assert found.score == pytest.approx(0.9)


def test_a_misread_value_is_found_by_similarity(invoice: Grounder) -> None:
    found = invoice.locate("Northwlnd Suppl1es Ltd")
    assert found is not None and texts(found) == ["Northwind", "Supplies", "Ltd."]
    assert 0.75 <= found.score < 1.0


def test_values_nowhere_on_the_page_are_not_located(invoice: Grounder) -> None:
    assert invoice.locate("Fabrikam Holdings") is None
    assert invoice.locate("7") is None  # too short to match loosely, and not printed
    assert invoice.locate("") is None


def test_a_value_over_two_lines_has_a_box_per_line() -> None:
    runs = [Run(72, 72, "Ship to: 12 High Street", 11), Run(72, 86, "Leith EH6 7AA", 11)]
    grounder = Grounder(build_pdf_document(make_pdf([PageSpec(runs=runs)])))
    found = grounder.locate("12 High Street, Leith EH6 7AA")
    assert found is not None and found.score == 1.0
    first, second = found.evidence
    assert first.box.bottom <= second.box.top + 1e-6
    assert texts(found) == ["12", "High", "Street", "Leith", "EH6", "7AA"]


def test_only_the_segments_pages_are_searched() -> None:
    pages = [PageSpec(runs=[Run(72, 72, f"Page {n} total 10{n}.00", 11)]) for n in range(3)]
    document = build_pdf_document(make_pdf(pages))
    assert Grounder(document).locate("101.00") is not None
    found = Grounder(document, pages=[2]).locate("total 102.00")
    assert found is not None and found.evidence[0].page_index == 2
    assert Grounder(document, pages=[2]).locate("101.00") is None


def test_similar_text_with_other_numbers_is_not_the_value() -> None:
    runs = [Run(72, 72, "Ship to: 12 High Street", 11)]
    grounder = Grounder(build_pdf_document(make_pdf([PageSpec(runs=runs)])))
    assert grounder.locate("13 High Street") is None
    assert grounder.locate("12 Hihg Street") is not None
