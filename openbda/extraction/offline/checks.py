"""What a bank check prints without labels: the MICR line, the check number, the amount in words.

A check labels almost nothing. Its machine-readable (MICR) line at the bottom holds the routing
number between two transit symbols (⑆, printed by many fonts and OCR engines as "A" or "T"),
the account number and the check number, each closed by an on-us symbol (⑈, "C" or "O");
a personal check reads "⑆routing⑆ account⑈ number", a business check
"⑈number⑈ ⑆routing⑆ account⑈". The check number is also printed at the top right. The amount
is written out in words on the legal line ("Two hundred fifteen and 40/100 ----- DOLLARS").

The finders here offer these under pseudo-labels, like `patterns`; the check number and routing
number only where a MICR line is found, so receipts' "Check #12" (a restaurant bill) and
invoices' reference numbers are left to their labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import takewhile

from openbda.document.model import Word
from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.layout import PageLayout, Phrase, words_in_span
from openbda.extraction.offline.totals import amount_of

ROUTING_NUMBER = "bank routing number (ABA transit number)"
CHECK_NUMBER = "check number"
AMOUNT_IN_WORDS = "amount written out in words"
PAYEE = "name of the payee the check is paid to the order of"
CHECK_AMOUNT = "amount of the check in figures"
# Each pseudo-label with the ways a blueprint may ask for it (merged into `patterns`').
CHECK_LABELS: dict[str, tuple[str, ...]] = {
    ROUTING_NUMBER: (ROUTING_NUMBER, "routing number", "transit number"),
    CHECK_NUMBER: (CHECK_NUMBER, "cheque number", "check serial number"),
    AMOUNT_IN_WORDS: (AMOUNT_IN_WORDS, "amount in words", "legal amount line"),
    PAYEE: (PAYEE, "payee name", "pay to the order of"),
    CHECK_AMOUNT: (CHECK_AMOUNT, "check amount", "dollar amount"),
}

# A MICR field is recognised by its symbols: trusted above the generic pattern finders.
MICR_PRIOR = 0.05
# The amount in figures that the amount in words confirms: with its close match to a check's
# amount field it beats the final-total pattern (`totals.FINAL_TOTAL_PRIOR`, a worse match),
# which a desk check's register stub sets off with its "TOTAL"; it is no more than any amount
# to other fields (a payroll check's gross pay).
CONFIRMED_AMOUNT_PRIOR = 0.3
# A check number found only in the MICR line (not confirmed at the top) is less sure.
UNCONFIRMED = -0.05
# The check number printed at the top right: in this share of the page's top and right.
CORNER = 0.35

# Transit (⑆), amount (⑇), on-us (⑈) and dash (⑉) symbols and their usual ASCII stand-ins.
_SYMBOLS = "\u2446\u2447\u2448\u2449ABCDTO:|"
# A MICR line: digits, symbols and spaces only, with a run of nine digits somewhere.
_MICR_LINE = re.compile(rf"^[\d{_SYMBOLS}\s-]+$")
# The routing number: nine digits between transit symbols; failing that, between any symbols
# of the line (a printer or OCR may take one symbol for another; the ABA checksum still holds).
_ROUTING = re.compile(r"(?:(?<=[\u2446AT:|])|(?<![\w\u2446-\u2449]))(\d{9})(?=[\u2446AT:|]|\s|$)")
_ROUTING_ANY = re.compile(r"(?<![\d-])(\d{9})(?![\d-])")
_DIGIT_GROUP = re.compile(r"\d+")
AMOUNT_LIKE = re.compile(r"^\W*\$|\d[.,]\d{2}\b")

_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|"
    "seventy|eighty|ninety|hundred|thousand|million|no"
)
_NUMBER_WORD = rf"(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?"
_NUMBER_WORDS_RUN = rf"{_NUMBER_WORD}(?:[\s,]+(?:and\s+)?{_NUMBER_WORD})*"
# "Two Hundred Fifteen and 40/100", "One thousand dollars", "Three hundred & no/100", "Five
# hundred dollars and 66 cents" (the cents belong to the amount; a bare "dollars" is the line's
# caption and does not).
_IN_WORDS = re.compile(
    rf"\b{_NUMBER_WORDS_RUN}"
    rf"(?:\s*(?:and|&)?\s*(?:\d{{1,2}}|xx|no)\s*/\s*100\b"
    rf"|\s+dollars?\s+(?:and\s+)?(?:\d{{1,2}}|{_NUMBER_WORDS_RUN})\s+cents?\b"
    rf"|(?=\s+dollars\b))",
    re.IGNORECASE,
)
# The same in Spanish, as checks in Puerto Rico and Latin America write it: "Mil doscientos
# cuarenta y uno con 45/100".
_SPANISH_NUMBER_WORDS = (
    "un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    "quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti[a-zé]+|treinta|cuarenta|"
    "cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscient[oa]s|trescient[oa]s|"
    "cuatrocient[oa]s|quinient[oa]s|seiscient[oa]s|setecient[oa]s|ochocient[oa]s|"
    "novecient[oa]s|mil|mill[oó]n|millones"
)
_SPANISH_IN_WORDS = re.compile(
    rf"\b(?:{_SPANISH_NUMBER_WORDS})(?:\s+(?:y\s+)?(?:{_SPANISH_NUMBER_WORDS}))*"
    r"\s+(?:con\s+)?\d{1,2}\s*/\s*100\b",
    re.IGNORECASE,
)


def check_candidates(layouts: Sequence[PageLayout]) -> Iterator[Candidate]:
    """The routing and check numbers of a check's MICR line, and any amount in words."""
    for layout in layouts:
        micr = list(_micr_lines(layout))
        yield from micr
        yield from _amounts_in_words(layout, on_check=bool(micr))
        yield from _payees(layout)


def _micr_lines(layout: PageLayout) -> Iterator[Candidate]:
    for row in layout.rows:
        # The line's phrases from the first that starts it: a stub beside the check (a desk
        # check's register) may share its row.
        for at in range(len(row)):
            words = [w for phrase in row[at:] for w in phrase.words]
            text = " ".join(w.text for w in words)
            if _MICR_LINE.match(text) and sum(c.isdigit() for c in text) >= 12:
                yield from _micr(layout, words, text)
                break


def aba_valid(digits: str) -> bool:
    """Whether nine digits pass the ABA routing number checksum."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]
    return total % 10 == 0


def _micr(layout: PageLayout, words: Sequence[Word], text: str) -> Iterator[Candidate]:
    found = (*_ROUTING.finditer(text), *_ROUTING_ANY.finditer(text))
    routing = next((m for m in found if aba_valid(m.group(1))), None)
    if routing is None:
        return
    page = layout.page.index
    routing_words = words_in_span(words, routing.start(1), routing.end(1))
    yield _candidate(ROUTING_NUMBER, routing.group(1), routing_words, page, MICR_PRIOR)
    # The check number: a short group of the line (the account number is the long one).
    numbers = [
        m
        for m in _DIGIT_GROUP.finditer(text)
        if m.start() != routing.start(1) and 0 < len(m.group().lstrip("0")) <= 6
    ]
    corner = {int(w.text): w for w in _corner_numbers(layout)}
    for match in numbers:
        value = int(match.group())
        printed = corner.get(value)
        if printed is not None:  # also printed at the top right: surely the check number
            yield _candidate(CHECK_NUMBER, printed.text, (printed,), page, MICR_PRIOR)
        else:
            span = words_in_span(words, match.start(), match.end())
            yield _candidate(CHECK_NUMBER, str(value), span, page, MICR_PRIOR + UNCONFIRMED)


def _corner_numbers(layout: PageLayout) -> Iterator[Word]:
    """Numbers standing alone near the top right corner."""
    for phrase in layout.phrases():
        box = phrase.box
        if box.top < CORNER and box.left + box.width > 1 - CORNER:
            for word in phrase.words:
                if word.text.isdigit() and len(word.text) <= 8:
                    yield word


def _amounts_in_words(layout: PageLayout, on_check: bool) -> Iterator[Candidate]:
    """Each amount in words and, on a check (a page with a MICR line), the amount in figures
    equal to it (its amount box)."""
    for phrase in layout.phrases():
        for match in _SPANISH_IN_WORDS.finditer(phrase.text):
            yield _words_candidate(phrase, match.start(), match.end())
        for match in _IN_WORDS.finditer(phrase.text):
            if len(match.group().split()) < 2 and "/" not in match.group():
                continue  # a lone "one" is no amount
            yield _words_candidate(phrase, match.start(), match.end())
            value = words_amount(match.group()) if on_check else None
            if value:
                yield from _figures(layout, value)


def _figures(layout: PageLayout, value: float) -> Iterator[Candidate]:
    page = layout.page.index
    for phrase in layout.phrases():
        for word in phrase.words:
            if amount_of(word.text.strip("*$ ")) == value:
                yield _candidate(CHECK_AMOUNT, word.text, (word,), page, CONFIRMED_AMOUNT_PRIOR)


_UNITS = {name: i for i, name in enumerate(_NUMBER_WORDS.split("|")[:20])}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60}
_TENS |= {"seventy": 70, "eighty": 80, "ninety": 90, "no": 0}
_SCALES = {"thousand": 1_000, "million": 1_000_000}
_CENTS_FRACTION = re.compile(r"(?:and|&)?\s*(\d{1,2}|xx|no)\s*/\s*100\b", re.IGNORECASE)
_CENTS_WORDS = re.compile(r"\bdollars?\s+(?:and\s+)?(.+?)\s+cents?\b", re.IGNORECASE)


def words_amount(text: str) -> float | None:
    """The amount an amount in words spells ("Two hundred fifteen and 40/100" -> 215.4,
    "Five hundred dollars and 66 cents" -> 500.66), or None when a word is not understood."""
    cents = 0
    fraction = _CENTS_FRACTION.search(text) or _CENTS_WORDS.search(text)
    if fraction is not None:
        spelled = fraction.group(1).lower()
        if spelled.isdigit():
            cents = int(spelled)
        elif spelled not in ("xx", "no"):
            number = _whole_number(spelled)
            if number is None or number > 99:
                return None
            cents = number
        text = text[: fraction.start()]
    whole = _whole_number(text)
    return None if whole is None else whole + cents / 100


def _whole_number(text: str) -> int | None:
    total = current = 0
    for word in re.split(r"[\s,-]+", text.lower()):
        if word in ("", "and", "&", "dollars", "dollar"):
            continue
        if word in _UNITS or word in _TENS:
            current += _UNITS.get(word, _TENS.get(word, 0))
        elif word == "hundred":
            current *= 100
        elif word in _SCALES:
            total += current * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


# The words of a "PAY TO THE ORDER OF" label, which checks often stack on two lines: read as
# one line, its words interleave ("PAY ORDER TO OF THE"), so they are taken as a set. Spanish
# checks (Puerto Rico, Mexico) print "PÁGUESE A LA ORDEN DE".
_PAY_WORDS = frozenset({"pay", "to", "the", "order", "of", "páguese", "paguese", "a", "la", "de"})


def _payees(layout: PageLayout) -> Iterator[Candidate]:
    """The name after a "pay to the order of" label, on its line or the next phrase right."""
    labels: list[Phrase] = []
    for r, row in enumerate(layout.rows):
        for at, phrase in enumerate(row):
            label, words = _after_pay_words(phrase.words)
            if label and not words and _order_under(layout, r, phrase):
                label.append("order")  # "TO THE" over "ORDER OF", the name beside "TO THE"
            if "order" not in label and label[:2] != ["pay", "to"]:
                continue  # "PAY TO THE ORDER OF", or just "Pay To:"
            if not words and any(_translates(layout, above, phrase) for above in labels):
                continue  # "PAY TO THE ORDER OF" under "PÁGUESE A LA ORDEN DE": one label
            labels.append(phrase)
            if not words:
                words = _payee_apart(layout, phrase, row[at + 1] if at + 1 < len(row) else None)
            # The amount box may share the line: the name stops at it.
            words = list(takewhile(lambda w: not AMOUNT_LIKE.search(w.text), words))
            text = " ".join(w.text for w in words)
            if words and any(c.isalpha() for c in text):
                yield _candidate(PAYEE, text, words, phrase.page_index, MICR_PRIOR)


def _translates(layout: PageLayout, above: Phrase, label: Phrase) -> bool:
    """Whether a label is the other language of the label right over it: the next row, the
    same start."""
    aligned = abs(above.box.left - label.box.left) * layout.page.width_pt <= label.height_pt
    return above.row == label.row - 1 and aligned


def _payee_apart(layout: PageLayout, label: Phrase, beside: Phrase | None) -> list[Word]:
    """The payee of a label phrase without it: the next phrase of the row (whose first words
    may be the label's second line, "ORDER OF"), or the line right under the label when
    nothing is near beside it ("TO THE ORDER OF" over the name, the "AMOUNT" box's caption far
    off beside)."""
    under = _line_under(layout, label)
    far = PAYEE_FAR * label.height_pt
    if under is not None and (
        beside is None or (beside.box.left - label.box.right) * layout.page.width_pt > far
    ):
        words = _after_pay_words(under.words)[1]  # not the label's own "ORDER OF" line
        if words:
            return words
    return _after_pay_words(beside.words)[1] if beside is not None else []


# The payee's line under its label starts at most this many label heights left of the label,
# and at most this many label heights under it.
PAYEE_INDENT = 1.0
PAYEE_DROP = 1.5
# A phrase beside the label further than this many label heights is another box's.
PAYEE_FAR = 6.0


def _line_under(layout: PageLayout, label: Phrase) -> Phrase | None:
    indent = PAYEE_INDENT * label.height_pt / layout.page.width_pt
    for row in layout.rows[label.row + 1 : label.row + 3]:
        for phrase in row:
            if label.box.left - indent <= phrase.box.left < label.box.right and (
                0 <= layout.vgap_pt(label, phrase) <= PAYEE_DROP * label.height_pt
            ):
                return phrase
    return None


def _order_under(layout: PageLayout, r: int, phrase: Phrase) -> bool:
    """Whether the next row starts under the phrase with "ORDER OF" (a label on two lines)."""
    if r + 1 >= len(layout.rows):
        return False
    under = layout.rows[r + 1][0]
    near = abs(under.box.left - phrase.box.left) * layout.page.width_pt <= phrase.height_pt
    return near and _after_pay_words(under.words)[0][:1] == ["order"]


def _after_pay_words(words: Sequence[Word]) -> tuple[list[str], list[Word]]:
    """The leading words of a "pay to the order of" label (folded), and the words after."""
    folded = [w.text.lower().strip(":.,") for w in words]
    # "a la orden de" is the Spanish label; "Orden de compra" (a purchase order) is none
    folded = [
        "order" if w == "order" or (w == "orden" and folded[i - 1 : i] == ["la"]) else w
        for i, w in enumerate(folded)
    ]
    n = 0
    while n < len(folded) and folded[n] in _PAY_WORDS:
        if n and words[n].text.isupper() != words[0].text.isupper():
            break  # "PAY TO THE ORDER OF The Smith Co.": the payee's words, in another case
        n += 1
    return folded[:n], list(words[n:])


def _words_candidate(phrase: Phrase, start: int, stop: int) -> Candidate:
    words = words_in_span(phrase.words, start, stop)
    value = " ".join(w.text for w in words).strip(" *-=~")
    return _candidate(AMOUNT_IN_WORDS, value, words, phrase.page_index, MICR_PRIOR)


def _candidate(label: str, value: str, words: Sequence[Word], page: int, prior: float) -> Candidate:
    return make(label, [words], page, Source.PATTERN, prior, value=value)
