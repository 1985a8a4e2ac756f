"""OCR tests use the real engines (models from the installed wheels), loaded once per run."""

from __future__ import annotations

import pytest

from openbda.engines.ocr import OcrEngine, get_ocr_engine


@pytest.fixture(scope="session")
def rapidocr() -> OcrEngine:
    return get_ocr_engine("rapidocr")


@pytest.fixture(scope="session")
def tesseract() -> OcrEngine:
    return get_ocr_engine("tesseract")


@pytest.fixture(scope="session", params=["rapidocr", "tesseract"])
def engine(request: pytest.FixtureRequest) -> OcrEngine:
    return get_ocr_engine(request.param)
