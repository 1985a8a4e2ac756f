"""Typed values from the raw text a backend found for a leaf field.

A backend hands over what it read for a field: a string as printed on the page, or what a
language model answered (possibly already a JSON number, boolean or list). `normalise` turns it
into the value BDA would write in ``inference_result`` -- a JSON number for ``number``/``integer``
fields (``18893.02``, ``1379``), a bool, a folded string, a tuple for list fields -- or None when
nothing usable is there. It never raises on odd input.

Rules, where a choice had to be made:

Numbers (`parse_number`, `number_candidates`)
  - Currency symbols, codes and words around the number are ignored; the text must hold exactly
    one number ("Total: RM 9.00" -> 9, "9.00 x 2" -> None).
  - Separators: spaces (any Unicode space), apostrophes, "." and "," may group thousands; groups
    are checked (1-3 digits first, then 3s; Indian 1,23,45,678 accepted for ","). When both "."
    and "," appear, the last one is the decimal mark. A single "." or "," followed by anything but
    exactly three digits is a decimal mark (1,23 -> 1.23; 12,5 -> 12.5). The one real ambiguity,
    a lone separator before exactly three digits after a 1-3 digit lead not "0", is read as
    thousands for "," (1,234 -> 1234) and as decimal for "." (1.234 -> 1.234), unless the caller
    knows the document uses a decimal comma (``decimal_comma=True`` swaps both;
    `guess_decimal_comma` finds it from a document's unambiguous numbers). Integer fields take
    the first whole reading, so "1.234" there is 1234.
  - Negatives: a minus attached to the number or its currency (-12, -$12, $-12, "- 12" alone),
    accounting parentheses (12.00), a trailing minus 12.00- (ERP credit lines). "12,-" is the
    German "no cents", not a sign. CR/DR suffixes are ignored: which of them is negative depends
    on whose ledger it is (a bank's DR balance is overdrawn, a card's CR balance is owed to the
    holder), and withdrawal/deposit fields already carry the direction.
  - "12.5%" -> 12.5. Integral values come out as int (1,379.00 -> 1379) as BDA writes them.
  - Integer fields refuse non-whole values (2.5 -> None) rather than invent one by rounding.
  - OCR fixes only inside digit runs: O/o -> 0 and l/I -> 1 when digits stand on both sides.

Dates (`parse_date`, `date_readings`, `format_date`, `date_format_in`)
  - Y-M-D (ISO, CJK 年月日), textual months in English, German, French, Spanish, Italian,
    Portuguese and Dutch, and numeric a/b/year with ".", "/", "-" or space.
  - Numeric a/b/year: the impossible order loses (05/26/2022 is May 26). When both are possible,
    day-first wins (most of the world writes it), unless ``month_first`` says otherwise or the
    text itself carries a US format hint such as "(MM/DD/YYYY)". `guess_month_first` finds the
    order from the other dates of a document, for callers that have them.
  - Two-digit years land within [this year - 79, this year + 20] (DOBs and expiry dates).
  - A text naming two different dates has no single date: None.

Strings
  - Whitespace folded; LLM placeholders (null, N/A, "-", "not found", ...) are None. "NONE" is
    kept: licences print it as a value.
  - An instruction asking for a date format ("in YYYY-MM-DD format", "MM/DD/YYYY", "ISO 8601")
    reformats the date whether the field is explicit or inferred: BDA's own example asks an
    explicit field for "YYYY-MM-DD", and the model follows the instruction. Text that is no date
    is then None. If the text already fits the requested pattern it is read with that pattern.
  - Enum fields map to an allowed value: exact, then ignoring case/spaces/punctuation, then fuzzy
    (similarity >= 0.85 and clearly ahead of the runner-up), then a unique prefix ("Female" ->
    "F"); otherwise None.

Booleans: yes/no, true/false, y/n, 1/0, checked/unchecked, ticks and boxes, a few other
languages; a lone "x" or ☒ is a ticked box (True) while a lone ✗ answers "no" as in ✓/✗ tables.
In "Yes ☒ No ☐" the ticked box decides, paired with its label on the side the text starts with.

Lists: a JSON list is normalised element-wise; a string is split on newlines, semicolons,
bullets and commas that are not between digits (numbers: every number in the text); no items
-> None.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from openbda.blueprints.model import EnumValue, FieldType, LeafField
from openbda.extraction.types import Scalar, Value

Number = int | float

__all__ = [
    "date_format_in",
    "date_readings",
    "format_date",
    "guess_decimal_comma",
    "guess_month_first",
    "normalise",
    "number_candidates",
    "parse_boolean",
    "parse_date",
    "parse_number",
]


def normalise(
    raw: object,
    field: LeafField,
    *,
    month_first: bool | None = None,
    decimal_comma: bool | None = None,
) -> Value | None:
    """The value BDA would report for ``field`` given what a backend found, or None.

    ``month_first``/``decimal_comma`` are document-level hints (see `guess_month_first`,
    `guess_decimal_comma`); None keeps the documented defaults."""
    hints = _Hints(month_first, decimal_comma)
    try:
        return _list(raw, field, hints) if field.is_list else _scalar(raw, field, hints)
    except (ArithmeticError, ValueError, RecursionError):  # pathological input: nothing usable
        return None


@dataclass(frozen=True, slots=True)
class _Hints:
    month_first: bool | None
    decimal_comma: bool | None


def _scalar(raw: object, field: LeafField, hints: _Hints) -> Scalar | None:
    if isinstance(raw, list | tuple) and field.type is not FieldType.STRING:
        # A one-item list is the item; more is no single value. (Strings join theirs.)
        return _scalar(raw[0], field, hints) if len(raw) == 1 else None
    if field.type is FieldType.BOOLEAN:
        return parse_boolean(raw)
    if field.type in (FieldType.NUMBER, FieldType.INTEGER):
        return _pick_number(_raw_readings(raw, hints.decimal_comma), field)
    return _string(raw, field, hints)


def _list(raw: object, field: LeafField, hints: _Hints) -> tuple[Scalar, ...] | None:
    items: Sequence[object]
    if isinstance(raw, str):
        if field.type in (FieldType.NUMBER, FieldType.INTEGER):
            # Numbers carry their own separators, so each number in the text is an item.
            picks = (_pick_number(t.readings, field) for t in _tokens(raw, hints.decimal_comma))
            return tuple(v for v in picks if v is not None) or None
        items = [_LIST_MARKER.sub("", part) for part in _LIST_SPLIT.split(raw)]
    elif isinstance(raw, list | tuple):
        items = raw
    else:
        items = [raw]
    values = (_scalar(item, field, hints) for item in items)
    return tuple(v for v in values if v is not None) or None


# Newlines, semicolons, bullets and pipes always separate items; a comma only when it is not
# inside a number ("1,234").
_LIST_SPLIT = re.compile(r"\s*(?:[\n;|•]|,(?!\d)|(?<!\d),)\s*")
_LIST_MARKER = re.compile("^\\s*[-*\u2013]\\s+")  # "- item", "* item", en-dash item


# -- text clean-up -------------------------------------------------------------------------

_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u3000"
_CHAR_MAP = {
    **dict.fromkeys(_SPACES, " "),  # no-break, thin, narrow, figure, ideographic spaces
    **dict.fromkeys("\u2212\u2012\u2013\ufe63", "-"),  # minus signs and the en dash used as one
    **dict.fromkeys("\u2019\u02bc\u2032", "'"),  # Swiss thousands marks
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
}


def _clean(text: str) -> str:
    """ASCII digits, spaces, signs and punctuation for their Unicode look-alikes."""
    out = []
    for ch in text:
        if ch in _CHAR_MAP:
            ch = _CHAR_MAP[ch]
        elif "\uff01" <= ch <= "\uff5e":  # full-width ASCII
            ch = chr(ord(ch) - 0xFEE0)
        elif ch.isdigit() and not ch.isascii():
            digit = unicodedata.decimal(ch, None)  # Arabic-Indic, Devanagari, ...; not "²"
            ch = ch if digit is None else str(digit)
        out.append(ch)
    return "".join(out)


def _fold(text: str) -> str:
    """Clean, case-folded and without accents, for matching words ("März" -> "marz")."""
    decomposed = unicodedata.normalize("NFD", _clean(text).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)  # recompose what is not an accent (Hangul)


# -- numbers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    """One number in a text: its readings, preferred first, already signed; none if garbled."""

    start: int
    end: int
    readings: tuple[Decimal, ...]


_MAX_DIGITS = 40  # longer digit runs are no amount or id anyone extracts
_RUN = re.compile(r"(?<![\w.,])[.,]\d+|\d+(?:[.,' ]\d+)*")
_OCR_IN_DIGITS = re.compile(r"(?<=\d)[OolI]+(?=\d)")
_CUR = r"[^\d\s()+\-]{1,4}"  # a currency symbol or code between a sign and the digits
_NEG_BEFORE = re.compile(rf"(?:(?<!\w)-(?:{_CUR}\s?)?|^\s*-\s*(?:{_CUR}\s*)?)\Z")
_NEG_AFTER = re.compile(r"-(?![\w])|\s+-\s*\Z")
_PAREN_BEFORE = re.compile(rf"\(\s*(?:{_CUR}\s*)?\Z")
_PAREN_AFTER = re.compile(rf"\s*(?:{_CUR}\s*)?\)")
_NO_CENTS = re.compile(r"[.,]-{1,2}(?!\d)")  # "12,-" / "12.--": a dash for the cents
_WESTERN_GROUPS = re.compile(r"[1-9]\d{0,2}(?:(?P<s>[.,' ])\d{3})(?:(?P=s)\d{3})*")
_INDIAN_GROUPS = re.compile(r"[1-9]\d?(?:,\d\d)*,\d{3}")


def parse_number(text: object, *, decimal_comma: bool | None = None) -> Number | None:
    """The one number in ``text`` (preferred reading), or None if there is none or several."""
    readings = _raw_readings(text, decimal_comma)
    return _natural(readings[0]) if readings else None


def number_candidates(text: str, *, decimal_comma: bool | None = None) -> list[Number]:
    """Every reading of every number in ``text``, in order, preferred reading first: what a
    value printed there may have been reported as ("1.234" -> [1.234, 1234])."""
    out: list[Number] = []
    tokens = _tokens(text, decimal_comma) if isinstance(text, str) else []
    for token in tokens:
        out.extend(n for n in map(_natural, token.readings) if n is not None and n not in out)
    return out


def guess_decimal_comma(texts: Iterable[str]) -> bool | None:
    """Whether a document's numbers use a decimal comma, from the ones that show it
    unambiguously ("1.234,56", "12,50" vs "1,234.56", "12.50"); None if mixed or unknown."""
    votes = set()
    for text in texts:
        for match in _RUN.finditer(_clean(text)):
            run = match.group()
            marks = [c for c in run if c in ".,"]
            mixed = len(set(marks)) == 2 and _run_readings(run, None)  # "1.234,56"
            short = len(marks) == 1 and re.search(r"[.,]\d{1,2}\Z", run)  # "12,50", not "1.5.22"
            if mixed or short:
                votes.add(marks[-1] == ",")
    return votes.pop() if len(votes) == 1 else None


def _raw_readings(raw: object, decimal_comma: bool | None) -> tuple[Decimal | float, ...]:
    if isinstance(raw, bool):  # a JSON true is no number
        return ()
    if isinstance(raw, int):
        return (raw,) if abs(raw) < 10**_MAX_DIGITS else ()
    if isinstance(raw, float):
        return (raw,) if math.isfinite(raw) else ()
    if isinstance(raw, str):
        tokens = _tokens(raw, decimal_comma)
        return tokens[0].readings if len(tokens) == 1 else ()
    return ()


def _pick_number(readings: Sequence[Decimal | float], field: LeafField) -> Number | None:
    if field.type is FieldType.INTEGER:  # the first whole reading; 2.5 is refused, not rounded
        readings = [r for r in readings if r == int(r)]
    value = _natural(readings[0]) if readings else None
    if value is not None and value < 0 and _ASKS_POSITIVE.search(field.instruction):
        # "Total deductions 249.08-": the amount taken off, which the field asks for unsigned.
        value = -value
    if value is not None and field.enum:
        allowed = [e for e in field.enum if isinstance(e, int | float) and not isinstance(e, bool)]
        return next((e for e in allowed if e == value), None)
    return value


# An instruction asking for the amount without its sign ("as a positive number").
_ASKS_POSITIVE = re.compile(r"\b(?:positive|unsigned|absolute)\s+(?:number|amount|value)\b", re.I)


def _natural(value: Decimal | float) -> Number | None:
    """An int when whole (BDA writes 1379, not 1379.0), else a float; None if not finite."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value == int(value):
        return int(value)
    as_float = float(value)
    return as_float if math.isfinite(as_float) else None


def _tokens(text: str, decimal_comma: bool | None) -> list[_Token]:
    text = _OCR_IN_DIGITS.sub(lambda m: m.group().translate(_OCR_DIGITS), _clean(text))
    tokens: list[_Token] = []
    for match in _RUN.finditer(text):
        tokens += _split_run(text, match.start(), match.end(), decimal_comma, " ,")
    return tokens


_OCR_DIGITS = str.maketrans("OolI", "0011")


def _split_run(
    text: str, start: int, end: int, decimal_comma: bool | None, splitters: str
) -> list[_Token]:
    """The run text[start:end] as one number, or else split on spaces, then on commas ("12,00
    15,50" is two numbers, "1,2,3" three); a part still unreadable stays as a garbled token so
    that a single-number field does not pick a neighbour."""
    readings = _run_readings(text[start:end], decimal_comma)
    if readings or not splitters:
        return [_Token(start, end, _signed(text, start, end, readings))]
    tokens, pos = [], start
    for part in text[start:end].split(splitters[0]):
        if part:
            tokens += _split_run(text, pos, pos + len(part), decimal_comma, splitters[1:])
        pos += len(part) + 1
    return tokens


def _run_readings(run: str, decimal_comma: bool | None) -> tuple[Decimal, ...]:
    """The values a run of digits and separators can mean, preferred first (module docstring)."""
    if sum(c.isdigit() for c in run) > _MAX_DIGITS:
        return ()
    marks = [c for c in run if not c.isdigit()]
    if not marks:
        return (Decimal(run),)
    readings: list[Decimal] = []
    last = marks[-1]
    head, _, tail = run.rpartition(last)
    if last in ".," and marks.count(last) == 1:
        whole_head = _ungroup(head) if head else "0"
        if whole_head is not None:
            readings.append(Decimal(f"{whole_head}.{tail}"))
    whole = _ungroup(run)
    if whole is not None:
        readings.append(Decimal(whole))
        if len(readings) == 2 and (last == ",") != bool(decimal_comma):
            readings.reverse()  # "1,234" is 1234 unless the document writes decimal commas
    return tuple(readings)


def _ungroup(run: str) -> str | None:
    """The digits of an integer written with valid thousands groups, or None."""
    if run.isdigit():
        return run
    if _WESTERN_GROUPS.fullmatch(run) or _INDIAN_GROUPS.fullmatch(run):
        return "".join(c for c in run if c.isdigit())
    return None


_SIGN_REACH = 16


def _signed(text: str, start: int, end: int, readings: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
    # Signs sit within a few characters of the digits. Looking at a window keeps long texts
    # linear; a NUL stands for "the text goes on" so that ^ and \Z only match at its real ends.
    before = text[:start] if start <= _SIGN_REACH else "\0" + text[start - _SIGN_REACH : start]
    after = text[end : end + _SIGN_REACH] + ("\0" if end + _SIGN_REACH < len(text) else "")
    if no_cents := _NO_CENTS.match(after):
        after = after[no_cents.end() :]
    negative = (
        _NEG_BEFORE.search(before) is not None
        or _NEG_AFTER.match(after) is not None
        or (_PAREN_BEFORE.search(before) is not None and _PAREN_AFTER.match(after) is not None)
    )
    return tuple(-r for r in readings) if negative else readings


# -- booleans ------------------------------------------------------------------------------

_TRUE = frozenset(
    {"true", "yes", "y", "t", "1", "x", "checked", "selected", "ticked", "marked"}
    | {"ja", "oui", "si", "sim", "da", "wahr", "vrai", "verdadero"}
    | {"☑", "☒", "✓", "✔", "✅", "🗹", "[x]", "(x)", "[✓]", "[✔]"}
)
_FALSE = frozenset(
    {"false", "no", "n", "f", "0", "unchecked", "unselected", "unticked", "unmarked"}
    | {"not checked", "not selected", "not ticked"}
    | {"nein", "non", "nao", "nee", "falsch", "faux", "falso"}
    | {"☐", "□", "✗", "✘", "❌", "[]", "()", "[ ]", "( )"}
)
_WORD_ANSWERS = {"yes": True, "no": False, "true": True, "false": False, "y": True, "n": False}
# Boxes and words of a "☒ Yes ☐ No" line. A cross in a box is a tick there, unlike a lone ✗.
_BOX_OR_WORD = re.compile(
    r"\[\s*[x✓✔]?\s*\]|\(\s*[x✓✔]?\s*\)|[☑☒☐□✓✔✅✗✘🗹]|(?<![^\W\d_])x(?![^\W\d_])|[^\W\d_]+"
)


def parse_boolean(text: object) -> bool | None:
    """A yes/no answer or checkbox state, or None if the text is neither."""
    if isinstance(text, bool):
        return text
    if isinstance(text, int | float):
        return bool(text) if text in (0, 1) else None
    if not isinstance(text, str):
        return None
    key = " ".join(_fold(text).split()).strip(" .!:")
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return _ticked_answer(key)


def _ticked_answer(key: str) -> bool | None:
    """The answer the ticked box gives in "yes ☒ no ☐". Each box labels the neighbouring word
    on the side the line starts with (☒ Yes / Yes ☒). A lone box with no yes/no is its state."""
    parts = _BOX_OR_WORD.findall(key)
    boxes = [i for i, part in enumerate(parts) if part == "x" or not part.isalpha()]
    answers = [i for i, part in enumerate(parts) if part in _WORD_ANSWERS]
    if len(boxes) == 1 and not answers:
        return _ticked(parts[boxes[0]])
    if not boxes or not answers:
        return None
    step = 1 if boxes[0] < answers[0] else -1
    found = {
        _WORD_ANSWERS[parts[i + step]]
        for i in boxes
        if _ticked(parts[i]) and 0 <= i + step < len(parts) and parts[i + step] in _WORD_ANSWERS
    }
    return found.pop() if len(found) == 1 else None


def _ticked(box: str) -> bool:
    return box not in ("☐", "□") and re.sub(r"[\s\[\]()]", "", box) != ""


# -- dates ---------------------------------------------------------------------------------

_MONTH_WORDS = (
    "january januar janvier enero gennaio janeiro januari",
    "february februar fevrier febrero febbraio fevereiro februari",
    "march marz maerz mars marzo marco maart",
    "april avril abril aprile",
    "may mai mayo maggio maio mei",
    "june juni juin junio giugno junho",
    "july juli juillet julio luglio julho",
    "august aout agosto augustus",
    "september septembre septiembre setiembre settembre setembro",
    "october oktober octobre octubre ottobre outubro",
    "november novembre noviembre novembro",
    "december dezember decembre diciembre dicembre dezembro",
)
_ENGLISH_MONTHS = [words.split()[0] for words in _MONTH_WORDS]


def _month_lookup() -> dict[str, int]:
    """Month names (accent-free) and every prefix of 3+ letters that names only one month."""
    owners: dict[str, set[int]] = {}
    for month, words in enumerate(_MONTH_WORDS, start=1):
        for word in words.split():
            for end in range(3, len(word) + 1):
                owners.setdefault(word[:end], set()).add(month)
    return {name: months.pop() for name, months in owners.items() if len(months) == 1}


_MONTHS = _month_lookup()
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_M = rf"(?<![^\W\d_])(?P<mon>{_MON})\.?(?![^\W\d_])"
_DAY = r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°)?(?!\d)"
_YEAR = r"(?P<y>\d{4}|\d{2})(?!\d)"
_GAP = r"[\s\-/.,']*"
# Day and month as numbers in either order (03/02/2022).
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,2})(?P<s>\s*[-/.]\s*|\s)(?P<b>\d{1,2})(?P=s)" + _YEAR
)
_DATE_PATTERNS = [  # tried in this order; a later match overlapping an earlier one is dropped
    re.compile(r"(?<!\d)(?P<y>\d{4}|\d{2})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})"),
    re.compile(
        r"(?<![\d.,])(?P<y>\d{4})(?P<s>\s*[-/.]\s*)(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"
    ),
    re.compile(rf"(?<!\d)(?P<y>\d{{4}}){_GAP}{_M}{_GAP}(?P<d>\d{{1,2}})(?!\d)"),
    re.compile(rf"{_DAY}\.?{_GAP}(?:(?:de|of|the)\s+)?{_M}{_GAP}(?:(?:de|del)\s+)?{_YEAR}"),
    re.compile(rf"{_M}{_GAP}{_DAY}{_GAP}{_YEAR}"),
    _NUMERIC_DATE,
    # ISO 8601 basic (20180304): only this century's and the last's years, so that other
    # eight-digit numbers are rarely read as dates.
    re.compile(
        r"(?<![\d.,])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
]
_US_HINT = re.compile(r"(?<![a-z])m{1,2}\s*[-/.]\s*d{1,2}\s*[-/.]\s*y{2,4}(?![a-z])")
_DAY_FIRST_HINT = re.compile(r"(?<![a-z])d{1,2}\s*[-/.]\s*m{1,2}\s*[-/.]\s*y{2,4}(?![a-z])")


def parse_date(text: object, *, month_first: bool | None = None) -> dt.date | None:
    """The date in ``text``, preferred reading (module docstring), or None."""
    readings = date_readings(text, month_first=month_first)
    return readings[0] if readings else None


def date_readings(text: object, *, month_first: bool | None = None) -> list[dt.date]:
    """Every date the text's one date can be (03/02/2022 -> 3 Feb, 2 Mar), preferred first;
    [] when there is no date or several different ones."""
    if isinstance(text, dt.datetime):
        return [text.date()]
    if isinstance(text, dt.date):
        return [text]
    if not isinstance(text, str):
        return []
    folded = _fold(text)
    if month_first is None:
        month_first = _order_hint(folded)
    spans = _date_spans(folded, month_first)
    if not spans or any(readings[0] != spans[0][2][0] for _, _, readings in spans):
        return []
    return spans[0][2]


def guess_month_first(texts: Iterable[str]) -> bool | None:
    """Whether a document writes numeric dates month first, from dates that only read one way
    (05/26/2022 -> True, 26/05/2022 -> False); None if none or contradictory."""
    votes = set()
    for text in texts:
        for match in _NUMERIC_DATE.finditer(_fold(text)):
            first, second = int(match["a"]), int(match["b"])
            if (first > 12) != (second > 12):
                votes.add(second > 12)
    return votes.pop() if len(votes) == 1 else None


def _order_hint(folded: str) -> bool | None:
    if _US_HINT.search(folded):
        return True
    if _DAY_FIRST_HINT.search(folded):
        return False
    return None


def _date_spans(folded: str, month_first: bool | None) -> list[tuple[int, int, list[dt.date]]]:
    spans: list[tuple[int, int, list[dt.date]]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            if any(match.start() < end and start < match.end() for start, end, _ in spans):
                continue
            readings = _match_readings(match, month_first)
            if readings:
                spans.append((match.start(), match.end(), readings))
    return sorted(spans, key=lambda span: span[0])


def _match_readings(match: re.Match[str], month_first: bool | None) -> list[dt.date]:
    groups = match.groupdict()
    year = _full_year(groups["y"])
    if groups.get("a"):  # numeric day and month, either order
        a, b = int(groups["a"]), int(groups["b"])
        day_first, us = _make_date(year, b, a), _make_date(year, a, b)
        ordered = [us, day_first] if month_first else [day_first, us]
        return list(dict.fromkeys(d for d in ordered if d is not None))
    month = _MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
    found = _make_date(year, month, int(groups["d"]))
    return [found] if found else []


def _full_year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    this_year = dt.date.today().year
    year = this_year // 100 * 100 + int(text)
    return year - 100 if year > this_year + 20 else year


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Tokens of a date pattern as instructions write them; case-insensitive, longest first.
_PATTERN_TOKEN = re.compile(r"YYYY|YY|MMMM|MMM|MM|M|DD|D", re.IGNORECASE)
_T = _PATTERN_TOKEN.pattern
_PATTERN_IN_TEXT = re.compile(
    rf"(?<![A-Za-z])(?:{_T})(?:[-/., ]{{0,2}}(?:{_T})){{2}}(?![A-Za-z])", re.IGNORECASE
)
_ISO = re.compile(r"\bISO[\s-]?8601\b|\bISO\s+(?:date|format)", re.IGNORECASE)


def date_format_in(instruction: str) -> str | None:
    """The date pattern an instruction asks for ("... in MM/DD/YYYY format" -> "MM/DD/YYYY";
    "ISO 8601" -> "YYYY-MM-DD"), or None. It needs one year, one month and one day part."""
    for match in _PATTERN_IN_TEXT.finditer(instruction):
        kinds = sorted(t[0].upper() for t in _PATTERN_TOKEN.findall(match.group()))
        if kinds == ["D", "M", "Y"]:
            return match.group()
    return "YYYY-MM-DD" if _ISO.search(instruction) else None


def format_date(date: dt.date, pattern: str) -> str:
    """``date`` written in ``pattern``: YYYY, YY, MM, M, DD, D, MMM (Jan), MMMM (January), in
    any case; every other character is literal ("DD.MM.YYYY" -> "26.05.2022")."""

    def part(match: re.Match[str]) -> str:
        token = match.group().upper()
        name = _ENGLISH_MONTHS[date.month - 1].title()
        return {
            "YYYY": f"{date.year:04d}",
            "YY": f"{date.year % 100:02d}",
            "MMMM": name,
            "MMM": name[:3],
            "MM": f"{date.month:02d}",
            "M": str(date.month),
            "DD": f"{date.day:02d}",
            "D": str(date.day),
        }[token]

    return _PATTERN_TOKEN.sub(part, pattern)


def _read_with_pattern(text: str, pattern: str) -> dt.date | None:
    """The date in ``text`` if it is written in ``pattern`` (what the model was asked for)."""
    parts = {
        "YYYY": r"(?P<y>\d{4})",
        "YY": r"(?P<y>\d{2})",
        "MMMM": rf"(?P<mon>{_MON})",
        "MMM": rf"(?P<mon>{_MON})\.?",
        "MM": r"(?P<m>\d{1,2})",
        "M": r"(?P<m>\d{1,2})",
        "DD": r"(?P<d>\d{1,2})",
        "D": r"(?P<d>\d{1,2})",
    }
    regex, pos = "", 0
    for token in _PATTERN_TOKEN.finditer(pattern):
        regex += re.escape(pattern[pos : token.start()]) + parts[token.group().upper()]
        pos = token.end()
    regex += re.escape(pattern[pos:])
    match = re.search(rf"(?<!\d){regex}(?!\d)", _fold(text))
    readings = _match_readings(match, None) if match else []
    return readings[0] if readings else None


# -- strings -------------------------------------------------------------------------------

_PLACEHOLDERS = frozenset(
    {"", "null", "n/a", "-", "--", "—", "not found", "not available", "not applicable"}
    | {"not specified", "not provided", "not present", "not mentioned"}
)


# Decoration printed on both sides of a line (till receipts): runs of *, =, ~ set off by spaces.
# A masked number ("****0683") has no space after its asterisks and keeps them.
_DECORATED = re.compile(r"^[*=~]+\s+(.*?\S)\s+[*=~]+$")


def _string(raw: object, field: LeafField, hints: _Hints) -> Scalar | None:
    text = _as_text(raw)
    if text is None:
        return None
    text = " ".join(text.split())
    decorated = _DECORATED.match(text)
    if decorated:
        text = decorated.group(1)  # "* Ace Of Spades Garden Center *", "== THANK YOU =="
    if _fold(text).rstrip(".") in _PLACEHOLDERS:
        return None
    if field.enum:
        return _closest(text, field.enum)
    pattern = date_format_in(field.instruction)
    if pattern is None:
        return text
    date = _read_with_pattern(text, pattern) if hints.month_first is None else None
    date = date or parse_date(text, month_first=hints.month_first)
    return format_date(date, pattern) if date else None


def _as_text(raw: object) -> str | None:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw):
            return None
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e16 else repr(raw)
    if isinstance(raw, list | tuple):  # an answer split into parts: one text again
        parts = [p for p in raw if isinstance(p, str | int | float)]
        texts = [t for t in map(_as_text, parts) if t and t.strip()]
        return ", ".join(texts) if texts else None
    return None


_FUZZY_MIN, _FUZZY_LEAD = 0.85, 0.05


def _closest(text: str, allowed: Sequence[EnumValue]) -> EnumValue | None:
    """The allowed value ``text`` means (module docstring), or None."""
    if text in allowed:
        return text
    key = _key(text)
    keys = [(value, _key(str(value))) for value in allowed]
    same = [value for value, k in keys if k == key]
    if same or not key:
        return same[0] if same else None
    scored = sorted(
        ((difflib.SequenceMatcher(None, key, k).ratio(), i) for i, (_, k) in enumerate(keys)),
        reverse=True,
    )
    best, runner_up = scored[0][0], scored[1][0] if len(scored) > 1 else 0.0
    if best >= _FUZZY_MIN and best - runner_up >= _FUZZY_LEAD:
        return keys[scored[0][1]][0]
    prefixed = [value for value, k in keys if k and (key.startswith(k) or k.startswith(key))]
    return prefixed[0] if len(prefixed) == 1 else None


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", _fold(text))


# What marks a page as American, whose numeric dates read month first: a "City, ST 12345"
# address, a social security or employer identification number, an IRS form, a phone number
# written "(948) 952-7314". The territories with ZIP codes (Puerto Rico, Guam, the Virgin
# Islands) count: their banks and employers write dates the American way.
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI"
)
_US_EVIDENCE = re.compile(
    rf",\s*(?:{_US_STATES})\.?\s+\d{{5}}(?:-\d{{4}})?(?!\d)"  # "Austin, TX 78701"
    rf"|\b[^\W\d_]{{2,}}\s+(?:{_US_STATES})\s+\d{{5}}(?:-\d{{4}})?\s*$"  # "SPRINGFIELD IL 62761"
    r"|(?<![\w-])(?:\d{3}|XXX|\*{3})-(?:\d{2}|XX|\*{2})-\d{4}(?![\w-])"  # SSN, masked or not
    r"|\b(?:EIN|TIN)\b[^\d\n]{0,30}\d{2}-\d{7}(?!\d)"  # an employer identification number
    r"|\bForm\s+(?:W-?2|W-?9|1099|1040|1098)\b|Internal Revenue Service"
    r"|(?<![\w(])\(\d{3}\)\s?\d{3}-\d{4}(?!\d)"  # a phone number of the North American plan
)


def looks_american(texts: Iterable[str]) -> bool:
    """Whether a document shows US evidence (a state and ZIP code, an SSN, an IRS form, a
    "(212) 555-0100" phone number): where no date decides the order, its numeric dates are
    read month first."""
    return any(_US_EVIDENCE.search(text) for text in texts)
