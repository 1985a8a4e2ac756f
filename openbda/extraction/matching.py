"""Which blueprint a segment is, as BDA decides it (§5.3 of the behaviour reference).

- One document blueprint and no fallback: the matcher is skipped, a forced match with
  confidence 1.
- Several: the classifier scores each; the best wins when its score reaches MIN_MATCH,
  otherwise NO_MATCH (no custom output for the segment).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openbda.blueprints.model import BlueprintSchema, BlueprintType
from openbda.blueprints.schema import parse_schema
from openbda.document.model import Document
from openbda.extraction.backend import Classifier
from openbda.extraction.types import MatchedBlueprint

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


def match_blueprint(
    document: Document,
    pages: Sequence[int],
    blueprints: Sequence[JobBlueprint],
    classifier: Classifier | None,
) -> MatchedBlueprint | None:
    """The blueprint the segment matches, or None (NO_MATCH)."""
    if not blueprints:
        return None
    if len(blueprints) == 1:
        return _matched(blueprints[0], 1.0)
    if classifier is None:
        return None
    scores = classifier.scores(document, pages, [b.schema for b in blueprints])
    best = max(range(len(blueprints)), key=lambda i: scores[i])
    if scores[best] < MIN_MATCH:
        return None
    return _matched(blueprints[best], scores[best])


def _matched(blueprint: JobBlueprint, confidence: float) -> MatchedBlueprint:
    return MatchedBlueprint(
        blueprint.arn, blueprint.name, blueprint.version, confidence, blueprint.schema
    )
