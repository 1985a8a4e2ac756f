"""One job, start to finish: access check → configure → fetch → sniff and route → build the
representation → render standard output → write (additional files, then result.json) → job
metadata (last).

Each stage is a small function with explicit inputs and outputs. Failures the caller can fix
become `ClientError` with a message naming the object and the reason; anything unexpected
becomes `ServiceError` and is logged with its traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from openbda.document.errors import DocumentError
from openbda.document.limits import OFFICE_CONVERSION_TIMEOUT_SECONDS, memory_limit_message
from openbda.document.model import Document
from openbda.document.office import (
    OFFICE_TYPES,
    convert_to_pdf,
    encrypted_message,
    is_encrypted_office,
    process_workdir,
)
from openbda.document.pdf import build_pdf_document
from openbda.document.render import page_renderer
from openbda.document.sniff import sniff_file_type
from openbda.domain.jobs import JobOutcome, JobStatus
from openbda.engines.llm import LanguageModelError
from openbda.engines.ocr.types import OcrUnavailable
from openbda.extraction.matching import document_blueprints, fallback_blueprint
from openbda.extraction.splitting import split_pages
from openbda.extraction.types import CustomOutputStatus
from openbda.objects.store import ObjectStoreError
from openbda.output import jsonfmt
from openbda.output.custom import segment_output
from openbda.output.files import additional_files, assets_folder, content_type, segment_folder
from openbda.output.job_metadata import AssetOutput, SegmentOutput, render_job_metadata
from openbda.output.standard import SegmentInfo, render_document_result
from openbda.pipeline.config import JobConfig, ProjectConfigError, RoutingError
from openbda.pipeline.custom import custom_output, write_custom_output
from openbda.pipeline.engines import Engines
from openbda.pipeline.generative import enrich_document, page_images
from openbda.pipeline.io import InputReadError, JobIO, OutputWriteError

log = logging.getLogger(__name__)

ACCESS_CHECK_KEY = "0/.s3_access_check"
JOB_METADATA_KEY = "job_metadata.json"

StageCallback = Callable[[str], None]


class ClientInputError(Exception):
    """The input or the request cannot be processed; the job ends ClientError."""


@dataclass(frozen=True)
class Limits:
    max_pages: int = 3000
    max_bytes: int = 500 * 1024 * 1024

    @classmethod
    def sync(cls) -> Limits:
        return cls(max_pages=10, max_bytes=50 * 1024 * 1024)


@dataclass(frozen=True)
class JobSpec:
    """Everything a worker needs to run a job; plain data so it crosses process boundaries."""

    job_id: str
    request: dict[str, Any]
    input_uri: str | None = None
    output_uri: str | None = None
    input_bytes: bytes | None = None
    sync: bool = False
    # The effective project stage configuration (API shape: standardOutputConfiguration,
    # customOutputConfiguration, overrideConfiguration) with the service defaults filled in;
    # None means BDA's default project.
    project: dict[str, Any] | None = None
    # Blueprints in play for custom output, resolved at invoke time (request and project), and
    # the project's fallback blueprint for segments that match none of them.
    blueprints: list[dict[str, Any]] = field(default_factory=list)
    fallback_blueprint: dict[str, Any] | None = None

    @property
    def limits(self) -> Limits:
        return Limits.sync() if self.sync else Limits()


@dataclass(frozen=True)
class Route:
    modality: str
    file_type: str


def check_output_access(io: JobIO) -> None:
    """BDA writes a zero-byte probe first; failing here fails fast, before any processing."""
    io.write(ACCESS_CHECK_KEY, b"")


def fetch_input(io: JobIO, limits: Limits) -> bytes:
    # Objects over the limit are refused by size, before they are read (ObjectTooLarge); data
    # that arrived in the request itself is checked here.
    data = io.read_input(limits.max_bytes)
    if len(data) > limits.max_bytes:
        raise ClientInputError(
            f"The input file is {len(data)} bytes; the limit is {limits.max_bytes} bytes."
        )
    return data


def configure(spec: JobSpec) -> JobConfig:
    try:
        return JobConfig.from_project(spec.project, sync=spec.sync)
    except ProjectConfigError as exc:
        raise ClientInputError(str(exc)) from exc


def route(data: bytes, name: str, config: JobConfig) -> Route:
    if not data:
        raise ClientInputError("The input file is empty (0 bytes); upload the file again.")
    file_type = sniff_file_type(data, name)
    if file_type is None and is_encrypted_office(data):
        raise ClientInputError(encrypted_message())
    if file_type is None:
        raise ClientInputError(
            "Unsupported file type: the input is not a PDF, TIFF, JPEG, PNG or DOCX document "
            "nor a supported image, audio or video format."
        )
    # Route before refusing what is not built yet, so a project that disables the file's
    # modality says so rather than "unsupported".
    try:
        modality = config.route(file_type)
    except RoutingError as exc:
        raise ClientInputError(str(exc)) from exc
    if modality == "DOCUMENT" and file_type in DOCUMENT_BUILDERS:
        if file_type in OFFICE_TYPES and config.sync:
            raise ClientInputError(
                f"InvokeDataAutomation does not accept {file_type} files; use "
                "InvokeDataAutomationAsync, or send a PDF, TIFF, JPEG or PNG."
            )
        return Route(modality, file_type)
    raise ClientInputError(
        f"Unsupported file type {file_type} (routed to the {modality} modality): this openbda "
        "version processes documents (PDF, TIFF, JPEG, PNG, DOCX, XLSX, PPTX) only."
    )


# File types the DOCUMENT modality reads: PDF directly, images through OCR, Office files after
# conversion to PDF (as BDA converts DOCX).
DOCUMENT_BUILDERS = frozenset({"PDF", "TIFF", "JPEG", "PNG", *OFFICE_TYPES})


def convert_office(data: bytes, file_route: Route) -> bytes:
    """BDA converts a DOCX to PDF and reads that; page images come from the PDF too."""
    try:
        return convert_to_pdf(
            data,
            file_route.file_type,
            timeout=OFFICE_CONVERSION_TIMEOUT_SECONDS,
            workdir=process_workdir(),
        )
    except DocumentError as exc:
        raise ClientInputError(str(exc)) from exc


def build_document(data: bytes, file_route: Route, limits: Limits, engines: Engines) -> Document:
    try:
        if file_route.file_type in ("TIFF", "JPEG", "PNG"):
            from openbda.document.image import build_image_document

            return build_image_document(
                data, file_route.file_type, max_pages=limits.max_pages, engine=engines.ocr
            )
        return build_pdf_document(data, max_pages=limits.max_pages, engine=engines.lazy_ocr)
    except (DocumentError, OcrUnavailable) as exc:
        raise ClientInputError(str(exc)) from exc


def enrich(document: Document, data: bytes, file_route: Route, engines: Engines) -> Document:
    """Generative fields (summary, description, figure captions) from the language model."""
    model = engines.language_model
    if not model.configured:
        return document
    images = page_images(page_renderer(data, file_route.file_type), document)
    return enrich_document(document, model, figures=True, page_images=images)


def segments(
    document: Document, io: JobIO, config: JobConfig, engines: Engines
) -> list[SegmentInfo]:
    """The segments to write: one per document the splitter finds when the project enables
    it, otherwise one covering every page."""
    if config.splitter and len(document.pages) > 1:
        ranges = split_pages(document, engines.embedder)
    else:
        ranges = [(0, max(0, len(document.pages) - 1))]
    out = []
    for index, (first, last) in enumerate(ranges):
        segment = SegmentInfo(
            asset_id=0,
            segment_index=index,
            s3_bucket=io.input_bucket,
            s3_key=io.input_key,
            start_page_index=first,
            end_page_index=last,
        )
        if config.document_output.additional_files:
            segment = replace(segment, assets_uri=io.uri(assets_folder(segment)))
        out.append(segment)
    return out


def render_document(
    document: Document, config: JobConfig, segment: SegmentInfo, job_id: str
) -> dict[str, Any]:
    return render_document_result(document, config.document_output, segment, id_seed=job_id)


def write_additional_files(
    io: JobIO,
    document: Document,
    source: bytes,
    config: JobConfig,
    segment: SegmentInfo,
    job_id: str,
) -> None:
    """Written before the segment's result.json, so a reader never sees a URI in result.json
    whose file is not there yet."""
    if not config.document_output.additional_files:
        return
    # An Office file's pages are drawn from the PDF it was converted to (`source`).
    render_pages = page_renderer(source, document.file_type)
    batches = additional_files(
        document, render_pages, config.document_output, segment, id_seed=job_id
    )
    for batch in batches:
        for key, body in batch.items():
            io.write(key, body, content_type(key))


def write_result(io: JobIO, segment: SegmentInfo, result: dict[str, Any]) -> tuple[str, bytes]:
    body = jsonfmt.dumps(result)
    uri = io.write(f"{segment_folder(segment)}/result.json", body, "application/json")
    return uri, body


def run_job(
    spec: JobSpec,
    io: JobIO,
    on_stage: StageCallback | None = None,
    engines: Engines | None = None,
) -> JobOutcome:
    engines = engines or Engines()

    def stage(name: str) -> None:
        if on_stage is not None:
            on_stage(name)

    try:
        stage("check-output-access")
        check_output_access(io)
        stage("configure")
        config = configure(spec)
        stage("fetch-input")
        data = fetch_input(io, spec.limits)
        stage("route")
        file_route = route(data, io.input_key, config)
        input_type = file_route.file_type
        if input_type in OFFICE_TYPES:
            stage("convert-to-pdf")
            data = convert_office(data, file_route)
            file_route = Route(file_route.modality, "PDF")
        stage("build-document")
        document = build_document(data, file_route, spec.limits, engines)
        # The output names the file the user sent (DOCX), not the PDF it was read through.
        document = replace(document, file_type=input_type)
        if config.document_output.generative_field:
            stage("generative-fields")
            document = enrich(document, data, file_route, engines)
        blueprints = document_blueprints(spec.blueprints)
        fallback = fallback_blueprint(spec.fallback_blueprint)
        extraction = engines.extraction if blueprints or fallback else None
        segment_outputs: list[SegmentOutput] = []
        inline: list[dict[str, Any]] = []
        for segment in segments(document, io, config, engines):
            stage("render-standard-output")
            result = render_document(document, config, segment, spec.job_id)
            stage("write-additional-files")
            write_additional_files(io, document, data, config, segment, spec.job_id)
            stage("write-output")
            uri, body = write_result(io, segment, result)
            entry: dict[str, Any] = {"standardOutput": body.decode()}
            status, custom_uri = None, ""
            if extraction is not None:
                stage("custom-output")
                custom = custom_output(document, segment, blueprints, fallback, *extraction)
                status = custom.status if custom else CustomOutputStatus.NO_MATCH
                if custom is not None:
                    custom_uri, custom_body = write_custom_output(io, segment, custom)
                    entry["customOutput"] = custom_body.decode()
                entry["customOutputStatus"] = status.value
            segment_outputs.append(segment_output(uri, custom_uri, status))
            inline.append(entry)
        metadata = render_job_metadata(
            spec.job_id,
            file_route.modality,
            [AssetOutput(0, io.input_bucket, io.input_key, segment_outputs)],
        )
        metadata_uri = io.write(JOB_METADATA_KEY, jsonfmt.dumps(metadata), "application/json")
        stage("done")
        return JobOutcome(
            job_id=spec.job_id,
            status=JobStatus.SUCCESS,
            semantic_modality=file_route.modality,
            output_uri=metadata_uri,
            segments=inline,
        )
    except ClientInputError as exc:
        return _failed(spec, JobStatus.CLIENT_ERROR, str(exc))
    except ObjectStoreError as exc:
        return _failed(spec, JobStatus.CLIENT_ERROR, str(exc))
    except OutputWriteError as exc:
        return _failed(spec, JobStatus.CLIENT_ERROR, f"Cannot write the output: {exc}")
    except InputReadError as exc:
        return _failed(spec, JobStatus.CLIENT_ERROR, str(exc))
    except MemoryError:
        return _failed(spec, JobStatus.CLIENT_ERROR, memory_limit_message())
    except LanguageModelError as exc:
        return _failed(
            spec, JobStatus.SERVICE_ERROR, f"The language model backend failed: {exc.message}"
        )
    except Exception:
        log.exception("job %s failed unexpectedly", spec.job_id)
        return _failed(
            spec,
            JobStatus.SERVICE_ERROR,
            "An internal error occurred while processing the job; retry the request.",
        )


def _failed(spec: JobSpec, status: JobStatus, message: str) -> JobOutcome:
    return JobOutcome(
        job_id=spec.job_id, status=status, error_type=status.value, error_message=message
    )
