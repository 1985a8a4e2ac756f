"""Tables ruled only across (booktabs, statements) and tables without any rules."""

from __future__ import annotations

import pytest

from openbda.document.regions import Region
from tests.unit.tables.content import SALES, SALES_LAYOUT, prose_column
from tests.unit.tables.pages import page_tables
from tests.unit.tables.pdfgen import Box, Layout, Sheet, Stroke, Text, make_pdf

ROWS = tuple(tuple(r) for r in SALES)


def only_table(sheet: Sheet) -> Region:
    tables = page_tables(make_pdf([sheet]))
    assert len(tables) == 1, tables
    return tables[0]


def test_booktabs_rules_mark_the_header() -> None:
    sheet = Sheet(texts=SALES_LAYOUT.texts(SALES), strokes=SALES_LAYOUT.booktabs())
    table = only_table(sheet)
    assert table.rows == ROWS
    assert table.header_rows == 1


def test_rules_between_every_row_make_wrapped_cells_one_row() -> None:
    texts = [Text(72, 204, "Name"), Text(250, 204, "Role")]
    texts += [
        Text(72, 228, "Ada"),
        Text(250, 228, "Designs the engine and"),
        Text(250, 240, "writes its programs"),
    ]
    texts += [Text(72, 264, "Charles"), Text(250, 264, "Builds the engine")]
    strokes = [Stroke(70, y, 420, y) for y in (200, 220, 256, 280)]
    table = only_table(Sheet(texts=texts, strokes=strokes))
    assert table.rows == (
        ("Name", "Role"),
        ("Ada", "Designs the engine and writes its programs"),
        ("Charles", "Builds the engine"),
    )


@pytest.mark.parametrize("bold", [True, False])
def test_an_unruled_table_with_a_header(bold: bool) -> None:
    table = only_table(Sheet(texts=SALES_LAYOUT.texts(SALES, bold_rows=1 if bold else 0)))
    assert table.rows == ROWS
    # A bold first row, or a text row over numeric columns, is the header.
    assert table.header_rows == 1


def test_a_statement_with_right_aligned_numbers_and_a_rule_under_the_years() -> None:
    lines = [
        ("", "2025", "2024"),
        ("Revenue", "12,450", "11,020"),
        ("Cost of sales", "(7,310)", "(6,540)"),
        ("Gross profit", "5,140", "4,480"),
        ("Operating expenses", "(3,020)", "(2,870)"),
        ("Operating profit", "2,120", "1,610"),
    ]
    texts = [Text(72, 170, "Income statement for the year", bold=True)]
    for i, (label, a, b) in enumerate(lines):
        top = 200 + 15 * i
        if label:
            texts.append(Text(72, top, label))
        texts += [Text(380 - 5.56 * len(a), top, a), Text(480 - 5.56 * len(b), top, b)]
    table = only_table(Sheet(texts=texts, strokes=[Stroke(300, 213, 480, 213)]))
    assert table.rows == tuple(lines)
    assert table.header_rows == 1


def test_wrapped_descriptions_join_their_row() -> None:
    texts = [
        Text(72, 200, "Model", bold=True),
        Text(200, 200, "Description", bold=True),
        Text(420, 200, "Price", bold=True),
    ]
    top = 218.0
    for model, desc, price in [
        ("A-100", ["Compact unit for small", "offices and shops"], "1,200"),
        ("B-200", ["Mid-size unit"], "2,450"),
        ("C-300", ["Industrial unit for", "warehouses"], "7,800"),
    ]:
        texts += [Text(72, top, model), Text(420, top, price)]
        texts += [Text(200, top + 11 * k, line) for k, line in enumerate(desc)]
        top += 11 * len(desc) + 8
    table = only_table(Sheet(texts=texts))
    assert table.rows == (
        ("Model", "Description", "Price"),
        ("A-100", "Compact unit for small offices and shops", "1,200"),
        ("B-200", "Mid-size unit", "2,450"),
        ("C-300", "Industrial unit for warehouses", "7,800"),
    )


def test_a_table_in_one_column_of_a_two_column_page() -> None:
    cells = [
        ["Item", "Qty", "Price", "Total"],
        ["Paper", "40", "4.50", "180.00"],
        ["Toner", "12", "61.00", "732.00"],
        ["Staples", "5", "2.10", "10.50"],
    ]
    layout = Layout(xs=(72, 140, 190, 240, 290), ys=tuple(300 + 16 * i for i in range(5)), size=9)
    texts = prose_column(72, 100, 15, 45) + layout.texts(cells, bold_rows=1)
    texts += prose_column(72, 400, 20, 45, seed=2) + prose_column(320, 100, 50, 45, seed=3)
    table = only_table(Sheet(texts=texts))
    assert table.rows == tuple(tuple(r) for r in cells)
    assert table.rect.x1 < 300  # nothing from the right-hand column


def test_spreadsheet_columns_without_white_space_between_them() -> None:
    # A right-aligned code and the next column's left-aligned text two points apart.
    texts = [
        Text(72, 200, "Code", bold=True),
        Text(124, 200, "Account", bold=True),
        Text(230, 200, "Amount", bold=True),
    ]
    for i, (code, name, amount) in enumerate(
        [
            ("4000", "Office supplies", "424.48"),
            ("61", "Travel", "81.60"),
            ("2100", "Rent and rates", "1,200.00"),
            ("7", "Bank fees", "12.00"),
        ]
    ):
        top = 214 + 13 * i
        texts += [
            Text(122 - 5.56 * len(code), top, code),
            Text(124, top, name),
            Text(300 - 5.56 * len(amount), top, amount),
        ]
    table = only_table(Sheet(texts=texts))
    assert table.rows[1:] == (
        ("4000", "Office supplies", "424.48"),
        ("61", "Travel", "81.60"),
        ("2100", "Rent and rates", "1,200.00"),
        ("7", "Bank fees", "12.00"),
    )


def test_zebra_striping_is_not_a_header() -> None:
    layout = Layout(xs=(72, 172, 252, 352, 432), ys=tuple(200 + 18 * i for i in range(6)))
    stripes = [Box(72, layout.ys[i], 432, layout.ys[i + 1], fill=0.9) for i in (0, 2, 4)]
    table = only_table(Sheet(texts=layout.texts(SALES), boxes=stripes))
    assert table.rows == ROWS
    assert table.header_rows == 1  # from the text over numbers, not the stripes


def test_a_table_beside_a_column_whose_lines_sit_at_other_heights() -> None:
    # The left column's lines fall between the table's rows, and one of them is a paragraph's
    # short last line level with a table row: neither may join the table.
    left = prose_column(57, 180, 8, 46, pitch=13.9)
    left[4] = Text(57, 180 + 4 * 13.9, "an.")
    cells = [
        ["Region", "Units", "Revenue"],
        ["North", "1,204", "40,100"],
        ["South", "983", "31,250"],
        ["East", "1,530", "52,900"],
    ]
    layout = Layout(xs=(308, 385, 463, 520), ys=tuple(182 + 16.5 * i for i in range(5)), size=10)
    table = only_table(Sheet(texts=left + layout.texts(cells)))
    assert table.rows == tuple(tuple(r) for r in cells)
    assert table.rect.x0 > 300


def _statement_sections() -> list[Text]:
    """A bank statement without rules: a summary under its title (its column headings beside
    the title, right of it), then two sections one under the other at the same pace, each a
    title, a row of headings and its transactions with long descriptions."""
    texts = [
        Text(50, 150, "CHECKING SUMMARY", bold=True),
        Text(200, 150, "Checking"),
        Text(380, 165, "INSTANCES"),
        Text(500, 165, "AMOUNT"),
    ]
    summary = [
        ("Beginning Balance", "", "$4,701.32"),
        ("Deposits and Additions", "3", "2,045.10"),
        ("Checks Paid", "1", "-357.72"),
        ("Ending Balance", "4", "$6,388.70"),
    ]
    top = 180.0
    for label, count, amount in summary:
        texts.append(Text(50, top, label))
        if count:
            texts.append(Text(400, top, count))
        texts.append(Text(550 - 5.6 * len(amount), top, amount))
        top += 12
    sections = (
        (
            "DEPOSITS AND ADDITIONS",
            [
                ("01/02", "Zelle Payment From Linda Rodriguez JPM549615330", "140.19"),
                ("01/09", "Payroll Direct Dep BLUEPEAK SYSTEMS PPD ID: 9458384702", "1,781.85"),
                ("01/17", "Mobile Deposit Ref Number: 514164930", "123.06"),
            ],
        ),
        (
            "ATM & DEBIT CARD WITHDRAWALS",
            [
                ("01/04", "ATM Withdrawal 01/03 3555 129 Hill Way", "206.74"),
                ("01/14", "Card Purchase 01/13 Office Depot Plus Card 0203", "29.31"),
                ("01/22", "Card Purchase 01/21 Corner Pantry Card 5410", "121.67"),
            ],
        ),
    )
    top += 12
    for title, rows in sections:
        texts.append(Text(50, top, title, bold=True))
        top += 14
        texts += [Text(50, top, "DATE"), Text(120, top, "DESCRIPTION"), Text(500, top, "AMOUNT")]
        top += 12
        for date, description, amount in rows:
            texts += [Text(50, top, date), Text(120, top, description)]
            texts.append(Text(550 - 5.6 * len(amount), top, amount))
            top += 12
        top += 12
    return texts


def test_a_statement_in_sections_is_a_table_per_section() -> None:
    """Each section's table starts at its row of headings; the summary's headings, right of
    its title, are the summary's second header row, not part of its first amount."""
    tables = page_tables(make_pdf([Sheet(texts=_statement_sections())]))
    assert [t.rows[0] for t in tables] == [
        ("CHECKING SUMMARY Checking", "", ""),
        ("DATE", "DESCRIPTION", "AMOUNT"),
        ("DATE", "DESCRIPTION", "AMOUNT"),
    ]
    summary, deposits, withdrawals = tables
    assert summary.header_rows == 2
    assert summary.rows[1:3] == (
        ("", "INSTANCES", "AMOUNT"),
        ("Beginning Balance", "", "$4,701.32"),
    )
    assert deposits.header_rows == 1
    assert deposits.rows[2] == (
        "01/09",
        "Payroll Direct Dep BLUEPEAK SYSTEMS PPD ID: 9458384702",
        "1,781.85",
    )
    assert len(withdrawals.rows) == 4


def _stub(top: float) -> tuple[list[Text], list[Stroke]]:
    """A bill-payment stub: the payee and the date, a row of headings set a line apart over
    its bills and ruled under, dates of one format in the first column."""
    texts = [Text(36, top, "Beacon Builders Inc.", bold=True), Text(520, top, "Mar 15, 2023")]
    headings = ((36, "Date"), (120, "Reference"), (330, "Original Amt."), (500, "Payment"))
    texts += [Text(x, top + 24, h, 8) for x, h in headings]
    bills = (
        ("Feb 09, 2023", "40026", "274.16"),
        ("Feb 03, 2023", "40192", "1,285.92"),
        ("Feb 18, 2023", "95033", "1,071.94"),
    )
    for i, (date, ref, amount) in enumerate(bills):
        y = top + 42 + 12 * i
        texts += [Text(36, y, date, 9), Text(120, y, ref, 9)]
        texts += [
            Text(400 - 5 * len(amount), y, amount, 9),
            Text(560 - 5 * len(amount), y, amount, 9),
        ]
    return texts, [Stroke(36, top + 35, 576, top + 35)]


def test_two_stubs_ruled_alike_are_two_tables() -> None:
    """Two copies of a stub one above the other, each ruled under its headings: the two rules
    frame no table between them; each stub is a table headed by its own headings (not by the
    payee's line over them), and its dates stay whole."""
    first, first_rules = _stub(40)
    second, second_rules = _stub(300)
    sheet = Sheet(texts=first + second, strokes=first_rules + second_rules)
    tables = page_tables(make_pdf([sheet]))
    assert len(tables) == 2
    for table in tables:
        assert table.header_rows == 1
        assert table.rows[0] == ("Date", "Reference", "Original Amt.", "Payment")
        assert table.rows[1] == ("Feb 09, 2023", "40026", "274.16", "274.16")
