"""The extraction tests use the real llama.cpp server of tests/support/llama.py."""

from tests.support.llama import llama_server  # noqa: F401
