"""Official forms and identity cards the way they are printed: a boxed tax form whose boxes
carry a number and a small label over the value, a driver licence of numbered abbreviated
fields ("4d DLN", "3 DOB"), US dates read month first, and an invoice number printed after the
word "Invoice" without a colon. Documents built with openbda.samples and read by the real PDF
builder."""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.model import FieldType, InferenceType, LeafField
from openbda.document.model import BoundingBox, Document, Element, ElementType, Word
from openbda.document.pdf import build_pdf_document
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.colon import colon_pairs
from openbda.extraction.offline.kinds import REFUSE, Ask, Kind, kind_check
from openbda.extraction.offline.layout import boxes_row, page_layout
from openbda.extraction.offline.shapes import AMOUNT, is_box_label, without_box_number
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, leaves, printed_document, summary_rows
from tests.unit.tables.pdfgen import Sheet, Stroke, Text
from tests.unit.tables.pdfgen import make_pdf as make_sheets


@functools.cache
def boxed_wage_form() -> Document:
    """A wage statement as the official form prints it: each box a small numbered label with
    its value under it (amounts right-aligned in the box), two boxes to a row, and the
    identity boxes lettered on the left."""
    small = 6.0
    runs = [
        Run(40, 50, "a Employee's SSN", small),
        Run(50, 60, "612-48-3390", 9),
        Run(40, 80, "b Employer identification number (EIN)", small),
        Run(50, 90, "47-1203398", 9),
        Run(40, 110, "c Employer's name, address, and ZIP code", small),
        Run(50, 120, "Halvorsen Tooling Inc.", 9),
        Run(50, 131, "210 Quarry Road", 9),
        Run(50, 142, "Dayton, OH 45402", 9),
    ]
    boxes = (
        (
            "1 Wages, tips, other compensation",
            "61,250.00",
            "2 Federal income tax withheld",
            "7,820.45",
        ),
        ("3 Social security wages", "63,000.00", "4 Social security tax withheld", "3,906.00"),
        ("5 Medicare wages and tips", "63,000.00", "6 Medicare tax withheld", "913.50"),
    )
    for i, (l1, v1, l2, v2) in enumerate(boxes):
        top = 80 + 30 * i
        runs += [Run(330, top, l1, small), Run(400, top + 12, v1, 9)]
        runs += [Run(460, top, l2, small), Run(535, top + 12, v2, 9)]
    runs += [
        Run(40, 200, "Form W-2 Wage and Tax Statement", 11, bold=True),
        Run(330, 200, "2024", 14),
    ]
    return printed_document(runs)


def test_a_box_number_is_part_of_the_label_not_the_value(extractor: OfflineExtractor) -> None:
    values = leaves(extractor.extract(boxed_wage_form(), CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(61250.0)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(7820.45)
    assert values["federal_wage_info/social_security_wages"] == pytest.approx(63000.0)
    assert values["federal_tax_info/social_security_tax"] == pytest.approx(3906.0)
    assert values["federal_tax_info/medicare_tax"] == pytest.approx(913.5)


def test_lettered_boxes_of_a_form(extractor: OfflineExtractor) -> None:
    values = leaves(extractor.extract(boxed_wage_form(), CATALOG["w2-form"], [0]))
    assert values["employer_info/ein"] == "47-1203398"
    assert values["employer_info/employer_name"] == "Halvorsen Tooling Inc."
    assert values["tax_year"] == "2024"


@functools.cache
def numbered_licence() -> Document:
    """A driver licence of numbered fields (the AAMVA card design): the name with its number
    alone, abbreviations after the numbers, several fields on one line, ambiguous dates."""
    runs = [
        Run(12, 10, "TEXAS", 12, bold=True),
        Run(150, 12, "DRIVER LICENSE", 7, bold=True),
        Run(95, 30, "4d DLN 40318822", 8, bold=True),
        Run(95, 41, "1 GARCIA", 8, bold=True),
        Run(95, 51, "2 ELENA MARIE", 8),
        Run(95, 61, "8 77 OAK RIDGE RD", 6),
        Run(95, 69, "AUSTIN, TX 78701", 6),
        Run(95, 80, "3 DOB 03/04/1985", 7, bold=True),
        Run(95, 91, "4a ISS 05/06/2021", 6),
        Run(95, 101, "4b EXP 03/04/2029", 7, bold=True),
        Run(95, 112, "9 CLASS C   15 SEX F   18 EYES BRN", 6),
    ]
    return printed_document(runs, width=252, height=159)


def test_numbered_licence_fields(extractor: OfflineExtractor) -> None:
    values = leaves(extractor.extract(numbered_licence(), CATALOG["us-driver-license"], [0]))
    assert str(values["NAME_DETAILS/LAST_NAME"]).upper() == "GARCIA"
    assert str(values["NAME_DETAILS/FIRST_NAME"]).upper() == "ELENA"
    assert values["ID_NUMBER"] == "40318822"
    assert values["CLASS"] == "C"
    assert values["PERSONAL_DETAILS/SEX"] == "F"


def test_us_dates_read_month_first(extractor: OfflineExtractor) -> None:
    """No date on the card reads only one way; the Texas address says month first."""
    values = leaves(extractor.extract(numbered_licence(), CATALOG["us-driver-license"], [0]))
    assert values["DATE_OF_BIRTH"] == "1985-03-04"
    assert values["EXPIRATION_DATE"] == "2029-03-04"
    assert values["DATE_OF_ISSUE"] == "2021-05-06"


def test_an_invoice_number_after_the_word_invoice(extractor: OfflineExtractor) -> None:
    document = printed_document(
        [
            Run(40, 40, "Pellworth Stationers", 14, bold=True),
            Run(40, 58, "14 Mill Lane, Leeds LS1 4AB", 9),
            Run(380, 40, "Invoice INV-20931", 11, bold=True),
            Run(380, 56, "Issued 3 March 2025", 9),
            Run(40, 160, "A4 paper, 5 reams", 9),
            Run(400, 160, "22.50", 9),
            Run(300, 190, "Total due", 9),
            Run(400, 190, "22.50", 9),
        ]
    )
    values = leaves(extractor.extract(document, CATALOG["invoice"], [0]))
    assert values["ID"] == "INV-20931"


def test_box_labels_are_no_amounts() -> None:
    wages = LeafField(
        name="wages",
        path=("wages",),
        location="properties.wages",
        type=FieldType.NUMBER,
        is_list=False,
        inference_type=InferenceType.EXPLICIT,
        instruction="Box 1: wages, tips, other compensation.",
    )
    amount = Ask.of(wages)
    assert kind_check(amount, "2 Federal income tax withheld") == REFUSE
    assert kind_check(amount, "12a") == REFUSE
    assert kind_check(amount, "47,032.20") != REFUSE
    assert is_box_label("b Employer identification number")
    assert not is_box_label("2 ELENA MARIE 4")
    assert without_box_number("12a See instructions for box 12") == "See instructions for box 12"
    assert without_box_number("a fee") == "a fee"


# -- labels glued to "#", protective asterisks, box captions, terse labels --------------------


def _words(text: str) -> list[Word]:
    return [Word(t, BoundingBox(0.1 * i, 0.1, 0.08, 0.01)) for i, t in enumerate(text.split())]


def test_a_hash_ends_a_label_but_not_an_address() -> None:
    def pairs(text: str) -> list[tuple[str, str]]:
        return [(label, " ".join(w.text for w in v)) for label, v in colon_pairs(_words(text))]

    assert pairs("ST#164 TR#2840137") == [("ST#", "164"), ("TR#", "2840137")]
    assert pairs("Order # 10023") == [("Order #", "10023")]
    assert pairs("Check #6189-401") == [("Check #", "6189-401")]
    for address in ("8055 Maple Rd #230", "Suite #200", "Apt #12", "#12 Main"):
        assert pairs(address) == []


def test_the_transaction_number_after_tr_hash_not_the_auth_code(
    extractor: OfflineExtractor,
) -> None:
    runs = [
        Run(60, 40, "CORNER HARDWARE", 11),
        Run(60, 56, "12 Elm Street, Dover, DE 19901", 9),
        Run(60, 70, "04/11/24 10:15 AM", 9),
        Run(200, 70, "ST#52 TR#90817364", 9),
        Run(60, 90, "HAMMER", 9),
        Run(240, 90, "14.99", 9),
        Run(60, 104, "SUBTOTAL", 9),
        Run(240, 104, "14.99", 9),
        Run(60, 118, "TAX", 9),
        Run(240, 118, "0.90", 9),
        Run(60, 132, "TOTAL", 9),
        Run(240, 132, "$15.89", 9),
        Run(60, 150, "AUTH 448812", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs, 320, 260), CATALOG["receipt"], [0]))
    assert values["receipt_number"] == "90817364"


def test_protective_asterisks_before_an_amount() -> None:
    assert AMOUNT.match("***$3,662.12")
    assert AMOUNT.match("**1,200.00")


def test_an_amount_names_no_account() -> None:
    number = LeafField(
        name="account_number",
        path=("account_number",),
        location="properties.account_number",
        type=FieldType.STRING,
        is_list=False,
        inference_type=InferenceType.EXPLICIT,
        instruction="The account number, as printed.",
    )
    assert kind_check(Ask.of(number), "2,224.46") == REFUSE
    assert kind_check(Ask.of(number), "****2699") > REFUSE


def test_an_invoice_to_and_its_sub_total(extractor: OfflineExtractor) -> None:
    runs = [
        Run(60, 50, "Harbourline Studio Ltd", 14),
        Run(60, 68, "4 Quay Street, Bristol BS1 4DJ", 9),
        Run(60, 100, "Invoice No: HS-3091", 10),
        Run(60, 114, "Date: 03/05/2024", 10),
        Run(60, 140, "To:", 10),
        Run(110, 140, "Pellworth Trading Co", 10),
        Run(110, 154, "9 Mill Lane, Leeds LS2 7EW", 10),
        Run(60, 190, "Design work", 10),
        Run(400, 190, "1,200.00", 10),
        Run(60, 204, "Printing", 10),
        Run(400, 204, "300.00", 10),
        Run(60, 230, "Sub-total", 10),
        Run(400, 230, "1,500.00", 10),
        Run(60, 244, "VAT 20%", 10),
        Run(400, 244, "300.00", 10),
        Run(60, 258, "Amount due", 10),
        Run(400, 258, "1,800.00", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "Pellworth Trading Co"
    assert values["SUBTOTAL"] == 1500.0


def test_names_under_the_captions_of_a_boxed_form(extractor: OfflineExtractor) -> None:
    """The payer's box caption lists all it holds and is too long for a label; the recipient's
    name label has another box's amount beside it."""
    small = 6.0
    runs = [
        Run(40, 40, "PAYER'S name, street address, city or town, state or province,", small),
        Run(40, 47, "country, ZIP or foreign postal code, and telephone no.", small),
        Run(44, 60, "Copperfield Mills Inc.", 9),
        Run(44, 71, "77 Foundry Road", 9),
        Run(44, 82, "Lowell, MA 01852", 9),
        Run(330, 40, "OMB No. 1545-0115", small),
        Run(330, 60, "1 Rents", small),
        Run(400, 70, "8,120.00", 9),
        Run(40, 110, "PAYER'S TIN", small),
        Run(44, 120, "04-3318720", 9),
        Run(180, 110, "RECIPIENT'S TIN", small),
        Run(184, 120, "XXX-XX-6621", 9),
        Run(40, 140, "RECIPIENT'S name", small),
        Run(400, 140, "2,310.55", 9),
        Run(44, 152, "Theodore Vance", 9),
        Run(40, 170, "Street address (including apt. no.)", small),
        Run(44, 180, "5 Orchard Way", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-misc"], [0]))
    assert values["payer/name"] == "Copperfield Mills Inc."
    assert values["recipient/name"] == "Theodore Vance"


def test_amounts_right_aligned_after_a_dollar_sign_in_their_box(
    extractor: OfflineExtractor,
) -> None:
    """An information return prints "$" at each box's left and the amount right-aligned, so an
    amount runs into the next box's "$" on the same line ("662.94 $")."""
    small = 6.0
    runs = [
        Run(40, 50, "PAYER'S name, street address, city or town, state, ZIP", small),
        Run(40, 62, "Cascade Federal Savings", 9),
        Run(310, 50, "Form 1099-MISC", 9),
        Run(310, 62, "For calendar year 2023", 8),
    ]
    # (left box label, its amount, right box label): the right boxes are left empty.
    boxes = (("1 Rents", "5,292.66", "2 Royalties"), ("3 Other income", "2,420.59", ""))
    for i, (l1, v1, l2) in enumerate(boxes):
        top = 100 + 30 * i
        runs += [Run(310, top, l1, small), Run(310, top + 14, "$", 9)]
        runs += [Run(410 - 5 * len(v1), top + 14, v1, 9)] if v1 else []
        if l2:
            runs += [Run(420, top, l2, small), Run(420, top + 14, "$", 9)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-misc"], [0]))
    assert values["rents"] == pytest.approx(5292.66)
    assert values["other_income"] == pytest.approx(2420.59)
    assert values["royalties"] is None


@functools.cache
def wage_summary() -> Document:
    """A payroll provider's W-2 summary: the year only in its title, and two sections side by
    side, each a heading over "Name:", "Address:" rows."""
    runs = [Run(40, 40, "2021 W-2 Summary", 14, bold=True)]
    for left, heading, rows in (
        (
            40,
            "Employer",
            (
                "Name: Ironwood Systems Inc.",
                "Address: 5994 Spruce Road, Fresno, CA 93778",
                "EIN: 89-3339165",
            ),
        ),
        (
            320,
            "Employee",
            (
                "Name: Kenneth A Okafor",
                "Address: 7539 Franklin Way, Tampa, FL 33681",
                "SSN: 474-74-1212",
            ),
        ),
    ):
        runs.append(Run(left, 90, heading, 10, bold=True))
        runs += [Run(left, 108 + 13 * i, text, 8) for i, text in enumerate(rows)]
    runs += [
        Run(40, 170, "Box 1 Wages, tips, other compensation", 9),
        Run(480, 170, "$163,724.15", 9),
    ]
    return printed_document(runs)


def test_section_headings_tell_whose_name_and_address(extractor: OfflineExtractor) -> None:
    values = leaves(extractor.extract(wage_summary(), CATALOG["w2-form"], [0]))
    assert values["tax_year"] == "2021"
    assert values["employer_info/employer_name"] == "Ironwood Systems Inc."
    assert values["employer_info/employer_address"] == "5994 Spruce Road, Fresno, CA 93778"
    assert values["employee_general_info/employee_address"] == "7539 Franklin Way, Tampa, FL 33681"
    # Box e: "first name and initial", out of the whole name.
    assert values["employee_general_info/first_name"] == "Kenneth A"
    assert values["employee_general_info/employee_last_name"] == "Okafor"


def test_a_tax_id_is_no_telephone_and_a_bar_parts_a_line(extractor: OfflineExtractor) -> None:
    runs = [
        Run(40, 40, "Beacon Federal Credit Union", 12, bold=True),
        Run(40, 56, "7691 Willow Blvd, Salem, MA 01993 | 880.827.5698", 8),
        Run(380, 40, "2023 Tax Information Statement", 11),
        Run(300, 90, "Payer's Federal ID Number:", 8),
        Run(500, 90, "49-4265034", 8),
        Run(40, 130, "1 Interest income", 8),
        Run(500, 130, "$8,598.49", 8),
    ]
    document = printed_document(runs)
    values = leaves(extractor.extract(document, CATALOG["form-1099-int"], [0]))
    assert values["payer/tin"] == "49-4265034"
    assert values["payer_telephone"] == "880.827.5698"
    assert values["tax_year"] == "2023"
    phrases = [p.text for p in page_layout(document.pages[0]).phrases()]
    assert "7691 Willow Blvd, Salem, MA 01993" in phrases
    assert "880.827.5698" in phrases


def test_tax_ids_and_telephones_apart() -> None:
    from openbda.extraction.offline.shapes import looks_like_phone

    assert not looks_like_phone("49-4265034")  # an EIN
    assert not looks_like_phone("390-37-8253")  # an SSN
    assert not looks_like_phone("XXX-XX-8087")
    assert looks_like_phone("07-3867524")  # a Malaysian number with its trunk 0
    assert looks_like_phone("(555) 123-4567")


def test_a_colon_label_row_is_no_row_of_column_headings(extractor: OfflineExtractor) -> None:
    """ "Employee Name:" with the name beside it (and again, over the address, in a second
    column): a form row, though a value stands under each of its phrases."""
    runs = [
        Run(40, 40, "Riverbend Labs LLP", 12, bold=True),
        Run(40, 56, "7639 Ridge Avenue, Orlando, FL 32891", 8),
        Run(420, 40, "Earnings Statement", 12),
        Run(40, 94, "Employee Name:", 8),
        Run(140, 94, "Andrew Tomasz Flores", 8),
        Run(360, 94, "Andrew Tomasz Flores", 8),
        Run(40, 108, "Employee ID:", 8),
        Run(140, 108, "725408", 8),
        Run(360, 108, "6246 Franklin Blvd", 8),
        Run(40, 122, "Pay Date:", 8),
        Run(140, 122, "11-27-2024", 8),
        Run(360, 122, "Albany, NY 12241", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "Andrew"
    assert values["EmployeeName/LastName"] == "Flores"


def test_a_name_in_capitals_is_no_card_label(extractor: OfflineExtractor) -> None:
    """An employee's name in capitals over the address (an advice of deposit), beside a
    company's name and a deduction that hold no person's name."""
    runs = [
        Run(40, 40, "Keystone Energy Corp.", 12, bold=True),
        Run(40, 54, "9721 Walnut Lane", 8),
        Run(40, 65, "Harrisburg, PA 17182", 8),
        Run(420, 40, "Advice of Deposit", 12),
        Run(60, 140, "BETTY KENNETH WILSON", 9),
        Run(60, 152, "3665 MAPLE ROAD UNIT 203", 9),
        Run(60, 164, "ALBANY, NY 12265", 9),
        Run(40, 220, "Earnings", 9, bold=True),
        Run(300, 220, "Deductions", 9, bold=True),
        Run(40, 235, "Regular", 8),
        Run(240, 235, "3,305.21", 8),
        Run(300, 235, "State Income Tax", 8),
        Run(520, 235, "83.10", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "BETTY"
    assert values["EmployeeName/MiddleName"] == "KENNETH"
    assert values["EmployeeName/LastName"] == "WILSON"


@functools.cache
def member_statement() -> Document:
    """A credit union's statement: "Member Name" over the name with the address across the
    gutter, "Member Number" over the masked account number, and a transaction table whose
    descriptions hold "CHECK #1165"."""
    runs = [
        Run(200, 30, "Meridian Community Bank", 14, bold=True),
        Run(40, 76, "Member Name", 8),
        Run(330, 76, "7915 Maple Ave Suite 384", 9),
        Run(40, 86, "DONALD W RIVERA", 9),
        Run(330, 88, "Boise, ID 83779", 9),
        Run(40, 106, "Member Number", 8),
        Run(40, 116, "XXXXXX1990", 9),
        Run(40, 136, "Statement Period", 8),
        Run(40, 146, "01/01/24 - 01/31/24", 9),
    ]
    columns = (40, 110, 370, 450, 530)
    header = ("Date", "Description", "Withdrawals", "Deposits", "Balance")
    rows = (
        ("01/05/24", "ONLINE TRANSFER TO SAVINGS", "446.79", "", "14,158.96"),
        ("01/07/24", "ATM WITHDRAWAL", "127.26", "", "14,031.70"),
        ("01/14/24", "CHECK #1165", "1,460.33", "", "12,571.37"),
        ("01/20/24", "PAYROLL DEPOSIT", "", "2,100.00", "14,671.37"),
    )
    for i, cells in enumerate((header, *rows)):
        top = 200 + 16 * i
        runs += [
            Run(x, top, text, 9, bold=i == 0)
            for x, text in zip(columns, cells, strict=True)
            if text
        ]
    return printed_document(runs)


def test_a_check_number_in_a_transaction_is_no_account_number(
    extractor: OfflineExtractor,
) -> None:
    document = member_statement()
    body = [p.text for p in page_layout(document.pages[0]).phrases() if p.in_table_body]
    assert "CHECK #1165" in body
    values = leaves(extractor.extract(document, CATALOG["bank-statement"], [0]))
    assert values["account_number"] == "XXXXXX1990"
    # The address across the gutter is no name: the name is under its label.
    assert values["account_holder_name"] == "DONALD W RIVERA"


def test_an_account_type_named_only_by_the_statement_title(extractor: OfflineExtractor) -> None:
    runs = [
        Run(40, 30, "FIRST HARBOR BANK", 14, bold=True),
        Run(420, 30, "Savings Statement", 12),
        Run(380, 46, "March 01, 2024 through March 31, 2024", 8),
        Run(60, 90, "Donna M Thomas", 9),
        Run(60, 101, "2644 River Street Suite 287", 9),
        Run(60, 112, "Springfield, IL 62769", 9),
        Run(340, 90, "Account number", 8),
        Run(340, 100, "****0683", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0]))
    assert values["account_type"] == "Savings"
    assert values["account_number"] == "****0683"


def test_dot_leaders_from_box_labels_to_amounts(extractor: OfflineExtractor) -> None:
    """A tax reporting statement: "1- Interest income ........ 7,788.96", and the form's name
    "Form 1099-INT" no amount of any box."""
    runs = [
        Run(40, 30, "PIONEER TRUST BANK", 12, bold=True),
        Run(360, 30, "2021 TAX REPORTING STATEMENT", 11),
        Run(40, 150, "Form 1099-INT", 9),
    ]
    boxes = (
        ("1- Interest income", "7,788.96"),
        ("2- Early withdrawal penalty", "77.44"),
        ("4- Federal income tax withheld", "1,869.35"),
    )
    for i, (label, amount) in enumerate(boxes):
        top = 180 + 14 * i
        leader = "." * (60 - len(label))
        runs += [Run(48, top, f"{label} {leader}", 8), Run(440, top, amount, 8)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(7788.96)
    assert values["early_withdrawal_penalty"] == pytest.approx(77.44)
    assert values["federal_income_tax_withheld"] == pytest.approx(1869.35)
    assert values["interest_on_us_savings_bonds_and_treasury"] is None


def test_labels_set_close_to_values_and_box_numbers_in_labels(
    extractor: OfflineExtractor,
) -> None:
    """A self-service print-out: labels right-aligned against their values with only a little
    more room than a word space, and amounts under labels ending "(Box 2)", which are no
    amounts of -2. A role ("EMPLOYER") is nobody's name."""
    runs = [
        Run(40, 40, "Form W-2 - Wage and Tax Statement (electronic copy)", 10),
        Run(40, 100, "EMPLOYEE", 9, bold=True),
        Run(300, 100, "EMPLOYER", 9, bold=True),
        Run(92, 116, "Last name", 9),
        Run(141, 116, "Martinez", 9),
        Run(330, 116, "Company", 9),
        Run(373, 116, "Ironwood Health Partners", 9),
    ]
    boxes = (
        ("Federal wages (Box 1)", "117,916.86"),
        ("Federal tax withheld (Box 2)", "23,326.19"),
        ("Social Security wages (Box 3)", "120,124.82"),
    )
    for i, (label, amount) in enumerate(boxes):
        left = 40 + 170 * i
        runs += [Run(left, 200, label, 8), Run(left + 60, 214, amount, 9)]
    document = printed_document(runs)
    phrases = [p.text for p in page_layout(document.pages[0]).phrases()]
    assert "Last name" in phrases and "Martinez" in phrases
    values = leaves(extractor.extract(document, CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(117916.86)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(23326.19)
    assert values["federal_wage_info/social_security_wages"] == pytest.approx(120124.82)
    assert values["employee_general_info/employee_last_name"] != "EMPLOYER"


def test_amounts_low_in_tall_boxes_under_captions_of_two_lines(
    extractor: OfflineExtractor,
) -> None:
    """A row of ruled cells: "BOX 1 INTEREST INCOME" and a caption run on to a second line,
    each amount right-aligned near the foot of its cell, well under the caption."""
    runs = [
        Run(36, 30, "Form 1099-INT INTEREST INCOME", 11, bold=True),
        Run(36, 70, "BOX 1 INTEREST INCOME", 6),
        Run(172, 70, "BOX 3 INTEREST ON U.S. SAVINGS", 6),
        Run(172, 77, "BONDS AND TREASURY OBLIGATIONS", 6),
        Run(306, 70, "BOX 2 EARLY WITHDRAWAL PENALTY", 6),
        Run(120, 92, "$8,922.83", 9),
        Run(268, 92, "$11.10", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(8922.83)
    assert values["interest_on_us_savings_bonds_and_treasury"] == pytest.approx(11.10)
    assert values["early_withdrawal_penalty"] is None


def test_a_label_across_the_page_is_no_value_of_the_one_before(
    extractor: OfflineExtractor,
) -> None:
    """ "Billed To" on the left and "Bill Date  28-APR-2024" on the right of one row: the
    customer's name is under "Billed To", "Bill Date" is the next label."""
    runs = [
        Run(100, 30, "Ironwood Logistics Group", 14, bold=True),
        Run(480, 30, "INVOICE", 14, bold=True),
        Run(50, 96, "Billed To", 8, bold=True),
        Run(415, 94, "Bill Date", 8),
        Run(460, 94, "28-APR-2024", 8),
        Run(50, 110, "EVERGREEN BUILDERS", 9),
        Run(410, 108, "Invoice No. INV-41487", 8),
        Run(50, 122, "15 CHESTNUT ST", 9),
        Run(50, 134, "Richmond, VA 23265", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "EVERGREEN BUILDERS"
    assert values["ID"] == "INV-41487"


def test_a_one_line_sender_over_the_window_is_the_vendor(extractor: OfflineExtractor) -> None:
    """A European invoice: the logo, then the sender on one small line over the addressee in
    the envelope window ("Name · Street · Town"), the invoice's number box on the same row."""
    runs = [
        Run(480, 40, "northgate", 14),
        Run(60, 120, "Northgate Tooling GmbH · 12 Harbor Street · Lansing, MI 48905", 6),
        Run(60, 136, "Evergreen Industries Corp.", 9),
        Run(60, 148, "8162 Church Blvd", 9),
        Run(60, 160, "Denver, CO 80253", 9),
        Run(380, 120, "Invoice no.", 8),
        Run(500, 120, "A56545", 8),
        Run(380, 132, "Invoice date", 8),
        Run(500, 132, "22.03.2024", 8),
        Run(60, 230, "Invoice A56545", 12, bold=True),
        Run(380, 300, "Net amount", 8),
        Run(500, 300, "940,85 €", 8),
        Run(380, 312, "Total amount", 8),
        Run(500, 312, "1.030,90 €", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["VENDORNAME"] == "Northgate Tooling GmbH"
    assert values["ID"] == "A56545"


def test_a_type_is_words_not_an_amount_nor_a_number() -> None:
    ask = Ask(Kind.CATEGORY, percent=False)
    assert kind_check(ask, "$9,362.83") == REFUSE
    assert kind_check(ask, "XXXXXX2348") < kind_check(ask, "Interest Checking")


def test_a_colon_field_of_a_card_read_as_a_table(extractor: OfflineExtractor) -> None:
    """A licence card drawn as a frame with a photo box reads as a table: "DL: 24 415 583"
    in one of its cells is still the licence number, not the audit number under the card."""
    fields = [
        (95, "DL: 24 415 583", ""),
        (115, "CLASS: A", "END: NONE"),
        (131, "LOPEZ", ""),
        (146, "KAREN", ""),
        (162, "7066 WALNUT DR", ""),
        (174, "SALEM, MA 01922", ""),
        (190, "DOB: 10/05/1975", ""),
        (207, "ISS: 11/14/2020", "EXP: 10/05/2024"),
        (223, "SEX: M", "EYES: BLU"),
    ]
    texts = [Text(120, 60, "Massachusetts", 14, bold=True), Text(330, 60, "DRIVER LICENSE", 12)]
    for top, left, right in fields:
        texts.append(Text(220, top, left, 9))
        if right:
            texts.append(Text(330, top, right, 9))
    texts += [
        Text(120, 420, "If found, drop in any mailbox.", 8),
        Text(120, 445, "Audit 38508120", 8),
    ]
    frame = [(100, 50, 480, 250), (110, 90, 205, 210)]  # the card and its photo
    strokes = [
        stroke
        for x0, y0, x1, y1 in frame
        for stroke in (
            Stroke(x0, y0, x1, y0),
            Stroke(x0, y1, x1, y1),
            Stroke(x0, y0, x0, y1),
            Stroke(x1, y0, x1, y1),
        )
    ]
    strokes.append(Stroke(100, 82, 480, 82))  # under the card's heading band
    document = build_pdf_document(make_sheets([Sheet(texts=texts, strokes=strokes)]))
    body = [p.text for p in page_layout(document.pages[0]).phrases() if p.in_table_body]
    assert "DL: 24 415 583" in body  # the card is read as a table
    values = leaves(extractor.extract(document, CATALOG["us-driver-license"], [0]))
    assert values["ID_NUMBER"] == "24 415 583"


def test_a_tall_caption_box_beside_a_stack_of_numbered_boxes(extractor: OfflineExtractor) -> None:
    """The IRS grid: the payer's box is tall, its name printed well under the caption while the
    boxes beside it stack up; boxes numbered "1." in bold over a caption run on to a second
    line; a row of captions with an empty box's "$" on it; a recipient's caption level with the
    last line of a numbered box's caption; a long caption beside "Account number"."""
    small = 5.0
    runs = [
        Run(250, 30, "CORRECTED (if checked)", 7),
        Run(40, 50, "PAYER'S name, street address, city or town, state, ZIP", small),
        Run(40, 56, "and telephone no.", small),
        Run(260, 50, "1.", small + 1, bold=True),
        Run(270, 50, "Rents", small),
        Run(262, 62, "$", 7),
        Run(330, 62, "4,120.00", 8),
        Run(260, 76, "3.", small + 1, bold=True),
        Run(270, 76, "Payer made direct sales totaling $5,000", small),
        Run(270, 82, "of consumer products", small),
        Run(44, 92, "Copperfield Mills Inc.", 8),
        Run(44, 102, "18 Mill Race Road", 8),
        Run(260, 100, "5.", small + 1, bold=True),
        Run(270, 100, "Other income", small),
        Run(40, 120, "PAYER'S TIN", small),
        Run(150, 120, "RECIPIENT'S TIN", small),
        Run(262, 120, "$", 7),
        Run(44, 130, "04-3318720", 8),
        Run(154, 130, "XXX-XX-6621", 8),
        Run(260, 140, "7.", small + 1, bold=True),
        Run(270, 140, "Gross proceeds paid", small),
        Run(40, 147, "RECIPIENT'S name", small),
        Run(270, 146, "to an attorney", small),
        Run(44, 158, "Theodore Vance", 8),
        Run(40, 180, "Account number", small),
        Run(260, 180, "State / Payer's state no. / State tax withheld", small),
        Run(44, 190, "881-2093311", 8),
        Run(264, 190, "OR 1183307", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-misc"], [0]))
    assert values["payer/name"] == "Copperfield Mills Inc."
    assert values["payer/tin"] == "04-3318720"
    assert values["recipient/name"] == "Theodore Vance"
    assert values["account_number"] == "881-2093311"
    assert values["rents"] == pytest.approx(4120.00)


def test_a_numbered_caption_in_bigger_bold_print_runs_on(extractor: OfflineExtractor) -> None:
    """ "3." a little taller than its caption's small print: the caption still runs on to
    its second line, and the amount is under that."""
    runs = [
        Run(36, 30, "Form 1099-INT Interest Income", 11, bold=True),
        Run(300, 70, "3.", 6, bold=True),
        Run(310, 70, "Interest on U.S. Savings Bonds and Treasury", 5),
        Run(310, 76, "obligations", 5),
        Run(302, 86, "$", 7),
        Run(380, 86, "211.16", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_on_us_savings_bonds_and_treasury"] == pytest.approx(211.16)


def test_a_summary_set_as_plain_rows_is_the_summary_table(extractor: OfflineExtractor) -> None:
    """ "Beginning balance on 10/1 ... $341.98": labels and right-aligned amounts in rows of
    their own, no table drawn or aligned in columns, a sign set apart from its amount; a
    column of contact lines beside the list does not end it."""
    runs = [
        Run(40, 30, "Meridian Community Bank", 14, bold=True),
        Run(40, 60, "Statement period activity summary", 11, bold=True),
        Run(380, 60, "Questions?", 10, bold=True),
        Run(380, 74, "Available by phone 24 hours a day:", 7),
        Run(380, 84, "(278) 413-7471", 9),
    ]
    rows = (
        ("Beginning balance on 10/1", "$341.98"),
        ("Deposits/Additions", "12,035.38"),
        ("Withdrawals/Subtractions", "- 3,387.39"),
        ("Ending balance on 10/31", "$8,989.97"),
    )
    for i, (label, amount) in enumerate(rows):
        runs += [
            Run(50, 80 + 13 * i, label, 9),
            Run(320 - 4.6 * len(amount), 80 + 13 * i, amount, 9),
        ]
    results = extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0])
    assert summary_rows(results) == {
        "Beginning balance on 10/1": pytest.approx(341.98),
        "Deposits/Additions": pytest.approx(12035.38),
        "Withdrawals/Subtractions": pytest.approx(-3387.39),
        "Ending balance on 10/31": pytest.approx(8989.97),
    }


def test_a_second_row_of_headings_names_the_amounts(extractor: OfflineExtractor) -> None:
    """A summary table under its title, its column headings ("INSTANCES  AMOUNT") on a row of
    their own: the amounts are read from the AMOUNT column, not the count."""
    runs = [
        Run(40, 30, "Summit Valley Credit Union", 14, bold=True),
        Run(40, 70, "CHECKING SUMMARY", 9, bold=True),
        Run(180, 70, "Checking", 9),
        Run(380, 84, "INSTANCES", 8),
        Run(500, 84, "AMOUNT", 8),
    ]
    rows = (
        ("Beginning Balance", "", "$4,701.32"),
        ("Deposits and Additions", "12", "9,362.83"),
        ("Checks Paid", "2", "-1,940.73"),
        ("Ending Balance", "14", "$12,123.42"),
    )
    for i, (label, count, amount) in enumerate(rows):
        top = 98 + 13 * i
        runs += [Run(50, top, label, 9), Run(550 - 4.6 * len(amount), top, amount, 9)]
        runs += [Run(400, top, count, 9)] if count else []
    summary = summary_rows(
        extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0])
    )
    assert summary["Beginning Balance"] == pytest.approx(4701.32)
    assert summary["Checks Paid"] == pytest.approx(-1940.73)
    assert summary["Ending Balance"] == pytest.approx(12123.42)


def test_a_grid_of_labels_over_values_is_read_by_label(extractor: OfflineExtractor) -> None:
    """A freelancer's invoice: "Billed To  Date of Issue  Invoice Number" over their values and
    "Due Date  PO Number" over theirs further down, aligned in columns as a table would be;
    the labels are labels, not a table's column headings."""
    runs = [
        Run(430, 30, "Carlos Hernandez", 14, bold=True),
        Run(40, 120, "Invoice", 26, bold=True),
        Run(40, 200, "Billed To", 9),
        Run(200, 200, "Date of Issue", 9),
        Run(320, 200, "Invoice Number", 9),
        Run(40, 212, "Bluepeak Consulting Co.", 10),
        Run(200, 212, "26 Apr 2023", 10),
        Run(320, 212, "2023-186", 10),
        Run(40, 223, "4761 Ridge Rd Apt 24", 10),
        Run(200, 236, "Due Date", 9),
        Run(320, 236, "PO Number", 9),
        Run(40, 234, "Albany, NY 12204", 10),
        Run(200, 248, "11 May 2023", 10),
        Run(320, 248, "117890", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "Bluepeak Consulting Co."
    assert values["ID"] == "2023-186"
    assert values["PO"] == "117890"


def test_a_name_over_an_address_is_no_street_line(extractor: OfflineExtractor) -> None:
    """A pay stub's "EMPLOYEE" box: the name, then the street and the town. The name is the
    employee's, the street line starts at the house number, and a ZIP code is the one with
    digits."""
    runs = [
        Run(40, 30, "Granite Builders Ltd.", 16, bold=True),
        Run(460, 30, "Pay Stub", 16, bold=True),
        Run(40, 80, "COMPANY", 7),
        Run(220, 80, "EMPLOYEE", 7),
        Run(400, 80, "PAY PERIOD", 7),
        Run(40, 92, "Granite Builders Ltd.", 9),
        Run(220, 92, "Susan Young", 9),
        Run(400, 92, "Apr 29, 2023 - May 13, 2023", 9),
        Run(40, 103, "6993 Elm Blvd Apt 92", 9),
        Run(220, 103, "9693 Church St", 9),
        Run(40, 114, "Lansing, MI 48940", 9),
        Run(220, 114, "Sacramento, CA 95835", 9),
        Run(40, 160, "Gross Earnings", 9),
        Run(460, 160, "$2,635.63", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "Susan"
    assert values["EmployeeName/LastName"] == "Young"
    assert values["EmployeeAddress/Line1"] == "9693 Church St"
    assert values["EmployeeAddress/Line2"] != "Susan Young"
    assert values["EmployeeAddress/ZipCode"] == "95835"


def test_a_card_prints_the_family_name_over_the_given_names(extractor: OfflineExtractor) -> None:
    """A licence without name labels: the family name on one line, the given names under it,
    over the address; the back's "RESTRICTIONS: CORRECTIVE LENSES" is nobody's name."""
    runs = [
        Run(140, 40, "Massachusetts", 16, bold=True),
        Run(380, 40, "DRIVER LICENSE", 12, bold=True),
        Run(250, 70, "DL: 24 415 583", 11),
        Run(250, 88, "CLASS: A", 9),
        Run(250, 104, "LOPEZ", 11),
        Run(250, 120, "KAREN", 11),
        Run(250, 136, "7066 WALNUT DR", 9),
        Run(250, 148, "SALEM, MA 01922", 9),
        Run(250, 166, "DOB: 10/05/1975", 10),
        Run(250, 182, "EXP: 10/05/2024", 10),
        Run(140, 420, "RESTRICTIONS: CORRECTIVE LENSES", 9),
        Run(140, 434, "ENDORSEMENTS: NONE", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-driver-license"], [0]))
    assert values["NAME_DETAILS/LAST_NAME"] == "LOPEZ"
    assert values["NAME_DETAILS/FIRST_NAME"] == "KAREN"


def test_a_stack_of_captions_beside_a_list_of_boxes(extractor: OfflineExtractor) -> None:
    """A substitute 1099 in a letter: on the left, small captions each over their value in
    larger print; on the right, on the same rows, a list of numbered boxes. A box number is no
    caption's value, and a value's block ends at the next caption."""
    runs = [
        Run(40, 30, "Keystone Bank & Trust", 16, bold=True),
        Run(46, 200, "SUBSTITUTE FORM 1099-INT · TAX YEAR 2024", 10, bold=True),
        Run(48, 222, "Payer", 8),
        Run(300, 222, "Box", 8),
        Run(330, 222, "Description", 8),
        Run(540, 222, "Amount", 8),
        Run(48, 233, "Keystone Bank & Trust", 10),
        Run(300, 236, "1", 10),
        Run(330, 236, "Interest income", 10),
        Run(526, 236, "$2,215.31", 10),
        Run(48, 248, "Payer's federal identification number", 8),
        Run(300, 251, "2", 10),
        Run(330, 251, "Early withdrawal penalty", 10),
        Run(539, 251, "$76.51", 10),
        Run(48, 258, "99-0474816", 10),
        Run(48, 274, "Recipient", 8),
        Run(48, 285, "John K Kowalski", 10),
        Run(48, 301, "Recipient's identification number", 8),
        Run(48, 311, "XXX-XX-5994", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["payer/tin"] == "99-0474816"
    assert values["recipient/tin"] == "XXX-XX-5994"
    assert values["interest_income"] == pytest.approx(2215.31)


def test_a_summary_written_as_arithmetic_beside_other_figures(
    extractor: OfflineExtractor,
) -> None:
    """A community bank's summary: "Previous balance", "+ 12 Deposits", "- 15 Checks",
    "= Current balance", each with its amount, and a second list of figures (dates, days,
    averages) on the same rows to the right."""
    rows = (
        ("", "Previous Statement Balance", "4,701.32", "Statement Dates", "01/01/24 thru 01/31/24"),
        ("+ 12", "Deposits and Other Credits", "9,362.83", "Days this Statement Period", "31"),
        ("- 15", "Checks and Other Debits", "5,005.08", "Average Ledger Balance", "6,880.19"),
        ("=", "Current Statement Balance", "9,059.07", "Average Collected Balance", "6,867.69"),
    )
    runs = [Run(40, 30, "Summit Valley Credit Union", 16, bold=True)]
    for i, (mark, label, amount, other, figure) in enumerate(rows):
        top = 170 + 14 * i
        runs += [Run(44, top, f"{mark} {label}".strip(), 9), Run(265, top, amount, 9)]
        runs += [Run(340, top, other, 8), Run(480, top, figure, 8)]
    summary = summary_rows(
        extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0])
    )
    assert summary["Previous Statement Balance"] == pytest.approx(4701.32)
    assert summary["Deposits and Other Credits"] == pytest.approx(9362.83)
    assert summary["Current Statement Balance"] == pytest.approx(9059.07)


def test_a_gross_to_date_total_is_no_amount_paid(extractor: OfflineExtractor) -> None:
    """A UK payslip: "Total Gross Pay TD" (to date) is the largest total on the page, but
    neither this period's pay nor the amount paid; the net pay is."""
    runs = [
        Run(40, 26, "Riverbend Logistics Ltd", 14, bold=True),
        Run(500, 24, "PAYSLIP", 16, bold=True),
        Run(40, 100, "Description", 7),
        Run(200, 100, "Amount", 7),
        Run(420, 102, "Total Gross Pay TD", 8),
        Run(530, 102, "25,642.37", 8),
        Run(40, 114, "Basic Salary", 9),
        Run(200, 114, "2,583.33", 9),
        Run(420, 116, "Tax paid TD", 8),
        Run(536, 116, "2,791.27", 8),
        Run(40, 260, "Total Payments", 7),
        Run(160, 260, "Total Deductions", 7),
        Run(40, 272, "2,583.33", 9),
        Run(160, 272, "570.36", 9),
        Run(400, 260, "NET PAY", 8),
        Run(500, 268, "£2,012.97", 13),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["CurrentNetPay"] == pytest.approx(2012.97)


def test_leaders_from_lettered_boxes_to_names_and_addresses(extractor: OfflineExtractor) -> None:
    """A typed substitute W-2: "BOX E EMPLOYEE'S NAME ....... MARTINEZ, AISHA P" over "BOX F
    EMPLOYEE'S ADDRESS ..... 6996 OAK WAY": rows a leader joins are no column headings; the
    employer's name and address box gives the name on its line and the address under it."""
    rows = (
        ("BOX C EMPLOYER'S NAME AND ADDRESS", ("IRONWOOD HEALTH PARTNERS", "7356 PARK DR")),
        ("", ("AUSTIN, TX 78752",)),
        ("BOX B EMPLOYER ID NUMBER (EIN)", ("64-8383987",)),
        ("BOX E EMPLOYEE'S NAME", ("MARTINEZ, AISHA P",)),
        ("BOX F EMPLOYEE'S ADDRESS", ("6996 OAK WAY SUITE 325", "NASHVILLE, TN 37245")),
        ("BOX A EMPLOYEE'S SOCIAL SECURITY NO.", ("681-45-8829",)),
    )
    runs = [Run(60, 90, "SUBSTITUTE FORM W-2, WAGE AND TAX STATEMENT", 12, bold=True)]
    top = 150
    for label, values in rows:
        if label:
            runs.append(Run(60, top, f"{label} {'.' * (54 - len(label))}", 8))
        for value in values:
            runs.append(Run(368, top, value, 8))
            top += 12.5
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["employer_info/employer_name"] == "IRONWOOD HEALTH PARTNERS"
    assert values["employer_info/employer_address"] == "7356 PARK DR AUSTIN, TX 78752"
    assert values["employee_general_info/employee_last_name"] == "MARTINEZ"
    assert values["employee_general_info/ssn"] == "681-45-8829"


def test_a_mobile_licence_with_given_names_and_a_class_in_title_case(
    extractor: OfflineExtractor,
) -> None:
    """A phone's licence screen: "Given names" hold no last name ("Michelle Joshua"), and
    "Class M" under "Driving privileges" gives the class."""
    pairs = (
        ("Family name", "Nguyen", "Given names", "Michelle Joshua"),
        ("Date of birth", "03/21/1974", "Sex", "M"),
        ("Document number", "246544620", "Driving privileges", "Class M"),
        ("Issue date", "04/21/2021", "Expiration date", "03/21/2026"),
    )
    runs = [Run(40, 40, "NEW YORK DRIVER LICENSE", 12, bold=True)]
    for i, (label_a, value_a, label_b, value_b) in enumerate(pairs):
        top = 100 + 26 * i
        runs += [Run(40, top, label_a, 8), Run(40, top + 10, value_a, 10)]
        runs += [Run(200, top, label_b, 8), Run(200, top + 10, value_b, 10)]
    values = leaves(
        extractor.extract(printed_document(runs, 360, 260), CATALOG["us-driver-license"], [0])
    )
    assert values["NAME_DETAILS/LAST_NAME"] == "Nguyen"
    assert values["NAME_DETAILS/FIRST_NAME"] == "Michelle"
    assert values["CLASS"] == "M"
    assert values["ID_NUMBER"] == "246544620"


def test_a_card_caption_is_read_by_its_field_number(extractor: OfflineExtractor) -> None:
    """A learner permit's "4d PERMIT NO" over the number: field 4d is the licence number,
    whatever the issuer calls it."""
    runs = [
        Run(20, 20, "MASSACHUSETTS", 20, bold=True),
        Run(20, 50, "LEARNER PERMIT", 14, bold=True),
        Run(20, 90, "4d PERMIT NO", 9),
        Run(150, 90, "9 CLASS", 9),
        Run(20, 102, "24 415 583", 14),
        Run(150, 102, "M", 14),
        Run(20, 130, "1 LOPEZ", 12),
        Run(20, 146, "2 KAREN", 12),
        Run(20, 170, "3 DOB 10/04/2005", 10),
        Run(20, 186, "4b EXP 10/04/2022", 10),
    ]
    values = leaves(
        extractor.extract(printed_document(runs, 360, 230), CATALOG["us-driver-license"], [0])
    )
    assert values["ID_NUMBER"] == "24 415 583"
    assert values["NAME_DETAILS/LAST_NAME"] == "LOPEZ"


def test_a_uk_invoice_grid_and_its_net_amount(extractor: OfflineExtractor) -> None:
    """Labels over values in pairs ("Invoice No.  Date / Tax Point" over "SI-91622  05/05/2025")
    are no label and value of each other; "Total Net Amount" is the subtotal because the VAT
    under it makes up the total, with a VAT analysis sharing the totals' rows."""
    runs = [
        Run(40, 30, "Atlas Supply Ltd", 16, bold=True),
        Run(40, 58, "Unit 8, Church Trading Estate", 8),
        Run(40, 68, "Reading RG9 8DN", 8),
        Run(430, 30, "SALES INVOICE", 16, bold=True),
        Run(350, 58, "Invoice No.", 7),
        Run(460, 58, "Date / Tax Point", 7),
        Run(350, 68, "SI-91622", 9),
        Run(460, 68, "05/05/2025", 9),
        Run(40, 150, "Invoice To", 8, bold=True),
        Run(40, 162, "Evergreen Foods Ltd", 9),
        Run(40, 174, "19 Ridge Road, Derby DE5 5AN", 9),
        Run(40, 560, "VAT Analysis", 8, bold=True),
        Run(40, 574, "S 20.00% 12,498.51 2,499.70", 8),
        Run(390, 560, "Total Net Amount", 8),
        Run(520, 560, "£12,498.51", 9),
        Run(390, 574, "Total VAT Amount", 8),
        Run(520, 574, "£2,499.70", 9),
        Run(390, 592, "TOTAL PAYABLE", 9, bold=True),
        Run(520, 592, "£14,998.21", 9, bold=True),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["ID"] == "SI-91622"
    assert values["SUBTOTAL"] == pytest.approx(12498.51)
    assert values["TOTAL"] == pytest.approx(14998.21)


def test_a_cash_summary_beside_the_account_value(extractor: OfflineExtractor) -> None:
    """A brokerage statement prints two lists of labelled amounts side by side, row for row:
    each is a list of its own, and the balances' list is the summary. "Your Financial Advisor"
    is a label, no bank's name."""
    runs = [
        Run(40, 30, "Crescent Investments", 14, bold=True),
        Run(320, 90, "Your Financial Advisor", 8),
        Run(480, 90, "Joshua Hill", 9),
        Run(40, 160, "Account Value", 11, bold=True),
        Run(320, 160, "Cash Summary", 11, bold=True),
    ]
    left = (
        ("Beginning Account Value", "$334,636.00"),
        ("Ending Account Value", "$332,923.83"),
        ("Change in Value", "-1,712.17"),
    )
    right = (
        ("Beginning Cash Balance", "$4,701.32"),
        ("Deposits & Other Credits", "9,362.83"),
        ("Withdrawals & Other Debits", "(5,005.08)"),
        ("Ending Cash Balance", "$9,059.07"),
    )
    for i, (label, amount) in enumerate(left):
        runs += [
            Run(40, 178 + 14 * i, label, 9),
            Run(270 - 4.6 * len(amount), 178 + 14 * i, amount, 9),
        ]
    for i, (label, amount) in enumerate(right):
        runs += [
            Run(320, 178 + 14 * i, label, 9),
            Run(570 - 4.6 * len(amount), 178 + 14 * i, amount, 9),
        ]
    results = extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0])
    summary = summary_rows(results)
    assert summary["Beginning Cash Balance"] == pytest.approx(4701.32)
    assert summary["Ending Cash Balance"] == pytest.approx(9059.07)
    assert leaves(results)["bank_name"] == "Crescent Investments"


def test_a_year_printed_apart_beside_the_title(extractor: OfflineExtractor) -> None:
    """ "W-2 Wage and Tax / Statement" with "2024" in big print beside it: the tax year."""
    runs = [
        Run(24, 28, "W-2 Wage and Tax", 16, bold=True),
        Run(56, 46, "Statement", 11, bold=True),
        Run(270, 28, "2024", 22, bold=True),
        Run(24, 86, "a Employee's social security number", 7),
        Run(28, 96, "681-45-8829", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["tax_year"] == "2024"


def test_a_label_of_parts_over_a_value_of_parts(extractor: OfflineExtractor) -> None:
    """A corrected W-2's "c Tax year/Form corrected" over "2022 / W-2": each part under its
    own label."""
    runs = [
        Run(30, 28, "Form W-2c", 14, bold=True),
        Run(30, 46, "Corrected Wage and Tax Statement", 10, bold=True),
        Run(300, 70, "c Tax year/Form corrected", 7),
        Run(306, 80, "2022 / W-2", 10),
        Run(30, 70, "b Employer's Federal EIN", 7),
        Run(36, 80, "77-3824071", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["tax_year"] == "2022"
    assert values["employer_info/ein"] == "77-3824071"


def test_the_issue_date_under_its_label_not_a_deadline(extractor: OfflineExtractor) -> None:
    """An under-21 licence prints "UNDER 18 UNTIL 04/27/24" first; the issue date is the one
    under "ISSUED", and dates with labels of their own are no unlabelled document dates."""
    runs = [
        Run(120, 16, "NEW YORK", 20, bold=True),
        Run(120, 40, "DRIVER LICENSE", 12, bold=True),
        Run(90, 90, "UNDER 18 UNTIL 04/27/24", 10, bold=True),
        Run(80, 106, "UNDER 21 UNTIL 04/27/27", 11, bold=True),
        Run(20, 130, "LIC NO", 7),
        Run(20, 138, "M0044036", 12),
        Run(20, 160, "BROWN, THOMAS", 11),
        Run(20, 180, "BIRTHDATE", 7),
        Run(180, 180, "EXPIRES", 7),
        Run(20, 188, "04/27/2006", 10),
        Run(180, 188, "04/27/2027", 10),
        Run(20, 204, "ISSUED", 7),
        Run(180, 204, "CL", 7),
        Run(250, 204, "SEX", 7),
        Run(20, 212, "11/24/2023", 10),
        Run(180, 212, "M", 10),
        Run(250, 212, "F", 10),
    ]
    values = leaves(
        extractor.extract(printed_document(runs, 360, 240), CATALOG["us-driver-license"], [0])
    )
    assert values["DATE_OF_ISSUE"] == "2023-11-24"
    assert values["DATE_OF_BIRTH"] == "2006-04-27"
    assert values["EXPIRATION_DATE"] == "2027-04-27"


def test_the_year_of_a_form_printed_at_the_foot_of_a_statement(
    extractor: OfflineExtractor,
) -> None:
    """A year-end summary with the 1099 at its foot: "2021 Form 1099-INT Interest Income" is
    far from the top, and still names the tax year (the statement's own dates do not)."""
    runs = [
        Run(40, 30, "Pioneer Community Credit Union", 14, bold=True),
        Run(420, 30, "YEAR-END SUMMARY", 11, bold=True),
        Run(420, 46, "January 1 - December 31, 2021", 8),
        Run(420, 90, "Statement Date", 8),
        Run(510, 90, "01/18/2022", 9),
        Run(40, 440, "2021 Form 1099-INT Interest Income", 12, bold=True),
        Run(40, 470, "1 Interest income", 7),
        Run(140, 482, "$7,817.29", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["tax_year"] == "2021"
    assert values["interest_income"] == pytest.approx(7817.29)


def test_a_year_printed_apart_beside_the_form_number(extractor: OfflineExtractor) -> None:
    """ "1099-INT" over "Interest Income", "2024" in big print beside it, and a second copy's
    "Copy 2" under the subtitle: the year is the tax year, "Copy 2" no amount."""
    runs = [
        Run(20, 24, "1099-INT", 16, bold=True),
        Run(190, 24, "2024", 16, bold=True),
        Run(20, 46, "Interest Income", 10, bold=True),
        Run(20, 60, "Copy 2", 8),
        Run(20, 260, "1 Interest income", 7),
        Run(90, 276, "$2,215.31", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["tax_year"] == "2024"
    assert values["interest_income"] == pytest.approx(2215.31)


def test_label_value_pairs_of_words_under_a_row_of_values(extractor: OfflineExtractor) -> None:
    """A salary slip's two columns of label/value pairs: "Employee Name  MICHAEL MICHELLE HALL
    Bank Name  Beacon Federal Credit Union" is all words, but it stands under "Employee Code
    7647  Pay Date  19-Aug-2023", so it is a form's row, not a row of column headings."""
    pairs = (
        ("Employee Code", "7647", "Pay Date", "19-Aug-2023"),
        ("Employee Name", "MICHAEL MICHELLE HALL", "Bank Name", "Beacon Federal Credit Union"),
        ("Designation", "Software Engineer", "Bank A/c No.", "XXXXXX9482"),
        ("Department", "Finance", "Days Paid", "14"),
    )
    runs = [Run(200, 30, "Riverbend Logistics Inc.", 14, bold=True)]
    for i, (label_a, value_a, label_b, value_b) in enumerate(pairs):
        top = 90 + 13 * i
        runs += [Run(45, top, label_a, 8), Run(135, top, value_a, 8)]
        runs += [Run(305, top, label_b, 8), Run(395, top, value_b, 8)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "MICHAEL"
    assert values["EmployeeName/LastName"] == "HALL"
    assert values["EmployeeNumber"] == "7647"


def test_from_and_to_labels_name_the_parties(extractor: OfflineExtractor) -> None:
    """A contractor's application for payment names the owner first ("TO OWNER:") and the
    contractor after ("FROM CONTRACTOR:"): the name after a "To" label is no issuer's."""
    runs = [
        Run(36, 28, "APPLICATION AND CERTIFICATE FOR PAYMENT", 14, bold=True),
        Run(36, 58, "TO OWNER:", 7),
        Run(110, 57, "Granite Consulting Co.", 9),
        Run(110, 67, "8198 Sunset Rd", 9),
        Run(110, 77, "Salem, MA 01970", 9),
        Run(36, 96, "FROM CONTRACTOR: Northwind Builders Inc.", 9),
        Run(110, 106, "6914 Church Street Suite 310", 9),
        Run(110, 116, "Albany, NY 12211", 9),
        Run(420, 58, "INVOICE NO:", 7),
        Run(490, 58, "PB-23758", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["VENDORNAME"] == "Northwind Builders Inc."
    assert values["ID"] == "PB-23758"


def test_a_row_of_captions_over_values_then_single_boxes() -> None:
    """A 1099 at the foot of a statement read as a table: four captions over the names and
    numbers, then box 1 and its amount alone on their rows. It is one row of a form's boxes
    (each caption labels the value under it), not a table with a column under each caption."""
    headers = ("PAYER'S name", "PAYER'S TIN", "", "RECIPIENT'S name", "RECIPIENT'S TIN")
    values = ("Beacon Federal Credit Union", "86-7967644", "", "Susan Williams", "873-60-7462")
    box = BoundingBox(0.05, 0.6, 0.9, 0.1)
    grid = Element(ElementType.TABLE, 0, box, headers=headers, rows=(values,))
    boxes = replace(grid, rows=(values, ("1 Interest income", "", "", "", ""), ("", "$7,926.23")))
    table = replace(grid, rows=(values, values))
    assert boxes_row(boxes)
    assert not boxes_row(table)
    assert not boxes_row(grid)
