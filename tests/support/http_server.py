"""A real HTTP server on 127.0.0.1 that records requests and answers from a script.

    with RecordingHttpServer(responses=[500, 500, 200]) as server:
        ...  # POST to server.url; server.requests holds what arrived

Each request takes the next scripted response (a status, or a `Reply`); once the script is used
up, every request gets `default`. The port is chosen by the kernel when binding, so it is free.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering (to provoke client timeouts)


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes
    received_at: float  # time.monotonic()

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class RecordingHttpServer:
    def __init__(self, responses: Iterable[int | Reply] = (), default: int | Reply = 200) -> None:
        self._script = [r if isinstance(r, Reply) else Reply(r) for r in responses]
        self._default = default if isinstance(default, Reply) else Reply(default)
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        # A short poll interval: `shutdown` waits for the loop to notice (0.5 s by default).
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def respond(self, request: RecordedRequest) -> Reply:
        """The reply for a request; subclasses may compute it instead of following the script."""
        del request
        with self._lock:
            return self._script.pop(0) if self._script else self._default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = RecordedRequest(
                    method=self.command,
                    path=self.path,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length),
                    received_at=time.monotonic(),
                )
                with server._lock:
                    server.requests.append(request)
                reply = server.respond(request)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting, which is what a delay test wants

            do_POST = _handle
            do_GET = _handle
            do_PUT = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        return Handler
