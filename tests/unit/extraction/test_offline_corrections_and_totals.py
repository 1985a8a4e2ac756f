"""The offline backend where a value sits among others that look like it: a correction letter's
table of amounts previously reported, corrected and changed; a form's year beside its title; a
form printed in several copies on one page; a social security number inside the employee's
address block; a pay advice's period dates over its check date; a pay statement's week total
over its earnings; an invoice that names its customer with an honorific; and a till receipt's
tax rate, telephone and date. Documents built with openbda.samples and read by the real PDF
builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.shapes import PHONE
from openbda.extraction.values import looks_american
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, leaves, printed_document


def test_a_correction_letters_table_of_old_new_and_change(extractor: OfflineExtractor) -> None:
    """ "Interest income  3,908.64  7,817.29  +3,908.65" under "Previously reported  Corrected
    Change": the corrected amount is the interest, not the first amount of the row."""
    runs = [
        Run(60, 36, "Pioneer Trust Bank", 16, bold=True),
        Run(60, 57, "4933 Pine Blvd · Harrisburg, PA 17179", 9),
        Run(60, 170, "IMPORTANT TAX INFORMATION: CORRECTED FORM 1099-INT FOR 2021", 11),
        Run(60, 270, "Box", 9),
        Run(100, 270, "Description", 9),
        Run(330, 270, "Previously reported", 9),
        Run(440, 270, "Corrected", 9),
        Run(520, 270, "Change", 9),
    ]
    rows = [
        ("1", "Interest income", "3,908.64", "7,817.29", "+3,908.65"),
        ("4", "Federal income tax withheld", "2,063.77", "1,876.15", "-187.62"),
    ]
    for i, (box, what, old, new, change) in enumerate(rows):
        top = 285 + 14 * i
        runs += [Run(64, top, box, 9), Run(100, top, what, 9), Run(366, top, old, 9)]
        runs += [Run(442, top, new, 9), Run(510, top, change, 9)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(7817.29)
    assert values["federal_income_tax_withheld"] == pytest.approx(1876.15)


def _copy(top: float, copy: str) -> list[Run]:
    """One copy of a 1099-INT: the title beside its year, the payer's block, the recipient's."""
    return [
        Run(24, top, "Form 1099-INT", 10, bold=True),
        Run(104, top + 1, "Interest Income", 9),
        Run(284, top + 1, "2024 OMB No. 1545-0112", 8),
        Run(556, top, copy, 10),
        Run(26, top + 22, "PAYER'S name, street address, city, state, ZIP and telephone no.", 5.5),
        Run(246, top + 22, "1 Interest income", 6),
        Run(28, top + 34, "Keystone Bank & Trust", 8),
        Run(376, top + 36, "2,215.31", 8),
        Run(28, top + 43, "989 Sunset Way Suite 306", 8),
        Run(28, top + 52, "Fresno, CA 93785", 8),
        Run(26, top + 100, "RECIPIENT'S name, street address, city, state and ZIP", 5.5),
        Run(28, top + 110, "John K Kowalski", 8),
        Run(28, top + 119, "9104 Harbor Ct", 8),
        Run(28, top + 128, "Salem, MA 01997", 8),
    ]


def test_a_form_in_two_copies_and_its_year_beside_its_title(
    extractor: OfflineExtractor,
) -> None:
    """The payer's block printed again on the second copy is no recipient's address, and
    "Interest Income  2024" (the form's title and year) gives no interest."""
    runs = _copy(20, "Copy B") + _copy(290, "Copy 1")
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(2215.31)
    assert values["recipient/name"] == "John K Kowalski"
    assert values["payer/name"] == "Keystone Bank & Trust"


def test_a_social_security_number_inside_the_employees_block(
    extractor: OfflineExtractor,
) -> None:
    """A payroll portal's W-2 summary: "SSN 681-45-8829" between the employee's name and
    street; the number is the SSN, the block holding it no address."""
    runs = [
        Run(30, 30, "Form W-2 Wage and Tax Statement 2024", 14, bold=True),
        Run(40, 100, "EMPLOYER", 8),
        Run(40, 112, "Ironwood Health Partners", 10),
        Run(40, 124, "EIN 64-8383987", 10),
        Run(40, 136, "7356 Park Dr", 10),
        Run(40, 148, "Austin, TX 78752", 10),
        Run(40, 180, "EMPLOYEE", 8),
        Run(40, 192, "Aisha P Martinez", 10),
        Run(40, 204, "SSN 681-45-8829", 10),
        Run(40, 216, "6996 Oak Way Suite 325", 10),
        Run(40, 228, "Nashville, TN 37245", 10),
        Run(30, 270, "Box 1 - Wages, tips, other compensation", 8),
        Run(30, 280, "$187,181.42", 15),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["employee_general_info/ssn"] == "681-45-8829"
    assert "681-45-8829" not in str(values["employee_general_info/employee_address"])


def test_a_pay_advices_period_dates_over_its_check_date(extractor: OfflineExtractor) -> None:
    """ "Pay Begin Date:" over "Pay End Date:" over "Check Date:": the pay date is the check's,
    not a date of the period's ends, and each end keeps its own label."""
    runs = [
        Run(140, 25, "SPRINGFIELD UNIFIED SCHOOL DISTRICT", 14, bold=True),
        Run(36, 70, "PAY ADVICE", 11, bold=True),
    ]
    pairs = [
        ("Name:", "YOUNG, BRIAN", "Pay Begin Date:", "03/01/2024"),
        ("Employee ID:", "0669764", "Pay End Date:", "03/31/2024"),
        ("Site:", "Roosevelt Middle", "Check Date:", "03/29/2024"),
    ]
    for i, (label, value, date_label, date) in enumerate(pairs):
        top = 100 + 12 * i
        runs += [Run(36, top, label, 8), Run(130, top, value, 8)]
        runs += [Run(360, top, date_label, 8), Run(536, top, date, 8)]
    runs += [Run(36, 200, "Net Pay", 10), Run(200, 200, "2,845.10", 10)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["PayPeriodStartDate"] == "2024-03-01"
    assert values["PayPeriodEndDate"] == "2024-03-31"
    assert values["PayDate"] == "2024-03-29"
    assert values["EmployeeName/LastName"] == "YOUNG"


def test_a_week_total_over_the_earnings_is_no_net_pay(extractor: OfflineExtractor) -> None:
    """A farm worker's pay statement: the days' table ends in "Week total  29  50.00" (units
    and hours), then the earnings and deductions, then "Net pay" over its amount."""
    runs = [
        Run(30, 30, "Northwind Harvesting LLC", 14, bold=True),
        Run(450, 30, "EARNINGS STATEMENT", 12, bold=True),
        Run(30, 60, "Employee", 8),
        Run(30, 70, "Rosa Flores", 11),
        Run(30, 110, "Date", 8),
        Run(120, 110, "Task", 8),
        Run(380, 110, "Units", 8),
        Run(470, 110, "Hours", 8),
    ]
    for i, (units, hours) in enumerate([("5", "7.50"), ("4", "9.00"), ("7", "10.00")]):
        top = 124 + 12 * i
        runs += [Run(30, top, f"Mon 08/0{5 + i}", 8), Run(120, top, "Apples - harvest", 8)]
        runs += [Run(384, top, units, 8), Run(474, top, hours, 8)]
    runs += [Run(30, 164, "Week total", 8), Run(384, 164, "16", 8), Run(470, 164, "26.50", 8)]
    runs += [Run(30, 190, "EARNINGS", 9), Run(200, 190, "Current", 8), Run(260, 190, "YTD", 8)]
    for i, (what, now, ytd) in enumerate(
        [("Piece rate", "736.89", "10,568.44"), ("Rest & recovery", "32.00", "423.08")]
    ):
        top = 204 + 12 * i
        runs += [Run(30, top, what, 8), Run(200, top, now, 8), Run(260, top, ytd, 8)]
    runs += [Run(30, 240, "Federal W/H", 8), Run(200, 240, "36.63", 8)]
    runs += [Run(30, 252, "Social Security", 8), Run(200, 252, "50.59", 8)]
    runs += [Run(30, 280, "Gross pay", 8), Run(200, 280, "Net pay", 8)]
    runs += [Run(30, 290, "$768.89", 14), Run(200, 290, "$681.67", 14)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["CurrentNetPay"] == pytest.approx(681.67)


def test_an_invoice_addressed_with_an_honorific(extractor: OfflineExtractor) -> None:
    """A Japanese invoice in English: the customer's name first, marked "Messrs." (御中), the
    issuer's block on the right."""
    runs = [
        Run(260, 30, "INVOICE", 18, bold=True),
        Run(460, 70, "Date of issue: 2025/01/28", 8),
        Run(460, 80, "Invoice No.: 20250128-012", 8),
        Run(40, 92, "Yamabuki Logistics Co., Ltd. Messrs.", 12),
        Run(40, 115, "Attn: General Affairs Dept.", 8),
        Run(350, 115, "Midori Foods Co., Ltd.", 8),
        Run(350, 125, "Postal code 150-5556", 8),
        Run(350, 135, "8-3-10 Jingumae, Shibuya-ku, Tokyo", 8),
        Run(350, 145, "TEL +81-15-7882-4861", 8),
        Run(40, 190, "Total amount (tax included)", 10),
        Run(270, 190, "¥103,668", 14),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "Yamabuki Logistics Co., Ltd."
    assert "Yamabuki" not in str(values["VENDORNAME"])  # the customer never issues it


def test_a_till_receipts_tax_rate_telephone_and_date(extractor: OfflineExtractor) -> None:
    """ "TAX 1 8.250 %  5.22": a label with its rate; "( 457 ) 331 - 8931" spaced out; a town,
    state and ZIP without a comma say the date "12/11/24" is December 11."""
    runs = [
        Run(150, 20, "SUPERSAVE", 18, bold=True),
        Run(120, 44, "( 457 ) 331 - 8931 Mgr:FATIMA", 9),
        Run(140, 58, "8284 LAKE ST", 9),
        Run(130, 72, "SPRINGFIELD IL 62761", 9),
        Run(20, 100, "COLA 2LTR", 9),
        Run(300, 100, "2.54 X", 9),
        Run(20, 114, "SUBTOTAL", 10),
        Run(300, 114, "67.93", 10),
        Run(20, 128, "TAX 1 8.250 %", 10),
        Run(300, 128, "5.22", 10),
        Run(20, 142, "TOTAL", 12),
        Run(300, 142, "73.15", 12),
        Run(20, 158, "DEBIT TEND", 10),
        Run(300, 158, "73.15", 10),
        Run(110, 200, "12/11/24", 10),
        Run(200, 200, "18:50:00", 10),
    ]
    document = printed_document(runs, width=380, height=300)
    values = leaves(extractor.extract(document, CATALOG["receipt"], [0]))
    assert values["tax"] == pytest.approx(5.22)
    assert values["merchant_phone"] == "( 457 ) 331 - 8931"
    assert values["transaction_date"] == "2024-12-11"


def test_a_spaced_telephone_and_a_state_without_its_comma() -> None:
    match = PHONE.search("call ( 457 ) 331 - 8931 today")
    assert match is not None and match.group() == "( 457 ) 331 - 8931"
    assert looks_american(["SPRINGFIELD IL 62761"])
    assert not looks_american(["47400 PETALING JAYA", "SELANGOR 47400"])
