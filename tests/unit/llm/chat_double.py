"""A stand-in OpenAI-compatible chat server on 127.0.0.1 (stdlib HTTP server), for testing the
wire: it records each request and answers with a chat completion whose content a test chooses,
or with the scripted statuses and delays of `RecordingHttpServer`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tests.support.http_server import RecordedRequest, RecordingHttpServer, Reply

Answer = Callable[[dict[str, Any]], str]


def completion_body(content: str, finish_reason: str = "stop") -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": finish_reason,
                }
            ],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
        }
    ).encode()


class ChatDouble(RecordingHttpServer):
    """Scripted replies first (statuses, delays); then every request gets `answer(payload)`."""

    def __init__(self, answer: Answer | None = None, responses: list[int | Reply] | None = None):
        super().__init__(responses=responses or [])
        self.answer = answer or (lambda payload: '{"ok": true}')

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def payloads(self) -> list[dict[str, Any]]:
        return [json.loads(r.body) for r in self.requests]

    def respond(self, request: RecordedRequest) -> Reply:
        with self._lock:
            if self._script:
                return self._script.pop(0)
        payload = json.loads(request.body)
        return Reply(
            200, {"Content-Type": "application/json"}, completion_body(self.answer(payload))
        )
