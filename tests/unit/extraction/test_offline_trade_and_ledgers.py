"""Documents of trade and of running accounts the way they are printed: a commercial invoice of
numbered boxes (shipper, consignee) whose total adds freight and insurance to the goods, an
invoice that records a payment taken, a German account statement (IBAN, a savings bank's
compound name, debit and credit columns), a prepaid card's statement, a military pay
statement's day range and a pension payment advice, a W-2 worksheet and a W-2 whose name box
is lettered "e/f", a licence's "SEX / HEIGHT" box, a certified check's memo beside a stamp, a
split restaurant check. Built with openbda.samples and read by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.model import FieldType, InferenceType, LeafField
from openbda.document.model import BoundingBox, Word
from openbda.extraction.offline import OfflineClassifier, OfflineExtractor
from openbda.extraction.offline.classifier import marker_phrases
from openbda.extraction.offline.shapes import day_span, is_box_label
from openbda.extraction.offline.text import label_phrasings
from openbda.extraction.offline.totals import amount_of
from openbda.extraction.types import TableResult
from openbda.extraction.values import looks_american, normalise
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, cues, leaves, printed_document, summary_rows


def _commercial_invoice() -> list[Run]:
    return [
        Run(220, 24, "COMMERCIAL INVOICE", 16, bold=True),
        Run(34, 50, "1. SHIPPER / EXPORTER (name, address, EIN)", 6),
        Run(310, 50, "4. INVOICE NO.", 6),
        Run(450, 50, "DATE OF INVOICE", 6),
        Run(36, 62, "Redstone Manufacturing Co.", 9),
        Run(313, 62, "4169/95", 10),
        Run(453, 62, "05/19/2023", 9),
        Run(36, 74, "388 Meadow Ave", 9),
        Run(36, 85, "Raleigh, NC 27684", 9),
        Run(310, 86, "5. BUYER'S ORDER NO. / REFERENCE", 6),
        Run(313, 97, "TS-65631", 9),
        Run(36, 96, "EIN 48-7215213", 9),
        Run(34, 120, "2. CONSIGNEE (ultimate consignee)", 6),
        Run(310, 120, "6. TERMS OF DELIVERY (INCOTERMS 2020) AND PAYMENT", 6),
        Run(36, 131, "Distribuidora Garza S.A. de C.V.", 9),
        Run(313, 131, "CIF Manzanillo, Mexico", 9),
        Run(36, 142, "Industriestrasse 133", 9),
        Run(36, 153, "Manzanillo, Mexico", 9),
        Run(34, 300, "DESCRIPTION OF GOODS", 7),
        Run(400, 300, "QTY", 7),
        Run(520, 300, "AMOUNT USD", 7),
        Run(34, 314, "Polyethylene stretch film rolls", 8),
        Run(400, 314, "45", 8),
        Run(530, 314, "3,834.45", 8),
        Run(34, 326, "Printed circuit assemblies", 8),
        Run(400, 326, "314", 8),
        Run(525, 326, "67,336.29", 8),
        Run(340, 380, "TOTAL FOB VALUE", 8),
        Run(525, 380, "71,170.74", 8),
        Run(34, 392, "Total packages: 159", 7),
        Run(340, 392, "Ocean freight", 8),
        Run(530, 392, "3,601.86", 8),
        Run(34, 404, "Total net weight: 7,823.1 kg", 7),
        Run(340, 404, "Insurance (110% CIF, 0.35%)", 8),
        Run(537, 404, "249.10", 8),
        Run(34, 416, "Total gross weight: 8,300.8 kg", 7),
        Run(340, 416, "TOTAL INVOICE VALUE (CIF) USD", 8),
        Run(525, 416, "75,021.70", 8),
    ]


def test_a_commercial_invoice_of_numbered_boxes(extractor: OfflineExtractor) -> None:
    """The shipper is the seller and the consignee the buyer, each a numbered box's caption
    with a gloss in parentheses; "4. INVOICE NO." numbers the invoice; the title is nobody's
    name. The invoice's value is the goods (FOB) plus freight and insurance, beside a column of
    weights whose "Total net weight" is no total of money."""
    values = leaves(
        extractor.extract(printed_document(_commercial_invoice()), CATALOG["invoice"], [0])
    )
    assert values["VENDORNAME"] == "Redstone Manufacturing Co."
    assert values["RECEIVERNAME"] == "Distribuidora Garza S.A. de C.V."
    assert values["ID"] == "4169/95"
    assert values["PO"] == "TS-65631"
    assert values["TOTAL"] == pytest.approx(75021.70)
    assert values["SUBTOTAL"] == pytest.approx(71170.74)


def test_a_box_caption_is_also_read_without_its_number_and_gloss() -> None:
    phrasings = label_phrasings("Box 4 INVOICE NO.")
    assert "invoice number" in phrasings
    assert "shipper seller" in label_phrasings("Box 1 SHIPPER (name, address, EIN)")
    assert label_phrasings("Invoice No.") == ("invoice number",)


def test_an_invoice_that_records_a_payment_taken(extractor: OfflineExtractor) -> None:
    """A clinic's invoice paid in part at the counter: the payment in parentheses comes off
    the invoice total, and the balance left due is not the invoice's total."""
    runs = [
        Run(200, 30, "Maple Grove Veterinary Center", 16, bold=True),
        Run(220, 52, "9194 Chestnut Lane, Nashville, TN 37280", 8),
        Run(420, 86, "INVOICE", 12, bold=True),
        Run(420, 104, "Invoice #", 8),
        Run(520, 104, "INV-57331", 9),
        Run(40, 104, "Mei Martin", 10),
        Run(40, 300, "Description", 8),
        Run(520, 300, "Total", 8),
        Run(40, 314, "Dental Prophylaxis Grade 2", 9),
        Run(520, 314, "$344.25", 9),
        Run(40, 328, "Bloodwork - Senior Panel", 9),
        Run(520, 328, "$419.81", 9),
        Run(400, 360, "Subtotal", 9),
        Run(520, 360, "$764.06", 9),
        Run(400, 373, "Sales Tax (7.25%)", 9),
        Run(526, 373, "$3.48", 9),
        Run(400, 386, "Invoice Total", 9),
        Run(520, 386, "$767.54", 9),
        Run(400, 399, "Payment - CareCredit", 9),
        Run(516, 399, "($349.09)", 9),
        Run(400, 412, "Balance Due", 9),
        Run(520, 412, "$418.45", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["TOTAL"] == pytest.approx(767.54)
    assert values["SUBTOTAL"] == pytest.approx(764.06)
    assert amount_of("($349.09)") == pytest.approx(-349.09)
    assert amount_of("(12.00") is None


def _deductions_field(instruction: str) -> LeafField:
    return LeafField(
        "CurrentTotalDeductions",
        ("CurrentTotalDeductions",),
        "",
        FieldType.NUMBER,
        False,
        InferenceType.EXPLICIT,
        instruction,
    )


def test_a_field_asking_for_a_positive_number_drops_the_sign() -> None:
    """ "249.08-" is printed as taken off; a field asking for it "as a positive number" gets
    249.08, one that does not ask keeps the sign."""
    asked = _deductions_field("The total of all deductions, as a positive number.")
    plain = _deductions_field("The total of all deductions.")
    assert normalise("249.08-", asked) == pytest.approx(249.08)
    assert normalise("249.08-", plain) == pytest.approx(-249.08)


def test_a_pay_period_of_days_of_one_month(extractor: OfflineExtractor) -> None:
    """A military pay statement's "PERIOD COVERED  1-30 NOV 23" and its "NAME (LAST, FIRST,
    MI)" box: the period runs from the 1st to the 30th; the first name is the name without
    the middle initial (the blueprint asks for that apart)."""
    runs = [
        Run(24, 24, "LEAVE AND EARNINGS STATEMENT", 12, bold=True),
        Run(26, 56, "NAME (LAST, FIRST, MI)", 6),
        Run(200, 56, "SOC. SEC. NO.", 6),
        Run(500, 56, "PERIOD COVERED", 6),
        Run(26, 70, "SANCHEZ, JAMES J", 9),
        Run(200, 70, "XXX-XX-0525", 9),
        Run(500, 70, "1-30 NOV 23", 9),
        Run(440, 130, "-TOT DED", 9),
        Run(540, 130, "932.81", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["PayPeriodStartDate"] == "2023-11-01"
    assert values["PayPeriodEndDate"] == "2023-11-30"
    assert values["EmployeeName/FirstName"] == "JAMES"
    assert values["EmployeeName/LastName"] == "SANCHEZ"
    assert values["CurrentTotalDeductions"] == pytest.approx(932.81)


def _words(*texts: str) -> list[Word]:
    return [Word(t, BoundingBox(0.1 * i, 0.1, 0.05, 0.01)) for i, t in enumerate(texts)]


def test_a_day_span_needs_a_month_after_it() -> None:
    span = day_span(_words("1\u201315", "March", "2024"))
    assert span is not None and (span[0].isoformat(), span[1].isoformat()) == (
        "2024-03-01",
        "2024-03-15",
    )
    assert day_span(_words("1-30", "12", "2023")) is None  # no month name
    assert day_span(_words("30-1", "NOV", "23")) is None  # the end before the start


def _german_statement() -> list[Run]:
    return [
        Run(350, 36, "Stadtsparkasse Lindenau", 14, bold=True),
        Run(350, 52, "BIC SPLIDE3LXXX", 8),
        Run(350, 63, "Schillerweg 1, 04109 Leipzig", 8),
        Run(62, 122, "Ms Miriam Becker", 10),
        Run(62, 134, "Am Markt 37", 10),
        Run(62, 146, "04109 Leipzig", 10),
        Run(62, 205, "Account statement 6/2024", 12, bold=True),
        Run(62, 222, "Account holder: Miriam Becker", 9),
        Run(62, 234, "IBAN DE68 1547 9855 9393 6612 34", 9),
        Run(250, 234, "BIC SPLIDE3LXXX", 9),
        Run(62, 246, "Statement period 01.06.2024 - 30.06.2024", 9),
        Run(62, 266, "Booking", 8),
        Run(113, 266, "Value date", 8),
        Run(171, 266, "Transaction details", 8),
        Run(433, 266, "Debit EUR", 8),
        Run(514, 266, "Credit EUR", 8),
        Run(171, 282, "Old balance as of 31.05.2024", 9),
        Run(520, 282, "628,63 +", 9),
        Run(62, 298, "01.06.", 8),
        Run(113, 298, "01.06.", 8),
        Run(171, 298, "Cash withdrawal", 9),
        Run(447, 298, "32,80 -", 9),
        Run(62, 314, "04.06.", 8),
        Run(113, 314, "04.06.", 8),
        Run(171, 314, "SEPA Credit Transfer", 9),
        Run(514, 314, "4.181,00 +", 9),
        Run(62, 330, "09.06.", 8),
        Run(113, 330, "09.06.", 8),
        Run(171, 330, "Card payment", 9),
        Run(443, 330, "120,95 -", 9),
        Run(171, 350, "New balance as of 30.06.2024", 9),
        Run(514, 350, "4.655,88 +", 9),
    ]


def test_a_german_account_statement(extractor: OfflineExtractor) -> None:
    """A savings bank's compound name ("Stadtsparkasse"), not the "Credit EUR" column; the
    IBAN in its groups as the account number, not the BIC printed beside it; the balances in
    whichever of the debit and credit columns holds them."""
    results = extractor.extract(
        printed_document(_german_statement()), CATALOG["bank-statement"], [0]
    )
    values = leaves(results)
    assert values["bank_name"] == "Stadtsparkasse Lindenau"
    assert values["account_number"] == "DE68 1547 9855 9393 6612 34"
    rows = summary_rows(results)
    assert rows.get("Old balance as of 31.05.2024") == pytest.approx(628.63)


def _card_statement() -> list[Run]:
    runs = [
        Run(40, 30, "MoneyPath", 22, bold=True),
        Run(460, 34, "Monthly Card Statement", 11, bold=True),
        Run(432, 48, "July 01, 2023 through July 31, 2023", 9),
        Run(40, 57, "Payroll Visa Card", 9),
        Run(40, 68, "Issued by First Harbor Bank, Member FDIC", 8),
        Run(60, 99, "JOSEPH ROBINSON", 10),
        Run(60, 111, "9217 WALNUT AVENUE", 10),
        Run(60, 123, "HARRISBURG, PA 17178", 10),
        Run(345, 99, "Card Number", 8),
        Run(482, 99, "**** **** **** 0386", 9),
        Run(345, 111, "Account Type", 8),
        Run(486, 111, "Payroll Card Account", 9),
        Run(345, 127, "Beginning Card Balance", 8),
        Run(535, 127, "$529.09", 9),
        Run(345, 139, "Loads and Credits", 8),
        Run(533, 139, "+$828.32", 9),
        Run(345, 151, "Purchases and Fees", 8),
        Run(534, 151, "-$604.00", 9),
        Run(345, 163, "Ending Card Balance", 8),
        Run(535, 163, "$753.41", 9),
        Run(44, 202, "Trans Date", 8),
        Run(96, 202, "Post Date", 8),
        Run(148, 202, "Description", 8),
        Run(413, 202, "Amount", 8),
        Run(487, 202, "Fee", 8),
        Run(540, 202, "Balance", 8),
    ]
    entries = [
        ("07/01", "POS PURCHASE CVS/PHARMACY", "-$33.75", "$495.34"),
        ("07/06", "POS PURCHASE WALMART", "-$90.41", "$404.93"),
        ("07/09", "PAYROLL LOAD - BLUEPEAK SUPPLY", "$674.99", "$1,079.92"),
        ("07/12", "ONLINE BILL PAY SPECTRUM", "-$70.02", "$1,009.90"),
        ("07/23", "CARD-TO-CARD TRANSFER TO MARK", "-$15.77", "$994.13"),
    ]
    for k, (day, text, amount, balance) in enumerate(entries):
        y = 218 + 14 * k
        runs += [Run(44, y, day, 9), Run(96, y, day, 9), Run(148, y, text, 9)]
        runs += [Run(412, y, amount, 9), Run(538, y, balance, 9)]
    return runs


def test_a_prepaid_cards_statement(
    extractor: OfflineExtractor, classifier: OfflineClassifier
) -> None:
    """A payroll card's statement: the bank is the one that issues the card, not the brand
    over it; its "Beginning/Ending Card Balance" make it a statement among all 12 blueprints,
    and its summary is that list, not the transactions."""
    document = printed_document(_card_statement())
    schemas = list(CATALOG.values())
    scores = classifier.scores(document, [0], schemas)
    assert list(CATALOG)[scores.index(max(scores))] == "bank-statement"
    results = extractor.extract(document, CATALOG["bank-statement"], [0])
    assert leaves(results)["bank_name"] == "First Harbor Bank"
    rows = summary_rows(results)
    assert rows.get("Beginning Card Balance") == pytest.approx(529.09)
    assert rows.get("Ending Card Balance") == pytest.approx(753.41)
    # One signed "Amount" column: a purchase is a withdrawal, a load a deposit.
    table = next(
        r for r in results if isinstance(r, TableResult) and r.field.name.startswith("trans")
    )
    entries = [{cell.field.name: cell.value for cell in row} for row in table.rows]
    assert entries[0]["date"] == "2023-07-01"
    assert (entries[0]["withdrawals"], entries[0]["deposits"]) == (pytest.approx(33.75), None)
    assert (entries[2]["withdrawals"], entries[2]["deposits"]) == (None, pytest.approx(674.99))


@pytest.fixture(scope="module")
def classifier(extractor: OfflineExtractor) -> OfflineClassifier:
    return OfflineClassifier(extractor.vectors.embedder)


def test_a_pension_payment_advice_is_a_payslip(classifier: OfflineClassifier) -> None:
    """A retiree's monthly pension advice is the pay stub of a pension."""
    runs = [
        Run(400, 30, "PENSION PAYMENT ADVICE", 13, bold=True),
        Run(50, 32, "Riverbend Industries Retirement Plan", 14, bold=True),
        Run(360, 100, "Member ID", 8),
        Run(520, 100, "0669764", 9),
        Run(70, 118, "THOMAS K MILLER", 10),
        Run(360, 130, "Benefit period", 8),
        Run(460, 130, "01/01/2024 - 01/31/2024", 9),
        Run(360, 145, "Payment date", 8),
        Run(480, 145, "February 01, 2024", 9),
        Run(56, 228, "Description", 9),
        Run(390, 228, "This Payment", 9),
        Run(510, 228, "Year to Date", 9),
        Run(56, 248, "Gross monthly benefit", 9),
        Run(400, 248, "1,722.09", 9),
        Run(520, 248, "1,722.09", 9),
        Run(56, 262, "Federal income tax withheld", 9),
        Run(405, 262, "172.21-", 9),
        Run(525, 262, "172.21-", 9),
        Run(56, 350, "NET PAYMENT", 10, bold=True),
        Run(395, 350, "$1,549.88", 10, bold=True),
    ]
    document = printed_document(runs)
    scores = classifier.scores(document, [0], list(CATALOG.values()))
    assert list(CATALOG)[scores.index(max(scores))] == "payslip"
    # It names itself a pay stub: a marker, whatever its fields say.
    assert any(
        "payslip" in m for m in marker_phrases("PENSION PAYMENT ADVICE  This is not a check")
    )


def test_a_card_brand_in_a_tables_cell_is_no_card_shown() -> None:
    """ "| Payment - Discover | ($121.02) |" records a payment on an invoice; "VISA | ****1234"
    and "MASTERCARD XXXX1001" show the card a sale was paid by."""
    assert "paid by card" not in cues("| Payment - Discover | ($121.02) |\n| Total | 9.00 |")
    assert "paid by card" in cues("VISA | ****1234  12.50  TOTAL 12.50")
    assert "paid by card" in cues("MASTERCARD XXXX1001  12.50  TOTAL 12.50")
    assert "billed to be paid later" in cues("Previous Balance $222.67  Total $12.50")


def test_a_w2_worksheets_year_and_a_name_box_lettered_e_f(extractor: OfflineExtractor) -> None:
    """A tax program's "2022 Federal Worksheet" names the tax year; "e/f EMPLOYEE'S NAME" is a
    box of its own (not the continuation of "d CONTROL NUMBER" over it, nor a column under a
    row of lettered headings), its value under the next column's captions."""
    runs = [
        Run(250, 24, "2022 Federal Worksheet", 9),
        Run(40, 150, "b EMPLOYER ID NUMBER (EIN)", 6),
        Run(50, 160, "64-8383987", 9),
        Run(310, 150, "1 WAGES, TIPS, OTHER COMP.", 6),
        Run(320, 160, "187,181.42", 9),
        Run(40, 180, "d CONTROL NUMBER", 6),
        Run(175, 180, "a EMPLOYEE'S SSA NUMBER", 6),
        Run(182, 190, "681-45-8829", 9),
        Run(40, 200, "e/f EMPLOYEE'S NAME, ADDRESS, AND ZIP CODE", 6),
        Run(310, 220, "12 SEE INSTRUCTIONS FOR BOX 12", 6),
        Run(60, 225, "AISHA P MARTINEZ", 9),
        Run(60, 237, "6996 OAK WAY SUITE 325", 9),
        Run(60, 249, "NASHVILLE, TN 37245", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["tax_year"] == "2022"
    assert values["employee_general_info/first_name"] == "AISHA P"
    assert values["employee_general_info/employee_last_name"] == "MARTINEZ"
    assert is_box_label("12 SEE INSTRUCTIONS FOR BOX 12")
    assert is_box_label("13 STAT EMP RET PLAN 3RD PARTY SICK")
    assert not is_box_label("12 Park Avenue, Suite 400")


def test_a_licence_box_of_two_fields(extractor: OfflineExtractor) -> None:
    """ "SEX / HEIGHT" over "F 6'-07\"": the sex is "F"."""
    runs = [
        Run(40, 20, "NEW YORK", 24, bold=True),
        Run(40, 60, "DRIVER LICENSE", 14, bold=True),
        Run(44, 100, "SURNAME", 7),
        Run(44, 110, "BROWN", 15),
        Run(44, 140, "GIVEN NAMES", 7),
        Run(44, 150, "THOMAS", 15),
        Run(44, 190, "DATE OF BIRTH", 7),
        Run(160, 190, "SEX / HEIGHT", 7),
        Run(44, 200, "19 DEC 1981", 14),
        Run(160, 200, "F 6'-07\"", 14),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-driver-license"], [0]))
    assert values["PERSONAL_DETAILS/SEX"] == "F"


def test_a_certified_checks_memo_beside_its_stamp(extractor: OfflineExtractor) -> None:
    """The memo written over its line, right of "Memo"; the bank's certification stamp far
    across the check on the same row is no memo."""
    runs = [
        Run(14, 10, "TOMASZ B. WILLIAMS", 8),
        Run(400, 10, "2939", 10),
        Run(280, 38, "Date September 2, 2023", 10),
        Run(14, 68, "Pay to the", 7),
        Run(14, 76, "Order of", 7),
        Run(62, 65, "Sarah Miller", 12),
        Run(345, 66, "$ 2,082.28", 12),
        Run(20, 91, "Two Thousand Eighty-Two and 28/100", 11),
        Run(384, 101, "Dollars", 8),
        Run(174, 117, "Meridian Community Bank", 8),
        Run(176, 126, "CERTIFIED", 9, bold=True),
        Run(260, 133, "Tomasz B. Williams", 13),
        Run(44, 137, "Dinner", 10),
        Run(162, 137, "MERIDIAN COMMUNITY BANK", 5),
        Run(14, 145, "Memo", 7),
        Run(176, 145, "SEP 04 2023 BY PK", 6),
        Run(168, 153, "PAYMENT GUARANTEED", 5),
    ]
    document = printed_document(runs, width=440, height=200)
    values = leaves(extractor.extract(document, CATALOG["us-bank-check"], [0]))
    assert values["memo"] == "Dinner"


def test_a_split_restaurant_check(extractor: OfflineExtractor) -> None:
    """The check's number ("CHK"), not the card's approval code; the tip is the total of the
    two payments' tips, which the receipt prints; a phone number with its area code in
    parentheses reads the date month first."""
    runs = [
        Run(60, 20, "ROBERTS'S BRASSERIE", 16, bold=True),
        Run(90, 42, "5834 LINCOLN LANE, BOISE, ID 83748", 9),
        Run(100, 56, "(891) 516-1980", 9),
        Run(14, 80, "SERVER: PRIYA", 9),
        Run(200, 80, "CHK 17853", 9),
        Run(14, 94, "02/11/2023", 9),
        Run(14, 120, "SUBTOTAL", 10),
        Run(220, 120, "119.50", 10),
        Run(14, 134, "TAX", 10),
        Run(226, 134, "12.25", 10),
        Run(14, 148, "TOTAL", 11, bold=True),
        Run(220, 148, "131.75", 11, bold=True),
        Run(14, 170, "PAYMENT 1 OF 2", 9),
        Run(226, 170, "65.88", 9),
        Run(24, 183, "AMEX XXXXXXXXXXXX8058", 9),
        Run(24, 196, "AUTH 216258", 9),
        Run(24, 209, "TIP", 9),
        Run(226, 209, "13.18", 9),
        Run(14, 226, "PAYMENT 2 OF 2", 9),
        Run(226, 226, "65.87", 9),
        Run(24, 239, "CASH", 9),
        Run(226, 239, "75.75", 9),
        Run(24, 252, "TIP", 9),
        Run(232, 252, "9.88", 9),
        Run(14, 272, "TOTAL TIPS", 10),
        Run(226, 272, "23.06", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs, width=260), CATALOG["receipt"], [0]))
    assert values["receipt_number"] == "17853"
    assert values["tip"] == pytest.approx(23.06)
    assert values["transaction_date"] == "2023-02-11"
    assert looks_american(["Call (891) 516-1980"])
    assert not looks_american(["Tel 0891 516 1980"])


def test_a_row_of_box_captions_spelled_with_box(extractor: OfflineExtractor) -> None:
    """Captions that print the word "Box" before their number ("Box 1 Wages, tips", "Box 2
    Federal income tax withheld") side by side: no lettered column headings, and no crash
    reading their letters."""
    runs = [
        Run(40, 60, "Box 1 Wages, tips, other comp.", 6),
        Run(300, 60, "Box 2 Federal income tax withheld", 6),
        Run(60, 70, "48,210.55", 9),
        Run(320, 70, "6,120.00", 9),
        Run(40, 90, "Box 3 Social security wages", 6),
        Run(300, 90, "Box 4 Social security tax withheld", 6),
        Run(60, 100, "48,210.55", 9),
        Run(320, 100, "2,989.05", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(48210.55)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(6120.00)
    assert values["federal_tax_info/social_security_tax"] == pytest.approx(2989.05)


def test_a_total_repeated_on_the_remittance_stub(extractor: OfflineExtractor) -> None:
    """The stub under the invoice repeats its total as "Amount Due": the amount before tax is
    still the one the tax makes up to the total, not the total printed twice."""
    runs = [
        Run(100, 30, "Ironwood Logistics Group", 14, bold=True),
        Run(480, 30, "INVOICE", 16, bold=True),
        Run(400, 100, "Invoice No. INV-41487", 9),
        Run(40, 200, "Qty", 8),
        Run(90, 200, "Description", 8),
        Run(520, 200, "Amount", 8),
        Run(40, 214, "12", 9),
        Run(90, 214, "Pallet racking", 9),
        Run(510, 214, "30,860.39", 9),
        Run(405, 330, "Merchandise Total", 9),
        Run(518, 330, "30,860.39", 9),
        Run(405, 344, "Sales Tax 8.875%", 9),
        Run(523, 344, "2,738.86", 9),
        Run(425, 358, "Invoice Total", 10),
        Run(515, 358, "33,599.25", 10),
        Run(40, 590, "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", 7),
        Run(400, 640, "Payment Due 12-MAY-2024", 9),
        Run(405, 658, "Amount Due $33,599.25", 9),
        Run(387, 672, "Amount Enclosed $ ____________", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["TOTAL"] == pytest.approx(33599.25)
    assert values["SUBTOTAL"] == pytest.approx(30860.39)


def test_a_net_pay_label_over_the_line_of_its_amount(extractor: OfflineExtractor) -> None:
    """ "NET PAY DEPOSITED" on a line of its own, its amount on the next line beside the bank
    account it went to: the label over the amount names it, not the account's words."""
    runs = [
        Run(40, 20, "Maple Leaf Staffing Inc.", 14, bold=True),
        Run(40, 70, "Employee", 8),
        Run(120, 70, "Priya Patel", 10),
        Run(46, 140, "GROSS PAY / SALAIRE BRUT", 7),
        Run(226, 140, "DEDUCTIONS / RETENUES", 7),
        Run(406, 140, "NET PAY / SALAIRE NET", 7),
        Run(140, 152, "$1,852.50", 13),
        Run(332, 152, "$414.43", 13),
        Run(500, 152, "$1,438.07", 13),
        Run(46, 400, "Regular Pay", 9),
        Run(210, 400, "37.50", 9),
        Run(270, 400, "49.40", 9),
        Run(340, 400, "1,852.50", 9),
        Run(46, 482, "NET PAY DEPOSITED / DÉPÔT DU SALAIRE NET", 8),
        Run(514, 491, "$1,438.07", 13),
        Run(46, 497, "Dominion Maple Bank Transit 24168 Account ****5500", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["CurrentNetPay"] == pytest.approx(1438.07)
