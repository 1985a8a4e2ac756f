"""Fixtures of the extraction tests: the real llama.cpp server of tests/support/llama.py, and
the real sentence embedder with the offline backend on it (skipped without the extract extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from openbda.engines.embed import EmbedderUnavailable, get_embedder
from openbda.engines.embed.types import Embedder
from tests.support.llama import llama_server  # noqa: F401

if TYPE_CHECKING:
    # Needs numpy (the extract extra); imported by the fixture once the embedder is there.
    from openbda.extraction.offline import OfflineExtractor


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    try:
        found = get_embedder()
        found.embed(["probe"])
    except (EmbedderUnavailable, ImportError) as exc:
        pytest.skip(f"the `extract` extra is not installed: {exc}")
    return found


@pytest.fixture(scope="module")
def extractor(embedder: Embedder) -> OfflineExtractor:
    from openbda.extraction.offline import OfflineExtractor

    return OfflineExtractor(embedder)
