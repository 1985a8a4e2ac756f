"""The bank and the account holder on bank documents (checks, statements), unlabelled.

- The bank: a bank names itself with a word of its trade ("Keystone Bank & Trust", "Summit
  Valley Credit Union", "Cascade Federal Savings"); the most prominent such line of the first
  page (a later page's heading, "Transactions (continued)", is nobody's name) is offered as
  the bank's name, above the generic issuer finders, which on a check take the drawer's name
  printed at the top left.
- The account type, where only the title names it ("Savings Statement").
- The account holder: the name over a mailing address (a street line, the town under it) in
  the top part of the first page, the way a statement is addressed for a window envelope and a
  check prints its drawer. The issuer's own letterhead is a name over an address too, so the
  line must not name a bank and must be no document title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.layout import (
    PageLayout,
    Phrase,
    across,
    run_on,
    similar_print,
    words_in_span,
)
from openbda.extraction.offline.shapes import (
    ATTENTION,
    CONTACT,
    STREET_FIRST,
    UNIT_NUMBER,
    currency_code,
    looks_like_address,
    looks_like_name,
    without_title,
)
from openbda.extraction.offline.text import word_set
from openbda.extraction.values import parse_date

BANK_NAME = "name of the bank"
ACCOUNT_HOLDER = "name of the account holder"
ACCOUNT_TYPE = "type of the bank account"
ACCOUNT_LABELS: dict[str, tuple[str, ...]] = {
    BANK_NAME: (BANK_NAME, "bank name", "name of the financial institution"),
    ACCOUNT_HOLDER: (ACCOUNT_HOLDER, "account holder name", "account owner"),
    ACCOUNT_TYPE: (ACCOUNT_TYPE, "account type"),
}

# A bank's own name is trusted above the generic issuer finders (letterhead 0.05).
BANK_PRIOR = 0.08
# A bank named as the issuer of the card ("Issued by ...") is the bank, whatever the brand.
ISSUER_BANK_PRIOR = 0.12
HOLDER_PRIOR = 0.0
TYPE_PRIOR = -0.05
# The holder's mailing block is looked for in this top share of the first page.
TOP_ZONE = 0.5
# A name this many times taller than the street line under it, when that line holds the whole
# address ("4907 Lake Lane · Springfield, IL 62751"), heads a letterhead: a mailing block is
# printed in one size, its town on a line of its own. (A check prints its drawer's name big
# over a mailing block.)
LETTERHEAD_SCALE = 1.4
# A mailing block names at most this many joint holders over the first one's.
JOINT_NAMES = 2
# The most words of a bank's or holder's name line.
MAX_WORDS = 7

_BANK_WORDS = word_set(
    "bank bancorp banco banque bankers savings credit union trust federal fcu financial sparkasse "
    "cooperativa caja"
)
# Words of headings and labels: a line with one is no bank's name ("Bank Statement").
_HEADING_WORDS = word_set(
    "statement account accounts summary transactions transaction continued page balance your "
    "period customer service deposit deposits withdrawals member date pay order memo dollars "
    "routing number tax income withheld wages interest dividends card agent"
)


def account_candidates(
    layouts: Sequence[PageLayout], check_bottom: float | None = None
) -> Iterator[Candidate]:
    """`check_bottom`: where the first page's check ends (the top of its MICR line), if it
    holds one: its bank is the one printed on the check, not on a statement over it."""
    if not layouts:
        return
    first = layouts[0]
    yield from _bank_name(first, check_bottom)
    yield from _holders(first)
    yield from _account_type(first)


def _words(text: str) -> set[str]:
    return {w.strip(".,:;()&'").lower() for w in text.split()} - {""}


# Compounds that end in a word of the trade name banks too ("Volksbank", "Stadtsparkasse").
_BANK_ENDINGS = ("bank", "sparkasse")


def _trade_words(words: set[str]) -> set[str]:
    return {w for w in words if w in _BANK_WORDS or w.endswith(_BANK_ENDINGS)}


# "Issued by First Harbor Bank, Member FDIC": the bank behind a card programme's brand.
_ISSUED_BY = re.compile(r"^(?:[\w ]{0,30}\s)?issued by (?:the )?(?P<name>[^,;(]+)", re.IGNORECASE)


# A check is at most this tall (page heights of a letter page: 3.5 inches).
CHECK_HEIGHT = 3.5 / 11


def _bank_name(layout: PageLayout, check_bottom: float | None) -> Iterator[Candidate]:
    phrases = list(layout.phrases())
    if check_bottom is not None:
        on_check = [p for p in phrases if check_bottom - CHECK_HEIGHT <= p.box.top < check_bottom]
        yield from _best_bank_name(on_check) or _best_bank_name(phrases)
        return
    yield from _best_bank_name(phrases)


def _best_bank_name(phrases: Iterable[Phrase]) -> list[Candidate]:
    """The bank's name among the phrases: a phrase with a bank's trade word, bigger type first,
    then nearer the top; "issued by" a bank first of all."""
    best: tuple[float, Phrase] | None = None
    for phrase in phrases:
        issued = _ISSUED_BY.match(phrase.text)
        if issued is not None and _trade_words(_words(issued["name"])):
            span = words_in_span(phrase.words, issued.start("name"), issued.end("name"))
            name, page = issued["name"].strip(), phrase.page_index
            return [make(BANK_NAME, [span], page, Source.PATTERN, ISSUER_BANK_PRIOR, value=name)]
        text = phrase.text
        words = _words(text)
        trade = _trade_words(words)
        if not trade or words & _HEADING_WORDS or len(words) > MAX_WORDS:
            continue
        if not words - trade or any(currency_code(w.text) for w in phrase.words):
            continue  # "CREDIT", "Savings", a column's "Credit EUR": no bank's name
        if not looks_like_name(text) or ":" in text or any(c.isdigit() for c in text):
            continue
        # Bigger type first, then nearer the top.
        score = phrase.height_pt - 10 * phrase.box.top
        if best is None or score > best[0]:
            best = (score, phrase)
    if best is None:
        return []
    phrase = best[1]
    return [make(BANK_NAME, [phrase.words], phrase.page_index, Source.PATTERN, BANK_PRIOR)]


# A statement titled by its account's type: "Savings Statement", "Premier Checking Account
# Statement", "Money Market Account", "CHECKING SUMMARY"; or, for the common types, by the type
# alone ("Interest Checking"); either may end with the account's number ("CHECKING XXXXXX2348",
# "Savings Account # 4410").
_NUMBER_AFTER = r"(?:\s+(?:no\.?|number|#|n[°º]|№)?\s*[X*•.\d-]*\d{2,}[\d-]*)?"
_TYPE_TITLE = re.compile(
    r"^(?:(?:your|the|my|this)\s+)?"
    r"(?P<type>(?:(?-i:[A-Z])[\w-]*\s+){0,2}?(?:checking|savings|money\s+market|current|share"
    r"|brokerage|credit\s+card|certificate|deposit|investment|loan))"
    rf"(?:\s+account\s+statement|\s+account|\s+statement|\s+summary){_NUMBER_AFTER}"
    r"(?:\s+[-\u2013:]\s+[\w\s]+)?$",  # "PASSBOOK SAVINGS ACCOUNT - TRANSACTION RECORD"
    re.IGNORECASE,
)
_TYPE_ALONE = re.compile(
    rf"^(?P<type>(?:(?-i:[A-Z])[\w-]*\s+){{0,2}}?(?:checking|savings|money\s+market))"
    rf"{_NUMBER_AFTER}$",
    re.IGNORECASE,
)
# The common types in French, Spanish, Italian, Portuguese and German: "Compte courant N° 68154",
# "Cuenta corriente", "Cuenta de cheques" (Mexico's checking account), "Girokonto".
_TYPE_FOREIGN = re.compile(
    r"^(?P<type>(?:compte|cuenta|conto|conta)\s+(?:courant|(?:de\s+)?ch[eè]ques?|d'[ée]pargne"
    r"|de\s+d[ée]p[ôo]ts?|corriente|de\s+ahorros?|corrente|poupan[çc]a"
    r"|(?:\s*(?-i:[A-ZÁÉÍÓÚÂÊÔÇ][a-záéíóúâêôçñ])[\w-]*){1,3})"  # "Cuenta Ahorro Plus"
    r"|girokonto|sparkonto|tagesgeldkonto)"
    rf"{_NUMBER_AFTER}$",
    re.IGNORECASE,
)
# An account's own name over its activity, with its masked number: "Spending Account •••• 9476".
_TYPE_MASKED = re.compile(r"^(?P<type>(?:[A-Z][\w-]*\s+){1,2}Account)\s+[X*•]{2,}[-\s]?\d{2,}$")


_TYPE_PATTERNS = (_TYPE_TITLE, _TYPE_ALONE, _TYPE_MASKED, _TYPE_FOREIGN)


def _account_type(layout: PageLayout) -> Iterator[Candidate]:
    """The account's type where only a title names it ("Savings Statement"); a printed label
    ("Account Type: Savings") is trusted more."""
    for phrase in layout.phrases():
        if phrase.box.top > TOP_ZONE:
            continue
        text = phrase.text
        match = next((m for p in _TYPE_PATTERNS if (m := p.match(text))), None)
        if match is None:
            continue
        words = words_in_span(phrase.words, match.start("type"), match.end("type"))
        yield make(ACCOUNT_TYPE, [words], phrase.page_index, Source.PATTERN, TYPE_PRIOR)


def _holders(layout: PageLayout) -> Iterator[Candidate]:
    for row in layout.rows:
        for phrase in row:
            if phrase.box.top > TOP_ZONE or not _street(phrase.text):
                continue
            name = _name_above(layout, phrase)
            if name is None:
                continue
            for _ in range(JOINT_NAMES):
                first = _name_above(layout, name)
                if first is None or len(first.words) < 2 or not similar_print(first, name):
                    break
                name = first  # "PATRICIA KING" over "KAREN KING (JOINT)": the first holder
            page = name.page_index
            own = without_title(name.words)
            yield make(ACCOUNT_HOLDER, [own], page, Source.PATTERN, HOLDER_PRIOR)
            family = _name_above(layout, name)
            if family is not None and len(family.words) == 1:
                # An identity card's family name over its given names ("LOPEZ" over "KAREN"):
                # one name of two lines, family name first (`derive` splits it so).
                lines = [family.words, name.words]
                yield make(ACCOUNT_HOLDER, lines, page, Source.PATTERN, HOLDER_PRIOR)


def _street(text: str) -> bool:
    """A street line: starts with a house number, a flat's number or a P.O. box and reads as
    an address."""
    head = text.split()[0] if text.split() else ""
    leads = (
        head[:1].isdigit()
        or head.lower().startswith("p")
        or UNIT_NUMBER.match(text)
        or STREET_FIRST.match(text)
    )
    return looks_like_address(text) and bool(leads)


def _name_above(layout: PageLayout, street: Phrase) -> Phrase | None:
    """The left-aligned name-like line right above a street line (or above a name line); rows
    of text elsewhere across the page (a notice beside the address) are passed over."""
    row = street.row - 1
    while row >= 0 and not any(across(p, street) for p in layout.rows[row]):
        row -= 1
    if row < 0:
        return None
    tolerance = 2 * street.height_pt / layout.page.width_pt
    for above in layout.rows[row]:
        text = above.text
        if abs(above.box.left - street.box.left) > tolerance:
            continue
        if _ID_LINE.match(text) or ATTENTION.match(text):
            # "Shopper ID: S-8220151" or "Attn: Sarah Hall" between the name and the street:
            # the name is over it
            return _name_above(layout, above)
        if layout.vgap_pt(above, street) > 1.2 * max(above.height_pt, street.height_pt):
            continue
        if above.height_pt > LETTERHEAD_SCALE * street.height_pt and _one_line(layout, street):
            continue  # a name in bigger type over its address on one line: a letterhead
        words = _words(text)
        if (
            not looks_like_name(text)
            or len(words) > MAX_WORDS
            or ":" in text
            or words & _BANK_WORDS
            or words & _HEADING_WORDS
            or looks_like_address(text)
            or CONTACT.search(text)
            or parse_date(text) is not None
            or any(c.isdigit() for c in text)
        ):
            continue
        return above
    return None


# A "label: number" line in a mailing block ("Employee ID: 50638", "Member No: 2231").
_ID_LINE = re.compile(r"^[^\W\d_][\w .'#-]{0,30}:\s*\S*\d[\w-]*$")


def _one_line(layout: PageLayout, street: Phrase) -> bool:
    """Whether a street line runs on to the town: a ZIP code on it or in the phrase after it
    on its row (a separator "·" parts the phrases)."""
    after = run_on(layout, street, TOWN_REACH)[:1]
    return any(_ZIP_END.search(p.text) for p in (street, *after))


# How far (line heights) the town may run on after the street along its line.
TOWN_REACH = 2.0


_ZIP_END = re.compile(r"\b\d{5}(?:-\d{4})?$")
