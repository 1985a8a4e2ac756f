"""Custom output `result.json` for a document segment, rendered from a `CustomOutput`.

Pure: the same extraction result always gives the same object. The file sits at
`custom_output/<segment>/result.json` and is written with `jsonfmt.dumps` (one line).

What follows BDA's real output (bda-behaviour.md §5.3, §5.4):

- top-level keys `matched_blueprint, document_class, split_document, inference_result,
  explainability_info` (the documented order; the real raw order is unconfirmed);
- `matched_blueprint` is `arn, version, name, confidence` (`version` only when known); a
  forced match (one blueprint, no fallback) has confidence exactly 1, which real files write as
  the integer `1`;
- `document_class.type` is the schema's `class`; `split_document.page_indices` the segment's
  0-based pages of the original file;
- `inference_result` mirrors the schema: groups are objects, tables lists of row objects; a
  missing string or number is `""`; numbers are JSON numbers, whole ones written as integers
  (`1379`, not `1379.0`); a table with no rows keeps one row of missing values;
- `explainability_info` is a one-element list wrapping an object of the same shape, each leaf
  `{success, confidence, type, value, geometry}`; `geometry` only for a value that was found and
  located, each item `{page (1-based), boundingBox {left, top, width, height}, vertices [4 x
  {x, y}]}`; confidences are multiples of 1/256.

Decided here where the reference is [UNCONFIRMED]:

- Key order inside `inference_result` is the schema's order (real prints looked hash-ordered,
  which cannot be reproduced and helps nobody).
- A missing **boolean** is `false`: BDA writes booleans as `true`/`false` and a yes/no question
  with nothing on the page to support it is answered no; `""` would break typed clients.
- A missing **list leaf** (`{"type": "array", "items": {"type": "string"}}`) is `[]`; a row of
  `""` is kept only for tables, as observed. Empty strings inside a list are dropped.
- A **list leaf's explainability** is one leaf object, `"type": "array"` (the schema's own
  type keyword for the field), `value` the whole list, one confidence, and the geometry of every
  item found, because extraction reports one confidence and one evidence set per field.
- `success` is true when the field was answered with a value of its schema type or answered as
  not present (a not-found value keeps `success: true`, as real files show with `""` values);
  it is false when the answer could not be read as the schema type (its value is then written
  as missing) or when extraction reported nothing for the field. It is omitted on top-level
  `inferred` leaves, as in the one real file that shows the difference.
- The placeholder row of a table with no rows has confidence 0 and `success: true` (the table
  was answered: it has no rows); fields extraction did not report at all have confidence 0 and
  `success: false`.
- `matched_blueprint.confidence` of a FALLBACK match is 0 (documented), written as the integer
  `0` like the forced `1`; other scores are written as float32 values, as the real ones
  (`0.9992805`, `0.99888223`) are.
- Geometry `page` is the 1-based page of the original file (like `page_indices`), also in a
  split segment that does not start at page 0.
- An `integer` field whose value is not a whole number keeps the number as read.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable
from typing import Any

from openbda.blueprints.model import Field, FieldType, GroupField, InferenceType, LeafField
from openbda.extraction.types import (
    CustomOutput,
    CustomOutputStatus,
    Evidence,
    FieldResult,
    GroupResult,
    LeafResult,
    MatchedBlueprint,
    Scalar,
    TableResult,
    Value,
)
from openbda.output.job_metadata import SegmentOutput

MISSING = ""  # BDA's missing value for strings and numbers
# Real explainability confidences are all multiples of 1/256 (0.890625 = 228/256, 0.75390625 =
# 193/256): the model's token probability held in bfloat16, whose 8-bit significand spaces
# values in [0.5, 1) exactly 1/256 apart. Quantising to that grid keeps our numbers looking like
# BDA's, and every multiple of 1/256 is exact in binary, so the JSON prints it in full.
CONFIDENCE_STEPS = 256
# Floats whose integer value is exact: a whole number beyond this is kept a float.
_MAX_EXACT_INT = 2**53


def render_custom_result(output: CustomOutput) -> dict[str, Any]:
    """The custom output `result.json` object of one segment, in BDA's key order."""
    if output.status is CustomOutputStatus.NO_MATCH:
        raise ValueError("a NO_MATCH segment has no custom output")
    schema = output.blueprint.schema
    inference, explain = _fields(schema.fields, output.fields, top_level=True)
    return {
        "matched_blueprint": _matched_blueprint(output.blueprint, output.status),
        "document_class": {"type": schema.class_name},
        "split_document": {"page_indices": list(output.page_indices)},
        "inference_result": inference,
        "explainability_info": [explain],
    }


def segment_output(
    standard_output_path: str,
    custom_output_path: str,
    status: CustomOutputStatus | None,
) -> SegmentOutput:
    """A segment's `job_metadata.json` entry: MATCH and FALLBACK name the custom output file,
    NO_MATCH only says so (no file is written), and without blueprints there is neither."""
    if status is None:
        return SegmentOutput(standard_output_path)
    if status is CustomOutputStatus.NO_MATCH:
        return SegmentOutput(standard_output_path, custom_output_status=status.value)
    return SegmentOutput(standard_output_path, custom_output_path, status.value)


def quantise_confidence(confidence: float) -> float:
    """`confidence` clamped to [0, 1] and rounded to the nearest multiple of 1/256."""
    if not math.isfinite(confidence):
        return 0.0
    clamped = min(1.0, max(0.0, confidence))
    return round(clamped * CONFIDENCE_STEPS) / CONFIDENCE_STEPS


def match_confidence(blueprint: MatchedBlueprint, status: CustomOutputStatus) -> int | float:
    """`matched_blueprint.confidence`: integer 1 for a certain (forced) match, integer 0 for a
    fallback, otherwise the score as the float32 BDA's matcher produces."""
    if status is CustomOutputStatus.FALLBACK:
        return 0
    score = _float32(min(1.0, max(0.0, blueprint.confidence)))
    if score in (0.0, 1.0):
        return int(score)
    return score


# ------------------------------------------------------------------------------ structure


def _matched_blueprint(blueprint: MatchedBlueprint, status: CustomOutputStatus) -> dict[str, Any]:
    out: dict[str, Any] = {"arn": blueprint.arn}
    if blueprint.version is not None:
        out["version"] = blueprint.version
    out["name"] = blueprint.name
    out["confidence"] = match_confidence(blueprint, status)
    return out


def _fields(
    fields: Iterable[Field], results: Iterable[FieldResult], *, top_level: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The values and the explainability of `fields`, in schema order, from `results`."""
    by_path = _index(results)
    values: dict[str, Any] = {}
    explain: dict[str, Any] = {}
    for field in fields:
        result = by_path.pop(field.path, None)
        values[field.name], explain[field.name] = _field(field, result, top_level=top_level)
    if by_path:
        unknown = ", ".join("/".join(path) for path in by_path)
        raise ValueError(f"results for fields the blueprint does not define: {unknown}")
    return values, explain


def _index(results: Iterable[FieldResult]) -> dict[tuple[str, ...], FieldResult]:
    out: dict[tuple[str, ...], FieldResult] = {}
    for result in results:
        if result.field.path in out:
            raise ValueError(f"two results for field {result.field.key}")
        out[result.field.path] = result
    return out


def _field(field: Field, result: FieldResult | None, *, top_level: bool) -> tuple[Any, Any]:
    if isinstance(field, LeafField):
        if result is not None and not isinstance(result, LeafResult):
            raise ValueError(f"field {field.key} is a leaf; got {type(result).__name__}")
        return _leaf(field, result, answered=False, top_level=top_level)
    if isinstance(field, GroupField):
        if result is not None and not isinstance(result, GroupResult):
            raise ValueError(f"field {field.key} is a group; got {type(result).__name__}")
        return _fields(field.fields, result.fields if result else (), top_level=False)
    if result is not None and not isinstance(result, TableResult):
        raise ValueError(f"field {field.key} is a table; got {type(result).__name__}")
    rows: list[dict[str, Any]] = []
    explain: list[dict[str, Any]] = []
    for row in result.rows if result else ():
        row_values, row_explain = _fields(field.columns, row, top_level=False)
        rows.append(row_values)
        explain.append(row_explain)
    if not rows:
        # BDA keeps one row of missing values for a table with nothing in it.
        row_values, row_explain = {}, {}
        for column in field.columns:
            value, info = _leaf(column, None, answered=result is not None)
            row_values[column.name], row_explain[column.name] = value, info
        rows.append(row_values)
        explain.append(row_explain)
    return rows, explain


# ------------------------------------------------------------------------------ leaves


def _leaf(
    field: LeafField,
    result: LeafResult | None,
    *,
    answered: bool,
    top_level: bool = False,
) -> tuple[Any, dict[str, Any]]:
    """A leaf's value and its explainability object. Without a result the field was not
    answered, unless `answered` says the missing value is itself the answer."""
    if result is None:
        value, success, confidence, found = _missing(field), answered, 0.0, False
        evidence: tuple[Evidence, ...] = ()
    else:
        value, success = _typed(field, result.value)
        confidence, evidence = result.confidence, result.evidence
        found = success and result.value is not None and not _is_empty(value)
    info: dict[str, Any] = {}
    if not (top_level and field.inference_type is InferenceType.INFERRED):
        info["success"] = success
    info["confidence"] = quantise_confidence(confidence)
    info["type"] = field.json_type
    info["value"] = value
    if found and evidence:
        info["geometry"] = [_geometry(e) for e in evidence]
    return value, info


def _geometry(evidence: Evidence) -> dict[str, Any]:
    box = evidence.box
    return {
        "page": evidence.page_index + 1,
        "boundingBox": {
            "left": box.left,
            "top": box.top,
            "width": box.width,
            "height": box.height,
        },
        "vertices": [{"x": x, "y": y} for x, y in evidence.vertices],
    }


def _missing(field: LeafField) -> Any:
    if field.is_list:
        return []
    if field.type is FieldType.BOOLEAN:
        return False
    return MISSING


def _is_empty(value: Any) -> bool:
    return (isinstance(value, str) and value == "") or (isinstance(value, list) and not value)


def _typed(field: LeafField, raw: Value | None) -> tuple[Any, bool]:
    """`raw` as the JSON value the schema type asks for, and whether it could be read so."""
    if raw is None:
        return _missing(field), True
    if field.is_list:
        items = raw if isinstance(raw, tuple) else (raw,)
        typed = [_scalar(field.type, item) for item in items]
        kept = [item for item in typed if item is not None and item != MISSING]
        return kept, all(item is not None for item in typed)
    if isinstance(raw, tuple):
        return _missing(field), False
    value = _scalar(field.type, raw)
    if value is None:
        return _missing(field), False
    return value, True


_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


def _scalar(kind: FieldType, raw: Scalar) -> Scalar | None:
    """One value as `kind`; None when it is not one (the text "N/A" for a number)."""
    if kind is FieldType.STRING:
        if isinstance(raw, bool):
            return "true" if raw else "false"
        if isinstance(raw, float):
            return str(_number(raw))
        return str(raw)
    if kind is FieldType.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int | float):
            return bool(raw) if raw in (0, 1) else None
        text = raw.strip().lower()
        return True if text in _TRUE else False if text in _FALSE else None
    # number and integer
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        text = raw.strip()
        if text == "":
            return MISSING
        try:
            raw = float(text)
        except ValueError:
            return None
    if isinstance(raw, float) and not math.isfinite(raw):
        return None
    return _number(raw)


def _number(value: int | float) -> int | float:
    """Whole numbers as JSON integers (`500`, not `500.0`), as BDA writes them."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= _MAX_EXACT_INT:
        return int(value)
    return value


def _float32(value: float) -> float:
    """`value` as float32, written with the fewest digits that give that float32 back."""
    (single,) = struct.unpack("<f", struct.pack("<f", value))
    for digits in range(1, 10):
        text = f"{single:.{digits}g}"
        if struct.unpack("<f", struct.pack("<f", float(text)))[0] == single:
            return float(text)
    return float(single)
