"""Framework-free HTTP request/response values shared by the wire layer and the ASGI app."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str  # raw (still percent-encoded) path, e.g. "/projects/abc"
    query: str  # raw query string without "?"
    headers: dict[str, str]  # lower-cased names; repeated headers joined with ","
    body: bytes = b""

    def header(self, name: str, default: str = "") -> str:
        return self.headers.get(name.lower(), default)


@dataclass
class HttpResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
