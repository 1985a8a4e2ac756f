"""Document throughput: pages per second and peak memory, one job at a time and several at once.

.venv/bin/python bench/document_speed.py                  # everything below
.venv/bin/python bench/document_speed.py --only text      # text-layer PDFs only
.venv/bin/python bench/document_speed.py --only ocr --ocr-pages 6
.venv/bin/python bench/document_speed.py --only office --office-runs 5

- text: the dev PDFs (../shared/data/pdf-docling-dev) repeated; each job builds the document
  and renders BDA's standard output with PAGE + ELEMENT granularity and bounding boxes, down to
  the JSON bytes. Run in one process, then in `--processes` processes at once, each doing the
  whole workload, as pool workers would.
- ocr: scanned pages, simulated by rasterising the dev PDFs to 200-dpi PNGs, each built into a
  document by OCR (openbda.document.image with the default engine of openbda.engines.ocr) and
  rendered like the text pages; skipped with a message when no engine can be imported.
- office: DOCX, XLSX and PPTX to PDF with LibreOffice, the first conversion in a new profile
  and then warm ones; skipped when LibreOffice is not installed.

Peak RSS is each process's own high-water mark (ru_maxrss), imports and models included.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openbda.document.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdf-docling-dev"
OCR_DPI = 200


@dataclass(frozen=True)
class Run:
    pages: int
    seconds: float
    peak_rss_mb: float
    # Scanned pages: the time the OCR engine alone took on the same pages.
    engine_seconds: float = 0.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The standard output of every job: PAGE + ELEMENT granularity with bounding boxes.
SETTINGS = {
    "extraction": {
        "granularity": {"types": ["PAGE", "ELEMENT"]},
        "boundingBox": {"state": "ENABLED"},
    }
}


def text_workload(paths: list[str], repeat: int) -> Run:
    from openbda.document.pdf import build_pdf_document

    sources = [Path(p).read_bytes() for p in paths]
    render_json(build_pdf_document(sources[0]), "warm-up")
    pages = 0
    started = time.perf_counter()
    for round_ in range(repeat):
        for index, data in enumerate(sources):
            pages += render_json(build_pdf_document(data), f"{round_}/{index}")
    return Run(pages, time.perf_counter() - started, _peak_rss_mb())


def render_json(document: Document, seed: str) -> int:
    """Render the standard output to its JSON bytes; the number of pages."""
    from openbda.output.jsonfmt import dumps
    from openbda.output.settings import DocumentOutputSettings
    from openbda.output.standard import SegmentInfo, render_document_result

    settings = DocumentOutputSettings.from_project_config(SETTINGS)
    segment = SegmentInfo(0, 0, "bench", "in", 0, max(0, document.page_count - 1))
    dumps(render_document_result(document, settings, segment, id_seed=seed))
    return document.page_count


def scanned_pages(paths: list[str], count: int) -> list[bytes]:
    """PNG images of the first `count` dev PDF pages at OCR_DPI, as a scanner would give."""
    import io

    import pypdfium2 as pdfium

    images: list[bytes] = []
    for path in paths:
        pdf = pdfium.PdfDocument(path)
        try:
            for index in range(len(pdf)):
                if len(images) < count:
                    buffer = io.BytesIO()
                    pdf[index].render(scale=OCR_DPI / 72).to_pil().save(buffer, "PNG")
                    images.append(buffer.getvalue())
        finally:
            pdf.close()
    return images


def ocr_workload(paths: list[str], count: int, threads: int) -> Run:
    """Each page built and rendered (the job's work), and, apart, read by the engine alone."""
    from openbda.document.image import build_image_document, decode_pages
    from openbda.document.scan import MAX_OCR_SIDE
    from openbda.engines.ocr import get_ocr_engine

    engine = get_ocr_engine(threads=threads)
    images = scanned_pages(paths, count)
    render_json(build_image_document(images[0], "PNG", engine=engine), "warm-up")
    engine_seconds = 0.0
    for image in images:
        [page] = decode_pages(image, "PNG", max_pages=1, max_side=MAX_OCR_SIDE)
        started = time.perf_counter()
        engine.read_page(page.pixels)
        engine_seconds += time.perf_counter() - started
    started = time.perf_counter()
    for index, image in enumerate(images):
        render_json(build_image_document(image, "PNG", engine=engine), str(index))
    return Run(len(images), time.perf_counter() - started, _peak_rss_mb(), engine_seconds)


def in_processes(count: int, work: Callable[..., Run], *args: object) -> list[Run]:
    """`work` in `count` fresh processes at once; each process's figures."""
    with ProcessPoolExecutor(count, mp_context=mp.get_context("spawn")) as pool:
        futures = [pool.submit(work, *args) for _ in range(count)]
        return [f.result() for f in futures]


def report(label: str, runs: list[Run], wall: float) -> None:
    pages = sum(r.pages for r in runs)
    per_process = ", ".join(f"{r.pages / r.seconds:.2f}" for r in runs)
    print(
        f"  {label}: {pages / wall:.2f} pages/s in all ({pages} pages in {wall:.1f} s; "
        f"per process {per_process}), peak RSS {max(r.peak_rss_mb for r in runs):.0f} MB "
        "per process"
    )


def bench_text(processes: int, repeat: int) -> None:
    paths = [str(p) for p in sorted(DATA.glob("*.pdf"))]
    if not paths:
        print(f"text: skipped, no PDFs in {DATA} (the shared data folder is absent)")
        return
    print(
        f"text-layer pages, PAGE+ELEMENT+bounding boxes to JSON "
        f"({len(paths)} dev PDFs x {repeat} per process):"
    )
    for count in (1, processes):
        runs = in_processes(count, text_workload, paths, repeat)
        # Wall time excludes process start-up: each process times its own workload.
        report(f"{count} process{'es' if count > 1 else ''}", runs, max(r.seconds for r in runs))


def bench_ocr(processes: int, max_pages: int) -> None:
    try:
        import openbda.document.image
        import openbda.engines.ocr  # noqa: F401
    except ImportError as exc:
        print(f"scanned pages: skipped, no OCR engine can be imported ({exc})")
        return
    paths = [str(p) for p in sorted(DATA.glob("*.pdf"))]
    if not paths:
        print(f"scanned pages: skipped, no PDFs in {DATA}")
        return
    print(
        f"scanned pages (dev PDF pages as {OCR_DPI}-dpi PNGs; default OCR engine, "
        "PAGE+ELEMENT+bounding boxes to JSON):"
    )
    cores = os.cpu_count() or 1
    for count in (1, processes):
        # As the worker pool does: each process's OCR gets its share of the cores.
        runs = in_processes(count, ocr_workload, paths, max_pages, max(1, cores // count))
        report(f"{count} process{'es' if count > 1 else ''}", runs, max(r.seconds for r in runs))
        job, alone = sum(r.seconds for r in runs), sum(r.engine_seconds for r in runs)
        print(
            f"    the OCR engine alone on the same pages: {alone / job * 100:.0f}% of the time; "
            f"the job's work beyond OCR adds {(job / alone - 1) * 100:+.0f}%"
        )


def office_workload(runs: int) -> dict[str, list[float]]:
    from openbda.document.office import convert_to_pdf
    from tests.unit.office.packages import docx_package, pptx_package, xlsx_package

    paragraphs = [f"Paragraph {i}: a sentence of ordinary length in a report." for i in range(60)]
    inputs = {
        "DOCX": docx_package(paragraphs),
        "XLSX": xlsx_package([[f"item {r}", str(r), str(r * 2.5)] for r in range(60)]),
        "PPTX": pptx_package([f"Slide {i}" for i in range(5)]),
    }
    times: dict[str, list[float]] = {}
    for file_type, data in inputs.items():
        # Each format starts with a profile of its own, so each has a first call.
        with tempfile.TemporaryDirectory() as workdir:
            for _ in range(runs + 1):
                started = time.perf_counter()
                convert_to_pdf(data, file_type, timeout=120, workdir=Path(workdir))
                times.setdefault(file_type, []).append(time.perf_counter() - started)
    return times


def bench_office(runs: int) -> None:
    from openbda.document.office import _find_soffice

    if _find_soffice() is None:
        print("office: skipped, LibreOffice is not installed (scripts/install-system-deps.sh)")
        return
    print("office to PDF with LibreOffice (first call creates the profile; warm = median):")
    for file_type, times in office_workload(runs).items():
        warm = statistics.median(times[1:])
        print(f"  {file_type}: first {times[0]:.2f} s, warm {warm:.2f} s over {runs} runs")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("text", "ocr", "office"))
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=20, help="text: rounds over the dev PDFs")
    parser.add_argument("--ocr-pages", type=int, default=6, help="ocr: pages per process")
    parser.add_argument("--office-runs", type=int, default=5, help="office: warm runs")
    args = parser.parse_args()
    if args.only in (None, "text"):
        bench_text(args.processes, args.repeat)
    if args.only in (None, "ocr"):
        bench_ocr(args.processes, args.ocr_pages)
    if args.only in (None, "office"):
        bench_office(args.office_runs)


if __name__ == "__main__":
    main()
