"""The OpenAI-compatible backend's wire, retries and errors, against a local stand-in server."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from openbda.engines.llm import (
    ImagePart,
    LanguageModelResponseError,
    LanguageModelTimeout,
    LanguageModelUnavailable,
    Message,
    OpenAICompatibleModel,
)
from openbda.engines.llm.openai_compatible import chat_completions_url
from tests.support.http_server import Reply
from tests.support.net import free_port
from tests.unit.llm.chat_double import ChatDouble

SCHEMA = {
    "type": "object",
    "properties": {"total": {"type": "number"}},
    "required": ["total"],
    "additionalProperties": False,
}
PNG = b"\x89PNG\r\n\x1a\nnot-really-a-png"


def backend(server: ChatDouble, **options: Any) -> OpenAICompatibleModel:
    options.setdefault("backoff", 0.01)
    return OpenAICompatibleModel(server.base_url, "test-model", **options)


def ask(model: OpenAICompatibleModel, **kwargs: Any) -> Any:
    return model.generate(
        [Message.system("Be brief."), Message.user("Total?")],
        max_tokens=50,
        temperature=0.0,
        **kwargs,
    )


def test_request_and_answer_with_a_schema() -> None:
    with ChatDouble(lambda payload: '{"total": 429.99}') as server:
        model = backend(server, api_key="sk-local")
        completion = ask(model, json_schema=SCHEMA)
        model.close()
    [request] = server.requests
    assert request.method == "POST" and request.path == "/v1/chat/completions"
    assert request.header("Authorization") == "Bearer sk-local"
    payload = json.loads(request.body)
    assert payload["model"] == "test-model"
    assert payload["max_tokens"] == 50 and payload["temperature"] == 0.0
    assert payload["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Total?"},
    ]
    assert payload["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "response", "strict": True, "schema": SCHEMA},
    }
    assert completion.text == '{"total": 429.99}'
    assert completion.data == {"total": 429.99}
    assert completion.finish_reason == "stop" and not completion.truncated
    assert (completion.prompt_tokens, completion.completion_tokens) == (11, 7)


def test_plain_text_request_has_no_response_format_and_no_data() -> None:
    with ChatDouble(lambda payload: "About 430 dollars.") as server:
        model = backend(server)
        completion = ask(model)
    payload = server.payloads()[0]
    assert "response_format" not in payload
    assert "Authorization" not in {k.title() for k in server.requests[0].headers}
    assert completion.text == "About 430 dollars." and completion.data is None


@pytest.mark.parametrize(
    "base",
    [
        "http://h:8080",
        "http://h:8080/",
        "http://h:8080/v1",
        "http://h:8080/v1/",
        "http://h:8080/v1/chat/completions",
    ],
)
def test_base_url_forms(base: str) -> None:
    assert chat_completions_url(base) == "http://h:8080/v1/chat/completions"


def test_images_go_as_data_url_parts() -> None:
    with ChatDouble(lambda payload: "a chart") as server:
        model = backend(server, vision=True)
        assert model.accepts_images
        model.generate(
            [Message.user("Figure 1:", ImagePart(PNG), "Describe it.")],
            max_tokens=20,
            temperature=0.0,
        )
    [message] = server.payloads()[0]["messages"]
    encoded = base64.b64encode(PNG).decode()
    assert message == {
        "role": "user",
        "content": [
            {"type": "text", "text": "Figure 1:"},
            {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{encoded}"}},
            {"type": "text", "text": "Describe it."},
        ],
    }


def test_images_refused_when_the_model_is_not_a_vision_model() -> None:
    with ChatDouble() as server:
        model = backend(server)
        with pytest.raises(ValueError, match="images"):
            model.generate([Message.user(ImagePart(PNG))], max_tokens=5, temperature=0.0)
    assert server.requests == []


def test_schema_in_the_prompt_for_servers_without_schema_support() -> None:
    with ChatDouble(lambda payload: 'Sure!\n```json\n{"total": 12}\n```') as server:
        model = backend(server, structured_output="prompt")
        completion = ask(model, json_schema=SCHEMA)
    payload = server.payloads()[0]
    assert "response_format" not in payload
    first = payload["messages"][0]
    assert first["role"] == "system" and json.dumps(SCHEMA) in first["content"]
    assert completion.data == {"total": 12}


def test_json_object_mode() -> None:
    with ChatDouble(lambda payload: '{"total": 1}') as server:
        ask(backend(server, structured_output="json_object"), json_schema=SCHEMA)
    assert server.payloads()[0]["response_format"] == {"type": "json_object"}


def test_extra_body_is_merged_into_the_request() -> None:
    with ChatDouble() as server:
        ask(backend(server, extra_body={"frequency_penalty": 0.5, "cache_prompt": True}))
    payload = server.payloads()[0]
    assert payload["frequency_penalty"] == 0.5 and payload["cache_prompt"] is True


def test_truncated_json_keeps_what_was_written() -> None:
    body = json.dumps(
        {
            "choices": [
                {
                    "message": {"role": "assistant", "content": '{"a": "done", "b": "cut of'},
                    "finish_reason": "length",
                }
            ]
        }
    ).encode()
    with ChatDouble(responses=[Reply(200, {}, body)]) as server:
        completion = ask(backend(server), json_schema=SCHEMA)
    assert completion.truncated
    assert completion.data == {"a": "done", "b": "cut of"}


def test_content_given_as_parts() -> None:
    body = json.dumps(
        {
            "choices": [
                {
                    "message": {
                        "content": [
                            {"type": "text", "text": '{"total": '},
                            {"type": "text", "text": "3}"},
                        ]
                    },
                    "finish_reason": "stop",
                }
            ]
        }
    ).encode()
    with ChatDouble(responses=[Reply(200, {}, body)]) as server:
        assert ask(backend(server), json_schema=SCHEMA).data == {"total": 3}


def test_retries_server_errors_and_honours_retry_after() -> None:
    script: list[int | Reply] = [503, Reply(429, {"Retry-After": "0"})]
    with ChatDouble(lambda payload: '{"total": 5}', responses=script) as server:
        completion = ask(backend(server, retries=2), json_schema=SCHEMA)
    assert len(server.requests) == 3
    assert completion.data == {"total": 5}


def test_gives_up_after_the_retries() -> None:
    server = ChatDouble(responses=[500, 500, 500, 500])
    with server, pytest.raises(LanguageModelResponseError) as caught:
        ask(backend(server, retries=2))
    assert caught.value.status == 500
    assert caught.value.error_type == "ServiceError"
    assert len(server.requests) == 3


def test_client_errors_are_not_retried() -> None:
    server = ChatDouble(responses=[Reply(400, {}, b'{"error": "bad schema"}')])
    with server, pytest.raises(LanguageModelResponseError, match=r"400.*bad schema") as caught:
        ask(backend(server, retries=3))
    assert caught.value.status == 400
    assert len(server.requests) == 1


def test_timeout() -> None:
    slow = Reply(200, {}, b"{}", delay=1.0)
    server = ChatDouble(responses=[slow, slow])
    with server, pytest.raises(LanguageModelTimeout):
        ask(backend(server, timeout=0.2, retries=1))
    assert len(server.requests) == 2


def test_unreachable_server() -> None:
    model = OpenAICompatibleModel(f"http://127.0.0.1:{free_port()}", "m", retries=1, backoff=0.01)
    with pytest.raises(LanguageModelUnavailable, match="Cannot reach"):
        ask(model)


@pytest.mark.parametrize("body", [b"<html>oops</html>", b'{"object": "error"}', b'{"choices": []}'])
def test_answers_that_are_not_chat_completions(body: bytes) -> None:
    server = ChatDouble(responses=[Reply(200, {}, body)])
    with server, pytest.raises(LanguageModelResponseError):
        ask(backend(server))


def test_close_is_idempotent() -> None:
    with ChatDouble() as server, backend(server) as model:
        ask(model)
        model.close()
    model.close()
