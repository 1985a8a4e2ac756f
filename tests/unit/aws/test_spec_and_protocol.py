from __future__ import annotations

import base64
import datetime as dt
import re
from typing import Any

import orjson
import pytest
from botocore.exceptions import ClientError
from botocore.utils import percent_encode

from openbda.aws import codec
from openbda.aws.errors import SerializationException, UnknownOperationException
from openbda.aws.gateway import AwsService, Gateway
from openbda.aws.http import HttpRequest
from openbda.aws.protocol import JsonProtocol, RestJsonProtocol, protocol_for
from openbda.aws.spec import (
    CONTROL_SERVICE,
    RUNTIME_SERVICE,
    control_spec,
    load_service_model,
    runtime_spec,
)
from tests.unit.aws.wiring import BLUEPRINT_ARN, INVOCATION_ARN, Wire, signed_request

TARGET_PREFIX = "AmazonBedrockKeystoneRuntimeService"


def test_models_are_loaded_once_and_describe_both_services() -> None:
    assert load_service_model(RUNTIME_SERVICE) is load_service_model(RUNTIME_SERVICE)
    assert runtime_spec().protocol == "json"
    assert runtime_spec().target_prefix == TARGET_PREFIX
    assert control_spec().protocol == "rest-json"
    assert runtime_spec().signing_name == control_spec().signing_name == "bedrock"
    assert "InvokeDataAutomationAsync" in runtime_spec().operation_names
    assert runtime_spec().operation("GetDataAutomationStatus").name == "GetDataAutomationStatus"
    with pytest.raises(UnknownOperationException):
        runtime_spec().operation("Nope")


def test_operation_by_target() -> None:
    op = runtime_spec().operation_for_target(f"{TARGET_PREFIX}.TagResource")
    assert op.name == "TagResource"
    for bad in ("TagResource", f"{TARGET_PREFIX}.Nope", "Other.TagResource"):
        with pytest.raises(UnknownOperationException):
            runtime_spec().operation_for_target(bad)


def _fill(uri: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", lambda _: percent_encode(value), uri.partition("?")[0])


def test_every_control_plane_operation_routes_to_itself() -> None:
    spec = control_spec()
    for name in spec.operation_names:
        op = spec.operation(name)
        path = _fill(op.http["requestUri"], BLUEPRINT_ARN)
        matched = spec.match_route(op.http["method"], path, {})
        assert matched is not None, name
        assert matched[0].name == name
        assert all(v == BLUEPRINT_ARN for v in matched[1].values())


def test_routes_accept_a_missing_trailing_slash_and_reject_other_methods() -> None:
    spec = control_spec()
    matched = spec.match_route("POST", "/blueprints", {})
    assert matched is not None and matched[0].name == "ListBlueprints"
    matched = spec.match_route("PUT", "/blueprints", {})
    assert matched is not None and matched[0].name == "CreateBlueprint"
    assert spec.match_route("GET", "/blueprints/", {}) is None
    assert spec.match_route("POST", "/blueprints/a/b/c/d", {}) is None


def test_label_with_slash_is_one_segment_only_when_encoded() -> None:
    spec = control_spec()
    encoded = "/data-automation-libraries/" + percent_encode("arn:x/y") + "/entityType/V/entities/"
    matched = spec.match_route("POST", encoded, {})
    assert matched is not None
    assert matched[0].name == "ListDataAutomationLibraryEntities"
    assert matched[1] == {"libraryArn": "arn:x/y", "entityType": "V"}


def test_protocol_for() -> None:
    assert isinstance(protocol_for(runtime_spec()), JsonProtocol)
    assert isinstance(protocol_for(control_spec()), RestJsonProtocol)


def _json_request(body: bytes, target: str = f"{TARGET_PREFIX}.GetDataAutomationStatus") -> Any:
    return HttpRequest("POST", "/", "", {"x-amz-target": target}, body)


def test_json_parse_and_errors() -> None:
    protocol = JsonProtocol(runtime_spec())
    op, params = protocol.parse_request(_json_request(b'{"invocationArn": "a", "x": null}'))
    assert (op.name, params) == ("GetDataAutomationStatus", {"invocationArn": "a"})
    for malformed in (b"{", b"[1]", b'"str"', b"\xff"):
        with pytest.raises(SerializationException):
            protocol.parse_request(_json_request(malformed))
    with pytest.raises(UnknownOperationException):
        protocol.parse_request(_json_request(b"{}", target=f"{TARGET_PREFIX}.Nope"))
    with pytest.raises(UnknownOperationException):
        protocol.parse_request(HttpRequest("POST", "/", "", {}, b"{}"))


def test_json_blob_decoding() -> None:
    protocol = JsonProtocol(runtime_spec())
    payload = base64.b64encode(b"%PDF-1.7").decode()
    body = orjson.dumps({"inputConfiguration": {"bytes": payload}})
    _, params = protocol.parse_request(_json_request(body, f"{TARGET_PREFIX}.InvokeDataAutomation"))
    assert params["inputConfiguration"]["bytes"] == b"%PDF-1.7"
    bad = orjson.dumps({"inputConfiguration": {"bytes": "not base64!"}})
    with pytest.raises(SerializationException):
        protocol.parse_request(_json_request(bad, f"{TARGET_PREFIX}.InvokeDataAutomation"))


def test_rest_json_parse_binds_uri_query_and_body() -> None:
    protocol = RestJsonProtocol(control_spec())
    path = f"/blueprints/{percent_encode(BLUEPRINT_ARN)}/"
    op, params = protocol.parse_request(HttpRequest("DELETE", path, "blueprintVersion=7", {}))
    assert op.name == "DeleteBlueprint"
    assert params == {"blueprintArn": BLUEPRINT_ARN, "blueprintVersion": "7"}

    body = b'{"blueprintStage": "DEVELOPMENT", "blueprintArn": "ignored: bound to the path"}'
    op, params = protocol.parse_request(HttpRequest("POST", path, "", {}, body))
    assert op.name == "GetBlueprint"
    assert params == {"blueprintArn": BLUEPRINT_ARN, "blueprintStage": "DEVELOPMENT"}

    _, params = protocol.parse_request(
        HttpRequest("POST", "/blueprints/", "", {}, b'{"maxResults": "ten"}')
    )
    assert params == {"maxResults": "ten"}  # left for validation to report with its path

    with pytest.raises(UnknownOperationException) as info:
        protocol.parse_request(HttpRequest("GET", "/nowhere", "", {}))
    assert info.value.status == 404


def test_rest_json_result_uses_the_model_response_code() -> None:
    protocol = RestJsonProtocol(control_spec())
    op = control_spec().operation("CreateDataAutomationProject")
    response = protocol.serialize_result(
        op, {"projectArn": "arn:p", "projectStage": "LIVE", "status": "IN_PROGRESS", "x": 1}
    )
    assert response.status == 201
    assert orjson.loads(response.body) == {
        "projectArn": "arn:p",
        "projectStage": "LIVE",
        "status": "IN_PROGRESS",
    }
    assert response.headers["content-type"] == "application/json"


def test_timestamp_formats() -> None:
    moment = dt.datetime(2025, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC)
    assert codec.format_timestamp(moment, "iso8601") == "2025-01-02T03:04:05.678Z"
    assert codec.format_timestamp(moment.replace(microsecond=0), "iso8601") == (
        "2025-01-02T03:04:05Z"
    )
    assert codec.format_timestamp(moment, "unixTimestamp") == 1735787045.679
    assert codec.format_timestamp(moment.replace(microsecond=0), "unixTimestamp") == 1735787045
    assert codec.format_timestamp(moment, "rfc822") == "Thu, 02 Jan 2025 03:04:05 GMT"
    naive = dt.datetime(2025, 1, 2, 3, 4, 5)
    assert codec.format_timestamp(naive, "iso8601") == "2025-01-02T03:04:05Z"
    for text in ("2025-01-02T03:04:05Z", "1735787045", "Thu, 02 Jan 2025 03:04:05 GMT"):
        assert codec.parse_timestamp(text) == moment.replace(microsecond=0)
    assert codec.parse_timestamp(1735787045) == moment.replace(microsecond=0)
    with pytest.raises(SerializationException):
        codec.parse_timestamp("not a time")


def test_output_encoding_drops_none_and_unknown_members() -> None:
    shape = runtime_spec().operation("GetDataAutomationStatus").output_shape
    assert shape is not None
    encoded = codec.encode_members(
        shape, {"status": "Success", "errorType": None, "extra": 1, "jobDurationInSeconds": 3}
    )
    assert encoded == {"status": "Success", "jobDurationInSeconds": 3}


def test_malformed_json_through_the_gateway(wire: Wire) -> None:
    request = signed_request(
        "POST",
        "/",
        body=b'{"invocationArn": ',
        headers={"X-Amz-Target": f"{TARGET_PREFIX}.GetDataAutomationStatus"},
    )
    response = wire.send(request)
    assert response.status == 400
    assert orjson.loads(response.body)["__type"] == "SerializationException"
    assert response.headers["content-type"] == "application/x-amz-json-1.1"


def test_unknown_target_through_the_gateway(wire: Wire) -> None:
    for target in (f"{TARGET_PREFIX}.DeleteEverything", "SomeOtherService.Op"):
        request = signed_request("POST", "/", body=b"{}", headers={"X-Amz-Target": target})
        response = wire.send(request)
        assert response.status == 400
        assert orjson.loads(response.body)["__type"] == "UnknownOperationException"


def test_unknown_operation_via_boto3() -> None:
    # A gateway that serves only the control plane does not know the runtime's operations.
    wire = Wire()
    wire.gateway = Gateway([AwsService(CONTROL_SERVICE, wire.control_handler)], wire.credentials)
    client = wire.runtime()
    with pytest.raises(ClientError) as info:
        client.get_data_automation_status(invocationArn=INVOCATION_ARN)
    error: Any = info.value.response
    assert error["Error"]["Code"] == "UnknownOperationException"
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 400


def test_control_service_name() -> None:
    assert control_spec().name == CONTROL_SERVICE
