"""Five real receipts from ../shared/data/receipts-sroie-dev (read in place, never copied).

The floor sits well below what bench/ocr_receipts.py measures over all 100 receipts, so only
a real regression fails: a field value counts as found when it occurs in the OCR text, ignoring
case, spaces and punctuation (totals as numbers, dates as calendar dates).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.ocr_receipts import FIELDS, found
from openbda.document.image import build_image_document
from openbda.engines.ocr import OcrEngine

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "receipts-sroie-dev"
RECEIPTS = ("001", "020", "040", "060", "080")
# Measured with rapidocr over all 100 receipts: 93.2% (see bench/ocr_receipts.py).
FLOOR = 0.7

pytestmark = pytest.mark.skipif(
    not (DATA / "img").is_dir(),
    reason=f"receipts not found at {DATA} (the shared data folder is absent)",
)


def test_receipt_fields_are_found(rapidocr: OcrEngine) -> None:
    hits = 0
    for stem in RECEIPTS:
        document = build_image_document(
            (DATA / "img" / f"{stem}.jpg").read_bytes(), "JPEG", engine=rapidocr
        )
        truth = json.loads((DATA / "key" / f"{stem}.json").read_text(encoding="utf-8"))
        text = "\n".join(line.text for page in document.pages for line in page.lines)
        assert document.page_count == 1 and text
        hits += sum(found(field, truth[field], text)[1] for field in FIELDS)
    assert hits / (len(RECEIPTS) * len(FIELDS)) >= FLOOR


@pytest.mark.parametrize("turn", [90, 270])
def test_a_receipt_photographed_sideways_reads_as_upright(rapidocr: OcrEngine, turn: int) -> None:
    import io

    from PIL import Image

    stem = RECEIPTS[1]
    data = (DATA / "img" / f"{stem}.jpg").read_bytes()
    truth = json.loads((DATA / "key" / f"{stem}.json").read_text(encoding="utf-8"))
    upright = build_image_document(data, "JPEG", engine=rapidocr)
    image = Image.open(io.BytesIO(data))
    sideways = io.BytesIO()
    image.rotate(-turn, expand=True).save(sideways, "PNG")
    document = build_image_document(sideways.getvalue(), "PNG", engine=rapidocr)
    lines = [line.text for page in document.pages for line in page.lines]
    assert lines == [line.text for page in upright.pages for line in page.lines]
    text = "\n".join(lines)
    assert all(found(field, truth[field], text)[1] for field in ("total", "date"))
    # The page is the image as given: its boxes are sideways too (tall, not wide, lines).
    page = document.pages[0]
    assert page.width_pt / page.height_pt == pytest.approx(image.height / image.width, rel=0.01)
    tall = [
        line.box.height * page.height_pt > line.box.width * page.width_pt for line in page.lines
    ]
    assert sum(tall) > 0.8 * len(tall)
