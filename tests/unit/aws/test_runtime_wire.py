"""The JSON 1.1 runtime service driven by real boto3 through the gateway."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from botocore.exceptions import ClientError

from tests.unit.aws.wiring import (
    ACCOUNT,
    BLUEPRINT_ARN,
    INVOCATION_ARN,
    PROFILE_ARN,
    PROJECT_ARN,
    REGION,
    Wire,
    utc,
)


def invoke_async_params(**overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "inputConfiguration": {"s3Uri": "s3://in-bucket/docs/a.pdf"},
        "outputConfiguration": {"s3Uri": "s3://out-bucket/results/"},
        "dataAutomationProfileArn": PROFILE_ARN,
    }
    params.update(overrides)
    return params


def error_of(info: pytest.ExceptionInfo[ClientError]) -> tuple[str, str, int]:
    response: Any = info.value.response
    return (
        response["Error"]["Code"],
        response["Error"]["Message"],
        response["ResponseMetadata"]["HTTPStatusCode"],
    )


# ---------------------------------------------------------------- round trips


def test_invoke_data_automation_async_round_trip(wire: Wire) -> None:
    wire.runtime_handler.results["invoke_data_automation_async"] = {
        "invocationArn": INVOCATION_ARN,
        "somethingElse": "not in the output shape",
    }
    client = wire.runtime()
    response = client.invoke_data_automation_async(
        **invoke_async_params(
            dataAutomationConfiguration={"dataAutomationProjectArn": PROJECT_ARN, "stage": "LIVE"},
            blueprints=[{"blueprintArn": BLUEPRINT_ARN, "version": "1", "stage": "LIVE"}],
            notificationConfiguration={"eventBridgeConfiguration": {"eventBridgeEnabled": True}},
            encryptionConfiguration={
                "kmsKeyId": "alias/my-key",
                "kmsEncryptionContext": {"team": "ocr"},
            },
            tags=[{"key": "team", "value": "ocr"}],
        )
    )
    assert response["invocationArn"] == INVOCATION_ARN
    assert "somethingElse" not in response
    request_id = response["ResponseMetadata"]["RequestId"]
    assert len(request_id) == 36

    name, ctx, params = wire.runtime_handler.last
    assert name == "invoke_data_automation_async"
    assert ctx.operation == "InvokeDataAutomationAsync"
    assert ctx.service == "bedrock-data-automation-runtime"
    assert (ctx.account_id, ctx.region, ctx.access_key) == (ACCOUNT, REGION, "test")
    assert ctx.request_id == request_id
    assert params["inputConfiguration"] == {"s3Uri": "s3://in-bucket/docs/a.pdf"}
    assert params["blueprints"] == [
        {"blueprintArn": BLUEPRINT_ARN, "version": "1", "stage": "LIVE"}
    ]
    assert params["notificationConfiguration"]["eventBridgeConfiguration"] == {
        "eventBridgeEnabled": True
    }
    assert params["encryptionConfiguration"]["kmsEncryptionContext"] == {"team": "ocr"}
    # The idempotency token is filled in by the SDK and reaches the handler.
    assert len(params["clientToken"]) == 36

    raw = wire.responses[-1]
    assert raw.status == 200
    assert raw.headers["content-type"] == "application/x-amz-json-1.1"
    assert raw.headers["x-amzn-requestid"] == request_id


def test_get_data_automation_status_round_trips_timestamps(wire: Wire) -> None:
    submitted = utc(2025, 1, 2, 3, 4, 5)
    completed = dt.datetime(2025, 1, 2, 3, 5, 6, 789000, tzinfo=dt.UTC)
    wire.runtime_handler.results["get_data_automation_status"] = {
        "status": "Success",
        "outputConfiguration": {"s3Uri": "s3://out-bucket/results/job/job_metadata.json"},
        "jobSubmissionTime": submitted,
        "jobCompletionTime": completed,
        "jobDurationInSeconds": 61,
        "errorType": None,
    }
    response = wire.runtime().get_data_automation_status(invocationArn=INVOCATION_ARN)
    assert response["status"] == "Success"
    assert response["jobSubmissionTime"] == submitted
    assert response["jobCompletionTime"] == completed
    assert response["jobDurationInSeconds"] == 61
    assert "errorType" not in response
    # iso8601 on the wire, as the shape's timestampFormat says.
    assert b'"jobSubmissionTime":"2025-01-02T03:04:05Z"' in wire.responses[-1].body
    assert b'"jobCompletionTime":"2025-01-02T03:05:06.789Z"' in wire.responses[-1].body
    assert wire.runtime_handler.last[2] == {"invocationArn": INVOCATION_ARN}


def test_invoke_data_automation_sync_blob_round_trip(wire: Wire) -> None:
    wire.runtime_handler.results["invoke_data_automation"] = {
        "semanticModality": "DOCUMENT",
        "outputSegments": [
            {"customOutputStatus": "MATCH", "standardOutput": '{"a": 1}', "customOutput": "{}"}
        ],
    }
    payload = bytes(range(256))
    response = wire.runtime().invoke_data_automation(
        inputConfiguration={"bytes": payload}, dataAutomationProfileArn=PROFILE_ARN
    )
    assert response["semanticModality"] == "DOCUMENT"
    assert response["outputSegments"][0]["customOutputStatus"] == "MATCH"
    params = wire.runtime_handler.last[2]
    assert params["inputConfiguration"]["bytes"] == payload


def test_tagging_operations_round_trip(wire: Wire) -> None:
    client = wire.runtime()
    wire.runtime_handler.results["list_tags_for_resource"] = {
        "tags": [{"key": "team", "value": "ocr"}]
    }
    assert (
        client.tag_resource(resourceARN=INVOCATION_ARN, tags=[{"key": "team", "value": "ocr"}])[
            "ResponseMetadata"
        ]["HTTPStatusCode"]
        == 200
    )
    assert wire.runtime_handler.last[0] == "tag_resource"
    client.untag_resource(resourceARN=INVOCATION_ARN, tagKeys=["team"])
    assert wire.runtime_handler.last[2] == {"resourceARN": INVOCATION_ARN, "tagKeys": ["team"]}
    tags = client.list_tags_for_resource(resourceARN=INVOCATION_ARN)["tags"]
    assert tags == [{"key": "team", "value": "ocr"}]


def test_handler_returning_none_is_an_empty_result(wire: Wire) -> None:
    wire.runtime_handler.results["tag_resource"] = lambda ctx, params: None
    wire.runtime().tag_resource(resourceARN=INVOCATION_ARN, tags=[])
    assert wire.responses[-1].body == b"{}"


# ---------------------------------------------------------------- validation


def test_missing_required_members_are_all_reported(wire: Wire) -> None:
    client = wire.runtime(validate=False)
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(inputConfiguration={"s3Uri": "s3://in-bucket/a.pdf"})
    code, message, status = error_of(info)
    assert (code, status) == ("ValidationException", 400)
    assert message == (
        "2 validation errors detected: "
        "Value null at 'outputConfiguration' failed to satisfy constraint: "
        "Member must not be null; "
        "Value null at 'dataAutomationProfileArn' failed to satisfy constraint: "
        "Member must not be null"
    )
    assert wire.runtime_handler.calls == []


def test_bad_s3_uri_pattern(wire: Wire) -> None:
    client = wire.runtime()
    bad = invoke_async_params(inputConfiguration={"s3Uri": "https://bucket/a.pdf"})
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(**bad)
    pattern = client.meta.service_model.shape_for("S3Uri").metadata["pattern"]
    assert error_of(info)[1] == (
        "1 validation error detected: Value 'https://bucket/a.pdf' at 'inputConfiguration.s3Uri' "
        f"failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern}"
    )


def test_bad_invocation_arn_pattern(wire: Wire) -> None:
    client = wire.runtime()
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.get_data_automation_status(invocationArn="arn:aws:bedrock:us-east-1:123:nope/x")
    message = error_of(info)[1]
    assert message.startswith(
        "1 validation error detected: Value 'arn:aws:bedrock:us-east-1:123:nope/x' at "
        "'invocationArn' failed to satisfy constraint: Member must satisfy regular expression "
        "pattern: arn:aws"
    )


def test_bad_blueprint_arn_inside_a_list_has_an_indexed_path(wire: Wire) -> None:
    client = wire.runtime()
    blueprints = [{"blueprintArn": BLUEPRINT_ARN}, {"blueprintArn": "not-an-arn"}]
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(**invoke_async_params(blueprints=blueprints))
    assert "Value 'not-an-arn' at 'blueprints.2.member.blueprintArn'" in error_of(info)[1]


def test_too_many_blueprints(wire: Wire) -> None:
    client = wire.runtime()
    blueprints = [{"blueprintArn": BLUEPRINT_ARN}] * 41
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(**invoke_async_params(blueprints=blueprints))
    message = error_of(info)[1]
    assert message.startswith("1 validation error detected: Value '[{blueprintArn=arn:aws:")
    assert message.endswith(
        "at 'blueprints' failed to satisfy constraint: "
        "Member must have length less than or equal to 40"
    )


def test_enum_violation(wire: Wire) -> None:
    client = wire.runtime()
    config = {"dataAutomationProjectArn": PROJECT_ARN, "stage": "PRODUCTION"}
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(
            **invoke_async_params(dataAutomationConfiguration=config)
        )
    assert error_of(info)[1] == (
        "1 validation error detected: Value 'PRODUCTION' at 'dataAutomationConfiguration.stage' "
        "failed to satisfy constraint: Member must satisfy enum value set: [LIVE, DEVELOPMENT]"
    )


def _video_segment(segment: dict[str, Any]) -> dict[str, Any]:
    return {
        "s3Uri": "s3://in-bucket/v.mp4",
        "assetProcessingConfiguration": {"video": {"segmentConfiguration": segment}},
    }


def test_union_violation(wire: Wire) -> None:
    client = wire.runtime(validate=False)  # botocore would refuse an empty union itself
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(
            **invoke_async_params(inputConfiguration=_video_segment({}))
        )
    assert error_of(info)[1] == (
        "1 validation error detected: Value '{}' at "
        "'inputConfiguration.assetProcessingConfiguration.video.segmentConfiguration' "
        "failed to satisfy constraint: Member must have exactly one member set"
    )


def test_integer_min(wire: Wire) -> None:
    client = wire.runtime(validate=False)
    segment = {"timestampSegment": {"startTimeMillis": -1, "endTimeMillis": 1000}}
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_async(
            **invoke_async_params(inputConfiguration=_video_segment(segment))
        )
    base = "inputConfiguration.assetProcessingConfiguration.video.segmentConfiguration"
    assert error_of(info)[1] == (
        "2 validation errors detected: "
        f"Value '-1' at '{base}.timestampSegment.startTimeMillis' failed to satisfy constraint: "
        "Member must have value greater than or equal to 0; "
        f"Value '1000' at '{base}.timestampSegment.endTimeMillis' failed to satisfy constraint: "
        "Member must have value greater than or equal to 300000"
    )


def test_valid_union_and_long_reach_the_handler(wire: Wire) -> None:
    wire.runtime_handler.results["invoke_data_automation_async"] = {"invocationArn": INVOCATION_ARN}
    segment = {"timestampSegment": {"startTimeMillis": 0, "endTimeMillis": 300000}}
    wire.runtime().invoke_data_automation_async(
        **invoke_async_params(inputConfiguration=_video_segment(segment))
    )
    params = wire.runtime_handler.last[2]
    video = params["inputConfiguration"]["assetProcessingConfiguration"]["video"]
    assert video["segmentConfiguration"]["timestampSegment"]["endTimeMillis"] == 300000


def test_tag_key_pattern_uses_unicode_classes(wire: Wire) -> None:
    client = wire.runtime()
    client.tag_resource(resourceARN=INVOCATION_ARN, tags=[{"key": "Größe 1", "value": "façade"}])
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.tag_resource(resourceARN=INVOCATION_ARN, tags=[{"key": "aws:reserved", "value": ""}])
    assert "at 'tags.1.member.key'" in error_of(info)[1]


# ---------------------------------------------------------------- errors and dispatch


@pytest.mark.parametrize(
    ("error", "status"),
    [
        ("ResourceNotFoundException", 404),
        ("AccessDeniedException", 403),
        ("ThrottlingException", 429),
        ("ValidationException", 400),
        ("InternalServerException", 500),
    ],
)
def test_handler_errors_map_to_botocore_exception_classes(
    wire: Wire, error: str, status: int
) -> None:
    from openbda.aws import errors

    def fail(ctx: Any, params: Any) -> Any:
        raise getattr(errors, error)(f"boom {error}")

    wire.runtime_handler.results["get_data_automation_status"] = fail
    client = wire.runtime()
    with pytest.raises(getattr(client.exceptions, error)) as info:
        client.get_data_automation_status(invocationArn=INVOCATION_ARN)
    assert error_of(info) == (error, f"boom {error}", status)
    assert info.value.response["ResponseMetadata"]["RequestId"]


def test_handler_crash_is_a_500_and_the_gateway_keeps_working(
    wire: Wire, caplog: pytest.LogCaptureFixture
) -> None:
    def crash(ctx: Any, params: Any) -> Any:
        raise RuntimeError("secret internal detail")

    wire.runtime_handler.results["get_data_automation_status"] = crash
    client = wire.runtime()
    with pytest.raises(client.exceptions.InternalServerException) as info:
        client.get_data_automation_status(invocationArn=INVOCATION_ARN)
    code, message, status = error_of(info)
    assert (code, status) == ("InternalServerException", 500)
    assert "secret internal detail" not in message
    assert "RuntimeError: secret internal detail" in caplog.text  # logged with its traceback

    wire.runtime_handler.results["get_data_automation_status"] = {"status": "InProgress"}
    assert client.get_data_automation_status(invocationArn=INVOCATION_ARN)["status"] == "InProgress"


def test_bad_handler_result_is_a_500(wire: Wire) -> None:
    wire.runtime_handler.results["get_data_automation_status"] = {"jobDurationInSeconds": "x"}
    client = wire.runtime()
    with pytest.raises(client.exceptions.InternalServerException):
        client.get_data_automation_status(invocationArn=INVOCATION_ARN)


def test_missing_handler_method_is_reported_not_crashed(wire: Wire) -> None:
    wire.runtime_handler.missing.add("untag_resource")
    client = wire.runtime()
    with pytest.raises(client.exceptions.InternalServerException) as info:
        client.untag_resource(resourceARN=INVOCATION_ARN, tagKeys=["a"])
    assert error_of(info)[1] == "Operation UntagResource is not implemented"
