"""Raw text to the typed values BDA reports: numbers in many locales, booleans, dates, enums,
lists, and None for whatever is not a value."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from openbda.blueprints.model import EnumValue, FieldType, InferenceType, LeafField
from openbda.extraction.values import (
    date_format_in,
    date_readings,
    format_date,
    guess_decimal_comma,
    guess_month_first,
    looks_american,
    normalise,
    number_candidates,
    parse_boolean,
    parse_date,
    parse_number,
)


def leaf(
    kind: str = "string",
    *,
    is_list: bool = False,
    inference: str = "explicit",
    instruction: str = "the value",
    enum: tuple[EnumValue, ...] = (),
) -> LeafField:
    return LeafField(
        name="f",
        path=("f",),
        location="properties.f",
        type=FieldType(kind),
        is_list=is_list,
        inference_type=InferenceType(inference),
        instruction=instruction,
        enum=enum,
    )


def same(actual: Any, expected: Any) -> bool:
    """Equal and of the same type, so that 1379 is not 1379.0 and True is not 1."""
    if isinstance(expected, tuple):
        return (
            isinstance(actual, tuple)
            and len(actual) == len(expected)
            and all(same(a, e) for a, e in zip(actual, expected, strict=True))
        )
    return type(actual) is type(expected) and actual == expected


# -- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain, and BDA's natural JSON numbers: whole values are ints
        ("18893.02", 18893.02),
        ("1379", 1379),
        ("1,379", 1379),
        ("1,379.00", 1379),
        ("500.00", 500),
        ("0.5", 0.5),
        ("007871893283", 7871893283),
        ("7414568313", 7414568313),
        # currency symbols and codes, before or after
        ("RM 9.00", 9),
        ("RM9.50", 9.5),
        ("$1,234.56", 1234.56),
        ("US$ 1,234.56", 1234.56),
        ("1.234,56 €", 1234.56),
        ("€ 1.234,56", 1234.56),
        ("EUR 12", 12),
        ("12 EUR", 12),
        ("₹1,23,456.00", 123456),
        ("Rs. 12,34,567.50", 1234567.5),
        ("£5.99", 5.99),
        ("¥1,000", 1000),
        ("R$ 1.234,50", 1234.5),
        ("CHF 1'234.50", 1234.5),
        ("kr 1 234,50", 1234.5),
        ("$.99", 0.99),
        # thousands separators
        ("1 234 567", 1234567),
        ("1\u2009234,56", 1234.56),  # thin space
        ("1\u202f234,56", 1234.56),  # narrow no-break space (French)
        ("1\u00a0234", 1234),
        ("1'234'567.89", 1234567.89),
        ("1\u2019234.50", 1234.5),
        ("1.234.567", 1234567),
        ("1,234,567", 1234567),
        ("1.234.567,89", 1234567.89),
        ("1,234,567.89", 1234567.89),
        # decimal comma vs thousands comma
        ("1,23", 1.23),
        ("12,5", 12.5),
        ("1234,56", 1234.56),
        ("0,500", 0.5),
        ("1,234", 1234),  # the ambiguous case: "," groups thousands
        ("1.234", 1.234),  # ... and "." is a decimal mark
        ("1234,567", 1234.567),  # a 4-digit lead cannot be grouped
        # negatives
        ("-12", -12),
        ("\u221212.50", -12.5),  # Unicode minus
        ("-$12.00", -12),
        ("$-12.00", -12),
        ("- 12.00", -12),
        ("EUR -1.234,56", -1234.56),
        ("(12.00)", -12),
        ("($1,234.56)", -1234.56),
        ("(12.00 EUR)", -12),
        ("12.00-", -12),
        ("1.234,56-", -1234.56),
        ("12.00 -", -12),
        ("Discount: -5.00", -5),
        # signs that are not signs
        ("12.00 CR", 12),
        ("12.00 DR", 12),
        ("12,-", 12),  # German: a dash for no cents
        ("12,--", 12),
        ("Total - 12.00", 12),  # a spaced dash after a label separates
        ("INV-00123", 123),
        ("+7.5", 7.5),
        # percentages and words around one clear amount
        ("12.5%", 12.5),
        ("VAT 20 %", 20),
        ("Total: 9.00", 9),
        ("Amount due: USD 1,379.00 (one thousand ...)", 1379),
        ("9.00 USD", 9),
        # other scripts and full-width digits
        ("\u0661\u0662\u0663\u066b\u0665", 123.5),  # Arabic-Indic digits and decimal separator
        ("\uff11\uff12\uff13", 123),  # full-width
        ("१२३", 123),  # Devanagari
        # OCR confusions, only between digits
        ("1O5.00", 105),
        ("2l3", 213),
        ("1I0", 110),
        ("10lbs", 10),
        # JSON values a model may answer
        (18893.02, 18893.02),
        (1379, 1379),
        (1379.0, 1379),
        (-3, -3),
    ],
)
def test_parse_number(text: object, expected: float) -> None:
    assert same(parse_number(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "N/A",
        "-",
        "9.00 x 2",  # two amounts: no clear one
        "12-15",
        "05/26/2022",
        "Page 1 of 2",
        "555 123 4567",
        "1.23.456",  # invalid grouping
        "1,2,3",
        "1" * 41,  # no amount has that many digits
        "O.OO",  # letters are only read as digits between digits
        True,
        False,
        None,
        float("nan"),
        float("inf"),
        [1],
        {"amount": 1},
    ],
)
def test_parse_number_none(text: object) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1.234", True, 1234),
        ("1,234", True, 1.234),
        ("1.234", False, 1.234),
        ("1,234", False, 1234),
        ("1.234,56", False, 1234.56),  # unambiguous text ignores the hint
        ("1,234.56", True, 1234.56),
        ("12,50", False, 12.5),
    ],
)
def test_decimal_comma_hint_breaks_ties_only(
    text: str, decimal_comma: bool, expected: float
) -> None:
    assert same(parse_number(text, decimal_comma=decimal_comma), expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234", [1.234, 1234]),
        ("1,234", [1234, 1.234]),
        ("¥1,000", [1000, 1]),
        ("1,23", [1.23]),
        ("Qty 2 at 4.50 = 9.00", [2, 4.5, 9]),
        ("12,00 15,50", [12, 15.5]),
        ("(3.00) and 3.00", [-3, 3]),
        ("03/02/2022", [3, 2, 2022]),
        ("no numbers", []),
    ],
)
def test_number_candidates(text: str, expected: list[float]) -> None:
    assert number_candidates(text) == expected
    assert [type(n) for n in number_candidates(text)] == [type(n) for n in expected]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["1.234,56", "Total 12,50 €"], True),
        (["1,234.56", "12.50"], False),
        (["1,234", "1.234"], None),  # only ambiguous numbers
        (["1.234,56", "12.50"], None),  # contradictory
        ([], None),
    ],
)
def test_guess_decimal_comma(texts: list[str], expected: bool | None) -> None:
    assert guess_decimal_comma(texts) is expected


# -- booleans ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("Yes.", True),
        ("YES", True),
        ("no", False),
        ("No!", False),
        ("true", True),
        ("False", False),
        ("y", True),
        ("N", False),
        ("1", True),
        ("0", False),
        ("checked", True),
        ("Unchecked", False),
        ("selected", True),
        ("not selected", False),
        ("☑", True),
        ("☒", True),
        ("☐", False),
        ("□", False),
        ("✓", True),
        ("✔", True),
        ("✅", True),
        ("✗", False),  # the "no" of a tick/cross table
        ("✘", False),
        ("❌", False),
        ("x", True),  # the mark in a box
        ("X", True),
        ("[x]", True),
        ("[X]", True),
        ("[ ]", False),
        ("[]", False),
        ("(x)", True),
        ("ja", True),
        ("Nein", False),
        ("oui", True),
        ("non", False),
        ("Sí", True),
        ("não", False),
        # a line of labelled boxes: the ticked one answers
        ("Yes ☒ No ☐", True),
        ("Yes ☐ No ☒", False),
        ("☒ Yes ☐ No", True),
        ("☐ Yes ☒ No", False),
        ("[x] Yes [ ] No", True),
        ("[ ] Yes [x] No", False),
        ("Yes X No", True),
        ("X No", False),
        ("Outside lab? ☐ Yes ☒ No", False),
        ("☒ Outside lab", True),  # a single box is its own state
        ("Signed: ☐", False),
        # JSON values
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        (1.0, True),
    ],
)
def test_parse_boolean(text: object, expected: bool) -> None:
    assert parse_boolean(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "maybe",
        "N/A",
        "n/a",
        "2",
        "yes no",
        "☐ Yes ☐ No",  # nothing ticked
        "☒ Yes ☒ No",  # both ticked
        "☒ ☒",
        "unknown",
        "xylophone",
        2,
        -1,
        None,
        ["yes"],
    ],
)
def test_parse_boolean_none(text: object) -> None:
    assert parse_boolean(text) is None


# -- dates ---------------------------------------------------------------------------------

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numeric, unambiguous: the impossible order loses
        ("05/26/2022", D(2022, 5, 26)),
        ("26/05/2022", D(2022, 5, 26)),
        ("26.05.2022", D(2022, 5, 26)),
        ("26. 05. 2022", D(2022, 5, 26)),
        ("12-31-2021", D(2021, 12, 31)),
        ("31 12 2021", D(2021, 12, 31)),
        # ambiguous: day first
        ("03/02/2022", D(2022, 2, 3)),
        ("3.2.2022", D(2022, 2, 3)),
        ("5/6/22", D(2022, 6, 5)),
        ("01-02-85", D(1985, 2, 1)),
        # ... unless the text carries a US format hint
        ("Date (MM/DD/YYYY): 03/02/2022", D(2022, 3, 2)),
        ("DD/MM/YYYY 03/02/2022", D(2022, 2, 3)),
        # year first
        ("2022-05-26", D(2022, 5, 26)),
        ("2022/5/6", D(2022, 5, 6)),
        ("2022.05.06", D(2022, 5, 6)),
        ("2022-05-26T10:30:00Z", D(2022, 5, 26)),
        ("2022年5月26日", D(2022, 5, 26)),
        ("2022년 5월 26일", D(2022, 5, 26)),
        ("2022 Mar 02", D(2022, 3, 2)),
        # month names, several languages
        ("26 May 2022", D(2022, 5, 26)),
        ("26-May-22", D(2022, 5, 26)),
        ("May 26, 2022", D(2022, 5, 26)),
        ("Sept. 3, 2021", D(2021, 9, 3)),
        ("Tuesday, March 2, 2021", D(2021, 3, 2)),
        ("2nd of March 2022", D(2022, 3, 2)),
        ("March 2nd, 2022", D(2022, 3, 2)),
        ("3. März 2022", D(2022, 3, 3)),
        ("1er janvier 2022", D(2022, 1, 1)),
        ("15 août 2021", D(2021, 8, 15)),
        ("26 de mayo de 2022", D(2022, 5, 26)),
        ("1 de enero del 2022", D(2022, 1, 1)),
        ("12 dicembre 2021", D(2021, 12, 12)),
        ("5 de março de 2020", D(2020, 3, 5)),
        ("7 okt 2021", D(2021, 10, 7)),
        ("DEC 25 2020", D(2020, 12, 25)),
        ("20180304", D(2018, 3, 4)),  # ISO 8601 basic
        ("Date: 19991231", D(1999, 12, 31)),
        # words around one date, or the same date twice
        ("Statement date: 26/05/2022", D(2022, 5, 26)),
        ("2022-05-26 (printed 26/05/2022)", D(2022, 5, 26)),
        # JSON-less values
        (D(2022, 5, 26), D(2022, 5, 26)),
        (dt.datetime(2022, 5, 26, 10, 30), D(2022, 5, 26)),
    ],
)
def test_parse_date(text: object, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "May 2022",  # no day
        "26/05",  # no year
        "31/02/2022",  # no such day either way
        "13/13/2022",
        "03/02/2022 to 04/03/2022",  # two different dates
        "not a date",
        "1.234.567",
        "12345678",
        "20181304",  # no month 13
        "0320180304",  # inside a longer number (a phone)
        "21180304",  # not a year this project reads compactly
        20220526,
        None,
    ],
)
def test_parse_date_none(text: object) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("03/02/2022", None, [D(2022, 2, 3), D(2022, 3, 2)]),
        ("03/02/2022", True, [D(2022, 3, 2), D(2022, 2, 3)]),
        ("03/02/2022", False, [D(2022, 2, 3), D(2022, 3, 2)]),
        ("05/26/2022", False, [D(2022, 5, 26)]),  # the hint does not make the impossible
        ("26/05/2022", True, [D(2022, 5, 26)]),
        ("02/02/2022", None, [D(2022, 2, 2)]),
        ("26 May 2022", True, [D(2022, 5, 26)]),
        ("nothing", None, []),
    ],
)
def test_date_readings(text: str, month_first: bool | None, expected: list[dt.date]) -> None:
    assert date_readings(text, month_first=month_first) == expected


def test_two_digit_years_land_near_today() -> None:
    this_year = dt.date.today().year
    soon = (this_year + 5) % 100
    long_ago = (this_year + 30) % 100
    assert parse_date(f"01/06/{soon:02d}") == D(this_year + 5, 6, 1)
    assert parse_date(f"01/06/{long_ago:02d}") == D(this_year + 30 - 100, 6, 1)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["05/26/2022", "01/02/2022"], True),
        (["26/05/2022", "01/02/2022"], False),
        (["01/02/2022", "2022-05-26"], None),
        (["05/26/2022", "26/05/2022"], None),
    ],
)
def test_guess_month_first(texts: list[str], expected: bool | None) -> None:
    assert guess_month_first(texts) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["1200 Main St", "Austin, TX 78701"], True),
        (["SSN XXX-XX-1234"], True),
        (["Employer EIN 12-3456789"], True),
        (["Form 1099-INT Interest Income"], True),
        (["NO 8, JALAN MERANTI 3,", "56000 KUALA LUMPUR"], False),
        (["14 Mill Lane, Leeds LS1 4AB", "Tel 0113 496 0000"], False),
        (["Total $12.00", "01/02/2024"], False),  # a dollar sign alone is not American
    ],
)
def test_looks_american(texts: list[str], expected: bool) -> None:
    assert looks_american(texts) is expected


@pytest.mark.parametrize(
    ("instruction", "expected"),
    [
        ("The service start date from item 24A in YYYY-MM-DD format", "YYYY-MM-DD"),
        ("Date of birth in MM/DD/YYYY", "MM/DD/YYYY"),
        ("the date as DD-MM-YYYY", "DD-MM-YYYY"),
        ("the date, dd.mm.yyyy", "dd.mm.yyyy"),
        ("Issue date (DD MMM YYYY)", "DD MMM YYYY"),
        ("the date as YYYYMMDD", "YYYYMMDD"),
        ("the invoice date in ISO 8601", "YYYY-MM-DD"),
        ("the invoice date in ISO-8601 format", "YYYY-MM-DD"),
        ("The invoice date", None),
        ("Add the amounts, my dear", None),
        ("ISO country code", None),
        ("MM/DD", None),  # no year: not a date format
    ],
)
def test_date_format_in(instruction: str, expected: str | None) -> None:
    assert date_format_in(instruction) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("YYYY-MM-DD", "2022-05-06"),
        ("MM/DD/YYYY", "05/06/2022"),
        ("DD-MM-YYYY", "06-05-2022"),
        ("dd.mm.yyyy", "06.05.2022"),
        ("M/D/YY", "5/6/22"),
        ("DD MMM YYYY", "06 May 2022"),
        ("MMMM D, YYYY", "May 6, 2022"),
        ("YYYYMMDD", "20220506"),
    ],
)
def test_format_date(pattern: str, expected: str) -> None:
    assert format_date(D(2022, 5, 6), pattern) == expected


# -- normalise: strings --------------------------------------------------------------------

DATE_ISO = "The date in YYYY-MM-DD format"
DATE_US = "The date in MM/DD/YYYY format"


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        ("  MARY \n  MAJOR\t", leaf(), "MARY MAJOR"),
        (
            "Your previous balance as of 03/02/2022",
            leaf(),
            "Your previous balance as of 03/02/2022",
        ),
        ("05/26/2022", leaf(), "05/26/2022"),  # no format asked: as printed
        ("05/26/2022", leaf(inference="inferred"), "05/26/2022"),
        ("NONE", leaf(), "NONE"),  # printed on licences as the value
        ("007871893283", leaf(), "007871893283"),
        (18893.02, leaf(), "18893.02"),
        (1379, leaf(), "1379"),
        (5.0, leaf(), "5"),
        (True, leaf(), "true"),
        (["123 Main St", "Springfield"], leaf(), "123 Main St, Springfield"),
        # a date format asked for: reformatted, explicit or inferred
        ("05/26/2022", leaf(instruction=DATE_ISO), "2022-05-26"),
        ("05/26/2022", leaf(instruction=DATE_ISO, inference="inferred"), "2022-05-26"),
        ("26 May 2022", leaf(instruction=DATE_ISO), "2022-05-26"),
        ("Date: 26.05.2022", leaf(instruction=DATE_ISO), "2022-05-26"),
        ("2022-05-26", leaf(instruction=DATE_ISO), "2022-05-26"),
        ("3/2/2022", leaf(instruction=DATE_ISO), "2022-02-03"),  # day first
        ("3 Feb 2022", leaf(instruction=DATE_US), "02/03/2022"),
        ("2022-03-02", leaf(instruction=DATE_US), "03/02/2022"),
        ("03/02/2022", leaf(instruction=DATE_US), "03/02/2022"),  # already in the pattern
        ("3/2/2022", leaf(instruction=DATE_US), "03/02/2022"),
        ("26/05/2022", leaf(instruction=DATE_US), "05/26/2022"),  # cannot be month first
        ("26. Mai 2022", leaf(instruction="Datum als DD.MM.YYYY"), "26.05.2022"),
        (D(2022, 5, 26), leaf(instruction=DATE_US), "05/26/2022"),
        # enums
        ("Married", leaf(enum=("Single", "Married")), "Married"),
        ("  married ", leaf(enum=("Single", "Married")), "Married"),
        ("SINGLE.", leaf(enum=("Single", "Married")), "Single"),
        ("head-of household", leaf(enum=("Single", "Head of Household")), "Head of Household"),
        ("Savngs", leaf(enum=("Checking", "Savings")), "Savings"),  # fuzzy
        ("Female", leaf(enum=("M", "F", "X")), "F"),  # unique prefix
        ("checking account", leaf(enum=("CHECKING", "SAVINGS")), "CHECKING"),
        ("2", leaf(enum=(1, 2, 3)), 2),  # the allowed value itself, with its type
        # decoration on both sides goes; a mask stays
        ("* Ace Of Spades Garden Center *", leaf(), "Ace Of Spades Garden Center"),
        ("****0683", leaf(), "****0683"),
    ],
)
def test_normalise_string(raw: object, field: LeafField, expected: object) -> None:
    assert same(normalise(raw, field), expected)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (None, leaf()),
        ("", leaf()),
        ("   ", leaf()),
        ("null", leaf()),
        ("N/A", leaf()),
        ("n/a", leaf()),
        ("-", leaf()),
        ("—", leaf()),
        ("Not found.", leaf()),
        ("not specified", leaf()),
        ([], leaf()),
        ({"a": 1}, leaf()),
        (object(), leaf()),
        (float("nan"), leaf()),
        ("see above", leaf(instruction=DATE_ISO)),  # a date was asked for
        ("May 2022", leaf(instruction=DATE_ISO)),
        ("male", leaf(enum=("female", "other"))),  # similar is not the same
        ("Married filing jointly", leaf(enum=("Single", "Head of household"))),
        ("M", leaf(enum=("Male", "Married"))),  # ambiguous prefix
        ("", leaf(enum=("A", "B"))),
    ],
)
def test_normalise_string_none(raw: object, field: LeafField) -> None:
    assert normalise(raw, field) is None


# -- normalise: numbers, integers, booleans ------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        ("1,379", leaf("number"), 1379),
        ("$18,893.02", leaf("number"), 18893.02),
        ("Total: 9.00", leaf("number"), 9),
        ("(1,234.56)", leaf("number"), -1234.56),
        ("12.5%", leaf("number"), 12.5),
        (18893.02, leaf("number"), 18893.02),
        (1379.0, leaf("number"), 1379),
        (["9.00"], leaf("number"), 9),
        ("3", leaf("integer"), 3),
        ("3.00", leaf("integer"), 3),
        ("1,234", leaf("integer"), 1234),
        ("1.234", leaf("integer"), 1234),  # the whole reading of an ambiguous number
        (3.0, leaf("integer"), 3),
        ("2", leaf("integer", enum=(1, 2, 3)), 2),
        ("2.5", leaf("number", enum=(1, 2.5)), 2.5),
        ("yes", leaf("boolean"), True),
        ("☒", leaf("boolean"), True),
        ("No", leaf("boolean"), False),
        (0, leaf("boolean"), False),
        (["true"], leaf("boolean"), True),
    ],
)
def test_normalise_scalar(raw: object, field: LeafField, expected: object) -> None:
    assert same(normalise(raw, field), expected)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ("2.5", leaf("integer")),  # refused, not rounded
        (2.5, leaf("integer")),
        ("12.5%", leaf("integer")),
        ("4", leaf("integer", enum=(1, 2, 3))),
        ("2.0", leaf("number", enum=(1, 2.5))),
        (True, leaf("number")),
        (True, leaf("integer")),
        ("9.00 x 2", leaf("number")),
        ("05/26/2022", leaf("number")),
        ("N/A", leaf("number")),
        (["1", "2"], leaf("number")),
        ([], leaf("number")),
        (float("inf"), leaf("number")),
        ("maybe", leaf("boolean")),
        (2, leaf("boolean")),
        (["yes", "no"], leaf("boolean")),
        (None, leaf("boolean")),
    ],
)
def test_normalise_scalar_none(raw: object, field: LeafField) -> None:
    assert normalise(raw, field) is None


def test_document_hints_reach_the_values() -> None:
    assert normalise("1.234", leaf("number"), decimal_comma=True) == 1234
    assert normalise("03/02/2022", leaf(instruction=DATE_ISO), month_first=True) == "2022-03-02"
    # a caller who knows the order overrides the "already in the pattern" reading
    assert normalise("03/02/2022", leaf(instruction=DATE_US), month_first=False) == "02/03/2022"


# -- normalise: lists ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        (["A", " B ", "", None], leaf(is_list=True), ("A", "B")),
        ("A\nB; C, D", leaf(is_list=True), ("A", "B", "C", "D")),
        ("- first\n- second", leaf(is_list=True), ("first", "second")),
        ("• one • two", leaf(is_list=True), ("one", "two")),
        ("Total 1,234 | Tax 5", leaf(is_list=True), ("Total 1,234", "Tax 5")),
        ("single", leaf(is_list=True), ("single",)),
        (42, leaf(is_list=True), ("42",)),
        ("1,234.00, 5.00\n(3.00)", leaf("number", is_list=True), (1234, 5, -3)),
        ("12,50; 3,75", leaf("number", is_list=True), (12.5, 3.75)),
        ("1, 2, 3", leaf("integer", is_list=True), (1, 2, 3)),
        ([1, "2,5", "x", 3.0], leaf("number", is_list=True), (1, 2.5, 3)),
        (["1", "2.5"], leaf("integer", is_list=True), (1,)),
        ("yes, no\n☒", leaf("boolean", is_list=True), (True, False, True)),
        (
            ["26/05/2022", "1 June 2022", "soon"],
            leaf(is_list=True, instruction="dates in YYYY-MM-DD"),
            ("2022-05-26", "2022-06-01"),
        ),
        (["b", "z"], leaf(is_list=True, enum=("A", "B")), ("B",)),
    ],
)
def test_normalise_list(raw: object, field: LeafField, expected: tuple[object, ...]) -> None:
    assert same(normalise(raw, field), expected)


@pytest.mark.parametrize(
    "raw",
    [None, "", "  \n ; ,", [], [None, "", "N/A"], {"a": 1}, ["maybe"]],
)
@pytest.mark.parametrize("kind", ["string", "number", "boolean"])
def test_normalise_empty_list_is_none(raw: object, kind: str) -> None:
    field = leaf(kind, is_list=True)
    if kind == "string" and raw == ["maybe"]:
        assert normalise(raw, field) == ("maybe",)
    else:
        assert normalise(raw, field) is None


# -- never raising -------------------------------------------------------------------------

ODD_VALUES: list[object] = [
    None,
    object(),
    b"12",
    {"value": "12"},
    float("nan"),
    float("-inf"),
    10**400,
    [[[["1"]]]],
    "1" * 5000,
    "1," * 5000 + "1",
    "-" * 5000 + "1",
    "(" * 2000 + "1" + ")" * 2000,
    "1/" * 3000,
    "\x00\ufffd\U0001f600",
    "May " * 2000,
]


def _fields() -> list[LeafField]:
    return [
        leaf(kind, is_list=is_list, instruction=instruction, enum=enum)
        for kind in ("string", "number", "integer", "boolean")
        for is_list in (False, True)
        for instruction in ("the value", DATE_ISO)
        for enum in ((), ("A", "B"), (1, 2))
    ]


@pytest.mark.parametrize("raw", ODD_VALUES, ids=lambda v: type(v).__name__)
def test_odd_input_never_raises(raw: object) -> None:
    for field in _fields():
        normalise(raw, field)
    parse_number(raw)
    parse_boolean(raw)
    parse_date(raw)
    if isinstance(raw, str):
        number_candidates(raw)


def test_random_garbage_never_raises() -> None:
    alphabet = (
        "0123456789.,'- ()$€₹%/:\n;xXoOlI☑☐✓✗年月日MayJanDe\u2009\u00a0\u2212\u2013\u066b\u0661"
    )
    rng = random.Random(20240526)
    fields = _fields()
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for field in fields:
            value = normalise(text, field)
            assert value is None or isinstance(value, str | int | float | bool | tuple)
