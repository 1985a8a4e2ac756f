"""Speed of the text-layer builder with table detection wired in, on the dev PDFs.

Mirrors `pdf.py`'s page loop (words, then graphics and tables per page, then assembly) and
reports pages per second for: the builder as it is, the builder with table detection, and the
same plus rendering the standard output (PAGE + ELEMENT granularity, bounding boxes on). Pages
per CPU second is the steady figure on a busy machine (workers scale by process, so N cores
give about N times it); wall-clock rates in one process and in one process per core follow.
Also the CPU time per page spent reading graphics and detecting tables.

.venv/bin/python bench/tables_speed.py [--rounds 5] [--dir ../shared/data/pdf-docling-dev]
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdfium2 as pdfium

from openbda.document.assemble import PositionedPage, assemble_document
from openbda.document.model import Document
from openbda.document.pdf import PDFIUM_LOCK, _read_page, build_pdf_document
from openbda.document.pdf_graphics import read_graphics
from openbda.document.tables import detect_tables
from openbda.output.settings import DocumentOutputSettings
from openbda.output.standard import SegmentInfo, render_document_result

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdf-docling-dev"
SETTINGS = DocumentOutputSettings.from_project_config(
    {
        "extraction": {
            "granularity": {"types": ["PAGE", "ELEMENT"]},
            "boundingBox": {"state": "ENABLED"},
        }
    }
)
# Time spent in read_graphics and detect_tables, accumulated by `build_with_tables`.
SPENT = {"graphics": 0.0, "tables": 0.0}


def build_with_tables(data: bytes) -> Document:
    """`build_pdf_document` with the table detector in its page loop."""
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(data)
        try:
            pages: list[PositionedPage] = []
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    positioned = _read_page(page, index)
                    start = time.process_time()
                    graphics = read_graphics(page)
                    middle = time.process_time()
                    positioned.regions = detect_tables(
                        positioned.words, graphics, positioned.width, positioned.height
                    )
                    SPENT["graphics"] += middle - start
                    SPENT["tables"] += time.process_time() - middle
                    pages.append(positioned)
                finally:
                    page.close()
        finally:
            pdf.close()
    return assemble_document(pages, file_type="PDF")


def render(doc: Document) -> None:
    segment = SegmentInfo(0, 0, "bench", "in.pdf", 0, doc.page_count - 1)
    render_document_result(doc, SETTINGS, segment, id_seed="bench/0/0")


def run(mode: str, files: list[bytes], rounds: int) -> tuple[int, float]:
    """Pages built and the CPU seconds this process spent on them."""
    start = time.process_time()
    pages = 0
    for _ in range(rounds):
        for data in files:
            if mode == "builder":
                doc = build_pdf_document(data)
            else:
                doc = build_with_tables(data)
                if mode == "tables+render":
                    render(doc)
            pages += doc.page_count
    return pages, time.process_time() - start


def timed(mode: str, files: list[bytes], rounds: int, workers: int) -> tuple[float, float]:
    """(pages per wall-clock second, pages per CPU second) over `workers` processes."""
    run(mode, files, 1)  # warm up caches and imports
    start = time.perf_counter()
    if workers == 1:
        results = [run(mode, files, rounds)]
    else:
        with ProcessPoolExecutor(workers) as pool:
            results = list(pool.map(run, [mode] * workers, [files] * workers, [rounds] * workers))
    wall = time.perf_counter() - start
    pages = sum(p for p, _ in results)
    cpu = sum(c for _, c in results)
    return pages / wall, pages / cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    paths = sorted(args.dir.glob("*.pdf"))
    files = [p.read_bytes() for p in paths]
    page_count = sum(build_pdf_document(d).page_count for d in files)
    print(f"{len(files)} PDFs, {page_count} pages from {args.dir}")
    for mode in ("builder", "tables", "tables+render"):
        single = max((timed(mode, files, args.rounds, 1) for _ in range(3)), key=lambda r: r[1])
        multi = timed(mode, files, args.rounds, args.workers)
        print(
            f"{mode:>14}: {single[1]:6.1f} pages per CPU second; wall clock {single[0]:6.1f} "
            f"pages/s in 1 process, {multi[0]:6.1f} in {args.workers}"
        )
    SPENT["graphics"] = SPENT["tables"] = 0.0
    run("tables", files, args.rounds)
    per_page = 1000 / (page_count * args.rounds)
    print(
        f"per page: read_graphics {SPENT['graphics'] * per_page:.2f} ms, "
        f"detect_tables {SPENT['tables'] * per_page:.2f} ms"
    )


if __name__ == "__main__":
    main()
