"""Values nobody labels, found by their shape and place: typed pattern and entity recognition.

Business documents leave their most typical facts unlabelled: the issuer's name is the
prominent text at the top, its address the lines under it, the date and the amounts stand alone.
Each finder here offers such values as candidates under a *pseudo-label*, a sentence saying what
the value is ("date of the document"); a field takes one when its own question is close to
that sentence (by the same embedding that matches printed labels), never by its name. Printed
labels are trusted more: pattern candidates carry a lower prior.

The finders: the issuer's letterhead (`letterhead`: the printed name under any handwritten
notes, the address lines under it), trusted above the issuer's name by prominence (the most
prominent line near the top of the first page that is no document title like "INVOICE", no
address and no contact line); every address block (`shapes.address_score`), the first one
near the top also as the issuer's, the others also as the recipient's with the name line
above them; every date, the later ones a little less likely the document's (a date run into
its time, "04/03/201815:41", too; a code such as "HD03-04-06" is none); the amount paid on a
receipt (`totals`: the final total among subtotals, rounding, cash and change), trusted above
a printed "Total"; the largest amount; times, e-mail addresses, phone numbers; and the
currency, when the pages write amounts in exactly one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from openbda.document.model import ElementType, SubType, Word
from openbda.extraction.grounding import key
from openbda.extraction.offline.accounts import ACCOUNT_HOLDER, ACCOUNT_LABELS, account_candidates
from openbda.extraction.offline.candidates import Candidate, Source, make, word_ids
from openbda.extraction.offline.checks import (
    CHECK_AMOUNT,
    CHECK_LABELS,
    PAYEE,
    ROUTING_NUMBER,
    check_candidates,
)
from openbda.extraction.offline.derive import MASKED_NUMBER
from openbda.extraction.offline.issuer_state import STATE_LABELS, state_candidates
from openbda.extraction.offline.layout import (
    SMALLER_PRINT,
    PageLayout,
    Phrase,
    part_of_word,
    run_on,
    union,
    words_in_span,
)
from openbda.extraction.offline.letterhead import TITLE_WORDS, letterhead_candidates
from openbda.extraction.offline.shapes import (
    AMOUNT,
    ATTENTION,
    CONTACT,
    EMAIL,
    PHONE,
    RANGE_JOINS,
    TIME,
    YEAR,
    address_score,
    addressee,
    currency_code,
    date_runs,
    looks_like_address,
    looks_like_name,
    thousands_from,
    yearless_start,
)
from openbda.extraction.offline.text import tokens, word_set
from openbda.extraction.offline.totals import final_total
from openbda.extraction.values import parse_date, parse_number

# A telephone number has at most this many digits (E.164).
MAX_PHONE_DIGITS = 15
ISSUER_NAME = "name of the company, shop or business that issued the document"
ISSUER_ADDRESS = "postal address of the company, shop or business that issued the document"
POSTAL_ADDRESS = "postal address"
RECIPIENT_NAME = "name of the customer or person the document is addressed to"
RECIPIENT_ADDRESS = "postal address of the customer or person the document is addressed to"
DOCUMENT_DATE = "date of the document"
TOTAL_AMOUNT = "total amount to pay"
BEFORE_TAX = "subtotal, the sum before tax is added"
TIME_OF_DAY = "time of day"
PHONE_NUMBER = "telephone number"
EMAIL_ADDRESS = "email address"
CURRENCY = "currency of the amounts"
CARD_DIGITS = "last four digits of the masked payment card number"
TAX_YEAR = "year the form or statement is for"
# Not a pseudo-label: its parts ("period covered start date") match as printed labels do.
DATE_RANGE = "period covered"
# Each pseudo-label with the ways a blueprint may ask for it; a field's match with a pseudo-label
# is its best match with any of them.
PSEUDO_LABELS: dict[str, tuple[str, ...]] = {
    ISSUER_NAME: (ISSUER_NAME, "vendor or supplier name", "merchant or store name"),
    ISSUER_ADDRESS: (ISSUER_ADDRESS, "vendor or supplier address", "merchant or store address"),
    POSTAL_ADDRESS: (POSTAL_ADDRESS,),
    RECIPIENT_NAME: (RECIPIENT_NAME, "customer name", "recipient name"),
    RECIPIENT_ADDRESS: (RECIPIENT_ADDRESS, "customer address", "billing address"),
    DOCUMENT_DATE: (DOCUMENT_DATE, "issue date"),
    TOTAL_AMOUNT: (TOTAL_AMOUNT, "grand total"),
    BEFORE_TAX: (BEFORE_TAX, "subtotal", "net amount"),
    TIME_OF_DAY: (TIME_OF_DAY, "time"),
    PHONE_NUMBER: (PHONE_NUMBER, "phone number", "merchant or store phone number"),
    EMAIL_ADDRESS: (EMAIL_ADDRESS,),
    CURRENCY: (CURRENCY, "currency code"),
    CARD_DIGITS: (CARD_DIGITS, "card last four digits"),
    TAX_YEAR: (TAX_YEAR, "tax year", "calendar year"),
    **CHECK_LABELS,
    **ACCOUNT_LABELS,
    **STATE_LABELS,
}
# Pseudo-labels whose values are amounts of money, trusted above printed labels: they answer
# number fields only (a final total is no payer's name, a check's amount no check number).
AMOUNT_LABELS = frozenset({TOTAL_AMOUNT, BEFORE_TAX, CHECK_AMOUNT})

# Priors (added to a match score) of unlabelled values: below a printed label's 0.
PATTERN_PRIOR = -0.05
# A name marked as the addressee's by an honorific is trusted like a printed label's value.
ADDRESSEE_PRIOR = 0.0
# A later date on the pages is less likely the document's: this much less per date before it.
LATER_DATE = 0.05
# The issuer's name and address are looked for in this top share of the segment's first page.
TOP_ZONE = 0.35


def pattern_candidates(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    if not layouts:
        return
    first = layouts[0]
    issuer = [*letterhead_candidates(first, ISSUER_NAME, ISSUER_ADDRESS), *_issuer_name(first)]
    yield from issuer
    yield from _addressees(first)
    yield from _addresses(first, {key(c.value) for c in issuer if c.label == ISSUER_NAME})
    yield from _dates(layouts)
    yield from final_total(layouts, TOTAL_AMOUNT, BEFORE_TAX)
    yield from _largest_amount(layouts)
    yield from _regex_values(layouts, TIME, TIME_OF_DAY)
    yield from _regex_values(layouts, EMAIL, EMAIL_ADDRESS)
    yield from _phones(layouts)
    yield from _masked_numbers(layouts)
    yield from _currency(layouts)
    yield from _title_years(first)
    checks = list(check_candidates(layouts))
    yield from checks
    # A check's payee is never its drawer, whose account it is: not the payee's words, nor the
    # payee's name printed again (on the statement the check is attached to).
    payees = {word_ids(c) for c in checks if c.label == PAYEE}
    payee_names = {key(c.value) for c in checks if c.label == PAYEE}
    # The first page's check ends at its MICR line (the routing number's line).
    micr = [
        e.box.top
        for c in checks
        if c.label == ROUTING_NUMBER
        for e in c.evidence[:1]
        if e.page_index == first.page.index
    ]
    accounts = [
        c
        for c in account_candidates(layouts, max(micr, default=None))
        if c.label != ACCOUNT_HOLDER
        or (word_ids(c) not in payees and key(c.value) not in payee_names)
    ]
    yield from accounts
    if any(c.label == ROUTING_NUMBER for c in checks) and all(
        c.label != ACCOUNT_HOLDER for c in accounts
    ):
        # A check with no mailing block but the payee's: the drawer is the business whose
        # name heads it (an insurer's claim check, a company's check)
        names = (c for c in issuer if c.label == ISSUER_NAME)
        yield from (replace(c, label=ACCOUNT_HOLDER) for c in names)
    yield from state_candidates(layouts)


def _addressees(layout: PageLayout) -> Iterator[Candidate]:
    for phrase in _top_phrases(layout):
        name = addressee(phrase.words)
        if name:
            yield make(RECIPIENT_NAME, [name], phrase.page_index, Source.PATTERN, ADDRESSEE_PRIOR)


def _top_phrases(layout: PageLayout) -> list[Phrase]:
    return [p for p in layout.phrases() if p.box.top < TOP_ZONE]


def _issuer_name(layout: PageLayout) -> Iterator[Candidate]:
    titles = {
        id(w)
        for e in layout.page.elements
        if e.type is ElementType.TEXT and e.sub_type is SubType.TITLE
        for line in e.lines
        for w in line.words
    }
    best: tuple[float, Phrase] | None = None
    for rank, phrase in enumerate(_top_phrases(layout)):
        text = phrase.text
        folded = {w.strip(".:,#").lower() for w in text.split()}
        if not looks_like_name(text) or folded <= TITLE_WORDS or ":" in text:
            continue
        if addressee(phrase.words):
            continue  # the customer's name, marked so
        if looks_like_address(text) or CONTACT.search(text) or parse_date(text):
            continue
        # Bigger type, a title, nearer the top: more likely the issuer's name.
        score = (
            phrase.height_pt
            - 0.5 * rank
            + (10.0 if any(id(w) in titles for w in phrase.words) else 0.0)
        )
        if best is None or score > best[0]:
            best = (score, phrase)
    if best is not None:
        phrase = best[1]
        yield make(ISSUER_NAME, [phrase.words], phrase.page_index, Source.PATTERN, PATTERN_PRIOR)


def _addresses(layout: PageLayout, issuer_names: set[str]) -> Iterator[Candidate]:
    """Every address block of the page as a postal address; the first one near the top also
    as the issuer's. `issuer_names`: the issuer's names found (as `key` spells them)."""
    used: set[int] = set()
    issuer: list[str] | None = None
    for phrase in layout.phrases():
        if id(phrase.words[0]) in used or not looks_like_address(phrase.text):
            continue
        block = _address_block(layout, phrase)
        used.update(id(w) for p in block for w in p.words)
        lines = [p.words for p in block]
        page = phrase.page_index
        yield make(POSTAL_ADDRESS, lines, page, Source.PATTERN, PATTERN_PRIOR)
        if issuer is None and phrase.box.top < TOP_ZONE:
            issuer = [p.text for p in block]
            yield make(ISSUER_ADDRESS, lines, page, Source.PATTERN, PATTERN_PRIOR)
            continue
        if issuer == [p.text for p in block]:
            continue  # the issuer's address again, on another copy of a form
        name = _line_above(layout, phrase)
        again = issuer is not None and key(" ".join(issuer)) == key(" ".join(p.text for p in block))
        if again and name is not None and key(name.text) in issuer_names:
            continue  # the issuer's name and address again, in a form's payer box
        if _labelled_for_another(layout, phrase):
            continue  # "Payer's address  989 Sunset Way": the label says whose it is
        yield make(RECIPIENT_ADDRESS, lines, page, Source.PATTERN, PATTERN_PRIOR)
        if name is not None:
            yield make(RECIPIENT_NAME, [name.words], page, Source.PATTERN, PATTERN_PRIOR)


def _labelled_for_another(layout: PageLayout, phrase: Phrase) -> bool:
    """Whether an address is printed after a label on its row that names someone other than
    the one it is addressed to ("Payer's address", "Employer address")."""
    before = [p for p in layout.rows[phrase.row] if p.box.right <= phrase.box.left]
    if not before:
        return False
    label = set(tokens(before[-1].text))
    whose = label - _ADDRESS_WORDS  # "Address" alone says nothing of whose it is
    return "address" in label and bool(whose) and not label & _ADDRESSEE_WORDS


_ADDRESS_WORDS = word_set("address postal street home")
# Words of a label for the address of whom a document is for.
_ADDRESSEE_WORDS = word_set(
    "to bill billed ship shipped sold deliver delivery recipient customer client buyer "
    "consignee employee member holder mailing your"
)


def _line_above(layout: PageLayout, phrase: Phrase) -> Phrase | None:
    """The name over an address block: the line right above, aligned, looking like a name, not
    in smaller print (a form's "Address" caption); over an "Attn:" line, the line over that."""
    if phrase.row == 0:
        return None
    for above in layout.rows[phrase.row - 1]:
        text = above.text
        if not _stacked(layout, above, phrase):
            continue
        if ATTENTION.match(text):
            return _line_above(layout, above)  # "Attn: Sarah Hall" under the company's name
        if ":" in text or above.height_pt < SMALLER_PRINT * phrase.height_pt:
            continue
        if looks_like_name(text) and not looks_like_address(text):
            return above
    return None


def _address_block(layout: PageLayout, start: Phrase) -> list[Phrase]:
    """The lines of the address starting at `start`; its first line with the address parts
    that run on along its row ("4566 Maple Blvd · Portland, OR 97211": a letterhead's one line
    parted by separators)."""
    for phrase in run_on(layout, start, RUN_ON):
        if looks_like_address(phrase.text):
            words = (*start.words, *phrase.words)
            start = replace(start, words=words, box=union(w.box for w in words))
    block = [start]
    for row in layout.rows[start.row + 1 : start.row + 4]:
        following = next((p for p in row if _continues_address(layout, block[-1], p)), None)
        if following is None:
            break
        block.append(following)
    return block


# How far (line heights) the next part of an address may run on along its line.
RUN_ON = 2.5


def _continues_address(layout: PageLayout, last: Phrase, phrase: Phrase) -> bool:
    """The next line of an address: right under the last (left, centre or right aligned),
    address-like or a short line of words (a town, a state), no contact details."""
    text = phrase.text
    if not _stacked(layout, last, phrase) or CONTACT.search(text) or ":" in text:
        return False
    score = address_score(text)
    short = len(text.split()) <= 4 and not any(c.isdigit() for c in text)
    return score >= 0.5 or (short and score >= 0)


def _stacked(layout: PageLayout, upper: Phrase, lower: Phrase) -> bool:
    """Whether a line is right under another, left, centre or right aligned with it."""
    if layout.vgap_pt(upper, lower) > 0.8 * upper.height_pt:
        return False
    tolerance = upper.height_pt / layout.page.width_pt
    box, other = upper.box, lower.box
    return (
        abs(box.left - other.left) < tolerance
        or abs(box.right - other.right) < tolerance
        or abs((box.left + box.right) - (other.left + other.right)) / 2 < tolerance
    )


def _dates(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    """Every date printed, each later one trusted a little less; then the date ranges of the
    first page (`_date_range`)."""
    found = 0
    seen: set[object] = set()
    ranges = []
    for layout in layouts:
        for phrase in layout.phrases():
            runs = list(date_runs(phrase.words))
            if layout is layouts[0] and (period := _date_range(phrase, runs)) is not None:
                ranges.append(period)
            for words in [*runs, *_glued_dates(phrase.words)]:
                if _CODE_START.match(words[0].text):
                    continue  # a product code ("HD03-04-06"), not a date
                if _other_date(phrase, words[0]):
                    continue  # "UNDER 21 UNTIL 04/27/27", "DOB 04/27/2006": not the document's
                date = parse_date(" ".join(w.text for w in words))
                prior = PATTERN_PRIOR - LATER_DATE * min(found, 3)
                if date not in seen:
                    seen.add(date)
                    found += 1
                yield make(DOCUMENT_DATE, [words], phrase.page_index, Source.PATTERN, prior)
    yield from ranges


# Words before a date on its line that make it a deadline or a birth date, never the date the
# document was made.
_OTHER_DATE_WORDS = word_set(
    "until till thru through exp expires expiry expiration dob birth born birthdate due valid"
)


def _other_date(phrase: Phrase, first: Word) -> bool:
    before = []
    for word in phrase.words:
        if word is first:
            break
        before.append(word.text)
    return other_date_label(" ".join(before))


def other_date_label(label: str) -> bool:
    """Whether a label names a deadline or a birth date ("Expires", "DOB", "Due Date")."""
    return bool(_OTHER_DATE_WORDS & {w.strip(".:,").lower() for w in label.split()})


def _date_range(phrase: Phrase, runs: Sequence[tuple[Word, ...]]) -> Candidate | None:
    """A phrase that is only a date, a "through" and a date ("January 1, 2024 through January
    31, 2024", "Mon Nov 6 - Sun Nov 12, 2023"): statements print their period so, often without
    a label. `derive` offers its start and end. `runs` are the phrase's date runs."""
    words = phrase.words
    if not runs or runs[-1][-1] is not words[-1]:
        return None
    if len(runs) == 1:
        found = yearless_start(words, runs[0])
        if found is None or found[0][0] is not words[0]:
            return None
    elif len(runs) != 2 or runs[0][0] is not words[0]:
        return None
    else:
        between = words[len(runs[0]) : len(words) - len(runs[1])]
        if " ".join(w.text for w in between).lower() not in RANGE_JOINS:
            return None
    return make(DATE_RANGE, [words], phrase.page_index, Source.PATTERN, PATTERN_PRIOR)


# A date run into the time printed after it without a space ("04/03/201815:41:52").
_DATE_THEN_TIME = re.compile(r"^\D{0,6}?(\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})\d{1,2}:\d{2}")
# Letters run into digits: a code ("HD03-04-06", "SKU2024-01-05").
_CODE_START = re.compile(r"^[^\W\d_]{2,}\d")


def _glued_dates(words: Sequence[Word]) -> Iterator[tuple[Word, ...]]:
    for word in words:
        match = _DATE_THEN_TIME.match(word.text)
        if match and parse_date(match.group(1)) is not None:
            yield (part_of_word(word, match.start(1), match.end(1)),)


def _largest_amount(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    """The largest amount printed (with its thousands set apart by spaces, "13 857,27")."""
    best: tuple[float, int, tuple[Word, ...]] | None = None
    for layout in layouts:
        for phrase in layout.phrases():
            texts = [w.text for w in phrase.words]
            for k, text in enumerate(texts):
                if not AMOUNT.match(text):
                    continue
                start = thousands_from(texts, k)
                number = parse_number(" ".join(texts[start : k + 1]))
                if isinstance(number, int | float) and (best is None or number > best[0]):
                    best = (float(number), layout.page.index, phrase.words[start : k + 1])
    if best is not None:
        _, page, words = best
        yield make(TOTAL_AMOUNT, [words], page, Source.PATTERN, PATTERN_PRIOR)


# Words of a form's or statement's title, near which a year is the tax year ("2023 Tax
# Information Statement", "Form W-2 Wage and Tax Statement 2021", "2021 W-2 Summary", "2022
# Federal Worksheet"); `letterhead.TITLE_WORDS` are those of any document's title, no issuer's.
_FORM_TITLE_WORDS = word_set(
    "form statement summary return report information tax worksheet transcript"
)
_MONTH_STARTS = word_set("jan feb mar apr may jun jul aug sep oct nov dec")


def _title_years(layout: PageLayout) -> Iterator[Candidate]:
    """A year standing in a title near the top: the year a tax form or annual statement is
    for. A year after a month ("Rev. January 2024") is a date's, not the form's."""
    for phrase in layout.phrases():
        words = [w.text.strip(".,:;()").lower() for w in phrase.words]
        low = phrase.box.top >= TOP_ZONE
        if len(words) == 1 and YEAR.fullmatch(words[0]) and _beside_title(layout, phrase, low):
            # "W-2 Wage and Tax Statement   2024": the year printed apart, beside the title
            yield make(TAX_YEAR, [phrase.words], phrase.page_index, Source.PATTERN, PATTERN_PRIOR)
            continue
        if low and not _FORM_YEAR.search(phrase.text):
            continue  # lower down only a form's own title ("2021 Form 1099-INT" at the foot)
        if len(words) > 12 or not _FORM_TITLE_WORDS & set(words):
            continue
        for i, text in enumerate(words):
            if not YEAR.fullmatch(text):
                continue
            if i > 0 and words[i - 1][:3] in _MONTH_STARTS:
                continue
            word = phrase.words[i]
            yield make(TAX_YEAR, [[word]], phrase.page_index, Source.PATTERN, PATTERN_PRIOR)


def _beside_title(layout: PageLayout, phrase: Phrase, form_only: bool = False) -> bool:
    """Whether a form's number, or else (unless `form_only`: lower down the page) a title's
    words or words that end with "year" ("For calendar year" in small print beside the year),
    stand on the phrase's row or the rows next to it."""
    rows = layout.rows[max(0, phrase.row - 1) : phrase.row + 2]
    others = [other for row in rows for other in row if other is not phrase]
    if any(_FORM_NUMBER.search(other.text) for other in others):
        return True
    return not form_only and any(
        _FORM_TITLE_WORDS & {w.text.strip(".,:;()").lower() for w in other.words}
        or other.text.rstrip(" :").lower().endswith(" year")
        for other in others
    )


# The numbers of the year-end tax forms (run on from "Form" too: "FormW-2"), and a year written
# next to "Form" or to one of them.
_FORM_NUMBER = re.compile(
    r"(?:\b|(?<=[Ff][Oo][Rr][Mm]))(?:10(?:9[89]|40|42)(?:-[A-Z]{1,4})?|W-?2[cG]?|5498|1095-[ABC])\b"
)
_FORM_YEAR = re.compile(
    rf"\b(?:19|20)\d\d\s+(?:form\b|{_FORM_NUMBER.pattern})|\bform\s+\S+\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _regex_values(
    layouts: Sequence[PageLayout], pattern: re.Pattern[str], label: str
) -> Iterator[Candidate]:
    for layout in layouts:
        for phrase in layout.phrases():
            for match in pattern.finditer(phrase.text):
                words = words_in_span(phrase.words, match.start(), match.end())
                yield make(label, [words], phrase.page_index, Source.PATTERN, PATTERN_PRIOR)


def _phones(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    for layout in layouts:
        for phrase in layout.phrases():
            for match in PHONE.finditer(phrase.text):
                text = match.group()
                digits = sum(c.isdigit() for c in text)
                if not 7 <= digits <= MAX_PHONE_DIGITS or parse_date(text) or parse_number(text):
                    continue
                if phrase.text[: match.start()].endswith("#"):
                    continue  # "Order #220-8837559-4073554": a number, no telephone
                words = words_in_span(phrase.words, match.start(), match.end())
                # the number without the stop that ends its sentence ("call us at 555-0134.")
                value = " ".join(text.split())
                yield make(
                    PHONE_NUMBER,
                    [words],
                    phrase.page_index,
                    Source.PATTERN,
                    PATTERN_PRIOR,
                    value=value,
                )


# A card named with the last digits of its number: "Paid with Mastercard ending in 6432",
# "VISA ends with 0372", "Debit card ending 1187".
_CARD_ENDING = re.compile(
    r"\b(?:card|visa|mastercard|amex|american express|discover|debit|credit)\b.*?"
    r"\b(?:ending|ends)(?:\s+(?:in|with))?:?\s+(\d{4})(?![\d/.-])",
    re.IGNORECASE,
)


def _masked_numbers(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    """The digits left showing of masked card numbers ("XXXXXXXXXXXX2857"), printed
    unlabelled under the card's brand, or after "ending in": the only digits of the card a
    receipt shows."""
    for layout in layouts:
        for phrase in layout.phrases():
            ending = _CARD_ENDING.finditer(phrase.text)
            for match in itertools.chain(MASKED_NUMBER.finditer(phrase.text), ending):
                words = words_in_span(phrase.words, match.start(1), match.end(1))
                # The digits alone, though their word also holds the mask ("****8535").
                yield make(
                    CARD_DIGITS,
                    [words],
                    phrase.page_index,
                    Source.PATTERN,
                    PATTERN_PRIOR,
                    value=match.group(1),
                )


def _currency(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    """The one currency the pages write amounts in, as its ISO 4217 code."""
    seen: dict[str, list[tuple[int, Word]]] = {}
    for layout in layouts:
        for word in layout.page.words:
            code = currency_code(word.text)
            if code:
                seen.setdefault(code, []).append((layout.page.index, word))
    if len(seen) != 1:
        return
    [(code, places)] = seen.items()
    page_index, word = places[0]
    evidence = make(CURRENCY, [[word]], page_index, Source.PATTERN).evidence
    # No words of its own: the amount the sign is printed with stays free for its field.
    yield Candidate(CURRENCY, code, (), evidence, Source.PATTERN, PATTERN_PRIOR)
