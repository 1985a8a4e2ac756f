"""The builder on real PDFs from ../shared/data/pdf-docling-dev (read in place, never copied).

Similarity is 1 - normalised edit distance between the extracted text (all elements in reading
order, whitespace-normalised) and the Docling ground-truth markdown with its syntax stripped.
Floors sit well below the measured figures so that only a real regression fails.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from bench.textmetrics import similarity, strip_markdown
from openbda.document.model import SubType
from openbda.document.pdf import build_pdf_document
from openbda.output.jsonfmt import dumps
from openbda.output.settings import DocumentOutputSettings
from openbda.output.standard import SegmentInfo, render_document_result

DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "pdf-docling-dev"

pytestmark = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"real PDFs not found at {DATA} (the shared data folder is absent)"
)

# file: (pages, similarity floor); measured similarity in the comment.
EXPECTED = {
    "2305.03393v1-pg9": (1, 0.75),  # 0.847: a table read cell by cell
    "code_and_formula": (2, 0.90),  # 0.981
    "multi_page": (5, 0.90),  # 0.989
    "normal_4pages": (4, 0.85),  # 0.945: Korean, two columns, tables
    "picture_classification": (2, 0.90),  # 0.997
    "table_mislabeled_as_picture": (1, 0.80),  # 0.906: a form spread over two pages
}


def _text(name: str) -> str:
    doc = build_pdf_document((DATA / f"{name}.pdf").read_bytes())
    return " ".join(e.text for e in doc.elements())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_is_recovered(name: str) -> None:
    data = (DATA / f"{name}.pdf").read_bytes()
    doc = build_pdf_document(data)
    pages, floor = EXPECTED[name]
    assert doc.page_count == pages
    truth = strip_markdown((DATA / "groundtruth" / f"{name}.md").read_text(encoding="utf-8"))
    score = similarity(" ".join(e.text for e in doc.elements()), truth)
    assert score >= floor, f"{name}: similarity {score:.3f} fell below {floor}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_geometry_is_consistent(name: str) -> None:
    data = (DATA / f"{name}.pdf").read_bytes()
    doc = build_pdf_document(data)
    pdf = pdfium.PdfDocument(data)
    try:
        for page, size in zip(doc.pages, (p.get_size() for p in pdf), strict=True):
            assert (page.width_pt, page.height_pt) == pytest.approx(size)
            assert page.elements, f"{name} page {page.index} has no text"
            for element in page.elements:
                assert element.page_index == page.index
                box = element.box
                assert 0 <= box.left <= box.right <= 1 and 0 <= box.top <= box.bottom <= 1
                for line in element.lines:
                    assert line.words and line.text == " ".join(w.text for w in line.words)
    finally:
        pdf.close()


def test_a_clear_title_and_page_number_are_found() -> None:
    doc = build_pdf_document((DATA / "code_and_formula.pdf").read_bytes())
    first = doc.pages[0].elements
    assert (first[0].sub_type, first[0].text) == (SubType.TITLE, "JavaScript Code Example")
    assert first[-1].sub_type is SubType.PAGE_NUMBER


def test_full_render_is_deterministic_json() -> None:
    data = (DATA / "multi_page.pdf").read_bytes()
    config = DocumentOutputSettings.from_project_config(
        {
            "extraction": {
                "granularity": {"types": ["DOCUMENT", "PAGE", "ELEMENT", "WORD", "LINE"]},
                "boundingBox": {"state": "ENABLED"},
            }
        }
    )

    def render() -> bytes:
        doc = build_pdf_document(data)
        segment = SegmentInfo(0, 0, "in", "multi_page.pdf", 0, doc.page_count - 1)
        return dumps(render_document_result(doc, config, segment, id_seed="job/0/0"))

    first = render()
    assert first == render()
    assert first.startswith(b'{"metadata": {"asset_id": "0", ')
