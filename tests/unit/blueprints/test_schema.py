"""The blueprint schema dialect: every construct it accepts, every rule and limit it enforces,
and the location every error names."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from openbda.aws.errors import ValidationException
from openbda.blueprints import (
    BlueprintType,
    FieldType,
    GroupField,
    InferenceType,
    LeafField,
    TableField,
    limits_for,
    parse_schema,
)
from openbda.blueprints.model import Granularity
from openbda.blueprints.schema import SYNC_MAX_LEAF_FIELDS, BlueprintSchemaError
from tests.unit.blueprints.schemas import CMS_1500, custom_type, leaf, leaves, text


def error_of(
    schema: str, kind: BlueprintType | str = BlueprintType.DOCUMENT
) -> BlueprintSchemaError:
    with pytest.raises(BlueprintSchemaError) as info:
        parse_schema(schema, kind)
    return info.value


# ------------------------------------------------------------------ constructs


def test_the_documented_example_becomes_a_tree() -> None:
    schema = parse_schema(json.dumps(CMS_1500))
    assert schema.class_name == "CMS 1500 Claim Form"
    assert schema.description.startswith("A standard medical claim form")
    assert schema.blueprint_type is BlueprintType.DOCUMENT
    assert schema.custom_types == ("Procedure_Service_Supplies", "PatientDetails")
    assert [f.name for f in schema.fields] == [
        "insurance_program",
        "is_outside_lab_indicator",
        "patient_details",
        "diagnosis_codes",
        "medical_procedures",
    ]
    program, lab, patient, codes, procedures = schema.fields

    assert isinstance(program, LeafField)
    assert program.type is FieldType.STRING and not program.is_list
    assert program.enum[0] == "Medicare" and len(program.enum) == 6
    assert program.location == "properties.insurance_program"
    assert isinstance(lab, LeafField) and lab.type is FieldType.BOOLEAN

    assert isinstance(patient, GroupField)
    assert patient.custom_type == "PatientDetails"
    assert patient.instruction == "The patient"
    age = patient.fields[1]
    assert isinstance(age, LeafField)
    assert age.type is FieldType.INTEGER
    assert age.inference_type is InferenceType.INFERRED
    assert age.path == ("patient_details", "age")
    assert age.key == "patient_details/age"
    assert age.location == "definitions.PatientDetails.properties.age"

    assert isinstance(codes, LeafField)
    assert codes.is_list and codes.type is FieldType.STRING and codes.json_type == "array"

    assert isinstance(procedures, TableField)
    assert procedures.custom_type == "Procedure_Service_Supplies"
    assert [c.name for c in procedures.columns] == ["service_start_date", "charge_amount"]
    charge = procedures.columns[1]
    assert charge.path == ("medical_procedures", "charge_amount")
    # No inferenceType given: the value is read as written.
    assert charge.inference_type is InferenceType.EXPLICIT
    assert procedures.fields == procedures.columns

    assert schema.leaf_count == 7
    assert schema.list_leaf_count == 3  # the list and the two table columns


def test_walk_find_and_leaves() -> None:
    schema = parse_schema(json.dumps(CMS_1500))
    keys = [f.key for f in schema.walk()]
    assert keys == [
        "insurance_program",
        "is_outside_lab_indicator",
        "patient_details",
        "patient_details/name",
        "patient_details/age",
        "diagnosis_codes",
        "medical_procedures",
        "medical_procedures/service_start_date",
        "medical_procedures/charge_amount",
    ]
    assert [f.key for f in schema.leaves()] == [
        k for k in keys if k not in ("patient_details", "medical_procedures")
    ]
    found = schema.find("medical_procedures/charge_amount")
    assert isinstance(found, LeafField) and found.type is FieldType.NUMBER
    assert schema.find(("patient_details", "name")) is not None
    assert schema.find("nope") is None


def test_a_minimal_schema_needs_only_class_and_properties() -> None:
    # The shape of the create-blueprint example in BDA's CLI guide.
    schema = parse_schema(
        json.dumps(
            {
                "class": "Passport",
                "description": "Blueprint for processing passport images",
                "properties": {"passport_number": leaf(instruction="The number")},
            }
        ),
        "IMAGE",
    )
    assert schema.class_name == "Passport"
    assert schema.blueprint_type is BlueprintType.IMAGE
    assert schema.leaf_count == 1


def test_a_custom_type_used_twice_gives_two_subtrees() -> None:
    address = custom_type({"city": leaf(), "zip": leaf()})
    schema = parse_schema(
        text(
            {
                "home": {"$ref": "#/definitions/Address"},
                "work": {"$ref": "#/definitions/Address", "type": "object"},
            },
            {"Address": address},
        )
    )
    assert [f.key for f in schema.leaves()] == ["home/city", "home/zip", "work/city", "work/zip"]
    assert schema.leaf_count == 4


def test_field_names_may_hold_spaces_and_punctuation() -> None:
    schema = parse_schema(
        text({"Image & Diagram Extraction": leaf(), "unit price": leaf("number")})
    )
    assert [f.name for f in schema.fields] == ["Image & Diagram Extraction", "unit price"]


def test_enum_without_type_implies_the_values_type() -> None:
    schema = parse_schema(
        text(
            {
                "rating": {"enum": ["Positive", "Neutral", "Negative"], "instruction": "Rate"},
                "stars": {"enum": [1, 2, 3]},
                "score": {"enum": [0.5, 1]},
                "flag": {"enum": [True, False]},
            }
        )
    )
    kinds = [f.type for f in schema.leaves()]
    assert kinds == [FieldType.STRING, FieldType.INTEGER, FieldType.NUMBER, FieldType.BOOLEAN]


def test_enum_on_lists_and_numbers() -> None:
    schema = parse_schema(
        text(
            {
                "colors": {
                    "type": "array",
                    "items": {"type": "string"},
                    "enum": ["red", "green"],
                },
                "rate": leaf("number", enum=[0.5, 1, 2.25]),
                "count": leaf("integer", enum=[1, 2.0]),
            }
        )
    )
    colors, rate, count = schema.fields
    assert isinstance(colors, LeafField) and colors.is_list and colors.enum == ("red", "green")
    assert isinstance(rate, LeafField) and rate.enum == (0.5, 1, 2.25)
    assert isinstance(count, LeafField) and count.enum == (1, 2.0)


def test_preview_era_schemas_are_read() -> None:
    preview = {
        "documentClass": "Bank-Statement",
        "description": "A bank statement",
        "properties": {
            "account_number": {
                "type": "string",
                "inferenceType": "extractive",
                "description": "The account number",
            },
            "summary": {"type": "string", "inferenceType": "generative", "description": "Summary"},
        },
    }
    schema = parse_schema(json.dumps(preview))
    assert schema.class_name == "Bank-Statement"
    number, summary = schema.fields
    assert isinstance(number, LeafField) and isinstance(summary, LeafField)
    assert number.inference_type is InferenceType.EXPLICIT
    assert number.instruction == "The account number"
    assert summary.inference_type is InferenceType.INFERRED


def test_instruction_wins_over_description() -> None:
    schema = parse_schema(text({"a": leaf(instruction="do this", description="about a")}))
    field = schema.fields[0]
    assert isinstance(field, LeafField) and field.instruction == "do this"


def test_video_fields_carry_granularity() -> None:
    schema = parse_schema(
        text(
            {
                "summary": leaf(granularity=["video"]),
                "mood": leaf(granularity=["chapter", "video"]),
                "topics": {
                    "$ref": "#/definitions/Topic",
                    "instruction": "Each topic",
                    "granularity": ["chapter"],
                },
            },
            {"Topic": custom_type({"title": leaf()})},
        ),
        "VIDEO",
    )
    summary, mood, topics = schema.fields
    assert isinstance(summary, LeafField) and summary.granularity == (Granularity.VIDEO,)
    assert isinstance(mood, LeafField)
    assert mood.granularity == (Granularity.CHAPTER, Granularity.VIDEO)
    assert isinstance(topics, GroupField) and topics.granularity == (Granularity.CHAPTER,)


def test_unused_custom_types_are_allowed() -> None:
    schema = parse_schema(text({"a": leaf()}, {"Spare": custom_type({"b": leaf()})}))
    assert schema.custom_types == ("Spare",)
    assert schema.leaf_count == 1


def test_limits_depend_on_the_modality() -> None:
    assert limits_for("DOCUMENT").max_instruction_chars == 600
    for kind in ("IMAGE", "AUDIO", "VIDEO"):
        assert limits_for(kind).max_instruction_chars == 500
    assert SYNC_MAX_LEAF_FIELDS == 15


def test_errors_are_validation_exceptions() -> None:
    err = error_of(text({"a": {"type": "date"}}))
    assert isinstance(err, ValidationException)
    assert (err.code, err.status) == ("ValidationException", 400)
    assert err.location == "properties.a.type"
    assert err.message == (
        "Invalid blueprint schema at 'properties.a.type': \"date\" is not a field type; "
        "use one of string, number, integer, boolean, array"
    )


# ------------------------------------------------------------------ rules, by location


def _nested(inner: dict[str, Any]) -> str:
    return text(
        {"g": {"$ref": "#/definitions/A"}},
        {"A": custom_type(inner), "B": custom_type({"x": leaf()})},
    )


BAD: list[tuple[str, str, str]] = [
    # (what, schema text, location the error names)
    ("not JSON", '{"class": "x", "properties": {', ""),
    ("empty text", "   ", ""),
    ("NaN", '{"class": "x", "properties": {"a": {"type": "number", "enum": [NaN]}}}', ""),
    ("not an object", "[1, 2]", ""),
    ("unknown root keyword", text(required=["a"]), "required"),
    (
        "duplicate root key",
        '{"class": "a", "class": "b", "properties": {"a": {"type": "string"}}}',
        "class",
    ),
    ("no class", json.dumps({"properties": {"a": leaf()}}), "class"),
    ("empty class", text(**{"class": " "}), "class"),
    ("class not a string", text(**{"class": 7}), "class"),
    ("root type", text(type="array"), "type"),
    ("description not a string", text(description=["x"]), "description"),
    ("$schema not a string", text(**{"$schema": 7}), "$schema"),
    ("no properties", json.dumps({"class": "x"}), "properties"),
    ("properties empty", text({}), "properties"),
    ("properties not an object", text(["a"]), "properties"),
    (
        "duplicate field",
        '{"class": "x", "properties": {"a": {"type": "string"}, "a": {"type": "number"}}}',
        "properties.a",
    ),
    ("field not an object", text({"a": "string"}), "properties.a"),
    ("empty field name", text({"": leaf()}), "properties."),
    ("slash in field name", text({"a/b": leaf()}), "properties.a/b"),
    ("field name of 61 characters", text({"n" * 61: leaf()}), "properties." + "n" * 61),
    (
        "unknown field keyword",
        text({"a": {"type": "string", "instructions": "typo"}}),
        "properties.a.instructions",
    ),
    ("no type", text({"a": {"instruction": "x"}}), "properties.a.type"),
    ("unknown type", text({"a": {"type": "date"}}), "properties.a.type"),
    ("type list", text({"a": {"type": ["string", "null"]}}), "properties.a.type"),
    (
        "inline object",
        text({"a": {"type": "object", "properties": {"b": leaf()}}}),
        "properties.a.type",
    ),
    ("array without items", text({"a": {"type": "array"}}), "properties.a.items"),
    (
        "items not an object",
        text({"a": {"type": "array", "items": "string"}}),
        "properties.a.items",
    ),
    (
        "items keyword",
        text({"a": {"type": "array", "items": {"type": "string", "enum": ["x"]}}}),
        "properties.a.items.enum",
    ),
    (
        "items with type and $ref",
        text(
            {"a": {"type": "array", "items": {"type": "object", "$ref": "#/definitions/R"}}},
            {"R": custom_type({"b": leaf()})},
        ),
        "properties.a.items.type",
    ),
    (
        "list of lists",
        text({"a": {"type": "array", "items": {"type": "array"}}}),
        "properties.a.items.type",
    ),
    (
        "list of inline objects",
        text({"a": {"type": "array", "items": {"type": "object"}}}),
        "properties.a.items.type",
    ),
    (
        "list of unknown type",
        text({"a": {"type": "array", "items": {"type": "date"}}}),
        "properties.a.items.type",
    ),
    ("$ref not a string", text({"a": {"$ref": 3}}), "properties.a.$ref"),
    ("$ref outside definitions", text({"a": {"$ref": "#/defs/A"}}), "properties.a.$ref"),
    (
        "$ref to a nested path",
        text({"a": {"$ref": "#/definitions/A/B"}}, {"A": custom_type({"b": leaf()})}),
        "properties.a.$ref",
    ),
    ("$ref to nothing", text({"a": {"$ref": "#/definitions/A"}}), "properties.a.$ref"),
    (
        "table $ref to nothing",
        text(
            {"medical_procedures": {"type": "array", "items": {"$ref": "#/definitions/Procedure"}}}
        ),
        "properties.medical_procedures.items.$ref",
    ),
    (
        "$ref with items",
        text({"a": {"$ref": "#/definitions/A", "items": {}}}, {"A": custom_type({"b": leaf()})}),
        "properties.a.items",
    ),
    (
        "$ref with enum",
        text({"a": {"$ref": "#/definitions/A", "enum": ["x"]}}, {"A": custom_type({"b": leaf()})}),
        "properties.a.enum",
    ),
    (
        "$ref with a scalar type",
        text(
            {"a": {"$ref": "#/definitions/A", "type": "string"}}, {"A": custom_type({"b": leaf()})}
        ),
        "properties.a.type",
    ),
    (
        "table with enum",
        text(
            {"a": {"type": "array", "enum": ["x"], "items": {"$ref": "#/definitions/A"}}},
            {"A": custom_type({"b": leaf()})},
        ),
        "properties.a.enum",
    ),
    (
        "group in a custom type",
        _nested({"inner": {"$ref": "#/definitions/B"}}),
        "definitions.A.properties.inner.$ref",
    ),
    (
        "table in a custom type",
        _nested({"rows": {"type": "array", "items": {"$ref": "#/definitions/B"}}}),
        "definitions.A.properties.rows.items.$ref",
    ),
    (
        "circular reference",
        _nested({"again": {"$ref": "#/definitions/A"}}),
        "definitions.A.properties.again.$ref",
    ),
    (
        "list column in a table",
        text(
            {"t": {"type": "array", "items": {"$ref": "#/definitions/Row"}}},
            {"Row": custom_type({"tags": {"type": "array", "items": {"type": "string"}}})},
        ),
        "definitions.Row.properties.tags",
    ),
    ("definitions not an object", text(definitions=[]), "definitions"),
    ("custom type not an object", text({"a": leaf()}, {"A": "object"}), "definitions.A"),
    (
        "custom type with another type",
        text({"a": leaf()}, {"A": {"type": "array", "properties": {"b": leaf()}}}),
        "definitions.A.type",
    ),
    (
        "custom type without fields",
        text({"a": leaf()}, {"A": {"type": "object"}}),
        "definitions.A.properties",
    ),
    (
        "custom type with no field",
        text({"a": leaf()}, {"A": custom_type({})}),
        "definitions.A.properties",
    ),
    (
        "custom type keyword",
        text({"a": leaf()}, {"A": {**custom_type({"b": leaf()}), "required": ["b"]}}),
        "definitions.A.required",
    ),
    (
        "custom type name with slash",
        text({"a": leaf()}, {"A/B": custom_type({"b": leaf()})}),
        "definitions.A/B",
    ),
    (
        "broken unused custom type",
        text({"a": leaf()}, {"A": custom_type({"b": {"type": "date"}})}),
        "definitions.A.properties.b.type",
    ),
    (
        "instruction not a string",
        text({"a": {"type": "string", "instruction": 5}}),
        "properties.a.instruction",
    ),
    (
        "description not a string",
        text({"a": {"type": "string", "description": 5}}),
        "properties.a.description",
    ),
    ("inference type", text({"a": leaf(inferenceType="extracted")}), "properties.a.inferenceType"),
    (
        "inference type not a string",
        text({"a": leaf(inferenceType=1)}),
        "properties.a.inferenceType",
    ),
    ("enum empty", text({"a": leaf(enum=[])}), "properties.a.enum"),
    ("enum not a list", text({"a": leaf(enum="x")}), "properties.a.enum"),
    ("enum value of another type", text({"a": leaf(enum=["x", 2])}), "properties.a.enum[1]"),
    ("enum boolean for a number", text({"a": leaf("number", enum=[True])}), "properties.a.enum[0]"),
    (
        "enum fraction for an integer",
        text({"a": leaf("integer", enum=[1.5])}),
        "properties.a.enum[0]",
    ),
    ("enum twice the same", text({"a": leaf(enum=["x", "x"])}), "properties.a.enum"),
    ("enum of mixed values without type", text({"a": {"enum": ["x", 1]}}), "properties.a.enum"),
    (
        "granularity outside video",
        text({"a": leaf(granularity=["video"])}),
        "properties.a.granularity",
    ),
]


@pytest.mark.parametrize(("what", "schema", "location"), BAD, ids=[case[0] for case in BAD])
def test_each_rule_names_the_offending_location(what: str, schema: str, location: str) -> None:
    err = error_of(schema)
    assert err.location == location, err.message
    if location:
        assert f"at '{location}'" in err.message


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (["video"], True),
        (["chapter"], True),
        ([], False),
        (["scene"], False),
        (["video", "video"], False),
        ("video", False),
    ],
)
def test_granularity_values(value: Any, ok: bool) -> None:
    schema = text({"a": leaf(granularity=value)})
    if ok:
        parse_schema(schema, "VIDEO")
    else:
        assert error_of(schema, "VIDEO").location == "properties.a.granularity"


def test_cycles_are_named_as_such() -> None:
    err = error_of(_nested({"again": {"$ref": "#/definitions/A"}}))
    assert "circular reference: A -> A" in err.message


def test_nesting_is_refused_with_the_reason() -> None:
    err = error_of(_nested({"inner": {"$ref": "#/definitions/B"}}))
    assert "groups and tables cannot be nested" in err.message


# ------------------------------------------------------------------ limits


def test_field_names_up_to_60_characters() -> None:
    parse_schema(text({"n" * 60: leaf()}))
    assert "the maximum is 60" in error_of(text({"n" * 61: leaf()})).message


def test_at_most_100_leaf_fields() -> None:
    assert parse_schema(text(leaves(100))).leaf_count == 100
    err = error_of(text(leaves(101)))
    assert err.location == "properties"
    assert "more than 100 leaf fields" in err.message


def test_group_fields_count_once_per_use() -> None:
    fifty = custom_type(leaves(50))
    ok = text({"a": {"$ref": "#/definitions/F"}, "b": {"$ref": "#/definitions/F"}}, {"F": fifty})
    assert parse_schema(ok).leaf_count == 100
    too_many = text(
        {"a": {"$ref": "#/definitions/F"}, "b": {"$ref": "#/definitions/F"}, "c": leaf()},
        {"F": fifty},
    )
    assert error_of(too_many).location == "properties"


def test_a_custom_type_expanded_many_times_stops_at_the_limit() -> None:
    # 1,000 fields using one 1,000-field custom type: a million leaves if expanded.
    wide = custom_type({f"c{i}": {"type": "string"} for i in range(1000)})
    many = {f"g{i}": {"$ref": "#/definitions/W"} for i in range(1000)}
    schema = text(many, {"W": wide})
    assert len(schema) < 100_000
    err = error_of(schema)
    assert err.location == "properties"
    assert "more than 100 leaf fields" in err.message


def test_at_most_30_list_leaf_fields() -> None:
    fifteen = custom_type(leaves(15))
    tables = {
        "t1": {"type": "array", "items": {"$ref": "#/definitions/Row"}},
        "t2": {"type": "array", "items": {"$ref": "#/definitions/Row"}},
    }
    assert parse_schema(text(tables, {"Row": fifteen})).list_leaf_count == 30
    one_more = {**tables, "l": {"type": "array", "items": {"type": "string"}}}
    err = error_of(text(one_more, {"Row": fifteen}))
    assert err.location == "properties"
    assert "31 leaf fields in lists and tables; the maximum is 30" in err.message


def test_at_most_15_columns_per_table() -> None:
    table = {"rows": {"type": "array", "items": {"$ref": "#/definitions/Row"}}}
    parse_schema(text(table, {"Row": custom_type(leaves(15))}))
    err = error_of(text(table, {"Row": custom_type(leaves(16))}))
    assert err.location == "properties.rows.items.$ref"
    assert "16 fields; a table may have at most 15" in err.message


def test_at_most_30_custom_types() -> None:
    types = {f"T{i}": custom_type({"a": leaf()}) for i in range(31)}
    parse_schema(text({"a": leaf()}, dict(list(types.items())[:30])))
    err = error_of(text({"a": leaf()}, types))
    assert err.location == "definitions"
    assert "31 custom types" in err.message


@pytest.mark.parametrize(
    ("kind", "limit"),
    [("DOCUMENT", 600), ("IMAGE", 500), ("AUDIO", 500), ("VIDEO", 500)],
)
def test_instruction_length_per_modality(kind: str, limit: int) -> None:
    parse_schema(text({"a": leaf(instruction="i" * limit)}), kind)
    err = error_of(text({"a": leaf(instruction="i" * (limit + 1))}), kind)
    assert err.location == "properties.a.instruction"
    assert f"{kind} blueprints allow at most {limit}" in err.message


def test_instruction_limit_applies_to_groups_and_custom_types() -> None:
    long = "i" * 601
    group = text(
        {"g": {"$ref": "#/definitions/A", "instruction": long}}, {"A": custom_type({"b": leaf()})}
    )
    assert error_of(group).location == "properties.g.instruction"
    inner = text(
        {"g": {"$ref": "#/definitions/A"}}, {"A": custom_type({"b": leaf(instruction=long)})}
    )
    assert error_of(inner).location == "definitions.A.properties.b.instruction"
    preview = text({"a": {"type": "string", "description": long}})
    assert error_of(preview).location == "properties.a.description"


def test_schema_text_up_to_100000_characters() -> None:
    base = text({"a": leaf()}, description="")
    padded = text({"a": leaf()}, description="d" * (100_000 - len(base)))
    assert len(padded) == 100_000
    parse_schema(padded)
    err = error_of(padded + " ")
    assert err.location == ""
    assert "100001 characters long; the maximum is 100000" in err.message


def test_the_schema_is_not_modified() -> None:
    doc = copy.deepcopy(CMS_1500)
    parse_schema(json.dumps(doc))
    assert doc == CMS_1500
