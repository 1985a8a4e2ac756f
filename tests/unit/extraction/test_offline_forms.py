"""Official forms and identity cards the way they are printed: a boxed tax form whose boxes
carry a number and a small label over the value, a driver licence of numbered abbreviated
fields ("4d DLN", "3 DOB"), US dates read month first, and an invoice number printed after the
word "Invoice" without a colon. Documents built with openbda.samples and read by the real PDF
builder."""

from __future__ import annotations

import functools

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.catalog import catalog
from openbda.blueprints.model import FieldType, InferenceType, LeafField
from openbda.document.model import Document
from openbda.document.pdf import build_pdf_document
from openbda.extraction.offline import OfflineExtractor
from openbda.extraction.offline.kinds import REFUSE, Ask, kind_check
from openbda.extraction.offline.shapes import is_box_label, without_box_number
from openbda.extraction.types import FieldResult, GroupResult, LeafResult
from openbda.samples import PageSpec, Run, make_pdf

CATALOG = {c.suffix: c.schema for c in catalog()}


def _leaves(results: tuple[FieldResult, ...]) -> dict[str, object]:
    out: dict[str, object] = {}
    for result in results:
        if isinstance(result, LeafResult):
            out["/".join(result.field.path)] = result.value
        elif isinstance(result, GroupResult):
            out.update(_leaves(result.fields))
    return out


def _document(runs: list[Run], width: float = 612, height: float = 792) -> Document:
    return build_pdf_document(make_pdf([PageSpec(width=width, height=height, runs=runs)]))


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
    return _document(runs)


def test_a_box_number_is_part_of_the_label_not_the_value(extractor: OfflineExtractor) -> None:
    values = _leaves(extractor.extract(boxed_wage_form(), CATALOG["w2-form"], [0]))
    assert values["federal_wage_info/wages_tips_other_compensation"] == pytest.approx(61250.0)
    assert values["federal_tax_info/federal_income_tax"] == pytest.approx(7820.45)
    assert values["federal_wage_info/social_security_wages"] == pytest.approx(63000.0)
    assert values["federal_tax_info/social_security_tax"] == pytest.approx(3906.0)
    assert values["federal_tax_info/medicare_tax"] == pytest.approx(913.5)


def test_lettered_boxes_of_a_form(extractor: OfflineExtractor) -> None:
    values = _leaves(extractor.extract(boxed_wage_form(), CATALOG["w2-form"], [0]))
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
    return _document(runs, width=252, height=159)


def test_numbered_licence_fields(extractor: OfflineExtractor) -> None:
    values = _leaves(extractor.extract(numbered_licence(), CATALOG["us-driver-license"], [0]))
    assert str(values["NAME_DETAILS/LAST_NAME"]).upper() == "GARCIA"
    assert str(values["NAME_DETAILS/FIRST_NAME"]).upper() == "ELENA"
    assert values["ID_NUMBER"] == "40318822"
    assert values["CLASS"] == "C"
    assert values["PERSONAL_DETAILS/SEX"] == "F"


def test_us_dates_read_month_first(extractor: OfflineExtractor) -> None:
    """No date on the card reads only one way; the Texas address says month first."""
    values = _leaves(extractor.extract(numbered_licence(), CATALOG["us-driver-license"], [0]))
    assert values["DATE_OF_BIRTH"] == "1985-03-04"
    assert values["EXPIRATION_DATE"] == "2029-03-04"
    assert values["DATE_OF_ISSUE"] == "2021-05-06"


def test_an_invoice_number_after_the_word_invoice(extractor: OfflineExtractor) -> None:
    document = _document(
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
    values = _leaves(extractor.extract(document, CATALOG["invoice"], [0]))
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
