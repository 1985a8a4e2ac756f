"""Routing and modality enablement through `run_job`: the job fails ClientError with a message
that names the modality and the setting, and writes no result."""

from __future__ import annotations

from typing import Any

import pytest

from openbda.document.render import Raster, encode_png
from openbda.domain.jobs import JobStatus
from openbda.samples import sample_invoice_pdf
from tests.unit.pipeline.helpers import JOB_ID, RESULT_KEY, run

PNG = encode_png(Raster(1, 1, memoryview(b"\x00\xff\xff\xff")))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)
MP4 = b"\x00\x00\x00\x18ftypisom" + bytes(64)


def overrides(**blocks: Any) -> dict[str, Any]:
    return {"overrideConfiguration": blocks}


def off() -> dict[str, Any]:
    return {"modalityProcessing": {"state": "DISABLED"}}


def test_disabled_document_modality_fails_the_pdf_with_an_actionable_message() -> None:
    outcome, io = run(sample_invoice_pdf(), overrides(document=off()))
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert outcome.error_type == "ClientError"
    assert outcome.error_message is not None
    assert outcome.error_message.startswith("The project disables the DOCUMENT modality")
    assert "overrideConfiguration.document.modalityProcessing.state to ENABLED" in (
        outcome.error_message
    )
    assert RESULT_KEY not in io.objects
    assert "job_metadata.json" not in io.objects


def test_other_modalities_disabled_do_not_matter_for_a_pdf() -> None:
    outcome, _ = run(sample_invoice_pdf(), overrides(image=off(), video=off(), audio=off()))
    assert outcome.status is JobStatus.SUCCESS
    assert outcome.semantic_modality == "DOCUMENT"


@pytest.mark.parametrize(
    ("data", "file_type", "routing", "modality"),
    [
        (PNG, "PNG", {"png": "IMAGE"}, "IMAGE"),
        (JPEG, "JPEG", {"jpeg": "IMAGE"}, "IMAGE"),
        (MP4, "MP4", {"mp4": "AUDIO"}, "AUDIO"),
        (MP4, "MP4", {}, "VIDEO"),
    ],
)
def test_routed_types_not_built_yet_say_where_they_were_routed(
    data: bytes, file_type: str, routing: dict[str, str], modality: str
) -> None:
    outcome, io = run(data, overrides(modalityRouting=routing))
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert outcome.error_message == (
        f"Unsupported file type {file_type} (routed to the {modality} modality): this openbda "
        "version processes documents (PDF, TIFF, JPEG, PNG, DOCX, XLSX, PPTX) only."
    )
    assert RESULT_KEY not in io.objects


def test_a_picture_routed_to_a_disabled_modality_says_so_rather_than_unsupported() -> None:
    outcome, _ = run(PNG, overrides(image=off(), modalityRouting={"png": "IMAGE"}))
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert outcome.error_message is not None
    assert outcome.error_message.startswith("The project disables the IMAGE modality")
    assert "overrideConfiguration.modalityRouting.png = DOCUMENT" in outcome.error_message


def test_unknown_bytes_keep_the_unsupported_message() -> None:
    outcome, _ = run(b"just some words\n")
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert outcome.error_message is not None
    assert outcome.error_message.startswith("Unsupported file type:")


def test_an_unusable_project_is_a_client_error_not_a_crash() -> None:
    project = overrides(modalityRouting={"jpeg": "VIDEO"})
    outcome, _ = run(sample_invoice_pdf(), project)
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert outcome.job_id == JOB_ID
    assert outcome.error_message is not None
    assert "overrideConfiguration.modalityRouting.jpeg is 'VIDEO'" in outcome.error_message
