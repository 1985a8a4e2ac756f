"""Amazon Bedrock's Converse API through boto3, for hybrid users: `OPENBDA_LLM_BACKEND=bedrock`,
`OPENBDA_LLM_MODEL=<model id or inference profile>` (e.g. `us.amazon.nova-lite-v1:0`), with the
standard AWS credential chain and region; `OPENBDA_LLM_BASE_URL` overrides the endpoint.

A JSON schema is enforced the way Converse offers it: as the input schema of one tool the model
must call, whose input is the answer. Converse returns no token probabilities, so callers
score confidences without them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import Any

from openbda.engines.llm.types import (
    Completion,
    LanguageModelConfigError,
    LanguageModelResponseError,
    LanguageModelTimeout,
    LanguageModelUnavailable,
    Message,
)

_TOOL = "answer"
_IMAGE_FORMATS = {
    "image/png": "png",
    "image/jpeg": "jpeg",
    "image/gif": "gif",
    "image/webp": "webp",
}


class BedrockConverseModel:
    """Thread-safe: boto3 clients are; one is made on first use."""

    configured = True
    accepts_images = True

    def __init__(
        self,
        model: str,
        *,
        endpoint_url: str | None = None,
        region: str | None = None,
        timeout: float = 120.0,
        retries: int = 2,
        client: Any = None,
    ) -> None:
        if not model:
            raise LanguageModelConfigError("the bedrock backend needs a model id")
        self.model = model
        self.endpoint_url = endpoint_url
        self.region = region
        self.timeout = timeout
        self.retries = retries
        self._client = client
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.model

    def generate(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int,
        temperature: float,
        logprobs: bool = False,
    ) -> Completion:
        request: dict[str, Any] = {
            "modelId": self.model,
            "messages": [_wire(m) for m in messages if m.role != "system"],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": temperature},
        }
        system = [{"text": m.text} for m in messages if m.role == "system"]
        if system:
            request["system"] = system
        if json_schema is not None:
            request["toolConfig"] = {
                "tools": [
                    {
                        "toolSpec": {
                            "name": _TOOL,
                            "description": "Give the answer.",
                            "inputSchema": {"json": json_schema},
                        }
                    }
                ],
                "toolChoice": {"tool": {"name": _TOOL}},
            }
        answer = self._call(request)
        return _completion(answer, want_json=json_schema is not None)

    def close(self) -> None:
        return None

    def _call(self, request: dict[str, Any]) -> dict[str, Any]:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectTimeoutError,
            EndpointConnectionError,
            ReadTimeoutError,
        )

        try:
            answer: dict[str, Any] = self._boto().converse(**request)
        except (ReadTimeoutError, ConnectTimeoutError) as exc:
            raise LanguageModelTimeout(f"Bedrock did not answer in time: {exc}") from exc
        except EndpointConnectionError as exc:
            raise LanguageModelUnavailable(f"Cannot reach Bedrock: {exc}") from exc
        except ClientError as exc:
            error = exc.response.get("Error", {})
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            raise LanguageModelResponseError(
                f"Bedrock refused the request: {error.get('Code')}: {error.get('Message')}",
                status,
            ) from exc
        except BotoCoreError as exc:
            raise LanguageModelUnavailable(f"Bedrock request failed: {exc}") from exc
        return answer

    def _boto(self) -> Any:
        with self._lock:
            if self._client is None:
                import boto3
                from botocore.config import Config

                config = Config(
                    read_timeout=self.timeout,
                    connect_timeout=min(self.timeout, 10.0),
                    retries={"max_attempts": self.retries + 1, "mode": "standard"},
                )
                self._client = boto3.client(
                    "bedrock-runtime",
                    region_name=self.region,
                    endpoint_url=self.endpoint_url,
                    config=config,
                )
            return self._client


def _wire(message: Message) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    for part in message.content:
        if isinstance(part, str):
            if part:
                content.append({"text": part})
        else:
            fmt = _IMAGE_FORMATS.get(part.media_type, "png")
            content.append({"image": {"format": fmt, "source": {"bytes": part.data}}})
    return {"role": message.role, "content": content}


def _completion(answer: dict[str, Any], *, want_json: bool) -> Completion:
    blocks = ((answer.get("output") or {}).get("message") or {}).get("content") or []
    data = None
    texts = []
    for block in blocks:
        if "toolUse" in block and data is None:
            data = block["toolUse"].get("input")
        elif "text" in block:
            texts.append(block["text"])
    text = json.dumps(data, ensure_ascii=False) if data is not None else "".join(texts)
    if want_json and data is None and texts:
        try:
            data = json.loads(text)
        except ValueError:
            data = None
    usage = answer.get("usage") or {}
    stop = answer.get("stopReason")
    return Completion(
        text=text,
        data=data if want_json else None,
        finish_reason="length" if stop == "max_tokens" else "stop",
        prompt_tokens=usage.get("inputTokens"),
        completion_tokens=usage.get("outputTokens"),
    )
