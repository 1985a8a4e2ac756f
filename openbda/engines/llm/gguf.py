"""A GGUF model run inside the worker by llama.cpp (the prebuilt `xllamacpp` binding), for a
fully offline machine with a model file the user provides: `OPENBDA_LLM_BACKEND=gguf`,
`OPENBDA_LLM_MODEL=/path/to/model.gguf`.

llama.cpp's own server code answers chat completions in process (`handle_chat_completions`
takes and returns the OpenAI-compatible JSON), so requests are built and answers parsed exactly
as for a remote server, JSON-schema grammars and token log-probabilities included. The model
loads on the first request and stays loaded for the worker's life.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openbda.engines.llm.openai_compatible import chat_payload, parse_completion
from openbda.engines.llm.types import (
    Completion,
    LanguageModelConfigError,
    LanguageModelResponseError,
    LanguageModelUnavailable,
    Message,
)


class InProcessGgufModel:
    """Thread-safe: llama.cpp queues requests to its slots; loading happens once."""

    accepts_images = False
    configured = True

    def __init__(
        self,
        model: str,
        *,
        context: int = 8192,
        threads: int = 0,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        if not model:
            raise LanguageModelConfigError("the gguf backend needs the model file's path")
        self.path = Path(model).expanduser()
        self.context = context
        self.threads = threads or (os.cpu_count() or 1)
        # Sampling options added to every request (e.g. a frequency penalty for small models).
        self.extra_body = dict(extra_body or {})
        self._lock = threading.Lock()
        self._server: Any = None

    @property
    def name(self) -> str:
        return self.path.name

    def generate(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int,
        temperature: float,
        logprobs: bool = False,
    ) -> Completion:
        if any(m.images for m in messages):
            raise ValueError("the gguf backend does not take images")
        payload = chat_payload(
            messages,
            json_schema,
            max_tokens,
            temperature,
            model=self.path.name,
            extra_body={**self.extra_body, **({"logprobs": True} if logprobs else {})},
        )
        body = self._load().handle_chat_completions(payload)
        if isinstance(body, dict) and "error" in body:
            raise LanguageModelResponseError(f"llama.cpp refused the request: {body['error']}")
        return parse_completion(body, want_json=json_schema is not None)

    def close(self) -> None:
        with self._lock:
            self._server = None

    def _load(self) -> Any:
        with self._lock:
            if self._server is None:
                if not self.path.is_file():
                    raise LanguageModelUnavailable(f"The GGUF model file {self.path} is missing.")
                try:
                    import xllamacpp
                except ImportError as exc:
                    raise LanguageModelUnavailable(
                        "The gguf backend needs the xllamacpp package (pip install xllamacpp)."
                    ) from exc
                params = xllamacpp.CommonParams()
                params.model.path = str(self.path)
                params.n_ctx = self.context
                params.n_parallel = 1
                params.cpuparams.n_threads = self.threads
                params.cpuparams_batch.n_threads = self.threads
                # The binding also opens llama.cpp's HTTP port (a free one); keep it on loopback.
                params.hostnames = ["127.0.0.1"]
                self._server = xllamacpp.Server(params)
            return self._server
