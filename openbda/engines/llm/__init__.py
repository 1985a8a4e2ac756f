"""Language models behind one small protocol (`LanguageModel`): chat messages with text and
images in, a completion (text, and parsed JSON when a schema was given) out.

Backends: any OpenAI-compatible chat endpoint (llama.cpp server, vLLM, Ollama, LM Studio,
OpenAI) and `NullModel`, which stands for "no backend configured".
"""

from openbda.engines.llm.factory import open_language_model
from openbda.engines.llm.null import NullModel
from openbda.engines.llm.openai_compatible import OpenAICompatibleModel
from openbda.engines.llm.types import (
    Completion,
    ImagePart,
    LanguageModel,
    LanguageModelConfigError,
    LanguageModelError,
    LanguageModelResponseError,
    LanguageModelTimeout,
    LanguageModelUnavailable,
    Message,
    TokenLogprob,
    parse_json,
)

__all__ = [
    "Completion",
    "ImagePart",
    "LanguageModel",
    "LanguageModelConfigError",
    "LanguageModelError",
    "LanguageModelResponseError",
    "LanguageModelTimeout",
    "LanguageModelUnavailable",
    "Message",
    "NullModel",
    "OpenAICompatibleModel",
    "TokenLogprob",
    "open_language_model",
    "parse_json",
]
