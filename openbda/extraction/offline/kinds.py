"""The kind of value a field asks for, and how well a value's shape fits it.

The kind comes from the words of the field's name (its last part: "EmployeeAddress/City" is a
city) and, for dates, from a date pattern its instruction asks for; number and boolean fields
are their type. The check is added to a candidate's score (`scoring`): a value of the asked-for
shape gains `kind_bonus`, one of another shape loses `kind_penalty`, and some mismatches rule a
value out (REFUSE): an identifier or a percentage for an amount, text for a phone number.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from openbda.blueprints.model import FieldType, LeafField
from openbda.extraction.offline.glossary import FOREIGN_WORDS
from openbda.extraction.offline.scoring import CALIBRATION
from openbda.extraction.offline.shapes import (
    NOT_NAMES,
    TAX_ID,
    YEAR,
    address_score,
    box_refs,
    currency_code,
    is_box_label,
    is_initial,
    is_phone_value,
    looks_like_address,
    looks_like_email,
    looks_like_name,
    looks_like_time,
)
from openbda.extraction.offline.shapes import (
    TIME as TIME_OF_DAY,
)
from openbda.extraction.offline.text import speaks_to_date, tokens, word_set
from openbda.extraction.values import date_format_in, parse_date

# A kind check that rules a value out.
REFUSE = -1.0


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"
    TIME = "time"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"  # a whole address
    ADDRESS_PART = "address part"  # street, city, state, postcode: not a whole address
    NAME = "name"
    NAME_PART = "name part"  # a first, middle or last name: one word
    NAME_SUFFIX = "name suffix"  # Jr., Sr., III
    IDENTIFIER = "identifier"  # a number or ID: has digits
    CODE = "code"  # a short code: ISO currency, state abbreviation, licence class
    DIGITS = "digits"  # "the last four digits"
    YEAR = "year"  # a tax year, a model year: four digits
    CATEGORY = "category"  # an account type, a category: words, not a number


@dataclass(frozen=True, slots=True)
class Ask:
    """What a field asks for: its kind, and whether a percentage is a fitting number."""

    kind: Kind
    percent: bool
    initial: bool = False  # a first name "and initial" (box e of a W-2): two words wanted
    middle: bool = False  # a middle name: a lone initial will do
    counts: bool = False  # a count of things (items, quantity), not an amount of money
    name_part: str | None = None  # "first", "middle" or "last": the part of a name asked for
    # An identifier field's: words of the other kinds of number (`_OTHER_IDS`) its question
    # does not speak of.
    other_ids: frozenset[str] = frozenset()
    range_end: bool = False  # a date field asks for the start or end of a period
    street: bool = False  # an address part that is a street line, not a town or a postcode
    postcode: bool = False  # an address part that is a postcode: it has digits
    current: bool = False  # an amount of this period ("current gross pay"), not to date
    to_date: bool = False  # an amount to date ("YTD gross pay"), not this period's
    # Words of the opposite of what the field asks for ("net" for gross pay) and of what it asks
    # for (`_OPPOSITES`).
    opposed: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    # A date field's: words of the other dates (`_OTHER_DATES`) its question does not speak of.
    other_dates: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()  # the words of the field's name, as `tokens` has them
    # Words of a value since replaced (`_SUPERSEDED`), unless the question speaks of them.
    superseded: frozenset[str] = frozenset()
    # The form's boxes the question names ("Box 1: wages", "from box c").
    boxes: frozenset[str] = frozenset()

    @classmethod
    def of(cls, field: LeafField) -> Ask:
        words = set(tokens(f"{field.name} {field.instruction}"))
        percent = bool(words & {"percent", "percentage", "rate"})
        counts = bool(words & COUNT_WORDS)
        kind = _kind(field)
        name = frozenset(tokens(field.name))
        parts = _name_parts_named(name) if kind is Kind.NAME_PART else set()
        part = next(iter(parts)) if len(parts) == 1 else None
        other_ids = frozenset().union(*(d for d in _OTHER_IDS if not words & d))
        range_end = kind is Kind.DATE and bool(name & _RANGE_ENDS)
        address_part = name if kind is Kind.ADDRESS_PART else frozenset()
        street, postcode = bool(address_part & _STREET_PARTS), "postcode" in address_part
        current = "current" in name
        to_date = kind is Kind.NUMBER and speaks_to_date(field.name)
        sides = [(a, b) for a, b in _OPPOSITES if name & a and not name & b]
        sides += [(b, a) for a, b in _OPPOSITES if name & b and not name & a]
        return cls(
            kind,
            percent,
            "initial" in words,
            "middle" in words,
            counts,
            part,
            other_ids if kind is Kind.IDENTIFIER else frozenset(),
            range_end,
            street,
            postcode,
            current,
            to_date,
            frozenset().union(*(b for _, b in sides)),
            frozenset().union(*(a for a, _ in sides)),
            frozenset().union(*(d for d in _OTHER_DATES if not words & d))
            if kind is Kind.DATE
            else frozenset(),
            name,
            frozenset().union(*(d for d in _SUPERSEDED if not words & d)),
            box_refs(field.instruction),
        )

    def box_check(self, label: str) -> float:
        """A label naming a box: the box the question names gains, another box loses; a label
        or a question naming none, nothing."""
        named = box_refs(label)
        if not self.boxes or not named:
            return 0.0
        return CALIBRATION.box_bonus if named & self.boxes else -CALIBRATION.box_penalty

    def refuses_label(self, label: str) -> bool:
        """A number that is no count refuses a label that counts things: "Total Items 1"
        answers no total amount ("Item(s) Subtotal" sums). An amount refuses a label that
        leaves out what the field names: "Total before tax" answers no tax. A document's
        number refuses a tax registration's label: "VAT ID" answers no invoice number. A part
        of a name refuses a label that names other parts only: "Last name" answers no first
        name, "first name and initial" no last name (nor a first name asked for alone).
        This period's amount refuses a total to date ("Total Gross Pay TD", "YTD Gross"), and
        an amount to date refuses a label that says nothing of it ("Gross Pay"). An amount
        refuses a label naming its opposite (`_OPPOSITES`): "Net Pay" answers no gross pay. A
        date refuses a label naming a deadline, an expiry or a birth its question does not
        speak of: "Date due" answers no date an invoice was issued."""
        # Called for every field and candidate: each test reads only what it needs.
        spelled = tokens(label)
        words = set(spelled)
        if words & self.opposed and not words & self.own:
            return True  # "Total earnings" is no total of deductions, "Net pay" no gross pay
        if words & self.other_dates:
            return True  # "Date due" dates no issue, "DOB" no expiry
        if words & self.superseded:
            return True  # "Previously reported" wages on a corrected form are not the wages
        if self.current or self.to_date:
            dated = "date" in words and speaks_to_date(label)
            if (self.current and dated) or (self.to_date and not dated):
                return True
        # "Total Items 1" counts, "Item(s) Subtotal $89.09" sums
        counting = words & COUNT_WORDS and spelled[-1:] not in _SUMS
        if self.kind is Kind.NUMBER and not self.counts and counting:
            return True
        if _without(spelled, self.named):
            return True  # "Total before tax" is no tax, "Subtotal excl. VAT" no tax either
        if words & self.other_ids:
            # "VAT ID", "GST Reg No": a tax registration, no invoice's number; "AUTH 216258": a
            # card payment's approval code, no receipt's number
            return True
        if self.range_end:
            printed = {w.strip(":.,;()").lower() for w in label.split()}  # "from", "to" too
            if not (words | printed) & _RANGE_WORDS:
                return True  # "Pay Date" dates no pay period's start
        elif self.kind is Kind.DATE and words & _PERIOD_ENDS:
            return True  # "Pay Begin Date", "Period Ending": a period's end is no pay date
        if self.name_part is None:
            return False
        if self.name_part == "first" and not self.initial and "initial" in words:
            return True  # "first name and initial" ("JAMES J") is no first name alone
        named = _name_parts_named(words)
        return bool(named) and self.name_part not in named


# The two sides of an account's entries, as `tokens` spells them: money in, money out.
ENTRY_SIDES = (word_set("deposit credit"), word_set("withdrawal debit"))

# Words (as `tokens` spells them: "VAT" and "GST" are "tax", "SSN" is "social security
# number") of a tax registration or social security number.
TAX_ID_WORDS = word_set("tax tin taxpayer social registration reg")
# Numbers that are not the one an identifier field asks for unless it says so: a tax
# registration, a card payment's approval code.
_OTHER_IDS = (TAX_ID_WORDS, word_set("authorization approval approv"))
# A date field asking for one end of a period, and the words with which a label speaks of a
# period or its ends (as `tokens` stems them).
_RANGE_ENDS = word_set("start begin beginn from end ending through thru until")
_RANGE_WORDS = _RANGE_ENDS | word_set("period range coverage cover statement to")
# The words of a label that dates a period's start or end, not a day of its own.
_PERIOD_ENDS = word_set("start begin beginn end")
# Amounts that are each other's opposite, as `tokens` spells their words: a label saying one
# never answers a field asking for the other, though sentence embeddings put them close.
_OPPOSITES = (
    (word_set("gross"), word_set("net")),
    (word_set("earning gross"), word_set("deduction")),
    ENTRY_SIDES,
)


# Dates that are not the one a date field asks for unless it says so, as `tokens` spells their
# words: a deadline, an expiry, a birth.
_OTHER_DATES = (word_set("due"), word_set("expiration"), word_set("birth born"))

# A value since corrected (a corrected form's "Previously reported" column) and the change
# a correction made ("Change", "Difference"): not the value, unless the question asks for them.
_PREVIOUS = word_set("previously")
_SUPERSEDED = (_PREVIOUS, word_set("change difference variance"))


def superseded(label: str) -> bool:
    """Whether a label speaks of a value since corrected ("Previously reported")."""
    return bool(set(tokens(label)) & _PREVIOUS)


# A label ending in one of these sums money, whatever it sums ("Item(s) Subtotal").
_SUMS = frozenset({("subtotal",), ("total",), ("amount",), ("sum",)})
# Words that leave out what follows them ("before tax", "excl. VAT", "less discount").
_WITHOUT = word_set("before excl excluding exclusive without less pre")


def _without(label: Sequence[str], named: frozenset[str]) -> bool:
    """Whether a label (its `tokens`) leaves out what a field's name names: "Total before tax"
    for a tax."""
    return any(w in _WITHOUT and after in named for w, after in itertools.pairwise(label))


# Words of a label or field that count things rather than sum money.
COUNT_WORDS = word_set("item items qty quantity quantities pcs piece pieces count unit units")


# The kinds a part of a printed value (`derive`) may answer: name and address parts, the ends
# of a date range, the time of a date and time.
_PART_KINDS = frozenset(
    {Kind.NAME_PART, Kind.NAME_SUFFIX, Kind.ADDRESS_PART, Kind.DATE, Kind.TIME, Kind.CODE}
)
_ADDRESS_PARTS = word_set("street line city state postcode country county")
_STREET_PARTS = word_set("street line")
_NAME_PARTS = word_set("first middle last given surname family")
_NAME_PART_WORDS = {
    "first": "first",
    "given": "first",
    "forename": "first",
    "middle": "middle",
    "last": "last",
    "surname": "last",
    "family": "last",
}


def _name_parts_named(words: Iterable[str]) -> set[str]:
    """Which parts of a name ("first", "middle", "last") these words speak of."""
    return {_NAME_PART_WORDS[w] for w in words if w in _NAME_PART_WORDS}


_SUFFIXES = word_set("jr sr ii iii iv v esq")


def _kind(field: LeafField) -> Kind:
    if field.type in (FieldType.NUMBER, FieldType.INTEGER):
        return Kind.NUMBER
    if field.type is FieldType.BOOLEAN:
        return Kind.BOOLEAN
    own = set(tokens(field.name))
    checks = (
        (bool(own & {"email", "mail"}), Kind.EMAIL),
        (bool(own & {"date", "birth", "dated"} or date_format_in(field.instruction)), Kind.DATE),
        ("time" in own, Kind.TIME),
        ("year" in own, Kind.YEAR),
        (bool(own & {"telephone", "fax", "mobile"}), Kind.PHONE),
        (bool(own & _ADDRESS_PARTS), Kind.ADDRESS_PART),
        ("address" in own, Kind.ADDRESS),
        ("suffix" in own, Kind.NAME_SUFFIX),
        (bool("name" in own and own & _NAME_PARTS), Kind.NAME_PART),
        ("name" in own, Kind.NAME),
        (bool(own & {"number", "identifier"}), Kind.IDENTIFIER),
        (bool(own & {"type", "category"}), Kind.CATEGORY),
        ("digit" in own, Kind.DIGITS),
        (bool(set(tokens(field.instruction)) & {"code", "abbreviation", "iso"}), Kind.CODE),
    )
    return next((kind for matches, kind in checks if matches), Kind.TEXT)


# Letters glued before digits ("INV-2041", "PO7781"): an identifier, unless the letters are a
# currency ("RM9.00", "USD10") or a multiplication sign ("x2").
_GLUED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[-/#]?\d")
_DIGIT_RUN = re.compile(r"\d{2,}")
_NUMBER_RUN = re.compile(r"\d{4,}")
_CENTS = re.compile(r"\d[.,]\d{2}(?!\d)")
# Money as printed: thousands grouped with commas, or a currency sign, and cents.
_MONEY = re.compile(r"^-?(?:[$€£¥₹]\s?\d[\d,]*|\d{1,3}(?:,\d{3})+)\.\d{2}$")


# Digits then letters after a dash: a form's or model's name ("1099-INT"), no amount.
_DIGITS_DASH_LETTERS = re.compile(r"\d-[^\W\d_]{2,}")


# Words that name a party's role on a document, not the party, and the captions of a name's
# parts ("1 LAST" over "Lopez" on a licence).
_ROLES = word_set(
    "employee employer payer payee recipient customer client vendor supplier seller buyer "
    "borrower lender account holder member taxpayer beneficiary applicant name the of and "
    "last first middle given family surname names"
)


def _only_roles(value: str) -> bool:
    words = [w.lower().replace("\u2019", "'").strip(".,:;()") for w in value.split()]
    words = [w.removesuffix("'s") for w in words if w]
    # in the glossary's languages too: "NOME" is a caption, nobody's name
    meanings = [m for w in words for m in FOREIGN_WORDS.get(w, (w,))]
    return bool(words) and all(w in _ROLES for w in meanings)


# A word that numbers a part of the document: "Copy 2", "Page 1 of 2", "Line 4".
_DESIGNATION = re.compile(
    r"^(?:copy|page|box|line|item|part|step|sheet)\s+\w+(?:\s+of\s+\d+)?$", re.IGNORECASE
)


def _wordy(value: str) -> bool:
    """Two or more words of letters that are no currency ("Federal tax withheld (Box 2)"):
    text that mentions a number, not an amount ("USD 1,250.00", "9.00 SR" are amounts)."""
    words = [w for w in value.split() if sum(c.isalpha() for c in w) >= 2]
    return len([w for w in words if currency_code(w) is None]) >= 2


def _is_code(value: str) -> bool:
    if _DIGITS_DASH_LETTERS.search(value):
        return True
    for match in _GLUED.finditer(value):
        letters = match.group(1)
        if letters.lower() != "x" and currency_code(letters + "1") is None:
            return True
    return False


# One group of a number printed in groups ("DE68 1547 9855 9393 6612 34"): letters or digits,
# digits among them.
_NUMBER_GROUP = re.compile(r"^(?=[A-Z]*\d)[A-Z\d]{1,6}$")


# A value that prints its own label first: a bank's or a tax office's code named by its kind.
_OWN_LABEL = re.compile(r"^(?:BIC|SWIFT|IBAN|ABA|EIN|SSN|TIN|VAT)\b:?\s+\S")


# A date written in figures ("06/06/2023", "2024-03-15") and a time of day ("06:58 AM").
_FIGURE_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")


def _only_when(value: str) -> bool:
    """Whether a value of several words has no digits but those of its dates and times."""
    if len(value.split()) < 2:
        return False
    rest = TIME_OF_DAY.sub("", _FIGURE_DATE.sub("", value))
    return rest != value and not any(ch.isdigit() for ch in rest)


def kind_check(ask: Ask, value: str, part: bool = False) -> float:
    """Added to a candidate's score: how well its value's shape fits what the field asks.
    `part`: the value is a part of a printed value (`derive`)."""
    c = CALIBRATION
    bonus, penalty = c.kind_bonus, c.kind_penalty
    long = -c.long_penalty if len(value) > c.long_value else 0.0
    kind = ask.kind
    if part and kind not in _PART_KINDS:
        return -penalty  # "Contoso" out of "Contoso Analytics" answers a first name at most
    if kind is Kind.NUMBER:
        if _is_code(value) or ("%" in value and not ask.percent):
            return REFUSE  # an identifier ("INV-2041") or a rate, not an amount
        if is_box_label(value) or _wordy(value) or _DESIGNATION.match(value.strip()):
            return REFUSE  # "2 Federal income tax withheld", "Copy 2": no amount
        if YEAR.fullmatch(value.strip()) and not ask.counts and "year" not in ask.named:
            return REFUSE  # "Interest Income   2024": a form's year beside its title
        return long
    if kind is Kind.DATE:
        return bonus if parse_date(value) is not None else -penalty
    if kind is Kind.YEAR:
        if YEAR.fullmatch(value.strip()):
            return bonus
        return REFUSE if _CENTS.search(value) else -penalty  # an amount is no year
    if kind is Kind.TIME:
        return bonus if looks_like_time(value) else -penalty
    if kind is Kind.PHONE:
        return bonus if is_phone_value(value) else REFUSE
    if kind is Kind.EMAIL:
        return bonus if looks_like_email(value) else REFUSE
    if kind is Kind.DIGITS:
        return bonus if _DIGIT_RUN.search(value) and not _CENTS.search(value) else REFUSE
    if kind is Kind.NAME_SUFFIX:
        return 0.0 if value.lower().strip(" .,") in _SUFFIXES else REFUSE
    if kind is Kind.ADDRESS:
        return REFUSE if _MONEY.match(value.strip()) else _address(value)
    if kind is Kind.ADDRESS_PART:
        digits = any(ch.isdigit() for ch in value)
        if ask.postcode and (not digits or len(value.split()) > 2):
            return REFUSE  # a postcode is a word or two with digits ("62704", "SW1A 1AA")
        if part:
            return bonus / 2
        if ask.street and looks_like_name(value) and not digits:
            return -penalty  # "Susan Young" over her street: the addressee, no street line
        return -penalty if address_score(value) >= 2.0 or "\n" in value else long
    if kind in (Kind.NAME, Kind.NAME_PART) and _only_roles(value):
        return REFUSE  # "EMPLOYER", "Recipient": a heading naming a role, nobody's name
    if kind in (Kind.NAME, Kind.NAME_PART) and sum(ch.isalpha() for ch in value) < 2:
        return REFUSE  # "7,817.29": a name has letters
    if kind is Kind.NAME:
        if not looks_like_name(value) or parse_date(value) is not None:
            return -penalty + long
        return (-penalty / 2 if looks_like_address(value) else 0.0) + long
    if kind is Kind.NAME_PART:
        return _name_part(ask, value, part) + long
    if kind is Kind.IDENTIFIER:  # digits, a word or two, no address
        grouped = all(_NUMBER_GROUP.match(w) for w in value.split())  # an IBAN's groups
        if not any(ch.isdigit() for ch in value) or (len(value.split()) > 4 and not grouped):
            return -penalty
        if _MONEY.match(value.strip()):
            return REFUSE  # "2,224.46", "$12.50": an amount, not a number that names
        if _OWN_LABEL.match(value):
            return -penalty  # "BIC GENODEF1AUE" under a phrase: its own label's code
        if _only_when(value):
            return -penalty  # "Closed 06/06/2023 06:58 AM": when, not which
        return -penalty if looks_like_address(value) else 0.0
    if kind is Kind.CODE:
        if _CENTS.search(value):
            return REFUSE  # "4,588.10" after "USD" is the amount, not the currency code
        return 0.0 if len(value) <= 12 and len(value.split()) <= 2 else -penalty
    if kind is Kind.CATEGORY:
        if _CENTS.search(value):
            return REFUSE  # an amount is of no type
        if _NUMBER_RUN.search(value):
            return -penalty  # "XXXXXX2348" beside "Account": the account's number, not its type
        return long
    if kind is Kind.TEXT and _MONEY.match(value.strip()):
        return -penalty  # a bare amount answers a number field, seldom a text one
    return long


def _name_part(ask: Ask, value: str, part: bool) -> float:
    """A first, middle or last name: one word; with its initial when the field asks so ("first
    name and initial": "Donald L"); a lone initial is a middle name at most; no part of a
    company's name ("Harborview Labs LLP"); no number ("EMPLOYEE ID 888357")."""
    words = value.split()
    c = CALIBRATION
    if any(w.lower().strip(".,") in NOT_NAMES for w in words) or any(ch.isdigit() for ch in value):
        return REFUSE
    if ask.initial and len(words) == 2 and is_initial(words[1]):
        return c.kind_bonus
    if len(words) == 1 and is_initial(words[0]) and not (ask.initial or ask.middle):
        return -c.kind_penalty / 2  # "L" of "Donald L": no first or last name
    return -c.kind_penalty / 2 if len(words) > 1 and not part else 0.0


def _named_first(value: str) -> float:
    """How much less an address is worth for starting with the addressee's name ("Whitmore
    Distribution Ltd." over "Havenweg 11"): the block under the name is the address, the name
    answers the name field."""
    first, _, rest = value.partition("\n")
    named = rest and looks_like_name(first) and not any(c.isdigit() for c in first)
    return CALIBRATION.kind_bonus / 2 if named and address_score(first) == 0 else 0.0


def _address(value: str) -> float:
    """A whole address: the more complete (street, town, postcode), the better; a block that
    holds a tax number ("SSN 681-45-8829" between the name and the street) is more than one."""
    if TAX_ID.search(value):
        return -CALIBRATION.kind_penalty
    score = address_score(value)
    if score >= 0.5:
        return CALIBRATION.kind_bonus * min(1.0, score / 3.0) - _named_first(value)
    if score == 0 and _NUMBER_RUN.search(value):
        return -CALIBRATION.kind_penalty  # "XXX-XX-5994": a number with no street or town
    return -CALIBRATION.kind_penalty / 2
