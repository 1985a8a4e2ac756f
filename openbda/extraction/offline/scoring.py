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
    The confidence curve is fitted by bench/fit_calibration.py (see below).
    """

    lexical_weight: float = 0.25
    # A field's best candidate needs this score to be reported; below it: not found.
    found: float = 0.5
    # confidence = logistic(slope * (score - midpoint) - rival_slope * shortfall)
    #              * word_exactness ** (words - 1)
    # where shortfall = rival_gap - the answer's margin over its best rival value (0 when the
    # margin is rival_gap or more, or no other value was offered). 0.5 at the midpoint for a
    # one-word value without a rival. A free-text value (a name, an address) must be right
    # word for word, and each further word is one more chance of a misread, so it is less sure
    # than a typed value (a date, an amount) of the same score. A close rival (another value
    # scoring nearly as well) is the best single sign of a wrong answer on layouts the
    # extractor was never developed on: there, answers within 0.1 of a rival were right about
    # half the time, the others about nine times in ten.
    #
    # Fitted by bench/fit_calibration.py on documents the extraction rules were NOT developed
    # on, because that is what a user's document is: the 100 SROIE receipts (OCR) and the
    # synthetic layout sets fresh9 and fresh11 (seed 5, 10 per kind), each set weighted
    # equally, found leaf values only (1,852). slope and midpoint are kept (fitting them too
    # gains little: at slope 4.5 the best midpoint is 0.12): they also give the not-found
    # confidence and the classifier's field signal. Mean log-loss over the three 0.309 (0.358
    # without the rival term, slope 4.5, midpoint 0.1, exactness 0.95). Checked on fresh12,
    # which the fit never saw: mean confidence 89.4% for 82.9% right (was 95.1%), log-loss
    # 0.392 (was 0.496). On the layouts the rules were developed on (96-100% right) it is now
    # under-confident (mean 92-94%): the price of describing unseen documents honestly.
    midpoint: float = 0.1
    slope: float = 4.5
    rival_gap: float = 0.25
    rival_slope: float = 10.0
    word_exactness: float = 0.94
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


def confidence(
    score: float,
    calibration: Calibration = CALIBRATION,
    words: int = 1,
    margin: float | None = None,
) -> float:
    """The probability that a value with this score is right (monotone in the score); `words`:
    how many words a free-text value has to get right (1 for typed values); `margin`: how far
    the score stands over the best rival value's (None: no rival)."""
    z = calibration.slope * (score - calibration.midpoint)
    if margin is not None:
        z -= calibration.rival_slope * (
            calibration.rival_gap - min(max(margin, 0.0), calibration.rival_gap)
        )
    exact = calibration.word_exactness ** max(0, words - 1)
    return round(exact / (1.0 + math.exp(-z)), 4)
