"""OCR engines behind one protocol: `OcrEngine.recognize` and `OcrEngine.read_page`.

Backends: `rapidocr` (default; PP-OCR on onnxruntime, best on noisy scans) and `tesseract`
(Tesseract LSTM, several times faster on clean text). `get_ocr_engine(name)` returns the
process's instance, which loads its model on first use and keeps it.

The backends need the `ocr` extra (numpy, onnxruntime, tesserocr); the result types do not, so
the PDF builder imports them on installs without it. The backends and the factory are
therefore imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from openbda.engines.ocr.types import (
    Image,
    OcrEngine,
    OcrLine,
    OcrPage,
    OcrUnavailable,
    OcrWord,
    PixelBox,
    Polygon,
    split_words,
)

if TYPE_CHECKING:
    from openbda.engines.ocr.factory import (
        DEFAULT_OCR_ENGINE,
        OCR_ENGINE_NAMES,
        get_ocr_engine,
    )
    from openbda.engines.ocr.rapid import RapidOcrEngine
    from openbda.engines.ocr.tesseract import TesseractEngine

_LAZY = {
    "DEFAULT_OCR_ENGINE": "factory",
    "OCR_ENGINE_NAMES": "factory",
    "get_ocr_engine": "factory",
    "RapidOcrEngine": "rapid",
    "TesseractEngine": "tesseract",
}

__all__ = [
    "DEFAULT_OCR_ENGINE",
    "OCR_ENGINE_NAMES",
    "Image",
    "OcrEngine",
    "OcrLine",
    "OcrPage",
    "OcrUnavailable",
    "OcrWord",
    "PixelBox",
    "Polygon",
    "RapidOcrEngine",
    "TesseractEngine",
    "get_ocr_engine",
    "split_words",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
