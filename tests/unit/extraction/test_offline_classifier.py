"""The offline classifier: which blueprint a document is, with the real embedder, on documents
built by the real PDF builder."""

from __future__ import annotations

import pytest

pytest.importorskip("numpy", reason="the offline backend needs the `extract` extra")

from openbda.blueprints.catalog import catalog
from openbda.document.model import Document
from openbda.engines.embed import EmbedderUnavailable, get_embedder
from openbda.extraction.matching import MIN_MATCH, JobBlueprint, match_blueprint
from openbda.extraction.offline import OfflineClassifier
from tests.unit.extraction.test_offline_samples import (
    form,
    invoice,
    licence,
    minutes,
    payslip,
    receipt,
)

CATALOG = {c.suffix: c.schema for c in catalog()}
THREE = ["invoice", "payslip", "us-driver-license"]


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    try:
        embedder = get_embedder()
        embedder.embed(["probe"])
    except (EmbedderUnavailable, ImportError) as exc:
        pytest.skip(f"the `extract` extra is not installed: {exc}")
    return OfflineClassifier(embedder)


def best(classifier: OfflineClassifier, document: Document, names: list[str]) -> tuple[str, float]:
    scores = classifier.scores(document, [0], [CATALOG[n] for n in names])
    assert len(scores) == len(names) and sum(scores) <= 1.0 + 1e-9
    assert all(0.0 <= s <= 1.0 for s in scores)
    top = max(range(len(names)), key=lambda i: scores[i])
    return names[top], scores[top]


@pytest.mark.parametrize(
    ("make", "expected"),
    [(invoice, "invoice"), (payslip, "payslip"), (licence, "us-driver-license")],
)
def test_each_document_matches_its_blueprint(classifier: OfflineClassifier, make, expected) -> None:  # type: ignore[no-untyped-def]
    name, score = best(classifier, make(), THREE)
    assert name == expected and score >= MIN_MATCH


def test_among_all_catalog_blueprints(classifier: OfflineClassifier) -> None:
    everything = list(CATALOG)
    for make, expected in [(invoice, "invoice"), (receipt, "receipt"), (payslip, "payslip")]:
        name, score = best(classifier, make(), everything)
        assert name == expected and score >= MIN_MATCH, (make.__name__, name, score)


@pytest.mark.parametrize("make", [minutes, form])
def test_an_unrelated_document_matches_nothing(classifier: OfflineClassifier, make) -> None:  # type: ignore[no-untyped-def]
    for names in (THREE, list(CATALOG)):
        _, score = best(classifier, make(), names)
        assert score < MIN_MATCH


def test_matching_uses_the_classifier(classifier: OfflineClassifier) -> None:
    blueprints = [
        JobBlueprint(f"arn:aws:bedrock:us-east-1:aws:blueprint/{n}", n, None, CATALOG[n])
        for n in THREE
    ]
    match = match_blueprint(payslip(), [0], blueprints, classifier)
    assert match is not None
    matched, _ = match
    assert matched.name == "payslip" and matched.confidence >= MIN_MATCH
    assert match_blueprint(minutes(), [0], blueprints, classifier) is None


def test_no_blueprints_no_scores(classifier: OfflineClassifier) -> None:
    assert classifier.scores(invoice(), [0], []) == []
