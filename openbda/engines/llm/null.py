"""The placeholder backend: no language model is configured.

Stages check `configured` and skip what needs a model (the renderer then omits generative
fields), so a deployment without a model still produces every other output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openbda.engines.llm.types import Completion, LanguageModelUnavailable, Message


class NullModel:
    name = "none"
    configured = False
    accepts_images = False

    def generate(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        max_tokens: int,
        temperature: float,
        logprobs: bool = False,
    ) -> Completion:
        raise LanguageModelUnavailable(
            "No language model backend is configured; configure an OpenAI-compatible endpoint "
            "to generate summaries, descriptions and figure captions."
        )

    def close(self) -> None:
        return None
