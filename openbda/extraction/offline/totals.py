"""The amount paid on a receipt: the final total among the many total-like amounts it prints.

A receipt prints a subtotal, a total before and after tax, a rounding adjustment, the total
after rounding, then the payment: cash tendered and change, or a card. The amount paid is the
last total-labelled amount before the payment lines (the total after rounding when there is
one), never the cash tendered or the change; totals printed after the payment (a tax summary's)
are not it. When the receipt prints cash and change, cash - change names the total outright.

The amount before tax is the one the tax lines under it make up to the total, whatever its
label calls it ("Total Net Amount", "Goods", "Merchandise"): the sum names it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from openbda.document.model import Word
from openbda.extraction.offline.candidates import Candidate, Source, make
from openbda.extraction.offline.layout import PageLayout, Phrase
from openbda.extraction.offline.shapes import thousands_from
from openbda.extraction.offline.text import tokens
from openbda.extraction.values import parse_number

# The final total is trusted above a printed "Total" label's match (prior 0, and a closer
# cosine than the pseudo-label's): the label alone cannot tell a subtotal from the amount paid.
FINAL_TOTAL_PRIOR = 0.6
# cash - change within this of a total's amount confirms it.
_CENT = 0.005
# The amount before tax, confirmed by the sum, is trusted like a printed label's match, a little
# more: its label ("Net Amount", "Goods") may say nothing of a subtotal.
BEFORE_TAX_PRIOR = 0.2
# The amount before charges that are no tax (freight, insurance), or the total itself printed
# twice: trusted as a label's match, no more (a printed "Subtotal" may sum the charges too).
BEFORE_CHARGES_PRIOR = 0.0
# How many rows over the total the amount before tax and its taxes may take.
_SUM_ROWS = 6
# India's GST comes as CGST and SGST (or IGST, UTGST) lines.
_TAX = re.compile(r"\b(?:tax|vat|[csi]?gst|utgst|hst|pst|qst|sst|iva|mwst|tva)\b", re.IGNORECASE)

_TOTAL = re.compile(
    r"\b(?:t[o0]ta[l1i]|t[o0]t[l1i]|tl|grand|nett?|amount\s+due|amt\s+due|due|payable|jumlah|to\s+pay)\b",
    re.IGNORECASE,
)
# Not the amount paid: a subtotal, a discount, a count or a weight, tax alone; a gross amount
# (before deductions) or a year-to-date one ("Total Gross Pay TD" on a payslip).
_NOT_FINAL = re.compile(
    r"\b(?:sub|subtota[l1i]|excl?|exclusive|excluding|before|disc|discount|saving|savings|qty|"
    r"quantity|items?|count|pcs|pieces|weight|tax\s+amount|gst\s+amount|total\s+gst|"
    r"total\s+tax|gst\s+payable|adjustment|adj|service|point|points|gross|ytd|td|to\s+date)\b"
    r"|sub-?\s*t",
    re.IGNORECASE,
)
_TO_DATE = re.compile(r"\b(?:ytd|to\s+date)\b", re.IGNORECASE)
# A phrase of this many letters before an amount is its label (fewer: a currency code, "x 2").
_OWN_LABEL_LETTERS = 4
_AFTER = re.compile(r"\b(?:after|rounded|round(?:ing)?\s+total|nett|grand)\b", re.IGNORECASE)
_PAYMENT = re.compile(
    r"\b(?:cash|change|tender(?:ed)?|paid|payment|card|visa|master(?:card)?|credit|debit|"
    r"balance|refund|baki|tunai)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"\b(?:change|baki|balance)\b", re.IGNORECASE)
_CASH = re.compile(r"\b(?:cash|tunai|tender(?:ed)?|paid)\b", re.IGNORECASE)
# An amount, with a currency sign or code before and a tax code of one or two letters after
# (thousands grouped by threes, "28.261,00" and "12'345.60" too, or in lakhs and crores:
# "8,44,060.82"); in parentheses, an amount taken off ("($349.09)", a payment on an invoice).
_AMOUNT = re.compile(
    r"^(\()?(?:[A-Z]{2,3}|[$€£¥₹])?\s*"
    r"(-?(?:\d{1,3}(?:[,.']\d{3})*|\d{1,2}(?:,\d{2})+,\d{3})[.,]\d{2})"
    r"(?(1)\))(?:[A-Z]{1,2})?$"
)


@dataclass(frozen=True, slots=True)
class _Row:
    label: str
    amount: float | None
    words: tuple[Word, ...] | None  # the amount's words ("2 172,50" is two)
    page_index: int
    last: float | None = None  # the row's last amount, also where `amount` is unsure
    last_words: tuple[Word, ...] | None = None
    last_label: str = ""  # the phrase before that amount
    own: str = ""  # what says whether the amount is a total: that phrase, or else the label


def final_total(
    layouts: Sequence[PageLayout], label: str, subtotal_label: str
) -> Iterator[Candidate]:
    """The amount paid as a candidate under `label`, when the rows show one; and under
    `subtotal_label` the amount before tax that the tax lines after it make up to it."""
    rows = [row for layout in layouts for row in _rows(layout)]
    chosen = _choose(rows)
    if chosen is None or chosen.words is None:
        return
    yield make(label, [list(chosen.words)], chosen.page_index, Source.PATTERN, FINAL_TOTAL_PRIOR)
    found = _before_tax(rows[: rows.index(chosen)], chosen.amount or 0.0)
    words = found[0].last_words if found is not None else None
    if found is not None and words is not None:
        prior = BEFORE_TAX_PRIOR if found[1] else BEFORE_CHARGES_PRIOR
        yield make(subtotal_label, [list(words)], found[0].page_index, Source.PATTERN, prior)


def _before_tax(rows: Sequence[_Row], total: float) -> tuple[_Row, bool] | None:
    """The nearest row over the total whose amount plus the rows between them make the total
    ("Total Net Amount 12,498.51", "Total VAT Amount 2,499.70", "TOTAL PAYABLE 14,998.21";
    "TOTAL FOB VALUE 71,170.74", "Ocean freight 3,601.86", "Insurance 249.10", "TOTAL
    INVOICE VALUE 75,021.70"): the amount before tax and charges, whatever its label calls it,
    and whether a tax is among the rows between. Without one, the row must say it is a total
    (an item's amount plus the next item's make no subtotal). The total printed again between
    (an "Invoice Total" over a stub's "Amount Due") adds nothing; a total printed twice with
    nothing else over it that sums to it is its own subtotal. Each row counts with its last
    amount (a tax analysis beside the totals may share their rows)."""
    nearest = range(len(rows) - 1, max(-1, len(rows) - 1 - _SUM_ROWS), -1)
    for k in nearest:
        between = [r for r in rows[k + 1 :] if r.last and abs(r.last - total) >= _CENT]
        amount = rows[k].last
        if not amount or not between or _TAX.search(rows[k].last_label) or amount >= total:
            continue
        taxed = any(_TAX.search(r.last_label) for r in between)
        if not taxed and not _TOTAL.search(rows[k].own or rows[k].label):
            continue
        if abs(amount + sum(r.last or 0.0 for r in between) - total) < _CENT:
            return rows[k], taxed
    for k in nearest:
        last = rows[k].last
        if last is not None and abs(last - total) < _CENT and _TOTAL.search(rows[k].own):
            return rows[k], False
    return None


def amount_of(text: str) -> float | None:
    """The amount a word prints ("RM15.90", "15.90SR", "$8.20", "(-)0.24"), or None."""
    text = text.strip()
    sign = _SIGN.match(text)
    if sign is not None:
        text = text[sign.end() :]  # "(-)0.24": an Indian invoice's rounding taken off
    match = _AMOUNT.match(text)
    if match is None:
        return None
    number = parse_number(match.group(2))
    if not isinstance(number, int | float):
        return None
    negative = bool(match.group(1)) != (sign is not None and sign[0] == "(-)")
    return -float(number) if negative else float(number)


_SIGN = re.compile(r"^\([-+]\)")


def _rows(layout: PageLayout) -> Iterator[_Row]:
    """Each row as its label (the words that are no amount) and its last amount; a label row
    without an amount takes the amount under it: alone on the row under it, or the last of a
    row of values under a row of labels, when no table row follows (a table's body). Rows
    under a year-to-date heading alone on its row ("Year to date (2023)"), up to the next row
    without amounts, are labelled with it."""
    pending: str | None = None
    to_date = ""
    amounts_of = [_amounts(row) for row in layout.rows]
    for i, row in enumerate(layout.rows):
        words = [w for phrase in row for w in phrase.words]
        amounts = amounts_of[i]
        in_amounts = {id(w) for group, _ in amounts for w in group}
        label = " ".join(
            w.text for w in words if amount_of(w.text) is None and id(w) not in in_amounts
        )
        if not amounts:
            to_date = label if len(row) == 1 and _TO_DATE.search(label) else ""
        label = f"{to_date} {label}".strip()
        near = _label_before(row, amounts[-1][0]) if amounts else ""
        several = len({a for _, a in amounts}) > 1
        if several and (_TOTAL.search(label) or _PAYMENT.search(label)):
            # Several amounts on a total's row (this period's and the year's): not one total.
            last_words, last = amounts[-1]
            yield _Row(label, None, None, layout.page.index, last, last_words, near)
            pending = None
        elif amounts:
            amount_words, amount = amounts[-1]
            body = several and i + 1 < len(amounts_of) and _same_table(layout, i, amounts_of)
            own = label
            if pending and not body and not _TOTAL.search(label) and not _PAYMENT.search(label):
                label = own = f"{pending} {label}".strip()
            elif sum(c.isalpha() for c in near) >= _OWN_LABEL_LETTERS:
                # The phrase before the amount says whether it is a total, not a column of
                # other text on its row ("Total net weight: 7,823.1 kg   Insurance  249.10").
                own = f"{to_date} {near}".strip()
            yield _Row(
                label, amount, amount_words, layout.page.index, amount, amount_words, near, own
            )
            pending = None
        else:
            pending = label if _TOTAL.search(label) or _PAYMENT.search(label) else None


def _same_table(layout: PageLayout, i: int, amounts_of: Sequence[Sequence[object]]) -> bool:
    """Whether the row after row `i` carries on a table: several amounts, or as many phrases
    (a day without sales prints "-" in each column)."""
    rows = layout.rows
    return len(amounts_of[i + 1]) > 1 or len(rows[i + 1]) == len(rows[i])


def _amounts(row: Sequence[Phrase]) -> list[tuple[tuple[Word, ...], float]]:
    """The row's amounts, each with its words: one word, or the groups of an amount whose
    thousands are set apart by spaces ("2 172,50 €")."""
    out = []
    for phrase in row:
        texts = [w.text for w in phrase.words]
        for k, text in enumerate(texts):
            amount = amount_of(text)
            if amount is None:
                continue
            start = thousands_from(texts, k)
            if start < k:
                thousands = int("".join(texts[start:k]))
                amount = math.copysign(thousands * 1000 + abs(amount), amount)
            out.append((tuple(phrase.words[start : k + 1]), amount))
    return out


def _label_before(row: Sequence[Phrase], amount: tuple[Word, ...]) -> str:
    """The words before an amount in its phrase, or else the phrase before it on the row."""
    ids = {id(w) for w in amount}
    for at, phrase in enumerate(row):
        if any(id(w) in ids for w in phrase.words):
            own = [w.text for w in phrase.words if id(w) not in ids and amount_of(w.text) is None]
            if own or at == 0:
                return " ".join(own)
            return row[at - 1].text
    return ""


def _is_total(row: _Row) -> bool:
    label = row.own or row.label
    return bool(_TOTAL.search(label)) and not _NOT_FINAL.search(label)


def _choose(rows: Sequence[_Row]) -> _Row | None:
    totals = [
        i
        for i, row in enumerate(rows)
        if _is_total(row) and (row.amount or 0) > 0 and not _closes_section(rows, i)
    ]
    if not totals:
        return None
    paid = _cash_less_change(rows, totals[0])
    if paid is not None:
        confirmed = [i for i in totals if abs((rows[i].amount or 0) - paid) < _CENT]
        if confirmed:
            return rows[confirmed[-1]]
        # An unlabelled (or misread) amount between the totals and the payment.
        unlabelled = [
            i
            for i in range(totals[0], len(rows))
            if not _PAYMENT.search(rows[i].label) and abs((rows[i].amount or 0) - paid) < _CENT
        ]
        if unlabelled:
            return rows[unlabelled[0]]
    payment = next(
        (
            i
            for i, row in enumerate(rows)
            if i > totals[0] and _PAYMENT.search(row.label) and not _is_total(row)
        ),
        len(rows),
    )
    before = [i for i in totals if i < payment]
    after = [i for i in before if _AFTER.search(rows[i].label)]
    return rows[(after or before)[-1]]


# A total with this many rows of other amounts after it and no payment closes a section, not
# the document ("Week total" of a pay statement's days over its earnings and deductions); a
# receipt's tax summary comes after its payment.
LATER_AMOUNTS = 3


def _closes_section(rows: Sequence[_Row], at: int) -> bool:
    later = rows[at + 1 :]
    if any(_PAYMENT.search(row.label) for row in later):
        return False
    # Rows labelled by a code alone (a tax analysis by HSN code after an Indian invoice's
    # total) are no section's.
    amounts = [
        r
        for r in later
        if r.last is not None
        and not _is_total(r)
        and not _TAX.search(r.label)
        and any(ch.isalpha() for ch in r.label)
    ]
    return len(amounts) >= LATER_AMOUNTS


def _cash_less_change(rows: Sequence[_Row], start: int) -> float | None:
    """cash tendered - change given, from the rows after the first total."""
    cash = change = None
    for row in rows[start + 1 :]:
        if row.amount is None or _is_total(row):
            continue
        if change is None and _CHANGE.search(row.label):
            change = row.amount
        elif cash is None and _CASH.search(row.label):
            cash = row.amount
    if cash is None or change is None or change > cash:
        return None
    return round(cash - change, 2)


# A labelled amount printed several times whose sum a "Total ..." of the same label prints is a
# part of that total: trusted this much less than a label's match.
PART_OF_TOTAL_PRIOR = -0.5


def parts_of_totals(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, with the amounts of a label printed more than once ("TIP 13.18", "TIP
    9.88" under a split check's two payments) made less likely than the total of them that the
    page prints ("TOTAL TIPS 23.06"): a field asking for the tip wants the sum."""
    by_label: dict[tuple[str, ...], list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        if candidate.parent is None and candidate.source is not Source.PATTERN:
            by_label[tokens(candidate.label)].append(candidate)
    parts: set[int] = set()
    for label, group in by_label.items():
        amounts = {id(c.words[0]): amount_of(c.value) for c in group if len(c.words) == 1}
        if not label or "total" in label or len(amounts) < 2 or None in amounts.values():
            continue
        total = sum(a for a in amounts.values() if a is not None)
        named = {"total", *label}
        if any(
            set(totals) == named and any(abs((amount_of(t.value) or 0) - total) < _CENT for t in c)
            for totals, c in by_label.items()
        ):
            parts.update(id(c) for c in group)
    return [
        replace(c, prior=c.prior + PART_OF_TOTAL_PRIOR) if id(c) in parts else c for c in candidates
    ]
