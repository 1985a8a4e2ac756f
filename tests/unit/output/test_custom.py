"""Golden tests of the document custom output (`custom_output/<segment>/result.json`)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openbda.blueprints.model import BlueprintSchema, GroupField, LeafField, TableField
from openbda.blueprints.schema import parse_schema
from openbda.document.model import BoundingBox
from openbda.extraction.types import (
    CustomOutput,
    CustomOutputStatus,
    Evidence,
    FieldResult,
    GroupResult,
    LeafResult,
    MatchedBlueprint,
    TableResult,
    Value,
)
from openbda.output import paths
from openbda.output.custom import (
    match_confidence,
    quantise_confidence,
    render_custom_result,
    segment_output,
)
from openbda.output.job_metadata import AssetOutput, render_job_metadata
from openbda.output.jsonfmt import dumps
from tests.unit.output.golden import assert_golden, assert_golden_json

RECEIPT_SCHEMA = """{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "class": "Receipt",
  "description": "A shop receipt",
  "type": "object",
  "properties": {
    "vendor_name": {"type": "string", "inferenceType": "explicit", "instruction": "The shop's name"},
    "total": {"type": "number", "inferenceType": "explicit", "instruction": "The total paid"},
    "purchase_date": {"type": "string", "inferenceType": "inferred", "instruction": "The date of purchase in YYYY-MM-DD format"},
    "tax": {"type": "number", "inferenceType": "explicit", "instruction": "The sales tax"}
  }
}"""

INVOICE_SCHEMA = """{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "class": "Invoice",
  "description": "A supplier invoice",
  "type": "object",
  "definitions": {
    "Address": {
      "type": "object",
      "properties": {
        "street": {"type": "string", "inferenceType": "explicit", "instruction": "Street and number"},
        "city": {"type": "string", "inferenceType": "explicit", "instruction": "City"}
      }
    },
    "LineItem": {
      "type": "object",
      "properties": {
        "description": {"type": "string", "inferenceType": "explicit", "instruction": "What was sold"},
        "quantity": {"type": "integer", "inferenceType": "explicit", "instruction": "How many"},
        "amount": {"type": "number", "inferenceType": "explicit", "instruction": "Line amount"}
      }
    }
  },
  "properties": {
    "invoice_number": {"type": "string", "inferenceType": "explicit", "instruction": "The invoice number"},
    "supplier_address": {"$ref": "#/definitions/Address"},
    "line_items": {"type": "array", "instruction": "The invoice lines", "items": {"$ref": "#/definitions/LineItem"}},
    "payment_terms": {"type": "array", "inferenceType": "explicit", "instruction": "Each payment term", "items": {"type": "string"}},
    "is_paid": {"type": "boolean", "inferenceType": "explicit", "instruction": "Is the invoice marked paid?"},
    "is_overdue": {"type": "boolean", "inferenceType": "inferred", "instruction": "Is the due date before today?"},
    "currency": {"type": "string", "inferenceType": "inferred", "instruction": "ISO 4217 code of the amounts"}
  }
}"""

RECEIPT_ARN = "arn:aws:bedrock:us-east-1:123456789012:blueprint/3c9d5a6e1f2b"
INVOICE_ARN = "arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-automation-public-invoice"


def leaf(schema: BlueprintSchema, key: str) -> LeafField:
    field = schema.find(key)
    assert isinstance(field, LeafField)
    return field


def group(schema: BlueprintSchema, key: str) -> GroupField:
    field = schema.find(key)
    assert isinstance(field, GroupField)
    return field


def table(schema: BlueprintSchema, key: str) -> TableField:
    field = schema.find(key)
    assert isinstance(field, TableField)
    return field


def at(page: int, left: float, top: float, width: float, height: float) -> Evidence:
    return Evidence.of_box(page, BoundingBox(left, top, width, height))


def found(
    schema: BlueprintSchema, key: str, value: Value | None, confidence: float, *evidence: Evidence
) -> LeafResult:
    return LeafResult(leaf(schema, key), value, confidence, tuple(evidence))


def output(
    schema: BlueprintSchema,
    fields: tuple[FieldResult, ...],
    *,
    arn: str = RECEIPT_ARN,
    name: str = "my-receipt-blueprint",
    version: str | None = "1",
    confidence: float = 0.99888223,
    status: CustomOutputStatus = CustomOutputStatus.MATCH,
    pages: tuple[int, ...] = (0,),
) -> CustomOutput:
    blueprint = MatchedBlueprint(arn, name, version, confidence, schema)
    return CustomOutput(blueprint, status, pages, fields)


def receipt() -> CustomOutput:
    schema = parse_schema(RECEIPT_SCHEMA)
    fields = (
        found(schema, "vendor_name", "CORNER GROCERY", 0.8912, at(0, 0.125, 0.0625, 0.25, 0.03125)),
        found(schema, "total", 23.5, 0.93, at(0, 0.625, 0.75, 0.125, 0.015625)),
        found(schema, "purchase_date", "2025-01-14", 0.7, at(0, 0.5, 0.125, 0.1875, 0.015625)),
        found(schema, "tax", None, 0.61),
    )
    return output(schema, fields)


def invoice() -> CustomOutput:
    schema = parse_schema(INVOICE_SCHEMA)
    address = group(schema, "supplier_address")
    lines = table(schema, "line_items")
    row1 = (
        found(schema, "line_items/description", "Widgets", 0.9, at(1, 0.1, 0.4, 0.2, 0.02)),
        found(schema, "line_items/quantity", 12, 0.95, at(1, 0.5, 0.4, 0.05, 0.02)),
        found(schema, "line_items/amount", 240.0, 0.88, at(1, 0.7, 0.4, 0.1, 0.02)),
    )
    row2 = (
        found(schema, "line_items/description", "Delivery", 0.85, at(1, 0.1, 0.43, 0.2, 0.02)),
        found(schema, "line_items/quantity", None, 0.55),
        found(schema, "line_items/amount", "12.75", 0.8, at(1, 0.7, 0.43, 0.1, 0.02)),
    )
    fields = (
        found(schema, "invoice_number", "INV-0042", 0.97, at(0, 0.7, 0.05, 0.15, 0.02)),
        GroupResult(
            address,
            (
                found(
                    schema, "supplier_address/street", "1 Main St", 0.9, at(0, 0.1, 0.1, 0.2, 0.02)
                ),
                found(schema, "supplier_address/city", None, 0.6),
            ),
        ),
        TableResult(lines, (row1, row2)),
        found(
            schema,
            "payment_terms",
            ("Net 30", "2% 10 days"),
            0.8,
            at(1, 0.1, 0.8, 0.3, 0.02),
            at(1, 0.1, 0.83, 0.3, 0.02),
        ),
        found(schema, "is_paid", True, 0.99, at(0, 0.8, 0.9, 0.1, 0.03)),
        found(schema, "is_overdue", False, 0.7),
        found(schema, "currency", "USD", 0.75),
    )
    return output(
        schema,
        fields,
        arn=INVOICE_ARN,
        name="Invoice",
        version=None,
        confidence=0.9992805,
        pages=(2, 3),
    )


def test_receipt_with_evidence_and_a_missing_field() -> None:
    result = render_custom_result(receipt())
    assert list(result) == [
        "matched_blueprint",
        "document_class",
        "split_document",
        "inference_result",
        "explainability_info",
    ]
    assert result["inference_result"]["tax"] == ""
    assert_golden_json("output/custom/receipt.json", result)


def test_group_table_list_boolean_and_inferred_fields() -> None:
    result = render_custom_result(invoice())
    inference = result["inference_result"]
    assert inference["supplier_address"] == {"street": "1 Main St", "city": ""}
    assert inference["line_items"][1] == {
        "description": "Delivery",
        "quantity": "",
        "amount": 12.75,
    }
    assert inference["payment_terms"] == ["Net 30", "2% 10 days"]
    assert inference["is_paid"] is True
    (explain,) = result["explainability_info"]
    assert isinstance(explain["line_items"], list) and len(explain["line_items"]) == 2
    assert_golden_json("output/custom/invoice.json", result)


def test_table_without_rows_keeps_one_row_of_missing_values() -> None:
    schema = parse_schema(INVOICE_SCHEMA)
    fields = (
        found(schema, "invoice_number", "INV-7", 0.9),
        TableResult(table(schema, "line_items"), ()),
        found(schema, "payment_terms", None, 0.5),
        found(schema, "is_paid", None, 0.6),
    )
    result = render_custom_result(output(schema, fields, name="Invoice"))
    inference = result["inference_result"]
    assert inference["line_items"] == [{"description": "", "quantity": "", "amount": ""}]
    assert inference["payment_terms"] == []
    assert inference["is_paid"] is False
    assert_golden_json("output/custom/empty_table.json", result)


def test_forced_match_confidence_is_the_integer_1_in_the_raw_file() -> None:
    result = render_custom_result(output(receipt().blueprint.schema, (), confidence=1.0))
    raw = dumps(result)
    assert b"\n" not in raw
    assert raw.startswith(
        b'{"matched_blueprint": {"arn": "' + RECEIPT_ARN.encode() + b'", "version": "1", '
        b'"name": "my-receipt-blueprint", "confidence": 1}, "document_class": {"type": "Receipt"}, '
        b'"split_document": {"page_indices": [0]}, "inference_result": {'
    )
    assert type(result["matched_blueprint"]["confidence"]) is int
    assert_golden("output/custom/forced_match.raw.json", raw.decode("ascii") + "\n")


# ------------------------------------------------------------------------------ unit rules


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [
        (0.89, 0.890625),  # 227.84 / 256 rounds to 228 / 256
        (0.7539, 0.75390625),
        (0.0, 0.0),
        (1.0, 1.0),
        (1.7, 1.0),
        (-0.2, 0.0),
        (float("nan"), 0.0),
        (0.001, 0.0),
    ],
)
def test_confidence_is_quantised_to_multiples_of_1_256(confidence: float, expected: float) -> None:
    value = quantise_confidence(confidence)
    assert value == expected
    assert (value * 256).is_integer()


def test_every_explainability_confidence_is_on_the_grid() -> None:
    def confidences(node: Any) -> list[float]:
        if isinstance(node, list):
            return [c for item in node for c in confidences(item)]
        if isinstance(node, dict) and "type" in node and "value" in node:
            return [node["confidence"]]
        if isinstance(node, dict):
            return [c for item in node.values() for c in confidences(item)]
        return []

    found_any = confidences(render_custom_result(invoice())["explainability_info"])
    assert len(found_any) == 13
    assert all(isinstance(c, float) and (c * 256).is_integer() for c in found_any)


def test_geometry_pages_are_1_based_with_bda_key_order() -> None:
    result = render_custom_result(invoice())
    (explain,) = result["explainability_info"]
    (geometry,) = explain["invoice_number"]["geometry"]
    assert geometry["page"] == 1  # evidence on page index 0
    assert list(geometry) == ["page", "boundingBox", "vertices"]
    assert list(geometry["boundingBox"]) == ["left", "top", "width", "height"]
    assert [list(v) for v in geometry["vertices"]] == [["x", "y"]] * 4
    row = explain["line_items"][0]
    assert row["amount"]["geometry"][0]["page"] == 2  # evidence on page index 1
    assert result["split_document"] == {"page_indices": [2, 3]}


def test_leaf_key_order_and_success_omitted_on_top_level_inferred_fields() -> None:
    (explain,) = render_custom_result(invoice())["explainability_info"]
    assert list(explain["invoice_number"]) == ["success", "confidence", "type", "value", "geometry"]
    assert list(explain["currency"]) == ["confidence", "type", "value"]
    assert list(explain["is_overdue"]) == ["confidence", "type", "value"]
    assert list(explain["supplier_address"]["city"]) == ["success", "confidence", "type", "value"]


def test_inference_result_follows_schema_order() -> None:
    result = render_custom_result(invoice())
    names = [f.name for f in invoice().blueprint.schema.fields]
    assert list(result["inference_result"]) == names
    assert list(result["explainability_info"][0]) == names


def test_values_are_typed_as_the_schema_says() -> None:
    schema = parse_schema(INVOICE_SCHEMA)
    row = (
        found(schema, "line_items/description", 7.0, 0.9),
        found(schema, "line_items/quantity", 3.0, 0.9),
        found(schema, "line_items/amount", "N/A", 0.9, at(0, 0.1, 0.1, 0.1, 0.1)),
    )
    fields = (
        TableResult(table(schema, "line_items"), (row,)),
        found(schema, "is_paid", "yes", 0.9),
    )
    result = render_custom_result(output(schema, fields))
    (line,) = result["inference_result"]["line_items"]
    assert line == {"description": "7", "quantity": 3, "amount": ""}
    assert type(line["quantity"]) is int
    assert result["inference_result"]["is_paid"] is True
    (explained,) = result["explainability_info"][0]["line_items"]
    # A value that is not a number is written missing, unsuccessful and without geometry.
    assert explained["amount"] == {
        "success": False,
        "confidence": 0.8984375,
        "type": "number",
        "value": "",
    }


def test_fields_extraction_did_not_report_are_missing_and_unsuccessful() -> None:
    schema = parse_schema(RECEIPT_SCHEMA)
    result = render_custom_result(output(schema, ()))
    assert result["inference_result"] == {
        "vendor_name": "",
        "total": "",
        "purchase_date": "",
        "tax": "",
    }
    (explain,) = result["explainability_info"]
    assert explain["total"] == {"success": False, "confidence": 0.0, "type": "number", "value": ""}


def test_list_leaf_explainability_is_one_array_leaf() -> None:
    (explain,) = render_custom_result(invoice())["explainability_info"]
    terms = explain["payment_terms"]
    assert terms["type"] == "array"
    assert terms["value"] == ["Net 30", "2% 10 days"]
    assert [g["page"] for g in terms["geometry"]] == [2, 2]


def test_match_confidence() -> None:
    schema = parse_schema(RECEIPT_SCHEMA)
    match = CustomOutputStatus.MATCH
    assert match_confidence(output(schema, (), confidence=0.9992805).blueprint, match) == 0.9992805
    # A float64 score is written as the float32 BDA's matcher would give.
    assert match_confidence(output(schema, (), confidence=0.1 + 0.2).blueprint, match) == 0.3
    fallback = output(schema, (), confidence=0.42, status=CustomOutputStatus.FALLBACK)
    result = render_custom_result(fallback)
    assert result["matched_blueprint"]["confidence"] == 0
    assert type(result["matched_blueprint"]["confidence"]) is int


def test_version_is_omitted_when_unknown() -> None:
    result = render_custom_result(invoice())
    assert list(result["matched_blueprint"]) == ["arn", "name", "confidence"]


def test_no_match_has_no_custom_output() -> None:
    schema = parse_schema(RECEIPT_SCHEMA)
    with pytest.raises(ValueError, match="NO_MATCH"):
        render_custom_result(output(schema, (), status=CustomOutputStatus.NO_MATCH))


def test_results_for_unknown_fields_are_refused() -> None:
    other = parse_schema(INVOICE_SCHEMA)
    schema = parse_schema(RECEIPT_SCHEMA)
    stray = found(other, "invoice_number", "INV-1", 0.9)
    with pytest.raises(ValueError, match="invoice_number"):
        render_custom_result(output(schema, (stray,)))


def test_raw_file_round_trips() -> None:
    raw = dumps(render_custom_result(invoice()))
    assert json.loads(raw) == render_custom_result(invoice())


def test_job_metadata_segments_name_custom_output() -> None:
    job = "1f18fb18-fc0b-4a13-bec6-ecf7faaac9b2"
    out = "s3://results-bucket/bda/output"
    segments = [
        segment_output(
            paths.standard_output_uri(out, job, 0, seg),
            paths.custom_output_uri(out, job, 0, seg),
            status,
        )
        for seg, status in enumerate(
            [
                CustomOutputStatus.MATCH,
                CustomOutputStatus.NO_MATCH,
                CustomOutputStatus.FALLBACK,
                None,
            ]
        )
    ]
    metadata = render_job_metadata(job, "DOCUMENT", [AssetOutput(0, "in", "a.pdf", segments)])
    entries = metadata["output_metadata"][0]["segment_metadata"]
    assert entries[0] == {
        "standard_output_path": paths.standard_output_uri(out, job, 0, 0),
        "custom_output_path": paths.custom_output_uri(out, job, 0, 0),
        "custom_output_status": "MATCH",
    }
    assert list(entries[1]) == ["standard_output_path", "custom_output_status"]
    assert entries[1]["custom_output_status"] == "NO_MATCH"
    assert entries[2]["custom_output_status"] == "FALLBACK"
    assert list(entries[3]) == ["standard_output_path"]
