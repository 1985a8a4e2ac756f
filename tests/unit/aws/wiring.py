"""Wire-level helpers: boto3 clients whose requests go through ``Gateway.handle`` in-process.

A ``before-send`` hook turns botocore's fully signed ``AWSPreparedRequest`` into an ``HttpRequest``
and hands botocore back an ``AWSResponse`` built from our ``HttpResponse``, so botocore's own
serialisers, signer, parsers and exception classes are exercised end to end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSPreparedRequest, AWSRequest, AWSResponse
from botocore.config import Config
from botocore.credentials import Credentials

from openbda.aws.gateway import AwsService, Gateway, RequestContext
from openbda.aws.http import HttpRequest, HttpResponse
from openbda.aws.sigv4 import CredentialStore
from openbda.aws.spec import CONTROL_SERVICE, RUNTIME_SERVICE

ENDPOINT = "http://openbda.test:4566"
REGION = "us-east-1"
ACCOUNT = "000000000000"
PROFILE_ARN = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-profile/us.data-automation-v1"
PROJECT_ARN = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/5b9157efa255"
BLUEPRINT_ARN = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/c189cf94ddd7"
INVOCATION_ARN = (
    f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-invocation/"
    "69ee6313-8a22-4458-9fbb-f364d21b855a"
)


class RecordingHandler:
    """Answers any operation with a canned result and records what it was called with.

    ``results`` maps the snake_case operation name to a dict, or to a callable taking
    ``(ctx, params)``; operations listed in ``missing`` behave as not implemented.
    """

    def __init__(self, results: dict[str, Any] | None = None, missing: set[str] | None = None):
        self.results: dict[str, Any] = dict(results or {})
        self.missing = set(missing or ())
        self.calls: list[tuple[str, RequestContext, dict[str, Any]]] = []

    def __getattr__(self, name: str) -> Callable[[RequestContext, dict[str, Any]], Any]:
        if name.startswith("_") or name in self.missing:
            raise AttributeError(name)

        def handle(ctx: RequestContext, params: dict[str, Any]) -> Any:
            self.calls.append((name, ctx, params))
            result = self.results.get(name, {})
            return result(ctx, params) if callable(result) else result

        return handle

    @property
    def last(self) -> tuple[str, RequestContext, dict[str, Any]]:
        return self.calls[-1]


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body


def to_http_request(prepared: AWSPreparedRequest) -> HttpRequest:
    parts = urlsplit(prepared.url)
    headers: dict[str, str] = {}
    for name, value in prepared.headers.items():
        text = value.decode() if isinstance(value, bytes) else str(value)
        headers[name.lower()] = text
    # The HTTP client adds Host on the wire; botocore signs it from the URL the same way.
    headers.setdefault("host", parts.netloc)
    body = prepared.body
    if body is None:
        data = b""
    elif isinstance(body, bytes):
        data = body
    elif isinstance(body, str):
        data = body.encode()
    else:
        data = body.read()
    return HttpRequest(
        method=prepared.method,
        path=parts.path or "/",
        query=parts.query,
        headers=headers,
        body=data,
    )


def to_aws_response(url: str, response: HttpResponse) -> AWSResponse:
    return AWSResponse(url, response.status, response.headers, _Raw(response.body))


def signed_request(
    method: str,
    path: str,
    *,
    query: str = "",
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    access_key: str = "test",
    secret_key: str = "test",
    region: str = REGION,
    service: str = "bedrock",
) -> HttpRequest:
    """A raw request signed by botocore's own SigV4 signer."""
    url = f"{ENDPOINT}{path}" + (f"?{query}" if query else "")
    request = AWSRequest(method=method, url=url, data=body, headers=dict(headers or {}))
    SigV4Auth(Credentials(access_key, secret_key), service, region).add_auth(request)
    return to_http_request(request.prepare())


class Wire:
    """A gateway plus the handlers behind it, and boto3 clients pointed at it."""

    def __init__(self, credentials: CredentialStore | None = None) -> None:
        self.runtime_handler = RecordingHandler()
        self.control_handler = RecordingHandler()
        self.credentials = credentials or CredentialStore.default()
        self.gateway = Gateway(
            [
                AwsService(RUNTIME_SERVICE, self.runtime_handler),
                AwsService(CONTROL_SERVICE, self.control_handler),
            ],
            self.credentials,
        )
        self.requests: list[HttpRequest] = []
        self.responses: list[HttpResponse] = []

    def send(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        response = self.gateway.handle(request)
        self.responses.append(response)
        return response

    def client(
        self,
        service: str,
        *,
        access_key: str = "test",
        secret_key: str = "test",
        validate: bool = True,
    ) -> Any:
        config = Config(
            retries={"total_max_attempts": 1},
            parameter_validation=validate,
        )
        client = boto3.client(
            service,
            endpoint_url=ENDPOINT,
            region_name=REGION,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            config=config,
        )

        def before_send(request: AWSPreparedRequest, **_: Any) -> AWSResponse:
            return to_aws_response(request.url, self.send(to_http_request(request)))

        client.meta.events.register("before-send", before_send)
        return client

    def runtime(self, **kwargs: Any) -> Any:
        return self.client(RUNTIME_SERVICE, **kwargs)

    def control(self, **kwargs: Any) -> Any:
        return self.client(CONTROL_SERVICE, **kwargs)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
