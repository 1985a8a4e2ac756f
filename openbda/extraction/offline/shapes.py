"""What values look like: addresses, phone numbers, times, e-mail addresses, names, dates,
amounts and currencies, by their characters alone.

`patterns` finds unlabelled values with these tests; `scoring` checks a labelled value against
the kind of value a field asks for with them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from openbda.document.model import Word
from openbda.extraction.offline.text import word_set
from openbda.extraction.values import parse_date

# Address lines score at least this (`address_score`) to count as an address.
ADDRESS_START = 1.5

# Words that name a street before its name, as Latin languages write it ("Av. Reforma",
# "Calle Mayor", "Rua Augusta"), and the endings of a street named in one word, as Germanic
# languages write it ("Hauptstraße", "Industrivägen", "Kerkstraat").
_STREET_BEFORE = r"av|avenida|calle|rua|rue|via|viale|corso|carrera|paseo|travessa|alameda"
_ONE_WORD_STREET = (
    r"\w+(?:stra(?:ss|ß)e|weg|gasse|platz|allee|vägen|gatan|veien|vej|gade|straat|laan)\b"
)
_STREET = re.compile(
    r"\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|place|pl|court|ct|"
    r"square|sq|highway|hwy|parkway|pkwy|terrace|crescent|close|grove|row|suite|ste|floor|"
    r"unit|building|bldg|block|blk|lot|po box|p\.o\. box|jalan|jln|taman|lorong|persiaran|"
    rf"strasse|straße|str|plaza|{_STREET_BEFORE})\b\.?|\b{_ONE_WORD_STREET}",
    re.IGNORECASE,
)
# A street line that starts with the street's name ("Av. Reforma 1546", "Calle Mayor 5",
# "Industrivägen 15"), as most of the world writes it, the house number after it.
STREET_FIRST = re.compile(rf"^(?:(?:{_STREET_BEFORE})\b\.?|{_ONE_WORD_STREET}\s+\d)", re.IGNORECASE)
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)\b"
)
# A flat's, apartment's or plot's number leading an address line ("FLAT 869, SHANTI NIWAS",
# "Plot No. 45, Sector 21"): it stands for the street word such a line may lack.
UNIT_NUMBER = re.compile(
    r"^(?:flat|apt|apartment|plot|door|house|h\.\s?no)\.?\s+(?:no\.?\s*)?#?\d", re.IGNORECASE
)
_HOUSE_NUMBER = re.compile(r"^(?:no\.?\s*)?\d+[a-z]?\b|^#?\d+[-/]\d+", re.IGNORECASE)
CONTACT = re.compile(
    r"@|https?:|www\.|\b(?:tel|telephone|phone|fax|mobile|email|e-mail|gst|vat|reg)\b",
    re.IGNORECASE,
)
# Whose attention a letter to a company is for: "Attn: Sarah Hall", "Att: Karin Holm", "c/o
# Legal Department".
ATTENTION = re.compile(r"^(?:attn\b|att[:.]|attention\b|c/o\b)", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w/])\+?(?:\(\s?)?\d[\d\s().-]{5,}\d(?![\w/])")
TIME = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d:])"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Checks print protective asterisks around the amount ("***$3,662.12", "**1,439.00**").
AMOUNT = re.compile(
    r"^\(?-?\**[^\w\s]{0,3}(?:[A-Z]{2,3})?\d{1,3}(?:[,.' ]?\d{3})*[.,]\d{2}\)?-?\**$"
)
_CURRENCY_SIGNS = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "RM": "MYR",
    "S$": "SGD",
    "A$": "AUD",
    "C$": "CAD",
    "HK$": "HKD",
}
_CURRENCY_CODES = word_set(
    "USD EUR GBP JPY CNY INR MYR SGD AUD CAD HKD CHF SEK NOK DKK NZD ZAR BRL MXN IDR THB PHP "
    "KRW AED SAR PLN CZK HUF TRY RUB"
)
_CURRENCY_IN_WORD = re.compile(r"^(US\$|S\$|A\$|C\$|HK\$|RM|[$€£¥₹])|([$€£¥₹])$")


def address_score(text: str) -> float:
    """How much a text looks like (part of) a postal address: street words, a postcode, a
    house number, commas; contact details count against it. A text of digits is no address."""
    if sum(c.isalpha() for c in text) < 3:
        return 0.0
    score = 0.0
    if _STREET.search(text) or UNIT_NUMBER.match(text.strip()):
        score += 1.0
    if _POSTCODE.search(text):
        score += 1.0
    if _HOUSE_NUMBER.search(text.strip()) or (
        STREET_FIRST.match(text) and any(c.isdigit() for c in text)
    ):
        score += 0.5  # a house number, before the street or after it ("Av. Reforma 1546")
    if "," in text:
        score += 0.5
    if CONTACT.search(text):
        score -= 2.0
    return score


# An honorific after (or before) a name marks whom a document is addressed to: "Yamabuki
# Logistics Co., Ltd. Messrs." (a Japanese invoice's 御中 in English), "Messrs. Grant & Sons".
_HONORIFICS = frozenset({"messrs", "messrs.", "御中", "様", "殿"})


def addressee(words: Sequence[Word]) -> Sequence[Word]:
    """The name of a line that an honorific marks as the addressee's; empty for other lines."""
    if len(words) < 2:
        return ()
    if words[-1].text.lower() in _HONORIFICS:
        return words[:-1]
    if words[0].text.lower() in _HONORIFICS:
        return words[1:]
    return ()


# A personal title before a name on a mailing block ("MS KAREN LEE", "Dr. Daniel A Jackson",
# "Rev. Robert Yamamoto"):
# no part of the name.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "hon"})


def without_title(words: Sequence[Word]) -> Sequence[Word]:
    """A name's words without a personal title before two or more words of name."""
    if len(words) >= 3 and words[0].text.lower().rstrip(".") in _TITLES:
        return words[1:]
    return words


def looks_like_address(text: str) -> bool:
    return address_score(text) >= ADDRESS_START


# A year of this or the last century, as a word ("2024"; `fullmatch` it).
YEAR = re.compile(r"(?:19|20)\d{2}")
# A US employer identification number (12-3456789) or social security number (123-45-6789,
# also masked): digits grouped as no telephone number is. An EIN-like "07-3867524" that starts
# with a trunk 0 is a telephone number in much of the world (Malaysia's 0X-XXX XXXX).
TAX_ID = re.compile(r"(?<![\w-])(?:[1-9]\d-\d{7}|[\dX*]{3}-[\dX*]{2}-\d{4})(?![\w-])")


def looks_like_phone(text: str) -> bool:
    if TAX_ID.fullmatch(text.strip()):
        return False
    match = PHONE.search(text)
    return match is not None and sum(c.isdigit() for c in match.group()) >= 7


# A phone number's value holds at most this many letters and digits besides the number
# ("Tel.", "ext. 214"); more is a block that ends with one (a name, an address, then a phone).
PHONE_EXTRA = 12


def is_phone_value(text: str) -> bool:
    """Whether a value is a phone number, with at most a word or two around it."""
    match = PHONE.search(text)
    if match is None or not looks_like_phone(text):
        return False
    rest = text[: match.start()] + text[match.end() :]
    return sum(ch.isalnum() for ch in rest) <= PHONE_EXTRA


def looks_like_time(text: str) -> bool:
    return TIME.search(text) is not None


def looks_like_email(text: str) -> bool:
    return EMAIL.search(text) is not None


_INITIAL = re.compile(r"^[^\W\d_]\.?$")


def is_initial(text: str) -> bool:
    """A name's initial ("L", "L."): one letter, with or without its period."""
    return bool(_INITIAL.match(text))


# Words of company names and headings: a value holding one is no person's name.
NOT_NAMES = word_set(
    "ltd limited llc inc incorporated corp corporation co company gmbh ag sa bv plc group "
    "bank cafe restaurant store shop market services solutions systems hotel hospital clinic "
    "university school department office invoice receipt statement total date number to from "
    "bill ship sold llp lp pllc labs partners holdings industries enterprises tax income "
    "federal security medicare insurance earnings deductions vacation sick leave pto hrs "
    "hours rate balance corrective lenses restrictions endorsements none cdl usa license "
    "licence driver drivers permit commercial identification card wallet mobile address "
    "salary wages gross pay commission commissions bonus overtime allowance allowances"
)


def looks_like_name(text: str) -> bool:
    """A person's or organisation's name: mostly letters, a few words, no contact details."""
    letters = sum(c.isalpha() for c in text)
    digits = sum(c.isdigit() for c in text)
    return letters >= 2 and digits <= 0.2 * letters and len(text.split()) <= 8 and "@" not in text


def spells_date(words: Sequence[Word]) -> bool:
    """Whether the words, with a digit among them, read as one date."""
    text = " ".join(w.text for w in words)
    return any(c.isdigit() for c in text) and parse_date(text) is not None


def date_runs(words: Sequence[Word]) -> Iterator[tuple[Word, ...]]:
    """The shortest runs of words that each spell one date ("14 July 1988", "12/03/2026")."""
    start = 0
    while start < len(words):
        for size in range(1, min(DATE_WORDS, len(words) - start) + 1):
            run = words[start : start + size]
            if not spells_date(run):
                continue
            if any(w.text.lower() in RANGE_JOINS for w in run):
                continue  # "1 - Dec 31," out of "Dec 1 - Dec 31, 2024" is no date
            if size > 1 and parse_date(" ".join(w.text for w in run[1:])) is not None:
                break  # the first word is not part of the date ("Date: 12/03/2026")
            yield tuple(run)
            start += size - 1
            break
        start += 1


# A date is spelled in at most this many words ("29 de mayo de 2024").
DATE_WORDS = 5
# Words joining the two dates of a range ("1 March through 31 March 2025").
RANGE_JOINS = frozenset({"through", "thru", "to", "-", "\u2013", "\u2014", "until", "till"})
_WEEKDAYS = word_set(
    "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday"
)
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?,?$")


def yearless_start(
    words: Sequence[Word], end: Sequence[Word]
) -> tuple[tuple[Word, ...], dt.date] | None:
    """The start of a range that prints its year once, at the end ("Mon Nov 6 - Sun Nov 12,
    2023", "6 Nov - 12 Nov 2023"): the words of `words` up to the join before the end date
    `end`, when they are a month and a day (a weekday may lead), and the date they mean."""
    at = next((i for i, w in enumerate(words) if w is end[0]), None)
    if at is not None and at > 0 and _is_weekday(words[at - 1].text):
        at -= 1  # "- Sun Nov 12, 2023"
    if at is None or at < 2 or words[at - 1].text.lower() not in RANGE_JOINS:
        return None
    start = tuple(words[: at - 1])
    date = _yearless_date(start, end)
    return (start, date) if date is not None else None


# Two days of one month in one word, its month and year after ("1-30 NOV 23", "1\u201315 March
# 2024"): a pay or billing period printed in the fewest characters.
_DAY_SPAN = re.compile(r"^(\d{1,2})[-\u2013](\d{1,2})$")


def day_span(words: Sequence[Word]) -> tuple[dt.date, dt.date] | None:
    """The first and last date of a range of days of one month ("1-30 NOV 23"), or None."""
    span = _DAY_SPAN.match(words[0].text) if 2 <= len(words) <= 3 else None
    if span is None or not words[1].text.strip(".,").isalpha():
        return None
    month_year = " ".join(w.text for w in words[1:])
    first = parse_date(f"{span[1]} {month_year}")
    last = parse_date(f"{span[2]} {month_year}")
    return (first, last) if first is not None and last is not None and first < last else None


def _is_weekday(text: str) -> bool:
    return text.lower().strip(".,") in _WEEKDAYS


def _yearless_date(start: Sequence[Word], end: Sequence[Word]) -> dt.date | None:
    """The date a range's start without its year means: in the year of its end date, or the
    year before where that would put the start after the end ("Dec 28 - Jan 3, 2024")."""
    texts = [w.text.strip(",") for w in start if not _is_weekday(w.text)]
    end_date = parse_date(" ".join(w.text for w in end))
    if end_date is None or len(texts) != 2 or not any(_DAY.match(t) for t in texts):
        return None
    found = parse_date(f"{texts[0]} {texts[1]} {end_date.year}")
    if found is None:
        return None
    if found <= end_date:
        return found
    try:
        return found.replace(year=found.year - 1)
    except ValueError:  # 29 February
        return None


def currency_code(text: str) -> str | None:
    bare = text.strip(".,:;()")
    if bare in _CURRENCY_CODES:
        return bare
    match = _CURRENCY_IN_WORD.search(bare)
    if match is None:
        return None
    sign = match.group(1) or match.group(2)
    rest = bare.replace(sign, "", 1)
    if rest and not re.fullmatch(r"-?[\d.,' ]+", rest):
        return None  # "RMB", "A$B": not a sign before an amount
    return _CURRENCY_SIGNS.get(sign)


def is_currency_sign(text: str) -> bool:
    """A currency sign or code standing alone ("$", "RM", "USD"), with no amount."""
    bare = text.strip()
    return bare in _CURRENCY_SIGNS or bare in _CURRENCY_CODES


# -- box numbers ------------------------------------------------------------------------------
# Official forms number their boxes and print the number before the box's label ("1 Wages,
# tips, other compensation", "12a See instructions", "b Employer identification number",
# "Box 4"); identity cards number their fields the same way ("4d DL 123", "3 DOB 01/02/1990").
# The number is part of no label's meaning and no value: an amount field must not read "2" out
# of "2 Federal income tax withheld".
# "1", "12a", "b", and "1." as a list of boxes numbers them.
_BOX_NUMBER = re.compile(r"^(?:\d{1,2}[a-z]?\.?|[a-z](?:/[a-z])?)$")  # "12a", "c", "e/f"
_BOX_WORD = re.compile(r"^box$", re.IGNORECASE)


def box_number_length(words: Sequence[str]) -> int:
    """How many leading words of a phrase are its box number (0, 1, or 2 for "Box 12a"); a box
    number is followed by a word that starts with a letter (a capital after a lone letter)."""
    start = 1 if words and _BOX_WORD.match(words[0]) and len(words) > 2 else 0
    if len(words) < start + 2 or not _BOX_NUMBER.match(words[start]):
        return 0
    after = words[start + 1]
    if start and after in _BOX_SEPARATORS and len(words) > start + 2:
        return start + 2 if words[start + 2][:1].isalpha() else 0  # "Box 3 - Interest on ..."
    if not after[:1].isalpha() or (words[start].isalpha() and not after[:1].isupper()):
        return 0  # "a Employee's ..." is box a; "a fee" is an article
    return start + 1


# What may part "Box 3" from its caption: "Box 3 - Interest", "Box 1 · Wages".
_BOX_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "\u00b7", ":", "|"})


def box_number_of(words: Sequence[str]) -> str:
    """The box number a phrase starts with ("12a" of "Box 12a Codes", "1" of "1 Wages"), or
    ""."""
    if not box_number_length(words):
        return ""
    return words[1] if _BOX_WORD.match(words[0]) else words[0]


def is_bare_box_number(text: str) -> bool:
    """ "Box 2" printed alone, over its caption."""
    words = text.split()
    if len(words) != 2 or not _BOX_WORD.match(words[0]):
        return False
    return words[1][:1].isdigit() and bool(_BOX_NUMBER.match(words[1]))


_GROUP = re.compile(r"\d{1,3}")
_WHOLE = re.compile(r"^\D{0,3}(\d+)")


def thousands_from(texts: Sequence[str], at: int) -> int:
    """Where an amount whose thousands are set apart by spaces starts ("2 172,50 €", "1 234
    567,00"), given the word of its last three digits and decimals at `at`: back over groups
    of three digits to a first group of one to three; `at` itself when there are none."""
    whole = _WHOLE.match(texts[at])
    if whole is None or len(whole[1]) != 3:
        return at
    start = at
    while start > 0 and _GROUP.fullmatch(texts[start - 1]):
        start -= 1
        if len(texts[start]) < 3:
            break
    return start


def only_a_box_number(text: str) -> bool:
    """ "Box 2", "2a" or "14" printed alone: a box's number, over or before its caption."""
    words = text.split()
    if is_bare_box_number(text):
        return True
    return len(words) == 1 and words[0][:1].isdigit() and bool(_BOX_NUMBER.match(words[0]))


def without_box_number(text: str) -> str:
    """A label without the box number printed before it."""
    words = text.split()
    return " ".join(words[box_number_length(words) :])


# A box named after its caption: "Federal tax withheld (Box 2)".
_TRAILING_BOX = re.compile(r"^[^\d]*[^\W\d_]{3}[^\d]*\(box\s*\d{1,2}[a-z]?\)$", re.IGNORECASE)


def has_trailing_box(text: str) -> bool:
    return _TRAILING_BOX.match(text.strip()) is not None


def is_box_label(text: str) -> bool:
    """A box number and a label without digits ("2 Federal income tax withheld", "9",
    "Federal tax withheld (Box 2)"): the next box of a form, never a value."""
    if has_trailing_box(text):
        return True
    words = text.split()
    if len(words) == 1:
        return bool(re.fullmatch(r"\d{1,2}[a-z]", words[0]))  # "12a": box 12a, not an amount
    n = box_number_length(words)
    rest = _SPOKEN_NUMBERS.sub("", " ".join(words[n:]))
    return n > 0 and not any(c.isdigit() for c in rest) and sum(c.isalpha() for c in rest) >= 3


# Numbers a caption speaks of rather than holds: another box ("See instructions for box 12"),
# an ordinal ("3rd party sick pay").
_SPOKEN_NUMBERS = re.compile(r"\bbox\s+\d{1,2}[a-z]?\b|\b\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)


# A form's box named in words: "box c", "Box 12a", "(boxes e and f)".
_BOX_REF = re.compile(
    r"\bbox(?:es)?\s+((?:\d{1,2}[a-z]?|[a-z])(?:\s*(?:,|and|&|/)\s*(?:\d{1,2}[a-z]?|[a-z]))*)\b",
    re.IGNORECASE,
)
_REF = re.compile(r"\d{1,2}[a-z]?|[a-z]", re.IGNORECASE)


def box_refs(text: str) -> frozenset[str]:
    """The boxes a text names ("Box 1: wages" -> {"1"}, "EMPLOYEE (boxes e and f)" -> {"e",
    "f"}), lower-cased; a numbered box's letter is dropped ("12a" -> "12")."""
    refs = set()
    for match in _BOX_REF.finditer(text):
        for ref in _REF.findall(match[1].replace("and", " ")):
            ref = ref.lower()
            refs.add(ref.rstrip("abcdefghijklmnopqrstuvwxyz") if ref[0].isdigit() else ref)
    return frozenset(refs)
