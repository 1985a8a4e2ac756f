"""REST-JSON bindings the BDA models do not use yet (headers, query lists, statusCode, payload),
checked with botocore's own serializer and parser over a small model of the same protocol."""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, HeadersDict, prepare_request_dict
from botocore.credentials import Credentials
from botocore.model import OperationModel, ServiceModel
from botocore.parsers import create_parser
from botocore.serialize import create_serializer
from botocore.utils import parse_timestamp

from openbda.aws.gateway import AwsService, Gateway, RequestContext
from openbda.aws.http import HttpResponse
from openbda.aws.sigv4 import CredentialStore
from tests.unit.aws.wiring import ENDPOINT, to_http_request

MODEL: dict[str, Any] = {
    "metadata": {
        "apiVersion": "2024-01-01",
        "endpointPrefix": "demo",
        "protocol": "rest-json",
        "serviceId": "Demo",
        "signatureVersion": "v4",
        "signingName": "bedrock",
        "uid": "demo-2024-01-01",
    },
    "operations": {
        "PutThing": {
            "name": "PutThing",
            "http": {"method": "PUT", "requestUri": "/things/{name}?mode", "responseCode": 202},
            "input": {"shape": "PutThingInput"},
            "output": {"shape": "PutThingOutput"},
        },
        "GetBlob": {
            "name": "GetBlob",
            "http": {"method": "GET", "requestUri": "/blobs/{key+}"},
            "input": {"shape": "GetBlobInput"},
            "output": {"shape": "GetBlobOutput"},
        },
    },
    "shapes": {
        "PutThingInput": {
            "type": "structure",
            "required": ["name"],
            "members": {
                "name": {"shape": "Name", "location": "uri", "locationName": "name"},
                "ids": {"shape": "IdList", "location": "querystring", "locationName": "id"},
                "since": {"shape": "Time", "location": "querystring", "locationName": "since"},
                "flag": {"shape": "Bool", "location": "header", "locationName": "x-flag"},
                "at": {"shape": "Time", "location": "header", "locationName": "x-at"},
                "meta": {"shape": "Meta", "location": "headers", "locationName": "x-meta-"},
                "note": {"shape": "Name", "locationName": "Note"},
                "when": {"shape": "Time"},
            },
        },
        "PutThingOutput": {
            "type": "structure",
            "members": {
                "etag": {"shape": "Name", "location": "header", "locationName": "ETag"},
                "code": {"shape": "Int", "location": "statusCode"},
                "items": {"shape": "IdList"},
                "createdAt": {"shape": "Time"},
                "data": {"shape": "Blob"},
            },
        },
        "GetBlobInput": {
            "type": "structure",
            "required": ["key"],
            "members": {"key": {"shape": "Name", "location": "uri", "locationName": "key"}},
        },
        "GetBlobOutput": {
            "type": "structure",
            "members": {"body": {"shape": "Blob"}, "kind": {"shape": "Name"}},
            "payload": "body",
        },
        "Name": {"type": "string", "min": 1},
        "Int": {"type": "integer"},
        "Bool": {"type": "boolean"},
        "Blob": {"type": "blob"},
        "Time": {"type": "timestamp"},
        "IdList": {"type": "list", "member": {"shape": "Int"}, "max": 3},
        "Meta": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Name"}},
    },
}


class DemoHandler:
    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}

    def put_thing(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.seen = params
        return {
            "etag": '"abc"',
            "items": params.get("ids", []),
            "createdAt": dt.datetime(2024, 5, 6, 7, 8, 9, 500000, tzinfo=dt.UTC),
            "data": b"\x00\x01",
        }

    def get_blob(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        return {"body": f"contents of {params['key']}".encode(), "kind": "not emitted"}


def call(operation: str, params: dict[str, Any]) -> tuple[dict[str, Any], HttpResponse, Any]:
    model = ServiceModel(MODEL, service_name="demo")
    handler = DemoHandler()
    gateway = Gateway([AwsService(model, handler)], CredentialStore.default())
    op: OperationModel = model.operation_model(operation)
    request_dict = create_serializer("rest-json").serialize_to_request(params, op)
    prepare_request_dict(request_dict, endpoint_url=ENDPOINT)
    aws_request = AWSRequest(
        method=request_dict["method"],
        url=request_dict["url"],
        data=request_dict["body"],
        headers=request_dict["headers"],
    )
    SigV4Auth(Credentials("test", "test"), "bedrock", "us-east-1").add_auth(aws_request)
    response = gateway.handle(to_http_request(aws_request.prepare()))
    parsed = create_parser("rest-json").parse(
        {
            "status_code": response.status,
            "headers": HeadersDict(response.headers),
            "body": response.body,
        },
        op.output_shape,
    )
    return parsed, response, handler


def test_header_query_and_body_bindings_round_trip() -> None:
    at = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    parsed, response, handler = call(
        "PutThing",
        {
            "name": "a b/c",
            "ids": [1, 2],
            "since": at,
            "flag": True,
            "at": at,
            "meta": {"owner": "me"},
            "note": "hello",
            "when": at,
        },
    )
    assert response.status == 202, response.body
    assert handler.seen == {
        "name": "a b/c",
        "ids": [1, 2],
        "since": at,
        "flag": True,
        "at": at,
        "meta": {"owner": "me"},
        "note": "hello",
        "when": at,
    }
    assert parsed["etag"] == '"abc"'
    assert parsed["code"] == 202
    assert parsed["items"] == [1, 2]
    assert parsed["data"] == b"\x00\x01"
    # No timestampFormat in the model: epoch seconds in a JSON body.
    assert orjson.loads(response.body)["createdAt"] == 1714979289.5
    assert parsed["createdAt"] == parse_timestamp("2024-05-06T07:08:09.5Z")


def test_literal_query_is_required_by_the_route() -> None:
    model = ServiceModel(MODEL, service_name="demo")
    gateway = Gateway([AwsService(model, DemoHandler())], CredentialStore.default())
    route = gateway.services[0].spec.match_route("PUT", "/things/x", {})
    assert route is None
    route = gateway.services[0].spec.match_route("PUT", "/things/x", {"mode": [""]})
    assert route is not None and route[1] == {"name": "x"}


def test_validation_of_bound_members() -> None:
    _, response, _ = call("PutThing", {"name": "x", "ids": [1, 2, 3, 4]})
    assert response.status == 400
    assert orjson.loads(response.body)["message"] == (
        "1 validation error detected: Value '[1, 2, 3, 4]' at 'ids' failed to satisfy "
        "constraint: Member must have length less than or equal to 3"
    )


def test_greedy_label_and_blob_payload() -> None:
    parsed, response, _ = call("GetBlob", {"key": "dir/sub/file.txt"})
    assert response.status == 200
    assert response.body == b"contents of dir/sub/file.txt"
    # botocore hands a non-streaming blob payload back as text.
    assert parsed["body"] == "contents of dir/sub/file.txt"
    assert "kind" not in parsed
