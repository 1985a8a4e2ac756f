"""A minimal ASGI application: the health endpoint, and every other request handed to the AWS
gateway. Kept framework-free because each request is one routing decision and the gateway does
the rest; a worker thread runs the gateway so a slow operation never blocks the event loop."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from openbda.aws.gateway import Gateway
from openbda.aws.http import HttpRequest, HttpResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

HEALTH_PATH = "/_openbda/health"
# The sync API carries documents of up to 50 MB, base64-encoded in JSON.
MAX_BODY_BYTES = 80 * 1024 * 1024


class OpenbdaApp:
    def __init__(self, gateway: Gateway, health: Callable[[], dict[str, Any]], threads: int = 16):
        self.gateway = gateway
        self.health = health
        self.ready = False
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="openbda-api")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["path"] == HEALTH_PATH and scope["method"] == "GET":
            await self._health(send)
            return
        body = await self._read_body(receive)
        if body is None:
            await _send(send, HttpResponse(413, b'{"message": "Request body too large"}'))
            return
        request = HttpRequest(
            method=scope["method"],
            path=scope.get("raw_path", scope["path"].encode()).decode("latin-1"),
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=_headers(scope["headers"]),
            body=body,
        )
        loop = asyncio.get_running_loop()
        response = await loop.run_in_executor(self.executor, self.gateway.handle, request)
        await _send(send, response)

    async def _health(self, send: Send) -> None:
        if not self.ready:
            await _send(send, HttpResponse(503, b'{"status": "starting"}', _json_headers()))
            return
        body = json.dumps({"status": "ok", **self.health()}).encode()
        await _send(send, HttpResponse(200, body, _json_headers()))

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                return None
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.executor.shutdown(wait=False, cancel_futures=True)
                await send({"type": "lifespan.shutdown.complete"})
                return


def _headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]},{text}" if key in headers else text
    return headers


def _json_headers() -> dict[str, str]:
    return {"content-type": "application/json"}


async def _send(send: Send, response: HttpResponse) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
    headers.append((b"content-length", str(len(response.body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})
