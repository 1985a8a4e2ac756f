"""Document understanding through a live server, driven with unmodified boto3: real receipt
scans, a real PDF with a table, a DOCX, a multi-page TIFF, and generative fields from a real
(tiny) language model. Each test reads back the files BDA's output layout puts in S3 and checks
their content against what is known to be in the input, not only the job's status.

The real documents come from ../shared/data (see its README); tests that need them skip when it
is absent.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from bench.ocr_receipts import found
from openbda.launcher import ServerProcess, wait_for_status
from openbda.samples import Run, sample_invoice_pdf
from tests.e2e.conftest import create_project, invoke, standard_output
from tests.support.llama import ShortAnswers
from tests.unit.ocr.pages import card_pdf, encode, render
from tests.unit.office.packages import docx_package

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
RECEIPTS = DATA / "receipts-sroie-dev"
PDFS = DATA / "pdf-docling-dev"
OUTPUT = "s3://bda-out/documents"

# Three receipts whose dates are printed three ways: 25/12/2018, 24-01-18 and 12 MAR 2018.
RECEIPT_STEMS = ("000", "028", "035")
# A page of a paper with one ruled table of two header rows (docling's 2305.03393v1-pg9).
PAPER = "2305.03393v1-pg9"
# Title and one line of text per TIFF frame; no word repeats across frames.
TIFF_PAGES = (
    ("Delivery Note", "Forty reams of paper arrived on Monday"),
    ("Packing List", "Twelve toner cartridges in two boxes"),
    ("Customs Form", "Declared value of four hundred pounds"),
)


def document_config(*, additional_files: bool = False, generative: bool = False) -> dict[str, Any]:
    """Every granularity, bounding boxes and text format; files and generative fields chosen."""
    return {
        "extraction": {
            "granularity": {"types": ["DOCUMENT", "PAGE", "ELEMENT", "LINE", "WORD"]},
            "boundingBox": {"state": "ENABLED"},
        },
        "generativeField": {"state": "ENABLED" if generative else "DISABLED"},
        "outputFormat": {
            "textFormat": {"types": ["PLAIN_TEXT", "MARKDOWN", "HTML", "CSV"]},
            "additionalFileFormat": {"state": "ENABLED" if additional_files else "DISABLED"},
        },
    }


def submit(server: ServerProcess, key: str, data: bytes, project: str) -> str:
    source = server.put_object("bda-in", key, data)
    chosen = {"dataAutomationProjectArn": project, "stage": "LIVE"}
    return invoke(server.client(), source, OUTPUT, dataAutomationConfiguration=chosen)


def run(
    server: ServerProcess, key: str, data: bytes, project: str, timeout: float = 120.0
) -> tuple[str, dict[str, Any]]:
    """(invocation ARN, final status) of a job on `data` stored at s3://bda-in/`key`."""
    arn = submit(server, key, data, project)
    return arn, wait_for_status(server.client(), arn, timeout)


def segment_folder(arn: str) -> str:
    return f"{OUTPUT}/{arn.rsplit('/', 1)[1]}/0/standard_output/0"


def check_box(item: dict[str, Any], page_index: int) -> None:
    """One location on `page_index` whose box is a normalised part of the page."""
    (location,) = item["locations"]
    assert location["page_index"] == page_index
    box = location["bounding_box"]
    assert set(box) == {"left", "top", "width", "height"}
    assert box["left"] >= 0 and box["top"] >= 0, box
    assert box["width"] > 0 and box["height"] > 0, box
    assert box["left"] + box["width"] <= 1 + 1e-9, box
    assert box["top"] + box["height"] <= 1 + 1e-9, box


def lines_on(result: dict[str, Any], page_index: int) -> list[str]:
    return [line["text"] for line in result["text_lines"] if line["page_index"] == page_index]


def markdown_tables(markdown: str) -> list[list[list[str]]]:
    """The pipe tables of a markdown text as rows of stripped cells (rule rows left out)."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*markdown.splitlines(), ""]:
        if line.strip().startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                current.append(cells)
        elif current:
            tables.append(current)
            current = []
    return tables


def tiff_frame(title: str, body: str) -> Image.Image:
    return render(card_pdf([Run(24, 24, title, 22, bold=True), Run(24, 80, body, 13)]))


def three_page_tiff() -> bytes:
    first, *others = (tiff_frame(title, body) for title, body in TIFF_PAGES)
    return encode(first, "TIFF", save_all=True, append_images=others, compression="tiff_lzw")


# --- receipts: real scans through OCR ---------------------------------------------------------


@pytest.fixture(scope="module")
def receipt_jobs(server: ServerProcess) -> dict[str, tuple[str, dict[str, Any]]]:
    """The receipts submitted together (the server's two workers share them); (ARN, final
    status) by receipt."""
    if not (RECEIPTS / "img").is_dir():
        pytest.skip(f"receipts not found at {RECEIPTS} (the shared data folder is absent)")
    # JPEG goes to BDA's image-or-document classifier unless the project routes it.
    project = create_project(
        server,
        document_config(),
        overrideConfiguration={"modalityRouting": {"jpeg": "DOCUMENT"}},
    )
    arns = {
        stem: submit(
            server, f"receipts/{stem}.jpg", (RECEIPTS / "img" / f"{stem}.jpg").read_bytes(), project
        )
        for stem in RECEIPT_STEMS
    }
    client = server.client()
    return {stem: (arn, wait_for_status(client, arn, 120)) for stem, arn in arns.items()}


@pytest.mark.parametrize("stem", RECEIPT_STEMS)
def test_receipt_scan_is_read_with_boxes_and_its_total_and_date(
    server: ServerProcess, receipt_jobs: dict[str, tuple[str, dict[str, Any]]], stem: str
) -> None:
    _, status = receipt_jobs[stem]
    assert status["status"] == "Success", status
    result = standard_output(server, status)
    meta = result["metadata"]
    assert (meta["semantic_modality"], meta["file_type"]) == ("DOCUMENT", "JPEG")
    assert (meta["s3_bucket"], meta["s3_key"]) == ("bda-in", f"receipts/{stem}.jpg")
    assert (meta["number_of_pages"], meta["start_page_index"], meta["end_page_index"]) == (1, 0, 0)
    assert [page["page_index"] for page in result["pages"]] == [0]

    lines, words = result["text_lines"], result["text_words"]
    assert len(lines) >= 10 and len(words) >= len(lines)
    for item in (*lines, *words, *result["elements"]):
        check_box(item, 0)
    # Every word belongs to a line, and a line's words spell it.
    words_of: dict[str, list[str]] = defaultdict(list)
    for word in words:
        words_of[word["line_id"]].append(word["text"])
    assert {line["id"]: line["text"] for line in lines} == {
        line_id: " ".join(texts) for line_id, texts in words_of.items()
    }
    statistics = result["document"]["statistics"]
    assert (statistics["line_count"], statistics["word_count"]) == (len(lines), len(words))

    truth = json.loads((RECEIPTS / "key" / f"{stem}.json").read_text(encoding="utf-8"))
    text = result["document"]["representation"]["text"]
    for field in ("total", "date"):
        assert found(field, truth[field], text)[0], f"{field} {truth[field]!r} not in:\n{text}"


# --- a real PDF with a table -----------------------------------------------------------------


def test_pdf_table_has_every_representation_and_its_csv_file(server: ServerProcess) -> None:
    if not PDFS.is_dir():
        pytest.skip(f"PDFs not found at {PDFS} (the shared data folder is absent)")
    truth_tables = markdown_tables((PDFS / "groundtruth" / f"{PAPER}.md").read_text())
    project = create_project(server, document_config(additional_files=True))
    arn, status = run(server, f"papers/{PAPER}.pdf", (PDFS / f"{PAPER}.pdf").read_bytes(), project)
    assert status["status"] == "Success", status
    result = standard_output(server, status)
    assert (result["metadata"]["file_type"], result["metadata"]["number_of_pages"]) == ("PDF", 1)

    tables = [e for e in result["elements"] if e["type"] == "TABLE"]
    assert len(tables) == len(truth_tables) == 1
    assert result["document"]["statistics"]["table_count"] == 1
    assert result["pages"][0]["statistics"]["table_count"] == 1
    (table,), (truth,) = tables, truth_tables
    # CSV is a representation of tables only.
    assert all("csv" not in e["representation"] for e in result["elements"] if e is not table)
    assert table["title"].startswith("Table 1. HPO performed in OTSL and HTML")
    check_box(table, 0)

    representation = table["representation"]
    assert set(representation) == {"text", "markdown", "html", "csv"}
    # csv: pandas' to_csv with its index column; the header row holds the headers.
    header, *body = csv.reader(io.StringIO(representation["csv"]))
    assert header == ["", *table["headers"]]
    assert [row[0] for row in body] == [str(n) for n in range(len(body))]
    rows = [table["headers"], *(row[1:] for row in body)]
    assert all(len(row) == len(table["headers"]) == 8 for row in rows)
    # Every row of the ground truth's table, cell for cell and in order.
    assert [row for row in rows if row in truth] == truth
    # markdown: a GitHub pipe table of the same rows, with a rule under the header row.
    markdown = representation["markdown"].splitlines()
    assert re.fullmatch(r"\|(-+\|)+", markdown[1])
    cells = [[cell.strip() for cell in line.strip("|").split("|")] for line in markdown]
    assert cells[:1] + cells[2:] == rows
    # html: one <tr> per row (header cells span rows and columns), the title as caption.
    html = representation["html"]
    assert html.startswith("<table><tr><th")
    assert html.endswith(f"<caption>{table['title']}</caption></table>")
    assert html.count("<tr>") == len(rows)
    # text: cells by tabs, rows by newlines.
    assert representation["text"] == "".join("\t".join(row) + "\n" for row in rows)

    # The additional files: the table's CSV (named by its own uuid) and its crop.
    assets = f"{segment_folder(arn)}/assets/"
    csv_uri = table["csv_s3_uri"]
    assert csv_uri.startswith(assets) and csv_uri.endswith(".csv")
    csv_name = csv_uri[len(assets) : -len(".csv")]
    assert uuid.UUID(csv_name) and csv_name != table["id"]
    assert server.object_path(csv_uri).read_text(encoding="utf-8") == representation["csv"]
    assert table["crop_images"] == [f"{assets}{table['id']}.png"]
    assert server.object_path(table["crop_images"][0]).read_bytes().startswith(b"\x89PNG")
    result_md = server.object_path(f"{segment_folder(arn)}/result.md").read_text()
    assert representation["markdown"] in result_md


# --- DOCX through LibreOffice ----------------------------------------------------------------

DOCX_PARAGRAPHS = [
    "Quarterly Report",
    *(f"Item {n}: {3 * n} crates of apples were shipped to store {100 + n}." for n in range(1, 60)),
]


@pytest.fixture(scope="module")
def docx_result(server: ServerProcess) -> tuple[dict[str, Any], dict[str, Any]]:
    """(final status, standard output) of a job on a DOCX of DOCX_PARAGRAPHS."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed (no soffice on PATH): DOCX cannot be converted")
    project = create_project(server, document_config())
    _, status = run(server, "office/report.docx", docx_package(DOCX_PARAGRAPHS), project)
    assert status["status"] == "Success", status
    return status, standard_output(server, status)


def test_docx_is_converted_and_read(
    server: ServerProcess, docx_result: tuple[dict[str, Any], dict[str, Any]]
) -> None:
    status, result = docx_result
    metadata = json.loads(server.object_path(status["outputConfiguration"]["s3Uri"]).read_text())
    assert metadata["semantic_modality"] == "DOCUMENT"
    meta = result["metadata"]
    assert meta["s3_key"] == "office/report.docx"
    # Sixty lines of LibreOffice's default page style fill more than one page.
    assert meta["number_of_pages"] == len(result["pages"]) >= 2
    assert meta["end_page_index"] == meta["number_of_pages"] - 1
    texts = [line for page in result["pages"] for line in lines_on(result, page["page_index"])]
    assert texts == DOCX_PARAGRAPHS
    document_text = result["document"]["representation"]["text"]
    assert all(paragraph in document_text for paragraph in DOCX_PARAGRAPHS)
    for line in result["text_lines"]:
        check_box(line, line["page_index"])


def test_docx_reports_its_own_file_type(
    docx_result: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    _, result = docx_result
    assert result["metadata"]["file_type"] == "DOCX"


# --- multi-page TIFF -------------------------------------------------------------------------


def test_multi_page_tiff_has_a_page_per_frame_with_its_own_text(server: ServerProcess) -> None:
    project = create_project(server, document_config())
    _, status = run(server, "scans/three.tiff", three_page_tiff(), project)
    assert status["status"] == "Success", status
    result = standard_output(server, status)
    meta = result["metadata"]
    assert (meta["file_type"], meta["number_of_pages"]) == ("TIFF", len(TIFF_PAGES))
    assert (meta["start_page_index"], meta["end_page_index"]) == (0, len(TIFF_PAGES) - 1)
    assert [page["page_index"] for page in result["pages"]] == list(range(len(TIFF_PAGES)))
    for index, (page, (title, body)) in enumerate(zip(result["pages"], TIFF_PAGES, strict=True)):
        assert lines_on(result, index) == [title, body]
        text = page["representation"]["text"]
        assert title in text and body in text
        others = [t for t, _ in TIFF_PAGES if t != title]
        assert not any(other in text for other in others), text
    for item in (*result["text_lines"], *result["text_words"]):
        check_box(item, item["page_index"])
    for element in result["elements"]:
        check_box(element, element["page_indices"][0])


def test_multi_page_tiff_with_additional_files(server: ServerProcess) -> None:
    """Page images of an image input come from its frames, not from a PDF renderer."""
    project = create_project(server, document_config(additional_files=True))
    arn, status = run(server, "scans/three-files.tiff", three_page_tiff(), project)
    assert status["status"] == "Success", status
    result = standard_output(server, status)
    assets = f"{segment_folder(arn)}/assets"
    for page in result["pages"]:
        image = page["asset_metadata"]["rectified_image"]
        assert image == f"{assets}/rectified_image_{page['page_index']}.png"
        with Image.open(server.object_path(image)) as png:
            size = png.format, png.size
        metadata = page["asset_metadata"]
        pixels = metadata["rectified_image_width_pixels"], metadata["rectified_image_height_pixels"]
        assert size == ("PNG", pixels)
    assert "Delivery Note" in server.object_path(f"{segment_folder(arn)}/result.txt").read_text()


# --- generative fields from a real language model --------------------------------------------


@pytest.fixture(scope="module")
def generative(
    llama_server: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[ServerProcess, ShortAnswers]]:
    """A server whose language model backend is the llama.cpp server (through ShortAnswers)."""
    with ShortAnswers(llama_server) as model:
        env = {
            "OPENBDA_LLM_BACKEND": "llamacpp",
            "OPENBDA_LLM_BASE_URL": model.base_url,
            "OPENBDA_LLM_TIMEOUT_SECONDS": "120",
            "OPENBDA_LLM_RETRIES": "0",
        }
        proc = ServerProcess(tmp_path_factory.mktemp("openbda-llm"), env=env, workers=1).start()
        try:
            proc.make_bucket("bda-in")
            proc.make_bucket("bda-out")
            yield proc, model
        finally:
            proc.stop()


def test_generative_fields_give_the_document_a_summary_and_description(
    generative: tuple[ServerProcess, ShortAnswers],
) -> None:
    server, model = generative
    project = create_project(server, document_config(generative=True))
    _, status = run(server, "generative/invoice.pdf", sample_invoice_pdf(), project, timeout=240)
    assert status["status"] == "Success", status
    document = standard_output(server, status)["document"]
    # A model this small, cut to a few tokens, may not finish both fields (its JSON is then
    # read as far as it got); whatever came back is a non-empty string.
    written = [key for key in ("description", "summary") if key in document]
    assert written, document.keys()
    for key in written:
        assert isinstance(document[key], str) and document[key].strip()
    assert "Total due: 429.99 GBP" in document["representation"]["text"]
    # One request (the invoice has no figures), schema-constrained, carrying the document text.
    (request,) = [json.loads(r.body) for r in model.requests]
    assert request["response_format"]["type"] == "json_schema"
    schema = request["response_format"]["json_schema"]["schema"]
    assert set(schema["required"]) == {"description", "summary"}
    prompt = request["messages"][-1]["content"]
    assert "Northwind Supplies Ltd." in prompt and "Total due: 429.99 GBP" in prompt


def test_without_generative_fields_the_model_is_not_asked(
    generative: tuple[ServerProcess, ShortAnswers],
) -> None:
    server, model = generative
    asked = len(model.requests)
    project = create_project(server, document_config())
    _, status = run(server, "generative/plain.pdf", sample_invoice_pdf(), project)
    assert status["status"] == "Success", status
    document = standard_output(server, status)["document"]
    assert "summary" not in document and "description" not in document
    assert len(model.requests) == asked
