"""OCR speed (pages/s), peak memory and word recall on scanned pages, per engine and resolution.

Scanned pages are made here: every page of the real PDFs in ../shared/data/pdf-docling-dev
(or the sample invoice when that folder is absent) is rasterised at 300 dpi, given scanner
noise and JPEG compression, and placed back into an image-only PDF. `build_pdf_document` then
reads it with an OCR engine, rendering at `--dpi` (the builder's OCR_DPI); recall is the share
of the original text layer's words (letters and digits only, case-folded) found again, over
words in Latin script (one of the PDFs is Korean, which BDA does not read; its pages are timed
but not scored). Wall-clock pages/s depends on what else runs on the machine; CPU seconds per
page (all threads) does much less.
The receipts (../shared/data/receipts-sroie-dev) are timed through `build_image_document`.
Each engine runs in its own process so that its peak RSS is its own; the model load is not
timed (one warm-up page first).

.venv/bin/python bench/ocr_speed.py                        # both engines at 200 dpi
.venv/bin/python bench/ocr_speed.py --dpi 150,200,300 --engines rapidocr
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

import openbda.document.pdf as pdf_builder
from openbda.document.image import build_image_document
from openbda.document.pdf import PDFIUM_LOCK, build_pdf_document
from openbda.engines.ocr import OCR_ENGINE_NAMES, get_ocr_engine
from openbda.samples import sample_invoice_pdf

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
PDFS = SHARED / "pdf-docling-dev"
RECEIPTS = SHARED / "receipts-sroie-dev" / "img"
SCAN_DPI = 300


def source_pdfs() -> list[bytes]:
    if PDFS.is_dir():
        return [p.read_bytes() for p in sorted(PDFS.glob("*.pdf"))]
    return [sample_invoice_pdf()]


def scanned(data: bytes, seed: int) -> list[tuple[bytes, Counter[str]]]:
    """Each page of `data` as a one-page scanned PDF, with the words of its text layer."""
    truth = build_pdf_document(data)
    out = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        images = [page.render(scale=SCAN_DPI / 72).to_pil().convert("L") for page in document]
        document.close()
    for page, image in zip(truth.pages, images, strict=True):
        words = Counter(_token(w.text) for w in page.words if _latin(_token(w.text)))
        out.append((_image_pdf(_scanner(image, seed), (page.width_pt, page.height_pt)), words))
    return out


def _scanner(image: Image.Image, seed: int) -> Image.Image:
    """Salt-and-pepper noise, a slight tilt and JPEG at quality 75."""
    rng = random.Random(seed)
    pixels = np.asarray(image).copy()
    flat = pixels.reshape(-1)
    spots = rng.sample(range(flat.size), flat.size // 200)
    flat[spots] = [rng.choice((0, 255)) for _ in spots]
    tilted = Image.fromarray(pixels).rotate(0.5, fillcolor=255, resample=Image.Resampling.BILINEAR)
    buffer = io.BytesIO()
    tilted.save(buffer, "JPEG", quality=75)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _image_pdf(image: Image.Image, size: tuple[float, float]) -> bytes:
    width, height = size
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument.new()
        page = document.new_page(width, height)
        obj = pdfium.PdfImage.new(document)
        obj.load_jpeg(io.BytesIO(buffer.getvalue()), inline=True)
        obj.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(obj)
        page.gen_content()
        out = io.BytesIO()
        document.save(out)
        document.close()
    return out.getvalue()


def _token(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _latin(token: str) -> bool:
    # Latin script with its accented letters (up to Latin Extended-B).
    return bool(token) and all(ord(ch) < 0x250 for ch in token)


def run_child(engine_name: str, dpis: list[int], receipts: int) -> dict[str, object]:
    engine = get_ocr_engine(engine_name)
    pages = [page for i, data in enumerate(source_pdfs()) for page in scanned(data, i)]
    build_pdf_document(pages[0][0], engine=engine)  # load the models
    results: dict[str, object] = {"engine": engine_name, "pages": len(pages)}
    for dpi in dpis:
        pdf_builder.OCR_DPI = dpi
        found = total = 0
        start, cpu = time.perf_counter(), time.process_time()
        for data, truth in pages:
            document = build_pdf_document(data, engine=engine)
            got = Counter(_token(w.text) for p in document.pages for w in p.words)
            found += sum((got & truth).values())
            total += sum(truth.values())
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        results[f"scan@{dpi}"] = {
            "pages_per_s": len(pages) / seconds,
            "cpu_s_per_page": cpu / len(pages),
            "recall": found / total,
        }
    images = sorted(RECEIPTS.glob("*.jpg"))[:receipts] if RECEIPTS.is_dir() else []
    if images:
        start, cpu = time.perf_counter(), time.process_time()
        for path in images:
            build_image_document(path.read_bytes(), "JPEG", engine=engine)
        results["receipts"] = {
            "pages_per_s": len(images) / (time.perf_counter() - start),
            "cpu_s_per_page": (time.process_time() - cpu) / len(images),
        }
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engines", default=",".join(OCR_ENGINE_NAMES))
    parser.add_argument("--dpi", default="200", help="comma-separated OCR render resolutions")
    parser.add_argument("--receipts", type=int, default=20, help="receipts to time (0: none)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    dpis = [int(d) for d in args.dpi.split(",")]
    if args.child:
        print(json.dumps(run_child(args.child, dpis, args.receipts)))
        return
    for name in args.engines.split(","):
        command = [sys.executable, __file__, "--child", name, "--dpi", args.dpi]
        command += ["--receipts", str(args.receipts)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{name}: {result['pages']} scanned pages, peak RSS {result['peak_rss_mb']:.0f} MB")
        for dpi in dpis:
            scan = result[f"scan@{dpi}"]
            print(
                f"  scanned PDF pages at {dpi} dpi: {scan['pages_per_s']:.2f} pages/s "
                f"({scan['cpu_s_per_page']:.2f} CPU s/page), "
                f"word recall {100 * scan['recall']:.1f}%"
            )
        if "receipts" in result:
            receipts = result["receipts"]
            print(
                f"  receipts (JPEG): {receipts['pages_per_s']:.2f} pages/s "
                f"({receipts['cpu_s_per_page']:.2f} CPU s/page)"
            )


if __name__ == "__main__":
    main()
