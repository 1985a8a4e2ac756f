"""Which blueprint a segment is, without a language model.

Two signals per blueprint:

- what the document says it is: the cosine between the segment's opening text (its first
  `opening_chars` characters, where a document names itself) and the blueprint's description
  (class, description, its field names in words);
- whether its fields are there: the mean over the blueprint's leaf fields of the confidence of
  the answer the extractor's own matching (`assign`) gives each, 0 when not found: a document
  of the blueprint's kind prints most of what it asks for. This signal carries most of the
  weight: it tells a receipt from an invoice better than their descriptions do.

Each blueprint's logit is a weighted sum of the two; a "none of them" option with a fixed logit
joins the softmax, so a document unlike every blueprint leaves most of the probability there and
no blueprint reaches `matching.MIN_MATCH`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from openbda.blueprints.model import BlueprintSchema
from openbda.document.model import Document
from openbda.engines.embed.types import Embedder
from openbda.extraction.llm import segment_text
from openbda.extraction.offline.assign import assign
from openbda.extraction.offline.candidates import Candidate
from openbda.extraction.offline.extractor import answerable_leaves, find_candidates
from openbda.extraction.offline.layout import page_layouts
from openbda.extraction.offline.scoring import confidence
from openbda.extraction.offline.text import humanise
from openbda.extraction.offline.vectors import VectorCache
from openbda.extraction.values import normalise


@dataclass(frozen=True)
class ClassifierCalibration:
    """Weights of the two signals and the "none" logit (module docstring). Chosen by a grid
    search on synthetic invoices, receipts, payslips and licences (each must win with at least
    0.5) and unrelated documents (meeting minutes, an HR form, a claim form: all below 0.5),
    against 3 and against all 12 catalog blueprints; the field signal depends on the
    extractor's `Calibration`, so recalibrate both together. TO BE CALIBRATED with
    bench/extraction_receipts.py's classification set."""

    opening_chars: int = 1500
    text_weight: float = 5.0
    fields_weight: float = 15.0
    none_logit: float = 9.0


CLASSIFIER_CALIBRATION = ClassifierCalibration()


class OfflineClassifier:
    def __init__(
        self, embedder: Embedder, calibration: ClassifierCalibration = CLASSIFIER_CALIBRATION
    ) -> None:
        self.vectors = VectorCache(embedder)
        self.calibration = calibration

    def scores(
        self, document: Document, pages: Sequence[int], schemas: Sequence[BlueprintSchema]
    ) -> list[float]:
        if not schemas:
            return []
        c = self.calibration
        opening = " ".join(segment_text(document, pages).split())[: c.opening_chars]
        candidates = find_candidates(page_layouts(document, pages))
        text_vec = self.vectors.of([opening])[0]
        blueprint_vecs = self.vectors.of([describe(s) for s in schemas])
        logits = []
        for schema, vec in zip(schemas, blueprint_vecs, strict=True):
            coverage = field_coverage(schema, candidates, self.vectors)
            logits.append(c.text_weight * float(vec @ text_vec) + c.fields_weight * coverage)
        return _softmax_with_none(logits, c.none_logit)


def field_coverage(
    schema: BlueprintSchema, candidates: Sequence[Candidate], vectors: VectorCache
) -> float:
    """Mean over the blueprint's leaves (table columns excluded) of the confidence of each
    one's answer; 0 for a leaf not found."""
    leaves = list(answerable_leaves(schema.fields))
    if not leaves:
        return 0.0
    choices = assign(leaves, candidates, vectors, normalise).values()
    return sum(confidence(c.score) for c in choices if c.value is not None) / len(leaves)


def describe(schema: BlueprintSchema) -> str:
    """A blueprint as one text: its class, description and field names in words."""
    names = ", ".join(dict.fromkeys(humanise(f.name) for f in schema.fields))
    return f"{humanise(schema.class_name)}. {schema.description} Fields: {names}".strip()


def _softmax_with_none(logits: Sequence[float], none_logit: float) -> list[float]:
    top = max([*logits, none_logit])
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps) + math.exp(none_logit - top)
    return [round(e / total, 6) for e in exps]
