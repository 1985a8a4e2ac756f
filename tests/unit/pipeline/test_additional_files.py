"""Additional files ("JSON+files") through `run_job`: names, contents, write order, and the sync
API that never writes them."""

from __future__ import annotations

import json
from pathlib import Path

from openbda.domain.jobs import JobStatus
from openbda.pipeline.io import LocalFileJobIO
from openbda.pipeline.runner import JobSpec, run_job
from openbda.samples import PageSpec, Run, make_pdf, sample_invoice_pdf
from tests.unit.output.golden import assert_golden
from tests.unit.pipeline.helpers import (
    ASSETS,
    JOB_ID,
    RESULT_KEY,
    SEGMENT,
    RecordingJobIO,
    document_project,
    read_png,
    result_of,
    run,
)

FILES_ON = document_project(files=True)


def test_default_project_writes_no_additional_files() -> None:
    outcome, io = run(sample_invoice_pdf())
    assert outcome.status is JobStatus.SUCCESS
    assert io.order == ["0/.s3_access_check", RESULT_KEY, "job_metadata.json"]


def test_files_have_bda_names_and_come_before_result_json_and_job_metadata() -> None:
    outcome, io = run(sample_invoice_pdf(), FILES_ON)
    assert outcome.status is JobStatus.SUCCESS, outcome.error_message
    assert io.order == [
        "0/.s3_access_check",
        f"{SEGMENT}/result.txt",
        f"{SEGMENT}/result.md",
        f"{ASSETS}/rectified_image_0.png",
        RESULT_KEY,
        "job_metadata.json",
    ]
    assert io.content_types[f"{SEGMENT}/result.md"] == "text/markdown; charset=utf-8"
    assert io.content_types[f"{SEGMENT}/result.txt"] == "text/plain; charset=utf-8"
    assert io.content_types[f"{ASSETS}/rectified_image_0.png"] == "image/png"


def test_text_files_match_the_sample_invoice_goldens() -> None:
    _, io = run(sample_invoice_pdf(), document_project(formats=["HTML"], files=True))
    assert_golden("files/invoice/result.md", io.objects[f"{SEGMENT}/result.md"].decode())
    assert_golden("files/invoice/result.txt", io.objects[f"{SEGMENT}/result.txt"].decode())
    assert_golden("files/invoice/result.html", io.objects[f"{SEGMENT}/result.html"].decode())


def test_text_files_equal_the_document_representations() -> None:
    project = document_project(["DOCUMENT"], ["PLAIN_TEXT", "MARKDOWN", "HTML"], files=True)
    _, io = run(sample_invoice_pdf(), project)
    representation = result_of(io)["document"]["representation"]
    assert io.objects[f"{SEGMENT}/result.md"].decode() == representation["markdown"]
    assert io.objects[f"{SEGMENT}/result.txt"].decode() == representation["text"]
    assert io.objects[f"{SEGMENT}/result.html"].decode() == representation["html"]


def test_html_file_only_with_the_html_format() -> None:
    _, io = run(sample_invoice_pdf(), document_project(formats=["PLAIN_TEXT"], files=True))
    assert f"{SEGMENT}/result.html" not in io.objects
    assert f"{SEGMENT}/result.md" in io.objects


def test_rectified_images_are_300_dpi_rgb_pngs_named_in_result_json(tmp_path: Path) -> None:
    pages = [
        PageSpec(runs=[Run(72, 72, "Portrait letter page", 18)]),
        PageSpec(width=842, height=595, runs=[Run(72, 72, "Landscape A4 page", 18)]),
        PageSpec(runs=[Run(72, 72, "Turned page", 18)], rotate=90),
    ]
    source = tmp_path / "three.pdf"
    source.write_bytes(make_pdf(pages))
    io = LocalFileJobIO(source, tmp_path / "out", JOB_ID)
    outcome = run_job(JobSpec(job_id=JOB_ID, request={}, project=FILES_ON), io)
    assert outcome.status is JobStatus.SUCCESS, outcome.error_message

    job = tmp_path / "out" / JOB_ID
    result = json.loads((job / RESULT_KEY).read_text())
    expected_sizes = [(2550, 3300), (3508, 2479), (3300, 2550)]
    for page, size in zip(result["pages"], expected_sizes, strict=True):
        meta = page["asset_metadata"]
        path = job / ASSETS / f"rectified_image_{page['page_index']}.png"
        assert meta["rectified_image"] == str(path.resolve())
        image = read_png(path.read_bytes())
        assert (image.width, image.height) == size
        assert (meta["rectified_image_width_pixels"], meta["rectified_image_height_pixels"]) == size
        assert not image.is_blank()
    assert sorted(p.name for p in (job / ASSETS).iterdir()) == [
        "rectified_image_0.png",
        "rectified_image_1.png",
        "rectified_image_2.png",
    ]


def test_sync_never_writes_additional_files() -> None:
    outcome, io = run(
        sample_invoice_pdf(), document_project(["DOCUMENT", "PAGE"], files=True), sync=True
    )
    assert outcome.status is JobStatus.SUCCESS
    assert io.order == ["0/.s3_access_check", RESULT_KEY, "job_metadata.json"]
    assert "rectified_image" not in result_of(io)["pages"][0]["asset_metadata"]
    assert '"rectified_image":' not in outcome.segments[0]["standardOutput"]


def test_a_rerun_writes_identical_files() -> None:
    _, first = run(sample_invoice_pdf(), FILES_ON)
    _, second = run(sample_invoice_pdf(), FILES_ON)
    assert first.objects == second.objects


def test_an_image_input_gets_its_own_pixels_as_the_rectified_image() -> None:
    from tests.unit.ocr.pages import card_image, encode

    image = card_image()
    # A red mark in one corner tells the photo's own pixels from any re-rendering.
    for x in range(8):
        for y in range(8):
            image.putpixel((x, y), (255, 0, 0))
    data = encode(image, "PNG")
    io = RecordingJobIO(data, "card.png")
    spec = JobSpec(job_id=JOB_ID, request={}, input_bytes=data, project=FILES_ON)
    outcome = run_job(spec, io)
    assert outcome.status is JobStatus.SUCCESS, outcome.error_message
    png = read_png(io.objects[f"{ASSETS}/rectified_image_0.png"])
    assert (png.width, png.height) == image.size
    assert png.pixel(2, 2) == (255, 0, 0)
    assert png.pixel(png.width - 3, png.height - 3) == (255, 255, 255)
