"""The pieces of the offline backend that need no embedder: words of names and labels, colon
labels, value shapes, field kinds, and the page layout as rows of phrases."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.model import FieldType, InferenceType, LeafField
from openbda.document.model import (
    BoundingBox,
    Document,
    Element,
    ElementType,
    Line,
    Page,
    Word,
)
from openbda.extraction.offline.candidates import Source
from openbda.extraction.offline.colon import colon_pairs
from openbda.extraction.offline.extractor import find_candidates
from openbda.extraction.offline.kinds import REFUSE, Ask, Kind, kind_check
from openbda.extraction.offline.layout import page_layout, page_layouts
from openbda.extraction.offline.shapes import (
    address_score,
    currency_code,
    looks_like_address,
    looks_like_phone,
)
from openbda.extraction.offline.text import humanise, label_text, tokens
from tests.unit.extraction.test_offline_samples import invoice, receipt


def words(*texts: str) -> list[Word]:
    """Words side by side on one line, 0.05 wide each with a small space."""
    return [Word(t, BoundingBox(0.06 * i, 0.1, 0.05, 0.01)) for i, t in enumerate(texts)]


def field(name: str, instruction: str = "", kind: FieldType = FieldType.STRING) -> LeafField:
    return LeafField(
        name, (name,), f"properties.{name}", kind, False, InferenceType.EXPLICIT, instruction
    )


# -- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words_"),
    [
        ("PayPeriodStartDate", "pay period start date"),
        ("unit_price", "unit price"),
        ("VENDORNAME", "vendor name"),
        ("RECEIVERADDRESS", "receiver address"),
        ("ID", "id"),
        ("statement", "statement"),
    ],
)
def test_field_names_in_words(name: str, words_: str) -> None:
    assert humanise(name) == words_


def test_labels_are_spelled_out() -> None:
    assert label_text("Invoice No.") == "invoice number"
    assert label_text("DOB") == "date birth"
    assert label_text("LN") == "last name"  # a capitalised identity-card label
    assert label_text("Qty") == "quantity"
    assert tokens("Billed to") == tokens("BILL TO") == ("bill",)
    assert tokens("Taxes and fees") == ("tax", "fee")
    # Initials with dots are one word; "PO" is a purchase order unless a box follows it.
    assert label_text("P.O. NUMBER") == label_text("PO Number") == "purchase order number"
    assert label_text("P.O. Box") == "po box"
    assert tokens("U.S. Savings Bonds") == ("us", "saving", "bond")
    assert label_text("Total Gross Pay TD") == "total gross pay to date"
    assert "last name" in label_text("Family name") and "first" in label_text("Given names")


# -- colon labels ------------------------------------------------------------------------------


def pairs(*texts: str) -> list[tuple[str, str]]:
    return [(label, " ".join(w.text for w in value)) for label, value in colon_pairs(words(*texts))]


def test_colon_labels_in_a_phrase() -> None:
    assert pairs("Invoice", "No:", "INV-2041") == [("Invoice No", "INV-2041")]
    assert pairs("Date:", "05/11/2025", "Time:", "13:42") == [
        ("Date", "05/11/2025"),
        ("Time", "13:42"),
    ]
    assert pairs("Name:", "Ann", "Lee", "Phone:", "555", "0199") == [
        ("Name", "Ann Lee"),
        ("Phone", "555 0199"),
    ]
    assert pairs("Issue", "Date:", "1/2/2024", "Due", "Date:", "1/3/2024") == [
        ("Issue Date", "1/2/2024"),
        ("Due Date", "1/3/2024"),
    ]
    assert pairs("Bill", "To:") == [("Bill To", "")]


def test_times_and_addresses_are_no_labels() -> None:
    assert pairs("Opened", "at", "13:42") == []
    assert pairs("See", "https://example.com/x") == []


def test_a_label_glued_to_its_value_is_cut() -> None:
    [(label, value)] = colon_pairs(words("Tel:0123456"))
    assert label == "Tel" and [w.text for w in value] == ["0123456"]
    assert value[0].box.left > 0.0 and value[0].box.right == pytest.approx(0.05)


# -- shapes and kinds --------------------------------------------------------------------------


def test_address_shapes() -> None:
    assert looks_like_address("22 Baker Street, London W1U 3BW")
    assert looks_like_address("NO. 12, JALAN MERDEKA, 43000 KAJANG")
    assert not looks_like_address("Tel: 020 7946 0123, London")
    assert address_score("100234") == 0  # digits are no address, whatever their count
    assert looks_like_phone("+44 131 555 0199") and not looks_like_phone("12/03/2026")


def test_currency_signs_and_codes() -> None:
    assert [currency_code(t) for t in ("£12.40", "RM9.00", "USD", "$", "EUR.", "RMB", "word")] == [
        "GBP",
        "MYR",
        "USD",
        "USD",
        "EUR",
        None,
        None,
    ]


def test_kinds_from_field_names() -> None:
    assert Ask.of(field("invoice_date")).kind is Kind.DATE
    assert Ask.of(field("issued", "The issue date in YYYY-MM-DD format")).kind is Kind.DATE
    assert Ask.of(field("VENDORADDRESS")).kind is Kind.ADDRESS
    assert Ask.of(field("ZipCode")).kind is Kind.ADDRESS_PART
    assert Ask.of(field("FirstName")).kind is Kind.NAME_PART
    assert Ask.of(field("merchant_phone")).kind is Kind.PHONE
    assert Ask.of(field("tin", "As printed (keep any masking).")).kind is Kind.IDENTIFIER
    assert Ask.of(field("total", kind=FieldType.NUMBER)).kind is Kind.NUMBER
    assert Ask.of(field("notes")).kind is Kind.TEXT


def test_kind_checks() -> None:
    amount = Ask.of(field("total", kind=FieldType.NUMBER))
    assert kind_check(amount, "INV-2041") == REFUSE  # an identifier is no amount
    assert kind_check(amount, "(20%)") == REFUSE
    assert kind_check(amount, "RM 9.00") == 0
    date = Ask.of(field("invoice_date"))
    assert kind_check(date, "12/03/2026") > 0 > kind_check(date, "Contoso")
    address = Ask.of(field("address"))
    assert kind_check(address, "1 Market Street, London EC1A 1BB") > kind_check(address, "Market")
    digits = Ask.of(field("card_last_four_digits"))
    assert kind_check(digits, "**** 4242") > 0 and kind_check(digits, "10.50") == REFUSE


def test_an_amount_refuses_a_label_that_counts_things() -> None:
    total = Ask.of(field("total", "The total amount paid", FieldType.NUMBER))
    assert total.refuses_label("Total Items") and total.refuses_label("TOTAL QTY")
    assert not total.refuses_label("Total Incl. GST")
    items = Ask.of(field("item_count", "How many items were bought", FieldType.INTEGER))
    assert not items.refuses_label("Total Items")


def test_a_document_number_refuses_a_tax_registration() -> None:
    invoice_id = Ask.of(field("ID", "The invoice number or invoice identifier, as printed."))
    assert invoice_id.refuses_label("VAT ID") and invoice_id.refuses_label("GST Reg No")
    assert not invoice_id.refuses_label("Invoice no.")
    tin = Ask.of(field("tin", "The taxpayer identification number (TIN), as printed."))
    assert not tin.refuses_label("Payer's TIN") and not tin.refuses_label("VAT ID")


def test_an_end_of_a_period_refuses_a_date_of_no_period() -> None:
    start = Ask.of(field("PayPeriodStartDate", "The first day of the pay period."))
    assert start.refuses_label("Pay Date")
    for label in ("Period Beginning", "Pay period", "Date From", "Statement period start"):
        assert not start.refuses_label(label), label
    assert not Ask.of(field("PayDate", "The date paid.")).refuses_label("Pay Date")


def test_street_lines_and_postcodes_have_their_shapes() -> None:
    line2 = Ask.of(field("Line2", "The second line of the street address, if any."))
    assert kind_check(line2, "Susan Young") < 0 <= kind_check(line2, "Suite 300")
    zip_code = Ask.of(field("employer_zip_code", "The employer's ZIP code."))
    assert kind_check(zip_code, "Meridian Media Inc.") == REFUSE
    assert kind_check(zip_code, "1258 Walnut Ave Suite 225") == REFUSE
    assert kind_check(zip_code, "Sacramento", part=True) == REFUSE
    assert kind_check(zip_code, "53767") >= 0 and kind_check(zip_code, "SW1A 1AA") >= 0


def test_no_part_of_a_name_is_a_company_or_a_number() -> None:
    last = Ask.of(field("LastName", "The employee's last name."))
    assert kind_check(last, "Harborview Labs LLP") == REFUSE
    assert kind_check(last, "Hall") != REFUSE
    assert kind_check(last, "888357") == REFUSE  # "EMPLOYEE ID 888357": no name
    assert kind_check(last, "CDL") == REFUSE  # "MASSACHUSETTS  CDL": a licence's heading
    income = Ask.of(field("interest_income", "Box 1.", FieldType.NUMBER))
    assert kind_check(income, "Copy 2") == REFUSE  # a copy's number, no amount
    assert kind_check(income, "$2,215.31") != REFUSE
    payer = Ask.of(field("payer_name", "The payer's name."))
    assert kind_check(payer, "7,817.29") == REFUSE
    assert kind_check(payer, "Pioneer Brokerage Services LLC") != REFUSE


def test_a_name_part_refuses_a_label_of_other_parts() -> None:
    last = Ask.of(field("employee_last_name", "The employee's last name."))
    assert last.refuses_label("Employee's first name and initial first name")
    assert not last.refuses_label("Last name")
    assert not last.refuses_label("Employee Name last name")
    assert not last.refuses_label("Mary B")  # no part named: the whole is for the field to judge
    first = Ask.of(field("FirstName", "The first name."))
    assert first.refuses_label("Surname") and not first.refuses_label("Given name")
    assert not Ask.of(field("employee_name")).refuses_label("First name")  # a whole name


# -- layout ------------------------------------------------------------------------------------


def test_a_wide_gap_inside_a_line_splits_it() -> None:
    """An OCR line "TOTAL        9.00" read as one line is two phrases of one row."""
    total = Word("TOTAL", BoundingBox(0.1, 0.5, 0.08, 0.02))
    amount = Word("9.00", BoundingBox(0.8, 0.5, 0.06, 0.02))
    line = Line("TOTAL 9.00", BoundingBox(0.1, 0.5, 0.76, 0.02), (total, amount))
    page = Page(0, 300, 400, lines=(line,), words=(total, amount))
    [row] = page_layout(page).rows
    assert [p.text for p in row] == ["TOTAL", "9.00"]
    document = Document((page,), "PDF")
    [candidate] = [c for c in find_candidates(page_layouts(document, [0])) if c.label == "TOTAL"]
    assert candidate.value == "9.00" and candidate.source is Source.GAP


def test_one_word_boxed_over_two_lines_does_not_merge_their_rows() -> None:
    """OCR now and then boxes one word across two printed lines; its line's row is where most
    of its words are, so the rows under it stay rows of their own."""

    def line(top: float, *texts: str, tall: int = -1) -> Line:
        ws = tuple(
            Word(t, BoundingBox(0.1 + 0.13 * i, top, 0.12, 0.05 if i == tall else 0.02))
            for i, t in enumerate(texts)
        )
        return Line(" ".join(texts), BoundingBox.union(w.box for w in ws), ws)

    lines = (
        line(0.50, "ROUNDING", "ADJ", "33.90", "-0.02", tall=2),
        line(0.523, "TOTAL", "ROUNDED", "33.90"),
        line(0.546, "CASH", "50.00"),
    )
    page = Page(0, 300, 400, lines=lines, words=tuple(w for x in lines for w in x.words))
    texts = [" ".join(p.text for p in row) for row in page_layout(page).rows]
    assert texts == ["ROUNDING ADJ 33.90 -0.02", "TOTAL ROUNDED 33.90", "CASH 50.00"]


def test_rows_join_a_label_and_its_right_aligned_amount() -> None:
    layout = page_layout(receipt().pages[0])
    texts = [[p.text for p in row] for row in layout.rows]
    assert ["TOTAL", "10.50"] in texts and ["Receipt #: 100234"] in texts


def test_invoice_candidates_by_arrangement() -> None:
    found = {(c.source, c.label, c.value) for c in find_candidates(page_layouts(invoice(), [0]))}
    assert (Source.COLON, "Invoice No", "INV-2041") in found
    assert (Source.GAP, "Total Due", "515.99") in found
    assert (Source.BELOW, "Bill To", "Contoso Analytics") in found
    assert (Source.BELOW, "Bill To", "1 Market Street, London EC1A 1BB") in found
    # Column headings are not the labels of the first row's cells.
    assert not any(label == "Qty" for _, label, _ in found)


def test_one_row_tables_pair_headers_and_cells() -> None:
    cells = words("Invoice", "#", "Due", "Date", "BP-7", "Feb", "14,", "2025")
    head = [
        Line("Invoice #", cells[0].box, tuple(cells[0:2])),
        Line("Due Date", cells[2].box, tuple(cells[2:4])),
    ]
    body = [
        Line("BP-7", cells[4].box, (cells[4],)),
        Line("Feb 14, 2025", cells[5].box, tuple(cells[5:])),
    ]
    table = Element(
        ElementType.TABLE,
        0,
        BoundingBox(0, 0.1, 0.5, 0.02),
        lines=(*head, *body),
        headers=("Invoice #", "Due Date"),
        rows=(("BP-7", "Feb 14, 2025"),),
    )
    page = Page(0, 612, 792, elements=(table,), lines=table.lines, words=tuple(cells))
    found = find_candidates(page_layouts(Document((page,), "PDF"), [0]))
    tabled = {(c.label, c.value) for c in found if c.source is Source.TABLE}
    assert tabled == {("Invoice #", "BP-7"), ("Due Date", "Feb 14, 2025")}


@pytest.mark.timeout(10)
def test_a_dot_leader_is_no_masked_number_and_costs_nothing() -> None:
    """A statement's dot leaders ("1- Interest income ......") once made the masked-number
    pattern try every split of the dots: seconds a line, hours for a longer leader."""
    from openbda.extraction.offline.derive import MASKED_NUMBER

    leader = "1- Interest income " + "." * 400 + " 7,788.96"
    assert MASKED_NUMBER.search(leader) is None
    assert MASKED_NUMBER.search("Visa \u2022\u2022\u2022\u2022 1234").group(1) == "1234"
    assert MASKED_NUMBER.search("XXXX XXXX XXXX 2857").group(1) == "2857"


def test_this_periods_amount_and_the_amount_to_date_refuse_each_others_labels() -> None:
    current = Ask.of(
        field("CurrentGrossPay", "The gross pay for this pay period.", FieldType.NUMBER)
    )
    ytd = Ask.of(field("YTDGrossPay", "The year-to-date gross pay.", FieldType.NUMBER))
    for label in ("Total Gross Pay TD", "YTD Gross", "Gross Pay Year to Date"):
        assert current.refuses_label(label), label
        assert not ytd.refuses_label(label), label
    assert not current.refuses_label("Gross Pay")
    assert not current.refuses_label("Pay Date")
    assert ytd.refuses_label("Gross Pay")  # this period's, as printed
