"""Messages, lenient JSON parsing, the null backend and the factory."""

from __future__ import annotations

from typing import Any

import pytest

from openbda.engines.llm import (
    ImagePart,
    LanguageModelConfigError,
    LanguageModelUnavailable,
    Message,
    NullModel,
    OpenAICompatibleModel,
    open_language_model,
    parse_json,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ("  [1, 2]\n", [1, 2]),
        ('```json\n{"a": 1}\n```', {"a": 1}),
        ('Here you go: {"a": {"b": [1]}} Hope it helps.', {"a": {"b": [1]}}),
        ('{"text": "line one\nline two"}', {"text": "line one\nline two"}),
        ("no json here", None),
        ('{"a": 1', None),  # cut off, but not said to be
    ],
)
def test_parse_json(text: str, expected: Any) -> None:
    assert parse_json(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1, "b": "half a sent', {"a": 1, "b": "half a sent"}),
        ('{"items": [{"n": 1, "t": "x"}, {"n": 2, "t', {"items": [{"n": 1, "t": "x"}, {"n": 2}]}),
        ('{"n": 12345', {"n": 12345}),
        ('{"a": 1, "b":', {"a": 1}),
        ('{"a": "ends in an escape \\', {"a": "ends in an escape "}),
        ("nothing", None),
    ],
)
def test_parse_truncated_json(text: str, expected: Any) -> None:
    assert parse_json(text, truncated=True) == expected


def test_messages() -> None:
    image = ImagePart(b"\x89PNG...")
    message = Message.user("Look at ", image, "this.")
    assert message.role == "user"
    assert message.text == "Look at this."
    assert message.images == (image,)
    assert Message.system("s") == Message("system", ("s",))
    assert Message.assistant("a").images == ()
    assert ImagePart.from_base64(image.base64()) == image
    assert image.data_url().startswith("data:image/png;base64,")


def test_null_model() -> None:
    model = NullModel()
    assert not model.configured and not model.accepts_images
    with pytest.raises(LanguageModelUnavailable, match="No language model backend"):
        model.generate([Message.user("hi")], max_tokens=5, temperature=0.0)
    model.close()


@pytest.mark.parametrize("kind", ["", "none", "None", "null", "disabled"])
def test_factory_no_backend(kind: str) -> None:
    assert isinstance(open_language_model(kind), NullModel)


@pytest.mark.parametrize(
    ("kind", "url"),
    [
        ("llamacpp", "http://127.0.0.1:8080/v1/chat/completions"),
        ("llama.cpp", "http://127.0.0.1:8080/v1/chat/completions"),
        ("ollama", "http://127.0.0.1:11434/v1/chat/completions"),
        ("vllm", "http://127.0.0.1:8000/v1/chat/completions"),
        ("lmstudio", "http://127.0.0.1:1234/v1/chat/completions"),
        ("openai", "https://api.openai.com/v1/chat/completions"),
    ],
)
def test_factory_default_addresses(kind: str, url: str) -> None:
    model = open_language_model(kind, model="some-model")
    assert isinstance(model, OpenAICompatibleModel)
    assert model.url == url and model.configured
    model.close()


def test_factory_options() -> None:
    model = open_language_model(
        "openai-compatible",
        base_url="http://10.0.0.5:9000",
        model="qwen",
        api_key="k",
        timeout=5,
        retries=0,
        vision=True,
    )
    assert isinstance(model, OpenAICompatibleModel)
    assert model.url == "http://10.0.0.5:9000/v1/chat/completions"
    assert model.name == "qwen" and model.accepts_images and model.retries == 0
    model.close()
    # llama.cpp serves whatever it loaded, so no model name is needed; empty options are unset.
    assert open_language_model("llamacpp", model="", api_key=None).name == "default"


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("gpt-engine", {}, "Unknown language model backend"),
        ("openai-compatible", {"model": "m"}, "needs a base_url"),
        ("ollama", {}, "needs a model name"),
        ("vllm", {"model": "m", "temprature": 1}, "Bad option"),
        ("vllm", {"model": "m", "base_url": "localhost:8000"}, "http"),
        ("vllm", {"model": "m", "structured_output": "xml"}, "structured_output"),
        ("vllm", {"model": "m", "timeout": 0}, "timeout"),
    ],
)
def test_factory_refuses_bad_settings(kind: str, options: dict[str, Any], message: str) -> None:
    with pytest.raises(LanguageModelConfigError, match=message):
        open_language_model(kind, **options)
