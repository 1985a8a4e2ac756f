"""The Bedrock Converse backend: boto3's real client code against a local stand-in for the
Converse endpoint (Bedrock itself cannot run here), checking the wire request openbda sends and
how answers, truncation and errors come back."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from openbda.engines.llm import ImagePart, Message, open_language_model
from openbda.engines.llm.bedrock import BedrockConverseModel
from openbda.engines.llm.types import LanguageModelResponseError
from tests.support.http_server import RecordingHttpServer, Reply

MODEL = "us.amazon.nova-lite-v1:0"
SCHEMA = {"type": "object", "properties": {"vendor": {"type": "string"}}, "required": ["vendor"]}


def converse_reply(content: list[dict[str, object]], stop: str = "tool_use") -> Reply:
    body = {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": stop,
        "usage": {"inputTokens": 31, "outputTokens": 9, "totalTokens": 40},
        "metrics": {"latencyMs": 12},
    }
    return Reply(200, {"Content-Type": "application/json"}, json.dumps(body).encode())


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", "/dev/null")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")


def model_for(server: RecordingHttpServer) -> BedrockConverseModel:
    backend = open_language_model(
        "bedrock", model=MODEL, base_url=f"http://127.0.0.1:{server.port}", retries=0
    )
    assert isinstance(backend, BedrockConverseModel)
    return backend


@pytest.fixture
def tool_answer(aws_env: None) -> Iterator[RecordingHttpServer]:
    tool = {"toolUse": {"toolUseId": "t1", "name": "answer", "input": {"vendor": "Acme"}}}
    with RecordingHttpServer(default=converse_reply([tool])) as server:
        yield server


def test_a_schema_becomes_a_forced_tool_and_its_input_the_answer(
    tool_answer: RecordingHttpServer,
) -> None:
    completion = model_for(tool_answer).generate(
        [Message.system("Extract."), Message.user("Invoice from Acme.", ImagePart(b"\x89PNG"))],
        json_schema=SCHEMA,
        max_tokens=50,
        temperature=0.0,
        logprobs=True,
    )
    assert completion.data == {"vendor": "Acme"} and completion.finish_reason == "stop"
    assert (completion.prompt_tokens, completion.completion_tokens) == (31, 9)
    assert completion.tokens == ()  # Converse gives no token probabilities
    [request] = tool_answer.requests
    assert request.path == f"/model/{MODEL.replace(':', '%3A')}/converse"
    assert (request.header("authorization") or "").startswith("AWS4-HMAC-SHA256")
    sent = json.loads(request.body)
    assert sent["system"] == [{"text": "Extract."}]
    [user] = sent["messages"]
    assert user["content"][0] == {"text": "Invoice from Acme."}
    assert user["content"][1]["image"]["format"] == "png"
    assert sent["inferenceConfig"] == {"maxTokens": 50, "temperature": 0.0}
    tools = sent["toolConfig"]
    assert tools["toolChoice"] == {"tool": {"name": "answer"}}
    assert tools["tools"][0]["toolSpec"]["inputSchema"] == {"json": SCHEMA}


def test_plain_text_and_truncation(aws_env: None) -> None:
    reply = converse_reply([{"text": "Hello"}], stop="max_tokens")
    with RecordingHttpServer(default=reply) as server:
        completion = model_for(server).generate(
            [Message.user("Say hello")], max_tokens=2, temperature=0.0
        )
    assert completion.text == "Hello" and completion.truncated and completion.data is None


def test_a_refusal_is_a_response_error(aws_env: None) -> None:
    error = Reply(
        400,
        {"Content-Type": "application/json", "x-amzn-ErrorType": "ValidationException"},
        json.dumps({"message": "The model does not support tool use."}).encode(),
    )
    with (
        RecordingHttpServer(default=error) as server,
        pytest.raises(LanguageModelResponseError, match="ValidationException"),
    ):
        model_for(server).generate(
            [Message.user("x")], json_schema=SCHEMA, max_tokens=5, temperature=0.0
        )
