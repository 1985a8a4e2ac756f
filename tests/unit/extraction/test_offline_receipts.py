"""Point-of-sale receipts the way shops print them: the offline backend's letterhead (the
issuer's printed name and address under handwritten notes), the amount paid among the many
totals, a date glued to its time, free-text confidences, and receipts that call themselves a
"TAX INVOICE" classified as receipts. Documents built with openbda.samples and read by the real
PDF builder."""

from __future__ import annotations

import functools

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.catalog import catalog
from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.engines.embed.types import Embedder
from openbda.extraction.matching import MIN_MATCH
from openbda.extraction.offline import OfflineClassifier, OfflineExtractor
from openbda.extraction.offline.layout import page_layout
from openbda.extraction.offline.letterhead import letterhead_candidates
from openbda.extraction.offline.scoring import confidence
from openbda.extraction.offline.totals import amount_of
from openbda.extraction.types import LeafResult
from openbda.samples import PageSpec, Run, make_pdf
from tests.unit.extraction.printed import cues

CATALOG = {c.suffix: c.schema for c in catalog()}


@pytest.fixture(scope="module")
def classifier(embedder: Embedder) -> OfflineClassifier:
    return OfflineClassifier(embedder)


def _till_roll(runs: list[Run]) -> Document:
    return build_pdf_document(make_pdf([PageSpec(width=240, height=620, runs=runs)]))


@functools.cache
def shop_receipt() -> Document:
    """A scanned-style till receipt: a handwritten note over a two-line printed name with its
    registration number, a three-line address, phone and tax lines, "TAX INVOICE", a date run
    into its time, items, a subtotal, a total, a rounding adjustment, the total after
    rounding, cash and change, then a tax summary with its own total."""
    return _till_roll(
        [
            Run(20, 12, "kept for claim", 16),
            Run(40, 50, "CORNER BOOK", 12, bold=True),
            Run(40, 65, "CO. (M) SDN BHD", 12, bold=True),
            Run(40, 81, "(123456-X)", 8),
            Run(40, 93, "NO 8, JALAN MERANTI 3,", 8),
            Run(40, 104, "TAMAN SERI INDAH,", 8),
            Run(40, 115, "56000 KUALA LUMPUR", 8),
            Run(40, 126, "TEL: 03-1234 5678", 8),
            Run(40, 137, "GST ID: 001122334455", 8),
            Run(70, 155, "TAX INVOICE", 10, bold=True),
            Run(20, 172, "04/03/201815:41:52", 8),
            Run(20, 184, "CASHIER: AMY", 8),
            Run(20, 205, "NOTEBOOK A5", 8),
            Run(180, 205, "12.50", 8),
            Run(20, 217, "GEL PEN BLUE 2 @ 3.10", 8),
            Run(180, 217, "6.20", 8),
            Run(20, 235, "SUBTOTAL", 8),
            Run(180, 235, "18.70", 8),
            Run(20, 247, "TOTAL INCL. GST", 8),
            Run(180, 247, "19.82", 8),
            Run(20, 259, "ROUNDING ADJ", 8),
            Run(180, 259, "-0.02", 8),
            Run(20, 271, "TOTAL AFTER ROUNDING", 8),
            Run(180, 271, "19.80", 8),
            Run(20, 289, "CASH", 8),
            Run(180, 289, "50.00", 8),
            Run(20, 301, "CHANGE", 8),
            Run(180, 301, "30.20", 8),
            Run(20, 325, "GST SUMMARY", 8),
            Run(20, 337, "TOTAL", 8),
            Run(180, 337, "1.12", 8),
            Run(40, 370, "THANK YOU, PLEASE COME AGAIN", 8),
        ]
    )


def _results(extractor: OfflineExtractor, document: Document) -> dict[str, LeafResult]:
    results = extractor.extract(document, CATALOG["receipt"], [0])
    return {r.field.name: r for r in results if isinstance(r, LeafResult)}


def test_the_printed_name_under_a_handwritten_note(extractor: OfflineExtractor) -> None:
    got = _results(extractor, shop_receipt())
    # Two lines, the second little more than the legal form; no registration number.
    assert got["merchant_name"].value == "CORNER BOOK CO. (M) SDN BHD"


def test_the_address_between_the_registration_and_the_phone(
    extractor: OfflineExtractor,
) -> None:
    got = _results(extractor, shop_receipt())
    expected = "NO 8, JALAN MERANTI 3, TAMAN SERI INDAH, 56000 KUALA LUMPUR"
    assert got["merchant_address"].value == expected


def test_the_total_after_rounding_not_the_cash_nor_the_change(
    extractor: OfflineExtractor,
) -> None:
    got = _results(extractor, shop_receipt())
    assert got["total"].value == 19.8


def test_a_date_run_into_its_time(extractor: OfflineExtractor) -> None:
    got = _results(extractor, shop_receipt())
    assert got["transaction_date"].value == "2018-03-04"


def test_cash_less_change_names_the_total(extractor: OfflineExtractor) -> None:
    """Two totals and no "after rounding": cash 20.00 - change 4.10 picks the 15.90."""
    document = _till_roll(
        [
            Run(40, 40, "GREEN GROCER ENTERPRISE", 11, bold=True),
            Run(40, 56, "12 JALAN PASAR, 43000 KAJANG", 8),
            Run(20, 90, "APPLES", 8),
            Run(180, 90, "15.90", 8),
            Run(20, 110, "TOTAL", 8),
            Run(180, 110, "15.00", 8),
            Run(20, 122, "TOTAL INCL TAX", 8),
            Run(180, 122, "15.90", 8),
            Run(20, 134, "NET TOTAL", 8),
            Run(180, 134, "16.20", 8),
            Run(20, 150, "CASH", 8),
            Run(180, 150, "20.00", 8),
            Run(20, 162, "CHANGE", 8),
            Run(180, 162, "4.10", 8),
        ]
    )
    assert _results(extractor, document)["total"].value == 15.9


def test_a_labelled_glued_date_not_a_product_code(extractor: OfflineExtractor) -> None:
    document = _till_roll(
        [
            Run(40, 40, "NOODLE HOUSE SDN BHD", 11, bold=True),
            Run(20, 70, "HD03-04-06 - 5/40/160", 8),
            Run(20, 84, "Date :10-03-201823:03:06", 8),
            Run(20, 110, "TOTAL", 8),
            Run(180, 110, "12.00", 8),
        ]
    )
    assert _results(extractor, document)["transaction_date"].value == "2018-03-10"


def test_a_label_before_the_legal_name_is_not_part_of_it(extractor: OfflineExtractor) -> None:
    """A trading name, then "Owned by: <company> <registration>" (as cafes print it)."""
    document = _till_roll(
        [
            Run(70, 40, "Noodle Corner", 11, bold=True),
            Run(20, 56, "Owned by: noodle corner sdn bhd 1110644-W", 8),
            Run(40, 68, "No. 5 Jalan Mawar 2/1", 8),
            Run(40, 80, "47100 Puchong, Selangor", 8),
            Run(40, 92, "Tel: 03-8060 1234", 8),
            Run(20, 110, "TOTAL", 8),
            Run(180, 110, "12.00", 8),
        ]
    )
    got = _results(extractor, document)
    assert got["merchant_name"].value == "noodle corner sdn bhd"
    assert got["merchant_address"].value == "No. 5 Jalan Mawar 2/1 47100 Puchong, Selangor"


def test_a_slogan_with_a_web_address_over_the_name(extractor: OfflineExtractor) -> None:
    """A chain's slogan and web address printed above the outlet's name and address."""
    document = _till_roll(
        [
            Run(20, 40, "THANK YOU FOR SHOPPING WITH quickmart.com", 8),
            Run(40, 54, "HARBOUR REST AND SERVICE AREA", 9, bold=True),
            Run(40, 68, "LOT 12, JALAN PELABUHAN 3,", 8),
            Run(40, 80, "42000 PORT KLANG, SELANGOR", 8),
            Run(20, 110, "TOTAL", 8),
            Run(180, 110, "12.00", 8),
        ]
    )
    got = _results(extractor, document)
    assert got["merchant_name"].value == "HARBOUR REST AND SERVICE AREA"


def test_decoration_around_the_name_and_a_numbered_tax_line(extractor: OfflineExtractor) -> None:
    """A till slip: "* Store Name *", and "Tax 1" (the first tax rate) before the tax."""
    document = _till_roll(
        [
            Run(40, 20, "* Ace Of Spades Garden Center *", 10, bold=True),
            Run(60, 34, "5834 Lincoln Lane", 8),
            Run(70, 45, "Boise, ID 83748", 8),
            Run(20, 80, "Work Gloves", 8),
            Run(190, 80, "11.22 T", 8),
            Run(90, 100, "Sub Total", 8),
            Run(190, 100, "11.22", 8),
            Run(100, 112, "Tax 1", 8),
            Run(194, 112, "0.99", 8),
            Run(80, 124, "Balance Due", 8),
            Run(190, 124, "12.21", 8),
        ]
    )
    got = _results(extractor, document)
    assert got["merchant_name"].value == "Ace Of Spades Garden Center"
    assert got["tax"].value == 0.99
    assert got["total"].value == 12.21


def test_the_address_after_a_reg_no_line_ends_at_its_country(
    extractor: OfflineExtractor,
) -> None:
    """A "Reg No:" line between the name and the address is skipped, and the branch name
    printed after the country is not part of the address."""
    document = _till_roll(
        [
            Run(40, 40, "HILLTOP TRADING SDN BHD", 10, bold=True),
            Run(50, 54, "Reg No: 1203194-W", 8),
            Run(40, 66, "No 8, Jalan 7/118B, Desa Tun Razak", 8),
            Run(40, 78, "56000 Kuala Lumpur, Malaysia", 8),
            Run(50, 90, "RIVERSIDE MALL", 8),
            Run(50, 102, "Tel: 03-9200 1234", 8),
            Run(20, 130, "TOTAL", 8),
            Run(180, 130, "12.00", 8),
        ]
    )
    expected = "No 8, Jalan 7/118B, Desa Tun Razak 56000 Kuala Lumpur, Malaysia"
    found = letterhead_candidates(page_layout(document.pages[0]), "name", "address")
    assert [(c.label, c.value) for c in found] == [
        ("name", "HILLTOP TRADING SDN BHD"),
        ("address", expected),
    ]
    assert _results(extractor, document)["merchant_address"].value == expected


def test_an_address_first_means_the_name_was_a_logo() -> None:
    """A shop whose name is only a logo: the header starts with its address, opened by a unit
    number ("K3-113"); the town on the line under the postcode is no shop name."""
    document = _till_roll(
        [
            Run(40, 40, "K3-113, JL PERMAI 2", 8),
            Run(50, 52, "80300 JOHOR BAHRU", 8),
            Run(60, 64, "JOHOR", 8),
            Run(50, 76, "H/P: 019-752 1215", 8),
            Run(20, 110, "TOTAL", 8),
            Run(180, 110, "12.00", 8),
        ]
    )
    found = letterhead_candidates(page_layout(document.pages[0]), "name", "address")
    assert [(c.label, c.value) for c in found] == [
        ("address", "K3-113, JL PERMAI 2 80300 JOHOR BAHRU JOHOR")
    ]


def test_a_registration_number_read_with_a_middle_dot_is_not_the_name() -> None:
    """OCR reads the hyphen of "(519537-X)" as a middle dot; the number is still no part of
    the name, and a name starting with digits is still a name."""
    document = _till_roll(
        [
            Run(30, 40, "99 QUICK MART S/B (519537\u00b7X)", 9),
            Run(40, 54, "LOT 28, JALAN ANGSA,", 8),
            Run(40, 66, "41150 KLANG, SELANGOR", 8),
            Run(40, 78, "GST ID. NO: 000101747712", 8),
            Run(20, 110, "TOTAL", 8),
            Run(180, 110, "12.00", 8),
        ]
    )
    found = letterhead_candidates(page_layout(document.pages[0]), "name", "address")
    assert [(c.label, c.value) for c in found] == [
        ("name", "99 QUICK MART S/B"),
        ("address", "LOT 28, JALAN ANGSA, 41150 KLANG, SELANGOR"),
    ]


def test_longer_free_text_is_less_sure() -> None:
    assert confidence(1.0, words=8) < confidence(1.0, words=2) < confidence(1.0)
    assert confidence(1.0, words=0) == confidence(1.0)


def test_amounts_with_signs_and_tax_codes() -> None:
    assert amount_of("RM15.90") == 15.9
    assert amount_of("15.90SR") == 15.9
    assert amount_of("$8.20") == 8.2
    assert amount_of("INV-2041") is None and amount_of("12") is None


def test_transaction_cues() -> None:
    assert "change given back" in cues("CASH 50.00\nCHANGE 30.20")
    assert "billed to be paid later" in cues("Payment terms: 30 days")
    assert cues("Minutes of the meeting of the board") == ""


def test_a_tax_invoice_receipt_is_a_receipt(classifier: OfflineClassifier) -> None:
    schemas = list(CATALOG.values())
    scores = classifier.scores(shop_receipt(), [0], schemas)
    best = max(range(len(schemas)), key=lambda i: scores[i])
    assert list(CATALOG)[best] == "receipt" and scores[best] >= MIN_MATCH
