"""How well a candidate answers a field, and what that score means as a probability.

    score = cosine(field question, label) - hub correction     embedding (`assign`)
          + lexical_weight * shared content words              backs up the small model
          + kind check                                         the value's shape (`kinds`)
          + prior of the arrangement                           printed label 0, others below

A number, integer or boolean field refuses a value that does not read as one (`normalise`
decides); a date field prefers a parsable date, a name field a name, and so on (`kinds`). A
field whose best candidate stays under `found` is reported not found.

All numbers that turn scores into decisions and probabilities are here, in `Calibration`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Calibration:
    """Thresholds and the confidence curve.

    Chosen by experiment on synthetic documents built with openbda.samples (invoices, receipts,
    an HR form, a payslip, a driver licence, a utility bill, a claim form; 118 fields, 17 of
    them absent from their document): right answers scored 0.50-1.35, the best candidate of an
    absent field at most 0.50, so `found` = 0.5 (the best overall accuracy of 0.40-0.60).
    The confidence curve is fitted on bench/extraction_receipts.py and bench/catalog_quality.py
    (see below).
    """

    lexical_weight: float = 0.25
    # A field's best candidate needs this score to be reported; below it: not found.
    found: float = 0.5
    # confidence = logistic(slope * (score - midpoint)) * word_exactness ** (words - 1): 0.5 at
    # the midpoint for a one-word value. A free-text value (a name, an address) must be right
    # word for word, and each further word is one more chance of a misread, so it is less sure
    # than a typed value (a date, an amount) of the same score. Fitted on the found values of
    # two sets together, each value found and right or wrong: bench/extraction_receipts.py's
    # 100 real SROIE receipts (OCR; company, date, address, total: 396 values) and
    # bench/catalog_quality.py --seed 7 (synthetic born-digital documents of the 9 catalog
    # kinds, 5 each: 385 values). Grid search (midpoint 0-0.6, slope 3-15, exactness
    # 0.85-1.0) for the highest joint log-likelihood (midpoint 0.04-0.06, slope 4, exactness
    # 0.94-0.95), then the round setting near it (log-likelihood 0.002 lower) with the smallest
    # gaps between a bin's mean confidence and its share right (bins of 10+ values, both sets):
    # worst 0.08 (receipts [0.5, 0.7): 52% right at 0.60, mostly addresses). Checked held out on
    # --seed 11 (382 values, worst gap 0.07). The score alone tells little on receipts (an
    # address scores ~1.05 and is right half the time, from OCR misreads, at 8 words as at 14):
    # the word factor stands in for that, a compromise between OCR and born-digital text.
    midpoint: float = 0.1
    slope: float = 4.5
    word_exactness: float = 0.95
    # The kind check: a value of the asked-for shape gains, a value of another shape loses.
    kind_bonus: float = 0.1
    kind_penalty: float = 0.25
    # A label naming the form's box the field's question names ("EMPLOYER OF RECORD (box c)"
    # for "the employer's name, from box c") gains, one naming another box loses.
    box_bonus: float = 0.1
    box_penalty: float = 0.1
    # Values longer than this (characters) are paragraphs, not field values, for most fields.
    long_value: int = 100
    long_penalty: float = 0.15
    # Tables: a table is used when the mean over columns of the best header match reaches
    # `table` and at least half of the columns map to a header, each at `column` or above.
    table: float = 0.45
    column: float = 0.25
    # Share of a label's excess mean closeness to all fields taken off its matches.
    hub: float = 0.5


CALIBRATION = Calibration()


def confidence(score: float, calibration: Calibration = CALIBRATION, words: int = 1) -> float:
    """The probability that a value with this score is right (monotone in the score); `words`:
    how many words a free-text value has to get right (1 for typed values)."""
    z = calibration.slope * (score - calibration.midpoint)
    exact = calibration.word_exactness ** max(0, words - 1)
    return round(exact / (1.0 + math.exp(-z)), 4)
