"""A chat model behind an OpenAI-compatible `/v1/chat/completions` endpoint.

One wire covers the servers people run their own models with — llama.cpp's server, vLLM,
Ollama, LM Studio — and OpenAI itself. Structured output uses `response_format` with a JSON
schema, which llama.cpp and vLLM enforce by constrained decoding; for servers that only know
JSON mode (`json_object`) or nothing at all, the schema also goes into the prompt and the answer
is parsed leniently.

Retries cover what a busy or restarting local server does: refused connections, timeouts, 429
and 5xx. Client errors (400, 401, 404) are not retried: the same request would fail again.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import httpx

from openbda.engines.llm.types import (
    Completion,
    ImagePart,
    LanguageModelConfigError,
    LanguageModelError,
    LanguageModelResponseError,
    LanguageModelTimeout,
    LanguageModelUnavailable,
    Message,
    TokenLogprob,
    parse_json,
)

log = logging.getLogger(__name__)

StructuredOutput = Literal["json_schema", "json_object", "prompt"]

_RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
# Longest wait between attempts, whatever the server's Retry-After says: a job has a deadline.
_MAX_BACKOFF = 30.0
# Characters of an error body quoted in messages and logs.
_BODY_QUOTE = 300


class OpenAICompatibleModel:
    """Thread-safe: one `httpx.Client` (a connection pool) serves every job of the worker."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        *,
        timeout: float = 120.0,
        retries: int = 2,
        backoff: float = 0.5,
        vision: bool = False,
        structured_output: StructuredOutput = "json_schema",
        extra_body: Mapping[str, Any] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise LanguageModelConfigError(f"base_url must be an http(s) URL, not {base_url!r}")
        if not model:
            raise LanguageModelConfigError("a model name is required (the server's model id)")
        if structured_output not in ("json_schema", "json_object", "prompt"):
            raise LanguageModelConfigError(
                "structured_output must be json_schema, json_object or prompt, "
                f"not {structured_output!r}"
            )
        if timeout <= 0 or retries < 0:
            raise LanguageModelConfigError("timeout must be positive and retries not negative")
        self.url = chat_completions_url(base_url)
        self.model = model
        self.retries = retries
        self.backoff = backoff
        self.vision = vision
        self.structured_output: StructuredOutput = structured_output
        self.extra_body = dict(extra_body or {})
        headers = {"Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        # Connecting is quick or never happens; only generation may take long.
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
        )
        self._closed = threading.Event()

    @property
    def name(self) -> str:
        return self.model

    @property
    def configured(self) -> bool:
        return True

    @property
    def accepts_images(self) -> bool:
        return self.vision

    def generate(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int,
        temperature: float,
        logprobs: bool = False,
    ) -> Completion:
        if not messages:
            raise ValueError("at least one message is required")
        if not self.vision and any(m.images for m in messages):
            raise ValueError(f"the model {self.model!r} is not configured to accept images")
        payload = self._payload(messages, json_schema, max_tokens, temperature)
        if logprobs:
            payload["logprobs"] = True
        body = self._post(payload)
        return parse_completion(body, want_json=json_schema is not None)

    def close(self) -> None:
        if not self._closed.is_set():
            self._closed.set()
            self._client.close()

    def __enter__(self) -> OpenAICompatibleModel:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- request -----------------------------------------------------------------------------

    def _payload(
        self,
        messages: Sequence[Message],
        json_schema: dict[str, Any] | None,
        max_tokens: int,
        temperature: float,
    ) -> dict[str, Any]:
        return chat_payload(
            messages,
            json_schema,
            max_tokens,
            temperature,
            model=self.model,
            extra_body=self.extra_body,
            structured_output=self.structured_output,
        )

    def _post(self, payload: dict[str, Any]) -> Any:
        attempt = 0
        while True:
            try:
                response = self._client.post(self.url, json=payload)
            except httpx.TimeoutException as exc:
                failure: LanguageModelError = LanguageModelTimeout(
                    f"The language model at {self.url} did not answer in time ({exc!r})."
                )
                wait = self._delay(attempt, None)
            except httpx.TransportError as exc:
                failure = LanguageModelUnavailable(
                    f"Cannot reach the language model at {self.url}: {exc!r}"
                )
                wait = self._delay(attempt, None)
            else:
                if response.status_code < 400:
                    try:
                        return response.json()
                    except ValueError:
                        raise LanguageModelResponseError(
                            f"The language model at {self.url} answered with a body that is "
                            f"not JSON: {response.text[:_BODY_QUOTE]!r}",
                            response.status_code,
                        ) from None
                failure = LanguageModelResponseError(
                    f"The language model at {self.url} answered HTTP {response.status_code}: "
                    f"{response.text[:_BODY_QUOTE]!r}",
                    response.status_code,
                )
                if response.status_code not in _RETRY_STATUSES:
                    raise failure
                wait = self._delay(attempt, response.headers.get("retry-after"))
            if attempt >= self.retries:
                raise failure
            log.warning("%s; retrying in %.1f s", failure.message, wait)
            time.sleep(wait)
            attempt += 1

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after is not None:
            try:
                return min(max(float(retry_after), 0.0), _MAX_BACKOFF)
            except ValueError:
                pass  # an HTTP date: rare for these servers; fall back to backoff
        return float(min(self.backoff * 2**attempt, _MAX_BACKOFF))


def chat_payload(
    messages: Sequence[Message],
    json_schema: dict[str, Any] | None,
    max_tokens: int,
    temperature: float,
    *,
    model: str,
    extra_body: Mapping[str, Any],
    structured_output: StructuredOutput = "json_schema",
) -> dict[str, Any]:
    """The body of a chat-completions request; also what llama.cpp takes in process."""
    wire = [_wire_message(m) for m in messages]
    payload: dict[str, Any] = {
        "model": model,
        "messages": wire,
        "max_tokens": max_tokens,
        "temperature": temperature,
        **extra_body,
    }
    if json_schema is None:
        return payload
    if structured_output == "json_schema":
        payload["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "response", "strict": True, "schema": json_schema},
        }
        return payload
    if structured_output == "json_object":
        payload["response_format"] = {"type": "json_object"}
    # Without schema enforcement the model has to be told the shape.
    instruction = (
        "Answer with one JSON value only, no prose, matching this JSON schema:\n"
        + json.dumps(json_schema, ensure_ascii=False)
    )
    payload["messages"] = [{"role": "system", "content": instruction}, *wire]
    return payload


def chat_completions_url(base_url: str) -> str:
    """`http://host:8080`, `http://host:8080/v1` and the full endpoint all name one endpoint."""
    url = base_url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if not url.endswith("/v1"):
        url += "/v1"
    return url + "/chat/completions"


def _wire_message(message: Message) -> dict[str, Any]:
    if not message.images:
        return {"role": message.role, "content": message.text}
    parts: list[dict[str, Any]] = []
    for part in message.content:
        if isinstance(part, ImagePart):
            parts.append({"type": "image_url", "image_url": {"url": part.data_url()}})
        elif part:
            parts.append({"type": "text", "text": part})
    return {"role": message.role, "content": parts}


def parse_completion(body: Any, *, want_json: bool) -> Completion:
    """A chat-completions answer (OpenAI's JSON, as llama.cpp also writes it)."""
    try:
        choice = body["choices"][0]
        message = choice.get("message") or {}
    except (KeyError, IndexError, TypeError):
        raise LanguageModelResponseError(
            f"The language model's answer is not a chat completion: {str(body)[:_BODY_QUOTE]!r}"
        ) from None
    content = message.get("content")
    if isinstance(content, list):  # some servers answer in content parts
        content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
    text = content if isinstance(content, str) else ""
    usage = body.get("usage") if isinstance(body, dict) else None
    usage = usage if isinstance(usage, dict) else {}
    finish_reason = choice.get("finish_reason")
    return Completion(
        text=text,
        data=parse_json(text, truncated=finish_reason == "length") if want_json else None,
        finish_reason=finish_reason,
        prompt_tokens=usage.get("prompt_tokens"),
        completion_tokens=usage.get("completion_tokens"),
        tokens=_token_logprobs(choice.get("logprobs")),
    )


def _token_logprobs(logprobs: Any) -> tuple[TokenLogprob, ...]:
    """`choices[0].logprobs.content` as OpenAI and llama.cpp write it; () when absent or odd."""
    content = logprobs.get("content") if isinstance(logprobs, dict) else None
    if not isinstance(content, list):
        return ()
    tokens = []
    for item in content:
        if not isinstance(item, dict):
            return ()
        token, logprob = item.get("token"), item.get("logprob")
        if not isinstance(token, str) or not isinstance(logprob, int | float):
            return ()
        tokens.append(TokenLogprob(token, float(logprob)))
    return tuple(tokens)
