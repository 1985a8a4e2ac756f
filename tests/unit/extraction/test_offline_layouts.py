"""The offline backend on layouts that turn a reader's usual expectations around: a form that
prints each caption under its value, a line printer's boxes drawn in characters, two summaries
side by side in one table, a letterhead on one line, a repair order's number, a card's small
labels beside big values."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.document.model import BoundingBox, Element, ElementType, Line, Word
from openbda.document.pdf import build_pdf_document
from openbda.engines.embed.types import Embedder
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.candidates import Source, make
from openbda.extraction.offline.captions_under import captions_under
from openbda.extraction.offline.derive import parts
from openbda.extraction.offline.label_lists import label_lists, lists_in_cells
from openbda.extraction.offline.layout import page_layout
from openbda.samples import Run
from tests.unit.extraction.printed import (
    CATALOG,
    leaves,
    printed_document,
    statement_tables,
    summary_rows,
)
from tests.unit.tables.pdfgen import Box, Sheet, Text
from tests.unit.tables.pdfgen import make_pdf as make_sheets


def _copy_c(captions_under_values: bool) -> Sheet:
    """A W-2 employee copy of ruled boxes, each value at the top of its box and the box's
    caption in small type along its bottom edge (or, for comparison, the caption on top)."""
    sheet = Sheet()
    boxes = [
        (30, 60, 230, 86, "a Employee's social security number", ["681-45-8829"], False),
        (30, 86, 230, 112, "b Employer identification number (EIN)", ["64-8383987"], False),
        (
            30,
            112,
            230,
            174,
            "c Employer's name, address, and ZIP code",
            ["Ironwood Health Partners", "7356 Park Dr", "Austin, TX 78752"],
            False,
        ),
        (230, 60, 325, 86, "1 Wages, tips, other compensation", ["187,181.42"], True),
        (325, 60, 470, 86, "2 Federal income tax withheld", ["31,280.04"], True),
        (230, 86, 325, 112, "3 Social security wages", ["168,600.00"], True),
        (325, 86, 470, 112, "4 Social security tax withheld", ["10,453.20"], True),
        (230, 112, 325, 138, "5 Medicare wages and tips", ["187,181.42"], True),
        (325, 112, 470, 138, "6 Medicare tax withheld", ["2,714.13"], True),
    ]
    for x0, top, x1, bottom, caption, lines, right in boxes:
        sheet.boxes.append(Box(x0, top, x1, bottom, stroke=True))
        caption_top = bottom - 8 if captions_under_values else top + 2
        first = top + 3 if captions_under_values else top + 10
        sheet.texts.append(Text(x0 + 2, caption_top, caption, 5.3))
        for i, line in enumerate(lines):
            x = x1 - 4 - 5 * len(line) if right else x0 + 4
            sheet.texts.append(Text(x, first + 10 * i, line, 9))
    sheet.texts.append(Text(30, 30, "2024 Form W-2 Wage and Tax Statement", 14, bold=True))
    return sheet


@pytest.mark.parametrize("under", [True, False])
def test_a_form_that_prints_its_captions_under_the_values(
    extractor: OfflineExtractor, under: bool
) -> None:
    """Each value is as close to the caption under it as to the next box's caption over it:
    the ruled boxes (cells reading "value, caption") say which caption is its own. A value
    set at a box's right edge may start past the end of its short caption."""
    document = build_pdf_document(make_sheets([_copy_c(under)]))
    assert captions_under(page_layout(document.pages[0])) is under
    values = leaves(extractor.extract(document, CATALOG["w2-form"], [0]))
    assert values["employee_general_info/ssn"] == "681-45-8829"
    assert values["employer_info/ein"] == "64-8383987"
    assert values["employer_info/employer_name"] == "Ironwood Health Partners"
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(187181.42)
    assert values["federal_wage_info/social_security_wages"] == pytest.approx(168600.0)
    assert values["federal_tax_info/social_security_tax"] == pytest.approx(10453.2)
    assert values["federal_tax_info/medicare_tax"] == pytest.approx(2714.13)


def test_a_line_printers_boxes_drawn_in_characters(extractor: OfflineExtractor) -> None:
    """Courier boxes of "+----+" rules and "|" bars set close to the captions ("COMP|"): the
    bars part the boxes, the rules are no text."""
    rule = "+" + "-" * 40 + "+" + "-" * 22 + "+"
    rows = [
        rule,
        "| A EMPLOYEE SSN                         | 1 WAGES,TIPS,OTH COMP|",
        "|    392-67-5670                         |            162287.36 |",
        rule,
        "| C EMPLOYER NAME, ADDRESS, ZIP          | 5 MEDICARE WAGES/TIPS|",
        "|    PIONEER INDUSTRIES GROUP            |            167336.11 |",
        "|    5594 RIVER CT UNIT 403              |                      |",
        "|    SALEM, MA 01915                     |                      |",
        rule,
    ]
    sheet = Sheet(texts=[Text(30, 30, "FORM W-2 WAGE AND TAX STATEMENT 2022", 9, mono=True)])
    sheet.texts += [Text(30, 50 + 10 * i, row, 8, mono=True) for i, row in enumerate(rows)]
    document = build_pdf_document(make_sheets([sheet]))
    texts = [p.text for p in page_layout(document.pages[0]).phrases()]
    assert "1 WAGES,TIPS,OTH COMP" in texts
    assert not any("---" in t or "|" in t for t in texts)
    values = leaves(extractor.extract(document, CATALOG["w2-form"], [0]))
    assert values["employee_general_info/ssn"] == "392-67-5670"
    assert values["employer_info/employer_name"] == "PIONEER INDUSTRIES GROUP"
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(162287.36)
    assert values["federal_wage_info/medicare_wages_tips"] == pytest.approx(167336.11)


def test_taxpayer_numbers_beside_other_values(extractor: OfflineExtractor) -> None:
    """ "Payer's TIN 24-7493419 (386) 866-1210": the number, then the telephone; "RECIPIENT'S
    TIN" with the next box's amount beside it has its number under it."""
    runs = [
        Run(40, 30, "Pioneer Life Insurance Co.", 16, bold=True),
        Run(40, 52, "4933 Pine Blvd, Harrisburg, PA 17179", 9),
        Run(40, 64, "Payer's TIN 24-7493419 (386) 866-1210", 9),
        Run(350, 100, "Form 1099-INT 2021 Copy B", 10),
        Run(40, 140, "RECIPIENT'S TIN", 6),
        Run(400, 139, "$ 211.16", 10),
        Run(44, 151, "XXX-XX-5994", 10),
        Run(300, 126, "3 Interest on U.S. Savings Bonds", 7),
        Run(40, 180, "Box 1 Interest income", 9),
        Run(250, 180, "$161.59", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["payer/tin"] == "24-7493419"
    assert values["recipient/tin"] == "XXX-XX-5994"


def test_two_summaries_side_by_side_under_an_address(extractor: OfflineExtractor) -> None:
    """An account summary beside an interest summary, rows not quite level, over the
    transactions: each list is read apart, the summary field takes the account's, and the
    transactions table serves the transactions alone."""
    runs = [
        Run(40, 30, "Summit Valley Credit Union", 16, bold=True),
        Run(450, 48, "Statement Period 07/01/2023 - 07/31/2023", 9),
        Run(60, 95, "DANIEL A JACKSON", 10),
        Run(60, 107, "1340 SUNSET RD", 10),
        Run(60, 119, "MADISON, WI 53771", 10),
        Run(45, 158, "ACCOUNT SUMMARY", 10, bold=True),
        Run(315, 158, "INTEREST SUMMARY", 10, bold=True),
    ]
    left = [
        ("Starting Balance", "$24,535.80"),
        ("Deposits and Other Additions", "$3,640.19"),
        ("Withdrawals and Other Subtractions", "$0.00"),
        ("Ending Balance", "$28,175.99"),
    ]
    right = [
        ("Annual Percentage Yield Earned", "2.02%"),
        ("Days in Statement Period", "31"),
        ("Average Daily Balance", "$26,623.20"),
        ("Interest Earned This Period", "$45.22"),
        ("Interest Paid Year-to-Date", "$297.62"),
    ]
    for i, (label, amount) in enumerate(left):  # amounts right-aligned
        runs += [
            Run(45, 176 + 15 * i, label, 9),
            Run(290 - 5 * len(amount), 176 + 15 * i, amount, 9),
        ]
    for i, (label, amount) in enumerate(right):
        top = 175 + 12.5 * i
        runs += [Run(315, top, label, 8.5), Run(560 - 5 * len(amount), top, amount, 8.5)]
    runs += [Run(45, 260, "Date", 9), Run(110, 260, "Description", 9)]
    runs += [Run(350, 260, "Deposits", 9), Run(480, 260, "Balance", 9)]
    for i, (day, what, amount, balance) in enumerate(
        [
            ("07/14", "Transfer From Checking", "3,594.97", "28,130.77"),
            ("07/31", "Interest Paid", "45.22", "28,175.99"),
        ]
    ):
        top = 276 + 14 * i
        runs += [Run(45, top, day, 9), Run(110, top, what, 9)]
        runs += [Run(350, top, amount, 9), Run(480, top, balance, 9)]
    results = extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0])
    summary = summary_rows(results)
    assert summary["Starting Balance"] == pytest.approx(24535.8)
    assert summary["Ending Balance"] == pytest.approx(28175.99)
    assert "Average Daily Balance" not in summary


def test_a_letterhead_on_one_line_and_a_client_with_an_attention_line(
    extractor: OfflineExtractor,
) -> None:
    """A law firm's letterhead: its name, a tagline, then street, town and telephone on one
    line parted by "·" (all the firm's); the client's block has an "Attn:" line between the
    company's name and its street."""
    runs = [
        Run(190, 36, "SMITH, NGUYEN & ADAMS P.C.", 16, bold=True),
        Run(270, 58, "ATTORNEYS AT LAW", 8),
        Run(208, 70, "4566 Maple Blvd · Portland, OR 97211 · (892) 961-4661", 9),
        Run(60, 107, "Bluepeak Health Partners LLC", 10),
        Run(60, 119, "Attn: Sarah Hall", 10),
        Run(60, 131, "4851 Spruce Ct", 10),
        Run(60, 143, "Columbus, OH 43238", 10),
        Run(360, 107, "Invoice Date:", 9),
        Run(510, 107, "10/16/2024", 9),
        Run(360, 119, "Invoice No.:", 9),
        Run(510, 119, "7585693", 9),
        Run(60, 300, "Total Fees", 10),
        Run(510, 300, "1,370.00", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "Bluepeak Health Partners LLC"
    assert values["ID"] == "7585693"


def test_a_repair_orders_number_and_the_day_it_was_invoiced(extractor: OfflineExtractor) -> None:
    """ "RO# 602117" under "REPAIR ORDER / INVOICE" is the invoice's number (the initials of
    the title's words before "#"), "RO#" level with a taller number beside a tall shop name;
    "Invoiced" dates the invoice, "Opened" does not."""
    runs = [
        Run(36, 28, "ATLAS AUTOMOTIVE", 19, bold=True),
        Run(408, 30, "REPAIR ORDER / INVOICE", 9.5, bold=True),
        Run(408, 43, "RO#", 9.5),
        Run(446, 42, "602117", 11.6, bold=True),
        Run(36, 51, "1265 Park Avenue Unit 138, Albany, NY 12261", 9),
        Run(408, 59, "Opened 11/16/23", 8),
        Run(485, 59, "Invoiced 11/18/23", 8),
        Run(40, 87, "CUSTOMER", 7.5),
        Run(40, 97, "NGOZI DAVIS", 9.5),
        Run(40, 108, "6257 HILL STREET", 9.5),
        Run(40, 119, "SPRINGFIELD, IL 62738", 9.5),
        Run(40, 300, "TOTAL DUE", 11, bold=True),
        Run(500, 300, "$849.34", 11, bold=True),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["invoice"], [0]))
    assert values["ID"] == "602117"
    assert values["DATE"] == "2023-11-18"


def test_a_cards_small_labels_beside_big_values(extractor: OfflineExtractor) -> None:
    """ "LN  LOPEZ" over "FN  WEI": a small label beside its value is no row of column
    headings, and "WEI" is no currency code; "9 CLASS  D" has its value beside it, the
    "NONE" under it is the next field's."""
    runs = [
        Run(160, 300, "CALIFORNIA", 17, bold=True),
        Run(380, 302, "DRIVER LICENSE", 10.8),
        Run(250, 330, "DL", 7),
        Run(284, 327, "R682-678-73-894-3", 13),
        Run(250, 350, "EXP 04/02/2023", 11.5),
        Run(250, 366, "LN", 7),
        Run(284, 364, "HILL", 12.4),
        Run(250, 381, "FN", 7),
        Run(284, 379, "WEI", 11.6),
        Run(250, 395, "1936 MILL CT", 8.4),
        Run(250, 404, "SACRAMENTO, CA 95883", 8.4),
        Run(250, 420, "4a ISS", 5),
        Run(290, 416, "07/17/2019", 7),
        Run(390, 420, "9 CLASS", 5),
        Run(424, 416, "D", 7),
        Run(250, 440, "9a END", 5),
        Run(290, 436, "NONE", 6.4),
        Run(340, 440, "12 RESTR", 5),
        Run(390, 436, "NONE", 6.4),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-driver-license"], [0]))
    assert values["NAME_DETAILS/LAST_NAME"] == "HILL"
    assert values["NAME_DETAILS/FIRST_NAME"] == "WEI"
    assert values["CLASS"] == "D"


def test_a_name_in_capitals_of_two_words_is_split(extractor: OfflineExtractor) -> None:
    """ "SUSAN WHITE" under the employee's caption: two words in capitals are a name, not a
    card's label and code; "Emp #" is the employee's number."""
    runs = [
        Run(40, 40, "FORM W-2 WAGE AND TAX STATEMENT 2022", 9),
        Run(40, 60, "E EMPLOYEE NAME", 8),
        Run(50, 70, "SUSAN WHITE", 8),
        Run(50, 80, "1845 WALNUT BLVD", 8),
        Run(50, 90, "COLUMBUS, OH 43224", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["employee_general_info/first_name"] == "SUSAN"
    assert values["employee_general_info/employee_last_name"] == "WHITE"


def test_an_abbreviated_employee_number_and_a_warrants_issuer(
    extractor: OfflineExtractor,
) -> None:
    runs = [
        Run(40, 30, "RIVERBEND LOGISTICS INC.", 15, bold=True),
        Run(430, 30, "EARNINGS STATEMENT", 13, bold=True),
        Run(40, 62, "Employee", 9),
        Run(120, 62, "MICHAEL HALL", 9),
        Run(40, 74, "Emp #", 9),
        Run(120, 74, "7647", 9),
        Run(40, 110, "Net Pay", 10),
        Run(200, 110, "1,244.10", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeNumber"] == "7647"


def _table(cells: list[tuple[float, float, str]], headers: tuple[str, ...] = ()) -> Element:
    """A TABLE element of words set at (left, top) in page fractions, one line per text; its
    body is one row holding every text (the builder's reading of a block it took whole)."""
    lines = []
    for left, top, text in cells:
        words, x = [], left
        for word in text.split():
            words.append(Word(word, BoundingBox(x, top, 0.008 * len(word), 0.012)))
            x += 0.008 * len(word) + 0.006
        lines.append(Line(text, BoundingBox.union(w.box for w in words), tuple(words)))
    return Element(
        ElementType.TABLE,
        0,
        BoundingBox.union(line.box for line in lines),
        lines=tuple(lines),
        headers=headers,
        rows=((" ".join(text for _, _, text in cells),),),
    )


def test_two_lists_side_by_side_in_one_table_are_two_lists() -> None:
    """The builder took an account summary and an interest summary beside it, rows not level,
    for one table with the section titles as headings: each list is a view of its own, and a
    line of one does not break the other; the headings view is no table of records."""
    left = ["Starting Balance $24,535.80", "Deposits $3,640.19", "Ending Balance $28,175.99"]
    right = ["Employee contributions $2,465.90", "2024 annual limit $4,150.00", "Days in Period 31"]
    cells = [(0.07, 0.22 + 0.02 * i, text) for i, text in enumerate(left)]
    cells += [(0.52, 0.215 + 0.016 * i, text) for i, text in enumerate(right)]
    table = _table(cells, headers=("ACCOUNT SUMMARY", "INTEREST SUMMARY"))
    views = [view.rows for view, _ in label_lists(table)]
    assert (
        ("Starting Balance", "$24,535.80"),
        ("Deposits", "$3,640.19"),
        ("Ending Balance", "$28,175.99"),
    ) in views
    # a line of the list beside does not break it, nor does a label that starts with a year
    assert (
        ("Employee contributions", "$2,465.90"),
        ("2024 annual limit", "$4,150.00"),
    ) in views
    assert lists_in_cells(table)
    records = _table([(0.07, 0.3, "07/14 Transfer 3,594.97")], headers=("Date", "Amount"))
    assert not lists_in_cells(records)


def test_one_table_read_twice_serves_one_field(embedder: Embedder) -> None:
    """The builder's table and the layout's reading of the same rows are one table: the
    transactions field takes it, the summary field takes the summary list, not the copy."""
    rows = (
        ("07/07/2024", "Payroll Contribution - Employee", "133.08", "2,511.66"),
        ("07/07/2024", "Employer Contribution", "20.00", "2,531.66"),
        ("07/26/2024", "Debit Card - URGENT CARE", "-153.15", "2,378.51"),
    )
    lines = tuple(
        Line(" ".join(row), BoundingBox(0.07, 0.4 + 0.02 * i, 0.8, 0.012))
        for i, row in enumerate(rows)
    )
    transactions = Element(
        ElementType.TABLE,
        0,
        BoundingBox(0.07, 0.38, 0.8, 0.06),
        lines=lines,
        headers=("Date", "Transaction", "Amount", "Balance"),
        rows=rows,
    )
    labels = ["Beginning Cash Balance $2,378.58", "Total Contributions $1,071.56"]
    labels += ["Total Distributions $422.85", "Fees $7.50", "Ending Cash Balance $3,031.03"]
    summary = _table([(0.07, 0.2 + 0.02 * i, text) for i, text in enumerate(labels)])
    read = statement_tables(embedder, [transactions, transactions, summary])
    labels = [str(row[0].value) for row in read["account_summary"].rows]
    assert labels[0] == "Beginning Cash Balance"
    assert len(read["transaction_details"].rows) == 3


def test_a_states_name_heading_a_card_is_no_persons_name() -> None:
    """ "NEW YORK" in capitals heading a licence is split into no first and last name; "SUSAN
    WHITE" is."""
    for text, split in (("NEW YORK", False), ("SUSAN WHITE", True)):
        words = [
            Word(word, BoundingBox(0.1 + 0.1 * i, 0.1, 0.08, 0.02))
            for i, word in enumerate(text.split())
        ]
        found = {c.label: c.value for c in parts([make("name", [words], 0, Source.PATTERN)])}
        assert ("name last name" in found) is split


def test_a_corrected_forms_previously_reported_column(extractor: OfflineExtractor) -> None:
    """A W-2c prints each box twice, under "a Previously reported" and "b Correct
    information": the wages are the correct ones."""
    runs = [
        Run(30, 28, "Form W-2c", 14, bold=True),
        Run(30, 47, "Corrected Wage and Tax Statement", 10),
        Run(90, 260, "a Previously reported", 7.7),
        Run(200, 260, "b Correct information", 7.7),
        Run(366, 260, "a Previously reported", 7.7),
        Run(476, 260, "b Correct information", 7.7),
    ]
    boxes = [
        ("1", "Wages, tips, other compensation", "164,489.45", "162,287.36"),
        ("2", "Federal income tax withheld", "16,162.37", "18,053.28"),
    ]
    for column, (number, caption, before, after) in enumerate(boxes):
        x = 32 + 276 * column
        runs += [
            Run(x, 273, f"{number}a {caption}", 7),
            Run(x + 138, 273, f"{number}b {caption}", 7),
        ]
        runs += [Run(x + 85, 287, before, 10), Run(x + 223, 287, after, 10)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(162287.36)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(18053.28)


def test_a_boxs_amount_under_it_not_the_title_beside_it(extractor: OfflineExtractor) -> None:
    """ "3 Other income" has its amount at the box's right edge a line down; the form's title,
    right of the box and reaching a little past the caption's bottom, is not its value."""
    runs = [
        Run(42, 40, "PAYER'S name, street address, city or town", 5),
        Run(46, 52, "Silverline Health Partners Inc.", 8),
        Run(292, 40, "1 Rents", 5.6),
        Run(292, 70, "2 Royalties", 5.6),
        Run(292, 100, "3 Other income", 5.6),
        Run(446, 105.5, "Miscellaneous Information", 9.4),
        Run(390, 112, "$ 36,283.83", 7.8),
        Run(292, 130, "4 Federal income tax withheld", 5.6),
        Run(446, 130, "Form 1099-MISC", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-misc"], [0]))
    assert values["other_income"] == pytest.approx(36283.83)
