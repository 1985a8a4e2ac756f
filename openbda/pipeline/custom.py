"""The custom output stage: each segment matched to one of the job's blueprints and its fields
extracted, written as `<asset>/custom_output/<segment>/result.json`."""

from __future__ import annotations

from collections.abc import Sequence

from openbda.document.model import Document
from openbda.extraction.backend import Classifier, Extractor
from openbda.extraction.matching import JobBlueprint, match_blueprint
from openbda.extraction.types import CustomOutput
from openbda.output import jsonfmt
from openbda.output.custom import render_custom_result
from openbda.output.standard import SegmentInfo
from openbda.pipeline.io import JobIO


def custom_output(
    document: Document,
    segment: SegmentInfo,
    blueprints: Sequence[JobBlueprint],
    fallback: JobBlueprint | None,
    extractor: Extractor,
    classifier: Classifier,
) -> CustomOutput | None:
    """The segment's custom output, or None when it matches none of the blueprints (and there
    is no fallback)."""
    pages = list(range(segment.start_page_index, segment.end_page_index + 1))
    match = match_blueprint(document, pages, blueprints, classifier, fallback)
    if match is None:
        return None
    matched, status = match
    fields = extractor.extract(document, matched.schema, pages)
    return CustomOutput(matched, status, tuple(pages), fields)


def custom_output_key(segment: SegmentInfo) -> str:
    return f"{segment.asset_id}/custom_output/{segment.segment_index}/result.json"


def write_custom_output(io: JobIO, segment: SegmentInfo, output: CustomOutput) -> tuple[str, bytes]:
    """The segment's custom result.json written; its URI and bytes (the sync API answers with
    the same bytes)."""
    body = jsonfmt.dumps(render_custom_result(output))
    return io.write(custom_output_key(segment), body, "application/json"), body
