"""Pick an OCR backend by its configuration name; one instance per process.

Models take seconds and hundreds of megabytes to load, so a worker keeps each engine it has
used for its whole life: `get_ocr_engine` returns the same object on every call, and the
engine itself loads its model on the first page it reads.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from openbda.engines.ocr.rapid import RapidOcrEngine
from openbda.engines.ocr.tesseract import TesseractEngine
from openbda.engines.ocr.types import OcrEngine

# Measured (bench/ocr_receipts.py, bench/ocr_speed.py): on 100 photographed receipts RapidOCR
# finds 93.2% of the field values (a perfect line reader would find 95.0%), Tesseract 61%; on
# noisy scans of printed pages both find 98% of the words. Tesseract is 3 to 10 times cheaper
# in CPU, so it suits clean scans at volume; quality on real-world scans decides the default.
DEFAULT_OCR_ENGINE = "rapidocr"

_BACKENDS: dict[str, Callable[[int], OcrEngine]] = {
    "rapidocr": lambda threads: RapidOcrEngine(threads=threads),
    # Tesseract's fast LSTM model runs on one core per page.
    "tesseract": lambda threads: TesseractEngine(),
}

OCR_ENGINE_NAMES = tuple(_BACKENDS)


def get_ocr_engine(name: str = DEFAULT_OCR_ENGINE, *, threads: int = 0) -> OcrEngine:
    """The process's engine called `name` ("rapidocr" or "tesseract", any case).

    `threads` caps the cores one page may use (0: all of them); a pool of N worker processes
    on C cores does best with about C / N each.
    """
    key = name.strip().lower()
    if key not in _BACKENDS:
        raise ValueError(
            f"Unknown OCR engine {name!r}; choose one of: {', '.join(OCR_ENGINE_NAMES)}."
        )
    return _engine(key, max(0, threads))


@functools.cache
def _engine(key: str, threads: int) -> OcrEngine:
    return _BACKENDS[key](threads)
