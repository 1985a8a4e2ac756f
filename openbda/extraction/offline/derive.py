"""Parts of values: a person's first, middle and last name (and suffix) out of a full name; a
US address's street (and its lines), city, state and ZIP code out of the whole address; the
start and end of a date range; the time of a date and time.

Blueprints often ask for the parts (``NameDetails.FirstName``, ``AddressDetails.ZIP_CODE``)
where the page prints the whole under one label. Each part is offered as a candidate of its
own, labelled "<label> first name", "<label> city" and so on, so the field question picks it
by the same embedding match; a part may share words with its whole (see `assign`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from openbda.document.model import Word
from openbda.extraction.offline.candidates import Candidate, Source
from openbda.extraction.offline.issuer_state import is_state_name
from openbda.extraction.offline.layout import evidence_of, word_lines, words_in_span
from openbda.extraction.offline.shapes import (
    NOT_NAMES,
    TIME,
    date_runs,
    day_span,
    is_initial,
    looks_like_address,
    without_box_number,
    without_title,
    yearless_start,
)

# Parts are trusted a little less than the whole they come from.
PART_PRIOR = -0.02
# A value under its own half of a label of two ("SEX / HEIGHT") is trusted over the whole.
SLASH_PRIOR = 0.03
# Letters with inner apostrophes (straight or U+2019), hyphens and dots: "O'Neil", "Anne-Marie".
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_.'\u2019-]*(?:[.'\u2019-][^\W\d_]*)*\.?,?$")
_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "iv", "jr.", "sr."})
_US_ADDRESS = re.compile(
    r"^(?P<street>.+?)[,\n]\s*(?P<city>[^\W\d_][^,\n\d]*?),?\s+(?P<state>[A-Z]{2}),?\s+"
    r"(?P<zip>\d{5}(?:-\d{4})?)\s*$",
    re.DOTALL,
)


def parts(candidates: Sequence[Candidate]) -> Iterator[Candidate]:
    """The parts of every candidate that has any."""
    # Text printed as a label ("Name:", "CLASS C") is nobody's name; "SUSAN WHITE" read as a
    # card's label and code is still a name.
    labels = {c.label for c in candidates if c.source is Source.COLON or _labels_code(c)}
    for candidate in candidates:
        if candidate.parent is None:
            first_word = candidate.words[0].text if candidate.words else ""
            if candidate.value not in labels and first_word not in labels:
                yield from _name_parts(candidate)
            yield from _address_parts(candidate)
            yield from _range_parts(candidate)
            yield from _time_part(candidate)
            yield from _last_digits(candidate)
            yield from _slash_parts(candidate)


# A card's code after its label: at most this many letters ("C", "BRN"), or with digits.
CODE_CHARS = 3


def _labels_code(candidate: Candidate) -> bool:
    """A label and value on one line whose value is a code or a number ("CLASS C", "HGT 5-06"),
    not another word of a name ("SUSAN WHITE")."""
    value = candidate.value
    # "Emi" after "KATO" is a given name, written as names are; a code is in capitals
    short = len(value) <= CODE_CHARS and not (value.istitle() and value.isalpha())
    return candidate.source is Source.PREFIX and (short or any(c.isdigit() for c in value))


def _part(whole: Candidate, what: str, words: Sequence[Word], value: str) -> Candidate:
    page = whole.evidence[0].page_index if whole.evidence else 0
    return Candidate(
        f"{whole.label} {what}",
        value,
        tuple(words),
        evidence_of(page, word_lines(words)),
        whole.source,
        whole.prior + PART_PRIOR,
        whole,
    )


def _name_parts(whole: Candidate) -> Iterator[Candidate]:
    words = whole.words
    lines = whole.value.split("\n")
    if len(lines) == 2 and len(lines[0].split()) == 1 and 1 <= len(lines[1].split()) <= 2:
        yield from _stacked_name_parts(whole)
        return
    if not 2 <= len(words) <= 4 or "\n" in whole.value or looks_like_address(whole.value):
        return
    if is_state_name(whole.value):
        return  # "NEW YORK" heading a licence is no person's name
    if not _name_words(words):
        return
    suffix = [words[-1]] if words[-1].text.lower().strip(",") in _SUFFIX else []
    body = without_title(words[: len(words) - len(suffix)])  # "Rev. Robert Yamamoto"
    if len(body) < 2:
        return
    if body[0].text.endswith(",") or _family_first(body):  # "GONZALEZ, MARIA ANNA"
        last, first, middle = body[:1], body[1:2], body[2:]
    elif _given_names_label(whole.label) or is_initial(body[-1].text.rstrip(",")):
        # "Given names: Michelle Joshua", "Donald L" (first name and initial): no last name
        first, middle, last = body[:1], body[1:], body[:0]
    else:
        first, middle, last = body[:1], body[1:-1], body[-1:]
    parts = [("first name", first), ("middle name", middle), ("last name", last)]
    if last and len(middle) == 1 and is_initial(middle[0].text):
        parts.append(("first name and initial", (*first, *middle)))  # box e of a W-2
    for what, group in (*parts, ("suffix", suffix)):
        if group:
            value = " ".join(w.text for w in group).strip(",")
            yield _part(whole, what, group, value)


def _family_first(body: Sequence[Word]) -> bool:
    """Whether a name is written family name first, in capitals, before the given names in
    small letters ("MATSUMOTO Emi", "DUPONT Jean Pierre"), as Japan, France and others write
    it on forms."""
    family, *given = (w.text.rstrip(",") for w in body)
    return (
        len(family) > 1
        and family.isupper()
        and bool(given)
        and all(any(ch.islower() for ch in g) for g in given)
    )


_GIVEN = frozenset({"given", "forename", "forenames", "first", "christian"})
_FAMILY = frozenset({"last", "family", "surname", "surnames"})


def _given_names_label(label: str) -> bool:
    """Whether a label names the given names alone ("Given names", "First name")."""
    words = {w.strip(".,:'").lower() for w in label.split()}
    return bool(words & _GIVEN) and not words & _FAMILY


def _name_words(words: Sequence[Word]) -> bool:
    """Whether every word may be part of a person's name: capitalised name words, none of a
    company's or a form's vocabulary."""
    return all(_NAME_WORD.match(w.text) and w.text[0].isupper() for w in words) and not any(
        w.text.lower().strip(".,") in NOT_NAMES for w in words
    )


def _slash_parts(whole: Candidate) -> Iterator[Candidate]:
    """A label of parts and a value of as many ("Tax year/Form corrected": "2022 / W-2",
    "State / Employer's state ID no.": "TX / 382-8103-0"): each part under its own label."""
    labels = [p.strip() for p in without_box_number(whole.label).split("/")]
    if len(labels) < 2 or not all(labels) or "\n" in whole.value:
        return
    groups: list[list[Word]] = [[]]
    for word in whole.words:
        if word.text == "/":
            groups.append([])
        else:
            groups[-1].append(word)
    if len(groups) == 1 and _one_word_each(whole.words, len(labels)):
        groups = [[w] for w in whole.words]  # "SEX / HEIGHT": "F 6'-07\""
    if len(groups) != len(labels) or not all(groups):
        return
    for label, words in zip(labels, groups, strict=True):
        # Each part is a whole value under its own half of the label, not a piece of one:
        # "F" is the sex as printed, more surely than "F 6'-07\"" is.
        part = _part(whole, "", words, " ".join(w.text for w in words))
        yield replace(part, label=label, prior=whole.prior + SLASH_PRIOR, parent=None)


def _one_word_each(words: Sequence[Word], labels: int) -> bool:
    """Whether a value without slashes gives each of `labels` parts one word: as many words,
    of two shapes (a code and a number), so that no name or town is cut in two."""
    digits = [any(c.isdigit() for c in w.text) for w in words]
    return len(words) == labels and any(digits) and not all(digits)


def _stacked_name_parts(whole: Candidate) -> Iterator[Candidate]:
    """A family name over the given names, as identity cards print them ("LOPEZ" over "KAREN
    ANN"): last, first and middle name."""
    words = whole.words
    if not _name_words(words):
        return
    last, first, middle = words[:1], words[1:2], words[2:]
    for what, group in (("last name", last), ("first name", first), ("middle name", middle)):
        if group:
            yield _part(whole, what, group, " ".join(w.text for w in group))


def _address_parts(whole: Candidate) -> Iterator[Candidate]:
    """ "1420 Maple Avenue, Springfield, IL 62704": street (its first line also as line 1, the
    rest as line 2), city, state and ZIP code."""
    match = _US_ADDRESS.match(whole.value)
    if match is None:
        return
    for what, group in (("city", "city"), ("state", "state"), ("zip code", "zip")):
        words = words_in_span(whole.words, match.start(group), match.end(group))
        if words:
            yield _part(whole, what, words, match.group(group).strip(" ,\n"))
    street = words_in_span(whole.words, match.start("street"), match.end("street"))
    lines = _from_house_number(word_lines(street))
    if not lines:
        return
    street = tuple(w for line in lines for w in line)
    yield _part(whole, "street address", street, " ".join(w.text for w in street))
    yield _part(whole, "address line 1", lines[0], " ".join(w.text for w in lines[0]))
    if len(lines) > 1:
        rest = [w for line in lines[1:] for w in line]
        yield _part(whole, "address line 2", rest, " ".join(w.text for w in rest))


def _from_house_number(lines: list[tuple[Word, ...]]) -> list[tuple[Word, ...]]:
    """The street's lines from its house number on: lines before the first one holding digits
    are a name over the address ("Susan Young" over "9693 Church St"), when that line starts
    with its number ("One Market Plaza" over "Suite 300" stays whole)."""
    for k, line in enumerate(lines):
        if any(ch.isdigit() for w in line for ch in w.text):
            return lines[k:] if line[0].text[:1].isdigit() else lines
    return lines


def _range_parts(whole: Candidate) -> Iterator[Candidate]:
    """ "03/01/2025 - 03/15/2025": the start date and the end date; "Mon Nov 6 - Sun Nov 12,
    2023": the start in the end's year; "1-30 NOV 23": days of one month."""
    if (span := day_span(whole.words)) is not None:
        # "1-30 NOV 23": the start is the first day's number, the end its month and year.
        yield _part(whole, "start date", whole.words[:1], span[0].isoformat())
        yield _part(whole, "end date", whole.words[1:], span[1].isoformat())
        return
    runs = list(date_runs(whole.words))
    if len(runs) == 1 and (found := yearless_start(whole.words, runs[0])) is not None:
        start, date = found
        yield _part(whole, "start date", start, date.isoformat())
        yield _part(whole, "end date", runs[0], " ".join(w.text for w in runs[0]))
    if len(runs) == 2:
        for what, words in (("start date", runs[0]), ("end date", runs[1])):
            yield _part(whole, what, words, " ".join(w.text for w in words))


def _time_part(whole: Candidate) -> Iterator[Candidate]:
    """ "12/05/2018 10:22": the time of a date and time."""
    match = TIME.search(whole.value)
    if match and match.start() > 0 and len(whole.words) > 1:
        words = words_in_span(whole.words, match.start(), match.end())
        yield _part(whole, "time", words, match.group())


# A masked card or account number: masking characters, then the digits left showing
# ("************8535", "XXXX XXXX XXXX 2857", "**** 0372", "xxxx-1234"). The runs are
# possessive: a dot leader ("Interest income ..........") must not be split every way there is
# before the match fails (that took seconds a line).
MASKED_NUMBER = re.compile(r"(?<![\w*])(?:[*Xx\u2022#.]{2,}+[\s-]?){1,4}+(\d{4})(?!\d)")


def _last_digits(whole: Candidate) -> Iterator[Candidate]:
    """ "************8535": the last four digits, the only ones a receipt shows of a card."""
    match = MASKED_NUMBER.search(whole.value)
    if match is not None:
        words = words_in_span(whole.words, match.start(1), match.end(1))
        part = _part(whole, "last four digits", words, match.group(1))
        # Asked for digits, the digits are the answer, not the masked whole: no part penalty.
        yield replace(part, prior=whole.prior)
