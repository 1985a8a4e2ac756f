"""Forms whose boxes form a table under their numbers, amounts whose thousands are set apart by
spaces or grouped in lakhs, number signs of other languages, and smaller faults of unlike
layouts: a 1099 with the boxes as columns, a French facture and relevé de compte, an Indian GST
invoice, a pastor's pay statement, an online statement's period in its header, a charging
receipt, a licence with numbered captions, a ticket number after "#". Built with
openbda.samples and read by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from dataclasses import replace

from openbda.document.model import BoundingBox, Document, Element, ElementType
from openbda.document.pdf import build_pdf_document
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.layout import captions_over_values
from openbda.extraction.offline.shapes import is_phone_value, thousands_from
from openbda.extraction.offline.text import spelled
from openbda.extraction.offline.totals import amount_of
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, leaves, printed_document, summary_rows


def _1099_with_boxes_as_columns() -> Document:
    """Ruled boxes in two bands: each box's number over its caption over its amount set right
    in the box; the payer and the recipient in blocks under their headings, the payer's
    telephone last. Drawn with the benchmark's canvas, which rules boxes."""
    from bench.catalog_documents import Canvas, render

    c = Canvas()
    c.text(36, 36, "2024 Form 1099-INT", 16, "F2")
    c.text(36, 58, "Interest Income  -  Copy B for Recipient", 10)
    c.right(576, 40, "OMB No. 1545-0112", 8)
    blocks = (
        ("PAYER", ("Keystone Bank & Trust", "989 Sunset Way Suite 306", "Fresno, CA 93785")),
        ("RECIPIENT", ("John K Kowalski", "9104 Harbor Ct", "Salem, MA 01997")),
    )
    for i, (title, lines) in enumerate(blocks):
        c.text(36 + 280 * i, 86, title, 8, "F2")
        for n, line in enumerate((*lines, "(402) 288-7299") if i == 0 else lines):
            c.text(36 + 280 * i, 98 + 12 * n, line, 9)
    bands = (
        (
            ("1", "Interest income", "2,215.31"),
            ("2", "Early withdrawal penalty", "76.51"),
            ("3", "Interest on U.S. Savings Bonds", "211.16"),
            ("4", "Federal income tax withheld", "120.00"),
        ),
        (("5", "Investment expenses", "0.00"), ("6", "Foreign tax paid", "0.00")),
    )
    for b, band in enumerate(bands):
        top = 190 + 64 * b
        width = 540 / len(band)
        for j, (number, caption, amount) in enumerate(band):
            x = 36 + width * j
            c.box(x, top, width, 52, 0.5)
            c.text(x + 3, top + 3, f"Box {number}", 6.5, "F2")
            c.text(x + 3, top + 12, caption, 5.5)
            c.right(x + width - 4, top + 39, amount, 8.5, "F5")
    return build_pdf_document(render([c]))


def test_a_form_whose_boxes_are_a_table_under_their_numbers(
    extractor: OfflineExtractor,
) -> None:
    """ "Box 1" over "Interest income" over an amount set right in the box: the number and the
    caption label the amount. The box numbers in bold over the captions are no values printed
    over captions (the page does not read its captions under their values), so the payer's name
    under "PAYER" is the payer's; the payer's block that ends with a telephone number is no
    telephone number, and the name is no routing transit number."""
    values = leaves(extractor.extract(_1099_with_boxes_as_columns(), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(2215.31)
    assert values["early_withdrawal_penalty"] == pytest.approx(76.51)
    assert values["federal_income_tax_withheld"] == pytest.approx(120.0)
    assert values["foreign_tax_paid"] == 0
    assert values["payer/name"] == "Keystone Bank & Trust"
    assert values["payer_rtn"] is None
    assert values["payer_telephone"] in (None, "(402) 288-7299")


def test_which_tables_are_boxes_under_their_numbers() -> None:
    box = BoundingBox(0.05, 0.2, 0.9, 0.1)
    boxes = Element(
        ElementType.TABLE,
        0,
        box,
        headers=("Box 1", "Box 2", "Box 3"),
        rows=(
            ("Interest income", "Early withdrawal penalty", "Interest on U.S. Savings Bonds"),
            ("", "", "and Treasury obligations"),
            ("2,215.31", "76.51", "0.00"),
        ),
    )
    assert captions_over_values(boxes)
    # Headings with words head columns; a row of words last is no row of values.
    assert not captions_over_values(replace(boxes, headers=("Date", "Description", "Amount")))
    assert not captions_over_values(replace(boxes, rows=boxes.rows[:2]))
    # A table of entries: more rows than a band of boxes has.
    assert not captions_over_values(replace(boxes, rows=boxes.rows * 2))


def test_a_phone_value_holds_little_besides_the_number() -> None:
    assert is_phone_value("(402) 288-7299")
    assert is_phone_value("Tel. 020 7946 0123 ext. 214")
    assert not is_phone_value("Atlas Energy Ltd. 145 Highland Ave Boise, ID 83794 494-280-4287")


def _facture() -> list[Run]:
    runs = [
        Run(50, 30, "Dubois Informatique SAS", 16, bold=True),
        Run(50, 54, "104 rue de la République", 9),
        Run(50, 66, "69003 Lyon", 9),
        Run(350, 110, "Électricité Bernard SAS", 10),
        Run(350, 124, "122 rue de la République", 9),
        Run(350, 138, "33000 Bordeaux", 9),
        Run(50, 190, "FACTURE N° F2023-3012", 13, bold=True),
        Run(50, 216, "Date :", 9),
        Run(140, 216, "18/09/2024", 9),
        Run(50, 229, "Échéance :", 9),
        Run(140, 229, "18/10/2024", 9),
        Run(56, 276, "Désignation", 9, bold=True),
        Run(315, 276, "Qté", 9, bold=True),
        Run(444, 276, "P.U. HT", 9, bold=True),
        Run(506, 276, "Montant HT", 9, bold=True),
    ]
    items = [("Transport et livraison", "1", "179,13", "179,13")]
    items += [("Impression flyers A5 quadri", "13", "96,06", "1 248,78")]
    items += [("Développement logiciel (heure)", "11", "67,69", "744,59")]
    for i, (name, qty, price, amount) in enumerate(items):
        top = 294 + 16 * i
        runs += [
            Run(56, top, name, 9),
            Run(320, top, qty, 9),
            Run(480 - 4.5 * len(price), top, price, 9),
            Run(554 - 4.5 * len(amount), top, amount, 9),
        ]
    totals = [("Total HT", "2 172,50 €"), ("TVA 10 %", "217,25 €"), ("Net à payer", "2 389,75 €")]
    for i, (label, amount) in enumerate(totals):
        runs += [
            Run(380, 356 + 15 * i, label, 9),
            Run(555 - 4.6 * len(amount), 356 + 15 * i, amount, 9),
        ]
    return runs


def test_a_facture_numbered_after_n_and_its_thousands_set_apart(
    extractor: OfflineExtractor,
) -> None:
    """ "FACTURE N° F2023-3012": "N°" is the number sign. "2 389,75 €": one amount of two words,
    not 389.75 after a stray 2, both for the total and for the amount before tax."""
    values = leaves(extractor.extract(printed_document(_facture()), CATALOG["invoice"], [0]))
    assert values["ID"] == "F2023-3012"
    assert values["TOTAL"] == pytest.approx(2389.75)
    assert values["SUBTOTAL"] == pytest.approx(2172.50)


def test_number_signs_and_grouped_amounts() -> None:
    assert spelled("FACTURE N° 12")[:2] == ["invoice", "number"]
    assert spelled("Nº de pedido")[0] == "number"
    assert thousands_from(["Net", "2", "389,75"], 2) == 1
    assert thousands_from(["Total", "1", "234", "567,00"], 3) == 1
    assert thousands_from(["Qty", "2", "1,389.75"], 2) == 2  # grouped by commas already
    assert thousands_from(["Item", "12", "39,75"], 2) == 2  # 39: no group of three
    assert amount_of("(-)0.24") == pytest.approx(-0.24)
    assert amount_of("8,44,060.82") == pytest.approx(844060.82)  # lakhs
    assert amount_of("1,2,345.00") is None


def _gst_invoice() -> list[Run]:
    runs = [
        Run(260, 28, "TAX INVOICE", 12, bold=True),
        Run(36, 52, "Vardhman Packaging Pvt. Ltd.", 11, bold=True),
        Run(36, 68, "Plot No. 88, Industrial Area Phase 2", 8),
        Run(36, 79, "Pune, Maharashtra - 442966", 8),
        Run(336, 50, "Invoice No.", 8),
        Run(336, 57, "164/24-25", 9),
        Run(336, 70, "Dated", 8),
        Run(336, 77, "28-Sep-2024", 9),
        Run(36, 140, "Buyer (Bill to)", 8),
        Run(36, 150, "Nair Engineering Works", 9),
        Run(36, 230, "Sl", 8),
        Run(52, 230, "Description of Goods/Services", 8),
        Run(380, 230, "Quantity", 8),
        Run(549, 230, "Amount", 8),
    ]
    items = [
        ("1", "LED panel light 18 W", "200 NOS", "1,17,512.00"),
        ("2", "Cotton fabric, grey, 60 in", "38 MTR", "5,216.64"),
        ("3", "Copper wire 2.5 sq mm", "202 NOS", "6,43,250.82"),
    ]
    for i, (number, name, qty, amount) in enumerate(items):
        top = 248 + 15 * i
        runs += [
            Run(36, top, number, 8),
            Run(52, top, name, 8),
            Run(384, top, qty, 8),
            Run(576 - 4.4 * len(amount), top, amount, 8),
        ]
    money = [
        ("Taxable Value", "7,65,979.46"),
        ("CGST", "68,938.15"),
        ("SGST", "68,938.15"),
        ("Round Off", "(-)0.76"),
        ("Total", "Rs. 9,03,855.00"),
    ]
    for i, (label, amount) in enumerate(money):
        runs += [
            Run(420, 310 + 13 * i, label, 8),
            Run(576 - 4.4 * len(amount), 310 + 13 * i, amount, 8),
        ]
    # The tax analysis by HSN code after the total: a row per code.
    runs += [
        Run(36, 390, "HSN/SAC", 8),
        Run(203, 390, "Taxable Value", 8),
        Run(379, 390, "CGST", 8),
    ]
    analysis = [("9405", "1,17,512.00", "7,050.72"), ("5208", "5,216.64", "130.42")]
    analysis += [("8544", "6,43,250.82", "57,892.57")]
    for i, (code, value, tax) in enumerate(analysis):
        top = 400 + 10 * i
        runs += [Run(36, top, code, 8), Run(212, top, value, 8), Run(372, top, tax, 8)]
    return runs


def test_an_indian_invoice_in_lakhs_with_cgst_and_sgst(extractor: OfflineExtractor) -> None:
    """Amounts grouped in lakhs ("7,65,979.46"), the GST as CGST and SGST lines, a rounding
    taken off as "(-)0.76": the taxable value and the lines under it make the total, so the
    taxable value is the amount before tax. The tax analysis by HSN code after the total does
    not make it a section's total."""
    values = leaves(extractor.extract(printed_document(_gst_invoice()), CATALOG["invoice"], [0]))
    assert values["TOTAL"] == pytest.approx(903855.00)
    assert values["SUBTOTAL"] == pytest.approx(765979.46)


def test_a_pastors_statement(extractor: OfflineExtractor) -> None:
    """ "Rev." is no first name; "COMPENSATION" heads the column of the rows' labels beside
    "This Period" and "Year to Date", so "Cash Salary" under it is no one's name."""
    runs = [
        Run(179, 30, "St. Mark's Lutheran Church, Springfield", 14, bold=True),
        Run(218, 74, "Pastor's Compensation Statement", 11, bold=True),
        Run(70, 100, "Pastor", 9),
        Run(170, 100, "Rev. Robert Yamamoto", 9),
        Run(380, 100, "Rev. Robert Yamamoto", 9),
        Run(380, 112, "9407 Franklin Ave", 9),
        Run(380, 124, "Albany, NY 12219", 9),
        Run(70, 114, "Employee ID", 9),
        Run(170, 114, "3939", 9),
        Run(70, 128, "Pay date", 9),
        Run(170, 128, "April 05, 2023", 9),
        Run(66, 172, "COMPENSATION", 9, bold=True),
        Run(388, 172, "This Period", 9, bold=True),
        Run(500, 172, "Year to Date", 9, bold=True),
    ]
    for i, (label, now, ytd) in enumerate(
        [("Cash Salary", "5,130.40", "35,912.80"), ("Housing Allowance", "2,430.20", "17,011.40")]
    ):
        top = 189 + 14 * i
        runs += [Run(66, top, label, 9), Run(396, top, now, 9), Run(507, top, ytd, 9)]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeName/FirstName"] == "Robert"
    assert values["EmployeeName/LastName"] == "Yamamoto"


def test_a_french_statement(extractor: OfflineExtractor) -> None:
    """ "Compte courant N° 68154798559" gives the account's type and number; the ledger's
    "SOLDE PRÉCÉDENT" and "NOUVEAU SOLDE" rows, amounts with their thousands set apart by a
    space, are its summary (not its total of operations, read as a list of its own)."""
    runs = [
        Run(40, 26, "Banque Populaire du Sud", 14, bold=True),
        Run(40, 140, "RELEVÉ DE COMPTE", 12, bold=True),
        Run(40, 160, "du 01/09/2024 au 30/09/2024", 9),
        Run(40, 176, "Compte courant N° 68154798559", 9),
        Run(340, 82, "Mme Claire DUPONT", 9),
        Run(340, 95, "84 boulevard Voltaire", 9),
        Run(340, 108, "44000 Nantes", 9),
        Run(44, 214, "Date", 9, bold=True),
        Run(90, 214, "Libellé", 9, bold=True),
        Run(380, 214, "Valeur", 9, bold=True),
        Run(465, 214, "Débit", 9, bold=True),
        Run(546, 214, "Crédit", 9, bold=True),
        Run(90, 229, "SOLDE PRÉCÉDENT AU 31/08/2024", 9),
        Run(533, 229, "8 193,47", 9),
    ]
    entries = [
        ("01/09", "VIR SEPA SALAIRE DUBOIS SAS", "", "1 773,32"),
        ("04/09", "CB CARREFOUR 02/09", "72,51", ""),
        ("06/09", "REMISE CHEQUE 2671476", "", "539,09"),
        ("30/09", "RETRAIT DAB 29/09", "167,85", ""),
    ]
    for i, (day, text, debit, credit) in enumerate(entries):
        top = 243 + 13 * i
        runs += [Run(44, top, day, 9), Run(90, top, text, 9), Run(380, top, day, 9)]
        if debit:
            runs.append(Run(486 - 4.6 * len(debit), top, debit, 9))
        if credit:
            runs.append(Run(568 - 4.6 * len(credit), top, credit, 9))
    runs += [
        Run(90, 300, "TOTAL DES OPÉRATIONS", 9, bold=True),
        Run(459, 300, "240,36", 9),
        Run(533, 300, "2 312,41", 9),
        Run(90, 317, "NOUVEAU SOLDE CRÉDITEUR AU 30/09/2024", 9, bold=True),
        Run(528, 317, "10 265,52", 9),
    ]
    results = extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0])
    values = leaves(results)
    assert values["account_type"] == "Compte courant"
    assert values["account_number"] == "68154798559"
    summary = {str(k).upper(): v for k, v in summary_rows(results).items()}
    assert summary["SOLDE PRÉCÉDENT AU 31/08/2024"] == pytest.approx(8193.47)
    assert summary["NOUVEAU SOLDE CRÉDITEUR AU 30/09/2024"] == pytest.approx(10265.52)


def test_a_period_in_a_header_without_a_colon(extractor: OfflineExtractor) -> None:
    """ "Statement period Jun 01, 2024 - Jun 30, 2024": the month starts the value, so the
    period reads as a range, not "Statement period Jun" followed by "01, 2024 - ..."."""
    runs = [
        Run(40, 22, "Cascade Federal Savings", 14, bold=True),
        Run(397, 24, "Statement period Jun 01, 2024 - Jun 30, 2024", 9),
        Run(40, 50, "PATRICIA E KING", 9),
        Run(462, 64, "Account number 9120509476", 9),
        Run(46, 100, "Starting balance", 9),
        Run(180, 100, "Ending balance", 9),
        Run(46, 113, "$10,422.62", 10),
        Run(180, 113, "$10,954.31", 10),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["bank-statement"], [0]))
    assert values["statement_start_date"] == "2024-06-01"
    assert values["statement_end_date"] == "2024-06-30"


def test_a_charging_receipt_and_a_ticket_number(extractor: OfflineExtractor) -> None:
    """ "Paid with Mastercard ending in 6432": the card's last four digits. "Ticket #T-999696":
    the ticket's number without its number sign."""
    runs = [
        Run(74, 40, "VoltPoint Charging", 16, bold=True),
        Run(74, 70, "Ticket #T-999696", 9),
        Run(74, 84, "June 16, 2024", 9),
        Run(74, 224, "Energy 25.109 kWh @ $0.43/kWh", 9),
        Run(506, 224, "$10.80", 9),
        Run(330, 278, "Subtotal", 9),
        Run(505, 278, "$10.80", 9),
        Run(330, 294, "Tax", 9),
        Run(510, 294, "$0.65", 9),
        Run(330, 310, "Total", 9, bold=True),
        Run(504, 310, "$11.45", 9, bold=True),
        Run(74, 340, "Paid with Mastercard ending in 6432", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["receipt"], [0]))
    assert values["card_last_four_digits"] == "6432"
    assert values["receipt_number"] == "T-999696"
    assert values["total"] == pytest.approx(11.45)


def test_a_licence_with_numbered_captions_over_its_values(extractor: OfflineExtractor) -> None:
    """ "1 LAST" over "Lopez": the caption's word is no last name."""
    runs = [
        Run(241, 60, "Massachusetts", 14, bold=True),
        Run(254, 86, "DRIVER LICENSE", 10, bold=True),
        Run(227, 118, "4d DL", 6),
        Run(227, 126, "24 415 583", 9),
        Run(227, 149, "1 LAST", 6),
        Run(227, 157, "Lopez", 9),
        Run(227, 177, "2 FIRST", 6),
        Run(227, 185, "Karen", 9),
        Run(227, 205, "8 ADDRESS", 6),
        Run(227, 213, "7066 Walnut Dr", 9),
        Run(227, 227, "Salem, MA 01922", 9),
        Run(227, 248, "3 DOB", 6),
        Run(227, 256, "10/05/1975", 9),
        Run(354, 248, "4b EXP", 6),
        Run(354, 256, "10/05/2029", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-driver-license"], [0]))
    assert values["NAME_DETAILS/LAST_NAME"] == "Lopez"
    assert values["NAME_DETAILS/FIRST_NAME"] == "Karen"


def test_a_check_under_the_statement_it_pays(extractor: OfflineExtractor) -> None:
    """A dividend check under its statement: the bank is the one printed on the check (over
    its MICR line), not the paying agent heading the statement; the drawer is the company,
    not the shareholder the statement is addressed to, who is the check's payee."""
    runs = [
        Run(40, 30, "Ironwood Software LLP", 14, bold=True),
        Run(488, 30, "Equiniti Trust Company", 10, bold=True),
        Run(530, 42, "Paying Agent", 7),
        Run(40, 50, "DIVIDEND STATEMENT", 10),
        Run(60, 76, "Shareholder account", 9),
        Run(344, 76, "C0261749754", 9),
        Run(60, 91, "Payment date", 9),
        Run(355, 91, "03/15/2023", 9),
        Run(60, 106, "Net dividend paid", 9),
        Run(366, 106, "$521.42", 9),
        Run(60, 228, "ASHLEY MARTIN", 9),
        Run(60, 240, "6657 MILL DR", 9),
        Run(60, 252, "LANSING, MI 48910", 9),
        Run(542, 370, "DETACH HERE", 7),
        Run(44, 396, "Ironwood Software LLP", 11, bold=True),
        Run(44, 412, "by Equiniti Trust Company, Paying Agent", 8),
        Run(518, 396, "No. 65102", 9),
        Run(491, 412, "DATE 03/15/2023", 9),
        Run(44, 444, "PAY *** Five Hundred Twenty-One Dollars and 42 Cents ***", 9),
        Run(520, 442, "$521.42", 10),
        Run(44, 477, "TO THE ORDER OF", 8),
        Run(44, 488, "ASHLEY MARTIN", 9),
        Run(44, 499, "6657 MILL DR", 9),
        Run(44, 510, "LANSING, MI 48910", 9),
        Run(44, 536, "Pioneer Trust Bank", 9),
        Run(44, 547, "Portland, OR 97298", 8),
        Run(360, 556, "Authorized Signature", 7),
        Run(150, 600, "C00065102C A252556438A 405354906C", 11),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["us-bank-check"], [0]))
    assert values["bank_name"] == "Pioneer Trust Bank"
    assert values["account_holder_name"] == "Ironwood Software LLP"
    assert values["payee_name"] == "ASHLEY MARTIN"
    assert values["check_number"] == "65102"
