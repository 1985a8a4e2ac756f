"""Matching a segment to one of the job's blueprints: BDA's forced match and threshold."""

from __future__ import annotations

import json
from collections.abc import Sequence

from openbda.blueprints.model import BlueprintSchema
from openbda.document.model import Document
from openbda.extraction.matching import (
    MIN_MATCH,
    document_blueprints,
    fallback_blueprint,
    match_blueprint,
)
from openbda.extraction.types import CustomOutputStatus

DOC = Document(pages=(), file_type="PDF")


def spec(name: str, kind: str = "DOCUMENT") -> dict[str, object]:
    schema = {
        "class": name,
        "description": f"A {name}",
        "type": "object",
        "properties": {"f": {"type": "string", "inferenceType": "explicit", "instruction": "F"}},
    }
    return {
        "blueprintArn": f"arn:aws:bedrock:us-east-1:000000000000:blueprint/{name}",
        "name": name,
        "type": kind,
        "version": 1,
        "schema": json.dumps(schema),
    }


class FixedScores:
    """A classifier whose scores the test sets: the policy under test is the matcher's."""

    def __init__(self, scores: list[float]) -> None:
        self.values = scores
        self.asked: list[list[str]] = []

    def scores(
        self, document: Document, pages: Sequence[int], schemas: Sequence[BlueprintSchema]
    ) -> list[float]:
        self.asked.append([s.class_name for s in schemas])
        return self.values


def test_only_document_blueprints_take_part() -> None:
    blueprints = document_blueprints([spec("Invoice"), spec("Photo", "IMAGE"), spec("W2")])
    assert [b.name for b in blueprints] == ["Invoice", "W2"]
    assert blueprints[0].version == "1" and blueprints[0].schema.class_name == "Invoice"


def test_a_single_blueprint_is_a_forced_match_without_asking() -> None:
    classifier = FixedScores([0.0])
    match = match_blueprint(DOC, [0], document_blueprints([spec("Invoice")]), classifier)
    assert match is not None
    matched, status = match
    assert matched.confidence == 1.0 and matched.name == "Invoice"
    assert status is CustomOutputStatus.MATCH
    assert classifier.asked == []


def test_the_best_score_wins_when_it_is_high_enough() -> None:
    blueprints = document_blueprints([spec("Invoice"), spec("Receipt"), spec("W2")])
    match = match_blueprint(DOC, [0], blueprints, FixedScores([0.2, 0.7, 0.1]))
    assert match is not None
    matched, status = match
    assert matched.name == "Receipt" and matched.confidence == 0.7
    assert status is CustomOutputStatus.MATCH


def test_a_low_best_score_is_no_match() -> None:
    blueprints = document_blueprints([spec("Invoice"), spec("Receipt")])
    assert match_blueprint(DOC, [0], blueprints, FixedScores([MIN_MATCH - 0.01, 0.1])) is None
    assert match_blueprint(DOC, [0], [], FixedScores([])) is None


def test_with_a_fallback_even_one_blueprint_is_matched_for_real() -> None:
    [invoice] = document_blueprints([spec("Invoice")])
    fallback = fallback_blueprint(spec("Generic"))
    classifier = FixedScores([0.9])
    match = match_blueprint(DOC, [0], [invoice], classifier, fallback)
    assert match is not None and match[0].name == "Invoice" and match[0].confidence == 0.9
    assert classifier.asked == [["Invoice"]]


def test_no_match_with_a_fallback_is_the_fallback_at_confidence_zero() -> None:
    blueprints = document_blueprints([spec("Invoice"), spec("Receipt")])
    fallback = fallback_blueprint(spec("Generic"))
    match = match_blueprint(DOC, [0], blueprints, FixedScores([0.1, 0.2]), fallback)
    assert match is not None
    matched, status = match
    assert (matched.name, matched.confidence, status) == (
        "Generic",
        0.0,
        CustomOutputStatus.FALLBACK,
    )
    # A fallback alone, with no blueprints to match, applies to every segment.
    only = match_blueprint(DOC, [0], [], FixedScores([]), fallback)
    assert only is not None and only[1] is CustomOutputStatus.FALLBACK
    assert fallback_blueprint(None) is None
