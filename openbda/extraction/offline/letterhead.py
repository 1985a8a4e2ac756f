"""The issuer's letterhead at the top of a receipt or bill: its name and the address under it.

A shop prints its header the same way everywhere: the business name in the first prominent
printed line(s), often with its registration number ("(123456-X)", "Co. No. 113825-W") on the
same or the next line, then the address lines, then the phone, fax and tax registration lines.
Scanned receipts add noise above it: handwritten notes (lower-case words, low OCR confidence),
logos read as a few letters, a store code.

- The name: the first line that ends in a legal form ("SDN BHD", "LTD", "S/B", "ENTERPRISE")
  with the line above when that line holds little more than the legal form ("POPULAR BOOK" /
  "CO. (M) SDN BHD"); without one, the first printed name-like line, with the next when it
  continues it (an "&" at the end, the same type size); a trailing registration number is
  not part of it. A name is printed above its address: when an address line comes first (the
  name was a logo), there is no name to read.
- The address: the lines after the name (registration lines skipped) up to the first contact,
  tax, date or document-title line, joined as printed on one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from openbda.document.model import Word
from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.layout import PageLayout
from openbda.extraction.offline.shapes import (
    CONTACT,
    address_score,
    addressee,
    looks_like_name,
    looks_like_phone,
)
from openbda.extraction.offline.text import word_set
from openbda.extraction.values import parse_date

# The letterhead is looked for in this top share of the first page.
HEADER_ZONE = 0.45
# The most lines of an address block.
MAX_ADDRESS_LINES = 6
# An address's next line is at most this many line heights under the last (further down is the
# document's title or body, "FACTURE N° F2023-3012" well under "69003 Lyon").
ADDRESS_GAP = 2.0
# The widest gap (page widths) between the parts of a one-line letterhead.
BESIDE_GAP = 0.05
# Lines read with a mean OCR confidence under this are noise (handwriting, stamps).
MIN_LINE_CONFIDENCE = 0.5
# A label before the name ("Owned by:") has at most this many words.
MAX_LABEL_WORDS = 3
# Letterhead values are trusted above the generic unlabelled finders' (`patterns`).
LETTERHEAD_PRIOR = 0.05

# Legal forms that end a business name, lower-case without dots.
_LEGAL = word_set(
    "sdn bhd berhad s/b sb ltd limited llc llp inc incorporated corp corporation plc gmbh pte "
    "co company enterprise enterprises trading ltda sa srl spa sas sarl ab oy bv nv ag kg"
)
# Words that may stand next to a legal form without making the line a name of its own.
_LEGAL_FILLERS = word_set("(m) m (malaysia) &")
# OCR reads a registration number's hyphen ("519537-X") as any of these.
_DASH = r"\-" + "\u00b7\u2010\u2013\u2014"
_REGISTRATION = re.compile(
    rf"\(?\b(?:co\.?|company|reg|roc|br|business|registration)\b[^()]*?\(?\d[\w{_DASH}]*\)?|"
    rf"\(?\b[\dA-Z]*\d{{5,}}[\dA-Z]*[{_DASH}][A-Z]\b\)?|\(\s*\d{{5,}}[^()]*\)",
    re.IGNORECASE,
)
_TRAILING_REGISTRATION = re.compile(rf"\s*\(?[\w{_DASH}]*\d{{4,}}[\w{_DASH}]*\)?\s*$")
# Words that name the kind of document rather than who issued it: a title ("TAX INVOICE",
# "COMMERCIAL INVOICE") is no issuer's name and opens no letterhead.
TITLE_WORDS = word_set(
    "invoice tax receipt bill statement order quotation quote credit note debit delivery "
    "commercial proforma pro forma payslip pay slip stub form application certificate licence "
    "license official copy original duplicate cash sales simplified payment advice remittance "
    "guest check warrant voucher and for of the "
    # the same in the languages of the glossary
    "rechnung facture factura fattura fatura faktura factuur nota fiscal quittung recibo "
    "ricevuta kvitto"
)
_GLUED_TITLES = frozenset({"taxinvoice", "cashbill", "guestcheck", "officialreceipt", "cashsales"})
# A house or unit number opening an address line ("NO. 8", "Lot 2", "K3-113", "B-12").
_HOUSE = re.compile(r"^\s*(?:no\.?|lot|unit|level)?\s*[#:,]?\s*(?:[a-z]{1,2}-?)?\d", re.IGNORECASE)
_REGISTRATION_WORD = re.compile(rf"^\(?[\dA-Z]*\d{{5,}}[\dA-Z]*[{_DASH}][A-Z]\)?$")
_POSTCODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_COUNTRY_AT_END = re.compile(
    r"\b(?:malaysia|singapore|indonesia|thailand|philippines|vietnam|india|china|hong kong|"
    r"japan|australia|new zealand|canada|mexico|usa|u\.s\.a\.?|united states(?: of america)?|"
    r"uk|u\.k\.|united kingdom|england|ireland|france|germany|spain|italy|netherlands|"
    r"belgium|switzerland|austria|portugal|south africa|brazil)\W*$",
    re.IGNORECASE,
)
_TAX_IDS = re.compile(r"\b(?:gst|sst|vat|tin|abn|ein)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Line:
    words: tuple[Word, ...]
    height: float
    left: float
    right: float
    top: float  # in points, as the height

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def letterhead_candidates(
    layout: PageLayout, name_label: str, address_label: str
) -> Iterator[Candidate]:
    """The issuer's name and address as candidates, under the given pseudo-labels."""
    lines = _header_lines(layout)
    name_at = _name_lines(lines)
    page = layout.page.index
    stop = 0
    if name_at is not None:
        start, stop = name_at
        name_words = [w for line in lines[start:stop] for w in line.words]
        name_words = _without_label(_without_registration(name_words))
        if name_words:
            yield make(name_label, [name_words], page, Source.PATTERN, LETTERHEAD_PRIOR)
    rest = lines[stop:]
    address: list[_Line] = []
    if name_at is not None:
        named = lines[name_at[0] : name_at[1]]
        # A one-line letterhead ("Name · Street · Town") prints the address beside the name.
        address = _address_lines(_beside(named[-1], rest))
        left, right = min(x.left for x in named), max(x.right for x in named)
        rest = [line for line in rest if _overlaps(line, left, right)]
    address = address or _address_lines(rest)
    if address:
        value_words = [w for line in address for w in line.words]
        candidate = make(address_label, [value_words], page, Source.PATTERN, LETTERHEAD_PRIOR)
        yield candidate


def _header_lines(layout: PageLayout) -> list[_Line]:
    """The phrases of the top of the page in reading order, noise left out."""
    out = []
    points = layout.page.height_pt
    for row in layout.rows:
        if row[0].box.top > HEADER_ZONE:
            break
        for phrase in row:
            if phrase.words and not _is_noise(phrase.words):
                box = phrase.box
                line = _Line(phrase.words, phrase.height_pt, box.left, box.right, box.top * points)
                out.append(line)
    return out


def _beside(line: _Line, lines: Sequence[_Line]) -> list[_Line]:
    """The phrases that carry on `line` to its right on its row, each close to the last."""
    out = [line]
    for other in sorted(lines, key=lambda x: x.left):
        close = 0 <= other.left - out[-1].right <= BESIDE_GAP
        if close and _same_row(other, line):
            out.append(other)
    return out[1:]


def _same_row(line: _Line, other: _Line) -> bool:
    return abs(line.top - other.top) < 0.5 * max(line.height, other.height)


def _overlaps(line: _Line, left: float, right: float) -> bool:
    """Whether a line shares some of the horizontal span [left, right] (the name's column)."""
    return min(line.right, right) > max(line.left, left)


def _is_noise(words: Sequence[Word]) -> bool:
    """Handwriting and stamps: every word lower-case, or a low mean OCR confidence."""
    letters = [w.text for w in words if any(c.isalpha() for c in w.text)]
    if not letters:
        return False
    if all(next(c for c in t if c.isalpha()).islower() for t in letters):
        return True
    return sum(w.confidence for w in words) / len(words) < MIN_LINE_CONFIDENCE


def _folded(text: str) -> list[str]:
    return [w.strip(".,:;").lower() for w in text.split() if w.strip(".,:;")]


def _legal_form(text: str) -> bool:
    """Whether a line ends in a legal form (after any registration number)."""
    words = _folded(_TRAILING_REGISTRATION.sub("", text))
    if not words:
        return False
    last = words[-1].replace(".", "")
    return last in _LEGAL or words[-1] in _LEGAL


def _mostly_legal(text: str) -> bool:
    """A line that is little more than a legal form ("SDN BHD", "CO. (M) SDN BHD")."""
    words = [w.replace(".", "") for w in _folded(_TRAILING_REGISTRATION.sub("", text))]
    rest = [w for w in words if w not in _LEGAL and w not in _LEGAL_FILLERS]
    return len(rest) <= 1 and len(words) > len(rest)


def _stops(text: str) -> bool:
    """A contact, tax, date or title line: the letterhead's name and address are above it."""
    return bool(
        CONTACT.search(text)
        or _TAX_IDS.search(text)
        or parse_date(text) is not None
        or _is_title(text)
    )


def _is_registration(text: str) -> bool:
    """A line that is only a registration number."""
    rest = _REGISTRATION.sub("", text).strip(" .,:;()")
    return bool(_REGISTRATION.search(text)) and sum(c.isalpha() for c in rest) < 3


# A web address or a shop's slogan ("THANK YOU FOR SHOPPING WITH myNEWS.com") above the name:
# passed over, not taken for the name, and no stop (the name and address may follow).
_WEB_OR_SLOGAN = re.compile(
    r"\b[\w-]+\.(?:com|net|org|biz|info)(?:\.[a-z]{2})?\b|\bshopping\s+with\b|\bthank\s*you\b",
    re.IGNORECASE,
)


def _name_like(line: _Line) -> bool:
    text = _TRAILING_REGISTRATION.sub("", line.text)
    return (
        looks_like_name(text)
        and sum(c.isalpha() for c in text) >= 3
        and not _stops(text)
        and not _is_registration(line.text)
        and not _WEB_OR_SLOGAN.search(text)
        and not addressee(line.words)
    )


def _name_lines(lines: Sequence[_Line]) -> tuple[int, int] | None:
    """Where the name is among the header lines: [start, stop)."""
    first: int | None = None
    for i, line in enumerate(lines):
        if _stops(line.text):
            break
        if not _name_like(line):
            if address_score(line.text) >= 1.0:
                break  # the address has begun: a name-like line under it is a town
            continue
        if _legal_form(line.text):
            if i > 0 and _mostly_legal(line.text) and _name_like(lines[i - 1]):
                return i - 1, i + 1
            return i, i + 1
        if first is None:
            first = i
    if first is None:
        return None
    stop = first + 1
    if stop < len(lines) and _continues(lines[first], lines[stop]):
        stop += 1
    return first, stop


def _continues(line: _Line, following: _Line) -> bool:
    """The next line carries on a name: the first ends in "&", or the two share a type size
    and the next is no address nor registration."""
    if not _name_like(following) or address_score(following.text) >= 1.0:
        return False
    if line.text.rstrip().endswith("&"):
        return True
    if _same_row(line, following) and following.left - line.right > BESIDE_GAP:
        return False  # a title far across the name's line ("FAKTURA") is no more of it
    return abs(line.height - following.height) <= 0.12 * max(line.height, following.height)


def _without_registration(words: list[Word]) -> list[Word]:
    """The name's words without a registration number printed after it."""
    while len(words) > 1 and _TRAILING_REGISTRATION.fullmatch(" " + words[-1].text):
        if not any(c.isdigit() for c in words[-1].text):
            break
        words = words[:-1]
    return words


def _without_label(words: list[Word]) -> list[Word]:
    """The name without a short label printed before it ("Owned by: ...", "Dimiliki: ...")."""
    for i, word in enumerate(words[:MAX_LABEL_WORDS]):
        if word.text.endswith(":") and i + 1 < len(words):
            label = " ".join(w.text for w in words[: i + 1])
            if not any(c.isdigit() for c in label):
                return words[i + 1 :]
    return words


def _address_lines(lines: Sequence[_Line]) -> list[_Line]:
    """The address under the name: it starts at the first address-like line (registration,
    tax and branch-name lines before it skipped) and runs to the first contact, phone, tax,
    registration, date or title line; a line without digits or address words after the
    postcode (a branch name) is not part of it."""
    out: list[_Line] = []
    for line in lines:
        text = line.text
        if _is_title(text):
            break
        if not out:
            if _is_registration(text):
                continue  # "Reg No: 1203194-W" under the name
            if CONTACT.search(text) and not _TAX_IDS.search(text):
                break
            if _label_line(text) or _stops(text) or _is_registration(text):
                continue
            if sum(c.isalpha() for c in text) < 3:
                continue
            if address_score(text) < 1.0 and not _HOUSE.match(text):
                continue
        elif _is_registration(text):
            continue  # a registration number printed beside the address
        elif not _overlaps(line, out[0].left, out[0].right) and not _same_row(line, out[-1]):
            continue  # another column (the document's number box beside a logo's address)
        elif (
            _stops(text)
            or _REGISTRATION.search(text)
            or _label_line(text)
            or (sum(c.isalpha() for c in text) < 3 and not _POSTCODE.search(text))
            or (looks_like_phone(text) and address_score(text) < 1.0)
            or len(out) >= MAX_ADDRESS_LINES
            or line.top - (out[-1].top + out[-1].height) > ADDRESS_GAP * out[-1].height
        ):
            break
        words = tuple(w for w in line.words if not _REGISTRATION_WORD.match(w.text))
        out.append(_Line(words, line.height, line.left, line.right, line.top))
        if _COUNTRY_AT_END.search(text):
            break  # the country closes an address; a branch name may follow
    if not out or max(address_score(line.text) for line in out) < 1.0:
        return []
    return out


def _is_title(text: str) -> bool:
    """A document title ("TAX INVOICE", "-INVOICE-", "TAXINVOICE")."""
    letters = "".join(c for c in text.lower() if c.isalpha())
    words = {w for w in re.split(r"[^a-z]+", text.lower()) if w}
    return bool(words) and (words <= TITLE_WORDS or letters in _GLUED_TITLES)


def _label_line(text: str) -> bool:
    """A "Label: value" line other than "No: 28, ..."."""
    head, colon, _ = text.partition(":")
    head = head.strip(" .")
    short = len(head.split()) <= 3 and not any(c.isdigit() for c in head)
    return bool(colon) and short and head.lower() not in {"no", "lot"}
