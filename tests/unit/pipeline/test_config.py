"""`JobConfig.from_project`: BDA's defaults for whatever the project leaves out, routing and
modality enablement, and the sync API's restrictions."""

from __future__ import annotations

import re
from typing import Any

import pytest

from openbda.output.settings import DocumentOutputSettings
from openbda.pipeline.config import (
    JobConfig,
    ModalityDisabledError,
    ProjectConfigError,
    UnsupportedFileTypeError,
)
from tests.unit.pipeline.helpers import document_project


def disabled(*modalities: str, routing: dict[str, str] | None = None) -> dict[str, Any]:
    overrides: dict[str, Any] = {
        m.lower(): {"modalityProcessing": {"state": "DISABLED"}} for m in modalities
    }
    if routing is not None:
        overrides["modalityRouting"] = routing
    return {"overrideConfiguration": overrides}


@pytest.mark.parametrize(
    "project",
    [
        None,
        {},
        {"standardOutputConfiguration": None, "overrideConfiguration": None},
        {"standardOutputConfiguration": {"document": None}, "overrideConfiguration": {}},
        {"overrideConfiguration": {"document": {"splitter": None, "modalityProcessing": {}}}},
    ],
)
def test_missing_or_null_keys_mean_the_default_project(project: dict[str, Any] | None) -> None:
    config = JobConfig.from_project(project, sync=False)
    assert config.document_output == DocumentOutputSettings.default()
    assert config.enabled_modalities == {"DOCUMENT", "IMAGE", "VIDEO", "AUDIO"}
    assert config.splitter is False
    assert config.route("PDF") == "DOCUMENT"


def test_document_output_settings_come_from_the_project() -> None:
    project = document_project(["DOCUMENT", "WORD"], ["HTML", "PLAIN_TEXT"], bbox=True, files=True)
    settings = JobConfig.from_project(project, sync=False).document_output
    assert settings.granularity == {"DOCUMENT", "WORD"}
    assert settings.text_formats == ("PLAIN_TEXT", "HTML")
    assert settings.bounding_box is True
    assert settings.additional_files is True


def test_sync_turns_additional_files_and_the_splitter_off() -> None:
    project = document_project(
        files=True, overrides={"document": {"splitter": {"state": "ENABLED"}}}
    )
    assert JobConfig.from_project(project, sync=False).splitter is True
    config = JobConfig.from_project(project, sync=True)
    assert config.sync is True
    assert config.document_output.additional_files is False
    assert config.splitter is False


@pytest.mark.parametrize(
    ("file_type", "modality"),
    [
        ("PDF", "DOCUMENT"),
        ("TIFF", "DOCUMENT"),
        ("DOCX", "DOCUMENT"),
        ("MP4", "VIDEO"),
        ("MOV", "VIDEO"),
        ("MP3", "AUDIO"),
        ("WAV", "AUDIO"),
        ("WEBM", "AUDIO"),
        # No classifier yet: pictures of pages are the common case, so DOCUMENT.
        ("JPEG", "DOCUMENT"),
        ("PNG", "DOCUMENT"),
    ],
)
def test_default_routing(file_type: str, modality: str) -> None:
    assert JobConfig.from_project(None, sync=False).route(file_type) == modality


@pytest.mark.parametrize(
    ("routing", "file_type", "modality"),
    [
        ({"jpeg": "IMAGE"}, "JPEG", "IMAGE"),
        ({"jpeg": "DOCUMENT"}, "JPEG", "DOCUMENT"),
        ({"png": "IMAGE"}, "PNG", "IMAGE"),
        ({"png": "IMAGE"}, "JPEG", "DOCUMENT"),
        ({"mp4": "AUDIO"}, "MP4", "AUDIO"),
        ({"mov": "AUDIO"}, "MOV", "AUDIO"),
        ({"mov": "AUDIO"}, "MP4", "VIDEO"),
    ],
)
def test_project_routing(routing: dict[str, str], file_type: str, modality: str) -> None:
    project = {"overrideConfiguration": {"modalityRouting": routing}}
    assert JobConfig.from_project(project, sync=False).route(file_type) == modality


def test_unrouted_pictures_go_to_image_when_documents_are_off() -> None:
    config = JobConfig.from_project(disabled("DOCUMENT"), sync=False)
    assert config.route("PNG") == "IMAGE"
    assert config.route("JPEG") == "IMAGE"


def test_disabled_modality_says_which_setting_to_change() -> None:
    config = JobConfig.from_project(disabled("DOCUMENT"), sync=False)
    assert config.enabled_modalities == {"IMAGE", "VIDEO", "AUDIO"}
    with pytest.raises(ModalityDisabledError) as err:
        config.route("PDF")
    assert str(err.value) == (
        "The project disables the DOCUMENT modality "
        "(overrideConfiguration.document.modalityProcessing.state is DISABLED), so this PDF "
        "file cannot be processed. Set overrideConfiguration.document.modalityProcessing.state "
        "to ENABLED."
    )


def test_disabled_modality_of_a_routed_file_offers_the_other_route() -> None:
    config = JobConfig.from_project(disabled("IMAGE", routing={"png": "IMAGE"}), sync=False)
    with pytest.raises(ModalityDisabledError) as err:
        config.route("PNG")
    message = str(err.value)
    assert "disables the IMAGE modality" in message
    assert "routes PNG files to it (overrideConfiguration.modalityRouting.png is IMAGE)" in message
    assert "overrideConfiguration.image.modalityProcessing.state to ENABLED" in message
    assert "overrideConfiguration.modalityRouting.png = DOCUMENT" in message


def test_no_other_route_is_offered_when_it_is_disabled_too() -> None:
    config = JobConfig.from_project(disabled("DOCUMENT", "IMAGE"), sync=False)
    with pytest.raises(ModalityDisabledError) as err:
        config.route("JPEG")
    assert "modalityRouting" not in str(err.value)
    assert str(err.value).endswith(
        "Set overrideConfiguration.document.modalityProcessing.state to ENABLED."
    )


def test_video_off_refuses_mp4_unless_routed_to_audio() -> None:
    with pytest.raises(ModalityDisabledError, match=re.escape("modalityRouting.mp4 = AUDIO")):
        JobConfig.from_project(disabled("VIDEO"), sync=False).route("MP4")
    project = disabled("VIDEO", routing={"mp4": "AUDIO"})
    assert JobConfig.from_project(project, sync=False).route("MP4") == "AUDIO"


@pytest.mark.parametrize("file_type", ["GIF", "ZIP", "WEBP"])
def test_types_bda_does_not_process_are_unsupported(file_type: str) -> None:
    with pytest.raises(UnsupportedFileTypeError, match=f"Unsupported file type {file_type}"):
        JobConfig.from_project(None, sync=False).route(file_type)


@pytest.mark.parametrize("file_type", ["DOCX", "XLSX", "PPTX"])
def test_office_files_are_documents(file_type: str) -> None:
    assert JobConfig.from_project(None, sync=False).route(file_type) == "DOCUMENT"


@pytest.mark.parametrize(
    ("project", "message"),
    [
        ({"overrideConfiguration": {"modalityRouting": {"jpeg": "AUDIO"}}}, "modalityRouting.jpeg"),
        ({"overrideConfiguration": {"document": {"splitter": {"state": "ON"}}}}, "splitter.state"),
        ({"overrideConfiguration": ["document"]}, "overrideConfiguration must be an object"),
        (document_project(["PAGES"]), "standardOutputConfiguration.document"),
    ],
)
def test_unusable_values_are_project_errors(project: dict[str, Any], message: str) -> None:
    with pytest.raises(ProjectConfigError, match=message):
        JobConfig.from_project(project, sync=False)


def test_job_config_is_immutable() -> None:
    config = JobConfig.from_project(None, sync=False)
    with pytest.raises(AttributeError):
        config.sync = True  # type: ignore[misc]
