"""Synthetic documents for the offline extraction tests, written as PDFs with openbda.samples
and read by the real PDF builder; and checks that the builder reads them the way the tests
assume (which words exist, where).

The other test_offline_* modules import the builders from here."""

from __future__ import annotations

import functools

from openbda.document.model import Document, Word
from openbda.document.pdf import build_pdf_document
from openbda.samples import PageSpec, Run, make_pdf


def _document(runs: list[Run], width: float = 612, height: float = 792) -> Document:
    return build_pdf_document(make_pdf([PageSpec(width=width, height=height, runs=runs)]))


@functools.cache
def invoice() -> Document:
    """Labels with colons, an unlabelled vendor at the top, "Bill To:" over a name and an
    address, a ruled-free table of line items and right-aligned totals."""
    return _document(
        [
            Run(72, 50, "Northwind Supplies Ltd.", 20, bold=True),
            Run(72, 76, "14 Harbour Road, Leith, Edinburgh EH6 7AA", 10),
            Run(72, 90, "Tel: +44 131 555 0199", 10),
            Run(400, 50, "INVOICE", 20, bold=True),
            Run(400, 80, "Invoice No: INV-2041", 10),
            Run(400, 94, "Date: 12/03/2026", 10),
            Run(400, 108, "PO Number: PO-7781", 10),
            Run(72, 140, "Bill To:", 11, bold=True),
            Run(72, 155, "Contoso Analytics", 10),
            Run(72, 169, "1 Market Street, London EC1A 1BB", 10),
            Run(72, 210, "Description", 10, bold=True),
            Run(300, 210, "Qty", 10, bold=True),
            Run(360, 210, "Unit Price", 10, bold=True),
            Run(470, 210, "Amount", 10, bold=True),
            *_row(228, "Recycled copy paper (ream)", "40", "4.50", "180.00"),
            *_row(244, "Toner cartridge black", "12", "18.00", "216.00"),
            *_row(260, "Delivery", "1", "33.99", "33.99"),
            Run(360, 300, "Subtotal", 10),
            Run(470, 300, "429.99", 10),
            Run(360, 316, "VAT (20%)", 10),
            Run(470, 316, "86.00", 10),
            Run(360, 332, "Total Due", 11, bold=True),
            Run(470, 332, "515.99", 11, bold=True),
            Run(
                72,
                380,
                "Payment terms: 30 days. Bank: Lothian Bank, IBAN GB12 LOTH 1234 5678 90",
                9,
            ),
        ]
    )


def _row(top: float, description: str, qty: str, price: str, amount: str) -> list[Run]:
    return [
        Run(72, top, description, 10),
        Run(300, top, qty, 10),
        Run(360, top, price, 10),
        Run(470, top, amount, 10),
    ]


@functools.cache
def receipt() -> Document:
    """A narrow till receipt: names at the left margin, amounts right-aligned far from them."""
    return _document(
        [
            Run(90, 40, "GREEN LEAF CAFE", 14, bold=True),
            Run(70, 58, "22 Baker Street, London W1U 3BW", 9),
            Run(100, 70, "Tel 020 7946 0123", 9),
            Run(40, 92, "Receipt #: 100234", 9),
            Run(40, 104, "Date: 05/11/2025  Time: 13:42", 9),
            Run(40, 126, "Flat White", 9),
            Run(220, 126, "3.20", 9),
            Run(40, 138, "Croissant", 9),
            Run(220, 138, "2.80", 9),
            Run(40, 150, "Orange Juice", 9),
            Run(220, 150, "3.00", 9),
            Run(40, 170, "SUBTOTAL", 9),
            Run(220, 170, "9.00", 9),
            Run(40, 182, "VAT", 9),
            Run(220, 182, "1.50", 9),
            Run(40, 194, "TOTAL", 10, bold=True),
            Run(217, 194, "10.50", 10, bold=True),
            Run(40, 214, "CARD", 9),
            Run(220, 214, "10.50", 9),
            Run(60, 236, "Thank you for your visit!", 9),
        ],
        width=280,
        height=300,
    )


@functools.cache
def form() -> Document:
    """Small labels over their values, two to a row, and a yes/no answer."""
    return _document(
        [
            Run(72, 50, "Employee Registration Form", 16, bold=True),
            Run(72, 90, "Full name", 9),
            Run(320, 90, "Employee ID", 9),
            Run(72, 104, "Maria Gonzalez", 12),
            Run(320, 104, "E-55120", 12),
            Run(72, 140, "Date of birth", 9),
            Run(320, 140, "Department", 9),
            Run(72, 154, "14 July 1988", 12),
            Run(320, 154, "Finance", 12),
            Run(72, 190, "Home address", 9),
            Run(72, 204, "7 Elm Grove, Bristol BS1 4DJ", 12),
            Run(72, 240, "Full-time employee: Yes", 11),
        ]
    )


@functools.cache
def payslip() -> Document:
    """A US pay stub: a date range, a full name, an address over two lines, and amounts in
    "Current" and "YTD" columns."""
    money = [
        ("Gross Pay", 350, "2,150.00", "10,450.00"),
        ("Total Deductions", 366, "379.48", "1,897.40"),
        ("Net Pay", 382, "1,770.52", "8,552.60"),
    ]
    taxes = [
        ("Federal Income Tax", 276, "215.00", "1,075.00"),
        ("Social Security", 292, "133.30", "666.50"),
        ("Medicare", 308, "31.18", "155.90"),
    ]
    return _document(
        [
            Run(72, 50, "Acme Manufacturing Inc.", 16, bold=True),
            Run(72, 70, "500 Industrial Parkway, Dayton, OH 45402", 10),
            Run(420, 50, "EARNINGS STATEMENT", 12, bold=True),
            Run(72, 110, "Employee:", 10, bold=True),
            Run(150, 110, "John Michael Carter", 10),
            Run(72, 124, "Address:", 10, bold=True),
            Run(150, 124, "1420 Maple Avenue", 10),
            Run(150, 138, "Springfield, IL 62704", 10),
            Run(360, 110, "Employee ID: 004512", 10),
            Run(360, 124, "Pay Period: 03/01/2025 - 03/15/2025", 10),
            Run(360, 138, "Pay Date: 03/20/2025", 10),
            Run(72, 190, "Earnings", 10, bold=True),
            Run(220, 190, "Rate", 10, bold=True),
            Run(290, 190, "Hours", 10, bold=True),
            Run(360, 190, "Current", 10, bold=True),
            Run(450, 190, "YTD", 10, bold=True),
            *_earning(206, "Regular", "25.00", "80.00", "2,000.00", "10,000.00"),
            *_earning(222, "Overtime", "37.50", "4.00", "150.00", "450.00"),
            Run(72, 260, "Taxes", 10, bold=True),
            Run(360, 260, "Current", 10, bold=True),
            Run(450, 260, "YTD", 10, bold=True),
            *(r for label, top, a, b in taxes for r in _amounts(top, label, a, b)),
            *(r for label, top, a, b in money for r in _amounts(top, label, a, b, bold=True)),
        ]
    )


def _earning(top: float, name: str, rate: str, hours: str, now: str, ytd: str) -> list[Run]:
    return [
        Run(72, top, name, 10),
        Run(220, top, rate, 10),
        Run(290, top, hours, 10),
        Run(360, top, now, 10),
        Run(450, top, ytd, 10),
    ]


def _amounts(top: float, label: str, now: str, ytd: str, bold: bool = False) -> list[Run]:
    return [Run(72, top, label, 10, bold=bold), Run(360, top, now, 10), Run(450, top, ytd, 10)]


@functools.cache
def licence() -> Document:
    """A driver licence card: short capitalised labels ("DOB", "LN", "SEX") before values."""
    return _document(
        [
            Run(40, 20, "CALIFORNIA", 16, bold=True),
            Run(200, 24, "DRIVER LICENSE", 12, bold=True),
            Run(160, 50, "DL I1234567", 11, bold=True),
            Run(300, 50, "CLASS C", 9),
            Run(160, 66, "EXP 08/31/2029", 9),
            Run(160, 80, "LN SAMPLE", 10),
            Run(160, 94, "FN ALEXANDER JOSEPH", 10),
            Run(160, 110, "2570 24TH STREET", 9),
            Run(160, 122, "SACRAMENTO, CA 95818", 9),
            Run(160, 140, "DOB 08/31/1977", 9),
            Run(300, 140, "RSTR NONE", 9),
            Run(160, 154, "SEX M", 8),
            Run(210, 154, "HAIR BRN", 8),
            Run(270, 154, "EYES BRN", 8),
            Run(160, 166, "HGT 5-10", 8),
            Run(210, 166, "WGT 180 lb", 8),
            Run(160, 180, "ISS 08/31/2021", 8),
            Run(270, 180, "END NONE", 8),
        ],
        width=400,
        height=250,
    )


@functools.cache
def minutes() -> Document:
    """Nothing any business blueprint asks for: meeting minutes in prose."""
    return _document(
        [
            Run(72, 60, "Minutes of the Garden Club Meeting", 16, bold=True),
            Run(72, 100, "The members met in the village hall to discuss the spring planting.", 10),
            Run(72, 114, "Tulips and daffodils will be planted along the main path in April.", 10),
            Run(
                72,
                128,
                "Margaret volunteered to organise the seed exchange; Peter brings tools.",
                10,
            ),
            Run(72, 142, "The next meeting will discuss composting and rose pruning.", 10),
            Run(72, 170, "Everyone agreed that the pond needs cleaning before summer arrives.", 10),
        ]
    )


def word(document: Document, text: str, nth: int = 0) -> Word:
    """The `nth` word of the document spelled `text`, for comparing evidence with it."""
    found = [w for page in document.pages for w in page.words if w.text == text]
    assert len(found) > nth, f"no {text!r} #{nth} in the document"
    return found[nth]


def test_the_builder_keeps_every_amount_a_word_of_its_own() -> None:
    doc = receipt()
    assert [w.text for w in doc.pages[0].words].count("10.50") == 2
    assert word(doc, "10.50").box.top < word(doc, "10.50", 1).box.top


def test_the_invoice_items_are_a_table_with_headers() -> None:
    tables = [e for e in invoice().pages[0].elements if e.headers]
    assert tables and tables[0].headers == ("Description", "Qty", "Unit Price", "Amount")
