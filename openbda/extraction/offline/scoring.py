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
    TO BE CALIBRATED with bench/extraction_receipts.py (its calibration table bins these
    confidences against correctness), not by hand on its files.
    """

    lexical_weight: float = 0.25
    # A field's best candidate needs this score to be reported; below it: not found.
    found: float = 0.5
    # confidence = logistic(slope * (score - midpoint)): 0.5 at the midpoint. Fitted (maximum
    # likelihood) to whether the synthetic set's answers were right.
    midpoint: float = 0.5
    slope: float = 8.0
    # The kind check: a value of the asked-for shape gains, a value of another shape loses.
    kind_bonus: float = 0.1
    kind_penalty: float = 0.25
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


def confidence(score: float, calibration: Calibration = CALIBRATION) -> float:
    """The probability that a value with this score is right (monotone in the score)."""
    z = calibration.slope * (score - calibration.midpoint)
    return round(1.0 / (1.0 + math.exp(-z)), 4)
