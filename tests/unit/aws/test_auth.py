"""SigV4 verification: through boto3 where an SDK can produce the case, raw requests otherwise."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import orjson
import pytest
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from openbda.aws.errors import (
    IncompleteSignatureException,
    InvalidSignatureException,
    MissingAuthenticationTokenException,
    UnrecognizedClientException,
)
from openbda.aws.http import HttpRequest
from openbda.aws.sigv4 import CredentialStore, Principal, SigV4Verifier, canonical_path
from tests.unit.aws.wiring import (
    BLUEPRINT_ARN,
    ENDPOINT,
    INVOCATION_ARN,
    Wire,
    signed_request,
    to_http_request,
)

TARGET = "AmazonBedrockKeystoneRuntimeService.GetDataAutomationStatus"


def status_request(headers: dict[str, str] | None = None, **kwargs: Any) -> HttpRequest:
    body = orjson.dumps({"invocationArn": INVOCATION_ARN})
    all_headers = {"X-Amz-Target": TARGET, "Content-Type": "application/x-amz-json-1.1"}
    all_headers.update(headers or {})
    return signed_request("POST", "/", body=body, headers=all_headers, **kwargs)


def wire_error(response: Any) -> tuple[int, str, str]:
    body = orjson.loads(response.body)
    return response.status, body["__type"], body["message"]


# ---------------------------------------------------------------- through boto3


def test_unknown_access_key(wire: Wire) -> None:
    client = wire.runtime(access_key="AKIDUNKNOWN")
    with pytest.raises(client.exceptions.ClientError) as info:
        client.get_data_automation_status(invocationArn=INVOCATION_ARN)
    error: Any = info.value.response
    assert error["Error"]["Code"] == "UnrecognizedClientException"
    assert error["Error"]["Message"] == "The security token included in the request is invalid."
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert wire.runtime_handler.calls == []


def test_wrong_secret_is_a_bad_signature(wire: Wire) -> None:
    client = wire.runtime(secret_key="not-the-secret")
    with pytest.raises(client.exceptions.ClientError) as info:
        client.get_data_automation_status(invocationArn=INVOCATION_ARN)
    error: Any = info.value.response
    assert error["Error"]["Code"] == "InvalidSignatureException"
    assert error["Error"]["Message"].startswith(
        "The request signature we calculated does not match the signature you provided."
    )
    assert error["ResponseMetadata"]["HTTPStatusCode"] == 403


def test_wrong_secret_on_the_control_plane(wire: Wire) -> None:
    client = wire.control(secret_key="nope")
    with pytest.raises(client.exceptions.ClientError) as info:
        client.get_blueprint(blueprintArn=BLUEPRINT_ARN)
    assert info.value.response["Error"]["Code"] == "InvalidSignatureException"


def test_other_accounts_come_from_the_store() -> None:
    store = CredentialStore.default()
    store.add("AKIAOTHER", "other-secret", "111122223333")
    wire = Wire(store)
    wire.runtime_handler.results["get_data_automation_status"] = {"status": "Created"}
    client = wire.runtime(access_key="AKIAOTHER", secret_key="other-secret")
    client.get_data_automation_status(invocationArn=INVOCATION_ARN)
    ctx = wire.runtime_handler.last[1]
    assert (ctx.account_id, ctx.access_key) == ("111122223333", "AKIAOTHER")


# ---------------------------------------------------------------- raw requests


def test_missing_authorization(wire: Wire) -> None:
    request = HttpRequest(
        method="POST",
        path="/",
        query="",
        headers={"x-amz-target": TARGET, "host": "openbda.test:4566"},
        body=b"{}",
    )
    response = wire.send(request)
    assert wire_error(response) == (
        403,
        "MissingAuthenticationTokenException",
        "Missing Authentication Token",
    )
    assert response.headers["x-amzn-requestid"]


@pytest.mark.parametrize(
    "authorization",
    [
        "AWS4-HMAC-SHA256 Credential=test/20250101/us-east-1/bedrock/aws4_request",
        "AWS4-HMAC-SHA256 garbage",
        "Bearer abc",
        "AWS4-HMAC-SHA256 Credential=test/us-east-1/bedrock/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=abcd",
    ],
)
def test_malformed_authorization(wire: Wire, authorization: str) -> None:
    request = status_request()
    headers = dict(request.headers, authorization=authorization)
    response = wire.send(HttpRequest("POST", "/", "", headers, request.body))
    status, code, _ = wire_error(response)
    assert (status, code) == (403, "IncompleteSignatureException")


def test_tampered_body_is_a_bad_signature(wire: Wire) -> None:
    request = status_request()
    tampered = HttpRequest("POST", "/", "", request.headers, request.body.replace(b"69ee", b"69ef"))
    status, code, _ = wire_error(wire.send(tampered))
    assert (status, code) == (403, "InvalidSignatureException")


def test_signature_with_wrong_service_scope(wire: Wire) -> None:
    status, code, message = wire_error(wire.send(status_request(service="s3")))
    assert (status, code) == (403, "InvalidSignatureException")
    assert "'bedrock'" in message


def test_valid_raw_signature_reaches_the_handler(wire: Wire) -> None:
    wire.runtime_handler.results["get_data_automation_status"] = {"status": "InProgress"}
    response = wire.send(status_request(region="eu-west-1"))
    assert response.status == 200
    assert orjson.loads(response.body) == {"status": "InProgress"}
    assert wire.runtime_handler.last[1].region == "eu-west-1"


# ---------------------------------------------------------------- the verifier itself


def _verifier(now: dt.datetime | None = None) -> SigV4Verifier:
    clock = (lambda: now) if now is not None else None
    return SigV4Verifier(CredentialStore.default(), services={"bedrock"}, clock=clock)


def test_verifier_returns_the_principal() -> None:
    assert _verifier().verify(status_request(region="ap-southeast-1")) == Principal(
        "test", "000000000000", "ap-southeast-1"
    )


@pytest.mark.parametrize("skew", [dt.timedelta(minutes=16), -dt.timedelta(minutes=16)])
def test_clock_skew_over_15_minutes(skew: dt.timedelta) -> None:
    request = status_request()
    verifier = _verifier(dt.datetime.now(dt.UTC) + skew)
    with pytest.raises(InvalidSignatureException) as info:
        verifier.verify(request)
    assert info.value.message.startswith(("Signature expired: ", "Signature not yet current: "))
    assert info.value.status == 403


def test_clock_skew_within_15_minutes_is_accepted() -> None:
    verifier = _verifier(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=14))
    assert verifier.verify(status_request()).account_id == "000000000000"


def test_errors_are_typed() -> None:
    verifier = _verifier()
    with pytest.raises(UnrecognizedClientException):
        verifier.verify(status_request(access_key="nobody"))
    with pytest.raises(MissingAuthenticationTokenException):
        verifier.verify(HttpRequest("GET", "/", "", {"host": "x"}))
    request = status_request()
    no_date = {k: v for k, v in request.headers.items() if k != "x-amz-date"}
    with pytest.raises(IncompleteSignatureException):
        verifier.verify(HttpRequest("POST", "/", "", no_date, request.body))


def test_declared_payload_hash_must_match_the_body() -> None:
    body = b'{"a": 1}'
    digest = hashlib.sha256(body).hexdigest()
    request = signed_request(
        "POST", "/tagResource", body=body, headers={"X-Amz-Content-SHA256": digest}
    )
    assert _verifier().verify(request).access_key == "test"
    other = HttpRequest(request.method, request.path, request.query, request.headers, b"{}")
    with pytest.raises(InvalidSignatureException):
        _verifier().verify(other)


def test_unsigned_payload_header_is_honoured() -> None:
    request = signed_request(
        "POST", "/tagResource", body=b"{}", headers={"X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"}
    )
    assert _verifier().verify(request).access_key == "test"


def test_path_labels_and_query_are_signed_as_the_sdk_signs_them() -> None:
    path = "/blueprints/arn%3Aaws%3Abedrock%3Aus-east-1%3A000000000000%3Ablueprint%2Fabc/"
    assert canonical_path(path) == path.replace("%", "%25")
    request = signed_request("DELETE", path, query="z=1&blueprintVersion=3&a=%20x")
    assert _verifier().verify(request).access_key == "test"


def test_presigned_url() -> None:
    path = "/blueprints/arn%3Aaws%3Abedrock%3Aus-east-1%3A000000000000%3Ablueprint%2Fabc/"
    aws_request = AWSRequest(method="DELETE", url=f"{ENDPOINT}{path}?blueprintVersion=2")
    SigV4QueryAuth(Credentials("test", "test"), "bedrock", "us-east-1", expires=60).add_auth(
        aws_request
    )
    request = to_http_request(aws_request.prepare())
    assert "X-Amz-Signature=" in request.query
    assert "authorization" not in request.headers
    assert _verifier().verify(request).region == "us-east-1"

    later = _verifier(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5))
    with pytest.raises(InvalidSignatureException, match="Signature expired"):
        later.verify(request)

    forged = HttpRequest(
        request.method,
        request.path,
        request.query.replace("blueprintVersion=2", "blueprintVersion=3"),
        request.headers,
    )
    with pytest.raises(InvalidSignatureException):
        _verifier().verify(forged)


def test_date_header_instead_of_x_amz_date() -> None:
    # botocore signs with the Date header (not X-Amz-Date) when the request already has one.
    request = status_request(headers={"Date": "Mon, 01 Jan 2024 00:00:00 GMT"})
    assert "x-amz-date" not in request.headers
    assert _verifier().verify(request).access_key == "test"
