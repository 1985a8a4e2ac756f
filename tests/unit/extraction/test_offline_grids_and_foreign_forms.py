"""Grids of captions and values, lists of labels with their values far across, totals rows of
registers, and forms in the ways other countries print them: a verification report's list of
decoded fields, a commission statement with a panel beside its earnings, a Japanese-style pay
statement with the family name first and a payments band whose label wraps, a payroll
register's totals row, a 1099 whose box numbers are set apart from their captions, a Swedish
faktura's totals band, a Brazilian DANFE's tax band, a statement whose summary is a grid of
label/value pairs, a Mexican estado de cuenta. Built with openbda.samples (or the benchmark's
canvas, which rules boxes) and read by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.extractor import find_candidates
from openbda.extraction.offline.kinds import Ask, kind_check
from openbda.extraction.offline.layout import page_layouts
from openbda.extraction.offline.shapes import address_score
from openbda.extraction.offline.text import spelled
from openbda.extraction.offline.totals import amount_of
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, leaves, printed_document, summary_rows


def _ruled(draw: object) -> Document:
    """A page drawn with the benchmark's canvas (it rules boxes), read by the PDF builder."""
    from bench.catalog_documents import Canvas, render

    c = Canvas()
    draw(c)  # type: ignore[operator]
    return build_pdf_document(render([c]))


def test_a_list_of_labels_with_their_values_far_across(extractor: OfflineExtractor) -> None:
    """A verification report lists each decoded field on its own row, the label on the left
    and the value far across: "First name  MARIA" among "Document number  D 204 118 37" is a
    label and its value, not a row of column headings over the next row's label."""
    rows = (
        ("Document type", "Driver License"),
        ("Issuing jurisdiction", "Oregon (OR)"),
        ("Document number", "D 204 118 37"),
        ("Family name", "GARCIA"),
        ("First name", "MARIA"),
        ("Middle name", "ELENA"),
        ("Date of birth", "03/14/1988"),
        ("Expiration date", "03/14/2031"),
        ("Sex", "F"),
    )
    runs = [Run(40, 40, "ID Check Station", 14, bold=True), Run(40, 70, "Decoded fields", 10)]
    for i, (label, value) in enumerate(rows):
        runs += [Run(48, 96 + 15 * i, label, 9), Run(230, 96 + 15 * i, value, 9)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-driver-license"], [0]))
    assert values["NAME_DETAILS/FIRST_NAME"] == "MARIA"
    assert values["NAME_DETAILS/LAST_NAME"] == "GARCIA"
    assert values["DATE_OF_BIRTH"] == "1988-03-14"


def test_a_heading_beside_another_panel_still_heads_row_labels(
    extractor: OfflineExtractor,
) -> None:
    """ "EARNINGS  Current  YTD" shares its row with the commission panel's heading on the left:
    it still heads the column of the earnings' labels, so "Base Salary" under it is no one's
    name; the representative's name is under its caption."""
    runs = [
        Run(36, 28, "Lakeshore Instruments Inc.", 14, bold=True),
        Run(36, 62, "SALES REPRESENTATIVE", 7),
        Run(220, 62, "PAY DATE", 7),
        Run(37, 76, "Linda K. Okafor", 9),
        Run(221, 76, "03/05/2024", 9),
        Run(36, 110, "COMMISSION DETAIL", 9, bold=True),
        Run(380, 110, "EARNINGS", 9, bold=True),
        Run(500, 110, "Current", 8),
        Run(560, 110, "YTD", 8),
        Run(36, 126, "Invoice 41877  Harbor Marine  6,210.00", 8),
        Run(380, 126, "Base Salary", 8),
        Run(490, 126, "2,916.67", 8),
        Run(550, 126, "8,750.01", 8),
        Run(380, 140, "Commission", 8),
        Run(490, 140, "1,240.40", 8),
        Run(550, 140, "3,980.15", 8),
        Run(380, 154, "Gross Pay", 8),
        Run(490, 154, "4,157.07", 8),
        Run(550, 154, "12,730.16", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "Linda"
    assert values["EmployeeName/LastName"] == "Okafor"


def _pay_statement(c: object) -> None:
    """A pay statement in bands of ruled cells: the header band (the name family name first),
    then payments and totals, each band's label in the first column, wrapped ("Pay-" over
    "ments") or alone on its first line ("Totals")."""
    c.text(30, 24, "Pay Statement - June 2024 Salary", 14, "F2")  # type: ignore[attr-defined]
    c.text(600, 24, "Hoshino Electric Co., Ltd.", 10)  # type: ignore[attr-defined]
    header = (
        ("Employee No.", "4471-20"),
        ("Name", "TANAKA Hiroshi"),
        ("Payment date", "2024/06/25"),
    )
    for j, (caption, value) in enumerate(header):
        c.box(30 + 150 * j, 50, 150, 34)  # type: ignore[attr-defined]
        c.text(36 + 150 * j, 54, caption, 7)  # type: ignore[attr-defined]
        c.text(36 + 150 * j, 68, value, 9)  # type: ignore[attr-defined]
    bands = (
        (("Pay-", "ments"), ("Base salary", "Overtime pay", "TOTAL PAYMENTS"),
         ("298,000", "21,450", "319,450")),
        (("Totals", ""), ("Total deductions", "NET PAY"), ("71,220", "248,230")),
    )  # fmt: skip
    for b, (label, captions, amounts) in enumerate(bands):
        top = 110 + 60 * b
        c.box(30, top, 60, 50)  # type: ignore[attr-defined]
        c.text(36, top + 14, label[0], 8)  # type: ignore[attr-defined]
        if label[1]:
            c.text(36, top + 24, label[1], 8)  # type: ignore[attr-defined]
        for j, (caption, amount) in enumerate(zip(captions, amounts, strict=True)):
            c.box(90 + 110 * j, top, 110, 50)  # type: ignore[attr-defined]
            c.text(96 + 110 * j, top + 4, caption, 7)  # type: ignore[attr-defined]
            c.right(194 + 110 * j, top + 30, amount, 9)  # type: ignore[attr-defined]


def test_a_pay_statement_in_bands_with_the_family_name_first(
    extractor: OfflineExtractor,
) -> None:
    """ "TANAKA Hiroshi": the family name in capitals before the given name is the last name;
    a band of payments whose label wraps over two lines ("Pay-" over "ments") is still one row
    of values under its captions, so "TOTAL PAYMENTS" labels the gross pay and "NET PAY" the
    net pay."""
    values = leaves(extractor.extract(_ruled(_pay_statement), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "Hiroshi"
    assert values["EmployeeName/LastName"] == "TANAKA"
    assert values["CurrentGrossPay"] == pytest.approx(319450)
    assert values["CurrentNetPay"] == pytest.approx(248230)


def test_a_payroll_registers_totals_row_gives_the_year(extractor: OfflineExtractor) -> None:
    """A W-2 verification report lists every pay check under the W-2 boxes' columns and sums
    them in a "W-2 TOTALS" row: each sum is labelled by that row and its column ("Fed Wages",
    "Fed W/H", "SS Tax": federal, withheld, social security)."""
    headings = ("Check Date", "Gross Pay", "Fed Wages", "Fed W/H", "SS Wages", "SS Tax")
    checks = (
        ("01/13/2023", "4,210.55", "3,990.10", "512.40", "4,100.20", "254.21"),
        ("01/27/2023", "4,188.70", "3,968.25", "509.60", "4,078.35", "252.86"),
        ("02/10/2023", "4,402.15", "4,181.70", "537.00", "4,291.80", "266.09"),
    )
    totals = ("W-2 TOTALS", "12,801.40", "12,140.05", "1,559.00", "12,470.35", "773.16")
    xs = (40, 130, 210, 290, 370, 450)
    runs = [
        Run(40, 30, "FERNDALE CABINET WORKS", 13, bold=True),
        Run(40, 56, "W-2 VERIFICATION REPORT - TAX YEAR 2023", 10, bold=True),
        Run(40, 80, "Employee: DOYLE, MARGARET A   SSN: XXX-XX-4410", 9),
    ]
    for r, row in enumerate((headings, *checks, totals)):
        for x, cell in zip(xs, row, strict=True):
            runs.append(Run(x, 110 + 14 * r, cell, 8, bold=r == 0))
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(12140.05)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(1559.00)
    assert values["federal_wage_info/social_security_wages"] == pytest.approx(12470.35)
    assert values["federal_tax_info/social_security_tax"] == pytest.approx(773.16)


def test_box_numbers_set_apart_from_their_captions(extractor: OfflineExtractor) -> None:
    """ "Box 1 · Interest income" over its amount: the number and the caption, parted by a
    dot, label the amount under them; the caption is no value of the number."""
    runs = [
        Run(22, 40, "Form 1099-INT", 16, bold=True),
        Run(22, 66, "Tax year 2023 · Interest Income", 10),
        Run(28, 100, "Payer's name", 8),
        Run(28, 110, "Cedar Valley Credit Union", 10),
        Run(22, 160, "Box 1 · Interest income", 9),
        Run(22, 172, "$1,482.06", 10),
        Run(22, 202, "Box 2 · Early withdrawal penalty", 9),
        Run(22, 214, "—", 10),
        Run(22, 244, "Box 4 · Federal income tax withheld", 9),
        Run(22, 256, "$148.20", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(1482.06)
    assert values["federal_income_tax_withheld"] == pytest.approx(148.20)


def _faktura(c: object) -> None:
    """A Swedish invoice: the seller's name with "FAKTURA" far across its line, the reference
    lines, one item, and the totals as a band of ruled cells, each caption over its amount set
    right in the cell, thousands parted by spaces."""
    c.text(50, 40, "Vindeln Mekaniska AB", 16, "F2")  # type: ignore[attr-defined]
    c.text(340, 38, "FAKTURA", 18, "F2")  # type: ignore[attr-defined]
    c.text(50, 64, "Storgatan 8", 9)  # type: ignore[attr-defined]
    c.text(50, 75, "922 31 Vindeln", 9)  # type: ignore[attr-defined]
    for i, (label, value) in enumerate(
        (("Fakturadatum", "2024-09-02"), ("Fakturanr", "31170"), ("Ert ordernr", "PO-5521"))
    ):
        c.text(346, 64 + 12 * i, label, 8)  # type: ignore[attr-defined]
        c.text(440, 64 + 12 * i, value, 9)  # type: ignore[attr-defined]
    c.text(54, 150, "Svarvning axel", 9)  # type: ignore[attr-defined]
    c.right(540, 150, "21 400,00", 9)  # type: ignore[attr-defined]
    band = (("Exkl. moms", "21 400,00"), ("Moms 25%", "5 350,00"), ("ATT BETALA SEK", "26 750,00"))
    for j, (caption, amount) in enumerate(band):
        c.box(50 + 165 * j, 200, 165, 36)  # type: ignore[attr-defined]
        c.text(54 + 165 * j, 204, caption, 7)  # type: ignore[attr-defined]
        c.right(210 + 165 * j, 220, amount, 10)  # type: ignore[attr-defined]


def test_a_faktura_read_in_english(extractor: OfflineExtractor) -> None:
    """Swedish labels read through the glossary ("Fakturanr": the invoice's number, "Ert
    ordernr": the buyer's order, "ATT BETALA": the total due); a band of captions over their
    amounts gives each caption its amount; "FAKTURA" far across the seller's line is a title,
    no part of the seller's name."""
    values = leaves(extractor.extract(_ruled(_faktura), CATALOG["invoice"], [0]))
    assert values["VENDORNAME"] == "Vindeln Mekaniska AB"
    assert values["ID"] == "31170"
    assert values["PO"] == "PO-5521"
    assert values["TOTAL"] == pytest.approx(26750.00)


def test_foreign_labels_and_figures_are_read() -> None:
    """Portuguese and Swedish labels in English words; an amount with dots between its
    thousands ("28.261,00"); a street named first, its number after it."""
    assert "invoice" in spelled("VALOR TOTAL DA NOTA")
    assert spelled("ATT BETALA") == ["total", "amount", "due"]
    assert spelled("Fed W/H") == ["federal", "withheld"]
    assert amount_of("28.261,00") == pytest.approx(28261.0)
    assert amount_of("12'345.60") == pytest.approx(12345.6)
    assert address_score("Av. Reforma 1546 Int 9") >= 1.5
    assert address_score("Industrivägen 15") >= 1.5


def test_when_is_not_which() -> None:
    """A date and a time with a word ("Closed 06/06/2023 06:58 AM") is when something
    happened, a poor identifier; a number with a date in it is still a number."""
    ask = Ask.of(next(f for f in CATALOG["receipt"].leaves() if f.name == "receipt_number"))
    assert kind_check(ask, "Closed 06/06/2023 06:58 AM") < kind_check(ask, "RA-2023-0606")
    assert kind_check(ask, "INV-2023-06-06") == kind_check(ask, "RA65676507")


def _statement_with_summary_grid(c: object) -> None:
    """A statement exported from internet banking: its header a ruled grid of label/value
    pairs, three to a row, then the transactions."""
    c.text(38, 24, "Harbourline Bank Plc", 14, "F2")  # type: ignore[attr-defined]
    c.text(400, 24, "STATEMENT OF ACCOUNT", 12, "F2")  # type: ignore[attr-defined]
    grid = (
        ("Account Name", "OKONKWO ADAEZE", "Start Date", "01-Mar-2024", "Total Credit", "98,200.00"),
        ("Account Number", "2209813345", "End Date", "31-Mar-2024", "Total Debit", "61,417.50"),
        ("Account Type", "Current Account", "Opening Balance", "45,010.25", "Credit Count", "3"),
        ("Currency", "NGN", "Closing Balance", "81,792.75", "Debit Count", "9"),
    )  # fmt: skip
    for r, row in enumerate(grid):
        for j, cell in enumerate(row):
            c.box(36 + 90 * j, 50 + 14 * r, 90, 14, 0.4)  # type: ignore[attr-defined]
            c.text(39 + 90 * j, 53 + 14 * r, cell, 7)  # type: ignore[attr-defined]
    heads = ("Date", "Narration", "Debit", "Credit", "Balance")
    entries = (
        ("02-Mar-2024", "POS PURCHASE SHOPRITE", "12,400.00", "", "32,610.25"),
        ("05-Mar-2024", "SALARY MARCH", "", "98,200.00", "130,810.25"),
        ("09-Mar-2024", "TRANSFER TO SAVINGS", "49,017.50", "", "81,792.75"),
    )
    for r, row in enumerate((heads, *entries)):
        for x, cell in zip((36, 110, 330, 420, 510), row, strict=True):
            c.text(x, 130 + 14 * r, cell, 8, "F2" if r == 0 else "F1")  # type: ignore[attr-defined]


def test_a_statements_summary_set_out_as_a_grid(extractor: OfflineExtractor) -> None:
    """ "Opening Balance  45,010.25" and "Closing Balance  81,792.75" are cells of a grid of
    label/value pairs: the summary lists every label beside an amount."""
    document = _ruled(_statement_with_summary_grid)
    results = extractor.extract(document, CATALOG["bank-statement"], [0])
    summary = summary_rows(results)
    assert summary.get("Opening Balance") == pytest.approx(45010.25)
    assert summary.get("Closing Balance") == pytest.approx(81792.75)


def test_a_mexican_statement_heading(extractor: OfflineExtractor) -> None:
    """An estado de cuenta: the account's type under the title ("Cuenta de Cheques", or a
    product's name, "Cuenta Ahorro Plus"), the holder's name over a street written name first
    ("AV. INSURGENTES 1820 INT 4")."""
    for kind in ("Cuenta de Cheques", "Cuenta Ahorro Plus"):
        runs = [
            Run(36, 28, "Banco del Pacifico Norte", 14, bold=True),
            Run(430, 28, "ESTADO DE CUENTA", 12, bold=True),
            Run(480, 46, kind, 9),
            Run(36, 76, "ROSA ELENA MARTINEZ DIAZ", 9),
            Run(36, 87, "AV. INSURGENTES 1820 INT 4", 9),
            Run(36, 98, "COL. DEL VALLE", 9),
            Run(36, 109, "C.P. 03100 CIUDAD DE MEXICO, CDMX", 9),
            Run(336, 76, "No. de cuenta", 8),
            Run(406, 76, "4410298871", 9),
        ]
        document = printed_document(runs)
        values = leaves(extractor.extract(document, CATALOG["bank-statement"], [0]))
        assert values["account_type"] == kind
        assert values["account_holder_name"] == "ROSA ELENA MARTINEZ DIAZ"


def test_a_licence_card_scanned_onto_a_page_names_its_state_at_its_foot(
    extractor: OfflineExtractor,
) -> None:
    """A card scanned onto a letter page prints its state's name along its foot, half way down
    the page: still the issuing state, as no address line is."""
    runs = [
        Run(60, 110, "DRIVER LICENSE", 14, bold=True),
        Run(210, 140, "DL K5519032", 10),
        Run(210, 166, "PEREZ", 11),
        Run(210, 184, "DANIEL", 11),
        Run(210, 204, "418 MAPLE AVE", 9),
        Run(210, 216, "DAYTON, OH 45402", 9),
        Run(210, 240, "DOB 05/02/1979  EXP 05/02/2029", 9),
        Run(60, 400, "OHIO", 16, bold=True),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-driver-license"], [0]))
    assert str(values["STATE_NAME"]).lower() == "ohio"


def test_a_number_under_its_label_beside_a_tall_name(extractor: OfflineExtractor) -> None:
    """ "Rental Agreement #" over its number, the company's name in tall type on the left
    spanning both lines (one row of the page): the number is under its label all the same.
    The phone number ending a sentence is read without its stop."""
    runs = [
        Run(50, 34, "Coastal Car Rental", 20, bold=True),
        Run(460, 36, "Rental Agreement #", 9),
        Run(460, 47, "CA77104518", 10),
        Run(50, 70, "RENTAL RECEIPT", 10, bold=True),
        Run(56, 120, "Time & Mileage 2 Day(s) @ $48.00", 9),
        Run(520, 120, "96.00", 9),
        Run(380, 140, "TOTAL CHARGES", 9, bold=True),
        Run(520, 140, "96.00", 9),
        Run(50, 200, "Questions about this rental? Call us at 1-888-555-0173.", 8),
    ]
    document = printed_document(runs)
    found = {(c.label, c.value) for c in find_candidates(page_layouts(document, [0]))}
    assert ("Rental Agreement #", "CA77104518") in found
    values = leaves(extractor.extract(document, CATALOG["receipt"], [0]))
    assert values["merchant_phone"] == "1-888-555-0173"


def test_a_1099_listed_in_an_email(extractor: OfflineExtractor) -> None:
    """An e-mail lists the form's fields, each label with its value far across: the address
    labelled "Payer's address" is the payer's, so the name over it is no addressee's; "Box 3 -
    Interest on U.S. Savings Bonds and" (its caption run on to the next line) labels the amount
    beside it."""
    rows = (
        ("Payer", "Millbrook Savings Bank"),
        ("Payer's address", "12 Canal St, Albany, NY 12207"),
        ("Payer's TIN", "14-2290731"),
        ("Recipient", "Paul R Hendricks"),
        ("Recipient's address", "77 Oak Ave, Troy, NY 12180"),
        ("Recipient's TIN", "XXX-XX-6120"),
        ("Account number", "88-4410927"),
        ("Box 1 - Interest income", "$1,204.55"),
        ("Box 3 - Interest on U.S. Savings Bonds and", "$88.10"),
    )
    runs = [
        Run(80, 40, "Your 2024 Form 1099-INT is ready", 16, bold=True),
        Run(80, 70, "To: Paul R Hendricks", 9),
        Run(80, 100, "Below is a copy of the information we reported to the IRS.", 9),
        Run(86, 130, "Form 1099-INT - Interest Income - tax year 2024", 10, bold=True),
    ]
    for i, (label, value) in enumerate(rows):
        runs += [Run(86, 150 + 18 * i, label, 9), Run(286, 150 + 18 * i, value, 9)]
    runs += [
        Run(86, 150 + 18 * len(rows) - 7, "Treasury obligations", 9),
        Run(80, 340, "Thank you,", 9),
        Run(80, 353, "Millbrook Savings Bank", 9),
        Run(80, 366, "(518) 555-0148", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["payer/name"] == "Millbrook Savings Bank"
    assert values["recipient/name"] == "Paul R Hendricks"
    assert values["interest_income"] == pytest.approx(1204.55)
    assert values["interest_on_us_savings_bonds_and_treasury"] == pytest.approx(88.10)


def test_an_invoice_for_someones_attention(extractor: OfflineExtractor) -> None:
    """ "Att: Ingrid Berg" between the buyer's name and its street: the buyer is the name over
    it; "Storgatan 8", a street named before its number, starts the address."""
    runs = [
        Run(50, 40, "Vindeln Mekaniska AB", 16, bold=True),
        Run(340, 38, "FAKTURA", 18, bold=True),
        Run(50, 64, "Storgatan 8", 9),
        Run(50, 75, "922 31 Vindeln", 9),
        Run(346, 64, "Fakturanr", 8),
        Run(440, 64, "31170", 9),
        Run(340, 110, "Lunds Bygg & Fastighet AB", 10),
        Run(340, 123, "Att: Ingrid Berg", 10),
        Run(340, 136, "Kungsgatan 41", 10),
        Run(340, 149, "222 21 Lund", 10),
        Run(54, 200, "Svarvning axel", 9),
        Run(500, 200, "21 400,00", 9),
        Run(380, 230, "Att betala", 9),
        Run(500, 230, "26 750,00", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "Lunds Bygg & Fastighet AB"
    assert values["VENDORNAME"] == "Vindeln Mekaniska AB"
