"""Documents that label little, read by the offline backend: a personal check (MICR line, check
number, amount in words, bank and drawer unlabelled), a bank statement (the holder's mailing
block, a summary list without headings, a second page with its own heading), a driver licence's
issuing state in its heading, a till receipt's unlabelled phone and masked card number, and a
first name with its middle initial. Built with openbda.samples and the real PDF builder."""

from __future__ import annotations

import functools
from typing import Any

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.catalog import catalog
from openbda.blueprints.model import LeafField, TableField
from openbda.document.model import BoundingBox, Document, ElementType, Word
from openbda.document.pdf import build_pdf_document
from openbda.engines.embed.types import Embedder
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.candidates import Source, make
from openbda.extraction.offline.checks import PAYEE, aba_valid, check_candidates
from openbda.extraction.offline.derive import parts
from openbda.extraction.offline.grid import layout_tables
from openbda.extraction.offline.layout import page_layouts
from openbda.extraction.offline.tables import extract_tables
from openbda.extraction.offline.vectors import VectorCache
from openbda.extraction.types import FieldResult, GroupResult, LeafResult, TableResult, Value
from openbda.extraction.values import normalise
from openbda.samples import PageSpec, Run, make_pdf

CATALOG = {c.suffix: c.schema for c in catalog()}


@pytest.fixture(scope="module")
def extractor(embedder: Embedder) -> OfflineExtractor:
    return OfflineExtractor(embedder)


def _flatten(results: tuple[FieldResult, ...]) -> tuple[dict[str, Any], dict[str, list[dict]]]:
    leaves: dict[str, Any] = {}
    tables: dict[str, list[dict]] = {}
    for result in results:
        if isinstance(result, LeafResult):
            leaves["/".join(result.field.path)] = result.value
        elif isinstance(result, GroupResult):
            inner, inner_tables = _flatten(result.fields)
            leaves.update(inner)
            tables.update(inner_tables)
        elif isinstance(result, TableResult):
            tables["/".join(result.field.path)] = [
                {cell.field.name: cell.value for cell in row} for row in result.rows
            ]
    return leaves, tables


def _extract(
    extractor: OfflineExtractor, document: Document, kind: str
) -> tuple[dict[str, Any], dict[str, list[dict]]]:
    pages = [p.index for p in document.pages]
    return _flatten(extractor.extract(document, CATALOG[kind], pages))


@functools.cache
def personal_check() -> Document:
    """A personal check: the drawer's name and address top left, the number top right, the
    payee after "Pay to the order of", the amount in figures and in words, the bank's name,
    a memo and the MICR line (transit symbols printed as "T", on-us as "O")."""
    runs = [
        Run(24, 18, "MARGARET A. FOLEY", 9, bold=True),
        Run(24, 30, "412 Juniper Court", 7),
        Run(24, 39, "Boise, ID 83702", 7),
        Run(396, 18, "1047", 10, bold=True),
        Run(270, 46, "Date", 7),
        Run(300, 44, "March 9, 2024", 9),
        Run(24, 70, "Pay to the order of", 7),
        Run(100, 68, "Treasure Valley Plumbing", 10),
        Run(350, 68, "$ 215.40", 10),
        Run(24, 92, "Two hundred fifteen and 40/100 ----------", 9),
        Run(380, 94, "DOLLARS", 7),
        Run(24, 116, "First Prairie Credit Union", 9, bold=True),
        Run(24, 126, "Boise, Idaho", 6),
        Run(24, 146, "Memo", 6),
        Run(54, 143, "Kitchen sink repair", 9),
        Run(44, 174, "T071000013T 4402918855O 1047", 11),
    ]
    return build_pdf_document(make_pdf([PageSpec(width=440, height=200, runs=runs)]))


def test_a_pay_to_label_and_an_amount_between_asterisks(extractor: OfflineExtractor) -> None:
    runs = [
        Run(24, 18, "Tomasz B. Williams", 9, bold=True),
        Run(170, 16, "GRANITE STATE BANK", 10, bold=True),
        Run(396, 18, "6593", 10, bold=True),
        Run(300, 46, "Date 03/10/24", 9),
        Run(24, 70, "Pay To: Sarah Miller", 9),
        Run(350, 70, "$ **1,439.05**", 10),
        Run(24, 92, "ONE THOUSAND FOUR HUNDRED THIRTY-NINE DOLLARS AND 05 CENTS ********", 9),
        Run(44, 174, "A002017774A 01120465930C 6593", 11),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=440, height=200, runs=runs)]))
    leaves, _ = _extract(extractor, document, "us-bank-check")
    assert leaves["payee_name"] == "Sarah Miller"
    assert leaves["dollar_amount"] == 1439.05
    # The cents written out belong to the amount in words.
    assert leaves["amount_in_words"] == "ONE THOUSAND FOUR HUNDRED THIRTY-NINE DOLLARS AND 05 CENTS"


def test_a_desk_check_beside_its_register_stub(extractor: OfflineExtractor) -> None:
    """The stub's running balance prints a TOTAL and shares the MICR line's row: the check's
    amount is the figure the amount in words spells, and the MICR line is found after the
    stub's last line."""
    runs = [
        Run(10, 20, "No. 4471", 9),
        Run(10, 60, "BAL. BRO'T FOR'D", 7),
        Run(110, 58, "5,927.78", 9),
        Run(10, 90, "AMT. DEPOSITED", 7),
        Run(110, 88, "3,958.74", 9),
        Run(10, 120, "TOTAL", 7),
        Run(110, 118, "9,886.52", 9),
        Run(10, 150, "AMT. THIS CHECK", 7),
        Run(110, 148, "2,511.17", 9),
        Run(10, 182, "BAL. CAR'D FOR'D", 7),
        Run(110, 180, "7,375.35", 9),
        Run(180, 20, "IRONWOOD SOFTWARE LLP", 10, bold=True),
        Run(420, 20, "Pioneer Trust Bank", 9, bold=True),
        Run(540, 20, "4471", 10, bold=True),
        Run(470, 50, "DATE 03/15/23", 9),
        Run(180, 80, "PAY TO THE ORDER OF", 7),
        Run(280, 78, "Beacon Builders Inc.", 10),
        Run(500, 78, "$", 10),
        Run(540, 78, "2,511.17", 10),
        Run(180, 110, "Two Thousand Five Hundred Eleven and 17/100", 10),
        Run(540, 112, "DOLLARS", 7),
        Run(220, 182, "C004471C A252556438A 405354906C", 11),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=612, height=210, runs=runs)]))
    leaves, _ = _extract(extractor, document, "us-bank-check")
    assert leaves["dollar_amount"] == 2511.17
    assert leaves["bank_routing_number"] == "252556438"


def test_aba_checksum() -> None:
    assert aba_valid("071000013")
    assert not aba_valid("071000014")
    assert not aba_valid("12345678")


def test_check_reads_micr_line_words_bank_and_drawer(extractor: OfflineExtractor) -> None:
    leaves, _ = _extract(extractor, personal_check(), "us-bank-check")
    assert leaves["bank_routing_number"] == "071000013"
    assert leaves["check_number"] == "1047"
    assert leaves["amount_in_words"] == "Two hundred fifteen and 40/100"
    assert leaves["bank_name"] == "First Prairie Credit Union"
    assert leaves["account_holder_name"] == "MARGARET A. FOLEY"
    assert leaves["payee_name"] == "Treasure Valley Plumbing"


@functools.cache
def two_page_statement() -> Document:
    """A statement: the bank's name and address, the holder's mailing block, account details
    as "label: value" lines, a summary list of labels and amounts without headings, the
    transactions; page 2 opens with a heading of its own."""
    first = [
        Run(40, 36, "Prairie State Savings Bank", 16, bold=True),
        Run(40, 58, "PO Box 880, Omaha, NE 68101", 8),
        Run(60, 110, "Elena R Vasquez", 10),
        Run(60, 123, "77 Orchard Lane Apt 4", 10),
        Run(60, 136, "Lincoln, NE 68502", 10),
        Run(340, 100, "Account Number:", 9),
        Run(470, 100, "****4410", 9),
        Run(340, 113, "Statement Period:", 9),
        Run(470, 113, "06/01/2024 - 06/30/2024", 9),
        Run(40, 190, "Summary", 12, bold=True),
        Run(40, 210, "Balance at start of period", 10),
        Run(300, 210, "$2,310.55", 10),
        Run(40, 224, "Money in", 10),
        Run(300, 224, "$1,850.00", 10),
        Run(40, 238, "Money out", 10),
        Run(300, 238, "$975.12", 10),
        Run(40, 252, "Balance at end of period", 10),
        Run(300, 252, "$3,185.43", 10),
        Run(40, 300, "Date", 9, bold=True),
        Run(110, 300, "Description", 9, bold=True),
        Run(330, 300, "Withdrawals", 9, bold=True),
        Run(410, 300, "Deposits", 9, bold=True),
        Run(490, 300, "Balance", 9, bold=True),
        Run(40, 316, "06/03", 9),
        Run(110, 316, "PAYROLL DEPOSIT", 9),
        Run(410, 316, "1,850.00", 9),
        Run(490, 316, "4,160.55", 9),
        Run(40, 330, "06/11", 9),
        Run(110, 330, "GROCERY MART", 9),
        Run(330, 330, "975.12", 9),
        Run(490, 330, "3,185.43", 9),
    ]
    second = [
        Run(40, 36, "Activity details (continued)", 14, bold=True),
        Run(40, 70, "No further transactions this period.", 9),
    ]
    return build_pdf_document(make_pdf([PageSpec(runs=first), PageSpec(runs=second)]))


def test_statement_summary_holder_and_bank(extractor: OfflineExtractor) -> None:
    leaves, tables = _extract(extractor, two_page_statement(), "bank-statement")
    assert leaves["bank_name"] == "Prairie State Savings Bank"
    assert leaves["account_holder_name"] == "Elena R Vasquez"
    summary = {row["summary_desc"]: row["summary_amount"] for row in tables["account_summary"]}
    assert summary.get("Balance at start of period") == pytest.approx(2310.55)
    assert summary.get("Balance at end of period") == pytest.approx(3185.43)


def test_statement_summary_set_across(extractor: OfflineExtractor) -> None:
    """Summary labels as headings over one row of amounts: one labelled value per column."""
    runs = [
        Run(40, 36, "Harbor Point Credit Union", 16, bold=True),
        Run(40, 120, "Starting Balance", 9, bold=True),
        Run(180, 120, "Credits", 9, bold=True),
        Run(300, 120, "Debits", 9, bold=True),
        Run(420, 120, "Ending Balance", 9, bold=True),
        Run(40, 136, "1,200.00", 9),
        Run(180, 136, "300.00", 9),
        Run(300, 136, "150.25", 9),
        Run(420, 136, "1,349.75", 9),
    ]
    document = build_pdf_document(make_pdf([PageSpec(runs=runs)]))
    _, tables = _extract(extractor, document, "bank-statement")
    summary = {row["summary_desc"]: row["summary_amount"] for row in tables["account_summary"]}
    assert summary.get("Starting Balance") == pytest.approx(1200.0)
    assert summary.get("Ending Balance") == pytest.approx(1349.75)


def test_an_unlabelled_period_and_a_type_named_alone(extractor: OfflineExtractor) -> None:
    """A statement printing its period as "<date> through <date>" with no label, its account
    type alone as a heading, and its account number beside "Account Number" (no type)."""
    runs = [
        Run(40, 36, "Harbor Point Credit Union", 16, bold=True),
        Run(380, 40, "March 1, 2024 through March 31, 2024", 8),
        Run(380, 52, "Account Number: XXXXXX2348", 8),
        Run(40, 90, "DANIEL A JACKSON", 9),
        Run(40, 102, "12 Bay Street, Tampa, FL 33602", 9),
        Run(40, 140, "Interest Checking", 12, bold=True),
        Run(40, 160, "Beginning balance", 9),
        Run(300, 160, "$2,410.18", 9),
        Run(40, 172, "Ending balance", 9),
        Run(300, 172, "$3,610.18", 9),
    ]
    document = build_pdf_document(make_pdf([PageSpec(runs=runs)]))
    leaves, _ = _extract(extractor, document, "bank-statement")
    assert leaves["statement_start_date"] == "2024-03-01"
    assert leaves["statement_end_date"] == "2024-03-31"
    assert leaves["account_type"] == "Interest Checking"


def test_a_mailing_block_beside_a_notice_and_a_type_before_its_number(
    extractor: OfflineExtractor,
) -> None:
    """The notice's second line falls between the holder's name and street line; the account
    type is printed with the masked number after it."""
    runs = [
        Run(40, 30, "Summit Valley Credit Union", 16, bold=True),
        Run(60, 87, "DANIEL A JACKSON", 9),
        Run(330, 85, "Our branches will be closed on federal holidays. Deposits made", 7),
        Run(330, 94, "on a holiday are credited the next business day.", 7),
        Run(60, 99, "4462 River Dr", 9),
        Run(60, 111, "Austin, TX 78744", 9),
        Run(44, 150, "CHECKING XXXXXX2348", 9, bold=True),
        Run(40, 176, "Previous Statement Balance", 9),
        Run(300, 176, "4,701.32", 9),
    ]
    document = build_pdf_document(make_pdf([PageSpec(runs=runs)]))
    leaves, _ = _extract(extractor, document, "bank-statement")
    assert leaves["account_holder_name"] == "DANIEL A JACKSON"
    assert leaves["account_type"] == "CHECKING"


def test_a_web_page_menu_holds_no_values(extractor: OfflineExtractor) -> None:
    """An online-banking page printed with its menu: the menu's items are not one another's
    values ("Accounts" is no label of "Pay & Transfer"); the owner is under his label."""
    runs = [
        Run(40, 30, "Meridian Community Bank", 14, bold=True),
        Run(300, 50, "Accounts", 8),
        Run(350, 50, "Pay & Transfer", 8),
        Run(420, 50, "Statements & Documents", 8),
        Run(520, 50, "Help", 8),
        Run(550, 50, "Sign off", 8),
        Run(40, 70, "INTEREST CHECKING ...0825", 12, bold=True),
        Run(40, 100, "Account owner", 7),
        Run(40, 110, "Joseph Robinson", 9),
        Run(200, 100, "Account number", 7),
        Run(200, 110, "8606280825", 9),
    ]
    document = build_pdf_document(make_pdf([PageSpec(runs=runs)]))
    leaves, _ = _extract(extractor, document, "bank-statement")
    assert leaves["account_holder_name"] == "Joseph Robinson"


def test_licence_state_from_heading(extractor: OfflineExtractor) -> None:
    runs = [
        Run(20, 14, "STATE OF NEW YORK", 12, bold=True),
        Run(20, 30, "DRIVER LICENSE", 9),
        Run(20, 50, "ID: 123 456 789", 8),
        Run(20, 62, "DOB: 04/12/1988", 8),
        Run(20, 74, "EXPIRES: 04/12/2030", 8),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=340, height=214, runs=runs)]))
    leaves, _ = _extract(extractor, document, "us-driver-license")
    assert str(leaves["STATE_NAME"]).upper() == "NEW YORK"


def test_receipt_phone_and_card_digits(extractor: OfflineExtractor) -> None:
    """The phone under the shop's address is its phone, not the receipt number; the card
    line shows the last four digits of a masked number."""
    runs = [
        Run(60, 14, "HILLTOP HARDWARE", 12, bold=True),
        Run(60, 30, "215 Elm Street", 8),
        Run(60, 40, "Dayton, OH 45402", 8),
        Run(60, 50, "937-555-0148", 8),
        Run(20, 70, "05/17/2024 14:22", 8),
        Run(20, 90, "WOOD SCREWS", 8),
        Run(180, 90, "8.99", 8),
        Run(20, 102, "TOTAL", 8, bold=True),
        Run(180, 102, "8.99", 8),
        Run(20, 120, "MASTERCARD", 8),
        Run(20, 130, "XXXX XXXX XXXX 6021", 8),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=240, height=300, runs=runs)]))
    leaves, _ = _extract(extractor, document, "receipt")
    assert leaves["merchant_phone"] is not None and "555-0148" in str(leaves["merchant_phone"])
    assert leaves["receipt_number"] != leaves["merchant_phone"]
    assert leaves["card_last_four_digits"] == "6021"


def test_initial_is_no_last_name() -> None:
    box = BoundingBox(0.1, 0.1, 0.05, 0.01)
    words = [Word("Donald", box), Word("L", BoundingBox(0.16, 0.1, 0.01, 0.01))]
    whole = make("first name and initial", [words], 0, Source.BELOW)
    found = {c.label: c.value for c in parts([whole])}
    assert found.get("first name and initial first name") == "Donald"
    assert "first name and initial last name" not in found


def test_yearless_transaction_dates_take_the_period_year(embedder: Embedder) -> None:
    """ "06/03" in a statement of the period 06/01/2024 - 06/30/2024 is 2024-06-03."""
    document = two_page_statement()
    layouts = page_layouts(document, [p.index for p in document.pages])
    tables = [e for p in document.pages for e in p.elements if e.type is ElementType.TABLE]
    tables += [e for layout in layouts for e in layout_tables(layout)]
    lines = [line.text for p in document.pages for line in p.lines]
    fields = [f for f in CATALOG["bank-statement"].walk() if isinstance(f, TableField)]

    def typed(text: str, field: LeafField) -> Value | None:
        return normalise(text, field, month_first=True, decimal_comma=False)

    found = extract_tables(fields, tables, VectorCache(embedder), typed, lines)
    transactions = next(r for path, r in found.items() if "transaction" in path[-1])
    dates = [cell.value for row in transactions.rows for cell in row if cell.field.name == "date"]
    assert dates[:2] == ["2024-06-03", "2024-06-11"]


def test_the_extractor_gives_yearless_dates_the_period_year(extractor: OfflineExtractor) -> None:
    """The whole extractor passes the pages' lines on, so the period printed above the tables
    dates the transactions."""
    _, tables = _extract(extractor, two_page_statement(), "bank-statement")
    transactions = next(rows for name, rows in tables.items() if "transaction" in name)
    assert [row.get("date") for row in transactions[:2]] == ["2024-06-03", "2024-06-11"]


def test_a_payee_after_a_pay_to_label_set_on_two_lines() -> None:
    """ "PAY TO THE" read as a phrase of its own, then "ORDER OF" leading the payee's phrase
    (the label set on two lines, the second on the name's baseline): the label's second line
    is no part of the name."""
    runs = [
        Run(40, 105, "PAY TO THE", 6),
        Run(110, 105, "ORDER OF Mary Wilson", 10),
        Run(400, 105, "$", 10),
        Run(420, 105, "3,273.42", 10),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=612, height=280, runs=runs)]))
    payees = {
        c.value
        for c in check_candidates(page_layouts(document, [0]))
        if c.label == PAYEE and c.parent is None
    }
    assert payees == {"Mary Wilson"}


def test_a_tax_line_that_prints_its_rate(extractor: OfflineExtractor) -> None:
    """ "TAX 7.000%  2.56": the rate is part of the label, the amount beside it is the tax."""
    rows = (("SUBTOTAL", "139.74"), ("TAX 7.000%", "2.56"), ("TOTAL", "142.30"))
    runs = [Run(60, 20, "CORNERSTONE DRUG", 14, bold=True), Run(60, 40, "02/25/2023 12:22", 9)]
    for i, (label, amount) in enumerate(rows):
        runs += [Run(20, 80 + 14 * i, label, 9), Run(200, 80 + 14 * i, amount, 9)]
    runs += [Run(20, 140, "MASTERCARD", 9), Run(200, 140, "142.30", 9)]
    document = build_pdf_document(make_pdf([PageSpec(width=260, height=180, runs=runs)]))
    leaves, _ = _extract(extractor, document, "receipt")
    assert leaves["tax"] == 2.56
    assert leaves["subtotal"] == 139.74
    assert leaves["total"] == 142.3


def test_a_letterhead_is_no_mailing_block(extractor: OfflineExtractor) -> None:
    """The employer's name in big type over its one-line address (titles stacked at the right
    between them) is a letterhead; the employee's name over his street is the mailing block."""
    runs = [
        Run(40, 30, "Pioneer Diner", 14, bold=True),
        Run(420, 30, "DIRECT DEPOSIT ADVICE", 9, bold=True),
        Run(440, 43, "NON-NEGOTIABLE", 7),
        Run(40, 52, "4907 Lake Lane · Springfield, IL 62751", 7),
        Run(60, 98, "Robert Mary Yamamoto", 9),
        Run(60, 110, "9407 Franklin Ave", 9),
        Run(60, 122, "Albany, NY 12219", 9),
        Run(370, 98, "Advice Date", 7),
        Run(520, 98, "04/05/2023", 8),
        Run(370, 124, "Employee No.", 7),
        Run(540, 124, "3939", 8),
    ]
    document = build_pdf_document(make_pdf([PageSpec(runs=runs)]))
    leaves, _ = _extract(extractor, document, "payslip")
    assert leaves["EmployeeName/FirstName"] == "Robert"
    assert leaves["EmployeeName/LastName"] == "Yamamoto"


def test_a_passbook_print_out_with_a_masked_number_after_its_label(
    extractor: OfflineExtractor,
) -> None:
    """ "ACCOUNT NO XXXXXX1147": a masked number after its label is its value, and the phrase
    labels no line under it; the type is in the title before a dash."""
    runs = [
        Run(40, 30, "KEYSTONE BANK & TRUST", 12, bold=True),
        Run(40, 46, "PASSBOOK SAVINGS ACCOUNT - TRANSACTION RECORD", 10, bold=True),
        Run(40, 72, "ACCOUNT NO XXXXXX1147", 9),
        Run(40, 84, "NAME", 9),
        Run(100, 84, "ELIZABETH LEWIS", 9),
        Run(40, 96, "ADDRESS", 9),
        Run(100, 96, "7501 PARK STREET, FRESNO, CA 93740", 9),
    ]
    document = build_pdf_document(make_pdf([PageSpec(runs=runs)]))
    leaves, _ = _extract(extractor, document, "bank-statement")
    assert leaves["account_number"] == "XXXXXX1147"
    assert leaves["account_type"] == "PASSBOOK SAVINGS"


def test_a_routing_number_between_other_symbols(extractor: OfflineExtractor) -> None:
    """A MICR line whose routing number sits between on-us symbols ("C077917016C", a symbol
    printed or read for another): the ABA checksum still finds it."""
    runs = [
        Run(24, 18, "Tomasz B. Williams", 9, bold=True),
        Run(396, 18, "2939", 10, bold=True),
        Run(24, 70, "Pay to the order of", 7),
        Run(100, 68, "Sarah Miller", 10),
        Run(24, 92, "Two Thousand Eighty-Two and 28/100", 9),
        Run(24, 116, "Meridian Community Bank", 9, bold=True),
        Run(44, 174, "C077917016C 046593062C 2939", 11),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=440, height=200, runs=runs)]))
    leaves, _ = _extract(extractor, document, "us-bank-check")
    assert leaves["bank_routing_number"] == "077917016"
    assert leaves["check_number"] == "2939"


def test_a_payroll_check_with_its_payee_beside_a_label_on_two_lines(
    extractor: OfflineExtractor,
) -> None:
    """ "TO THE" over "ORDER OF", the payee beside "TO THE" with his address under him; the
    drawer's name in bigger type over a mailing block is still the account holder."""
    runs = [
        Run(24, 14, "Crescent Builders LLC", 12, bold=True),
        Run(24, 30, "1205 Ridge Dr", 7),
        Run(24, 39, "Buffalo, NY 14255", 7),
        Run(200, 14, "Cascade Federal Savings", 9, bold=True),
        Run(380, 14, "No. 21141", 10),
        Run(330, 50, "11/02/2023", 9),
        Run(390, 50, "$****1,274.82", 9),
        Run(24, 66, "PAY One Thousand Two Hundred Seventy-Four and 82/100 DOLLARS", 8),
        Run(24, 84, "TO THE", 6),
        Run(62, 84, "THOMAS PATRICIA LEWIS", 8),
        Run(24, 90, "ORDER OF", 6),
        Run(62, 94, "2595 RIVER AVENUE", 8),
        Run(62, 102, "RICHMOND, VA 23231", 8),
        Run(80, 160, "C21141C A357930111A 31430452C", 11),
    ]
    document = build_pdf_document(make_pdf([PageSpec(width=440, height=200, runs=runs)]))
    leaves, _ = _extract(extractor, document, "us-bank-check")
    assert leaves["payee_name"] == "THOMAS PATRICIA LEWIS"
    assert leaves["account_holder_name"] == "Crescent Builders LLC"
