"""What extraction produces for one document segment and the blueprint it matched.

The result mirrors the blueprint's field tree (`openbda.blueprints.model`): a `LeafResult` per
leaf, a `GroupResult` per group, a `TableResult` (rows of leaf results) per table. A leaf that
was not found has `value` None; the renderer writes BDA's missing-value conventions from that,
so backends never spell them. Confidences are probabilities in [0, 1]; evidence says where on
which page the value was read, as normalised boxes like the standard output's.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from openbda.blueprints.model import BlueprintSchema, GroupField, LeafField, TableField
from openbda.document.model import BoundingBox

Scalar = str | int | float | bool
# A list leaf (`{"type": "array", "items": {"type": "string"}}`) holds a tuple of scalars.
Value = Scalar | tuple[Scalar, ...]


class CustomOutputStatus(StrEnum):
    """`custom_output_status` of a segment in job_metadata.json."""

    MATCH = "MATCH"
    NO_MATCH = "NO_MATCH"
    FALLBACK = "FALLBACK"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: a page (0-based here; BDA's geometry writes it 1-based), the
    box around the words, and the four corners of that region in reading order (top-left,
    top-right, bottom-right, bottom-left), all normalised to the page."""

    page_index: int
    box: BoundingBox
    vertices: tuple[tuple[float, float], ...]

    @classmethod
    def of_box(cls, page_index: int, box: BoundingBox) -> Evidence:
        """Evidence for an upright box: its corners are the vertices."""
        vertices = (
            (box.left, box.top),
            (box.right, box.top),
            (box.right, box.bottom),
            (box.left, box.bottom),
        )
        return cls(page_index, box, vertices)


@dataclass(frozen=True, slots=True)
class LeafResult:
    field: LeafField
    value: Value | None  # None: not found in the document
    confidence: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupResult:
    field: GroupField
    fields: tuple[FieldResult, ...]


@dataclass(frozen=True, slots=True)
class TableResult:
    field: TableField
    rows: tuple[tuple[LeafResult, ...], ...]  # each row: one result per column, column order


FieldResult = LeafResult | GroupResult | TableResult


@dataclass(frozen=True, slots=True)
class MatchedBlueprint:
    """The blueprint a segment was matched to, as `matched_blueprint` reports it."""

    arn: str
    name: str
    version: str | None
    confidence: float
    schema: BlueprintSchema


@dataclass(frozen=True, slots=True)
class CustomOutput:
    """One segment's custom output: `custom_output/<segment>/result.json`."""

    blueprint: MatchedBlueprint
    status: CustomOutputStatus  # MATCH or FALLBACK; NO_MATCH segments have no custom output
    page_indices: tuple[int, ...]  # 0-based pages of the original file in the segment
    fields: tuple[FieldResult, ...]
