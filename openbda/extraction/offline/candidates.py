"""A candidate: a value on the page with what it is labelled, where it is, how it was found.

Finders (`labelled`, `patterns`, `derive`, the one-row tables of `extractor`) offer candidates;
`assign` decides which one answers which field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from openbda.document.model import Word
from openbda.extraction.offline.layout import evidence_of
from openbda.extraction.types import Evidence


class Source(StrEnum):
    """How a candidate was found (see `labelled` for the first four)."""

    COLON = "colon"
    GAP = "gap"
    BELOW = "below"
    PREFIX = "prefix"
    TABLE = "table"  # a header over the one row of a table
    PATTERN = "pattern"  # unlabelled, found by its shape and place (`patterns`)


@dataclass(frozen=True, slots=True)
class Candidate:
    label: str  # the label as printed, or a pseudo-label describing an unlabelled value
    value: str
    words: tuple[Word, ...]  # the value's words: no field may use a word twice
    evidence: tuple[Evidence, ...]
    source: Source
    prior: float = 0.0  # added to the score: how much this arrangement is trusted
    parent: Candidate | None = None  # the whole value this one is a part of (`derive`)


def make(
    label: str,
    lines: Sequence[Sequence[Word]],
    page_index: int,
    source: Source,
    prior: float = 0.0,
    *,
    value: str | None = None,
) -> Candidate:
    """A candidate whose value is `lines` of words (joined by newlines), a box per line; or
    `value` where it is only part of its words' text (the digits of "****8535")."""
    words = tuple(w for line in lines for w in line)
    if value is None:
        value = "\n".join(" ".join(w.text for w in line) for line in lines if line)
    return Candidate(label, value, words, evidence_of(page_index, lines), source, prior)


def word_ids(candidate: Candidate) -> tuple[int, ...]:
    """Which printed words a candidate's value is: two candidates of the same words name the
    same value on the page."""
    return tuple(id(w) for w in candidate.words)
