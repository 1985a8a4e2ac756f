"""Headings, captions and boxes that say whose or which a value is: a year-to-date heading over
a statement's totals, a party's heading over its "Name" and "Address" captions, "Box 1" over a
caption, a form's small captions over bigger typed values, two captions side by side, a card's
numbered captions; and the words that tell one amount or date from its neighbour ("Net" is no
gross, "Date due" no issue date). Documents built with openbda.samples and read by the real PDF
builder."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.model import FieldType, InferenceType, LeafField
from openbda.document.model import BoundingBox, Word
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.kinds import Ask
from openbda.extraction.offline.shapes import date_runs, yearless_start
from openbda.extraction.offline.text import FieldWords, tokens
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, cues, leaves, printed_document


def _extract(
    extractor: OfflineExtractor, runs: list[Run], kind: str, width: float = 612
) -> dict[str, object]:
    return leaves(extractor.extract(printed_document(runs, width), CATALOG[kind], [0]))


def _words(text: str) -> list[Word]:
    box = BoundingBox(left=0.1, top=0.1, width=0.05, height=0.01)
    return [Word(text=t, box=box, confidence=1.0) for t in text.split()]


def test_a_weekly_earnings_statement(extractor: OfflineExtractor) -> None:
    """A gig platform's weekly statement: the week printed once with its year at the end, this
    week's "Total earnings" and the same label again under a "Year to date (2023)" heading, a
    daily table whose "Day total" column is no amount paid (a day without trips prints "-"), the
    net payout last."""
    runs = [
        Run(40, 20, "ZipCart", 22, bold=True),
        Run(440, 22, "Weekly Earnings Statement", 12, bold=True),
        Run(40, 84, "James Sanchez", 12),
        Run(330, 84, "Week", 9),
        Run(450, 84, "Mon Nov 6 - Sun Nov 12, 2023", 10),
        Run(330, 98, "Payout date", 9),
        Run(520, 98, "Nov 14, 2023", 10),
        Run(40, 160, "Earnings", 12, bold=True),
        Run(52, 178, "Batch pay", 10),
        Run(347, 178, "$743.86", 10),
        Run(52, 192, "Customer tips", 10),
        Run(347, 192, "$179.60", 10),
        Run(40, 210, "Total earnings", 11, bold=True),
        Run(344, 210, "$923.46", 11, bold=True),
        Run(40, 236, "Fees", 12, bold=True),
        Run(52, 254, "Express payout fee", 10),
        Run(354, 254, "-$0.99", 10),
        Run(50, 290, "Net payout", 14, bold=True),
        Run(320, 290, "$922.47", 16, bold=True),
        Run(44, 340, "Day", 8),
        Run(250, 340, "Batch pay", 8),
        Run(340, 340, "Tips", 8),
        Run(500, 340, "Day total", 8),
        Run(44, 356, "Monday Nov 6", 9),
        Run(250, 356, "134.10", 9),
        Run(340, 356, "17.86", 9),
        Run(500, 356, "151.96", 9),
        Run(44, 370, "Tuesday Nov 7", 9),
        Run(250, 370, "-", 9),
        Run(340, 370, "-", 9),
        Run(500, 370, "-", 9),
        Run(44, 384, "Wednesday Nov 8", 9),
        Run(250, 384, "113.46", 9),
        Run(340, 384, "35.43", 9),
        Run(500, 384, "148.89", 9),
        Run(48, 420, "Year to date (2023)", 9, bold=True),
        Run(48, 434, "Total earnings", 10),
        Run(247, 434, "$33,622.26", 11),
    ]
    values = _extract(extractor, runs, "payslip")
    assert values["PayPeriodStartDate"] == "2023-11-06"
    assert values["PayPeriodEndDate"] == "2023-11-12"
    assert values["PayDate"] == "2023-11-14"
    assert values["CurrentGrossPay"] == pytest.approx(923.46)
    assert values["CurrentNetPay"] == pytest.approx(922.47)
    assert values["YTDGrossPay"] == pytest.approx(33622.26)


def test_gross_pay_on_the_total_row_this_period_and_to_date(
    extractor: OfflineExtractor,
) -> None:
    """An earnings table under "EARNINGS  Hours  Rate  Current  Year to Date": "EARNINGS"
    heads the first column, no section; gross pay is the "Total Earnings" row, this period's
    and the year's, not the regular pay line's."""
    runs = [
        Run(40, 20, "Maplewood Regional Health", 16, bold=True),
        Run(420, 22, "PAY STATEMENT", 14, bold=True),
        Run(40, 60, "Employee", 8),
        Run(120, 60, "Elizabeth Lindqvist", 10),
        Run(40, 200, "EARNINGS", 8, bold=True),
        Run(300, 200, "Hours", 8),
        Run(380, 200, "Rate", 8),
        Run(450, 200, "Current", 8),
        Run(520, 200, "Year to Date", 8),
        Run(40, 214, "Regular Pay", 9),
        Run(300, 214, "80.00", 9),
        Run(380, 214, "56.79", 9),
        Run(450, 214, "4,543.20", 9),
        Run(520, 214, "53,232.34", 9),
        Run(40, 226, "Vacation Pay 4%", 9),
        Run(450, 226, "181.73", 9),
        Run(520, 226, "2,138.81", 9),
        Run(40, 238, "Total Earnings", 9, bold=True),
        Run(450, 238, "4,724.93", 9, bold=True),
        Run(520, 238, "55,371.15", 9, bold=True),
        Run(40, 300, "NET PAY", 10, bold=True),
        Run(450, 300, "$3,467.42", 12, bold=True),
    ]
    values = _extract(extractor, runs, "payslip")
    assert values["CurrentGrossPay"] == pytest.approx(4724.93)
    assert values["YTDGrossPay"] == pytest.approx(55371.15)
    assert values["CurrentNetPay"] == pytest.approx(3467.42)


def test_a_range_printing_its_year_once() -> None:
    end = _words("Sun Nov 12, 2023")[1:]
    words = _words("Mon Nov 6 -") + end
    found = yearless_start(words, end)
    assert found is not None and [w.text for w in found[0]] == ["Mon", "Nov", "6"]
    assert found[1] == dt.date(2023, 11, 6)
    # across the new year: the start is in the year before
    end = _words("Jan 3, 2024")
    found = yearless_start(_words("Dec 28 -") + end, end)
    assert found is not None and found[1] == dt.date(2023, 12, 28)
    # no join, no range; a lone day is not a start
    assert yearless_start(_words("Nov 6") + end, end) is None
    assert yearless_start(_words("6 -") + end, end) is None
    # "1 - Dec 31," out of "Dec 1 - Dec 31, 2024" is no date of its own
    runs = [[w.text for w in run] for run in date_runs(_words("Dec 1 - Dec 31, 2024"))]
    assert runs == [["Dec", "31,", "2024"]]


def test_two_captions_side_by_side_and_the_issue_date(extractor: OfflineExtractor) -> None:
    """ "BILL TO" beside "REMIT TO", each over its block: the customer is the bill-to block,
    not "REMIT TO"; "Date due" is a deadline, no date of issue."""
    runs = [
        Run(90, 24, "Northwind Trucking Co.", 16, bold=True),
        Run(40, 70, "Invoice number", 9),
        Run(150, 70, "F5428601", 9),
        Run(40, 84, "Date due", 9),
        Run(150, 84, "January 24, 2025", 9),
        Run(40, 98, "Date of issue", 9),
        Run(150, 98, "December 25, 2024", 9),
        Run(40, 130, "BILL TO", 8, bold=True),
        Run(220, 130, "REMIT TO", 8, bold=True),
        Run(40, 142, "Bluepeak Health Partners LLC", 10),
        Run(40, 154, "4851 Spruce Ct", 10),
        Run(40, 166, "Columbus, OH 43238", 10),
        Run(220, 142, "Northwind Trucking Co.", 10),
        Run(220, 154, "P.O. Box 50905", 10),
        Run(220, 166, "Richmond, VA 23248", 10),
        Run(40, 220, "Description", 9),
        Run(480, 220, "Amount", 9),
        Run(40, 236, "Freight, Nashville to Boise", 9),
        Run(480, 236, "1,200.00", 9),
        Run(380, 270, "Total", 10, bold=True),
        Run(480, 270, "1,200.00", 10, bold=True),
    ]
    values = _extract(extractor, runs, "invoice")
    assert values["RECEIVERNAME"] == "Bluepeak Health Partners LLC"
    assert values["DATE"] == "2024-12-25"


def test_party_headings_over_name_and_address_captions(extractor: OfflineExtractor) -> None:
    """A bank's web page of a 1099-INT: "PAYER" and "RECIPIENT" head stacks of "Name",
    "Address" and TIN captions over their values; "Box 1" printed over its caption, the amount
    under it and to the right."""
    runs = [
        Run(36, 30, "Pioneer Trust Bank", 14, bold=True),
        Run(36, 80, "Form 1099-INT: Interest Income", 16, bold=True),
        Run(36, 104, "Tax year 2021 - Copy B for Recipient", 9),
        Run(46, 150, "PAYER", 9, bold=True),
        Run(322, 150, "RECIPIENT", 9, bold=True),
        Run(46, 166, "Name", 7),
        Run(322, 166, "Name", 7),
        Run(46, 175, "Pioneer Trust Bank", 10),
        Run(322, 175, "Kenneth E Scott", 10),
        Run(46, 190, "Address", 7),
        Run(322, 190, "Address", 7),
        Run(46, 199, "4933 Pine Blvd", 10),
        Run(322, 199, "1138 Ridge Rd", 10),
        Run(46, 210, "Harrisburg, PA 17179", 10),
        Run(322, 210, "Trenton, NJ 08656", 10),
        Run(46, 226, "Payer's TIN", 7),
        Run(322, 226, "Recipient's TIN", 7),
        Run(46, 235, "24-7493419", 10),
        Run(322, 235, "312-22-1593", 10),
        Run(44, 300, "Box 1", 7),
        Run(226, 300, "Box 2", 7),
        Run(44, 310, "Interest income", 7),
        Run(226, 310, "Early withdrawal penalty", 7),
        Run(148, 322, "$7,817.29", 13),
        Run(380, 322, "$76.51", 13),
    ]
    values = _extract(extractor, runs, "form-1099-int")
    assert values["payer/name"] == "Pioneer Trust Bank"
    assert values["recipient/name"] == "Kenneth E Scott"
    assert values["payer/tin"] == "24-7493419"
    assert values["recipient/tin"] == "312-22-1593"
    assert values["interest_income"] == pytest.approx(7817.29)
    assert values["early_withdrawal_penalty"] == pytest.approx(76.51)


def test_small_captions_over_indented_values_on_the_official_grid(
    extractor: OfflineExtractor,
) -> None:
    """The 1099-MISC grid: captions in small print, the typed values bigger and indented under
    them; the recipient's name several rows under its caption, past the lines of a neighbour
    box's caption ("totaling $5,000 or more of"); a box caption of nine words."""
    small = 5.0
    runs = [
        Run(48, 45, "PAYER'S name, street address, city or town, state or province,", small),
        Run(48, 51, "country, ZIP or foreign postal code, and telephone no.", small),
        Run(58, 77, "SILVERLINE HEALTH PARTNERS INC.", 7.5),
        Run(58, 88, "7702 CHESTNUT WAY SUITE 324", 7.5),
        Run(58, 99, "RALEIGH, NC 27654", 7.5),
        Run(254, 45, "1 Rents", 5.5),
        Run(254, 71, "2 Royalties", 5.5),
        Run(254, 97, "3 Interest on U.S. Savings Bonds and Treasury obligations", 5.5),
        Run(372, 113, "36283.83", 7.5),
        Run(410, 60, "OMB No. 1545-0115", 5.5),
        Run(410, 72, "Form 1099-MISC", 10, bold=True),
        Run(410, 97, "For calendar year", small),
        Run(476, 102, "2023", 7.5),
        Run(48, 157, "RECIPIENT'S name", small),
        Run(254, 152, "7 Payer made direct sales", 5.5),
        Run(260, 158, "totaling $5,000 or more of", 5.5),
        Run(260, 165, "consumer products to recipient", 5.5),
        Run(260, 172, "for resale", 5.5),
        Run(58, 174, "WILLIAM J CLARK", 7.5),
        Run(48, 241, "Account number (see instructions)", small),
        Run(58, 260, "962-9141651", 7.5),
    ]
    values = _extract(extractor, runs, "form-1099-misc")
    assert values["payer/name"] == "SILVERLINE HEALTH PARTNERS INC."
    assert values["recipient/name"] == "WILLIAM J CLARK"
    assert values["account_number"] == "962-9141651"
    assert values["tax_year"] == "2023"


def test_a_card_line_with_its_own_label_and_numbered_captions(
    extractor: OfflineExtractor,
) -> None:
    """ "DRIVER LICENSE" over "DL 24 415 583": the line has its own label, the number is the
    rest. An identification card's numbered captions over their values ("1 FAMILY NAME" over
    "BROWN", "4d IDN" over the number): the captions are no names, and the given names
    "THOMAS JAMES" are no card label "THOMAS" and its value: the first name is THOMAS."""
    runs = [
        Run(20, 14, "MASSACHUSETTS", 20, bold=True),
        Run(20, 44, "DRIVER LICENSE", 12, bold=True),
        Run(20, 70, "DL 24 415 583", 16),
        Run(20, 100, "LOPEZ", 14),
        Run(20, 118, "KAREN", 14),
        Run(20, 140, "7066 WALNUT DR", 10),
        Run(20, 154, "SALEM, MA 01922", 10),
        Run(20, 176, "DOB 10/05/1975", 12),
        Run(200, 176, "EXP 10/05/2024", 12),
    ]
    values = _extract(extractor, runs, "us-driver-license", width=380)
    assert values["ID_NUMBER"] == "24 415 583"

    runs = [
        Run(120, 10, "NEW YORK", 20, bold=True),
        Run(100, 40, "IDENTIFICATION CARD", 14, bold=True),
        Run(100, 70, "4d IDN", 7),
        Run(100, 78, "M0044036", 14),
        Run(100, 110, "1 FAMILY NAME", 7),
        Run(100, 118, "BROWN", 13),
        Run(100, 140, "2 GIVEN NAME", 7),
        Run(100, 148, "THOMAS JAMES", 13),
        Run(100, 172, "3 DOB", 7),
        Run(180, 172, "4a ISS", 7),
        Run(260, 172, "4b EXP", 7),
        Run(100, 180, "12/19/1981", 11),
        Run(180, 180, "11/24/2023", 11),
        Run(260, 180, "12/19/2031", 11),
    ]
    values = _extract(extractor, runs, "us-driver-license", width=380)
    assert values["ID_NUMBER"] == "M0044036"
    assert values["NAME_DETAILS/LAST_NAME"] == "BROWN"
    assert values["NAME_DETAILS/FIRST_NAME"] == "THOMAS"


def test_a_year_apart_beside_a_form_number_run_on_from_form(
    extractor: OfflineExtractor,
) -> None:
    """A household employer's W-2: the boxes on top, the title "FormW-2 Wage and Tax" (the
    form's number run on from "Form") and the year apart beside it lower down the page."""
    runs = [
        Run(40, 40, "a Employee's social security number", 6),
        Run(50, 50, "443-54-5663", 10),
        Run(300, 40, "1 Wages, tips, other compensation", 6),
        Run(310, 50, "40456.57", 10),
        Run(40, 80, "c Employer's name, address, and ZIP code", 6),
        Run(50, 90, "Sandra Gonzalez", 10),
        Run(36, 352, "FormW-2 Wage and Tax", 20, bold=True),
        Run(116, 364, "Statement", 11, bold=True),
        Run(236, 350, "2024", 24),
        Run(336, 357, "Department of the Treasury-Internal Revenue Service", 6),
    ]
    values = _extract(extractor, runs, "w2-form")
    assert values["tax_year"] == "2024"


def test_the_payee_block_is_no_drawer(extractor: OfflineExtractor) -> None:
    """An insurer's claim check: the payee's name and address sit under "TO THE / ORDER OF";
    that mailing block is the payee's, never the account holder's: the drawer is the insurer
    whose name heads the check."""
    runs = [
        Run(36, 28, "Atlas Mutual Insurance Company", 15, bold=True),
        Run(36, 46, "6657 Mill Dr - Lansing, MI 48910", 8),
        Run(486, 28, "CLAIM PAYMENT", 12, bold=True),
        Run(492, 44, "No. 5648575793", 10),
        Run(40, 72, "DATE", 6),
        Run(40, 83, "03/15/2023", 9),
        Run(466, 68, "PAY EXACTLY", 7),
        Run(478, 84, "$*****2,511.17", 10),
        Run(36, 108, "PAY TWO THOUSAND FIVE HUNDRED ELEVEN AND 17/100 DOLLARS", 9),
        Run(36, 133, "TO THE", 8),
        Run(36, 141, "ORDER OF", 8),
        Run(86, 134, "ASHLEY MARTIN", 10),
        Run(86, 145, "6868 HILL ST # 61", 10),
        Run(86, 156, "DENVER, CO 80250", 10),
        Run(330, 133, "PAYABLE THROUGH", 7),
        Run(330, 142, "Pioneer Trust Bank", 10),
        Run(110, 240, "C5648575793C A252556438A 405354906C", 12),
    ]
    values = _extract(extractor, runs, "us-bank-check")
    assert values["payee_name"] == "ASHLEY MARTIN"
    assert values["account_holder_name"] == "Atlas Mutual Insurance Company"


def _field(name: str, instruction: str, kind: FieldType = FieldType.NUMBER) -> LeafField:
    return LeafField(
        name=name,
        path=(name,),
        location=f"properties.{name}",
        type=kind,
        is_list=False,
        inference_type=InferenceType.EXPLICIT,
        instruction=instruction,
    )


def _ask(name: str, instruction: str, kind: FieldType = FieldType.NUMBER) -> Ask:
    return Ask.of(_field(name, instruction, kind))


def test_a_label_naming_the_opposite_or_another_date_is_refused() -> None:
    gross = _ask("CurrentGrossPay", "The gross pay for the current pay period.")
    assert gross.refuses_label("Net Pay")
    assert not gross.refuses_label("Gross Pay")
    assert not gross.refuses_label("Gross to Net")
    deductions = _ask("CurrentTotalDeductions", "The total of all deductions.")
    assert deductions.refuses_label("Total earnings")
    assert not deductions.refuses_label("Total deductions")
    deposits = _ask("total_deposits", "The total of deposits and other credits.")
    assert deposits.refuses_label("Withdrawals and debits")
    issued = _ask(
        "DATE", "The date the invoice was issued, in YYYY-MM-DD format.", FieldType.STRING
    )
    assert issued.refuses_label("Date due")
    assert issued.refuses_label("DOB")
    assert not issued.refuses_label("Date of issue")
    expiry = _ask("EXPIRATION_DATE", "The date the license expires (EXP).", FieldType.STRING)
    assert not expiry.refuses_label("EXP")
    assert expiry.refuses_label("DOB")


def test_what_brackets_after_an_instruction_s_head_name_counts_fully() -> None:
    fields = [
        _field("CurrentGrossPay", "The gross pay (total earnings before taxes and deductions)."),
        _field("LastName", "The last name (surname).", FieldType.STRING),
    ]
    gross, last = FieldWords.of_fields(fields)
    assert gross.overlap(tokens("Total earnings")) == 1.0
    assert gross.overlap(tokens("Total")) < 1.0  # one word of a longer restatement
    assert last.overlap(tokens("Surname")) == 1.0


def test_what_a_label_leaves_out_or_counts() -> None:
    tax = _ask("tax", "The sales tax amount.")
    assert tax.refuses_label("Total before tax")
    assert tax.refuses_label("Subtotal excl. VAT")
    assert not tax.refuses_label("Estimated tax to be collected")
    subtotal = _ask("subtotal", "The subtotal before tax.")
    assert not subtotal.refuses_label("Item(s) Subtotal")
    assert subtotal.refuses_label("Total Items")


def test_a_card_paid_is_a_transaction_cue() -> None:
    text = "Order Total: $94.44\nPayment Method:\nDiscover | Last digits: 5975\nTotal $94.44"
    assert "paid by card" in cues(text)
    assert "paid by card" not in cues("This invoice will be charged to the card on file. 1.00 2.00")
