"""The two AWS wire protocols of the service models, implemented once and generically.

- JSON 1.1 (runtime): ``POST /`` with ``X-Amz-Target: <targetPrefix>.<Operation>``; the whole input
  is the JSON body.
- REST-JSON (control plane): operations bound to HTTP method + ``requestUri`` templates; members
  marked ``location: uri | querystring | header | headers`` come from there, the rest (or the
  ``payload`` member) from the JSON body.

Both parse an ``HttpRequest`` into ``(OperationModel, params)`` and serialise a handler's plain
result, or an ``AwsError``, into an ``HttpResponse`` that botocore parses back faithfully.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

import orjson
from botocore.model import ListShape, MapShape, OperationModel, Shape, StructureShape

from openbda.aws import codec
from openbda.aws.errors import AwsError, SerializationException, UnknownOperationException
from openbda.aws.http import HttpRequest, HttpResponse
from openbda.aws.spec import ServiceSpec

JSON_11_CONTENT_TYPE = "application/x-amz-json-1.1"
REST_JSON_CONTENT_TYPE = "application/json"


class WireProtocol:
    """Parsing and serialisation shared by both protocols; subclasses bind operations."""

    content_type: str = REST_JSON_CONTENT_TYPE

    def __init__(self, spec: ServiceSpec) -> None:
        self.spec = spec

    def resolve(self, request: HttpRequest) -> tuple[OperationModel, dict[str, str]] | None:
        """The operation this request addresses (and its URI labels), or None if not ours."""
        raise NotImplementedError

    def parse(
        self, request: HttpRequest, operation: OperationModel, labels: Mapping[str, str]
    ) -> dict[str, Any]:
        raise NotImplementedError

    def parse_request(self, request: HttpRequest) -> tuple[OperationModel, dict[str, Any]]:
        resolved = self.resolve(request)
        if resolved is None:
            raise self.unknown_operation(request)
        operation, labels = resolved
        return operation, self.parse(request, operation, labels)

    def unknown_operation(self, request: HttpRequest) -> UnknownOperationException:
        return UnknownOperationException(
            f"No operation matches {request.method} {request.path}.", status=404
        )

    def serialize_result(
        self, operation: OperationModel, result: Mapping[str, Any] | None
    ) -> HttpResponse:
        raise NotImplementedError

    def serialize_error(self, error: AwsError) -> HttpResponse:
        return serialize_error(error, self.content_type)

    def _json_response(self, status: int, body: Mapping[str, Any]) -> HttpResponse:
        return HttpResponse(
            status=status,
            body=orjson.dumps(body),
            headers={"content-type": self.content_type},
        )


def serialize_error(error: AwsError, content_type: str = JSON_11_CONTENT_TYPE) -> HttpResponse:
    """One error form that both botocore parsers read: JSON 1.1 takes ``__type`` from the body,
    REST-JSON takes the ``x-amzn-ErrorType`` header; both read ``message``."""
    body = orjson.dumps({"__type": error.code, "message": error.message})
    return HttpResponse(
        status=error.status,
        body=body,
        headers={"content-type": content_type, "x-amzn-errortype": error.code},
    )


def load_json_object(body: bytes) -> dict[str, Any]:
    if not body.strip():
        return {}
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise SerializationException("The request body is not valid JSON.") from None
    if not isinstance(parsed, dict):
        raise SerializationException("The request body must be a JSON object.")
    return parsed


class JsonProtocol(WireProtocol):
    content_type = JSON_11_CONTENT_TYPE

    def resolve(self, request: HttpRequest) -> tuple[OperationModel, dict[str, str]] | None:
        target = request.header("x-amz-target")
        if not target or not self.spec.owns_target(target):
            return None
        return self.spec.operation_for_target(target), {}

    def unknown_operation(self, request: HttpRequest) -> UnknownOperationException:
        target = request.header("x-amz-target")
        if not target:
            return UnknownOperationException("Missing X-Amz-Target header.")
        return UnknownOperationException(f"Operation {target} is not supported.")

    def parse(
        self, request: HttpRequest, operation: OperationModel, labels: Mapping[str, str]
    ) -> dict[str, Any]:
        body = load_json_object(request.body)
        shape = operation.input_shape
        if shape is None:
            return {}
        return codec.decode_members(shape, body)

    def serialize_result(
        self, operation: OperationModel, result: Mapping[str, Any] | None
    ) -> HttpResponse:
        shape = operation.output_shape
        body = codec.encode_members(shape, result) if shape is not None and result else {}
        return self._json_response(200, body)


class RestJsonProtocol(WireProtocol):
    content_type = REST_JSON_CONTENT_TYPE

    def resolve(self, request: HttpRequest) -> tuple[OperationModel, dict[str, str]] | None:
        return self.spec.match_route(request.method, request.path, _query(request.query))

    def parse(
        self, request: HttpRequest, operation: OperationModel, labels: Mapping[str, str]
    ) -> dict[str, Any]:
        shape = operation.input_shape
        if shape is None:
            return {}
        query = _query(request.query)
        params: dict[str, Any] = {}
        payload_name = shape.serialization.get("payload")
        for name, member in shape.members.items():
            location = member.serialization.get("location")
            wire = codec.wire_name(name, member)
            value: Any = None
            if location == "uri":
                if wire in labels:
                    value = _from_text(member, labels[wire], codec.QUERY_TIMESTAMP_FORMAT)
            elif location == "querystring":
                value = _from_query(member, wire, query)
            elif location == "header":
                raw = request.headers.get(wire.lower())
                if raw is not None:
                    value = _from_header(member, raw)
            elif location == "headers":
                prefix = wire.lower()
                found = {
                    key[len(prefix) :]: text
                    for key, text in request.headers.items()
                    if key.startswith(prefix)
                }
                value = found or None
            elif name == payload_name:
                value = _payload_value(member, request.body)
            if value is not None:
                params[name] = value
        if payload_name is None:
            params.update(codec.decode_members(shape, load_json_object(request.body)))
        return params

    def serialize_result(
        self, operation: OperationModel, result: Mapping[str, Any] | None
    ) -> HttpResponse:
        status = int(operation.http.get("responseCode", 200))
        shape = operation.output_shape
        if shape is None:
            return self._json_response(status, {})
        result = result or {}
        headers: dict[str, str] = {}
        payload_name = shape.serialization.get("payload")
        body: bytes | None = None
        for name, member in shape.members.items():
            value = result.get(name)
            if value is None:
                continue
            location = member.serialization.get("location")
            wire = codec.wire_name(name, member)
            if location == "header":
                headers[wire.lower()] = _to_header(member, value)
            elif location == "headers":
                for key, item in value.items():
                    headers[(wire + str(key)).lower()] = str(item)
            elif location == "statusCode":
                status = int(value)
            elif name == payload_name:
                body = _payload_bytes(member, value)
        if body is None:
            if payload_name is not None:
                body = b""
            else:
                body = orjson.dumps(codec.encode_members(shape, result))
        headers.setdefault("content-type", self.content_type)
        return HttpResponse(status=status, body=body, headers=headers)


def protocol_for(spec: ServiceSpec) -> WireProtocol:
    if spec.protocol == "json":
        return JsonProtocol(spec)
    if spec.protocol == "rest-json":
        return RestJsonProtocol(spec)
    raise ValueError(f"Unsupported protocol {spec.protocol!r} for service {spec.name}")


# ---------------------------------------------------------------- REST binding helpers


def _query(raw: str) -> dict[str, list[str]]:
    return parse_qs(raw, keep_blank_values=True) if raw else {}


def _from_text(shape: Shape, text: str, timestamp_format: str) -> Any:
    """Convert one textual binding (label, query value, header) to the shape's type.

    Text that does not convert is returned as is, so validation reports it with its path.
    """
    kind = shape.type_name
    if kind in ("integer", "long"):
        try:
            return int(text)
        except ValueError:
            return text
    if kind in ("float", "double"):
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "boolean":
        lowered = text.lower()
        return {"true": True, "false": False}.get(lowered, text)
    if kind == "timestamp":
        return codec.parse_timestamp(text)
    if kind == "blob":
        return codec.decode_blob(text)
    return text


def _from_query(shape: Shape, name: str, query: Mapping[str, list[str]]) -> Any:
    if isinstance(shape, MapShape):
        # A query-bound map (``location: querystring`` without a name) takes the query as a map.
        found = {key: values[-1] for key, values in query.items()}
        return found or None
    values = query.get(name)
    if not values:
        return None
    if isinstance(shape, ListShape):
        return [_from_text(shape.member, v, codec.QUERY_TIMESTAMP_FORMAT) for v in values]
    return _from_text(shape, values[0], codec.QUERY_TIMESTAMP_FORMAT)


def _from_header(shape: Shape, raw: str) -> Any:
    if shape.serialization.get("jsonvalue"):
        try:
            return orjson.loads(base64.b64decode(raw))
        except (binascii.Error, ValueError):
            raise SerializationException("Header value is not base64-encoded JSON.") from None
    if isinstance(shape, ListShape):
        return [
            _from_text(shape.member, part.strip(), codec.HEADER_TIMESTAMP_FORMAT)
            for part in raw.split(",")
        ]
    return _from_text(shape, raw, codec.HEADER_TIMESTAMP_FORMAT)


def _payload_value(shape: Shape, body: bytes) -> Any:
    if isinstance(shape, StructureShape):
        return codec.decode_members(shape, load_json_object(body)) if body else None
    if shape.type_name == "blob":
        return body
    if shape.type_name == "string":
        return body.decode("utf-8", errors="replace")
    return codec.decode_value(shape, load_json_object(body))


def _payload_bytes(shape: Shape, value: Any) -> bytes:
    if isinstance(shape, StructureShape):
        return orjson.dumps(codec.encode_members(shape, value))
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return str(value).encode()


def _to_header(shape: Shape, value: Any) -> str:
    if shape.serialization.get("jsonvalue"):
        return base64.b64encode(orjson.dumps(value)).decode("ascii")
    if isinstance(shape, ListShape):
        return ",".join(_to_header(shape.member, item) for item in value)
    if shape.type_name == "boolean":
        return "true" if value else "false"
    if shape.type_name == "timestamp":
        fmt = str(shape.serialization.get("timestampFormat", codec.HEADER_TIMESTAMP_FORMAT))
        return str(codec.format_timestamp(value, fmt))
    return str(codec.encode_scalar(shape, value, codec.HEADER_TIMESTAMP_FORMAT))
