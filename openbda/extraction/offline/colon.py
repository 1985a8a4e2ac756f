""" "Label: value" inside a phrase, several pairs per phrase allowed.

"Date: 05/11/2025  Time: 13:42" holds two pairs: the second label's words are found by looking
back from its colon (at most BACK_LABEL_WORDS, stopping at a capitalised word unless it is one
that continues a label leftwards, like "No" in "Invoice No:"). A colon between digits (13:42) or
before "//" (a URL) is no label's; "Tel:0123" is cut in two, each part with its share of the
word's box.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from openbda.document.model import Word
from openbda.extraction.offline.layout import part_of_word
from openbda.extraction.offline.shapes import RANGE_JOINS, address_score, spells_date

MAX_LABEL_CHARS = 60
BACK_LABEL_WORDS = 4
# Words that end a label ("Invoice No", "PO Number"): never a value of their own.
LABEL_ENDS = frozenset({"no", "no.", "nr", "nr.", "#", "number", "id", "code", "date", "num"})
_LABEL_COLON = re.compile(r"^(?P<label>[^\W\d_][^:]*|#)?:(?P<rest>.*)$")
# "#" ends a label as a colon does when a number is glued to it: "TR#284013796850",
# "Check #6189-401", "Order # 10023" (the number is the value, without its "#").
_LABEL_HASH = re.compile(r"^(?P<label>[^\W\d_]*#)(?P<rest>\d[\w/-]*|)$")
# Address words a "#" follows that `address_score` does not know as street words.
_STREET_WORD = re.compile(r"\b(?:apt|apartment|flat|room|rm)\b", re.IGNORECASE)


def _split_words(words: Sequence[Word]) -> list[tuple[Word, bool]]:
    """The phrase's words, "Label:value" words cut in two, each with whether it ends a label."""
    out: list[tuple[Word, bool]] = []
    for index, word in enumerate(words):
        match = _LABEL_COLON.match(word.text) or _hash_label(words, index)
        if match is None or match["rest"].startswith("//"):
            out.append((word, False))
            continue
        cut = len(word.text) - len(match["rest"])
        if match["rest"]:
            out.append((part_of_word(word, 0, cut), True))
            out.append((part_of_word(word, cut, len(word.text)), False))
        else:
            out.append((word, True))
    return out


def _hash_label(words: Sequence[Word], index: int) -> re.Match[str] | None:
    """A number glued to a "#" label, when letters glued to the "#" or the words right before
    it make a label: not an address ("8055 Maple Rd #230", "Suite #200"); "#12" alone has
    no label."""
    match = _LABEL_HASH.match(words[index].text)
    if match is None:
        return None
    after = words[index + 1].text if index + 1 < len(words) else ""
    if not match["rest"] and not after[:1].isdigit():
        return None  # a "#" apart from its number: the number must follow
    run = [match["label"].rstrip("#")]
    for word in reversed(words[:index]):
        if not word.text.replace(".", "").isalpha():
            break
        run.insert(0, word.text)
    before = " ".join(run).strip()
    if not before or address_score(before) > 0 or _STREET_WORD.search(before):
        return None
    return match


def colon_pairs(words: Sequence[Word]) -> list[tuple[str, tuple[Word, ...]]]:
    """(label, value words) for each colon label of a phrase; value may be empty."""
    parts = _split_words(words)
    ends = [i for i, (_, is_end) in enumerate(parts) if is_end]
    if not ends:
        return []
    starts = [0]
    for previous, end in itertools.pairwise(ends):
        starts.append(_label_start(parts, previous + 1, end))
    pairs: list[tuple[str, tuple[Word, ...]]] = []
    last_end = -1  # where the last pair's label ends
    for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
        label = " ".join(w.text for w, _ in parts[start : end + 1]).rstrip(":").strip()
        stop = starts[k + 1] if k + 1 < len(starts) else len(parts)
        value = tuple(w for w, _ in parts[end + 1 : stop])
        if not label or len(label) > MAX_LABEL_CHARS:
            continue
        if pairs and _ends_range(pairs[-1][1], label, value):
            # "Period From: 01/12/2023 To: 31/12/2023": the range is the first label's value
            pairs[-1] = (pairs[-1][0], tuple(w for w, _ in parts[last_end + 1 : stop]))
            continue
        pairs.append((label, value))
        last_end = end
    return pairs


def _ends_range(first: Sequence[Word], label: str, value: Sequence[Word]) -> bool:
    """Whether a colon label ("To:", "through:") joins the date before it to the date after
    it: one date range, not a label of its own."""
    if label.lower() not in RANGE_JOINS or not first or not value:
        return False
    return spells_date(first) and spells_date(value)


def _label_start(parts: Sequence[tuple[Word, bool]], floor: int, end: int) -> int:
    """Where a label ending at `end` starts, looking back no further than leaves the previous
    value a word (`floor` is the previous value's first word)."""
    start = end
    while start - 1 > floor and end - start + 1 < BACK_LABEL_WORDS:
        word = parts[start][0].text
        if word[:1].isupper() and word.lower().rstrip(":") not in LABEL_ENDS:
            break
        before = parts[start - 1][0].text
        if not before.replace(".", "").replace("#", "").isalpha() or before.endswith((",", ";")):
            break
        start -= 1
    return start


# -- numbered fields of identity cards ---------------------------------------------------------
# US driver licences (the AAMVA card design) print numbered fields without colons, several to a
# line: "4d DL 12345678", "3 DOB 08/12/1987", "15 SEX M  16 HGT 5-09", and the name and
# address with their number alone: "1 SMITH", "2 JOHN A", "8 123 MAIN ST".
_FIELD_NUMBER = re.compile(r"^\d{1,2}[a-d]?$")
# The printed abbreviations of those fields (spelled out by `text.spelled`).
ID_ABBREVIATIONS = frozenset(
    (
        *("DOB", "EXP", "ISS", "DL", "DLN", "LIC", "ID", "SEX", "HGT", "WGT", "EYES", "HAIR"),
        *("CLASS", "END", "RSTR", "REST", "DD", "LN", "FN", "DUPS"),
    )
)
# The AAMVA numbers of the fields printed without an abbreviation.
_UNLABELLED = {"1": "last name", "2": "first name", "8": "address"}
# What the AAMVA numbers of the other fields mean, whatever words an issuer prints after them
# ("4d PERMIT NO", "4d CUSTOMER ID", "9 CLASS").
AAMVA_FIELDS = {
    **_UNLABELLED,
    "3": "date of birth",
    "4a": "issue date",
    "4b": "expiration date",
    "4d": "driver license number",
    "5": "document discriminator",
    "9": "class",
    "9a": "endorsements",
    "12": "restrictions",
    "15": "sex",
    "16": "height",
    "17": "weight",
    "18": "eyes",
    "19": "hair",
}


def numbered_pairs(words: Sequence[Word]) -> list[tuple[str, tuple[Word, ...]]]:
    """(label, value words) for each numbered field of a phrase ("15 SEX M 16 HGT 5-09" ->
    SEX: M, HGT: 5-09); none unless the phrase starts with a field number."""
    starts = [
        i
        for i in range(len(words) - 1)
        if _FIELD_NUMBER.match(words[i].text) and _starts_field(words[i + 1].text)
    ]
    if not starts or starts[0] != 0:
        return []
    pairs = []
    for start, stop in itertools.pairwise([*starts, len(words)]):
        number, first = words[start].text, words[start + 1].text
        if first in ID_ABBREVIATIONS and stop - start > 2:
            pairs.append((first, tuple(words[start + 2 : stop])))
        elif number in _UNLABELLED:
            pairs.append((_UNLABELLED[number], tuple(words[start + 1 : stop])))
    return pairs


def is_field_label(text: str) -> bool:
    """A numbered field's abbreviation: what marks a card of numbered fields."""
    return text in ID_ABBREVIATIONS


def _starts_field(text: str) -> bool:
    """A field's first word: an abbreviation or a capitalised name, street number or word."""
    return text in ID_ABBREVIATIONS or (text[:1].isupper() and text.isupper()) or text.isdigit()
