"""Fields to candidates: every pair scored (`scoring`), then taken best-first.

A field takes at most one candidate and a printed word serves at most one field, so "TOTAL 9.00"
cannot be both the total and the subtotal, and the invoice date taken by "Date:" is not also
offered as the due date. The parts of a value derived by `derive` (a first name out of a full
name) may share words with the whole value, not with each other.

A to-date field whose twin for this period ("YTDGrossPay", "CurrentGrossPay") was answered on a
row that also prints the to-date amount takes that one: a second pass raises it.

All questions and labels are embedded in one batch (through the cache).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from openbda.blueprints.model import LeafField
from openbda.document.model import BoundingBox
from openbda.extraction.offline.candidates import Candidate, Source
from openbda.extraction.offline.kinds import Ask, Kind, kind_check
from openbda.extraction.offline.patterns import AMOUNT_LABELS, PHONE_NUMBER, PSEUDO_LABELS
from openbda.extraction.offline.scoring import CALIBRATION
from openbda.extraction.offline.text import (
    FieldWords,
    field_name_text,
    field_query,
    label_phrasings,
    speaks_to_date,
    tokens,
)
from openbda.extraction.offline.vectors import VectorCache
from openbda.extraction.types import Value

Normaliser = Callable[[str, LeafField], Value | None]
# The most a kind check can add: pairs that cannot reach FOUND even with it are not normalised.
_MAX_BONUS = CALIBRATION.kind_bonus
# The hub correction needs this many fields to tell a label's general closeness.
MIN_FIELDS_FOR_HUB = 4


@dataclass(frozen=True, slots=True)
class Choice:
    """A field's answer: the candidate and its typed value, or None; `score` is the chosen
    candidate's, or the best one's that was refused (for the not-found confidence). `margin`:
    how far the answer's score stands over its best rival (the field's best pair with another
    value), None when nothing else was offered; a close rival makes the answer less sure."""

    candidate: Candidate | None
    value: Value | None
    score: float
    margin: float | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    score: float
    field: int
    candidate: int
    value: Value


def assign(
    leaves: Sequence[LeafField],
    candidates: Sequence[Candidate],
    vectors: VectorCache,
    normalise: Normaliser,
) -> dict[tuple[str, ...], Choice]:
    """Each leaf's answer, by path."""
    if not leaves:
        return {}
    pairs = candidate_pairs(leaves, candidates, vectors, normalise)
    best = dict.fromkeys(range(len(leaves)), 0.0)
    for pair in pairs:
        best[pair.field] = max(best[pair.field], pair.score)
    chosen = _best_first(pairs, candidates)
    preferred = _to_date_beside_current(leaves, candidates, pairs, chosen)
    if preferred:
        chosen = _best_first([preferred.get(id(p), p) for p in pairs], candidates)
    rivals = _rivals(pairs, chosen)
    out = {}
    for i, leaf in enumerate(leaves):
        answer = chosen.get(i)
        if answer is None:
            out[leaf.path] = Choice(None, None, best[i])
        else:
            rival = rivals.get(i)
            margin = None if rival is None else answer.score - rival
            candidate = candidates[answer.candidate]
            out[leaf.path] = Choice(candidate, answer.value, answer.score, margin)
    return out


def _rivals(pairs: Sequence[Pair], chosen: dict[int, Pair]) -> dict[int, float]:
    """Each answered field's best score among its pairs with another value than the answer's
    (the same value found twice, "Total" on two pages, is agreement, not a rival)."""
    rivals: dict[int, float] = {}
    for pair in pairs:
        answer = chosen.get(pair.field)
        if answer is not None and pair.value != answer.value:
            rivals[pair.field] = max(rivals.get(pair.field, pair.score), pair.score)
    return rivals


def _best_first(pairs: Sequence[Pair], candidates: Sequence[Candidate]) -> dict[int, Pair]:
    """The pairs taken best first: one candidate per field, no word for two fields."""
    chosen: dict[int, Pair] = {}
    taken: list[Candidate] = []
    for pair in sorted(pairs, key=lambda p: -p.score):
        if pair.score < CALIBRATION.found:
            break
        candidate = candidates[pair.candidate]
        if pair.field in chosen or any(_conflict(candidate, other) for other in taken):
            continue
        chosen[pair.field] = pair
        taken.append(candidate)
    return chosen


# A to-date amount read beside its twin's is trusted this much more than the twin's (so that
# it is taken before any field that would take its word).
TWIN_BONUS = 0.01


def _to_date_beside_current(
    leaves: Sequence[LeafField],
    candidates: Sequence[Candidate],
    pairs: Sequence[Pair],
    chosen: dict[int, Pair],
) -> dict[int, Pair]:
    """A to-date amount is read on the row of its field's twin for this period ("YTDGrossPay"
    beside "CurrentGrossPay"): where the current amount was taken under label L and the same
    label with a to-date column heading ("L Year to Date") is offered to the to-date field as
    found, that pair is raised over the twin's score. Returns the raised pairs by the id of
    the pair they replace."""
    raised: dict[int, Pair] = {}
    for current, to_date in _twins(leaves):
        if current not in chosen:
            continue
        taken = candidates[chosen[current].candidate]
        label = taken.label
        for pair in pairs:
            text = candidates[pair.candidate].label
            beside = text.startswith(f"{label} ") and speaks_to_date(text[len(label) :])
            under = speaks_to_date(text) and _printed_under(taken, candidates[pair.candidate])
            if pair.field == to_date and pair.score >= CALIBRATION.found and (beside or under):
                score = max(pair.score, chosen[current].score + TWIN_BONUS)
                raised[id(pair)] = Pair(score, pair.field, pair.candidate, pair.value)
                break
    return raised


def _printed_under(upper: Candidate, lower: Candidate) -> bool:
    """Whether a value is printed right under another, overlapping it across ("$4,724.93"
    over "Year to date  55,371.15" under a "GROSS PAY" caption)."""
    if not upper.words or not lower.words:
        return False
    if upper.evidence[0].page_index != lower.evidence[0].page_index:
        return False
    a = BoundingBox.union(w.box for w in upper.words)
    b = BoundingBox.union(w.box for w in lower.words)
    gap = b.top - a.bottom
    return 0 <= gap <= TWIN_DROP * a.height and b.left < a.right and a.left < b.right


# A to-date amount printed under this period's is at most this many of its lines under it.
TWIN_DROP = 2.0


def _twins(leaves: Sequence[LeafField]) -> list[tuple[int, int]]:
    """(this period's field, its to-date twin) by their names: "CurrentGrossPay" and
    "YTDGrossPay" name the same amount once the period's words are left out."""

    def rest(leaf: LeafField) -> tuple[str, ...]:
        return tuple(w for w in tokens(leaf.name) if w not in _PERIOD_WORDS)

    current = {rest(leaf): i for i, leaf in enumerate(leaves) if "current" in tokens(leaf.name)}
    return [
        (current[rest(leaf)], i)
        for i, leaf in enumerate(leaves)
        if speaks_to_date(leaf.name) and rest(leaf) in current
    ]


_PERIOD_WORDS = frozenset({"current", "year", "to", "date"})


def similarities(
    leaves: Sequence[LeafField], labels: Sequence[str], vectors: VectorCache
) -> np.ndarray:
    """Field x label match, before the kind check and prior (module docstring of `scoring`).

    The cosine is the better of the label's with the field's name in words and with its name
    and instruction together. A label close to every field of the blueprint ("Invoice No." to
    every question of an invoice blueprint, which all speak of the invoice) says little about
    any one of them: its mean cosine over the fields, above the labels' average, is taken off
    (`Calibration.hub`). A pseudo-label matches by the best of its phrasings, a label printed
    in two languages by the better of them."""
    phrasings = [PSEUDO_LABELS.get(label) or label_phrasings(label) for label in labels]
    flat = [text for texts in phrasings for text in texts]
    names = [field_name_text(f.path) for f in leaves]
    queries = [field_query(f) for f in leaves]
    embedded = vectors.of(names + queries + flat)
    n = len(leaves)
    text_vecs = embedded[2 * n :]
    by_name = embedded[:n] @ text_vecs.T
    by_query = embedded[n : 2 * n] @ text_vecs.T
    both = np.maximum(by_name, by_query)
    sims = np.empty((n, len(labels)), dtype=np.float32)
    start = 0
    for j, texts in enumerate(phrasings):
        sims[:, j] = both[:, start : start + len(texts)].max(axis=1)
        start += len(texts)
    printed = [j for j, label in enumerate(labels) if label not in PSEUDO_LABELS]
    if n >= MIN_FIELDS_FOR_HUB and printed:
        starts = np.cumsum([0] + [len(t) for t in phrasings])[printed]
        hub = by_query[:, starts].mean(axis=0)
        sims[:, printed] -= CALIBRATION.hub * np.maximum(0.0, hub - hub.mean())
    fields = FieldWords.of_fields(leaves)
    weight = CALIBRATION.lexical_weight
    for j in printed:
        label_words = tokens(labels[j])
        if label_words:
            sims[:, j] += [weight * f.overlap(label_words) for f in fields]
    return sims


def candidate_pairs(
    leaves: Sequence[LeafField],
    candidates: Sequence[Candidate],
    vectors: VectorCache,
    normalise: Normaliser,
) -> list[Pair]:
    """Every (field, candidate) pair that scores near FOUND or above, with the typed value."""
    labels = sorted({c.label for c in candidates})
    label_index = {label: i for i, label in enumerate(labels)}
    sims = similarities(leaves, labels, vectors)
    # Pairs under this are dropped; above it they still count as "best refused".
    floor = CALIBRATION.found - 0.3
    out = []
    for i, leaf in enumerate(leaves):
        ask = Ask.of(leaf)
        for j, candidate in enumerate(candidates):
            score = float(sims[i, label_index[candidate.label]]) + candidate.prior
            if score + _MAX_BONUS < floor:
                continue
            score += kind_check(ask, candidate.value, candidate.parent is not None)
            score += ask.box_check(candidate.label)
            if score < floor:
                continue
            if ask.kind is Kind.BOOLEAN and candidate.source is Source.PATTERN:
                continue  # a yes/no needs its question printed
            if ask.kind is Kind.IDENTIFIER and candidate.label == PHONE_NUMBER:
                continue  # an unlabelled phone number (under a shop's address) is no ID
            if ask.kind is not Kind.NUMBER and candidate.label in AMOUNT_LABELS:
                continue
            if ask.refuses_label(candidate.label):
                continue
            value = normalise(candidate.value, leaf)
            if value is None:
                continue
            out.append(Pair(score, i, j, value))
    return out


def _conflict(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates may not both be taken: they share a word, unless one is a part
    derived from the other, or a part lies within the other's whole value (the ZIP code out
    of the employer's box and the address read under the employer's name)."""
    if a.parent is b or b.parent is a:
        return False
    ours, theirs = {id(w) for w in a.words}, {id(w) for w in b.words}
    if not ours & theirs:
        return False
    if a.parent is not None and b.parent is None and ours <= theirs:
        return False
    return not (b.parent is not None and a.parent is None and theirs <= ours)
