"""Words of field names, instructions and labels: humanised, tokenised, compared.

Field names are code (``VENDORADDRESS``, ``PayPeriodStartDate``, ``unit_price``); labels are
print (``Inv. No.``, ``Qty``). Both are reduced to lower-case content words with the common
abbreviations of business documents spelled out, so that the lexical overlap can back up the
embedding where a small sentence model is unsure ("VAT" is a tax, "No." a number).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from openbda.blueprints.model import LeafField
from openbda.extraction.offline.glossary import FOREIGN_WORDS


def word_set(text: str) -> frozenset[str]:
    """The words of a text as a set: how the word lists of this package are written."""
    return frozenset(text.split())


# Word boundaries inside names: camelCase, ABCWord, and a number after a word ("Line1").
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z]{2})(?=\d)")
_WORD = re.compile(r"[^\W_]+|#", re.UNICODE)

# The number sign of French, Spanish, Italian and Russian documents ("Facture N° 2023-12").
_NUMERO = re.compile(r"\b[Nn][°º]|№")
# Withholding as payroll registers abbreviate it ("Fed W/H", "State W/H").
_WITHHELD = re.compile(r"\bw/h\b", re.IGNORECASE)
# Initials written with dots ("P.O.", "U.S.A."): one word.
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Abbreviations on documents and in field names, spelled out (one or more words).
_EXPAND: dict[str, tuple[str, ...]] = {
    "no": ("number",),
    "nr": ("number",),
    "nbr": ("number",),
    "num": ("number",),
    "#": ("number",),
    "qty": ("quantity",),
    "amt": ("amount",),
    "tel": ("telephone",),
    "ph": ("telephone",),
    "phone": ("telephone",),
    "mob": ("telephone",),
    "fax": ("fax",),
    "dob": ("date", "birth"),
    "inv": ("invoice",),
    "invoiced": ("invoice", "date"),  # "Opened 11/16/23  Invoiced 11/18/23"
    "dated": ("date",),
    "addr": ("address",),
    "acct": ("account",),
    "acc": ("account",),
    "vat": ("tax",),
    "gst": ("tax",),
    "sst": ("tax",),
    "ytd": ("year", "to", "date"),
    "fed": ("federal",),  # "Fed Wages", "Fed W/H" on a payroll register
    "td": ("to", "date"),  # "Total Gross Pay TD" on UK payslips
    "zip": ("postcode",),
    "postal": ("postcode",),
    "exp": ("expiration",),
    "expiry": ("expiration",),
    "expires": ("expiration",),
    "ref": ("reference",),
    "id": ("identifier",),
    "dept": ("department",),
    "emp": ("employee",),
    "desc": ("description",),
    "pcs": ("quantity",),
    "ssn": ("social", "security", "number"),
    "ein": ("employer", "identification", "number"),
    "tin": ("taxpayer", "identification", "number"),
    "rtn": ("routing", "transit", "number"),
    "bal": ("balance",),
    "iban": ("iban", "account", "number"),
    "chk": ("check",),  # a restaurant's check: the bill's number
    "auth": ("authorization",),
    "appr": ("approval",),
    "tot": ("total",),
    "ded": ("deductions",),
    "deds": ("deductions",),
    "trans": ("transaction",),
    "txn": ("transaction",),
    "trx": ("transaction",),
    "hrs": ("hours",),
    "hgt": ("height",),
    "beginning": ("start",),
    "begins": ("start",),
    "wgt": ("weight",),
    # Parties of a shipment: the seller ships (exports) to the buyer (the consignee).
    "exporter": ("exporter", "seller"),
    "shipper": ("shipper", "seller"),
    "consignee": ("consignee", "receiver", "customer"),
    **FOREIGN_WORDS,
}
# Abbreviations that are ordinary words in lower case ("end", "rest"): spelled out only when
# printed in capitals, as identity documents print them.
_EXPAND_CAPS: dict[str, tuple[str, ...]] = {
    "ln": ("last", "name"),
    "fn": ("first", "name"),
    "dl": ("driver", "license", "number"),
    "dln": ("driver", "license", "number"),
    "lic": ("license", "number"),
    "iss": ("issue", "date"),
    "end": ("endorsements",),
    "rest": ("restrictions",),
    "rstr": ("restrictions",),
    "cl": ("class",),
    "dd": ("document", "discriminator"),
    "cur": ("current",),
    "ss": ("social", "security"),  # "SS Wages", "SS Tax"
    "tr": ("transaction",),  # "TR#2840": a receipt's transaction number
}
# Articles and prepositions of the glossary's languages, which join a label's words ("Número
# de factura", "Date de la facture") and mean nothing to the model.
_FOREIGN_JOINS = word_set(
    "de del la el las los et und du des le les der die das von van het di da dos para por con "
    "pour zum zur für att"
)
_STOP = word_set(
    "a an the of to for on in is as or and this that with by from at be if any it its are was "
    "were their there when which what who whose how than then such each per your our printed "
    "written shown given usually value field document"
)


# Words of field names, to split names written as one word ("VENDORNAME", "receiveraddress").
_NAME_VOCABULARY = word_set(
    "account address amount balance bank bill billing birth business card city class code "
    "company country currency customer date day deduction deductions description discount due "
    "email employee employer end expiration expiry first from gross holder id invoice issue "
    "issued item last line merchant method middle name net number order paid pay payee payer "
    "payment period phone postal price product purchase quantity rate receipt receiver "
    "reference sales seller ship shipping start state statement street subtotal supplier tax "
    "time tip to total transaction type unit vendor zip"
)


def humanise(name: str) -> str:
    """``PayPeriodStartDate`` -> "pay period start date", ``unit_price`` -> "unit price",
    ``VENDORNAME`` -> "vendor name"."""
    spaced = _CAMEL.sub(" ", name.replace("_", " ").replace("-", " "))
    return " ".join(_split_fused(word) for word in spaced.lower().split())


def _split_fused(word: str) -> str:
    """A word made of several field-name words, split ("receiveraddress" -> "receiver
    address"); any other word as it is."""
    if len(word) < 7 or not word.isalpha() or word in _NAME_VOCABULARY:
        return word
    # best[i]: the fewest vocabulary words spelling word[:i], as their start positions.
    best: list[list[int] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 13), end - 1):
            before = best[start]
            current = best[end]
            if before is None or word[start:end] not in _NAME_VOCABULARY:
                continue
            if current is None or len(before) + 1 < len(current):
                best[end] = [*before, start]
    starts = best[len(word)]
    if not starts:
        return word
    bounds = [*starts, len(word)]
    return " ".join(word[a:b] for a, b in itertools.pairwise(bounds))


def spelled(text: str) -> list[str]:
    """The words of a text, lower-cased, with abbreviations spelled out ("Inv. No." ->
    invoice number, "DOB" -> date of birth, "LN" -> last name)."""
    out: list[str] = []
    text = _DOTTED.sub(lambda m: m[0].replace(".", ""), text)  # "P.O." -> "PO"
    text = _NUMERO.sub(" # ", text)  # "N°", "Nº", "№": the number sign
    text = _WITHHELD.sub(" withheld ", text)
    raws = _WORD.findall(_CAMEL.sub(" ", text.replace("_", " ")))
    for k, raw in enumerate(raws):
        lower = raw.lower()
        if lower in _FOREIGN_JOINS:
            continue
        if lower == "total" and out[-1:] == ["sub"]:
            out[-1] = "subtotal"  # "SUB TOTAL", "Sub-total": the subtotal, not the total
            continue
        after = raws[k + 1].lower() if k + 1 < len(raws) else ""
        if lower == "po" and after != "box":
            out += ["purchase", "order"]  # a purchase order, not a post office box
            continue
        if raw.isupper() and lower in _EXPAND_CAPS:
            out += _EXPAND_CAPS[lower]
            continue
        for part in _split_fused(lower).split():
            out += _EXPAND.get(part, (part,))
    return out


# Labels whose words alone say too little to a sentence model, with what they mean: "To:"
# names the party billed; an invoice's "Net amount" is the amount before tax.
_LABEL_MEANINGS = {
    "to": "billed to customer",
    "from": "from the seller vendor",
    "re": "regarding memo subject",  # "RE: Retainer" on a check, "RE: Invoice 1042" in a letter
    "net amount": "net amount subtotal before tax",
    # ISO 18013 (mobile licences, passports) names the parts of a name so.
    "family name": "family name last name surname",
    "given name": "given name first name",
    "given names": "given names first name",
    # A payslip's sum of what was paid before deductions (the UK's, Japan's "total payments").
    "total payments": "total payments gross pay",
}


def label_text(label: str) -> str:
    """A printed label as the text to embed: its words spelled out. A reference on a business
    document is a reference number ("Invoice Ref." over "INV-39512")."""
    text = " ".join(spelled(label))
    if text.endswith("reference"):
        text += " number"
    if len(text.split()) <= FROM_WORDS:
        if text.startswith("from "):
            text += " the seller vendor"  # "From Contractor:", "From Company": who bills
        elif text.startswith("to ") and "date" not in text:
            text += " the customer billed"  # "To Owner:", "To Client": who is billed
    return _LABEL_MEANINGS.get(text, text) or label.strip().lower()


def label_phrasings(label: str) -> tuple[str, ...]:
    """A printed label as the texts to embed: the whole; the caption alone, without the box
    number a form prints before it ("Box 4 INVOICE NO.") and without a gloss in parentheses
    after it ("SHIPPER / EXPORTER (name, address, EIN)"), which a small sentence model weighs
    as much as the caption; and each side of a label printed in two languages ("APELLIDOS /
    SURNAME", "NUM. LICENCIA / LICENSE NO.")."""
    texts = [label]
    bare = _GLOSS.sub("", _BOX_PREFIX.sub("", label))
    if bare != label and any(c.isalpha() for c in bare):
        texts.append(bare)
    for text in tuple(texts):
        sides = text.split(" / ")
        if len(sides) == 2 and all(any(c.isalpha() for c in side) for side in sides):
            texts += sides
    return tuple(dict.fromkeys(label_text(text) for text in texts))


# The box number `labelled.boxed_label` spells before a form's caption, and a gloss in
# parentheses ending a caption.
_BOX_PREFIX = re.compile(r"^Box \w{1,3} (?=\S)")
_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


# "From ..." and "To ..." labels of at most this many words name the sender and the recipient.
FROM_WORDS = 3


@functools.lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Content words, lower-cased, abbreviations spelled out, lightly stemmed (cached: labels
    and instructions come back document after document)."""
    out: list[str] = []
    for word in spelled(text):
        if word in _STOP:
            continue
        out.append(_stem(word))
    return tuple(out)


def _stem(word: str) -> str:
    """A light stem, enough for labels and instructions: "billed", "billing", "bills" -> bill;
    "taxes" -> tax; "shipping" -> ship."""
    stem = word
    if len(word) > 5 and word.endswith("ing"):
        stem = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        stem = word[:-2]
    elif len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("xes", "ses", "zes", "ches", "shes")):
        return word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if stem != word and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        stem = stem[:-1]  # "shipp" -> "ship"
    return stem


# Where the thing an instruction names first ends: "The invoice number | or invoice identifier",
# "The purchase order number | the invoice refers to" is not cut (a relative clause may follow).
_HEAD_END = re.compile(r"[,;.:(]|\b(?:or|as|in|on|exactly|where|if|which|that|for)\b", re.I)
# A head of one word ("The name") says too little to count fully.
HEAD_WORDS = 2
# What the brackets right after the head say it is again: "The gross pay (total earnings
# before taxes ...)", "The last name (surname)".
_RESTATED = re.compile(r"^\s*\(([^)]*)\)")


def _restated(instruction: str) -> tuple[str, ...]:
    """The words of the restatement in brackets right after an instruction's head, up to where
    it ends as a head does ("total earnings before taxes and deductions"; "pay date")."""
    head = _HEAD_END.split(instruction, 1)[0]
    match = _RESTATED.match(instruction[len(head) :])
    return tuple(tokens(_HEAD_END.split(match.group(1), 1)[0])) if match else ()


def field_name_text(path: Sequence[str]) -> str:
    """A field's path as words: ("EmployeeAddress", "ZipCode") -> "employee address zip code"."""
    return " ".join(humanise(part) for part in path)


def field_query(field: LeafField) -> str:
    """What a leaf asks for, as one sentence to embed: its path in words and its instruction."""
    name = field_name_text(field.path)
    return f"{name}. {field.instruction}".strip() if field.instruction else name


@dataclass(frozen=True)
class FieldWords:
    """The content words of a field's name and of its instruction, and how specific each
    instruction word is among the blueprint's fields (1: this field's alone; near 0: every
    field's, like "invoice" in an invoice blueprint); and the words of what the instruction
    names first ("The invoice number or ...": invoice number)."""

    name: frozenset[str]
    instruction: frozenset[str]
    specificity: Mapping[str, float]
    head: frozenset[str] = frozenset()
    restated: tuple[str, ...] = ()

    @classmethod
    def of_fields(cls, fields: Sequence[LeafField]) -> list[FieldWords]:
        names = [frozenset(tokens(f.name)) for f in fields]
        instructions = [frozenset(tokens(f.instruction)) for f in fields]
        heads = [frozenset(tokens(_HEAD_END.split(f.instruction, 1)[0])) for f in fields]
        counts = Counter(w for n, i in zip(names, instructions, strict=True) for w in n | i)
        total = max(2, len(fields))
        specificity = {w: 1.0 - math.log(c) / math.log(total) for w, c in counts.items()}
        return [
            cls(n, i, specificity, h, _restated(f.instruction))
            for n, i, h, f in zip(names, instructions, heads, fields, strict=True)
        ]

    def overlap(self, label_words: Sequence[str]) -> float:
        """Share of a label's content words (`tokens`) that the field's name uses (1 each) or
        its instruction (half each, times the word's specificity): "Invoice No." for ``ID``
        ("the invoice number ...") counts little, "Total" for ``total`` counts fully; unless
        the label says just what the instruction names first, in two words or more ("Invoice
        No." for "The invoice number or invoice identifier"), or what the brackets after that
        name it again, all of it or its first two words or more ("Total earnings" for "The
        gross pay (total earnings before taxes and deductions)", "Surname" for "The last name
        (surname)"): that counts fully."""
        if not label_words:
            return 0.0
        if len(self.head) >= HEAD_WORDS and set(label_words) == self.head:
            return 1.0
        n = len(label_words)
        again = self.restated[:n]
        if again and tuple(label_words) == again and (n >= HEAD_WORDS or n == len(self.restated)):
            return 1.0
        hits = 0.0
        for word in label_words:
            if word in self.name:
                hits += 1.0
            elif word in self.instruction:
                hits += 0.5 * max(0.0, self.specificity.get(word, 1.0))
        return hits / len(label_words)


_TO_DATE = re.compile(r"\bto date\b")


@functools.lru_cache(maxsize=65536)
def speaks_to_date(text: str) -> bool:
    """Whether a label or field name speaks of an amount to date ("YTD", "Gross Pay TD")."""
    return bool(_TO_DATE.search(" ".join(spelled(text))))
