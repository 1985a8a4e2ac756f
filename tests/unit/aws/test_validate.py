from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from openbda.aws.errors import ValidationException
from openbda.aws.spec import control_spec, runtime_spec
from openbda.aws.validate import find_violations, matches_pattern, validate_input

PROFILE = "arn:aws:bedrock:us-east-1:000000000000:data-automation-profile/us.data-automation-v1"


def runtime_violations(operation: str, params: dict[str, Any]) -> list[str]:
    shape = runtime_spec().operation(operation).input_shape
    assert shape is not None
    return find_violations(shape, params, "")


def control_violations(operation: str, params: dict[str, Any]) -> list[str]:
    shape = control_spec().operation(operation).input_shape
    assert shape is not None
    return find_violations(shape, params, "")


def test_valid_input_has_no_violations() -> None:
    assert (
        runtime_violations(
            "InvokeDataAutomationAsync",
            {
                "inputConfiguration": {"s3Uri": "s3://bucket/key with spaces/é.pdf"},
                "outputConfiguration": {"s3Uri": "s3://bucket"},
                "dataAutomationProfileArn": PROFILE,
                "unknownMember": {"is": "ignored"},
            },
        )
        == []
    )


def test_pattern_is_a_full_match() -> None:
    arn = "arn:aws:bedrock:us-east-1:000000000000:data-automation-invocation/abc"
    assert runtime_violations("GetDataAutomationStatus", {"invocationArn": arn}) == []
    # A matching prefix is not enough; the whole value must match.
    problems = runtime_violations("GetDataAutomationStatus", {"invocationArn": arn + " trailing"})
    assert len(problems) == 1
    assert "Member must satisfy regular expression pattern" in problems[0]


def test_unicode_property_classes() -> None:
    pattern = "(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"
    assert matches_pattern(pattern, "Größe ١٢٣ 名前")
    assert not matches_pattern(pattern, "aws:thing")
    assert not matches_pattern(pattern, "semi;colon")


def test_types_are_checked() -> None:
    problems = runtime_violations(
        "InvokeDataAutomationAsync",
        {
            "inputConfiguration": "s3://bucket/a",
            "outputConfiguration": {"s3Uri": 5},
            "dataAutomationProfileArn": PROFILE,
            "notificationConfiguration": {"eventBridgeConfiguration": {"eventBridgeEnabled": 1}},
            "blueprints": {"not": "a list"},
        },
    )
    assert problems == [
        "Value 's3://bucket/a' at 'inputConfiguration' failed to satisfy constraint: "
        "Member must be of type structure",
        "Value '5' at 'outputConfiguration.s3Uri' failed to satisfy constraint: "
        "Member must be of type string",
        "Value '1' at 'notificationConfiguration.eventBridgeConfiguration.eventBridgeEnabled' "
        "failed to satisfy constraint: Member must be of type boolean",
        "Value '{not=a list}' at 'blueprints' failed to satisfy constraint: "
        "Member must be of type list",
    ]


def test_integer_range_and_bool_is_not_an_integer() -> None:
    assert control_violations("ListBlueprints", {"maxResults": 0}) == [
        "Value '0' at 'maxResults' failed to satisfy constraint: "
        "Member must have value greater than or equal to 1"
    ]
    assert control_violations("ListBlueprints", {"maxResults": True}) == [
        "Value 'true' at 'maxResults' failed to satisfy constraint: Member must be of type integer"
    ]


def test_string_length_and_pattern_reported_separately() -> None:
    entity_id = control_spec().model.shape_for("EntityId")
    assert find_violations(entity_id, "", "entityId") == [
        "Value '' at 'entityId' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
        "Value '' at 'entityId' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+",
    ]


def test_sensitive_values_are_not_echoed() -> None:
    shape = control_spec().operation("CreateBlueprint").input_shape
    assert shape is not None
    schema_shape = shape.members["schema"]
    assert schema_shape.metadata.get("sensitive")
    problems = control_violations(
        "CreateBlueprint", {"blueprintName": "bad name", "type": "DOCUMENT", "schema": ""}
    )
    assert problems == [
        "Value at 'blueprintName' failed to satisfy constraint: "
        "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+",
        "Value at 'schema' failed to satisfy constraint: "
        "Member must have length greater than or equal to 1",
    ]


def test_map_constraints() -> None:
    params = {
        "inputConfiguration": {"s3Uri": "s3://bucket/a"},
        "outputConfiguration": {"s3Uri": "s3://bucket/b"},
        "dataAutomationProfileArn": PROFILE,
        "encryptionConfiguration": {
            "kmsKeyId": "key",
            "kmsEncryptionContext": {" ": "ok", "k": ""},
        },
    }
    problems = runtime_violations("InvokeDataAutomationAsync", params)
    assert problems == [
        "Value '{ =ok, k=}' at 'encryptionConfiguration.kmsEncryptionContext' failed to satisfy "
        "constraint: Map keys must satisfy constraint: "
        "[Member must satisfy regular expression pattern: .*\\S.*]",
        "Value '{ =ok, k=}' at 'encryptionConfiguration.kmsEncryptionContext' failed to satisfy "
        "constraint: Map value must satisfy constraint: "
        "[Member must have length greater than or equal to 1, "
        "Member must satisfy regular expression pattern: .*\\S.*]",
    ]


def test_null_list_item() -> None:
    problems = runtime_violations(
        "UntagResource",
        {
            "resourceARN": "arn:aws:bedrock:us-east-1:000000000000:data-automation-invocation/a",
            "tagKeys": ["ok", None],
        },
    )
    assert problems == [
        "Value null at 'tagKeys.2.member' failed to satisfy constraint: Member must not be null"
    ]


def test_blob_and_timestamp_types() -> None:
    sync = runtime_spec().operation("InvokeDataAutomation").input_shape
    assert sync is not None
    blob_shape = sync.members["inputConfiguration"]
    assert find_violations(blob_shape, {"bytes": b"\x00"}, "inputConfiguration") == []
    assert find_violations(blob_shape, {"bytes": "text"}, "inputConfiguration") == [
        "Value 'text' at 'inputConfiguration.bytes' failed to satisfy constraint: "
        "Member must be of type blob"
    ]
    output = runtime_spec().operation("GetDataAutomationStatus").output_shape
    assert output is not None
    ts = output.members["jobSubmissionTime"]
    assert find_violations(ts, dt.datetime.now(dt.UTC), "t") == []
    assert find_violations(ts, "yesterday", "t") == [
        "Value 'yesterday' at 't' failed to satisfy constraint: Member must be of type timestamp"
    ]


def test_validate_input_raises_one_exception_with_a_count() -> None:
    shape = runtime_spec().operation("InvokeDataAutomationAsync").input_shape
    with pytest.raises(ValidationException) as info:
        validate_input(shape, {})
    assert info.value.message.startswith("3 validation errors detected: Value null at ")
    assert info.value.message.count("; ") == 2
    assert (info.value.status, info.value.code) == (400, "ValidationException")


def test_long_values_are_truncated_in_messages() -> None:
    problems = runtime_violations("GetDataAutomationStatus", {"invocationArn": "x" * 5000})
    assert problems == [
        f"Value '{'x' * 253}...' at 'invocationArn' failed to satisfy constraint: "
        "Member must have length less than or equal to 128"
    ]
