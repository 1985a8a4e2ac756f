"""The request pipeline shared by every AWS operation: route, authenticate, parse, validate,
dispatch to a handler, serialise. Handlers see validated plain data and return plain data."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from botocore import xform_name
from botocore.model import OperationModel, ServiceModel

from openbda.aws.errors import (
    AwsError,
    InternalServerException,
    UnknownOperationException,
)
from openbda.aws.http import HttpRequest, HttpResponse
from openbda.aws.protocol import (
    JSON_11_CONTENT_TYPE,
    REST_JSON_CONTENT_TYPE,
    WireProtocol,
    protocol_for,
    serialize_error,
)
from openbda.aws.sigv4 import CredentialStore, Principal, SigV4Verifier
from openbda.aws.spec import ServiceSpec, service_spec
from openbda.aws.validate import validate_input

log = logging.getLogger(__name__)

REQUEST_ID_HEADER = "x-amzn-requestid"


@dataclass(frozen=True)
class RequestContext:
    account_id: str
    region: str
    access_key: str
    operation: str  # model name, e.g. "InvokeDataAutomationAsync"
    request_id: str
    service: str  # botocore service name, e.g. "bedrock-data-automation-runtime"


Handler = Callable[[RequestContext, dict[str, Any]], Mapping[str, Any] | None]


class AwsService:
    """A service model bound to a handler object.

    The handler has one method per operation, named as boto3 names it (``xform_name``), e.g.
    ``invoke_data_automation_async(ctx, params) -> dict | None``.
    """

    def __init__(self, model: ServiceModel | ServiceSpec | str, handler: object) -> None:
        if isinstance(model, str):
            self.spec = service_spec(model)
        elif isinstance(model, ServiceSpec):
            self.spec = model
        else:
            self.spec = ServiceSpec(model)
        self.handler = handler
        self.protocol: WireProtocol = protocol_for(self.spec)
        self._method_names = {name: xform_name(name) for name in self.spec.operation_names}

    @property
    def name(self) -> str:
        return self.spec.name

    def method_name(self, operation: str) -> str:
        return self._method_names.get(operation) or xform_name(operation)

    def handler_for(self, operation: str) -> Handler:
        method = getattr(self.handler, self.method_name(operation), None)
        if not callable(method):
            raise InternalServerException(f"Operation {operation} is not implemented")
        return method

    def implemented_operations(self) -> list[str]:
        return [
            name
            for name, method in self._method_names.items()
            if callable(getattr(self.handler, method, None))
        ]


class Gateway:
    """Turns an ``HttpRequest`` into an ``HttpResponse``; never raises."""

    def __init__(self, services: list[AwsService], credentials: CredentialStore) -> None:
        self.services = list(services)
        self.verifier = SigV4Verifier(
            credentials, services={s.spec.signing_name for s in self.services}
        )
        self._json_services = [s for s in self.services if s.spec.protocol == "json"]
        self._rest_services = [s for s in self.services if s.spec.protocol != "json"]

    def handle(self, request: HttpRequest) -> HttpResponse:
        request_id = str(uuid.uuid4())
        service: AwsService | None = None
        operation: OperationModel | None = None
        try:
            # Authentication comes before routing: an unsigned probe learns nothing about routes.
            principal = self.verifier.verify(request)
            service, operation, labels = self._route(request)
            params = service.protocol.parse(request, operation, labels)
            validate_input(operation.input_shape, params)
            handler = service.handler_for(operation.name)
            ctx = _context(principal, service, operation, request_id)
            result = handler(ctx, params)
            response = service.protocol.serialize_result(operation, result)
        except AwsError as err:
            response = self._error_response(err, service, request)
            if err.status >= 500:
                log.error("%s %s -> %s: %s", request_id, _op_name(operation), err.code, err.message)
        except Exception:
            log.exception("%s %s failed", request_id, _op_name(operation))
            internal = InternalServerException(f"Internal server error (request id {request_id}).")
            response = self._error_response(internal, service, request)
        response.headers[REQUEST_ID_HEADER] = request_id
        return response

    def _route(self, request: HttpRequest) -> tuple[AwsService, OperationModel, dict[str, str]]:
        if request.header("x-amz-target"):
            for service in self._json_services:
                resolved = service.protocol.resolve(request)
                if resolved is not None:
                    return service, resolved[0], resolved[1]
            raise UnknownOperationException(
                f"Operation {request.header('x-amz-target')} is not supported."
            )
        for service in self._rest_services:
            resolved = service.protocol.resolve(request)
            if resolved is not None:
                return service, resolved[0], resolved[1]
        raise UnknownOperationException(
            f"No operation matches {request.method} {request.path}.", status=404
        )

    def _error_response(
        self, err: AwsError, service: AwsService | None, request: HttpRequest
    ) -> HttpResponse:
        if service is not None:
            return service.protocol.serialize_error(err)
        # Not routed (yet): answer in the protocol the request looks like it speaks.
        json_11 = bool(request.header("x-amz-target"))
        return serialize_error(err, JSON_11_CONTENT_TYPE if json_11 else REST_JSON_CONTENT_TYPE)


def _context(
    principal: Principal, service: AwsService, operation: OperationModel, request_id: str
) -> RequestContext:
    return RequestContext(
        account_id=principal.account_id,
        region=principal.region,
        access_key=principal.access_key,
        operation=operation.name,
        request_id=request_id,
        service=service.name,
    )


def _op_name(operation: OperationModel | None) -> str:
    return operation.name if operation is not None else "-"
