"""The language-model protocol: chat messages in (text and images), a completion out.

Every backend speaks this and nothing else, so the stages that need a model (generative fields
now, blueprint field extraction later) never see a wire format. A backend is opened once per
worker process and shared by its jobs, so implementations must be thread-safe.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class ImagePart:
    """An image inside a message, as encoded bytes (PNG unless `media_type` says otherwise)."""

    data: bytes
    media_type: str = "image/png"

    @classmethod
    def from_base64(cls, encoded: str, media_type: str = "image/png") -> ImagePart:
        return cls(base64.b64decode(encoded, validate=True), media_type)

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")

    def data_url(self) -> str:
        return f"data:{self.media_type};base64,{self.base64()}"


Part = str | ImagePart


@dataclass(frozen=True, slots=True)
class Message:
    """One chat turn; `content` interleaves text and images in the order the model sees them."""

    role: Role
    content: tuple[Part, ...]

    @classmethod
    def system(cls, text: str) -> Message:
        return cls("system", (text,))

    @classmethod
    def user(cls, *parts: Part) -> Message:
        return cls("user", tuple(parts))

    @classmethod
    def assistant(cls, text: str) -> Message:
        return cls("assistant", (text,))

    @property
    def text(self) -> str:
        return "".join(p for p in self.content if isinstance(p, str))

    @property
    def images(self) -> tuple[ImagePart, ...]:
        return tuple(p for p in self.content if isinstance(p, ImagePart))


@dataclass(frozen=True, slots=True)
class TokenLogprob:
    """One token of the answer and the natural log of the probability the model gave it."""

    text: str
    logprob: float


@dataclass(frozen=True, slots=True)
class Completion:
    """What the model answered. `data` is the parsed JSON when a schema was asked for and the
    answer parses (None otherwise); callers read it defensively, small models stray."""

    text: str
    data: Any = None
    finish_reason: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    # The answer token by token with log-probabilities, when they were asked for and the
    # server returns them; their texts joined are `text` (up to blank space around it, which
    # some servers trim from the content).
    tokens: tuple[TokenLogprob, ...] = ()

    @property
    def truncated(self) -> bool:
        """The answer stopped at `max_tokens`; JSON in it is usually cut short."""
        return self.finish_reason == "length"


class LanguageModel(Protocol):
    """A chat model. `configured` is False only for the placeholder that stands for "no backend";
    `accepts_images` says whether messages may carry `ImagePart`s."""

    @property
    def name(self) -> str: ...

    @property
    def configured(self) -> bool: ...

    @property
    def accepts_images(self) -> bool: ...

    def generate(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int,
        temperature: float,
        logprobs: bool = False,
    ) -> Completion: ...

    def close(self) -> None: ...


class LanguageModelError(Exception):
    """The backend failed (unreachable, timed out, refused the request): the service's fault,
    not the input's, so a job ends `ServiceError`."""

    error_type = "ServiceError"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class LanguageModelUnavailable(LanguageModelError):
    """No backend is configured, or it cannot be reached."""


class LanguageModelTimeout(LanguageModelError):
    """The backend did not answer in time, after retries."""


class LanguageModelResponseError(LanguageModelError):
    """The backend answered with an error status or a body that is not a chat completion."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class LanguageModelConfigError(ValueError):
    """The backend settings are wrong (unknown kind, missing model name); raised when opening."""


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL | re.IGNORECASE)
# How many cut points a truncated answer is tried at, latest first.
_REPAIR_TRIES = 8


def parse_json(text: str, *, truncated: bool = False) -> Any:
    """The JSON value in a model's answer, or None.

    Constrained decoding gives bare JSON, but servers without it (or models that ignore the
    request) wrap it in a code fence or a sentence; the outermost object or array is taken. An
    answer cut off at its token limit (`truncated`) is closed after its last complete member,
    so what was written before the cut is not lost.
    """
    candidates = [text.strip()]
    fenced = _FENCE.match(text)
    if fenced:
        candidates.append(fenced.group(1))
    for opener, closer in (("{", "}"), ("[", "]")):
        start, end = text.find(opener), text.rfind(closer)
        if 0 <= start < end:
            candidates.append(text[start : end + 1])
    for candidate in candidates:
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            continue
    return _close_truncated(text) if truncated else None


def _close_truncated(text: str) -> Any:
    starts = [i for i in (text.find("{"), text.find("[")) if i >= 0]
    if not starts:
        return None
    start = min(starts)
    closers: list[str] = []
    cuts: list[tuple[int, str]] = []  # (end of a complete member, closers needed there)
    in_string = escaped = False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            closers.append("}" if ch == "{" else "]")
        elif ch in "}]":
            if not closers:
                return None
            closers.pop()
            if not closers:
                return None  # complete yet unparseable: not JSON at all
            cuts.append((i + 1, "".join(reversed(closers))))
        elif ch == ",":
            cuts.append((i, "".join(reversed(closers))))
    # First the cut-off string itself, closed where it stopped; then earlier member ends.
    attempts = []
    tail = "".join(reversed(closers))
    if in_string:
        attempts.append(text[start:].rstrip("\\") + '"' + tail)
    else:  # cut inside a number or after a complete value
        attempts.append(text[start:].rstrip().rstrip(",") + tail)
    attempts += [text[start:end] + tail for end, tail in reversed(cuts[-_REPAIR_TRIES:])]
    for attempt in attempts:
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None
