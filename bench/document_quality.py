"""Text and table quality of the PDF builder and the standard renderer on the dev PDFs.

.venv/bin/python bench/document_quality.py [--data ../shared/data/pdf-docling-dev]

For each PDF: build the document, render BDA's standard output (DOCUMENT granularity, plain
text and markdown), and score the document's text against the Docling ground truth
(`groundtruth/<name>.md`) with markdown syntax stripped, as 1 - normalised edit distance
(shared/data/README.md). `text` scores the PLAIN_TEXT representation; `markdown` scores the
MARKDOWN representation with the same syntax stripping applied to both sides. Tables: the
number of TABLE elements against the number of tables in `groundtruth/<name>.json`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.textmetrics import similarity, strip_markdown
from openbda.document.pdf import build_pdf_document
from openbda.output.settings import DocumentOutputSettings
from openbda.output.standard import SegmentInfo, render_document_result

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "pdf-docling-dev"

SETTINGS = DocumentOutputSettings.from_project_config(
    {
        "extraction": {"granularity": {"types": ["DOCUMENT", "PAGE", "ELEMENT"]}},
        "outputFormat": {"textFormat": {"types": ["PLAIN_TEXT", "MARKDOWN"]}},
    }
)


@dataclass(frozen=True)
class Score:
    name: str
    pages: int
    text: float
    markdown: float
    tables: int
    expected_tables: int
    seconds: float


def score(pdf: Path) -> Score:
    data = pdf.read_bytes()
    started = time.perf_counter()
    document = build_pdf_document(data)
    segment = SegmentInfo(0, 0, "bench", pdf.name, 0, max(0, document.page_count - 1))
    result = render_document_result(document, SETTINGS, segment, id_seed=pdf.stem)
    seconds = time.perf_counter() - started
    truth_dir = pdf.parent / "groundtruth"
    truth = strip_markdown((truth_dir / f"{pdf.stem}.md").read_text(encoding="utf-8"))
    representation = result["document"]["representation"]
    expected_tables = len(json.loads((truth_dir / f"{pdf.stem}.json").read_text())["tables"])
    return Score(
        name=pdf.stem,
        pages=document.page_count,
        text=similarity(representation["text"], truth),
        markdown=similarity(strip_markdown(representation["markdown"]), truth),
        tables=sum(1 for e in result["elements"] if e["type"] == "TABLE"),
        expected_tables=expected_tables,
        seconds=seconds,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    pdfs = sorted(args.data.glob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDFs in {args.data} (the shared data folder is absent)")
    scores = [score(pdf) for pdf in pdfs]
    width = max(len(s.name) for s in scores)
    print(f"{'file':<{width}}  pages   text  markdown  tables (truth)  seconds")
    for s in scores:
        print(
            f"{s.name:<{width}}  {s.pages:5d}  {s.text:.3f}     {s.markdown:.3f}  "
            f"{s.tables:6d} ({s.expected_tables:5d})  {s.seconds:7.3f}"
        )
    agreeing = sum(1 for s in scores if s.tables == s.expected_tables)
    print(
        f"{'mean':<{width}}  {sum(s.pages for s in scores):5d}  "
        f"{statistics.mean(s.text for s in scores):.3f}     "
        f"{statistics.mean(s.markdown for s in scores):.3f}  "
        f"table count agrees on {agreeing}/{len(scores)} files "
        f"({sum(s.tables for s in scores)} found, {sum(s.expected_tables for s in scores)} "
        "in the ground truth)"
    )


if __name__ == "__main__":
    main()
