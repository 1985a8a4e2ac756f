"""Which blueprint a segment is, as BDA decides it (§5.3 of the behaviour reference).

- One document blueprint and no fallback: the matcher is skipped, a forced match with
  confidence 1.
- Several, or one with a fallback: the classifier scores each; the best wins (MATCH) when its
  score reaches MIN_MATCH; otherwise the project's fallback blueprint applies (FALLBACK,
  confidence 0), or, without one, NO_MATCH (no custom output for the segment).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openbda.blueprints.model import BlueprintSchema, BlueprintType
from openbda.blueprints.schema import parse_schema
from openbda.document.model import Document
from openbda.extraction.backend import Classifier
from openbda.extraction.types import CustomOutputStatus, MatchedBlueprint

# A best score below this is no match: the segment is none of the blueprints' kinds.
MIN_MATCH = 0.5


@dataclass(frozen=True)
class JobBlueprint:
    """A blueprint as the job carries it (resolved at invoke time), with its parsed schema."""

    arn: str
    name: str
    version: str | None
    schema: BlueprintSchema

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any]) -> JobBlueprint:
        kind = spec.get("type") or BlueprintType.DOCUMENT.value
        version = spec.get("version")
        return cls(
            arn=spec["blueprintArn"],
            name=spec["name"],
            version=str(version) if version is not None else None,
            schema=parse_schema(spec["schema"], kind),
        )


def document_blueprints(specs: Sequence[Mapping[str, Any]]) -> list[JobBlueprint]:
    """The job's blueprints that apply to documents, in the order they were given."""
    wanted = BlueprintType.DOCUMENT.value
    return [JobBlueprint.from_spec(s) for s in specs if (s.get("type") or wanted) == wanted]


def fallback_blueprint(spec: Mapping[str, Any] | None) -> JobBlueprint | None:
    return JobBlueprint.from_spec(spec) if spec else None


def match_blueprint(
    document: Document,
    pages: Sequence[int],
    blueprints: Sequence[JobBlueprint],
    classifier: Classifier | None,
    fallback: JobBlueprint | None = None,
) -> tuple[MatchedBlueprint, CustomOutputStatus] | None:
    """The blueprint the segment matches and how (MATCH or FALLBACK), or None (NO_MATCH)."""
    if len(blueprints) == 1 and fallback is None:
        return _matched(blueprints[0], 1.0), CustomOutputStatus.MATCH
    if blueprints and classifier is not None:
        scores = classifier.scores(document, pages, [b.schema for b in blueprints])
        best = max(range(len(blueprints)), key=lambda i: scores[i])
        if scores[best] >= MIN_MATCH:
            return _matched(blueprints[best], scores[best]), CustomOutputStatus.MATCH
    if fallback is not None:
        return _matched(fallback, 0.0), CustomOutputStatus.FALLBACK
    return None


def _matched(blueprint: JobBlueprint, confidence: float) -> MatchedBlueprint:
    return MatchedBlueprint(
        blueprint.arn, blueprint.name, blueprint.version, confidence, blueprint.schema
    )
