"""The offline classifier: which blueprint a document is, with the real embedder, on documents
built by the real PDF builder."""

from __future__ import annotations

import functools

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.catalog import catalog
from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.engines.embed import EmbedderUnavailable, get_embedder
from openbda.extraction.matching import MIN_MATCH, JobBlueprint, match_blueprint
from openbda.extraction.offline import OfflineClassifier
from openbda.extraction.offline.classifier import marker_phrases
from openbda.samples import PageSpec, Run, make_pdf
from tests.unit.extraction.printed import cues
from tests.unit.extraction.test_offline_samples import (
    form,
    invoice,
    licence,
    minutes,
    payslip,
    receipt,
)

CATALOG = {c.suffix: c.schema for c in catalog()}
THREE = ["invoice", "payslip", "us-driver-license"]


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    try:
        embedder = get_embedder()
        embedder.embed(["probe"])
    except (EmbedderUnavailable, ImportError) as exc:
        pytest.skip(f"the `extract` extra is not installed: {exc}")
    return OfflineClassifier(embedder)


def best(classifier: OfflineClassifier, document: Document, names: list[str]) -> tuple[str, float]:
    scores = classifier.scores(document, [0], [CATALOG[n] for n in names])
    # Each score is rounded to six places: their sum may pass 1 by half a millionth each.
    assert len(scores) == len(names) and sum(scores) <= 1.0 + 5e-7 * len(names)
    assert all(0.0 <= s <= 1.0 for s in scores)
    top = max(range(len(names)), key=lambda i: scores[i])
    return names[top], scores[top]


@pytest.mark.parametrize(
    ("make", "expected"),
    [(invoice, "invoice"), (payslip, "payslip"), (licence, "us-driver-license")],
)
def test_each_document_matches_its_blueprint(classifier: OfflineClassifier, make, expected) -> None:  # type: ignore[no-untyped-def]
    name, score = best(classifier, make(), THREE)
    assert name == expected and score >= MIN_MATCH


def test_among_all_catalog_blueprints(classifier: OfflineClassifier) -> None:
    everything = list(CATALOG)
    for make, expected in [(invoice, "invoice"), (receipt, "receipt"), (payslip, "payslip")]:
        name, score = best(classifier, make(), everything)
        assert name == expected and score >= MIN_MATCH, (make.__name__, name, score)


@pytest.mark.parametrize("make", [minutes, form])
def test_an_unrelated_document_matches_nothing(classifier: OfflineClassifier, make) -> None:  # type: ignore[no-untyped-def]
    for names in (THREE, list(CATALOG)):
        _, score = best(classifier, make(), names)
        assert score < MIN_MATCH


def test_matching_uses_the_classifier(classifier: OfflineClassifier) -> None:
    blueprints = [
        JobBlueprint(f"arn:aws:bedrock:us-east-1:aws:blueprint/{n}", n, None, CATALOG[n])
        for n in THREE
    ]
    match = match_blueprint(payslip(), [0], blueprints, classifier)
    assert match is not None
    matched, _ = match
    assert matched.name == "payslip" and matched.confidence >= MIN_MATCH
    assert match_blueprint(minutes(), [0], blueprints, classifier) is None


def test_no_blueprints_no_scores(classifier: OfflineClassifier) -> None:
    assert classifier.scores(invoice(), [0], []) == []


# Documents the classifier once got wrong, laid out after the real thing (not after the bench's
# generator): an agenda's times and a letter's "thank you" are no sale; an IRS W-2 prints its
# boxes before its title (at the foot of the form); a personal check names itself by "pay to the
# order of" and its MICR line; an AAMVA licence by numbered field codes.


def _page(runs: list[Run], width: float = 612, height: float = 792) -> Document:
    return build_pdf_document(make_pdf([PageSpec(width=width, height=height, runs=runs)]))


@functools.cache
def agenda() -> Document:
    items = ["Opening remarks", "Budget review", "Hiring plan", "Any other business"]
    times = ["09:00", "09:20", "10:05", "10:40"]
    return _page(
        [
            Run(72, 50, "Engineering Leadership Offsite", 16, bold=True),
            Run(72, 76, "Agenda - Thursday 14 May, Room 4B", 11),
            *(Run(72, 110 + 20 * i, t, 10) for i, t in enumerate(times)),
            *(Run(140, 110 + 20 * i, item, 10) for i, item in enumerate(items)),
            Run(72, 210, "Lunch is served at 12:30 in the cafeteria.", 10),
        ]
    )


@functools.cache
def letter() -> Document:
    return _page(
        [
            Run(72, 50, "Riverside Tenants Association", 14, bold=True),
            Run(72, 70, "3 Quay Lane, Portland, OR 97201", 10),
            Run(72, 100, "April 2, 2025", 10),
            Run(72, 130, "Dear Ms. Alvarez,", 10),
            Run(72, 150, "Thank you for joining the association and for the ideas you shared.", 10),
            Run(72, 164, "We will discuss the garden proposal when we meet next month.", 10),
            Run(72, 178, "Please let us know if you would like to join the planning group.", 10),
            Run(72, 210, "Kind regards,", 10),
            Run(72, 226, "Samuel Okoye, Chair", 10),
        ]
    )


@functools.cache
def w2() -> Document:
    boxes = [
        (
            "1 Wages, tips, other compensation",
            "58,204.11",
            "2 Federal income tax withheld",
            "6,120.40",
        ),
        ("3 Social security wages", "60,000.00", "4 Social security tax withheld", "3,720.00"),
        ("5 Medicare wages and tips", "60,000.00", "6 Medicare tax withheld", "870.00"),
    ]
    runs = [
        Run(40, 40, "a Employee's social security number", 7),
        Run(40, 50, "123-45-6789", 10),
        Run(40, 70, "b Employer identification number (EIN)", 7),
        Run(40, 80, "91-2345678", 10),
        Run(40, 100, "c Employer's name, address, and ZIP code", 7),
        Run(40, 110, "Harbor Freight Logistics Inc", 10),
        Run(40, 122, "800 Dock Rd, Tacoma, WA 98421", 10),
        Run(40, 150, "e Employee's first name and initial   Last name", 7),
        Run(40, 160, "LINDA K PARK", 10),
    ]
    for i, (left, a, right, b) in enumerate(boxes):
        top = 40 + 30 * i
        runs += [Run(320, top, left, 7), Run(320, top + 10, a, 10)]
        runs += [Run(460, top, right, 7), Run(460, top + 10, b, 10)]
    runs += [
        Run(40, 220, "Form W-2 Wage and Tax Statement", 12, bold=True),
        Run(300, 220, "2024", 12, bold=True),
        Run(360, 222, "Department of the Treasury - Internal Revenue Service", 7),
    ]
    return _page(runs)


@functools.cache
def check() -> Document:
    return _page(
        [
            Run(30, 20, "ROBERT J. HUGHES", 10, bold=True),
            Run(30, 32, "41 Birch Hollow Rd", 8),
            Run(30, 42, "Asheville, NC 28801", 8),
            Run(480, 20, "1047", 10),
            Run(380, 50, "DATE 06/12/2025", 9),
            Run(30, 80, "PAY TO THE", 7),
            Run(30, 88, "ORDER OF", 7),
            Run(80, 84, "Blue Ridge Roofing Co.", 11),
            Run(450, 84, "$ 1,275.00", 11),
            Run(30, 110, "One thousand two hundred seventy-five and 00/100", 10),
            Run(470, 110, "DOLLARS", 8),
            Run(30, 135, "Mountain Credit Union", 9),
            Run(30, 160, "MEMO roof repair", 8),
            Run(330, 160, "Robert J Hughes", 10),
            Run(60, 190, "A053101561A 2049837710C 1047", 11),
        ],
        width=560,
        height=215,
    )


@functools.cache
def numbered_licence() -> Document:
    """AAMVA field numbers before the codes, the card's title below its first fields."""
    return _page(
        [
            Run(20, 16, "TEXAS", 14, bold=True),
            Run(160, 40, "4d DL 30418862", 10, bold=True),
            Run(160, 54, "4b EXP 11/02/2030", 9),
            Run(160, 68, "1 NGUYEN", 10),
            Run(160, 80, "2 THANH MAI", 10),
            Run(160, 94, "8 902 PECAN ST", 9),
            Run(160, 106, "AUSTIN, TX 78704", 9),
            Run(160, 120, "3 DOB 11/02/1990", 9),
            Run(20, 140, "DRIVER LICENSE", 11, bold=True),
            Run(160, 140, "15 SEX F  16 HGT 5-04  18 EYES BRO", 8),
            Run(160, 152, "9 CLASS C  9a END NONE  12 RSTR NONE", 8),
            Run(160, 164, "4a ISS 10/15/2022", 8),
        ],
        width=400,
        height=250,
    )


def pay_advice() -> Document:
    """A pay advice in ruled cells: little of it reads like a payslip's fields except its title."""
    return _page(
        [
            Run(40, 40, "Northwind Freight Ltd.", 12, bold=True),
            Run(400, 40, "PAY ADVICE", 12, bold=True),
            Run(40, 80, "Employee", 7),
            Run(40, 90, "NELSON, Carol Ann", 9),
            Run(200, 80, "Staff No.", 7),
            Run(200, 90, "44120", 9),
            Run(320, 80, "Pay Period", 7),
            Run(320, 90, "Nov 15, 2024 to Nov 29, 2024", 9),
            Run(40, 130, "Summary", 9, bold=True),
            Run(40, 145, "Gross", 8),
            Run(200, 145, "USD 3,240.00", 8),
            Run(40, 157, "Deductions", 8),
            Run(200, 157, "USD 712.80", 8),
            Run(40, 169, "Net", 8),
            Run(200, 169, "USD 2,527.20", 8),
        ]
    )


def leave_statement() -> Document:
    """A government pay statement: "Earnings and Leave Statement", with a leave table whose
    headings are a bank statement's words ("Beginning balance", "Ending balance")."""
    runs = [
        Run(200, 40, "STATE DEPARTMENT OF REVENUE", 11, bold=True),
        Run(180, 58, "EARNINGS AND LEAVE STATEMENT", 14, bold=True),
        Run(40, 90, "NAME", 7),
        Run(240, 90, "EMPLOYEE ID", 7),
        Run(420, 90, "PAY DATE", 7),
        Run(40, 100, "MORALES, DIANA", 9),
        Run(240, 100, "55102873", 9),
        Run(420, 100, "03/14/2025", 9),
        Run(40, 130, "GROSS PAY", 8),
        Run(200, 130, "2,884.10", 8),
        Run(40, 142, "TOTAL DEDUCTIONS", 8),
        Run(200, 142, "702.55", 8),
        Run(40, 154, "NET PAY", 8),
        Run(200, 154, "2,181.55", 8),
        Run(40, 190, "LEAVE", 9, bold=True),
    ]
    headings = ("TYPE", "BEGINNING BALANCE", "EARNED", "USED", "ENDING BALANCE")
    runs += [Run(40 + 100 * i, 206, h, 7) for i, h in enumerate(headings)]
    for r, row in enumerate(
        (("ANNUAL", "18.00", "4.00", "0.00", "22.00"), ("SICK", "146.00", "4.00", "8.00", "142.00"))
    ):
        runs += [Run(40 + 100 * i, 220 + 12 * r, cell, 8) for i, cell in enumerate(row)]
    return _page(runs)


def untitled_statement() -> Document:
    """An account statement that never calls itself one: a period, balances and activity."""
    return _page(
        [
            Run(40, 40, "Harbor Point Credit Union", 12, bold=True),
            Run(40, 56, "P.O. Box 7541, Tampa, FL 33683", 8),
            Run(380, 40, "March 1, 2024 through March 31, 2024", 8),
            Run(380, 52, "Account Number: XXXXXX2348", 8),
            Run(40, 90, "DANIEL A JACKSON", 9),
            Run(40, 102, "12 Bay Street, Tampa, FL 33602", 9),
            Run(40, 140, "Beginning balance", 9),
            Run(300, 140, "$2,410.18", 9),
            Run(40, 154, "Deposits and additions", 9),
            Run(300, 154, "1,200.00", 9),
            Run(40, 168, "Ending balance", 9),
            Run(300, 168, "$3,610.18", 9),
            Run(40, 200, "03/04  Payroll deposit ACME LLC", 8),
            Run(300, 200, "1,200.00", 8),
        ]
    )


@pytest.mark.parametrize("make", [agenda, letter])
def test_times_or_thanks_alone_are_no_sale(classifier: OfflineClassifier, make) -> None:  # type: ignore[no-untyped-def]
    _, score = best(classifier, make(), list(CATALOG))
    assert score < MIN_MATCH


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (w2, "w2-form"),
        (check, "us-bank-check"),
        (numbered_licence, "us-driver-license"),
        (pay_advice, "payslip"),
        (untitled_statement, "bank-statement"),
        (leave_statement, "payslip"),
    ],
)
def test_a_document_named_by_its_title_codes_or_lines(
    classifier: OfflineClassifier, make, expected
) -> None:  # type: ignore[no-untyped-def]
    name, score = best(classifier, make(), list(CATALOG))
    assert name == expected and score >= MIN_MATCH, (name, score)


def test_markers_need_their_corroboration() -> None:
    assert marker_phrases("END of the meeting") == []
    assert marker_phrases("the opening balance of the new fund") == []
    assert marker_phrases("DL 1234567 EXP 01/01/2030 DOB 02/02/1990") == ["a driver license"]
    assert cues("Thank you! See you at 09:30.") == ""
    assert "time of the sale" in cues("Time 13:42 Coffee 3.20 TOTAL 3.20 CASH")


def test_statement_markers_in_other_words_and_an_amended_return() -> None:
    """Statements that say "Statement of account", "Closing Bal", "Balance at Start of Period",
    "Money In" name themselves; a letter mentioning Form 1040-X is no Form 1040."""
    statement = "a bank account statement: balances, deposits and withdrawals"
    assert marker_phrases("Statement of account  Opening Balance 4,94,044.28  Closing Bal") == [
        statement
    ]
    assert marker_phrases("Balance at Start of Period 2,367.70  Money In 5,190.94") == [statement]
    assert marker_phrases("you may need to file an amended return (Form 1040-X)") == []
    assert marker_phrases("Form 1040 U.S. Individual") == [
        "Form 1040 U.S. individual income tax return"
    ]
