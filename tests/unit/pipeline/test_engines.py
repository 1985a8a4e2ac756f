"""The models a worker keeps: OCR threads shared among the pool's workers."""

from __future__ import annotations

import os

import pytest

from openbda.config import Settings
from openbda.pipeline.engines import Engines

CORES = os.cpu_count() or 1


@pytest.mark.parametrize("workers", [1, 2, 3, 64])
def test_ocr_threads_share_the_cores_among_workers(workers: int) -> None:
    engines = Engines(Settings(workers=workers))
    assert engines.ocr_threads == max(1, CORES // workers)


def test_a_pool_of_none_still_gets_one_thread() -> None:
    assert Engines(Settings(workers=0)).ocr_threads == CORES


def test_the_ocr_engine_is_built_with_those_threads() -> None:
    pytest.importorskip("rapidocr")
    engines = Engines(Settings(workers=CORES, ocr_engine="rapidocr"))
    assert getattr(engines.ocr, "threads", None) == 1
