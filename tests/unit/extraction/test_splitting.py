"""The splitter: documents in one file found by their page numbers and by what their pages are
about (real embedder, real PDF builder)."""

from __future__ import annotations

from openbda.document.pdf import build_pdf_document
from openbda.engines.embed.types import Embedder
from openbda.extraction.splitting import MAX_PAGES, page_number, split_pages
from openbda.samples import PageSpec, Run, make_pdf


def report(pages: int = 2, numbered: bool = True) -> list[PageSpec]:
    topics = [
        "Our revenue grew in every region this year, led by strong demand for services.",
        "Next year the company expects revenue to grow again as the board invests in plants.",
        "The board thanks the staff whose work made the growth of the company possible.",
    ]
    out = []
    for n in range(pages):
        runs = [
            Run(72, 72, "Annual Report 2025" if n == 0 else "Outlook", 18, bold=True),
            Run(72, 110, topics[n % len(topics)], 11),
        ]
        if numbered:
            runs.append(Run(290, 760, f"Page {n + 1} of {pages}", 9))
        out.append(PageSpec(runs=runs))
    return out


def invoice() -> PageSpec:
    return PageSpec(
        runs=[
            Run(72, 72, "INVOICE", 20, bold=True),
            Run(72, 110, "Invoice number: INV-88", 11),
            Run(72, 130, "Bill to: Contoso Ltd, 1 Harbour Road", 11),
            Run(72, 150, "Total due: 120.00 EUR", 11),
        ]
    )


def payslip() -> PageSpec:
    return PageSpec(
        runs=[
            Run(72, 72, "PAYSLIP", 20, bold=True),
            Run(72, 110, "Employee: Jane Smith", 11),
            Run(72, 130, "Pay period: 01/03/2026 - 31/03/2026", 11),
            Run(72, 150, "Net pay: 2,310.55", 11),
        ]
    )


def test_page_numbers_are_read_from_page_number_elements() -> None:
    document = build_pdf_document(make_pdf(report(2)))
    assert [page_number(p) for p in document.pages] == [(1, 2), (2, 2)]


def test_a_package_splits_into_its_documents(embedder: Embedder) -> None:
    document = build_pdf_document(make_pdf([*report(2), invoice(), payslip(), *report(3)]))
    assert split_pages(document, embedder) == [(0, 1), (2, 2), (3, 3), (4, 6)]


def test_page_numbers_alone_split_without_an_embedder() -> None:
    document = build_pdf_document(make_pdf([*report(2), *report(3)]))
    assert split_pages(document, None) == [(0, 1), (2, 4)]
    # Nothing to go by: one document.
    plain = build_pdf_document(make_pdf([*report(2, numbered=False), invoice()]))
    assert split_pages(plain, None) == [(0, 2)]


def test_unnumbered_pages_about_one_thing_stay_together(embedder: Embedder) -> None:
    document = build_pdf_document(make_pdf([*report(3, numbered=False), invoice()]))
    assert split_pages(document, embedder) == [(0, 2), (3, 3)]


def test_no_document_is_longer_than_bda_allows() -> None:
    pages = [PageSpec(runs=[Run(72, 72, f"Line {n} of a long ledger", 11)]) for n in range(45)]
    ranges = split_pages(build_pdf_document(make_pdf(pages)), None)
    assert ranges == [(0, MAX_PAGES - 1), (MAX_PAGES, 2 * MAX_PAGES - 1), (2 * MAX_PAGES, 44)]
