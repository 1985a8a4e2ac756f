"""A local stand-in for Amazon EventBridge that speaks its real wire protocol.

It answers `AWSEvents.PutEvents` over AWS JSON 1.1 (POST `/`, `X-Amz-Target`, body and answer
as `application/x-amz-json-1.1`), so an unmodified boto3 `events` client pointed at `url` with
`endpoint_url` runs its real serialisation, signing and parsing against it. It checks what the
service checks for each entry (required fields, `Detail` a JSON object, at most 10 entries) and
can refuse entries like AWS does (`fail_with`, `reject_aws_sources`).

    with EventBridgeDouble() as bus:
        boto3.client("events", endpoint_url=bus.url, ...).put_events(Entries=[...])
        bus.entries  # what was accepted
"""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any

from tests.support.http_server import RecordedRequest, RecordingHttpServer, Reply

CONTENT_TYPE = "application/x-amz-json-1.1"


class EventBridgeDouble(RecordingHttpServer):
    def __init__(self, *, reject_aws_sources: bool = False) -> None:
        super().__init__()
        self.reject_aws_sources = reject_aws_sources
        self.entries: list[dict[str, Any]] = []  # accepted entries, as sent
        self.refused: list[dict[str, Any]] = []
        self._failure: tuple[str, str] | None = None
        self._entries_lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def fail_with(self, code: str, message: str) -> None:
        """Refuse every entry from now on with this error (as a failed entry, HTTP 200)."""
        self._failure = (code, message)

    def respond(self, request: RecordedRequest) -> Reply:
        target = request.header("x-amz-target")
        if request.method != "POST" or request.path != "/":
            return _error(404, "UnknownOperationException", "Not found")
        if not (request.header("authorization") or "").startswith("AWS4-HMAC-SHA256 "):
            return _error(400, "MissingAuthenticationTokenException", "Missing Authentication")
        if target != "AWSEvents.PutEvents":
            return _error(400, "UnknownOperationException", f"Unknown operation {target}")
        try:
            payload = json.loads(request.body)
        except ValueError:
            return _error(400, "SerializationException", "Invalid JSON")
        entries = payload.get("Entries")
        if not isinstance(entries, list) or not 1 <= len(entries) <= 10:
            return _error(400, "ValidationException", "Entries must hold 1 to 10 entries")
        results = [self._accept(entry) for entry in entries]
        failed = sum(1 for result in results if "ErrorCode" in result)
        body = json.dumps({"FailedEntryCount": failed, "Entries": results}).encode()
        return Reply(200, {"Content-Type": CONTENT_TYPE}, body)

    def _accept(self, entry: dict[str, Any]) -> dict[str, str]:
        refusal = self._refusal(entry)
        with self._entries_lock:
            if refusal:
                self.refused.append(entry)
                return {"ErrorCode": refusal[0], "ErrorMessage": refusal[1]}
            self.entries.append(entry)
        return {"EventId": str(uuid.uuid4())}

    def _refusal(self, entry: dict[str, Any]) -> tuple[str, str] | None:
        if self._failure:
            return self._failure
        for name in ("Source", "DetailType", "Detail"):
            if not entry.get(name):
                return ("InvalidArgument", f"Parameter {name} is not valid.")
        try:
            detail = json.loads(entry["Detail"])
        except ValueError:
            detail = None
        if not isinstance(detail, dict):
            return ("MalformedDetail", "Detail is malformed.")
        if self.reject_aws_sources and str(entry["Source"]).startswith("aws."):
            return (
                "NotAuthorizedForSourceException",
                "Not authorized for the source.",
            )
        return None


def _error(status: int, code: str, message: str) -> Reply:
    body = json.dumps({"__type": code, "message": message}).encode()
    return Reply(status, {"Content-Type": CONTENT_TYPE}, body)
