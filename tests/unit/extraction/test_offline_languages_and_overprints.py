"""Documents in two languages and forms filled in by a printer that missed the boxes: a
bilingual 1099 whose amounts sit between each caption and its translation, a 1099 whose values
drifted down into the next box, a W-2 summary whose columns name wages and tax and number the
boxes beside them, two W-2 copies side by side, statements summed across the page with signs
between the amounts, a Puerto Rican check, a German receipt, a Mexican e-invoice, a licence's
back. Built with openbda.samples and read by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.document.model import BoundingBox, Word
from openbda.extraction.offline import OfflineClassifier, OfflineExtractor
from openbda.extraction.offline.classifier import TIME_OF_SALE
from openbda.extraction.offline.extractor import find_candidates
from openbda.extraction.offline.layout import page_layouts
from openbda.extraction.offline.shapes import without_title
from openbda.extraction.offline.text import label_phrasings
from openbda.extraction.values import looks_american
from openbda.samples import Run
from tests.unit.extraction.printed import CATALOG, cues, leaves, printed_document, summary_rows


def _bilingual_1099() -> list[Run]:
    runs = [
        Run(40, 28, "Harbor Point Savings", 16, bold=True),
        Run(40, 48, "818 Lake Shore Dr, Madison, WI 53703", 8),
        Run(372, 28, "Form / Formulario 1099-INT 2023", 11, bold=True),
        Run(420, 45, "Interest Income / Ingresos de intereses", 8),
        Run(44, 90, "PAGADOR / PAYER", 7),
        Run(48, 101, "Harbor Point Savings", 9),
        Run(48, 112, "818 Lake Shore Dr", 9),
        Run(48, 123, "Madison, WI 53703", 9),
        Run(314, 90, "DESTINATARIO / RECIPIENT", 7),
        Run(318, 101, "Rosa M Delgado", 9),
        Run(318, 112, "77 Orchard Ln", 9),
        Run(318, 123, "Kenosha, WI 53140", 9),
        Run(44, 164, "PAYER'S TIN / TIN DEL PAGADOR", 7),
        Run(48, 176, "39-4410263", 9),
        Run(222, 164, "RECIPIENT'S TIN / TIN DEL DESTINATARIO", 7),
        Run(226, 176, "402-18-7736", 9),
        Run(46, 206, "Box / Casilla", 8),
        Run(110, 206, "Description / Descripción", 8),
        Run(502, 206, "Amount / Cantidad", 8),
    ]
    boxes = [
        ("1", "Interest income", "Ingresos de intereses", "$4,210.55"),
        ("2", "Early withdrawal penalty", "Multa por retiro prematuro", "$0.00"),
        (
            "3",
            "Interest on U.S. Savings Bonds and Treasury obligations",
            "Intereses de bonos de ahorro y obligaciones del Tesoro de EE. UU.",
            "$318.20",
        ),
        (
            "4",
            "Federal income tax withheld",
            "Impuesto federal sobre los ingresos retenido",
            "$842.11",
        ),
    ]
    for i, (number, english, spanish, amount) in enumerate(boxes):
        top = 221 + 26 * i
        runs += [
            Run(52, top + 2, number, 9),
            Run(110, top, english, 8),
            Run(110, top + 10, spanish, 7),
            Run(520, top + 5, amount, 9),
        ]
    return runs


def test_amounts_between_a_caption_and_its_translation(extractor: OfflineExtractor) -> None:
    """Each amount is set level with both lines of its box's description, English over
    Spanish: the two lines label it together (the Spanish line alone means little to the
    model). The payer's box repeats the letterhead's address on two lines: the name over it is
    the payer's, not the recipient's."""
    values = leaves(
        extractor.extract(printed_document(_bilingual_1099()), CATALOG["form-1099-int"], [0])
    )
    assert values["interest_income"] == pytest.approx(4210.55)
    assert values["interest_on_us_savings_bonds_and_treasury"] == pytest.approx(318.20)
    assert values["federal_income_tax_withheld"] == pytest.approx(842.11)
    assert values["recipient/name"] == "Rosa M Delgado"
    assert values["payer/name"] == "Harbor Point Savings"


def test_a_1099_printed_low_on_its_preprinted_form(extractor: OfflineExtractor) -> None:
    """A tax program printed each amount a little under its box's "$", into the next box's
    caption line; the payer's block is indented well into its box. A value overprinting a
    caption is no value beside it."""
    runs = [
        Run(
            38,
            31,
            "PAYER'S name, street address, city or town, state or province, country, ZIP or foreign",
            6,
        ),
        Run(38, 38, "postal code, and telephone no.", 6),
        Run(474, 44, "Form 1099-INT", 11, bold=True),
        Run(254, 55, "1 Interest income", 6),
        Run(58, 62, "Granite Hill Bank", 9),
        Run(255, 67, "$", 8),
        Run(58, 73, "12 Quarry Rd", 9),
        Run(273, 74, "3120.40", 9),
        Run(254, 79, "2 Early withdrawal penalty", 6),
        Run(58, 84, "Barre, VT 05641", 9),
        Run(255, 91, "$", 8),
        Run(273, 98, "58.10", 9),
        Run(254, 103, "3 Interest on U.S. Savings Bonds and Treasury obligations", 6),
        Run(255, 115, "$", 8),
        Run(273, 122, "640.75", 9),
        Run(254, 127, "4 Federal income tax withheld", 6),
        Run(38, 141, "RECIPIENT'S name", 6),
        Run(255, 139, "$", 8),
        Run(58, 160, "Owen T Marsh", 9),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["form-1099-int"], [0]))
    assert values["interest_income"] == pytest.approx(3120.40)
    assert values["early_withdrawal_penalty"] == pytest.approx(58.10)
    assert values["interest_on_us_savings_bonds_and_treasury"] == pytest.approx(640.75)
    assert values["payer/name"] == "Granite Hill Bank"


def test_a_w2_summary_of_wages_and_tax_columns(extractor: OfflineExtractor) -> None:
    """ "Federal income tax  187,181.42  1  31,280.04  2" under "Tax  Wages subject to tax  Box
    Tax withheld  Box": the row's label names neither figure alone, the headings do. The
    employer is the one whose caption names box c, which the field's question names, not the
    worksite employer."""
    runs = [
        Run(40, 30, "Year-End Tax Statement", 15, bold=True),
        Run(414, 52, "Form W-2 Wage and Tax Statement", 11, bold=True),
        Run(40, 62, "EMPLOYER OF RECORD (box c)", 7),
        Run(40, 72, "Bluepeak HR Solutions, LLC", 9),
        Run(40, 90, "Employer identification number (box b)", 7),
        Run(40, 100, "64-8383987", 9),
        Run(40, 118, "Worksite employer", 7),
        Run(40, 128, "Ironwood Health Partners", 9),
        Run(40, 224, "Wages and taxes", 12, bold=True),
        Run(46, 244, "Tax", 8),
        Run(253, 244, "Wages subject to tax", 8),
        Run(356, 244, "Box", 8),
        Run(451, 244, "Tax withheld", 8),
        Run(526, 244, "Box", 8),
    ]
    for i, (tax, wages, box, withheld, other) in enumerate(
        [
            ("Federal income tax", "187,181.42", "1", "31,280.04", "2"),
            ("Social security", "168,600.00", "3", "10,453.20", "4"),
            ("Medicare", "187,181.42", "5", "2,714.13", "6"),
        ]
    ):
        top = 261 + 17 * i
        runs += [
            Run(46, top, tax, 9),
            Run(280, top, wages, 9),
            Run(360, top, box, 9),
            Run(455, top, withheld, 9),
            Run(530, top, other, 9),
        ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(187181.42)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(31280.04)
    assert values["federal_tax_info/medicare_tax"] == pytest.approx(2714.13)
    assert values["employer_info/employer_name"] == "Bluepeak HR Solutions, LLC"


def test_two_w2_copies_side_by_side(extractor: OfflineExtractor) -> None:
    """ "a Employee's social security number" printed twice on one row is the same box of two
    copies, no pair of lettered column headings over the boxes under them."""
    runs = []
    for x in (26, 314):
        runs += [
            Run(x, 25, "2022 Form W-2 Wage and Tax Statement", 11, bold=True),
            Run(x + 2, 63, "a Employee's social security number", 6),
            Run(x + 10, 72, "392-67-5670", 9),
            Run(x + 2, 87, "b Employer identification number (EIN)", 6),
            Run(x + 10, 96, "77-3824071", 9),
            Run(x + 2, 111, "c Employer's name, address, and ZIP code", 6),
            Run(x + 10, 120, "Pioneer Industries Group", 9),
            Run(x + 2, 249, "1 Wages, tips, other compensation", 6),
            Run(x + 76, 262, "162,287.36", 9),
        ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["w2-form"], [0]))
    assert values["employer_info/ein"] == "77-3824071"


def _statement(operators_apart: bool) -> list[Run]:
    runs = [
        Run(70, 30, "Harbourside Bank", 16, bold=True),
        Run(60, 100, "MS KAREN LEE", 9),
        Run(60, 112, "14 HARBOUR ST", 9),
        Run(60, 124, "FORTITUDE VALLEY QLD 4006", 9),
        Run(40, 150, "Spending Account •••• 9476", 12, bold=True),
        Run(47, 190, "Opening balance", 8),
        Run(182, 190, "Total debits", 8),
        Run(317, 190, "Total credits", 8),
        Run(452, 190, "Closing balance", 8),
    ]
    if operators_apart:
        runs += [
            Run(47, 204, "$8,336.91", 12),
            Run(166, 200, "+", 12),
            Run(182, 204, "+$6,690.81", 12),
            Run(303, 200, "-", 12),
            Run(317, 204, "-$4,480.06", 12),
            Run(438, 200, "=", 12),
            Run(452, 204, "$10,547.66", 12),
            Run(40, 236, "Activity", 12, bold=True),
        ]
    else:
        runs += [
            Run(91, 202, "$8,336.91 CR -", 12),
            Run(244, 202, "$4,480.06 +", 12),
            Run(379, 202, "$6,690.81 =", 12),
            Run(491, 202, "$10,547.66 CR", 12),
        ]
    runs += [
        Run(40, 262, "Date", 9),
        Run(100, 262, "Transaction", 9),
        Run(400, 262, "Debit", 9),
        Run(470, 262, "Credit", 9),
        Run(540, 262, "Balance", 9),
        Run(40, 278, "02 Jun", 9),
        Run(100, 278, "Transfer to Savings ••4560", 9),
        Run(400, 278, "50.00", 9),
        Run(530, 278, "8,286.91", 9),
        Run(40, 292, "03 Jun", 9),
        Run(100, 292, "Direct Credit SALARY", 9),
        Run(470, 292, "1,809.28", 9),
        Run(530, 292, "10,096.19", 9),
    ]
    return runs


@pytest.mark.parametrize("operators_apart", [False, True])
def test_a_summary_summed_across_the_page(
    extractor: OfflineExtractor, operators_apart: bool
) -> None:
    """Left-aligned headings over amounts set right in their columns, with "+", "-" and "="
    between them, and a section's heading under them: one row of labelled amounts. The
    account's own name over its activity is its type (not a transfer's "to Savings"); the
    holder's title is no part of the name."""
    results = extractor.extract(
        printed_document(_statement(operators_apart)), CATALOG["bank-statement"], [0]
    )
    rows = summary_rows(results)
    assert rows["Opening balance"] == pytest.approx(8336.91)
    assert rows["Closing balance"] == pytest.approx(10547.66)
    values = leaves(results)
    assert values["account_type"] == "Spending Account"
    assert values["account_holder_name"] == "KAREN LEE"


def _puerto_rican_check(date: str, bank: str) -> list[Run]:
    return [
        Run(20, 46, "CARLOS FIGUEROA ROSARIO", 12, bold=True),
        Run(20, 88, "Urb. Country Club, Calle 18 B-28", 10),
        Run(20, 121, "Ponce, PR 00720", 10),
        Run(280, 46, bank, 11, bold=True),
        Run(564, 46, "2939", 12),
        Run(404, 216, "FECHA", 9),
        Run(441, 208, date, 14),
        Run(404, 242, "DATE", 9),
        Run(20, 326, "PÁGUESE A LA ORDEN DE", 9),
        Run(121, 323, "Colegio San Ignacio de Loyola", 14),
        Run(484, 312, "$ 1,241.45", 14),
        Run(20, 352, "PAY TO THE ORDER OF", 9),
        Run(25, 406, "Mil doscientos cuarenta y uno con 45/100", 14),
        Run(526, 428, "DÓLARES", 9),
        Run(526, 455, "DOLLARS", 9),
        Run(20, 583, "CONCEPTO", 9),
        Run(75, 576, "Préstamo", 14),
        Run(20, 609, "MEMO", 9),
        Run(150, 700, "A021575909A 046593062C 2939", 12),
    ]


@pytest.mark.parametrize(
    ("date", "bank", "iso"),
    [
        ("9/2/2023", "Banco Borincano de Ahorro", "2023-09-02"),
        ("29 de mayo de 2024", "Cooperativa Isleña de Ahorro y Crédito", "2024-05-29"),
    ],
)
def test_a_puerto_rican_check(extractor: OfflineExtractor, date: str, bank: str, iso: str) -> None:
    """A check printed in Spanish and English: "PÁGUESE A LA ORDEN DE" over "PAY TO THE ORDER
    OF" is one label whose payee is beside the Spanish line (not the amount in words under the
    English one); a Puerto Rican address writes dates month first; a savings cooperative is a
    bank; a date spelled "29 de mayo de 2024" is the check's date. The Spanish captions over
    the English ones are no values printed over their captions."""
    values = leaves(
        extractor.extract(
            printed_document(_puerto_rican_check(date, bank)), CATALOG["us-bank-check"], [0]
        )
    )
    assert values["date"] == iso
    assert values["payee_name"] == "Colegio San Ignacio de Loyola"
    assert values["bank_name"] == bank
    assert values["amount_in_words"] == "Mil doscientos cuarenta y uno con 45/100"
    assert values["memo"] != "CONCEPTO"
    assert looks_american(["Ponce, PR 00720"])


def test_a_purchase_order_in_spanish_names_no_payee() -> None:
    """ "Orden de compra:" is a purchase order's label; only "a la orden de" pays someone."""
    from openbda.extraction.offline.checks import _after_pay_words

    assert "order" not in _after_pay_words(_words("Orden de compra: OC-76198"))[0]
    label, rest = _after_pay_words(_words("PÁGUESE A LA ORDEN DE De la Cruz Hnos."))
    assert label[-2:] == ["order", "de"] and [w.text for w in rest] == ["De", "la", "Cruz", "Hnos."]


def test_a_german_receipt(extractor: OfflineExtractor) -> None:
    """ "Bon-Nr." numbers the receipt; the tax table's "Gesamtbetrag" row gives the tax under
    "Steuer", in a heading row with a "%" column; the total is "SUMME"."""
    runs = [
        Run(160, 19, "Frischmarkt Lindner", 13, bold=True),
        Run(208, 36, "Schillerstraße 27", 9),
        Run(174, 48, "60311 Frankfurt am Main", 9),
        Run(208, 62, "Tel.: 069 1404158", 9),
        Run(30, 108, "Gouda jung 400g", 9),
        Run(512, 108, "4,10 B", 9),
        Run(30, 121, "Zahnpasta 75ml", 9),
        Run(512, 121, "5,79 A", 9),
        Run(30, 250, "SUMME EUR", 11, bold=True),
        Run(508, 250, "26,96", 11, bold=True),
        Run(30, 278, "Geg. girocard EUR", 9),
        Run(524, 278, "26,96", 9),
        Run(30, 298, "Steuer", 8),
        Run(166, 298, "%", 8),
        Run(228, 298, "Netto", 8),
        Run(311, 298, "Steuer", 8),
        Run(415, 298, "Brutto", 8),
        Run(30, 310, "A=", 8),
        Run(134, 310, "19,0", 8),
        Run(238, 310, "7,77", 8),
        Run(332, 310, "1,48", 8),
        Run(436, 310, "9,25", 8),
        Run(30, 323, "B=", 8),
        Run(144, 323, "7,0", 8),
        Run(228, 323, "16,55", 8),
        Run(332, 323, "1,16", 8),
        Run(426, 323, "17,71", 8),
        Run(30, 336, "Gesamtbetrag", 8),
        Run(228, 336, "24,32", 8),
        Run(332, 336, "2,64", 8),
        Run(426, 336, "26,96", 8),
        Run(30, 355, "Datum: 03.07.2023", 8),
        Run(234, 355, "Uhrzeit: 18:58:00", 8),
        Run(30, 368, "Bon-Nr.: 67906", 8),
        Run(213, 368, "Kasse: 5", 8),
        Run(330, 368, "Bed.: Sabine", 8),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["receipt"], [0]))
    assert values["receipt_number"] == "67906"
    assert values["tax"] == pytest.approx(2.64)
    assert values["total"] == pytest.approx(26.96)


def _cfdi() -> list[Run]:
    return [
        Run(40, 26, "SANTA FE", 20, bold=True),
        Run(425, 30, "FACTURA", 11, bold=True),
        Run(335, 48, "Serie y folio:", 7),
        Run(517, 48, "MTY-52728", 9),
        Run(40, 63, "Emisor", 8, bold=True),
        Run(335, 59, "Folio fiscal (UUID):", 7),
        Run(447, 59, "B34DFACA-DF2C-4CC0-C6B8-33FF8FBCE81B", 7),
        Run(40, 74, "Nombre: ABASTECEDORA SANTA FE", 8),
        Run(335, 82, "Fecha y hora de emisión:", 7),
        Run(494, 82, "2023-07-13T13:53:48", 7),
        Run(40, 85, "RFC: ASF911104S2A", 8),
        Run(46, 153, "Receptor", 8, bold=True),
        Run(46, 164, "Nombre: SERVICIOS INDUSTRIALES DEL BAJIO", 8),
        Run(46, 175, "RFC: SDB151209Z96", 8),
        Run(40, 215, "Condiciones de pago:", 8),
        Run(118, 215, "Crédito 45 días", 8),
        Run(306, 215, "Orden de compra:", 8),
        Run(384, 215, "OC-76198", 8),
        Run(44, 251, "Cant.", 7),
        Run(206, 251, "Descripción", 7),
        Run(430, 251, "Valor unitario", 7),
        Run(507, 251, "Importe", 7),
        Run(124, 266, "22", 8),
        Run(206, 266, "Válvula de bola de latón 1/2 in", 8),
        Run(442, 266, "$130.14", 8),
        Run(496, 266, "$2,863.08", 8),
        Run(124, 288, "37", 8),
        Run(206, 288, "Tarima de madera 1.20 x 1.00 m", 8),
        Run(442, 288, "$280.93", 8),
        Run(492, 288, "$10,394.41", 8),
        Run(459, 384, "Subtotal", 8),
        Run(525, 384, "$13,257.49", 8),
        Run(418, 397, "IVA trasladado 16%", 8),
        Run(530, 397, "$2,121.20", 8),
        Run(469, 410, "Total", 8, bold=True),
        Run(523, 410, "$15,378.69", 8, bold=True),
    ]


def test_a_mexican_e_invoice(extractor: OfflineExtractor, classifier: OfflineClassifier) -> None:
    """A CFDI names its parties "Emisor" and "Receptor" over their "Nombre:" rows and its
    purchase order "Orden de compra"; its certification timestamps are no till's time of sale,
    so it reads as an invoice, not a receipt."""
    document = printed_document(_cfdi())
    values = leaves(extractor.extract(document, CATALOG["invoice"], [0]))
    assert values["RECEIVERNAME"] == "SERVICIOS INDUSTRIALES DEL BAJIO"
    # "Emisor" heads its rows though the form's other column shares its line
    labels = {(c.label, c.value) for c in find_candidates(page_layouts(document, [0]))}
    assert ("Emisor Nombre", "ABASTECEDORA SANTA FE") in labels
    assert values["PO"] == "OC-76198"
    assert values["TOTAL"] == pytest.approx(15378.69)
    assert TIME_OF_SALE not in cues("Fecha y hora de emisión: 2023-07-13T13:53:48 $1.00 $2.00")
    scores = classifier.scores(document, [0], list(CATALOG.values()))
    assert list(CATALOG)[scores.index(max(scores))] == "invoice"


@pytest.fixture(scope="module")
def classifier(extractor: OfflineExtractor) -> OfflineClassifier:
    return OfflineClassifier(extractor.vectors.embedder)


def test_an_issue_date_on_a_licences_back_is_no_number(extractor: OfflineExtractor) -> None:
    """ "ISSUED 09-15-2025" on an address-change sticker is a date, not the issue's number."""
    runs = [
        Run(20, 20, "NEW YORK", 20, bold=True),
        Run(448, 15, "DRIVER LICENSE", 14, bold=True),
        Run(170, 132, "BROWN, THOMAS", 16),
        Run(170, 195, "7953 PARK RD", 13),
        Run(170, 234, "BUFFALO, NY 14209", 13),
        Run(170, 435, "LICENSE NO.", 10),
        Run(170, 466, "M0044036", 18),
        Run(460, 435, "CLASS", 10),
        Run(460, 466, "D", 18),
        Run(407, 600, "ISSUED 09-15-2025", 12),
        Run(72, 640, "ADDRESS CHANGE", 12),
    ]
    document = printed_document(runs)
    values = leaves(extractor.extract(document, CATALOG["us-driver-license"], [0]))
    assert values["ID_NUMBER"] == "M0044036"
    # "Invoice INV-49856" numbers an invoice; "ISSUED 09-15-2025" numbers nothing
    labels = {c.label for c in find_candidates(page_layouts(document, [0]))}
    assert "LICENSE NO." in labels and "ISSUED No." not in labels


def test_labels_in_other_languages_are_read_in_english() -> None:
    assert label_phrasings("Bon-Nr.:") == ("receipt number",)
    assert label_phrasings("Receptor Nombre") == ("receiver customer name",)
    assert label_phrasings("Netto") == ("net amount subtotal before tax",)


def test_a_title_before_a_name() -> None:
    def name(text: str) -> list[str]:
        return [w.text for w in without_title(_words(text))]

    assert name("MS KAREN LEE") == ["KAREN", "LEE"]
    assert name("Dr. Daniel A Jackson") == ["Daniel", "A", "Jackson"]
    assert name("MS LEE") == ["MS", "LEE"]  # too short to be a title and a name


def _words(text: str) -> list[Word]:
    """A line's words, side by side."""
    return [Word(w, BoundingBox(0.1 * i, 0.1, 0.05, 0.01)) for i, w in enumerate(text.split())]


def test_a_label_with_its_value_heads_no_section(extractor: OfflineExtractor) -> None:
    """ "Employee Name  Naledi Molefe" over "ID Number  7512203905252" is a row of the form,
    not a heading naming whose ID the next row gives, though the form's second column
    ("Period End  2023/05/31") shares its line."""
    runs = [
        Run(40, 38, "Blue Crane Software (Pty) Ltd", 14, bold=True),
        Run(498, 38, "PAYSLIP", 16, bold=True),
        Run(40, 91, "Employee Code", 9),
        Run(130, 91, "MOL723", 9),
        Run(330, 91, "Period Start", 9),
        Run(420, 91, "2023/05/01", 9),
        Run(40, 103, "Employee Name", 9),
        Run(130, 103, "Naledi Molefe", 9),
        Run(330, 103, "Period End", 9),
        Run(420, 103, "2023/05/31", 9),
        Run(40, 115, "ID Number", 9),
        Run(130, 115, "7512203905252", 9),
        Run(330, 115, "Pay Date", 9),
        Run(420, 115, "2023/05/25", 9),
        Run(40, 178, "EARNINGS", 9),
        Run(209, 178, "Current", 9),
        Run(283, 178, "YTD", 9),
        Run(40, 194, "Basic Salary", 9),
        Run(196, 194, "36 200.00", 9),
        Run(257, 194, "108 600.00", 9),
        Run(40, 271, "NETT PAY", 11, bold=True),
        Run(196, 271, "R 29 539.56", 11, bold=True),
    ]
    values = leaves(extractor.extract(printed_document(runs), CATALOG["payslip"], [0]))
    assert values["EmployeeNumber"] == "MOL723"


def test_a_label_naming_the_box_a_field_asks_for() -> None:
    """A blueprint's question that names its form's box ("from box c") trusts a label naming
    that box ("EMPLOYER OF RECORD (box c)") over one naming none, and one naming another box
    less."""
    from openbda.extraction.offline.kinds import Ask
    from openbda.extraction.offline.shapes import box_refs

    name = next(f for f in CATALOG["w2-form"].leaves() if f.name == "employer_name")
    ask = Ask.of(name)
    assert ask.box_check("EMPLOYER OF RECORD (box c)") > 0
    assert ask.box_check("Worksite employer") == 0
    assert ask.box_check("Box b Employer identification number") < 0
    assert box_refs("EMPLOYEE (boxes e and f)") == {"e", "f"}
    assert box_refs("Box 12a See instructions for box 12") == {"12"}
    assert box_refs("number and street, or P.O. box.") == set()
