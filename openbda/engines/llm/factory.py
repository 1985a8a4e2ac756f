"""Open a language-model backend by configuration name.

Every kind but "none", "gguf" (a model file run in process) and "bedrock" (Converse through
boto3) is the OpenAI-compatible wire;
the names of the common servers only
supply their usual local address, so `open_language_model("ollama", model="qwen2.5:3b")` works
as it is. Options are the backend's keyword arguments (`base_url`, `model`, `api_key`,
`timeout`, `retries`, `vision`, `structured_output`, `extra_body`).
"""

from __future__ import annotations

from typing import Any

from openbda.engines.llm.null import NullModel
from openbda.engines.llm.openai_compatible import OpenAICompatibleModel
from openbda.engines.llm.types import LanguageModel, LanguageModelConfigError

NONE_KINDS = frozenset({"", "none", "null", "disabled"})
# A GGUF file run in process by llama.cpp: `model` is its path.
GGUF_KIND = "gguf"
# Amazon Bedrock's Converse API through boto3: `model` is the model id.
BEDROCK_KIND = "bedrock"

# kind: (default base URL or None when it must be given, default model or None when required)
OPENAI_COMPATIBLE_KINDS: dict[str, tuple[str | None, str | None]] = {
    "openai-compatible": (None, None),
    "openai": ("https://api.openai.com/v1", None),
    # llama.cpp serves the one model it loaded whatever the request names.
    "llamacpp": ("http://127.0.0.1:8080/v1", "default"),
    "vllm": ("http://127.0.0.1:8000/v1", None),
    "ollama": ("http://127.0.0.1:11434/v1", None),
    "lmstudio": ("http://127.0.0.1:1234/v1", None),
}
_ALIASES = {
    "openai_compatible": "openai-compatible",
    "llama.cpp": "llamacpp",
    "llama-cpp": "llamacpp",
}


def open_language_model(kind: str, **options: Any) -> LanguageModel:
    name = kind.strip().lower()
    name = _ALIASES.get(name, name)
    if name in NONE_KINDS:
        return NullModel()
    if name == BEDROCK_KIND:
        from openbda.engines.llm.bedrock import BedrockConverseModel

        return BedrockConverseModel(
            str(options.get("model") or ""),
            endpoint_url=options.get("base_url") or None,
            timeout=float(options.get("timeout") or 120.0),
            retries=int(options.get("retries") or 0),
        )
    if name == GGUF_KIND:
        from openbda.engines.llm.gguf import InProcessGgufModel

        return InProcessGgufModel(
            str(options.get("model") or ""), extra_body=options.get("extra_body")
        )
    if name not in OPENAI_COMPATIBLE_KINDS:
        known = ", ".join(sorted({"none", GGUF_KIND, BEDROCK_KIND, *OPENAI_COMPATIBLE_KINDS}))
        raise LanguageModelConfigError(
            f"Unknown language model backend {kind!r}; use one of {known}."
        )
    default_url, default_model = OPENAI_COMPATIBLE_KINDS[name]
    settings = {k: v for k, v in options.items() if v not in (None, "")}
    settings.setdefault("base_url", default_url)
    settings.setdefault("model", default_model)
    if settings["base_url"] is None:
        raise LanguageModelConfigError(f"The {name} backend needs a base_url.")
    if settings["model"] is None:
        raise LanguageModelConfigError(f"The {name} backend needs a model name.")
    try:
        return OpenAICompatibleModel(**settings)
    except TypeError as exc:
        raise LanguageModelConfigError(f"Bad option for the {name} backend: {exc}") from None
