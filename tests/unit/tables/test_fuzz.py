"""Table detection never fails a page: word layouts as OCR returns them from photographed
receipts and forms (uneven baselines, ragged columns, stray marks) give regions or none."""

from __future__ import annotations

import random

import pytest

from openbda.document.layout import WordBox
from openbda.document.regions import PageGraphics
from openbda.document.tables import detect_tables

WIDTH, HEIGHT = 240.0, 600.0


def receipt_words(seed: int) -> list[WordBox]:
    """Lines of one to five words at ragged x positions, slightly tilted, some split in two."""
    rng = random.Random(seed)
    words = []
    y = 20.0
    while y < HEIGHT - 30:
        height = rng.uniform(7, 16)
        x = rng.uniform(10, 60)
        tilt = rng.uniform(-0.02, 0.02)
        for _ in range(rng.randint(1, 5)):
            width = rng.uniform(4, 70)
            if x + width > WIDTH - 5:
                break
            top = y + tilt * x + rng.uniform(-1.5, 1.5)
            text = rng.choice(["TOTAL", "1", "26.42", "-", "*", "RM", "QTY", "9556655864036"])
            words.append(WordBox(text, x, top, x + width, top + height, height * 0.8, False))
            x += width + rng.choice([2.0, 3.0, 8.0, 20.0, 45.0])
        y += height + rng.uniform(0.5, 12)
    return words


@pytest.mark.parametrize("seed", range(1000))
def test_detection_returns_regions_for_any_layout(seed: int) -> None:
    words = receipt_words(seed)
    for region in detect_tables(words, PageGraphics(), WIDTH, HEIGHT):
        assert 0 <= region.rect.x0 < region.rect.x1 <= WIDTH + 1
