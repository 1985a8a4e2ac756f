"""Find where on the pages a value was written: the words it came from, as evidence.

Every backend grounds its values here, so geometry means the same whichever model read the
value: a language model answers text, and this module finds that text among the document's
words. Matching compares letters and digits only, case-folded ("NO.53," matches "No 53"), so
punctuation and spacing differences between the answer and the print do not matter:

1. exact: the value's characters occur in the page's running text (its words in reading
   order); the words overlapping the occurrence are the evidence. An occurrence that starts
   and ends on word boundaries scores 1.0, one inside a word ("9.00" in "RM9.00") 0.9.
2. close: otherwise, runs of about as many words as the value has are compared by similarity
   (an OCR misreading, a model's small rewording); the best run at or above MIN_SIMILARITY
   scores its similarity. Its numbers (runs of two or more digits) must be the value's:
   "101.00" is not "102.00" and "12 High St" not "13 High St", however similar the strings;
   a lone digit may be a misread letter ("Suppl1es").

A value spread over several lines (an address) gets one evidence box per line, as BDA's
geometry lists one region per line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from openbda.document.model import BoundingBox, Document, Page, Word
from openbda.extraction.types import Evidence

# Similarity (0..1, difflib's ratio on letters and digits) a run of words needs to count as a
# close match; below it a value is reported without geometry.
MIN_SIMILARITY = 0.75
# Score of an exact occurrence that starts or ends inside a word.
PARTIAL_WORD_SCORE = 0.9
# Values shorter than this (letters and digits) are matched exactly only: a fuzzy "7" would
# match anything.
MIN_FUZZY_CHARS = 4
_NUMBER = re.compile(r"\d{2,}")


@dataclass(frozen=True, slots=True)
class Located:
    """Where a value was found, and how surely it is that value (1.0: character for character)."""

    evidence: tuple[Evidence, ...]
    score: float
    words: tuple[Word, ...]


def key(text: str) -> str:
    """The characters that matching compares: letters and digits, upper-cased."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class _PageText:
    """A page's words in reading order and their comparable characters run together."""

    page: Page
    words: tuple[Word, ...]
    lines: tuple[int, ...]  # the line index of each word
    starts: tuple[int, ...]  # where each word's characters start in `text`
    text: str

    @classmethod
    def of(cls, page: Page) -> _PageText:
        words: list[Word] = []
        lines: list[int] = []
        starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for index, line in enumerate(page.lines):
            for word in line.words:
                chars = key(word.text)
                if not chars:
                    continue
                words.append(word)
                lines.append(index)
                starts.append(offset)
                parts.append(chars)
                offset += len(chars)
        return cls(page, tuple(words), tuple(lines), tuple(starts), "".join(parts))

    def end(self, index: int) -> int:
        return self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)

    def span(self, start: int, stop: int) -> tuple[int, int]:
        """The words overlapping characters [start, stop): first and last index."""
        first = bisect.bisect_right(self.starts, start) - 1
        last = bisect.bisect_left(self.starts, stop) - 1
        return first, last


class Grounder:
    """Locates values on a document's pages; build once per document, ask per value."""

    def __init__(self, document: Document, pages: Iterable[int] | None = None) -> None:
        wanted = None if pages is None else set(pages)
        self._pages = [
            _PageText.of(page) for page in document.pages if wanted is None or page.index in wanted
        ]

    def locate(self, value: str) -> Located | None:
        """The best place `value` is written, or None when it is nowhere close."""
        found = self.locate_all(value)
        return found[0] if found else None

    def locate_all(self, value: str, limit: int = 5) -> list[Located]:
        """Places `value` is written, best first: every exact occurrence, else the closest runs."""
        target = key(value)
        if not target:
            return []
        exact = [hit for page in self._pages for hit in _exact(page, target)]
        if exact:
            exact.sort(key=lambda hit: -hit.score)
            return exact[:limit]
        if len(target) < MIN_FUZZY_CHARS:
            return []
        close = [hit for page in self._pages if (hit := _closest(page, value, target))]
        close.sort(key=lambda hit: -hit.score)
        return close[:limit]


def _exact(page: _PageText, target: str) -> Iterable[Located]:
    start = page.text.find(target)
    while start >= 0:
        stop = start + len(target)
        first, last = page.span(start, stop)
        aligned = page.starts[first] == start and page.end(last) == stop
        yield _located(page, first, last, 1.0 if aligned else PARTIAL_WORD_SCORE)
        start = page.text.find(target, start + 1)


def _closest(page: _PageText, value: str, target: str) -> Located | None:
    """The run of words most like `target`, when similar enough."""
    count = len(value.split())
    best: tuple[float, int, int] | None = None
    digits = _digits(target)
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(target)
    for size in {max(1, count - 1), count, count + 1}:
        for first in range(0, len(page.words) - size + 1):
            last = first + size - 1
            candidate = page.text[page.starts[first] : page.end(last)]
            # Cheap bounds first: most runs are nowhere near the value's length.
            if abs(len(candidate) - len(target)) > 0.5 * len(target):
                continue
            if _digits(candidate) != digits:
                continue
            matcher.set_seq1(candidate)
            if (
                matcher.real_quick_ratio() < MIN_SIMILARITY
                or matcher.quick_ratio() < MIN_SIMILARITY
            ):
                continue
            ratio = matcher.ratio()
            if ratio >= MIN_SIMILARITY and (best is None or ratio > best[0]):
                best = (ratio, first, last)
    if best is None:
        return None
    ratio, first, last = best
    return _located(page, first, last, ratio)


def _digits(text: str) -> list[str]:
    return _NUMBER.findall(text)


def _located(page: _PageText, first: int, last: int, score: float) -> Located:
    words = page.words[first : last + 1]
    lines = page.lines[first : last + 1]
    evidence = []
    for line in dict.fromkeys(lines):
        boxes = [w.box for w, at in zip(words, lines, strict=True) if at == line]
        evidence.append(Evidence.of_box(page.page.index, union(boxes)))
    return Located(tuple(evidence), score, words)


def union(boxes: Sequence[BoundingBox]) -> BoundingBox:
    left = min(b.left for b in boxes)
    top = min(b.top for b in boxes)
    right = max(b.right for b in boxes)
    bottom = max(b.bottom for b in boxes)
    return BoundingBox(left, top, right - left, bottom - top)
