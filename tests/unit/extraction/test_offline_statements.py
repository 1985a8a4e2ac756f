"""The offline backend on account statements set out in ways the usual reading misses: labels
and values in two columns with the colons before the values, a period printed "From: ... To:
...", a flat number leading the holder's address, joint holders, a summary whose amounts have
no heading, and a side column of small captions over their values beside the transactions.
Documents built with openbda.samples and read by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.document.model import BoundingBox, Element, ElementType, Line
from openbda.engines.embed.types import Embedder
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.colon import colon_pairs
from openbda.extraction.offline.label_lists import described_headers
from openbda.extraction.offline.layout import page_layout
from openbda.samples import Run
from tests.unit.extraction.printed import (
    CATALOG,
    leaves,
    printed_document,
    statement_tables,
    summary_rows,
)


def _two_column_statement(joint: bool = False) -> list[Run]:
    """A statement's head: the holder's address on the left; on the right, labels and their
    values in two columns, each value led by the colon of its label."""
    runs = [
        Run(36, 26, "Deccan National Bank", 14, bold=True),
        Run(36, 76, "RAHUL MENON", 8.5),
    ]
    if joint:
        runs.append(Run(36, 87, "PRIYA MENON (JOINT)", 8.5))
    top = 98 if joint else 87
    for i, line in enumerate(["FLAT 869, SHANTI NIWAS", "T. NAGAR", "CHENNAI 600017", "INDIA"]):
        runs.append(Run(36, top + 11 * i, line, 8.5))
    pairs = [
        ("Account No", ": 7481390546087"),
        ("Cust ID", ": 781698051"),
        ("Account Type", ": Savings Account"),
        ("Currency", ": INR"),
        ("Nomination", ": Not Registered"),
    ]
    for i, (label, value) in enumerate(pairs):
        runs += [Run(330, 76 + 12 * i, label, 8), Run(410, 76 + 12 * i, value, 8)]
    runs.append(
        Run(36, 166, "Statement of account From : 01/12/2023 To : 31/12/2023", 9, bold=True)
    )
    return runs


def test_values_led_by_their_colons_and_a_period_from_to(extractor: OfflineExtractor) -> None:
    """ "Account Type   : Savings Account": the value is the phrase after the colon, not the
    label under "Account Type"; "From : 01/12/2023 To : 31/12/2023" is one period."""
    document = printed_document(_two_column_statement())
    values = leaves(extractor.extract(document, CATALOG["bank-statement"], [0]))
    assert values["account_number"] == "7481390546087"
    assert values["account_type"] == "Savings Account"
    assert values["statement_start_date"] == "2023-12-01"
    assert values["statement_end_date"] == "2023-12-31"
    assert values["account_holder_name"] == "RAHUL MENON"  # over "FLAT 869, ..."


def test_joint_holders_the_first_is_the_holder(extractor: OfflineExtractor) -> None:
    document = printed_document(_two_column_statement(joint=True))
    values = leaves(extractor.extract(document, CATALOG["bank-statement"], [0]))
    assert values["account_holder_name"] == "RAHUL MENON"


def test_a_colon_label_joining_two_dates_is_no_label() -> None:
    document = printed_document([Run(40, 40, "Period From: 01/03/2024 To: 31/03/2024", 10)])
    words = page_layout(document.pages[0]).rows[0][0].words
    pairs = [(label, " ".join(w.text for w in value)) for label, value in colon_pairs(words)]
    assert pairs == [("Period From", "01/03/2024 To: 31/03/2024")]
    document = printed_document([Run(40, 40, "Date: 01/03/2024 To: Acme Corp", 10)])
    pairs = colon_pairs(page_layout(document.pages[0]).rows[0][0].words)
    assert [label for label, _ in pairs] == ["Date", "To"]


def _side_column_statement() -> list[Run]:
    """A credit union's statement: a side column of small captions over their values in
    bigger print, a summary of labels and amounts under "SUMMARY", and the transactions
    across the rest of the page, their dates level with the captions."""
    runs = [
        Run(26, 30, "Lakeside Teachers Credit Union", 14, bold=True),
        Run(26, 100, "ASHLEY J CAMPBELL", 10),
        Run(26, 112, "3325 LAKE ST # 27", 10),
        Run(26, 124, "TRENTON, NJ 08671", 10),
        Run(26, 170, "Member Number", 7.5),
        Run(26, 179, "2808253", 10.5),
        Run(26, 200, "Account Number", 7.5),
        Run(26, 209, "2808253-0001", 10.5),
        Run(26, 230, "Statement Period", 7.5),
        Run(26, 239, "Jan 01, 2023 - Jan 31, 2023", 10.5),
        Run(26, 280, "SUMMARY", 10, bold=True),
    ]
    summary = [
        ("Balance at Start of Period", "$2,367.70"),
        ("Money In", "$5,190.94"),
        ("Money Out", "$5,526.92"),
        ("Balance at End of Period", "$2,031.72"),
    ]
    for i, (label, amount) in enumerate(summary):
        runs += [Run(26, 296 + 14 * i, label, 9), Run(140, 296 + 14 * i, amount, 9)]
    for i in range(4):  # the transactions' dates level with the captions, far right
        top = 170 + 30 * i
        runs += [
            Run(330, top, f"01/{2 + i:02d}", 8.5),
            Run(370, top, "POS GROCERY #5563", 8.5),
            Run(520, top, f"-{10 + i}.25", 8.5),
        ]
    return runs


def test_a_side_column_of_captions_beside_the_transactions(
    extractor: OfflineExtractor,
) -> None:
    """ "Account Number" has a date of the transactions level with it far off on its row, and
    its number under it in bigger print: the number is its value. The summary's amounts,
    with nothing over them, are its amount column."""
    document = printed_document(_side_column_statement())
    results = extractor.extract(document, CATALOG["bank-statement"], [0])
    values = leaves(results)
    assert values["account_number"] == "2808253-0001"
    summary = summary_rows(results)
    assert summary["Balance at Start of Period"] == pytest.approx(2367.7)
    assert summary["Balance at End of Period"] == pytest.approx(2031.72)


def test_a_summary_with_no_heading_over_its_amounts(embedder: Embedder) -> None:
    """The builder read "SUMMARY" as the heading of the labels and nothing over the amounts:
    the empty heading over a column of amounts describes it as the amount column, so the
    summary field takes the amounts too."""
    rows = (
        ("Balance at Start of Period", "$2,367.70"),
        ("Money In", "$5,190.94"),
        ("Money Out", "$5,526.92"),
        ("Balance at End of Period", "$2,031.72"),
    )
    lines = tuple(
        Line(" ".join(row), BoundingBox(0.04, 0.48 + 0.02 * i, 0.25, 0.015))
        for i, row in enumerate(rows)
    )
    summary = Element(
        ElementType.TABLE,
        0,
        BoundingBox(0.04, 0.46, 0.25, 0.1),
        lines=(Line("SUMMARY", BoundingBox(0.04, 0.46, 0.06, 0.015)), *lines),
        headers=("SUMMARY", ""),
        rows=rows,
    )
    assert described_headers(summary) == ("SUMMARY", "amount")
    read = statement_tables(embedder, [summary])
    amounts = {str(row[0].value): row[1].value for row in read["account_summary"].rows}
    assert amounts["Balance at Start of Period"] == pytest.approx(2367.7)
    assert amounts["Balance at End of Period"] == pytest.approx(2031.72)
