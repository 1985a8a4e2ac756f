"""Blueprint schemas for tests, built as dicts and dumped to the text the API carries."""

from __future__ import annotations

import json
from typing import Any


def leaf(kind: str = "string", instruction: str = "the value", **extra: Any) -> dict[str, Any]:
    return {"type": kind, "inferenceType": "explicit", "instruction": instruction, **extra}


def text(properties: Any = None, definitions: Any = None, **root: Any) -> str:
    """A schema document; ``properties`` and ``definitions`` may be malformed on purpose."""
    doc: dict[str, Any] = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "class": "Test Document",
        "description": "A document used in tests",
        "type": "object",
    }
    if definitions is not None:
        doc["definitions"] = definitions
    doc["properties"] = properties if properties is not None else {"value": leaf()}
    doc.update(root)
    return json.dumps(doc)


def custom_type(fields: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


def leaves(count: int, prefix: str = "f") -> dict[str, Any]:
    return {f"{prefix}{i}": leaf() for i in range(count)}


# The CMS 1500 example of BDA's documentation, completed: leaves, a group, a table, a list.
CMS_1500: dict[str, Any] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "class": "CMS 1500 Claim Form",
    "description": "A standard medical claim form used by healthcare providers",
    "type": "object",
    "definitions": {
        "Procedure_Service_Supplies": {
            "type": "object",
            "properties": {
                "service_start_date": {
                    "type": "string",
                    "inferenceType": "explicit",
                    "instruction": "The service start date from item 24A in YYYY-MM-DD format",
                },
                "charge_amount": {
                    "type": "number",
                    "instruction": "The charge amount for the procedure",
                },
            },
        },
        "PatientDetails": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "inferenceType": "explicit", "instruction": "Name"},
                "age": {"type": "integer", "inferenceType": "inferred", "instruction": "Age"},
            },
        },
    },
    "properties": {
        "insurance_program": {
            "type": "string",
            "inferenceType": "explicit",
            "instruction": "The insurance program from item 1",
            "enum": ["Medicare", "Medicaid", "Tricare", "CHAMPVA", "Group Health Plan", "FECA"],
        },
        "is_outside_lab_indicator": {
            "type": "boolean",
            "inferenceType": "explicit",
            "instruction": "Are there outside lab charges? from item 20",
        },
        "patient_details": {
            "$ref": "#/definitions/PatientDetails",
            "instruction": "The patient",
        },
        "diagnosis_codes": {
            "type": "array",
            "inferenceType": "explicit",
            "instruction": "The ICD codes of item 21",
            "items": {"type": "string"},
        },
        "medical_procedures": {
            "type": "array",
            "instruction": "The list of medical procedures from the table in item 24",
            "items": {"$ref": "#/definitions/Procedure_Service_Supplies"},
        },
    },
}
