"""The project's standard output settings change result.json, end to end through `run_job` on
real PDFs."""

from __future__ import annotations

from typing import Any

import pytest

from openbda.domain.jobs import JobStatus
from openbda.samples import PageSpec, Run, make_pdf, sample_invoice_pdf
from tests.unit.pipeline.helpers import document_project, result_of, run


def job_result(project: dict[str, Any] | None) -> dict[str, Any]:
    outcome, io = run(sample_invoice_pdf(), project)
    assert outcome.status is JobStatus.SUCCESS, outcome.error_message
    return result_of(io)


def representation_keys(result: dict[str, Any]) -> set[str]:
    keys = {k for p in result.get("pages", []) for k in p["representation"]}
    keys |= {k for e in result.get("elements", []) for k in e["representation"]}
    keys |= set(result["document"].get("representation", {}))
    return keys


def test_no_project_gives_bda_defaults() -> None:
    result = job_result(None)
    assert list(result) == ["metadata", "document", "pages", "elements"]
    assert "representation" not in result["document"]
    assert representation_keys(result) == {"markdown"}
    assert result["pages"][0]["representation"]["markdown"].startswith("# Northwind Supplies")
    assert all(loc == {"page_index": 0} for e in result["elements"] for loc in e["locations"])
    assert "rectified_image" not in result["pages"][0]["asset_metadata"]


def test_document_granularity_adds_the_document_representation() -> None:
    result = job_result(document_project(["DOCUMENT"]))
    assert list(result) == ["metadata", "document"]
    assert result["document"]["representation"]["markdown"].startswith("# Northwind Supplies")
    assert result["document"]["statistics"] == {}


def test_page_granularity_alone_gives_pages_without_element_counts() -> None:
    result = job_result(document_project(["PAGE"]))
    assert list(result) == ["metadata", "document", "pages"]
    assert result["pages"][0]["statistics"] == {}
    assert "Total due: 429.99 GBP" in result["pages"][0]["representation"]["markdown"]


def test_element_granularity_alone_gives_elements_and_their_counts() -> None:
    result = job_result(document_project(["ELEMENT"]))
    assert list(result) == ["metadata", "document", "elements"]
    assert result["document"]["statistics"]["element_count"] == len(result["elements"])
    sub_types = [e["sub_type"] for e in result["elements"]]
    assert sub_types[0] == "TITLE"
    assert "PAGE_NUMBER" in sub_types


def test_line_granularity_adds_text_lines_and_line_count() -> None:
    result = job_result(document_project(["LINE"]))
    assert "text_words" not in result
    lines = [line["text"] for line in result["text_lines"]]
    assert lines[0] == "Northwind Supplies Ltd."
    assert "Total due: 429.99 GBP" in lines
    assert result["document"]["statistics"] == {"line_count": len(lines)}


def test_word_granularity_adds_text_words_and_word_count() -> None:
    result = job_result(document_project(["WORD"]))
    assert "text_lines" not in result
    words = [word["text"] for word in result["text_words"]]
    assert words[:3] == ["Northwind", "Supplies", "Ltd."]
    assert result["document"]["statistics"] == {"word_count": len(words)}


@pytest.mark.parametrize("bbox", [True, False])
def test_bounding_boxes_follow_the_setting(bbox: bool) -> None:
    result = job_result(document_project(["ELEMENT", "LINE", "WORD"], bbox=bbox))
    items = result["elements"] + result["text_lines"] + result["text_words"]
    locations = [loc for item in items for loc in item["locations"]]
    assert locations
    if not bbox:
        assert all(loc == {"page_index": 0} for loc in locations)
        return
    for loc in locations:
        box = loc["bounding_box"]
        assert set(box) == {"left", "top", "width", "height"}
        assert 0 <= box["left"] < box["left"] + box["width"] <= 1
        assert 0 <= box["top"] < box["top"] + box["height"] <= 1
    title = result["elements"][0]["locations"][0]["bounding_box"]
    # The title is set at x = 72 pt on a 612 pt wide page.
    assert title["left"] == pytest.approx(72 / 612, abs=0.01)


@pytest.mark.parametrize(
    ("fmt", "key", "title"),
    [
        ("PLAIN_TEXT", "text", "Northwind Supplies Ltd."),
        ("MARKDOWN", "markdown", "# Northwind Supplies Ltd."),
        ("HTML", "html", "<h1>Northwind Supplies Ltd.</h1>"),
    ],
)
def test_each_text_format_fills_its_key(fmt: str, key: str, title: str) -> None:
    result = job_result(document_project(["DOCUMENT", "PAGE", "ELEMENT"], [fmt]))
    assert representation_keys(result) == {key}
    assert result["elements"][0]["representation"] == {key: title}
    assert result["document"]["representation"][key].startswith(title)


def test_csv_format_appears_only_on_tables() -> None:
    # No tables are detected in the invoice, so CSV alone leaves every representation empty.
    result = job_result(document_project(["DOCUMENT", "PAGE", "ELEMENT"], ["CSV"]))
    assert representation_keys(result) == set()
    assert result["document"]["representation"] == {}
    assert all(e["representation"] == {} for e in result["elements"])


def test_all_formats_together_in_canonical_order() -> None:
    formats = ["CSV", "HTML", "MARKDOWN", "PLAIN_TEXT"]
    result = job_result(document_project(["DOCUMENT", "PAGE"], formats))
    assert list(result["document"]["representation"]) == ["text", "markdown", "html"]
    assert list(result["pages"][0]["representation"]) == ["text", "markdown", "html"]


def test_page_representations_cover_every_page() -> None:
    pages = [
        PageSpec(runs=[Run(72, 72, "First page heading", 18, bold=True)]),
        PageSpec(runs=[]),
        PageSpec(runs=[Run(72, 72, "Third page text.")]),
    ]
    outcome, io = run(make_pdf(pages), document_project(["DOCUMENT", "PAGE"], ["PLAIN_TEXT"]))
    assert outcome.status is JobStatus.SUCCESS
    result = result_of(io)
    assert [p["page_index"] for p in result["pages"]] == [0, 1, 2]
    assert result["document"]["representation"]["text"] == "First page heading  Third page text."


def test_inline_output_of_the_sync_api_follows_the_settings_too() -> None:
    outcome, io = run(sample_invoice_pdf(), document_project(["DOCUMENT"], ["HTML"]), sync=True)
    assert outcome.status is JobStatus.SUCCESS
    inline = outcome.segments[0]["standardOutput"]
    assert inline == io.objects["0/standard_output/0/result.json"].decode()
    assert '"html": "<h1>Northwind Supplies Ltd.</h1>' in inline
